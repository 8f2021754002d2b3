impl Tiny {
    #[step(__read_by_workflow)]
    async fn only(&self, ev: StartEvent) -> StopEvent<()> {
        todo!()
    }
}
const _: () = {
    use my::wf::__private as __wf;
    const __NODES: &[__wf::StepNode] = &[
        __wf::StepNode {
            name: "only",
            accepts: &[<StartEvent as __wf::EventSet>::IDS],
            emits: &[<StopEvent<()> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <StopEvent<()> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
    ];
    const __START: __wf::EventId = <__wf::StartEvent as __wf::Event>::ID;
    const __M: usize = __wf::mention_count(__NODES);
    static __GRAPH: __wf::Graph<1usize, __M> = __wf::Graph::new(__NODES, &__START);
    const _: () = __wf::same_result::<StopEvent<()>, <Tiny as __wf::Workflow>::Output>();
    const _: () = __wf::check_start_accepted(&__GRAPH, &__START);
    const _: () = __wf::check_stop_emitted(&__GRAPH);
    const _: () = __wf::check_start_reaches_stop(&__GRAPH, &__START);
    const _: () = __wf::check_stable_names(&__GRAPH);
    const _: () = __wf::check_input_unique(__NODES, 0usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        0usize,
        <StartEvent as __wf::EventSet>::IDS,
        "StartEvent",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        0usize,
        <StopEvent<()> as __wf::StepOutput>::IDS,
        "StopEvent<()>",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 0usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 0usize);
    #[allow(dead_code)]
    impl Tiny {
        /// The step `only`, as the target of `StepContext::send_event_to`.
        pub const ONLY: __wf::StepRef<Tiny, (StartEvent, ())> = __wf::StepRef::new(
            "only",
        );
    }
    fn __step_only<'a>(
        this: &'a Tiny,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <StartEvent as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("only", __routed),
        };
        __wf::in_span(
            "only",
            __routed,
            __pool
                .make(async move {
                    let out: StopEvent<()> = <Tiny>::only(this, ev).await;
                    <StopEvent<()> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_only(registry: &mut __wf::Registry) {
        <StartEvent as __wf::EventSet>::register(registry);
        <StopEvent<()> as __wf::StepOutput>::register(registry);
    }
    impl __wf::RunsBorrowed for Tiny {}
    impl __wf::Workflow for Tiny {
        type Output = __wf::ResultOf<
            __wf::StopOf<__wf::NoStop, <StopEvent<()> as __wf::StepOutput>::Stop>,
        >;
        type Start = __wf::StartEvent;
        fn __routing() -> &'static __wf::Routing<Self> {
            static STEPS: [__wf::StepDef<Tiny>; 1usize] = [
                __wf::StepDef {
                    name: "only",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <StartEvent as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_only,
                    invoke: __wf::Invoker::Inline(__step_only),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
            ];
            static ROUTING: __wf::OnceLock<__wf::Routing<Tiny>> = __wf::OnceLock::new();
            ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
        }
        fn __nodes() -> &'static [__wf::StepNode] {
            __NODES
        }
    }
};
