//! Resources (the original's `Resource`): values a step takes as a
//! parameter, made by a factory the workflow declares, before the step
//! runs. Typical ones are an LLM client, a database pool, configuration
//! read from a file.
//!
//! A factory is a method of the workflow marked `#[resource]`, sync or
//! async, returning the resource or a `Result` of it. A step asks for a
//! resource by its type, `#[resource] llm: &Llm`; `#[workflow]` implements
//! [`Provide<Llm>`] for the workflow from the factory, so a step asking for
//! a type no factory makes does not compile.
//!
//! By default a resource is made once per workflow value, when a step
//! first asks for it, and kept in the workflow's [`Resources`] field
//! (named with `#[workflow(resources = field)]`); steps asking at the same
//! time wait for that one call. A `#[resource(per_call)]` factory is
//! called again for every step invocation that asks. A factory that fails
//! fails the step that asked (so its retry policy applies), and a cached
//! resource is tried again by the next step that asks.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::ops::Deref;
use std::sync::Arc;

use futures::future::BoxFuture;
use parking_lot::Mutex;
use tokio::sync::OnceCell;

use crate::error::{BoxError, WorkflowError};

/// The workflow makes resources of type `T`: a `#[resource]` factory of
/// the workflow returns one. Implemented by `#[workflow]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` provides no resource of type `{T}`",
    label = "no `#[resource]` factory of `{Self}` makes a `{T}`",
    note = "add a factory to the workflow's impl block: `#[resource] async fn make(&self) -> {T} {{ .. }}` (or `-> Result<{T}, E>`); a step asks for a resource by the type its factory returns"
)]
pub trait Provide<T: Send + Sync + 'static> {
    /// The resource type as the factory writes it.
    const RESOURCE: &'static str;
    /// The factory's name.
    const FACTORY: &'static str;

    /// Call the factory.
    fn make(&self) -> BoxFuture<'_, Result<T, BoxError>>;

    /// Where the resource is kept once made; `None` for a
    /// `#[resource(per_call)]` factory.
    fn cache(&self) -> Option<&Resources>;
}

type Cell = Arc<OnceCell<Arc<dyn Any + Send + Sync>>>;

/// The resources a workflow value has made, one per type: the field a
/// workflow with cached resources names in
/// `#[workflow(resources = field)]`.
///
/// ```
/// # use eventflow_core::Resources;
/// #[derive(Default)]
/// struct Writer {
///     resources: Resources,
/// }
/// ```
#[derive(Default)]
pub struct Resources {
    cells: Mutex<HashMap<TypeId, Cell>>,
}

impl Resources {
    /// No resources made yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many resources have been made and are kept.
    pub fn len(&self) -> usize {
        self.cells
            .lock()
            .values()
            .filter(|c| c.initialized())
            .count()
    }

    /// Whether no resource has been made yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forget every resource made: the next step that asks for one makes
    /// it again (a client to reconnect, configuration to read again).
    /// Steps holding one keep theirs until they end.
    pub fn clear(&self) {
        self.cells.lock().clear();
    }

    /// The resource of type `T`, made by `owner`'s factory if it is not
    /// made yet.
    async fn get<W, T>(&self, owner: &W) -> Result<Arc<T>, BoxError>
    where
        W: Provide<T>,
        T: Send + Sync + 'static,
    {
        let cell = self
            .cells
            .lock()
            .entry(TypeId::of::<T>())
            .or_default()
            .clone();
        let made = cell
            .get_or_try_init(|| async {
                let made = owner.make().await?;
                Ok::<_, BoxError>(Arc::new(made) as Arc<dyn Any + Send + Sync>)
            })
            .await?;
        match made.clone().downcast::<T>() {
            Ok(made) => Ok(made),
            // Keyed by `T`'s type id: the cell holds a `T`.
            Err(_) => unreachable!("a resource cell holds another type"),
        }
    }
}

impl std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resources")
            .field("made", &self.len())
            .finish()
    }
}

/// A resource lent to one step invocation: shared with the workflow's
/// other steps, or made for this call.
#[doc(hidden)]
pub enum Lent<T> {
    /// Kept in the workflow's [`Resources`].
    Shared(Arc<T>),
    /// Made for this call.
    Own(T),
}

impl<T> Deref for Lent<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            Lent::Shared(t) => t,
            Lent::Own(t) => t,
        }
    }
}

/// The resource of type `T` for one invocation of a step of `owner`:
/// used by generated code before it calls the step. (Not an `async fn`:
/// a workflow that does not provide `T` is then one error, at the call.)
#[doc(hidden)]
pub fn resource<W, T>(owner: &W) -> BoxFuture<'_, Result<Lent<T>, BoxError>>
where
    W: Provide<T> + Sync,
    T: Send + Sync + 'static,
{
    Box::pin(async move {
        let made = match owner.cache() {
            Some(cache) => cache.get(owner).await.map(Lent::Shared),
            None => owner.make().await.map(Lent::Own),
        };
        made.map_err(|source| {
            WorkflowError::ResourceFailed {
                resource: W::RESOURCE,
                factory: W::FACTORY,
                source,
            }
            .into()
        })
    })
}
