//! Front matter checks: Microsoft Learn metadata of every page of every locale.
//!
//! Part of the check stage. Reads the
//! [`Metadata`](crate::content::front_matter::Metadata) the load stage parsed (front
//! matter of articles, `metadata:` of YAML pages) and reports `missing-attribute`,
//! `date-format-invalid`, `date-out-of-range`, `locale-mismatch`, `locfileid-duplicate`,
//! `translation-type-invalid`, `title-length` and `description-length`. Problems the
//! load stage already reported (`duplicate-key`, `yaml-not-mapping`, `yaml-invalid`,
//! `front-matter-unclosed`) are not repeated: a page whose metadata block did not parse
//! as a mapping is skipped.

use super::CheckInput;
use crate::content::{Page, PageKind};
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::hash::{HashMap, HashMapExt};
use chrono::{Months, NaiveDate};
use rayon::prelude::*;

/// Runs the front matter checks on every page of `input.model`, appending findings to
/// `out` in page order (locale order, then translation key).
pub fn check(input: &CheckInput<'_>, out: &mut Vec<Diagnostic>) {
    let pages = &input.model.content.pages;
    let per_page: Vec<Vec<Diagnostic>> = pages.par_iter().map(|page| page_checks(input, page)).collect();
    let mut dups = locfileid_duplicates(pages).into_iter().peekable();
    for (i, mut diags) in per_page.into_iter().enumerate() {
        out.append(&mut diags);
        while let Some((_, d)) = dups.next_if(|(p, _)| *p == i) {
            out.push(d);
        }
    }
}

/// Findings of one page that need no other page.
fn page_checks(input: &CheckInput<'_>, page: &Page) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let meta = &page.meta;
    if !meta.is_mapping {
        return out;
    }
    let check = &input.model.config.check;
    let path = page.source.path.as_str();
    let anchor = block_start(page);
    let bcp47 = input.model.locales.get(&page.locale).map_or(page.locale.as_str(), |l| l.bcp47.as_str());
    let mut missing = Vec::new();
    for key in &check.required_attributes {
        if let Some(why) = missing_reason(page, key) {
            missing.push(key.as_str());
            let span = if meta.positions.contains_key(key.as_str()) {
                meta.key_span(path, key, anchor.line)
            } else {
                anchor.clone()
            };
            let example = example_line(page, key, bcp47, input.today);
            let hint = if page.kind == PageKind::Article && page.body == 0 {
                format!(
                    "start the file with a front matter block between `---` lines holding a line such as `{example}`"
                )
            } else {
                format!("add a line such as `{example}`")
            };
            out.push(
                Diagnostic::new(Rule::MissingAttribute, Some(span), format!("required front matter key `{key}` {why}"))
                    .with_hint(hint),
            );
        }
    }
    date_checks(input, page, &anchor, &mut out);
    if let Some(written) = meta.content_locale.as_deref().map(str::trim) {
        if !written.eq_ignore_ascii_case(&page.locale) {
            out.push(
                Diagnostic::new(
                    Rule::LocaleMismatch,
                    Some(meta.key_span(path, "ms.contentlocale", anchor.line)),
                    format!("`ms.contentlocale` is `{written}` but the file is in the `{}` folder", page.locale),
                )
                .with_hint(format!("write `ms.contentlocale: {bcp47}`")),
            );
        }
    }
    if let Some(written) = meta.translation_type.as_deref() {
        if written != "MT" && written != "HT" {
            let upper = written.trim().to_ascii_uppercase();
            let hint = if upper == "MT" || upper == "HT" {
                format!("write `ms.translationtype: {upper}` (upper case)")
            } else {
                "use `MT` for machine translation or `HT` for human translation".to_string()
            };
            out.push(
                Diagnostic::new(
                    Rule::TranslationTypeInvalid,
                    Some(meta.key_span(path, "ms.translationtype", anchor.line)),
                    format!("`ms.translationtype` is `{written}`, not `MT` or `HT`"),
                )
                .with_hint(hint),
            );
        }
    }
    let cjk = input.model.locales.get(&page.locale).is_some_and(|l| l.is_cjk());
    let script = if cjk { "CJK" } else { "alphabetic" };
    let bounds = [
        (
            "title",
            Rule::TitleLength,
            meta.title.as_deref(),
            if cjk { check.title_length_cjk } else { check.title_length },
        ),
        (
            "description",
            Rule::DescriptionLength,
            meta.description.as_deref(),
            if cjk { check.description_length_cjk } else { check.description_length },
        ),
    ];
    for (key, rule, value, [min, max]) in bounds {
        let Some(value) = value else { continue };
        if missing.contains(&key) {
            continue;
        }
        let n = value.trim().chars().count();
        let problem = if n < min {
            format!("{key} is {n} characters long, shorter than the minimum of {min} for {script} text")
        } else if n > max {
            format!("{key} is {n} characters long, longer than the maximum of {max} for {script} text")
        } else {
            continue;
        };
        out.push(Diagnostic::new(rule, Some(meta.key_span(path, key, anchor.line)), problem).with_hint(format!(
            "aim for {min} to {max} characters (`[check] {key}_length{}`)",
            if cjk { "_cjk" } else { "" }
        )));
    }
    out
}

/// Why a required key counts as missing (`None` when it is present and not blank).
fn missing_reason(page: &Page, key: &str) -> Option<&'static str> {
    let meta = &page.meta;
    match meta.all.get(key) {
        Some(v) if !v.trim().is_empty() => None,
        Some(_) => Some("is empty"),
        // A YAML page's `title` may be the top-level `title:` rather than `metadata.title`.
        None if key == "title" && meta.title.as_deref().is_some_and(|t| !t.trim().is_empty()) => None,
        None if meta.positions.contains_key(key) => Some("has no value"),
        None if page.kind == PageKind::Article => Some("is missing from the front matter"),
        None => Some("is missing from `metadata:`"),
    }
}

/// `date-format-invalid` and `date-out-of-range` for `ms.date`.
fn date_checks(input: &CheckInput<'_>, page: &Page, anchor: &Span, out: &mut Vec<Diagnostic>) {
    let meta = &page.meta;
    let Some(raw) = meta.date_raw.as_deref() else { return };
    let path = page.source.path.as_str();
    let span = meta.key_span(path, "ms.date", anchor.line);
    let today = input.today;
    let Some(date) = meta.date else {
        out.push(
            Diagnostic::new(
                Rule::DateFormatInvalid,
                Some(span),
                format!("`ms.date` is `{}`, not a valid MM/DD/YYYY date", raw.trim()),
            )
            .with_hint(format!("write it as `ms.date: {}`", today.format("%m/%d/%Y"))),
        );
        return;
    };
    let shown = date.format("%m/%d/%Y");
    if date > today {
        out.push(
            Diagnostic::new(
                Rule::DateOutOfRange,
                Some(span),
                format!("`ms.date` {shown} lies in the future (today is {})", today.format("%m/%d/%Y")),
            )
            .with_hint("set `ms.date` to the date the article was last reviewed"),
        );
        return;
    }
    let months = input.model.config.check.max_age_months;
    if months == 0 {
        return;
    }
    let oldest: Option<NaiveDate> = today.checked_sub_months(Months::new(months));
    if oldest.is_some_and(|o| date < o) {
        out.push(
            Diagnostic::new(
                Rule::DateOutOfRange,
                Some(span),
                format!("`ms.date` {shown} is more than {months} months before today ({})", today.format("%m/%d/%Y")),
            )
            .with_hint("review the article and update `ms.date`, or raise `[check] max_age_months`"),
        );
    }
}

/// `locfileid-duplicate` findings, as `(page index, diagnostic)`: each file after the
/// first of its locale with the same `ms.locfileid` (pages are sorted by locale, key).
fn locfileid_duplicates(pages: &[Page]) -> Vec<(usize, Diagnostic)> {
    let mut first: HashMap<(&str, &str), usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        if !page.meta.is_mapping {
            continue;
        }
        let Some(id) = page.meta.locfileid.as_deref().map(str::trim).filter(|id| !id.is_empty()) else { continue };
        match first.get(&(page.locale.as_str(), id)) {
            Some(&f) => {
                let other = &pages[f];
                let line = block_start(page).line;
                out.push((
                    i,
                    Diagnostic::new(
                        Rule::LocfileidDuplicate,
                        Some(page.meta.key_span(&page.source.path, "ms.locfileid", line)),
                        format!("`ms.locfileid` {id} is also used by {}", other.source.path),
                    )
                    .with_hint(format!("give this file its own id; {} keeps {id}", other.key)),
                ));
            }
            None => {
                first.insert((page.locale.as_str(), id), i);
            }
        }
    }
    out
}

/// Where the metadata block starts: the opening `---` of an article's front matter
/// (line 1), or the `metadata:` line of a YAML page.
fn block_start(page: &Page) -> Span {
    let path = page.source.path.clone();
    if page.kind != PageKind::Article {
        // Only a YAML page needs its text (read again when released).
        let text = page.source.text();
        let at = if text.starts_with("metadata:") { Some(0) } else { text.find("\nmetadata:").map(|i| i + 1) };
        if let Some(at) = at {
            return page.source.index.span(&page.source.path, &text, at, at + "metadata".len());
        }
        return Span::file(path);
    }
    let len = if page.body > 0 { 3 } else { 0 };
    Span { path, line: 1, column: 1, len }
}

/// An example line for a missing key (`bcp47`: the locale's tag), indented for a YAML
/// page's `metadata:`.
fn example_line(page: &Page, key: &str, bcp47: &str, today: NaiveDate) -> String {
    let value = match key {
        "title" => "<page title>".to_string(),
        "description" => "<one-sentence summary of the page>".to_string(),
        "ms.date" => today.format("%m/%d/%Y").to_string(),
        "ms.topic" => match page.kind {
            PageKind::Article => "article",
            PageKind::Landing => "landing-page",
            PageKind::Hub => "hub-page",
            PageKind::Faq => "faq",
        }
        .to_string(),
        "author" => "<GitHub user name>".to_string(),
        "ms.author" => "<Microsoft alias>".to_string(),
        "ms.contentlocale" => bcp47.to_string(),
        "ms.translationtype" => "HT".to_string(),
        _ => "<value>".to_string(),
    };
    let indent = if page.kind == PageKind::Article { "" } else { "  " };
    format!("{indent}{key}: {value}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::test_support::{at, date, found, tree, with_input};
    use crate::config::Config;
    use std::path::Path;

    /// Loads, models and renders `root`, then runs this module's check with `config`.
    fn run_with(root: &Path, config: &Config) -> Vec<Diagnostic> {
        with_input(root, config, date(2021, 9, 1), |input, _| {
            let mut out = Vec::new();
            check(input, &mut out);
            out
        })
    }

    fn run(root: &Path) -> Vec<Diagnostic> {
        run_with(root, &Config::default())
    }

    const GOOD: &str = r"---
title: Submit a co-sell claim
description: How partners submit a co-sell claim in Partner Center.
ms.date: 05/20/2021
ms.topic: article
author: someone
ms.author: alias
ms.contentlocale: pl-PL
ms.locfileid: 111
ms.translationtype: MT
---
# Hi
";

    #[test]
    fn clean_page_is_quiet() {
        let dir = tree(&[("pl-pl/docset/a.md", GOOD)]);
        let d = run(dir.path());
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn missing_attribute_names_the_key_and_points_at_the_front_matter() {
        let text = GOOD.replace("ms.topic: article\n", "").replace("author: someone\n", "author:\n");
        let dir = tree(&[("pl-pl/docset/a.md", &text), ("pl-pl/docset/b.md", "# No front matter at all\n")]);
        let d = run(dir.path());
        let a: Vec<_> = d
            .iter()
            .filter(|d| d.rule == Rule::MissingAttribute && d.span.as_ref().unwrap().path.ends_with("a.md"))
            .collect();
        assert_eq!(a.len(), 2, "{d:?}");
        let topic = a.iter().find(|d| d.message.contains("`ms.topic`")).expect("ms.topic reported");
        assert_eq!((topic.span.as_ref().unwrap().line, topic.span.as_ref().unwrap().len), (1, 3));
        assert_eq!(topic.hint.as_deref(), Some("add a line such as `ms.topic: article`"));
        let author = a.iter().find(|d| d.message.contains("`author`")).expect("empty author reported");
        assert_eq!(author.span.as_ref().unwrap().line, 5);
        // A file without front matter misses all six default keys.
        let b: Vec<_> = d.iter().filter(|d| d.span.as_ref().unwrap().path.ends_with("b.md")).collect();
        assert_eq!(b.len(), 6, "{b:?}");
        assert!(b.iter().all(|d| d.rule == Rule::MissingAttribute));
        assert_eq!(
            b[2].hint.as_deref(),
            Some("start the file with a front matter block between `---` lines holding a line such as `ms.date: 09/01/2021`")
        );
    }

    #[test]
    fn yaml_page_metadata_is_checked_too() {
        let faq = r"### YamlMime:FAQ
metadata:
  title: Questions about claims
  description: Frequently asked questions about co-sell claims.
  ms.date: 5/2/2021
  ms.topic: faq
  ms.author: alias
  ms.contentlocale: sv-SE
title: Questions
summary: x
sections:
  - name: A
    questions:
      - question: Q?
        answer: A.
";
        let dir = tree(&[("pl-pl/docset/faq.yml", faq)]);
        let d = run(dir.path());
        assert_eq!(found(&d, Rule::MissingAttribute), [at("pl-pl/docset/faq.yml", 2)], "{d:?}");
        let hint = d.iter().find(|d| d.rule == Rule::MissingAttribute).and_then(|d| d.hint.clone()).unwrap();
        assert_eq!(hint, "add a line such as `  author: <GitHub user name>`");
        assert_eq!(found(&d, Rule::LocaleMismatch), [at("pl-pl/docset/faq.yml", 8)]);
        // `5/2/2021` lacks zero padding but is a valid date.
        assert!(found(&d, Rule::DateFormatInvalid).is_empty());
    }

    #[test]
    fn dates_invalid_future_and_too_old() {
        let dir = tree(&[
            ("pl-pl/docset/a.md", &GOOD.replace("05/20/2021", "2021-05-20")),
            ("pl-pl/docset/b.md", &GOOD.replace("05/20/2021", "02/30/2021").replace("111", "112")),
            ("pl-pl/docset/c.md", &GOOD.replace("05/20/2021", "10/7/2021").replace("111", "113")),
            ("pl-pl/docset/d.md", &GOOD.replace("05/20/2021", "01/15/2020").replace("111", "114")),
            ("pl-pl/docset/e.md", &GOOD.replace("05/20/2021", "09/01/2021").replace("111", "115")),
        ]);
        let d = run(dir.path());
        let invalid = found(&d, Rule::DateFormatInvalid);
        assert_eq!(invalid, [at("pl-pl/docset/a.md", 4), at("pl-pl/docset/b.md", 4)]);
        assert_eq!(found(&d, Rule::DateOutOfRange), [at("pl-pl/docset/c.md", 4)]);
        let future = d.iter().find(|d| d.rule == Rule::DateOutOfRange).unwrap();
        assert!(future.message.contains("10/07/2021"), "{}", future.message);
        let mut config = Config::default();
        config.check.max_age_months = 12;
        let d = run_with(dir.path(), &config);
        let mut old = found(&d, Rule::DateOutOfRange);
        old.sort();
        assert_eq!(old, [at("pl-pl/docset/c.md", 4), at("pl-pl/docset/d.md", 4)]);
    }

    #[test]
    fn locale_mismatch_is_case_insensitive() {
        let dir = tree(&[
            ("pl-pl/docset/a.md", &GOOD.replace("pl-PL", "pl-pl")),
            ("pl-pl/docset/b.md", &GOOD.replace("pl-PL", "sv-SE").replace("111", "112")),
        ]);
        let d = run(dir.path());
        assert_eq!(found(&d, Rule::LocaleMismatch), [at("pl-pl/docset/b.md", 8)]);
        assert_eq!(d[0].hint.as_deref(), Some("write `ms.contentlocale: pl-PL`"));
    }

    #[test]
    fn locfileid_duplicates_within_a_locale_only() {
        let dir = tree(&[
            ("pl-pl/docset/a.md", GOOD),
            ("pl-pl/docset/b.md", GOOD),
            ("pl-pl/docset/c.md", GOOD),
            ("pl-pl/docset/d.md", &GOOD.replace("111", "222")),
            ("sv-se/docset/a.md", &GOOD.replace("pl-PL", "sv-SE")),
        ]);
        let d = run(dir.path());
        let dups: Vec<_> = d.iter().filter(|d| d.rule == Rule::LocfileidDuplicate).collect();
        assert_eq!(dups.len(), 2, "{d:?}");
        assert_eq!(dups[0].span.as_ref().unwrap().path, "pl-pl/docset/b.md");
        assert_eq!(dups[1].span.as_ref().unwrap().path, "pl-pl/docset/c.md");
        assert_eq!(dups[1].span.as_ref().unwrap().line, 9);
        assert!(dups[1].message.contains("pl-pl/docset/a.md"), "{}", dups[1].message);
    }

    #[test]
    fn translation_type_must_be_upper_case_mt_or_ht() {
        let dir = tree(&[
            ("pl-pl/docset/a.md", &GOOD.replace("MT", "HT")),
            ("pl-pl/docset/b.md", &GOOD.replace("MT", "mt").replace("111", "112")),
            ("pl-pl/docset/c.md", &GOOD.replace("MT", "human").replace("111", "113")),
        ]);
        let d = run(dir.path());
        let tt: Vec<_> = d.iter().filter(|d| d.rule == Rule::TranslationTypeInvalid).collect();
        assert_eq!(tt.len(), 2, "{d:?}");
        assert_eq!(tt[0].hint.as_deref(), Some("write `ms.translationtype: MT` (upper case)"));
        assert_eq!(tt[1].span.as_ref().unwrap().path, "pl-pl/docset/c.md");
        assert_eq!(tt[1].span.as_ref().unwrap().line, 10);
    }

    #[test]
    fn length_bounds_depend_on_the_script() {
        // 6 chars: too short for Polish (min 10), fine for Chinese (min 4).
        let short = GOOD
            .replace("Submit a co-sell claim", "提交共同销售")
            .replace("How partners submit a co-sell claim in Partner Center.", "合作伙伴如何提交共同销售声明");
        let long = GOOD.replace("How partners submit a co-sell claim in Partner Center.", &"x".repeat(301));
        let dir = tree(&[
            ("pl-pl/docset/a.md", &short),
            ("pl-pl/docset/b.md", &long.replace("111", "112")),
            ("zh-cn/docset/a.md", &short.replace("pl-PL", "zh-CN")),
        ]);
        let d = run(dir.path());
        assert_eq!(found(&d, Rule::TitleLength), [at("pl-pl/docset/a.md", 2)], "{d:?}");
        assert_eq!(found(&d, Rule::DescriptionLength), [at("pl-pl/docset/a.md", 3), at("pl-pl/docset/b.md", 3)]);
        let long_d = d.iter().filter(|d| d.rule == Rule::DescriptionLength).nth(1).unwrap();
        assert!(long_d.message.contains("301 characters"), "{}", long_d.message);
        assert!(found(&d, Rule::TitleLength).iter().all(|(p, _)| !p.starts_with("zh-cn")));
    }

    #[test]
    fn load_time_problems_are_not_repeated() {
        let dir = tree(&[
            ("pl-pl/docset/a.md", "---\n- a\n- b\n---\n# List front matter\n"),
            ("pl-pl/docset/b.md", "---\ntitle: [oops\n---\n# Broken YAML\n"),
            ("pl-pl/docset/c.md", &GOOD.replace("ms.topic: article\n", "ms.topic: article\nms.topic: article\n")),
        ]);
        let d = run(dir.path());
        assert!(d.is_empty(), "{d:?}");
    }

    const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

    #[test]
    fn real_corpus_findings() {
        let root = Path::new(CORPUS);
        assert!(root.is_dir(), "the Partner Center corpus is expected at {CORPUS}");
        let d = run(root);
        let per_locale =
            |rule: Rule, locale: &str| found(&d, rule).iter().filter(|(p, _)| p.starts_with(locale)).count();
        // The 9 `ms.date` values without zero padding (`3/2/2021`, `6/17/2021`, `10/7/2021`)
        // are valid dates; every date of the corpus is.
        assert!(found(&d, Rule::DateFormatInvalid).is_empty(), "{:?}", found(&d, Rule::DateFormatInvalid));
        // pl-pl and sv-se were exported later: 109 files each carry dates after 2021-09-01,
        // among them `ms.date: 10/7/2021`.
        let future = found(&d, Rule::DateOutOfRange);
        for hit in [
            at("sv-se/partner-center/solution-assessments.md", 4),
            at("pl-pl/partner-center/solution-assessments.md", 4),
            at("pl-pl/partner-center/announcements/2021-october.md", 13),
        ] {
            assert!(future.contains(&hit), "{hit:?} not in {future:?}");
        }
        assert_eq!([per_locale(Rule::DateOutOfRange, "pl-pl"), per_locale(Rule::DateOutOfRange, "sv-se")], [109, 109]);
        assert_eq!(per_locale(Rule::DateOutOfRange, "zh-") + per_locale(Rule::DateOutOfRange, "ru-ru"), 0);
        // The Polish and Swedish hub pages lack `ms.topic` and `author` under `metadata:` (line 4).
        let missing: Vec<_> = d.iter().filter(|x| x.rule == Rule::MissingAttribute).collect();
        assert_eq!(missing.len(), 4, "{missing:?}");
        for m in &missing {
            let span = m.span.as_ref().unwrap();
            assert!(span.path.ends_with("/partner-center/index.yml") && span.line == 4, "{m:?}");
        }
        assert_eq!(missing[0].hint.as_deref(), Some("add a line such as `  ms.topic: hub-page`"));
        // One Russian FAQ title is 124 characters long.
        assert_eq!(found(&d, Rule::TitleLength), [at("ru-ru/partner-center/mpa-indirect-provider-faq.yml", 3)]);
        for rule in
            [Rule::DescriptionLength, Rule::LocaleMismatch, Rule::LocfileidDuplicate, Rule::TranslationTypeInvalid]
        {
            assert!(found(&d, rule).is_empty(), "{rule}: {:?}", found(&d, rule));
        }
    }
}
