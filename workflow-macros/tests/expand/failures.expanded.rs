impl Fetcher {
    #[step(__read_by_workflow)]
    async fn fetch(
        &self,
        ctx: &::eventflow::StepContext<'_, (Page, ()), (), Self, ()>,
        ev: StartEvent,
    ) -> Result<Page, BoxError> {
        todo!()
    }
    #[step(__read_by_workflow)]
    fn digest(&self, ev: Page) -> StopEvent<u64> {
        todo!()
    }
    #[step(__read_by_workflow)]
    async fn notify(
        &self,
        ctx: &::eventflow::StepContext<'_, (StopEvent<u64>, ()), (), Self, ()>,
        ev: Page,
    ) -> Option<StopEvent<u64>> {
        todo!()
    }
    #[step(__read_by_workflow)]
    async fn fall_back(&self, failed: StepFailed) -> Page {
        todo!()
    }
}
const _: () = {
    use ::eventflow::__private as __wf;
    const __NODES: &[__wf::StepNode] = &[
        __wf::StepNode {
            name: "digest",
            accepts: &[<Page as __wf::EventSet>::IDS],
            emits: &[<StopEvent<u64> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <StopEvent<u64> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
        __wf::StepNode {
            name: "fall_back",
            accepts: &[<StepFailed as __wf::EventSet>::IDS],
            emits: &[<Page as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Handler,
            fan_out: <Page as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
        __wf::StepNode {
            name: "fetch",
            accepts: &[<StartEvent as __wf::EventSet>::IDS],
            emits: &[<Result<Page, BoxError> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Caught,
            fan_out: <Result<Page, BoxError> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
        __wf::StepNode {
            name: "notify",
            accepts: &[<Page as __wf::EventSet>::IDS],
            emits: &[<Option<StopEvent<u64>> as __wf::StepOutput>::IDS],
            waits: &[],
            allow: 0u8,
            role: __wf::StepRole::Plain,
            fan_out: <Option<StopEvent<u64>> as __wf::StepOutput>::FAN_OUT,
            children: &[],
        },
    ];
    const __START: __wf::EventId = <__wf::StartEvent as __wf::Event>::ID;
    const __M: usize = __wf::mention_count(__NODES);
    static __GRAPH: __wf::Graph<4usize, __M> = __wf::Graph::new(__NODES, &__START);
    const _: () = __wf::same_result::<
        StopEvent<u64>,
        <Fetcher as __wf::Workflow>::Output,
    >();
    const _: () = __wf::is_step_failed::<StepFailed>();
    const _: () = __wf::is_context::<Context>();
    const _: () = __wf::same_result::<
        StopEvent<u64>,
        <Fetcher as __wf::Workflow>::Output,
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
        <Page as __wf::EventSet>::IDS,
        "Page",
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
        <StepFailed as __wf::EventSet>::IDS,
        "StepFailed",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        1usize,
        <Page as __wf::StepOutput>::IDS,
        "Page",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 1usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 1usize);
    const _: () = __wf::check_input_unique(__NODES, 2usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        2usize,
        <StartEvent as __wf::EventSet>::IDS,
        "StartEvent",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        2usize,
        <Page as __wf::StepOutput>::IDS,
        "Page",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 2usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 2usize);
    const _: () = __wf::check_input_unique(__NODES, 3usize);
    const _: () = __wf::check_input_produced(
        __NODES,
        &__GRAPH,
        3usize,
        <Page as __wf::EventSet>::IDS,
        "Page",
        &__START,
    );
    const _: () = __wf::check_output_consumed(
        __NODES,
        &__GRAPH,
        3usize,
        <StopEvent<u64> as __wf::StepOutput>::IDS,
        "StopEvent<u64>",
    );
    const _: () = __wf::check_reachable(__NODES, &__GRAPH, 3usize, &__START);
    const _: () = __wf::check_reaches_stop(__NODES, &__GRAPH, 3usize);
    #[allow(dead_code)]
    impl Fetcher {
        /// The step `digest`, as the target of `StepContext::send_event_to`.
        pub const DIGEST: __wf::StepRef<Fetcher, (Page, ())> = __wf::StepRef::new(
            "digest",
        );
        /// The step `fall_back`, as the target of `StepContext::send_event_to`.
        pub const FALL_BACK: __wf::StepRef<Fetcher, (StepFailed, ())> = __wf::StepRef::new(
            "fall_back",
        );
        /// The step `fetch`, as the target of `StepContext::send_event_to`.
        pub const FETCH: __wf::StepRef<Fetcher, (StartEvent, ())> = __wf::StepRef::new(
            "fetch",
        );
        /// The step `notify`, as the target of `StepContext::send_event_to`.
        pub const NOTIFY: __wf::StepRef<Fetcher, (Page, ())> = __wf::StepRef::new(
            "notify",
        );
    }
    fn __step_digest(
        this: __wf::Arc<Fetcher>,
        _: __wf::OwnedCx,
        ev: &__wf::DynEvent,
    ) -> __wf::BoxFuture<'static, ::core::result::Result<__wf::Emit, __wf::BoxError>> {
        let __routed = ev;
        let ev = match <Page as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("digest", __routed),
        };
        __wf::blocking(
            "digest",
            __routed,
            move || {
                let out: StopEvent<u64> = <Fetcher>::digest(&this, ev);
                <StopEvent<u64> as __wf::StepOutput>::into_emit(out)
            },
        )
    }
    fn __events_digest(registry: &mut __wf::Registry) {
        <Page as __wf::EventSet>::register(registry);
        <StopEvent<u64> as __wf::StepOutput>::register(registry);
    }
    fn __step_fall_back<'a>(
        this: &'a Fetcher,
        _cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <StepFailed as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("fall_back", __routed),
        };
        __wf::in_span(
            "fall_back",
            __routed,
            __pool
                .make(async move {
                    let out: Page = <Fetcher>::fall_back(this, ev).await;
                    <Page as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_fall_back(registry: &mut __wf::Registry) {
        <StepFailed as __wf::EventSet>::register(registry);
        <Page as __wf::StepOutput>::register(registry);
    }
    fn __step_fetch<'a>(
        this: &'a Fetcher,
        cx: __wf::StepCx<'a>,
        ev: &__wf::DynEvent,
        __pool: &'a __wf::FuturePool,
    ) -> __wf::StepFuture<'a> {
        let __routed = ev;
        let ev = match <StartEvent as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("fetch", __routed),
        };
        __wf::in_span(
            "fetch",
            __routed,
            __pool
                .make(async move {
                    let __ctx = __wf::StepContext::new(cx);
                    let out: Result<Page, BoxError> = <Fetcher>::fetch(this, &__ctx, ev)
                        .await;
                    <Result<Page, BoxError> as __wf::StepOutput>::into_emit(out)
                }),
        )
    }
    fn __events_fetch(registry: &mut __wf::Registry) {
        <StartEvent as __wf::EventSet>::register(registry);
        <Result<Page, BoxError> as __wf::StepOutput>::register(registry);
    }
    fn __step_notify(
        this: __wf::Arc<Fetcher>,
        __owned: __wf::OwnedCx,
        ev: &__wf::DynEvent,
    ) -> __wf::BoxFuture<'static, ::core::result::Result<__wf::Emit, __wf::BoxError>> {
        let __routed = ev;
        let ev = match <Page as __wf::EventSet>::from_dyn_ref(__routed) {
            ::core::option::Option::Some(ev) => ev,
            ::core::option::Option::None => return __wf::misrouted("notify", __routed),
        };
        __wf::spawned(
            "notify",
            __routed,
            async move {
                let __ctx = __wf::StepContext::new(__owned.cx());
                let out: Option<StopEvent<u64>> = <Fetcher>::notify(&this, &__ctx, ev)
                    .await;
                <Option<StopEvent<u64>> as __wf::StepOutput>::into_emit(out)
            },
        )
    }
    fn __events_notify(registry: &mut __wf::Registry) {
        <Page as __wf::EventSet>::register(registry);
        <Option<StopEvent<u64>> as __wf::StepOutput>::register(registry);
    }
    #[allow(non_upper_case_globals)]
    const __RETRY_fetch: __wf::RetryPolicy = RetryPolicy::exponential(
            Duration::from_millis(100),
        )
        .max_attempts(4);
    #[allow(non_upper_case_globals)]
    const __TIMEOUT_fetch: __wf::Duration = Duration::from_secs(5);
    impl __wf::Workflow for Fetcher {
        type Output = __wf::ResultOf<
            __wf::StopOf<
                __wf::StopOf<
                    __wf::StopOf<
                        __wf::StopOf<
                            __wf::NoStop,
                            <StopEvent<u64> as __wf::StepOutput>::Stop,
                        >,
                        <Page as __wf::StepOutput>::Stop,
                    >,
                    <Result<Page, BoxError> as __wf::StepOutput>::Stop,
                >,
                <Option<StopEvent<u64>> as __wf::StepOutput>::Stop,
            >,
        >;
        type Start = __wf::StartEvent;
        fn __routing() -> &'static __wf::Routing<Self> {
            static STEPS: [__wf::StepDef<Fetcher>; 4usize] = [
                __wf::StepDef {
                    name: "digest",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <Page as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_digest,
                    invoke: __wf::Invoker::Spawned(__step_digest),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "fall_back",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <StepFailed as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_fall_back,
                    invoke: __wf::Invoker::Inline(__step_fall_back),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Steps(&["fetch"]),
                    recoveries: 2u32,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "fetch",
                    workers: 4usize,
                    allow: 0u8,
                    accepts: <StartEvent as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_fetch,
                    invoke: __wf::Invoker::Inline(__step_fetch),
                    retry: ::core::option::Option::Some(__RETRY_fetch),
                    timeout: ::core::option::Option::Some(__TIMEOUT_fetch),
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
                __wf::StepDef {
                    name: "notify",
                    workers: 8usize,
                    allow: 0u8,
                    accepts: <Page as __wf::EventSet>::type_ids,
                    waits: ::std::vec::Vec::new,
                    events: __events_notify,
                    invoke: __wf::Invoker::Spawned(__step_notify),
                    retry: ::core::option::Option::None,
                    timeout: ::core::option::Option::None,
                    catch: __wf::Catch::Nothing,
                    recoveries: __wf::DEFAULT_RECOVERIES,
                    gather: __wf::Gather::One,
                    params: ::std::vec::Vec::new,
                },
            ];
            static ROUTING: __wf::OnceLock<__wf::Routing<Fetcher>> = __wf::OnceLock::new();
            ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
        }
        fn __nodes() -> &'static [__wf::StepNode] {
            __NODES
        }
    }
};
