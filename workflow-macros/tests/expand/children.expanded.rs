impl Publisher {
    #[step(__read_by_workflow)]
    async fn draft(
        &self,
        ctx: &::eventflow::StepContext<
            '_,
            (Draft, ()),
            (),
            Self,
            (Writer, (crew::Reviewer, ())),
        >,
        ev: StartEvent,
    ) -> Result<Draft, WorkflowError> {
        let text: String = ctx.run_child(&self.writer, StartEvent::new()).await?;
        Ok(Draft { text })
    }
    #[step(__read_by_workflow)]
    async fn publish(&self, ev: Draft) -> StopEvent<String> {
        StopEvent::new(ev.text)
    }
}
const _: () = {
    use ::eventflow::__private as __wf;
    const __NODES: &[__wf::StepNode] = &[
        __wf::StepNode {
            name: "draft",
            accepts: &[<StartEvent as __wf::EventSet>::IDS],
            emits: &[<Result<Draft, WorkflowError> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Result<Draft, WorkflowError> as __wf::StepOutput>::FAN_OUT,
            children: &[
                __wf::child_workflow::<Writer>(),
                __wf::child_workflow::<crew::Reviewer>(),
            ],
        },
        __wf::StepNode {
            name: "publish",
            accepts: &[<Draft as __wf::EventSet>::IDS],
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
    const _: () = __wf::is_context::<Context>();
    const _: () = __wf::same_result::<
        StopEvent<String>,
        <Publisher as __wf::Workflow>::Output,
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
        <Draft as __wf::StepOutput>::IDS,
        "Draft",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 0usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 0usize);
    const _: () = __wf::check_input_unique(__NODES, 1usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        1usize,
        <Draft as __wf::EventSet>::IDS,
        "Draft",
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
    impl Publisher {
        /// The step `draft`, as the target of `StepContext::send_event_to`.
        pub const DRAFT: __wf::StepRef<Publisher, (StartEvent, ())> = __wf::StepRef::new(
            "draft",
        );
        /// The step `publish`, as the target of `StepContext::send_event_to`.
        pub const PUBLISH: __wf::StepRef<Publisher, (Draft, ())> = __wf::StepRef::new(
            "publish",
        );
    }
    fn __step_draft<'a>(
        this: &'a Publisher,
        cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <StartEvent as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("draft", __routed),
        };
        __wf::in_span(
            "draft",
            __routed,
            __pool
                .make(async move {
                    let __ctx = __wf::StepContext::new(cx);
                    let out: Result<Draft, WorkflowError> = <Publisher>::draft(
                            this,
                            &__ctx,
                            ev,
                        )
                        .await;
                    <Result<Draft, WorkflowError> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_draft(registry: &mut __wf::Registry) {
        <StartEvent as __wf::EventSet>::register(registry);
        <Result<Draft, WorkflowError> as __wf::StepOutput>::register(registry);
    }
    fn __step_publish<'a>(
        this: &'a Publisher,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <Draft as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("publish", __routed),
        };
        __wf::in_span(
            "publish",
            __routed,
            __pool
                .make(async move {
                    let out: StopEvent<String> = <Publisher>::publish(this, ev).await;
                    <StopEvent<String> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_publish(registry: &mut __wf::Registry) {
        <Draft as __wf::EventSet>::register(registry);
        <StopEvent<String> as __wf::StepOutput>::register(registry);
    }
    impl __wf::RunsBorrowed for Publisher {}
    impl __wf::Workflow for Publisher {
        type Output = __wf::ResultOf<
            __wf::StopOf<
                __wf::StopOf<
                    __wf::NoStop,
                    <Result<Draft, WorkflowError> as __wf::StepOutput>::Stop,
                >,
                <StopEvent<String> as __wf::StepOutput>::Stop,
            >,
        >;
        type Start = __wf::StartEvent;
        fn __routing() -> &'static __wf::Routing<Self> {
            static STEPS: [__wf::StepDef<Publisher>; 2usize] = [
                __wf::StepDef {
                    name: "draft",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <StartEvent as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_draft,
                    invoke: __wf::Invoker::Inline(__step_draft),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "publish",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <Draft as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_publish,
                    invoke: __wf::Invoker::Inline(__step_publish),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
            ];
            static ROUTING: __wf::OnceLock<__wf::Routing<Publisher>> = __wf::OnceLock::new();
            ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
        }
        fn __nodes() -> &'static [__wf::StepNode] {
            __NODES
        }
    }
};
