impl LoopExampleFlow {
    #[step(__read_by_workflow)]
    async fn answer_query(
        &self,
        ev: Either<StartEvent, QueryEvent>,
    ) -> Either<FailedEvent, StopEvent<String>> {
        todo!()
    }
    #[step(__read_by_workflow)]
    async fn improve_query(
        &self,
        ev: FailedEvent,
    ) -> Either<QueryEvent, StopEvent<String>> {
        todo!()
    }
    fn helper(&self) {}
}
const _: () = {
    use ::eventflow::__private as __wf;
    const __NODES: &[__wf::StepNode] = &[
        __wf::StepNode {
            name: "answer_query",
            accepts: &[<Either<StartEvent, QueryEvent> as __wf::EventSet>::IDS],
            emits: &[<Either<FailedEvent, StopEvent<String>> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Either<
                FailedEvent,
                StopEvent<String>,
            > as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
        __wf::StepNode {
            name: "improve_query",
            accepts: &[<FailedEvent as __wf::EventSet>::IDS],
            emits: &[<Either<QueryEvent, StopEvent<String>> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Either<
                QueryEvent,
                StopEvent<String>,
            > as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
    ];
    const __START: __wf::EventId = <__wf::StartEvent as __wf::Event>::ID;
    const __M: usize = __wf::mention_count(__NODES);
    static __GRAPH: __wf::Graph<2usize, __M> = __wf::Graph::new(__NODES, &__START);
    const _: () = __wf::same_result::<
        StopEvent<String>,
        <LoopExampleFlow as __wf::Workflow>::Output,
    >();
    const _: () = __wf::same_result::<
        StopEvent<String>,
        <LoopExampleFlow as __wf::Workflow>::Output,
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
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        0usize,
        <QueryEvent as __wf::EventSet>::IDS,
        "QueryEvent",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        0usize,
        <FailedEvent as __wf::StepOutput>::IDS,
        "FailedEvent",
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        0usize,
        <StopEvent<String> as __wf::StepOutput>::IDS,
        "StopEvent<String>",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 0usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 0usize);
    const _: () = __wf::check_input_unique(__NODES, 1usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        1usize,
        <FailedEvent as __wf::EventSet>::IDS,
        "FailedEvent",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        1usize,
        <QueryEvent as __wf::StepOutput>::IDS,
        "QueryEvent",
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
    impl LoopExampleFlow {
        /// The step `answer_query`, as the target of `StepContext::send_event_to`.
        pub const ANSWER_QUERY: __wf::StepRef<
            LoopExampleFlow,
            (StartEvent, (QueryEvent, ())),
        > = __wf::StepRef::new("answer_query");
        /// The step `improve_query`, as the target of `StepContext::send_event_to`.
        pub const IMPROVE_QUERY: __wf::StepRef<LoopExampleFlow, (FailedEvent, ())> = __wf::StepRef::new(
            "improve_query",
        );
    }
    fn __step_answer_query<'a>(
        this: &'a LoopExampleFlow,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <Either<
            StartEvent,
            QueryEvent,
        > as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => {
                return __wf::misrouted("answer_query", __routed);
            }
        };
        __wf::in_span(
            "answer_query",
            __routed,
            __pool
                .make(async move {
                    let out: Either<FailedEvent, StopEvent<String>> = <LoopExampleFlow>::answer_query(
                            this,
                            ev,
                        )
                        .await;
                    <Either<
                        FailedEvent,
                        StopEvent<String>,
                    > as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_answer_query(registry: &mut __wf::Registry) {
        <Either<StartEvent, QueryEvent> as __wf::EventSet>::register(registry);
        <Either<FailedEvent, StopEvent<String>> as __wf::StepOutput>::register(registry);
    }
    fn __step_improve_query<'a>(
        this: &'a LoopExampleFlow,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <FailedEvent as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => {
                return __wf::misrouted("improve_query", __routed);
            }
        };
        __wf::in_span(
            "improve_query",
            __routed,
            __pool
                .make(async move {
                    let out: Either<QueryEvent, StopEvent<String>> = <LoopExampleFlow>::improve_query(
                            this,
                            ev,
                        )
                        .await;
                    <Either<
                        QueryEvent,
                        StopEvent<String>,
                    > as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_improve_query(registry: &mut __wf::Registry) {
        <FailedEvent as __wf::EventSet>::register(registry);
        <Either<QueryEvent, StopEvent<String>> as __wf::StepOutput>::register(registry);
    }
    impl __wf::RunsBorrowed for LoopExampleFlow {}
    impl __wf::Workflow for LoopExampleFlow {
        type Output = __wf::ResultOf<
            __wf::StopOf<
                __wf::StopOf<
                    __wf::NoStop,
                    <Either<FailedEvent, StopEvent<String>> as __wf::StepOutput>::Stop,
                >,
                <Either<QueryEvent, StopEvent<String>> as __wf::StepOutput>::Stop,
            >,
        >;
        type Start = __wf::StartEvent;
        fn __routing() -> &'static __wf::Routing<Self> {
            static STEPS: [__wf::StepDef<LoopExampleFlow>; 2usize] = [
                __wf::StepDef {
                    name: "answer_query",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <Either<
                        StartEvent,
                        QueryEvent,
                    > as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_answer_query,
                    invoke: __wf::Invoker::Inline(__step_answer_query),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "improve_query",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <FailedEvent as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_improve_query,
                    invoke: __wf::Invoker::Inline(__step_improve_query),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
            ];
            static ROUTING: __wf::OnceLock<__wf::Routing<LoopExampleFlow>> = __wf::OnceLock::new();
            ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
        }
        fn __nodes() -> &'static [__wf::StepNode] {
            __NODES
        }
    }
};
