impl Flow {
    #[step(__read_by_workflow)]
    async fn first(&self, ev: StartEvent) -> Result<Query, WorkflowError> {
        Ok(Query(ev.get("q")?))
    }
    #[step(__read_by_workflow)]
    async fn second(&self, ev: Query) -> StopEvent<String> {
        StopEvent::new(ev.0.to_uppercase())
    }
}
const _: () = {
    use ::eventflow::__private as __wf;
    const __NODES: &[__wf::StepNode] = &[
        __wf::StepNode {
            name: "first",
            accepts: &[<StartEvent as __wf::EventSet>::IDS],
            emits: &[<Result<Query, WorkflowError> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Result<Query, WorkflowError> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
        __wf::StepNode {
            name: "second",
            accepts: &[<Query as __wf::EventSet>::IDS],
            emits: &[<StopEvent<String> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <StopEvent<String> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
    ];
    const __START: __wf::EventId = <__wf::StartEvent as __wf::Event>::ID;
    const __M: usize = __wf::mention_count(__NODES);
    static __GRAPH: __wf::Graph<2usize, __M> = __wf::Graph::new(__NODES, &__START);
    const _: () = __wf::same_result::<
        StopEvent<String>,
        <Flow as __wf::Workflow>::Output,
    >();
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
        <Query as __wf::StepOutput>::IDS,
        "Query",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 0usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 0usize);
    const _: () = __wf::check_input_unique(__NODES, 1usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        1usize,
        <Query as __wf::EventSet>::IDS,
        "Query",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        1usize,
        <StopEvent<String> as __wf::StepOutput>::IDS,
        "StopEvent<String>",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 1usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 1usize);
    #[allow(dead_code)]
    impl Flow {
        /// The step `first`, as the target of `StepContext::send_event_to`.
        pub const FIRST: __wf::StepRef<Flow, (StartEvent, ())> = __wf::StepRef::new(
            "first",
        );
        /// The step `second`, as the target of `StepContext::send_event_to`.
        pub const SECOND: __wf::StepRef<Flow, (Query, ())> = __wf::StepRef::new(
            "second",
        );
    }
    fn __step_first<'a>(
        this: &'a Flow,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <StartEvent as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("first", __routed),
        };
        __wf::in_span(
            "first",
            __routed,
            __pool
                .make(async move {
                    let out: Result<Query, WorkflowError> = <Flow>::first(this, ev)
                        .await;
                    <Result<Query, WorkflowError> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_first(registry: &mut __wf::Registry) {
        <StartEvent as __wf::EventSet>::register(registry);
        <Result<Query, WorkflowError> as __wf::StepOutput>::register(registry);
    }
    fn __step_second<'a>(
        this: &'a Flow,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <Query as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("second", __routed),
        };
        __wf::in_span(
            "second",
            __routed,
            __pool
                .make(async move {
                    let out: StopEvent<String> = <Flow>::second(this, ev).await;
                    <StopEvent<String> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_second(registry: &mut __wf::Registry) {
        <Query as __wf::EventSet>::register(registry);
        <StopEvent<String> as __wf::StepOutput>::register(registry);
    }
    impl __wf::RunsBorrowed for Flow {}
    impl __wf::Workflow for Flow {
        type Output = __wf::ResultOf<
            __wf::StopOf<
                __wf::StopOf<
                    __wf::NoStop,
                    <Result<Query, WorkflowError> as __wf::StepOutput>::Stop,
                >,
                <StopEvent<String> as __wf::StepOutput>::Stop,
            >,
        >;
        type Start = __wf::StartEvent;
        fn __routing() -> &'static __wf::Routing<Self> {
            static STEPS: [__wf::StepDef<Flow>; 2usize] = [
                __wf::StepDef {
                    name: "first",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <StartEvent as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_first,
                    invoke: __wf::Invoker::Inline(__step_first),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "second",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <Query as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_second,
                    invoke: __wf::Invoker::Inline(__step_second),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
            ];
            static ROUTING: __wf::OnceLock<__wf::Routing<Flow>> = __wf::OnceLock::new();
            ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
        }
        fn __nodes() -> &'static [__wf::StepNode] {
            __NODES
        }
    }
};
