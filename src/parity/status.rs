//! Statuses and version cohorts of one article's translations.
//!
//! Microsoft's localization pipeline writes into every translated file the hash of the
//! source-language file version it translated (`ms.openlocfilehash`, 40 hex digits) and
//! the date of the handoff (`ms.lasthandoff`, `MM/DD/YYYY`). Translations with the same
//! hash were made from the same source version: a **version cohort**.
//!
//! **Which hash.** The value is the git blob object id of the source file: SHA-1 over
//! `blob <byte length>\0<bytes>`, what `git hash-object FILE` prints and what
//! `git ls-tree` lists. The evidence in the Partner Center corpus: it is 40 hex digits
//! (SHA-1 sized); translations with one hash carry different `ms.sourcegitcommit` values
//! (e.g. `chip-locate-agreement.md`: `37eac16…` in pl-pl and sv-se, `376a49b…` in ru-ru and
//! zh-cn), so it names the file's content, not a commit; and the blob id is the content
//! hash a git-based pipeline has at hand for every file without reading it. The corpus
//! ships no English source, so the byte-for-byte match could not be observed there;
//! [`git_blob_id`] is tested against `git hash-object`.
//!
//! **Ranking without a source.** Cohorts are ordered by the first handoff of any of
//! their members (the earliest `ms.lasthandoff`: by then that source version existed),
//! then by their last handoff, then by the hash (a stable tie-break). Ranks count
//! versions chronologically: **v1 is the oldest**, `vN of N` the newest, so a rank does
//! not change when a newer version appears ("v2 of 3" reads as in a version history).
//! The lag of a translation is the number of days between its cohort's first handoff
//! and the newest cohort's first handoff: how long the newer version has been out.
//!
//! **With a source locale**, the source file's blob id defines the newest version: a
//! translation is current when its hash equals it, stale otherwise, and the source's
//! version is ranked newest even when no translation has it yet.

use chrono::NaiveDate;
use serde::Serialize;
use sha1::{Digest, Sha1};

/// Where one locale stands on one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The locale has no page at the article's URL.
    Missing,
    /// The page has no counterpart: with a source locale, the source has no such article;
    /// without one, no other locale has it.
    Orphan,
    /// The page has no `ms.openlocfilehash`, so its version is unknown.
    Untracked,
    /// A translation of the newest version.
    Current,
    /// A translation of an older version.
    Stale,
}

impl Status {
    /// Lower-case name, as in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Missing => "missing",
            Status::Orphan => "orphan",
            Status::Untracked => "untracked",
            Status::Current => "current",
            Status::Stale => "stale",
        }
    }

    /// The glyph of the terminal table and dashboard matrix.
    pub fn glyph(self) -> &'static str {
        match self {
            Status::Missing => "·",
            Status::Orphan => "◇",
            Status::Untracked => "?",
            Status::Current => "●",
            Status::Stale => "◐",
        }
    }
}

/// The translations of one source version of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cohort {
    /// 1 = oldest version; the newest has rank `cohorts.len()`.
    pub rank: usize,
    /// The `ms.openlocfilehash` shared by its members (lower-case hex).
    pub hash: String,
    /// Member locales, in site locale order (the source locale when it is this version).
    pub locales: Vec<String>,
    /// Earliest `ms.lasthandoff` of its members, `YYYY-MM-DD`.
    pub first_handoff: Option<String>,
    /// Latest `ms.lasthandoff` of its members, `YYYY-MM-DD`.
    pub last_handoff: Option<String>,
    /// Days behind the newest cohort's first handoff (0 for the newest).
    pub lag_days: Option<i64>,
    /// Whether this is the source file's version (only with a source locale).
    pub is_source: bool,
}

/// The git blob object id of `bytes`: lower-case hex SHA-1 of `blob <len>\0<bytes>`, as
/// `git hash-object` prints (Git book, "Git Objects"). This is what `ms.openlocfilehash`
/// holds for the source file version a translation was made from.
pub fn git_blob_id(bytes: &[u8]) -> String {
    let mut h = Sha1::new();
    h.update(format!("blob {}\0", bytes.len()).as_bytes());
    h.update(bytes);
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// One tracked translation as cohort building sees it.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    /// Locale index in the report's order.
    pub locale: String,
    /// Lower-case hash.
    pub hash: String,
    /// `ms.lasthandoff`.
    pub handoff: Option<NaiveDate>,
}

/// Groups `members` into cohorts by hash and ranks them (see the module docs). With
/// `source_hash`, that version is ranked newest (and listed with `source_locale` as a
/// member) whether or not a translation has it. Returns the cohorts, oldest first.
pub(crate) fn cohorts(members: &[Member], source: Option<(&str, &str)>) -> Vec<Cohort> {
    struct Acc {
        hash: String,
        locales: Vec<String>,
        first: Option<NaiveDate>,
        last: Option<NaiveDate>,
        is_source: bool,
    }
    let mut accs: Vec<Acc> = Vec::new();
    if let Some((locale, hash)) = source {
        accs.push(Acc {
            hash: hash.to_string(),
            locales: vec![locale.to_string()],
            first: None,
            last: None,
            is_source: true,
        });
    }
    for m in members {
        let acc = match accs.iter_mut().position(|a| a.hash == m.hash) {
            Some(i) => &mut accs[i],
            None => {
                accs.push(Acc { hash: m.hash.clone(), locales: Vec::new(), first: None, last: None, is_source: false });
                let n = accs.len() - 1;
                &mut accs[n]
            }
        };
        acc.locales.push(m.locale.clone());
        if let Some(d) = m.handoff {
            acc.first = Some(acc.first.map_or(d, |f| f.min(d)));
            acc.last = Some(acc.last.map_or(d, |l| l.max(d)));
        }
    }
    accs.sort_by(|a, b| (a.is_source, a.first, a.last, &a.hash).cmp(&(b.is_source, b.first, b.last, &b.hash)));
    let newest_first = accs.last().and_then(|a| a.first);
    accs.into_iter()
        .enumerate()
        .map(|(i, a)| Cohort {
            rank: i + 1,
            lag_days: match (newest_first, a.first) {
                (Some(n), Some(f)) => Some((n - f).num_days().max(0)),
                _ if a.is_source => Some(0),
                _ => None,
            },
            hash: a.hash,
            locales: a.locales,
            first_handoff: a.first.map(|d| d.format("%Y-%m-%d").to_string()),
            last_handoff: a.last.map(|d| d.format("%Y-%m-%d").to_string()),
            is_source: a.is_source,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(locale: &str, hash: &str, d: (i32, u32, u32)) -> Member {
        Member { locale: locale.into(), hash: hash.into(), handoff: NaiveDate::from_ymd_opt(d.0, d.1, d.2) }
    }

    #[test]
    fn blob_id_matches_git_for_known_contents() {
        // `printf '' | git hash-object --stdin` and `printf 'hello\n' | git hash-object --stdin`.
        assert_eq!(git_blob_id(b""), "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
        assert_eq!(git_blob_id(b"hello\n"), "ce013625030ba8dba906f756967f9e9ca394464a");
    }

    #[test]
    fn cohorts_rank_oldest_first_with_lag_from_first_handoff() {
        let c = cohorts(
            &[
                m("pl-pl", "bb", (2021, 9, 13)),
                m("ru-ru", "bb", (2021, 6, 17)),
                m("zh-tw", "aa", (2021, 3, 3)),
                m("sv-se", "cc", (2021, 10, 1)),
            ],
            None,
        );
        let got: Vec<(usize, &str, Option<i64>)> = c.iter().map(|c| (c.rank, c.hash.as_str(), c.lag_days)).collect();
        assert_eq!(got, [(1, "aa", Some(212)), (2, "bb", Some(106)), (3, "cc", Some(0))]);
        assert_eq!(c[1].locales, ["pl-pl", "ru-ru"]);
        assert_eq!(c[1].first_handoff.as_deref(), Some("2021-06-17"));
        assert_eq!(c[1].last_handoff.as_deref(), Some("2021-09-13"));
    }

    #[test]
    fn the_source_version_is_newest_even_without_members() {
        let c = cohorts(&[m("de-de", "aa", (2022, 1, 1))], Some(("en-us", "ff")));
        assert_eq!(c.len(), 2);
        assert_eq!((c[1].hash.as_str(), c[1].is_source, c[1].rank), ("ff", true, 2));
        assert_eq!(c[0].lag_days, None);
        let same = cohorts(&[m("de-de", "ff", (2022, 1, 1))], Some(("en-us", "ff")));
        assert_eq!(same.len(), 1);
        assert_eq!(same[0].locales, ["en-us", "de-de"]);
    }
}
