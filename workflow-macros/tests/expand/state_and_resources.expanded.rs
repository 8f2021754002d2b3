impl Summarize {
    #[resource(__read_by_workflow)]
    async fn llm(&self) -> Result<Llm, LlmError> {
        todo!()
    }
    #[resource(__read_by_workflow)]
    fn request_id(&self) -> RequestId {
        todo!()
    }
    #[step(__read_by_workflow)]
    async fn summarize(
        &self,
        llm: &Llm,
        ctx: &::eventflow::StepContext<'_, (StopEvent<String>, ()), (), Self, ()>,
        ev: StartEvent,
        id: &RequestId,
    ) -> StopEvent<String> {
        todo!()
    }
}
const _: () = {
    use ::eventflow::__private as __wf;
    const __NODES: &[__wf::StepNode] = &[
        __wf::StepNode {
            name: "summarize",
            accepts: &[<StartEvent as __wf::EventSet>::IDS],
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
    static __GRAPH: __wf::Graph<1usize, __M> = __wf::Graph::new(__NODES, &__START);
    const _: () = __wf::same_result::<
        StopEvent<String>,
        <Summarize as __wf::Workflow>::Output,
    >();
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
        <StartEvent as __wf::EventSet>::IDS,
        "StartEvent",
        &__START,
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
    #[allow(dead_code)]
    impl Summarize {
        /// The step `summarize`, as the target of `StepContext::send_event_to`.
        pub const SUMMARIZE: __wf::StepRef<Summarize, (StartEvent, ())> = __wf::StepRef::new(
            "summarize",
        );
    }
    fn __step_summarize<'a>(
        this: &'a Summarize,
        cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <StartEvent as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("summarize", __routed),
        };
        __wf::in_span(
            "summarize",
            __routed,
            __pool
                .make(async move {
                    let __resource0 = __wf::resource::<Summarize, Llm>(&*this).await?;
                    let __resource1 = __wf::resource::<Summarize, RequestId>(&*this)
                        .await?;
                    let __ctx = __wf::StepContext::new(cx);
                    let out: StopEvent<String> = <Summarize>::summarize(
                            this,
                            &*__resource0,
                            &__ctx,
                            ev,
                            &*__resource1,
                        )
                        .await;
                    <StopEvent<String> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_summarize(registry: &mut __wf::Registry) {
        <StartEvent as __wf::EventSet>::register(registry);
        <StopEvent<String> as __wf::StepOutput>::register(registry);
    }
    impl __wf::RunsBorrowed for Summarize {}
    impl __wf::Stateful for Summarize {
        type State = Counts;
    }
    impl __wf::Provide<Llm> for Summarize {
        const RESOURCE: &'static str = "Llm";
        const FACTORY: &'static str = "llm";
        fn make(
            &self,
        ) -> __wf::BoxFuture<'_, ::core::result::Result<Llm, __wf::BoxError>> {
            ::std::boxed::Box::pin(async move {
                <Summarize>::llm(self).await.map_err(::core::convert::Into::into)
            })
        }
        fn cache(&self) -> ::core::option::Option<&__wf::Resources> {
            ::core::option::Option::Some(&self.cache)
        }
    }
    impl __wf::Provide<RequestId> for Summarize {
        const RESOURCE: &'static str = "RequestId";
        const FACTORY: &'static str = "request_id";
        fn make(
            &self,
        ) -> __wf::BoxFuture<'_, ::core::result::Result<RequestId, __wf::BoxError>> {
            ::std::boxed::Box::pin(async move {
                ::core::result::Result::Ok(<Summarize>::request_id(self))
            })
        }
        fn cache(&self) -> ::core::option::Option<&__wf::Resources> {
            ::core::option::Option::None
        }
    }
    impl __wf::Workflow for Summarize {
        type Output = __wf::ResultOf<
            __wf::StopOf<__wf::NoStop, <StopEvent<String> as __wf::StepOutput>::Stop>,
        >;
        type Start = __wf::StartEvent;
        fn __routing() -> &'static __wf::Routing<Self> {
            static STEPS: [__wf::StepDef<Summarize>; 1usize] = [
                __wf::StepDef {
                    name: "summarize",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <StartEvent as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_summarize,
                    invoke: __wf::Invoker::Inline(__step_summarize),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
            ];
            static ROUTING: __wf::OnceLock<__wf::Routing<Summarize>> = __wf::OnceLock::new();
            ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
        }
        fn __nodes() -> &'static [__wf::StepNode] {
            __NODES
        }
        fn __check_state(
            store: &__wf::Map<::std::string::String, __wf::Value>,
        ) -> ::core::result::Result<(), __wf::SnapshotError> {
            <Self as __wf::Stateful>::check_snapshot(store)
        }
    }
};
