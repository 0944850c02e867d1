//! Builds the [`Report`] from the facts: statuses, cohorts, section diffs, structural and
//! segment findings, coverage.

use super::facts::{Facts, FactsPage};
use super::sections::{self, Shape};
use super::status::{self, Member, Status};
use super::{segments, structure, words};
use super::{Article, Cell, FolderSummary, LocaleSummary, ParityError, Report};
use crate::content::NavKind;
use crate::hash::{HashMap, HashMapExt};
use crate::link::{dir_of, is_external, normalize, page_slug};
use crate::nav::{Toc, TocNode};
use crate::project::Project;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// What to report on.
#[derive(Debug, Clone, Default)]
pub struct ParityOptions {
    /// `--source`: the source locale; default the config's `source_locale` (`en-us`),
    /// used only when its folder exists. Naming one that does not exist is an error.
    pub source: Option<String>,
    /// `--locale`: report only these locales (cohorts are still ranked over all of them).
    pub locales: Vec<String>,
    /// `--article`: only articles whose id or file matches this glob
    /// (`partner-center/announcements/*`).
    pub article: Option<String>,
    /// `--segments`: run the sxs segment checks.
    pub segments: bool,
}

fn stem(key: &str) -> String {
    key.strip_suffix(".md")
        .or_else(|| key.strip_suffix(".yml"))
        .or_else(|| key.strip_suffix(".yaml"))
        .unwrap_or(key)
        .to_string()
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        (n as f64 * 1000.0 / d as f64).round() / 10.0
    }
}

/// TOC order: URL slug → position, walking each locale's TOCs (the source locale first),
/// nested TOCs inline, breadcrumbs skipped. Also returns the TOC folders.
fn toc_order(tocs: &[Toc], locales: &[String], source: Option<usize>) -> (HashMap<String, usize>, BTreeSet<String>) {
    let mut order = HashMap::new();
    let mut folders = BTreeSet::new();
    let mut by_key: HashMap<(&str, &str), &Toc> = HashMap::new();
    for t in tocs.iter().filter(|t| t.kind != NavKind::Breadcrumb) {
        by_key.insert((t.locale.as_str(), t.key.as_str()), t);
        folders.insert(dir_of(&t.key).to_string());
    }
    fn walk<'t>(
        toc: &'t Toc,
        nodes: &'t [TocNode],
        by_key: &HashMap<(&str, &str), &'t Toc>,
        seen: &mut BTreeSet<&'t str>,
        order: &mut HashMap<String, usize>,
    ) {
        let dir = dir_of(&toc.key);
        let resolve = |href: &str| {
            let path = href.split(['#', '?']).next().unwrap_or("");
            if path.is_empty() || is_external(path) {
                None
            } else {
                normalize(if path.starts_with('/') { "" } else { dir }, path.trim_start_matches('/'))
            }
        };
        for n in nodes {
            if let Some(key) = n.href.as_deref().and_then(resolve) {
                let next = order.len();
                order.entry(page_slug(&key)).or_insert(next);
            }
            if let Some(key) = n.toc_href.as_deref().and_then(resolve) {
                if let Some(sub) = by_key.get(&(toc.locale.as_str(), key.as_str())) {
                    if seen.insert(sub.key.as_str()) {
                        walk(sub, &sub.nodes, by_key, seen, order);
                    }
                }
            }
            walk(toc, &n.children, by_key, seen, order);
        }
    }
    let mut locale_order: Vec<&str> = source.and_then(|s| locales.get(s)).map(String::as_str).into_iter().collect();
    locale_order.extend(locales.iter().map(String::as_str));
    for locale in locale_order {
        let mut mine: Vec<&Toc> = tocs.iter().filter(|t| t.locale == locale && t.kind != NavKind::Breadcrumb).collect();
        mine.sort_by_key(|t| (t.key.matches('/').count(), t.key.clone()));
        let mut seen = BTreeSet::new();
        for t in mine {
            if seen.insert(t.key.as_str()) {
                walk(t, &t.nodes, &by_key, &mut seen, &mut order);
            }
        }
    }
    (order, folders)
}

fn folder_of(id: &str, folders: &BTreeSet<String>) -> String {
    let mut dir = dir_of(id);
    loop {
        if folders.contains(dir) {
            return dir.to_string();
        }
        match dir.rsplit_once('/') {
            Some((up, _)) => dir = up,
            None => return if folders.contains(dir) { dir.to_string() } else { dir_of(id).to_string() },
        }
    }
}

/// Builds the report from `facts` (see [`super::facts()`]).
///
/// Errors: `opts.locales` names an unknown locale; `opts.source` names a locale with no
/// folder; `opts.article` is not a glob.
pub fn analyze(project: &Project, facts: &Facts<'_>, opts: &ParityOptions) -> Result<Report, ParityError> {
    let cfg = &project.config.parity;
    let requested = opts.source.as_deref().map(str::to_ascii_lowercase);
    let source_code = requested.clone().unwrap_or_else(|| project.config.source_locale.clone());
    let source = facts.locales.iter().position(|l| *l == source_code);
    if source.is_none() {
        if let Some(s) = requested {
            return Err(ParityError::SourceMissing(s));
        }
    }
    let wanted: Vec<String> = opts.locales.iter().map(|l| l.to_ascii_lowercase()).collect();
    let unknown: Vec<&str> = wanted.iter().filter(|l| !facts.locales.contains(l)).map(String::as_str).collect();
    if !unknown.is_empty() {
        return Err(ParityError::UnknownLocale(unknown.join(", ")));
    }
    let reported: Vec<usize> = (0..facts.locales.len())
        .filter(|&i| Some(i) != source && (wanted.is_empty() || wanted.contains(&facts.locales[i])))
        .collect();
    let glob = match &opts.article {
        Some(g) => Some(
            globset::Glob::new(g)
                .map_err(|e| ParityError::Glob { glob: g.clone(), message: e.to_string() })?
                .compile_matcher(),
        ),
        None => None,
    };
    let (order, toc_folders) = toc_order(facts.tocs, &facts.locales, source);
    let sets: Vec<(&String, &BTreeMap<usize, FactsPage<'_>>)> = facts.by_url.iter().collect();
    let mut articles: Vec<Article> = sets
        .par_iter()
        .filter_map(|&(slug, pages)| {
            let (_, first) = pages.iter().next()?;
            let src_page = source.and_then(|s| pages.get(&s));
            let id = stem(&src_page.unwrap_or(first).page.key);
            if let Some(g) = &glob {
                if !g.is_match(&id) && !pages.values().any(|p| g.is_match(&p.page.key)) {
                    return None;
                }
            }
            Some(article(project, facts, slug, pages, source, &reported, id, opts.segments, cfg, &order, &toc_folders))
        })
        .collect();
    articles.sort_by(|a, b| (a.toc_order, &a.id).cmp(&(b.toc_order, &b.id)));
    for (i, a) in articles.iter_mut().enumerate() {
        a.toc_order = i;
    }
    let locales: Vec<String> = reported.iter().map(|&i| facts.locales[i].clone()).collect();
    let considered = |a: &Article| source.is_none() || a.newest_locale.as_deref() == Some(source_code.as_str());
    let mut summary = Vec::new();
    for (ci, locale) in locales.iter().enumerate() {
        let mut s = LocaleSummary {
            locale: locale.clone(),
            articles: 0,
            present: 0,
            missing: 0,
            orphan: 0,
            untracked: 0,
            current: 0,
            stale: 0,
            words_total: 0,
            words_present: 0,
            words_current: 0,
            words_stale: 0,
            coverage_files_pct: 0.0,
            coverage_words_pct: 0.0,
            fresh_files_pct: 0.0,
            stale_words_pct: 0.0,
            mean_lag_days: None,
            segment_findings: BTreeMap::new(),
            structural_findings: 0,
        };
        let mut lags = Vec::new();
        for a in &articles {
            let Some(c) = a.cells.get(ci) else { continue };
            for f in &c.segments {
                *s.segment_findings.entry(f.check.as_str().to_string()).or_insert(0) += 1;
            }
            s.structural_findings += c.structural.len();
            if c.status == Status::Orphan {
                s.orphan += 1;
            }
            if !considered(a) {
                continue;
            }
            s.articles += 1;
            s.words_total += a.words;
            if c.status != Status::Missing {
                s.present += 1;
                s.words_present += a.words;
            }
            match c.status {
                Status::Missing => s.missing += 1,
                Status::Untracked => s.untracked += 1,
                Status::Current => {
                    s.current += 1;
                    s.words_current += a.words;
                }
                Status::Stale => {
                    s.stale += 1;
                    s.words_stale += a.words;
                    lags.extend(c.lag_days);
                }
                Status::Orphan => {}
            }
        }
        s.coverage_files_pct = pct(s.present, s.articles);
        s.coverage_words_pct = pct(s.words_present, s.words_total);
        s.fresh_files_pct = pct(s.current, s.current + s.stale);
        s.stale_words_pct = if s.words_current + s.words_stale == 0 {
            0.0
        } else {
            pct(s.words_stale, s.words_current + s.words_stale)
        };
        if !lags.is_empty() {
            s.mean_lag_days = Some((lags.iter().sum::<i64>() as f64 / lags.len() as f64 * 10.0).round() / 10.0);
        }
        summary.push(s);
    }
    let mut folder_map: BTreeMap<(String, usize), FolderCounts> = BTreeMap::new();
    for a in articles.iter().filter(|a| considered(a)) {
        for (ci, c) in a.cells.iter().enumerate() {
            let e = folder_map.entry((a.folder.clone(), ci)).or_default();
            e.0 += 1;
            e.3 += a.words;
            if c.status != Status::Missing {
                e.1 += 1;
                e.4 += a.words;
            }
            if c.status == Status::Current {
                e.2 += 1;
            }
        }
    }
    let folders = folder_map
        .into_iter()
        .map(|((folder, ci), (n, present, current, w, wp))| FolderSummary {
            folder,
            locale: locales.get(ci).cloned().unwrap_or_default(),
            articles: n,
            present,
            current,
            coverage_files_pct: pct(present, n),
            coverage_words_pct: pct(wp, w),
        })
        .collect();
    Ok(Report {
        source_locale: source.map(|s| facts.locales[s].clone()),
        locales,
        segments_checked: opts.segments,
        articles,
        summary,
        folders,
    })
}

/// Per folder and locale: articles, present, current, words, words present.
type FolderCounts = (usize, usize, usize, usize, usize);

/// One article's row.
#[allow(clippy::too_many_arguments)]
fn article(
    project: &Project,
    facts: &Facts<'_>,
    slug: &str,
    pages: &BTreeMap<usize, FactsPage<'_>>,
    source: Option<usize>,
    reported: &[usize],
    id: String,
    with_segments: bool,
    cfg: &crate::config::ParityConfig,
    order: &HashMap<String, usize>,
    toc_folders: &BTreeSet<String>,
) -> Article {
    let code = |li: usize| facts.locales.get(li).cloned().unwrap_or_default();
    let src_page = source.and_then(|s| pages.get(&s));
    let translations: Vec<(usize, &FactsPage<'_>)> =
        pages.iter().filter(|(li, _)| Some(**li) != source).map(|(li, p)| (*li, p)).collect();
    let hash_of = |p: &FactsPage<'_>| {
        p.page.meta.openlocfilehash.as_deref().map(|h| h.trim().to_ascii_lowercase()).filter(|h| !h.is_empty())
    };
    let members: Vec<Member> = translations
        .iter()
        .filter_map(|(li, p)| Some(Member { locale: code(*li), hash: hash_of(p)?, handoff: p.page.meta.lasthandoff }))
        .collect();
    let source_hash = src_page.map(|p| {
        let file = project.content.root.join(&p.page.source.path);
        status::git_blob_id(&std::fs::read(file).unwrap_or_else(|_| p.page.source.text().as_bytes().to_vec()))
    });
    let source_code = source.map(code);
    let cohorts = status::cohorts(&members, source_code.as_deref().zip(source_hash.as_deref()));
    let newest = cohorts.last();
    let reference: Option<(usize, &FactsPage<'_>)> = match (source, src_page) {
        (Some(s), Some(p)) => Some((s, p)),
        _ => newest
            .and_then(|c| translations.iter().find(|(li, _)| c.locales.contains(&code(*li))).copied())
            .or_else(|| translations.first().copied()),
    };
    let shapes: HashMap<usize, Shape> = pages.iter().map(|(li, p)| (*li, Shape::of(p))).collect();
    let empty = Shape::default();
    let shape = |li: usize| shapes.get(&li).unwrap_or(&empty);
    let words = reference.map_or(0, |(_, p)| words::page_words(p.page));
    let title = reference
        .and_then(|(_, p)| p.page.meta.title.clone().or_else(|| p.rendered.title.clone()))
        .unwrap_or_else(|| id.clone());
    let orphan_article = match source {
        Some(_) => src_page.is_none(),
        None => translations.len() == 1,
    };
    let mut cells = Vec::new();
    for &li in reported {
        let locale = code(li);
        let Some(p) = pages.get(&li) else {
            cells.push(Cell {
                locale,
                status: Status::Missing,
                file: None,
                path: None,
                url: None,
                translation_type: None,
                hash: None,
                lasthandoff: None,
                cohort_rank: None,
                cohorts: cohorts.len(),
                lag_days: None,
                outdated_sections: Vec::new(),
                structural: Vec::new(),
                segments: Vec::new(),
            });
            continue;
        };
        let hash = hash_of(p);
        let cohort = hash.as_ref().and_then(|h| cohorts.iter().find(|c| &c.hash == h));
        let status = match (orphan_article, cohort) {
            (true, _) => Status::Orphan,
            (false, None) => Status::Untracked,
            (false, Some(c)) if Some(c.rank) == newest.map(|n| n.rank) => Status::Current,
            (false, Some(_)) => Status::Stale,
        };
        let outdated_sections = match (status, reference) {
            (Status::Stale, Some((_, rp))) if rp.page.kind != p.page.kind => vec![sections::SectionChange {
                id: String::new(),
                title: title.clone(),
                change: sections::SectionChangeKind::Changed,
                details: vec![format!(
                    "the newest version is a {} page, this translation a {} page",
                    rp.page.kind.as_str(),
                    p.page.kind.as_str()
                )],
                newest_line: None,
                line: None,
            }],
            (Status::Stale, Some((rli, _))) => sections::diff(shape(rli), shape(li)),
            _ => Vec::new(),
        };
        let mut structural = Vec::new();
        if let Some(c) = cohort {
            let peer = if c.is_source {
                src_page.map(|p| (source.unwrap_or(li), p))
            } else {
                translations.iter().find(|(pli, _)| c.locales.contains(&code(*pli))).copied()
            };
            if let Some((pli, rp)) = peer.filter(|(pli, _)| *pli != li) {
                if rp.page.kind == p.page.kind {
                    structural = structure::compare((rp.page, shape(pli)), (p.page, shape(li)), &cfg.invariant_keys);
                }
            }
        }
        let segments = if with_segments { segments::check(p.page, cfg) } else { Vec::new() };
        cells.push(Cell {
            locale,
            status,
            file: Some(p.page.key.clone()),
            path: Some(p.page.source.path.clone()),
            url: Some(p.url.clone()),
            translation_type: p.page.meta.translation_type.as_deref().map(|t| t.trim().to_ascii_uppercase()),
            hash,
            lasthandoff: p.page.meta.lasthandoff.map(|d| d.format("%Y-%m-%d").to_string()),
            cohort_rank: cohort.map(|c| c.rank),
            cohorts: cohorts.len(),
            lag_days: cohort.and_then(|c| c.lag_days),
            outdated_sections,
            structural,
            segments,
        });
    }
    Article {
        folder: folder_of(&id, toc_folders),
        toc_order: order.get(slug).copied().unwrap_or(usize::MAX),
        id,
        title,
        words,
        newest_locale: reference.map(|(li, _)| code(li)),
        cohorts,
        cells,
    }
}
