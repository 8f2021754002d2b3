impl FanOut {
    #[step(__read_by_workflow)]
    async fn dispatch(
        &self,
        ctx: &::eventflow::StepContext<'_, (Done, (Work, ())), (), Self, ()>,
        ev: StartEvent,
    ) -> Result<Option<Done>, WorkflowError> {
        todo!()
    }
    #[step(__read_by_workflow)]
    async fn worker(&self, ev: Work) -> Done {
        todo!()
    }
    #[step(__read_by_workflow)]
    async fn collect(
        &self,
        ctx: &::eventflow::StepContext<'_, (StopEvent<u64>, ()), (), Self, ()>,
        ev: Done,
    ) -> Option<StopEvent<u64>> {
        todo!()
    }
}
const _: () = {
    use ::eventflow::__private as __wf;
    const __NODES: &[__wf::StepNode] = &[
        __wf::StepNode {
            name: "collect",
            accepts: &[<Done as __wf::EventSet>::IDS],
            emits: &[<Option<StopEvent<u64>> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Option<StopEvent<u64>> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
        __wf::StepNode {
            name: "dispatch",
            accepts: &[<StartEvent as __wf::EventSet>::IDS],
            emits: &[
                <Result<Option<Done>, WorkflowError> as __wf::StepOutput>::IDS,
                <Work as __wf::EventSet>::IDS,
            ],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Result<Option<Done>, WorkflowError> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
        __wf::StepNode {
            name: "worker",
            accepts: &[<Work as __wf::EventSet>::IDS],
            emits: &[<Done as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Done as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
    ];
    const __START: __wf::EventId = <__wf::StartEvent as __wf::Event>::ID;
    const __M: usize = __wf::mention_count(__NODES);
    static __GRAPH: __wf::Graph<3usize, __M> = __wf::Graph::new(__NODES, &__START);
    const _: () = __wf::same_result::<
        StopEvent<u64>,
        <FanOut as __wf::Workflow>::Output,
    >();
    const _: () = __wf::is_context::<Context>();
    const _: () = __wf::is_context::<Context>();
    const _: () = __wf::check_start_accepted(&__GRAPH, &__START);
    const _: () = __wf::check_stop_emitted(&__GRAPH);
    const _: () = __wf::check_start_reaches_stop(&__GRAPH, &__START);
    const _: () = __wf::check_stable_names(&__GRAPH);
    const _: () = __wf::check_input_unique(__NODES, 0usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        0usize,
        <Done as __wf::EventSet>::IDS,
        "Done",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        0usize,
        <StopEvent<u64> as __wf::StepOutput>::IDS,
        "StopEvent<u64>",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 0usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 0usize);
    const _: () = __wf::check_input_unique(__NODES, 1usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        1usize,
        <StartEvent as __wf::EventSet>::IDS,
        "StartEvent",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        1usize,
        <Done as __wf::StepOutput>::IDS,
        "Done",
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        1usize,
        <Work as __wf::EventSet>::IDS,
        "Work",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 1usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 1usize);
    const _: () = __wf::check_input_unique(__NODES, 2usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        2usize,
        <Work as __wf::EventSet>::IDS,
        "Work",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        2usize,
        <Done as __wf::StepOutput>::IDS,
        "Done",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 2usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 2usize);
    #[allow(dead_code)]
    impl FanOut {
        /// The step `collect`, as the target of `StepContext::send_event_to`.
        pub const COLLECT: __wf::StepRef<FanOut, (Done, ())> = __wf::StepRef::new(
            "collect",
        );
        /// The step `dispatch`, as the target of `StepContext::send_event_to`.
        pub const DISPATCH: __wf::StepRef<FanOut, (StartEvent, ())> = __wf::StepRef::new(
            "dispatch",
        );
        /// The step `worker`, as the target of `StepContext::send_event_to`.
        pub const WORKER: __wf::StepRef<FanOut, (Work, ())> = __wf::StepRef::new(
            "worker",
        );
    }
    fn __step_collect<'a>(
        this: &'a FanOut,
        cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <Done as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("collect", __routed),
        };
        __wf::in_span(
            "collect",
            __routed,
            __pool
                .make(async move {
                    let __ctx = __wf::StepContext::new(cx);
                    let out: Option<StopEvent<u64>> = <FanOut>::collect(this, &__ctx, ev)
                        .await;
                    <Option<StopEvent<u64>> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_collect(registry: &mut __wf::Registry) {
        <Done as __wf::EventSet>::register(registry);
        <Option<StopEvent<u64>> as __wf::StepOutput>::register(registry);
    }
    fn __step_dispatch<'a>(
        this: &'a FanOut,
        cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <StartEvent as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("dispatch", __routed),
        };
        __wf::in_span(
            "dispatch",
            __routed,
            __pool
                .make(async move {
                    let __ctx = __wf::StepContext::new(cx);
                    let out: Result<Option<Done>, WorkflowError> = <FanOut>::dispatch(
                            this,
                            &__ctx,
                            ev,
                        )
                        .await;
                    <Result<
                        Option<Done>,
                        WorkflowError,
                    > as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_dispatch(registry: &mut __wf::Registry) {
        <StartEvent as __wf::EventSet>::register(registry);
        <Result<Option<Done>, WorkflowError> as __wf::StepOutput>::register(registry);
        <Work as __wf::EventSet>::register(registry);
    }
    fn __step_worker<'a>(
        this: &'a FanOut,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <Work as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("worker", __routed),
        };
        __wf::in_span(
            "worker",
            __routed,
            __pool
                .make(async move {
                    let out: Done = <FanOut>::worker(this, ev).await;
                    <Done as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_worker(registry: &mut __wf::Registry) {
        <Work as __wf::EventSet>::register(registry);
        <Done as __wf::StepOutput>::register(registry);
    }
    impl __wf::RunsBorrowed for FanOut {}
    impl __wf::Workflow for FanOut {
        type Output = __wf::ResultOf<
            __wf::StopOf<
                __wf::StopOf<
                    __wf::StopOf<
                        __wf::NoStop,
                        <Option<StopEvent<u64>> as __wf::StepOutput>::Stop,
                    >,
                    <Result<Option<Done>, WorkflowError> as __wf::StepOutput>::Stop,
                >,
                <Done as __wf::StepOutput>::Stop,
            >,
        >;
        type Start = __wf::StartEvent;
        fn __routing() -> &'static __wf::Routing<Self> {
            static STEPS: [__wf::StepDef<FanOut>; 3usize] = [
                __wf::StepDef {
                    name: "collect",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <Done as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_collect,
                    invoke: __wf::Invoker::Inline(__step_collect),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "dispatch",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <StartEvent as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_dispatch,
                    invoke: __wf::Invoker::Inline(__step_dispatch),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "worker",
                    workers: 8usize,
                    allow: 0u8,
                    accepts: <Work as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_worker,
                    invoke: __wf::Invoker::Inline(__step_worker),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
            ];
            static ROUTING: __wf::OnceLock<__wf::Routing<FanOut>> = __wf::OnceLock::new();
            ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
        }
        fn __nodes() -> &'static [__wf::StepNode] {
            __NODES
        }
    }
};
