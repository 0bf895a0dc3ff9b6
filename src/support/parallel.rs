//! Two things at once on a two-core machine: the large local board reads
//! its rows, decodes its bodies and writes its JSON in two halves.

/// Runs `here` on this thread and `there` on a second one, and returns both
/// results. A panic on the second thread is a bug: it is raised here rather
/// than losing half of the work.
pub fn join<A, B>(here: impl FnOnce() -> A, there: impl FnOnce() -> B + Send) -> (A, B)
where
    B: Send,
{
    std::thread::scope(|scope| {
        let other = scope.spawn(there);
        let mine = here();
        let theirs = other
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (mine, theirs)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn both_results_come_back_and_a_panic_there_is_raised_here() {
        assert_eq!(super::join(|| 1, || "two"), (1, "two"));
        let caught = std::panic::catch_unwind(|| super::join(|| (), || panic!("there")));
        assert!(caught.is_err());
    }
}
