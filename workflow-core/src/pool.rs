//! Step futures in memory a run reuses: a step's future goes into a block
//! a finished step gave back, so a run in its steady state allocates
//! nothing per invocation.
//!
//! A [`FuturePool`] belongs to one run and lives in the run's future; the
//! [`StepFuture`]s made from it live in the same future, and are dropped
//! before it (the driver that holds them borrows the pool). Blocks come in
//! sizes of whole [`GRAIN`]s, aligned to 16; a future goes into a free
//! block of its size, else a new one. A run keeps at most [`KEPT`] free
//! blocks and gives the rest back to the allocator. Futures larger than
//! [`LARGEST`] or more aligned than 16 are boxed as usual.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::UnsafeCell;
use std::future::Future;
use std::pin::Pin;
use std::ptr::NonNull;
use std::task::{Context, Poll};

use futures::future::BoxFuture;

use crate::error::BoxError;
use crate::output::Emit;

type StepResult = Result<Emit, BoxError>;
type DynStep<'a> = dyn Future<Output = StepResult> + Send + 'a;

/// Block sizes are multiples of this many bytes.
pub const GRAIN: usize = 16;

/// The largest future the pool holds; larger ones are boxed.
pub const LARGEST: usize = 4096;

/// The alignment of every block.
const ALIGN: usize = 16;

/// Free blocks a run keeps for later steps; more are given back to the
/// allocator. Enough for the steps of a run that wait at once, in the
/// common shapes, without holding a fan-out's peak for the whole run.
pub const KEPT: usize = 16;

/// A run's free blocks for step futures: a list threaded through the
/// blocks themselves (each free block holds the next one and its own
/// size), so keeping them takes no memory of its own.
#[derive(Default)]
pub struct FuturePool {
    free: UnsafeCell<FreeList>,
}

#[derive(Default)]
struct FreeList {
    head: Option<NonNull<FreeBlock>>,
    len: usize,
}

/// What a free block holds: blocks are at least [`GRAIN`] bytes, aligned
/// to 16, so this fits in any of them.
struct FreeBlock {
    next: Option<NonNull<FreeBlock>>,
    size: usize,
}

const _: () = assert!(size_of::<FreeBlock>() <= GRAIN && align_of::<FreeBlock>() <= ALIGN);

// SAFETY: the pool is reached only from the run's future: through the
// driver while it polls the run, or while the run's future is dropped. A
// future is polled and dropped by one thread at a time, so no two threads
// touch `free` at once; the blocks are plain memory, owned by the pool.
unsafe impl Send for FuturePool {}
// SAFETY: as for `Send`: every `&FuturePool` is used inside the run's
// future only, which one thread at a time polls or drops.
unsafe impl Sync for FuturePool {}

/// The block size for a value of `size` bytes and `align`, if pooled.
#[inline]
fn block_size(size: usize, align: usize) -> Option<usize> {
    (size > 0 && size <= LARGEST && align <= ALIGN).then(|| size.div_ceil(GRAIN) * GRAIN)
}

fn block_layout(size: usize) -> Layout {
    // `size` is a non-zero multiple of `GRAIN` no larger than `LARGEST`,
    // and `ALIGN` a power of two: always a valid layout.
    Layout::from_size_align(size, ALIGN).unwrap_or_else(|_| unreachable!("a block layout"))
}

impl FuturePool {
    /// A block of `size` bytes: a free one, or a new one.
    #[inline]
    fn take(&self, size: usize) -> NonNull<u8> {
        // SAFETY: no other reference to `free` is live (see `Sync`), and
        // none escapes this call.
        let free = unsafe { &mut *self.free.get() };
        let mut link = &mut free.head;
        while let Some(block) = *link {
            // SAFETY: every block on the list is a live free block whose
            // first bytes hold a `FreeBlock`, written by `give_back`.
            let block_ref = unsafe { &mut *block.as_ptr() };
            if block_ref.size == size {
                *link = block_ref.next;
                free.len -= 1;
                return block.cast();
            }
            link = &mut block_ref.next;
        }
        Self::new_block(size)
    }

    #[cold]
    #[inline(never)]
    fn new_block(size: usize) -> NonNull<u8> {
        let layout = block_layout(size);
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { alloc(layout) };
        NonNull::new(ptr).unwrap_or_else(|| handle_alloc_error(layout))
    }

    /// Keep the block of `size` bytes at `ptr` for a later step, or free it.
    #[inline]
    fn give_back(&self, size: usize, ptr: NonNull<u8>) {
        // SAFETY: as in `take`.
        let free = unsafe { &mut *self.free.get() };
        if free.len < KEPT {
            let block = ptr.cast::<FreeBlock>();
            // SAFETY: the block is at least `GRAIN` bytes, aligned to 16,
            // and holds no value: a `FreeBlock` fits.
            unsafe {
                block.as_ptr().write(FreeBlock {
                    next: free.head,
                    size,
                })
            };
            free.head = Some(block);
            free.len += 1;
        } else {
            // SAFETY: the block was allocated with this layout and holds
            // no value any more.
            unsafe { dealloc(ptr.as_ptr(), block_layout(size)) };
        }
    }

    /// `fut` as a step future, in a block of this pool.
    #[inline]
    pub fn make<'a, F>(&'a self, fut: F) -> StepFuture<'a>
    where
        F: Future<Output = StepResult> + Send + 'a,
    {
        let Some(size) = block_size(size_of::<F>(), align_of::<F>()) else {
            return StepFuture::from(Box::pin(fut) as BoxFuture<'a, StepResult>);
        };
        let ptr = self.take(size).as_ptr().cast::<F>();
        // SAFETY: the block is at least as large and as aligned as `F`,
        // and holds no value.
        unsafe { ptr.write(fut) };
        let fut: *mut DynStep<'a> = ptr;
        StepFuture {
            // SAFETY: `ptr` is the block's, non-null.
            fut: unsafe { NonNull::new_unchecked(fut) },
            pool: Some(self),
        }
    }
}

impl Drop for FuturePool {
    fn drop(&mut self) {
        let mut next = self.free.get_mut().head.take();
        while let Some(block) = next {
            // SAFETY: a free block on the list, holding a `FreeBlock`; it
            // was allocated with the layout of its size and is freed once.
            unsafe {
                let FreeBlock { next: after, size } = block.as_ptr().read();
                dealloc(block.as_ptr().cast(), block_layout(size));
                next = after;
            }
        }
    }
}

/// A step invocation's future: in a block of its run's [`FuturePool`], or
/// boxed (steps on their own task, large futures, wrappers).
pub struct StepFuture<'a> {
    /// The future, pinned where it is until dropped.
    fut: NonNull<DynStep<'a>>,
    /// The pool whose block holds it; `None`: a `Box` does.
    pool: Option<&'a FuturePool>,
}

// SAFETY: a step future owns a `Send` future, in a box or in a block of a
// pool that may be used from any one thread at a time (see `FuturePool`).
unsafe impl Send for StepFuture<'_> {}

impl<'a> From<BoxFuture<'a, StepResult>> for StepFuture<'a> {
    fn from(fut: BoxFuture<'a, StepResult>) -> Self {
        // SAFETY: the future stays pinned: it is only polled in place, and
        // put back into its `Box` to be dropped.
        let raw = Box::into_raw(unsafe { Pin::into_inner_unchecked(fut) });
        StepFuture {
            // SAFETY: a box's pointer is non-null.
            fut: unsafe { NonNull::new_unchecked(raw) },
            pool: None,
        }
    }
}

impl Future for StepFuture<'_> {
    type Output = StepResult;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<StepResult> {
        // SAFETY: the future lives where `fut` points, which does not move,
        // until `drop` drops it there: it is pinned.
        unsafe { Pin::new_unchecked(self.get_mut().fut.as_mut()) }.poll(cx)
    }
}

impl Drop for StepFuture<'_> {
    #[inline]
    fn drop(&mut self) {
        let raw = self.fut.as_ptr();
        match self.pool {
            Some(pool) => {
                // SAFETY: `fut` points to a live future (dropped only here).
                let (size, align) = unsafe { (size_of_val(&*raw), align_of_val(&*raw)) };
                // SAFETY: the future was written there by `make` and is
                // dropped once, here. If its drop panics the block is
                // leaked, never reused.
                unsafe { raw.drop_in_place() };
                if let Some(size) = block_size(size, align) {
                    pool.give_back(size, self.fut.cast::<u8>());
                }
            }
            // SAFETY: the pointer came from `Box::into_raw`, once.
            None => drop(unsafe { Box::from_raw(raw) }),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use super::*;

    /// A ready future of `N` bytes and more, that counts its drop.
    fn sized<const N: usize>(dropped: Arc<AtomicUsize>) -> impl Future<Output = StepResult> + Send {
        struct Counted(Arc<AtomicUsize>);
        impl Drop for Counted {
            fn drop(&mut self) {
                self.0.fetch_add(1, Ordering::Relaxed);
            }
        }
        let counted = Counted(dropped);
        let padding = [1u8; N];
        async move {
            let _counted = counted;
            std::hint::black_box(padding);
            Ok(Emit::Nothing)
        }
    }

    fn poll_once(fut: &mut StepFuture<'_>) -> Poll<StepResult> {
        let waker = futures::task::noop_waker();
        Pin::new(fut).poll(&mut Context::from_waker(&waker))
    }

    /// The sizes of the free blocks, oldest first.
    fn free(pool: &FuturePool) -> Vec<usize> {
        let mut sizes = Vec::new();
        // SAFETY: test code, one thread, no other reference live; the list
        // holds free blocks with a `FreeBlock` each.
        unsafe {
            let mut next = (*pool.free.get()).head;
            while let Some(block) = next {
                sizes.push((*block.as_ptr()).size);
                next = (*block.as_ptr()).next;
            }
        }
        sizes.reverse();
        sizes
    }

    fn at(fut: &StepFuture<'_>) -> *mut u8 {
        fut.fut.as_ptr().cast()
    }

    #[test]
    fn a_finished_future_gives_its_block_to_the_next_of_its_size() {
        let pool = FuturePool::default();
        let dropped = Arc::new(AtomicUsize::new(0));
        let mut first = pool.make(sized::<40>(dropped.clone()));
        assert!(first.pool.is_some());
        let first_at = at(&first);
        assert!(matches!(
            poll_once(&mut first),
            Poll::Ready(Ok(Emit::Nothing))
        ));
        drop(first);
        assert_eq!(dropped.load(Ordering::Relaxed), 1);
        assert_eq!(free(&pool).len(), 1);
        // Another future of the same size takes the block.
        let second = pool.make(sized::<40>(dropped.clone()));
        assert_eq!(at(&second), first_at);
        assert_eq!(free(&pool), [] as [usize; 0]);
        drop(second);
        assert_eq!(dropped.load(Ordering::Relaxed), 2);
        assert_eq!(free(&pool).len(), 1);
    }

    #[test]
    fn a_future_of_another_size_gets_a_block_of_its_own() {
        let pool = FuturePool::default();
        let dropped = Arc::new(AtomicUsize::new(0));
        drop(pool.make(sized::<40>(dropped.clone())));
        let small = free(&pool);
        assert_eq!(small.len(), 1);
        let big = pool.make(sized::<300>(dropped.clone()));
        assert_eq!(free(&pool), small, "the small block is not taken");
        drop(big);
        let sizes = free(&pool);
        assert_eq!(sizes.len(), 2);
        assert!(
            sizes[1] > 300 && sizes[1].is_multiple_of(GRAIN),
            "{sizes:?}"
        );
        assert_eq!(dropped.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn an_unfinished_future_is_dropped_in_place() {
        let pool = FuturePool::default();
        let dropped = Arc::new(AtomicUsize::new(0));
        let gate = Arc::new(tokio::sync::Notify::new());
        let counted = sized::<8>(dropped.clone());
        let waiting = gate.clone();
        let mut fut = pool.make(async move {
            waiting.notified().await;
            counted.await
        });
        assert!(poll_once(&mut fut).is_pending());
        drop(fut);
        assert_eq!(dropped.load(Ordering::Relaxed), 1);
        assert_eq!(free(&pool).len(), 1);
    }

    #[test]
    fn zero_sized_and_large_futures_are_boxed() {
        let pool = FuturePool::default();
        let zero = pool.make(std::future::pending());
        assert!(zero.pool.is_none());
        let dropped = Arc::new(AtomicUsize::new(0));
        let mut large = pool.make(sized::<{ LARGEST + 1 }>(dropped.clone()));
        assert!(large.pool.is_none());
        assert!(poll_once(&mut large).is_ready());
        drop((zero, large));
        assert_eq!(dropped.load(Ordering::Relaxed), 1);
        assert!(free(&pool).is_empty());
    }

    #[test]
    fn the_pool_keeps_at_most_its_limit() {
        let pool = FuturePool::default();
        let dropped = Arc::new(AtomicUsize::new(0));
        let many: Vec<StepFuture<'_>> = (0..KEPT + 5)
            .map(|_| pool.make(sized::<16>(dropped.clone())))
            .collect();
        drop(many);
        assert_eq!(dropped.load(Ordering::Relaxed), KEPT + 5);
        assert_eq!(free(&pool).len(), KEPT);
    }

    proptest::proptest! {
        /// Whatever the order of makes, polls and drops, every future is
        /// dropped once, a block is never handed to two live futures, and
        /// the pool keeps at most `KEPT` blocks.
        #[test]
        fn blocks_are_never_shared_and_every_future_drops_once(
            ops in proptest::collection::vec((0u8..3, 0u8..255), 1..200)
        ) {
            let pool = FuturePool::default();
            let dropped = Arc::new(AtomicUsize::new(0));
            // Each live future, and whether it has finished (its counter is
            // dropped when it finishes, and it must not be polled again).
            let mut live: Vec<(StepFuture<'_>, bool)> = Vec::new();
            let mut made = 0;
            for (op, pick) in ops {
                match op {
                    0 => {
                        let d = dropped.clone();
                        live.push((
                            match pick % 4 {
                                0 => pool.make(sized::<8>(d)),
                                1 => pool.make(sized::<40>(d)),
                                2 => pool.make(sized::<200>(d)),
                                _ => pool.make(sized::<{ LARGEST + 8 }>(d)),
                            },
                            false,
                        ));
                        made += 1;
                    }
                    1 if !live.is_empty() => {
                        let at = pick as usize % live.len();
                        let (fut, done) = &mut live[at];
                        if !*done {
                            *done = poll_once(fut).is_ready();
                        }
                    }
                    _ if !live.is_empty() => {
                        let at = pick as usize % live.len();
                        drop(live.swap_remove(at));
                    }
                    _ => {}
                }
                let mut places: Vec<*mut u8> = live.iter().map(|(f, _)| at(f)).collect();
                places.sort();
                places.dedup();
                proptest::prop_assert_eq!(places.len(), live.len());
                proptest::prop_assert!(free(&pool).len() <= KEPT);
                let unfinished = live.iter().filter(|(_, done)| !done).count();
                proptest::prop_assert_eq!(dropped.load(Ordering::Relaxed), made - unfinished);
            }
            drop(live);
            proptest::prop_assert_eq!(dropped.load(Ordering::Relaxed), made);
        }
    }

    #[test]
    fn a_boxed_future_passes_through() {
        let dropped = Arc::new(AtomicUsize::new(0));
        let boxed: BoxFuture<'_, StepResult> = Box::pin(sized::<8>(dropped.clone()));
        let mut fut = StepFuture::from(boxed);
        assert!(poll_once(&mut fut).is_ready());
        drop(fut);
        assert_eq!(dropped.load(Ordering::Relaxed), 1);
    }
}
