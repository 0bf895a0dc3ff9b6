//! Writing a long JSON array on two threads. `board --json` over 10,000
//! requests writes about 11 MB, a third of its time; the two halves of each
//! long list are rendered at once and their items written as raw values. Only for
//! compact output (piped, where programs read it): an indented document for
//! a person at a terminal is written the ordinary way.

use std::sync::atomic::{AtomicBool, Ordering};

use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

/// Below this many items one thread is quicker than starting a second.
const PARALLEL_FROM: usize = 1_000;

static COMPACT: AtomicBool = AtomicBool::new(false);

/// Says whether JSON goes out compact (decided once, with the terminal).
pub fn set_compact(compact: bool) {
    COMPACT.store(compact, Ordering::Relaxed);
}

/// Serializes `items` as a JSON array, in two halves at once when long.
pub fn serialize<T, S>(items: &[T], s: S) -> Result<S::Ok, S::Error>
where
    T: Serialize + Sync,
    S: Serializer,
{
    if items.len() < PARALLEL_FROM || !COMPACT.load(Ordering::Relaxed) {
        return items.serialize(s);
    }
    // Each item is rendered to its own raw value (to_raw_value does not
    // re-parse what it wrote, unlike RawValue::from_string), half on each thread.
    let render = |part: &[T]| -> Result<Vec<Box<RawValue>>, serde_json::Error> {
        part.iter().map(serde_json::value::to_raw_value).collect()
    };
    let (first, second) = items.split_at(items.len() / 2);
    let (first, second) = crate::support::parallel::join(|| render(first), || render(second));
    let (first, second) = (
        first.map_err(serde::ser::Error::custom)?,
        second.map_err(serde::ser::Error::custom)?,
    );
    let mut seq = s.serialize_seq(Some(items.len()))?;
    for raw in first.iter().chain(&second) {
        seq.serialize_element(raw)?;
    }
    seq.end()
}

/// A list written by [`serialize`].
pub struct List<'a, T>(pub &'a [T]);

impl<T: Serialize + Sync> Serialize for List<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize(self.0, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_come_out_the_same_on_two_threads() {
        let items: Vec<(u32, String)> =
            (0..2_500).map(|i| (i, format!("item \"{i}\"\n"))).collect();
        let one_thread = serde_json::to_string(&items).unwrap();
        set_compact(true);
        let two_threads = serde_json::to_string(&List(&items)).unwrap();
        let short = serde_json::to_string(&List(&items[..3])).unwrap();
        set_compact(false);
        assert_eq!(two_threads, one_thread);
        assert_eq!(short, serde_json::to_string(&items[..3]).unwrap());
    }
}
