//! A seeded Monte Carlo over throughput: each run draws one business day's
//! completions at a time from the days of the window, until the work ahead
//! is done, and counts the days it took.
//!
//! The random numbers come from SplitMix64 (Steele, Lea and Flood, 2014),
//! ten lines kept here rather than a crate: the simulator needs only fast,
//! well-spread draws of an index, and its output must stay identical for a
//! seed across releases, which `rand`'s `StdRng` does not promise.

use super::percentile::{nearest_rank, rank_of};

/// SplitMix64: a tiny, fast generator with a 64-bit state.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// Returns the next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Returns an index below `n` (> 0), by Lemire's multiply-shift.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// A run never simulates more than this many business days (ten years): a
/// window of mostly empty days cannot spin for ever.
const MAX_DAYS: u32 = 2_600;

/// The outcomes of all runs, in business days, shortest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcomes {
    pub days: Vec<f64>,
}

impl Outcomes {
    /// Returns the `p`th percentile in business days.
    pub fn percentile(&self, p: f64) -> f64 {
        nearest_rank(&self.days, p).unwrap_or(0.0)
    }

    /// Says which run the `p`th percentile is ("run 5000 of 10000").
    pub fn explain(&self, p: f64) -> String {
        format!(
            "p{p} = run {} of {} = {} business days",
            rank_of(self.days.len(), p),
            self.days.len(),
            round1(self.percentile(p))
        )
    }
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// What one simulation is asked.
#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    /// Completions per business day in the window, one entry per day.
    pub daily: &'a [u32],
    /// Requests to finish before the moment asked about.
    pub items: usize,
    /// Business days added to each run, drawn from these (e.g. the cycle
    /// times of the request's size); empty for none.
    pub then: &'a [f64],
    pub runs: u32,
    pub seed: u64,
}

/// Runs the simulation; `None` when the window holds no completions at all.
pub fn simulate(q: &Question<'_>) -> Option<Outcomes> {
    if q.daily.iter().all(|d| *d == 0) || q.runs == 0 {
        return None;
    }
    let mut rng = SplitMix64::new(q.seed);
    let mut days: Vec<f64> = Vec::with_capacity(q.runs as usize);
    let n = q.daily.len();
    for _ in 0..q.runs {
        let mut done = 0usize;
        let mut day = 0u32;
        while done < q.items && day < MAX_DAYS {
            day += 1;
            done += q.daily[rng.below(n)] as usize;
        }
        let extra = if q.then.is_empty() {
            0.0
        } else {
            q.then[rng.below(q.then.len())]
        };
        days.push(f64::from(day) + extra);
    }
    days.sort_by(f64::total_cmp);
    Some(Outcomes { days })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_steady_five_a_week_finishes_twenty_in_four_weeks() {
        let daily = vec![1; 60];
        let q = Question {
            daily: &daily,
            items: 20,
            then: &[],
            runs: 1_000,
            seed: 1,
        };
        let out = simulate(&q).unwrap();
        assert_eq!(out.percentile(50.0), 20.0);
        assert_eq!(out.percentile(85.0), 20.0);
    }

    #[test]
    fn an_uneven_pace_spreads_the_outcomes() {
        // 10 a week, but all on Mondays.
        let daily: Vec<u32> = (0..60).map(|d| if d % 5 == 0 { 10 } else { 0 }).collect();
        let q = Question {
            daily: &daily,
            items: 20,
            then: &[],
            runs: 10_000,
            seed: 7,
        };
        let out = simulate(&q).unwrap();
        let (p50, p85) = (out.percentile(50.0), out.percentile(85.0));
        // Two Mondays are needed: about ten business days, more at 85 %.
        assert!((7.0..=12.0).contains(&p50), "p50 {p50}");
        assert!(p85 > p50, "p85 {p85} p50 {p50}");
        assert_eq!(
            out.explain(85.0),
            format!("p85 = run 8500 of 10000 = {p85} business days")
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_outcomes() {
        let daily: Vec<u32> = (0..60).map(|d| (d * 7 % 4) as u32).collect();
        let q = Question {
            daily: &daily,
            items: 30,
            then: &[1.0, 2.5, 4.0],
            runs: 2_000,
            seed: 42,
        };
        assert_eq!(simulate(&q), simulate(&q));
        let other = Question { seed: 43, ..q };
        assert_ne!(simulate(&q), simulate(&other));
    }

    #[test]
    fn no_completions_no_simulation() {
        let q = Question {
            daily: &[0, 0, 0],
            items: 1,
            then: &[],
            runs: 10,
            seed: 1,
        };
        assert_eq!(simulate(&q), None);
    }

    #[test]
    fn draws_cover_the_range() {
        let mut rng = SplitMix64::new(3);
        let mut seen = [0usize; 5];
        for _ in 0..5_000 {
            seen[rng.below(5)] += 1;
        }
        assert!(seen.iter().all(|c| (800..1200).contains(c)), "{seen:?}");
    }
}
