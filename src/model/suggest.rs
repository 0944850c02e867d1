//! "Did you mean": the existing key closest to a link target that resolves to nothing.
//!
//! Part of the model stage. A [`SuggestIndex`] is built once per locale and kind of
//! target ([`Want`]), the first time a link of that kind is unresolved, and answers every
//! later query of the check and the build. It gives exactly what a scan of every key
//! would give (the rule of [`Model::suggest`](super::Model::suggest): the highest
//! normalized Levenshtein similarity of the file names, 0.1 less for another folder, at
//! least 0.6, ties to the key that sorts first), without comparing the name with every
//! key: keys are grouped by file name, names by length in characters, and a name is only
//! compared (Levenshtein, `O(len²)`) when two cheap lower bounds on the edit distance —
//! the difference in length and the bag distance of their characters — leave it a chance
//! to beat the best found so far. A docs set ten times the size costs each query about
//! the names of the lengths that can still win, not ten times the comparisons.

use crate::hash::HashMap;
use crate::link::dir_of;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// The least similarity a suggestion must reach.
const MIN_SCORE: f64 = 0.6;
/// What a key in another folder than the link's target loses.
const OTHER_FOLDER: f64 = 0.1;
/// Buckets of the character histogram used for the bag distance; characters share a
/// bucket by their code point modulo this (a shared bucket only lowers the bound).
const BUCKETS: usize = 128;

/// One file name and the keys that end in it.
#[derive(Debug)]
struct Name {
    name: String,
    /// `(folder, key)`, sorted by key.
    keys: Vec<(String, String)>,
}

/// The keys of one locale for one kind of target, grouped for "did you mean" queries.
#[derive(Debug, Default)]
pub struct SuggestIndex {
    /// Length of the file name in characters → the names of that length, sorted.
    by_len: BTreeMap<usize, Vec<Name>>,
    /// Every answer given, by target: one broken target is often linked from many
    /// pages (a renamed article, a folder copied with its links).
    answers: Mutex<HashMap<String, Option<String>>>,
}

impl SuggestIndex {
    /// Groups `keys` (locale-relative paths such as `partner-center/a/b.md`; duplicates
    /// are fine).
    pub fn new<'a>(keys: impl IntoIterator<Item = &'a String>) -> SuggestIndex {
        let mut names: BTreeMap<&str, Vec<(String, String)>> = BTreeMap::new();
        for k in keys {
            let name = k.rsplit('/').next().unwrap_or(k);
            names.entry(name).or_default().push((dir_of(k).to_string(), k.clone()));
        }
        let mut by_len: BTreeMap<usize, Vec<Name>> = BTreeMap::new();
        for (name, mut keys) in names {
            keys.sort_by(|a, b| a.1.cmp(&b.1));
            keys.dedup_by(|a, b| a.1 == b.1);
            by_len.entry(name.chars().count()).or_default().push(Name { name: name.to_string(), keys });
        }
        SuggestIndex { by_len, answers: Mutex::default() }
    }

    /// The key closest to `wanted` (a locale-relative path), if any reaches the minimum
    /// similarity. Each target is looked up once; later queries get the same answer.
    pub fn best(&self, wanted: &str) -> Option<String> {
        let answers = || self.answers.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(known) = answers().get(wanted) {
            return known.clone();
        }
        let found = self.search(wanted).map(str::to_string);
        answers().insert(wanted.to_string(), found.clone());
        found
    }

    /// [`SuggestIndex::best`] without the memory of earlier answers.
    fn search(&self, wanted: &str) -> Option<&str> {
        let dir = dir_of(wanted);
        let name = wanted.rsplit('/').next().unwrap_or(wanted);
        let len = name.chars().count();
        let hist = histogram(name);
        // Lengths by the best similarity they allow, best first (ties: shorter first).
        let mut lengths: Vec<(f64, usize)> = self.by_len.keys().map(|&l| (bound(len, l, len.abs_diff(l)), l)).collect();
        lengths.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut best: Option<(f64, &str)> = None;
        let beaten = |ub: f64, best: &Option<(f64, &str)>| ub < MIN_SCORE || best.is_some_and(|(s, _)| ub < s);
        for (ub, l) in lengths {
            if beaten(ub, &best) {
                break;
            }
            for cand in &self.by_len[&l] {
                let lower = bag_distance(&hist, &cand.name).max(len.abs_diff(l));
                if beaten(bound(len, l, lower), &best) {
                    continue;
                }
                let score = strsim::normalized_levenshtein(name, &cand.name);
                for (kdir, key) in &cand.keys {
                    let s = if kdir == dir { score } else { score - OTHER_FOLDER };
                    if s >= MIN_SCORE && best.is_none_or(|(bs, bk)| s > bs || (s == bs && key.as_str() < bk)) {
                        best = Some((s, key));
                    }
                }
            }
        }
        best.map(|(_, k)| k)
    }
}

/// The highest normalized similarity two names of `a` and `b` characters can have when
/// their edit distance is at least `distance` (strsim's normalization: 1 − d / longer).
fn bound(a: usize, b: usize, distance: usize) -> f64 {
    let longer = a.max(b);
    if longer == 0 {
        return 1.0;
    }
    1.0 - distance as f64 / longer as f64
}

fn histogram(s: &str) -> [i32; BUCKETS] {
    let mut h = [0i32; BUCKETS];
    for c in s.chars() {
        h[c as usize % BUCKETS] += 1;
    }
    h
}

/// The bag distance of `other` from the name whose histogram is `hist`: the larger of
/// the characters of one that the other lacks, counted with multiplicity — a lower bound
/// on their Levenshtein distance (each edit fixes at most one of each side).
fn bag_distance(hist: &[i32; BUCKETS], other: &str) -> usize {
    let mut h = *hist;
    for c in other.chars() {
        h[c as usize % BUCKETS] -= 1;
    }
    let (mut surplus, mut lack) = (0usize, 0usize);
    for v in h {
        if v > 0 {
            surplus += v as usize;
        } else {
            lack += (-v) as usize;
        }
    }
    surplus.max(lack)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The rule as a scan of every key, which the index must equal.
    fn scan<'a>(keys: &'a [String], wanted: &str) -> Option<&'a str> {
        let dir = dir_of(wanted);
        let name = wanted.rsplit('/').next().unwrap_or(wanted);
        let mut best: Option<(f64, &String)> = None;
        for k in keys {
            let kname = k.rsplit('/').next().unwrap_or(k);
            let mut score = strsim::normalized_levenshtein(name, kname);
            if dir_of(k) != dir {
                score -= OTHER_FOLDER;
            }
            if score >= MIN_SCORE && best.is_none_or(|(s, b)| score > s || (score == s && k < b)) {
                best = Some((score, k));
            }
        }
        best.map(|(_, k)| k.as_str())
    }

    fn keys(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn same_folder_first_then_similarity() {
        let k = keys(&["pc/a/claim.md", "pc/b/claims.md", "pc/b/other.md", "pc/claim-faq.md"]);
        let idx = SuggestIndex::new(&k);
        assert_eq!(
            idx.best("pc/b/claim.md").as_deref(),
            Some("pc/a/claim.md"),
            "an exact name elsewhere (0.9) beats 8/9 here"
        );
        assert_eq!(idx.best("pc/b/claimz.md").as_deref(), Some("pc/b/claims.md"), "equally close: this folder first");
        assert_eq!(idx.best("pc/a/claim.md").as_deref(), Some("pc/a/claim.md"));
        assert_eq!(idx.best("pc/a/claim.md").as_deref(), Some("pc/a/claim.md"), "asked again");
        assert_eq!(idx.best("pc/a/zzzzzzzz.md"), None, "nothing close enough");
        assert_eq!(idx.best("pc/a/zzzzzzzz.md"), None, "asked again");
        assert_eq!(SuggestIndex::new(&[]).best("x.md"), None);
    }

    #[test]
    fn ties_go_to_the_key_that_sorts_first() {
        let k = keys(&["pc/z/abcd.md", "pc/y/abce.md", "pc/x/abcf.md"]);
        let idx = SuggestIndex::new(&k);
        assert_eq!(idx.best("pc/w/abcg.md").as_deref(), scan(&k, "pc/w/abcg.md"));
        assert_eq!(idx.best("pc/w/abcg.md").as_deref(), Some("pc/x/abcf.md"));
    }

    #[test]
    fn equals_the_scan_on_the_corpus_keys() {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/pl-pl"));
        let mut all: Vec<String> = walkdir::WalkDir::new(root)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| e.path().strip_prefix(root).ok().map(|p| p.to_string_lossy().into_owned()))
            .collect();
        all.sort();
        assert!(all.len() > 300, "the corpus is beside the repository: {}", all.len());
        let idx = SuggestIndex::new(&all);
        let mut found = 0;
        for k in all.iter().step_by(3) {
            // A typo, a missing letter, another extension, another folder.
            let typo = k.replacen('a', "e", 1);
            let short = k.replacen(".md", "s.md", 1);
            let moved = format!("partner-center/x/{}", k.rsplit('/').next().unwrap_or(k));
            for wanted in [typo, short, moved, k.replace(".md", ".yml")] {
                let got = idx.best(&wanted);
                assert_eq!(got.as_deref(), scan(&all, &wanted), "{wanted}");
                found += usize::from(got.is_some());
            }
        }
        assert!(found > 300, "{found}");
    }

    proptest! {
        #[test]
        fn equals_the_scan(
            names in proptest::collection::vec("[a-dé客]{0,7}(\\.md)?", 0..40),
            dirs in proptest::collection::vec("(pc|pc/a|pc/b)", 40),
            wanted in "(pc|pc/a|pc/c)/[a-dé客]{0,8}(\\.md)?",
        ) {
            let keys: Vec<String> = names.iter().zip(&dirs).map(|(n, d)| format!("{d}/{n}")).collect();
            let idx = SuggestIndex::new(&keys);
            let (first, again) = (idx.best(&wanted), idx.best(&wanted));
            prop_assert_eq!(first.as_deref(), scan(&keys, &wanted));
            prop_assert_eq!(again, first);
        }
    }
}
