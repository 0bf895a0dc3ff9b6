//! Percentiles by nearest rank: the value below which `p` percent of the
//! observations fall, always one of the observations (no interpolation, so
//! "85 % finished within 6 days" means six days happened).

use serde::Serialize;

/// Returns the nearest-rank `p`th percentile (0 < p <= 100) of `sorted`.
pub fn nearest_rank(sorted: &[f64], p: f64) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let rank = ((p / 100.0) * n as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, n) - 1])
}

/// The 1-based rank [`nearest_rank`] picks out of `n`.
pub fn rank_of(n: usize, p: f64) -> usize {
    (((p / 100.0) * n as f64).ceil() as usize).clamp(1, n.max(1))
}

/// The 50th, 85th and 95th percentiles of a set of durations.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Percentiles {
    pub count: usize,
    pub p50: Option<f64>,
    pub p85: Option<f64>,
    pub p95: Option<f64>,
}

/// Returns the percentiles of `values`, rounded to a tenth.
pub fn percentiles(mut values: Vec<f64>) -> Percentiles {
    values.sort_by(f64::total_cmp);
    let round = |v: Option<f64>| v.map(|v| (v * 10.0).round() / 10.0);
    Percentiles {
        count: values.len(),
        p50: round(nearest_rank(&values, 50.0)),
        p85: round(nearest_rank(&values, 85.0)),
        p95: round(nearest_rank(&values, 95.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_picks_an_observation() {
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(nearest_rank(&v, 50.0), Some(10.0));
        assert_eq!(nearest_rank(&v, 85.0), Some(17.0));
        assert_eq!(nearest_rank(&v, 95.0), Some(19.0));
        assert_eq!(nearest_rank(&v, 100.0), Some(20.0));
        assert_eq!(nearest_rank(&[], 50.0), None);
        assert_eq!(rank_of(10_000, 85.0), 8_500);
    }

    #[test]
    fn percentiles_sort_first() {
        let p = percentiles(vec![3.0, 1.0, 2.0]);
        assert_eq!(
            (p.count, p.p50, p.p85, p.p95),
            (3, Some(2.0), Some(3.0), Some(3.0))
        );
        assert_eq!(percentiles(vec![]).p50, None);
    }
}
