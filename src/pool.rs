//! A bounded pool of worker threads for bulk commands. Results come back to the calling thread as
//! they complete, so it alone prints (progress, streamed output).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Runs `work` on every item with at most `workers` threads and returns the results in the order
/// of `items`; `each` sees every result on the calling thread as it completes (progress, streamed
/// output), so that thread alone prints.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
    mut each: impl FnMut(&R),
) -> Vec<R> {
    let mut results: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    run(items, workers, work, |i, result| {
        each(&result);
        results[i] = Some(result);
    });
    results.into_iter().flatten().collect()
}

/// Runs `work` on every item with at most `workers` threads; calls `done(index, result)` on the
/// calling thread in completion order.
fn run<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(usize, R),
) {
    let workers = workers.clamp(1, items.len().max(1));
    if workers == 1 {
        // One at a time needs no thread: starting one cost more than `extend ID`'s own work.
        for (i, item) in items.iter().enumerate() {
            done(i, work(item));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(item) = items.get(i) else { break };
                    if tx.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (i, result) in rx {
            done(i, result);
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_item_once_with_bounded_threads() {
        let items: Vec<u32> = (0..50).collect();
        let mut seen = [0; 50];
        super::run(
            &items,
            4,
            |n| n * 2,
            |i, r| {
                assert_eq!(r, items[i] * 2);
                seen[i] += 1;
            },
        );
        assert!(seen.iter().all(|n| *n == 1));
    }

    #[test]
    fn map_returns_results_in_input_order_and_shows_each_once() {
        // Early items take longest, so they complete last.
        let items: Vec<u64> = (0..12).collect();
        let mut shown = Vec::new();
        let results = super::map(
            &items,
            4,
            |n| {
                std::thread::sleep(std::time::Duration::from_millis(12 - n));
                n * 10
            },
            |r| shown.push(*r),
        );
        assert_eq!(results, items.iter().map(|n| n * 10).collect::<Vec<_>>());
        shown.sort_unstable();
        assert_eq!(shown, results);
    }

    #[test]
    fn one_worker_runs_on_the_calling_thread_in_order() {
        let caller = std::thread::current().id();
        let items: Vec<u32> = (0..5).collect();
        let mut order = Vec::new();
        super::run(
            &items,
            1,
            |n| (std::thread::current().id(), *n),
            |i, (thread, n)| {
                assert_eq!(thread, caller);
                order.push((i, n));
            },
        );
        assert_eq!(order, (0..5).map(|n| (n as usize, n)).collect::<Vec<_>>());
    }
}
