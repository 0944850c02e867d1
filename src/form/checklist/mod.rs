//! The claim-checklist check: does each translation of a form's article still list
//! what the form asks for?
//!
//! Part of the checks stage; pure functions the pipeline calls with the article's
//! copies (one per locale). A form's article introduces its fields with a checklist,
//! a bulleted list whose items write the field names in **bold** ("You'll need the
//! following information to complete a claim: …"). Machine translation drops,
//! merges or moves those bold names. For each copy the check
//!
//! 1. **finds the checklist** among the top-level blocks before the heading
//!    `insert_before`: the list right after the paragraph that reads the locale's
//!    `<form>-checklist-lead` message (compared without case, width, spaces or the
//!    final colon); failing that, the list there with the most items holding bold
//!    text (the last one on a tie). No such list: `claim-checklist-not-found`.
//! 2. **counts its items** against the schema's: `claim-checklist-count`.
//! 3. **finds each term** (`<form>-term-<id>`, the field name in that locale's
//!    article) in the items, folded for case, full-width forms and white space. The
//!    schema items are first aligned to the list items (a monotone alignment that
//!    maximizes the terms found, preferring an item's own position), so a generic
//!    term such as "Name" is looked for in its own item first. A term found in no
//!    item: `claim-checklist-missing-term`.
//! 4. **checks the bold**: a term the schema marks bold and the copy writes wholly
//!    or partly in plain text is `claim-checklist-unbolded` — unless the copies that
//!    translate the same source version (same `ms.openlocfilehash`) all write that
//!    checklist item with no bold at all, which says the source version itself
//!    dropped the bold (the schema then needs updating, not the translation). A copy
//!    with no same-version peer is judged against the schema alone.
//!
//! Terms are checked only for a locale whose own Fluent files give them:
//! `<form>-terms-locale` formatted for the copy's locale must name that locale (a
//! locale that falls back to another's strings would be checked against another
//! language's words). Other copies get the not-found and count checks only.

mod scan;

use super::schema::FormSchema;
use crate::content::SourceText;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::i18n::I18n;
use scan::{Block, Item, Markup, Occurrence};
use serde::Serialize;
use std::collections::BTreeMap;

/// One locale's copy of the article a form documents.
#[derive(Debug, Clone, Copy)]
pub struct ArticleCopy<'a> {
    /// Lower-case locale code of the copy (`zh-tw`).
    pub locale: &'a str,
    /// The file (path relative to the content root, text, line table).
    pub source: &'a SourceText,
    /// Byte offset where the Markdown body starts (after the front matter).
    pub body: usize,
    /// `ms.openlocfilehash`: copies with the same hash translate the same source
    /// version.
    pub openlocfilehash: Option<&'a str>,
}

/// How a copy's checklist was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FoundBy {
    /// The list right after the locale's lead sentence.
    Lead,
    /// The list before the form's heading with the most bold items.
    MostBold,
}

/// A term of one copy that the check reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermFinding {
    /// Term id (`technical-contact`).
    pub term: String,
    /// The field it names (`technical_contact_name`).
    pub field: String,
    /// The schema's checklist item (1-based).
    pub item: u32,
    /// The locale's wording (`技術連絡人`).
    pub text: String,
    /// Where: the term in plain text, or the item that should name it.
    pub span: Span,
}

/// What the check found in one copy, for `docloc check` to list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    /// The copy's locale.
    pub locale: String,
    /// The copy's path (relative to the content root).
    pub path: String,
    /// How the checklist was found; `None` when it was not.
    pub found_by: Option<FoundBy>,
    /// 1-based line where the checklist starts.
    pub line: Option<u32>,
    /// Items in the copy's checklist (0 when not found).
    pub items: usize,
    /// Items in the schema.
    pub expected: usize,
    /// Whether the locale has its own terms (see the module docs).
    pub terms_checked: bool,
    /// Terms found in no item.
    pub missing: Vec<TermFinding>,
    /// Terms reported as not bold.
    pub unbolded: Vec<TermFinding>,
}

impl std::fmt::Display for LocaleSummary {
    /// One line for `docloc check` to list, e.g.
    /// `ru-ru  12/12 items  missing: technical-contact (43:1)  unbolded: —`, or
    /// `de-de  11/12 items  (no terms for this locale)`, or `xx-xx  no checklist`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.found_by.is_none() {
            return write!(f, "{}  no checklist", self.locale);
        }
        write!(f, "{}  {}/{} items", self.locale, self.items, self.expected)?;
        if !self.terms_checked {
            return f.write_str("  (no terms for this locale)");
        }
        let list = |findings: &[TermFinding]| {
            if findings.is_empty() {
                "—".to_string()
            } else {
                findings
                    .iter()
                    .map(|t| format!("{} ({}:{})", t.term, t.span.line, t.span.column))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        write!(f, "  missing: {}  unbolded: {}", list(&self.missing), list(&self.unbolded))
    }
}

/// Diagnostics and per-copy summaries of one run.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Every finding, sorted (path, line, column, rule).
    pub diagnostics: Vec<Diagnostic>,
    /// One summary per copy, in the order given.
    pub summaries: Vec<LocaleSummary>,
}

/// The check's findings for `copies` of `schema`'s article (see the module docs).
pub fn check(schema: &FormSchema, copies: &[ArticleCopy<'_>], i18n: &I18n) -> Vec<Diagnostic> {
    analyze(schema, copies, i18n).diagnostics
}

/// One [`LocaleSummary`] per copy: item count, missing and unbolded terms.
pub fn summarize(schema: &FormSchema, copies: &[ArticleCopy<'_>], i18n: &I18n) -> Vec<LocaleSummary> {
    analyze(schema, copies, i18n).summaries
}

/// A term's state in one copy.
#[derive(Debug, Clone)]
struct TermState {
    /// Best markup found; `None` when the term is in no item.
    markup: Option<Markup>,
    /// Byte range of the best occurrence, or of the item that should hold it.
    range: (usize, usize),
}

/// Everything learnt about one copy before comparing copies.
struct Reading<'a> {
    copy: &'a ArticleCopy<'a>,
    /// The terms in the copy's language, by term id (empty when not checked).
    terms: BTreeMap<String, String>,
    /// The locale's lead sentence, when its terms are checked.
    lead: Option<String>,
    found: Option<(FoundBy, usize, Vec<Item>)>,
    anchor_found: bool,
    /// For each schema item: the list item it aligns to.
    aligned: Vec<Option<usize>>,
    /// For each schema item, per term: its state.
    states: Vec<Vec<TermState>>,
}

impl Reading<'_> {
    /// The list item that holds (or should hold) schema item `i`.
    fn item_for(&self, i: usize) -> Option<&Item> {
        let (_, _, items) = self.found.as_ref()?;
        self.aligned.get(i).copied().flatten().or((i < items.len()).then_some(i)).and_then(|j| items.get(j))
    }
}

/// Runs the check once, returning diagnostics and summaries together.
pub fn analyze(schema: &FormSchema, copies: &[ArticleCopy<'_>], i18n: &I18n) -> Analysis {
    let readings: Vec<Reading<'_>> = copies.iter().map(|c| read(schema, c, i18n)).collect();
    let mut analysis = Analysis::default();
    for (k, r) in readings.iter().enumerate() {
        let mut summary = LocaleSummary {
            locale: r.copy.locale.to_string(),
            path: r.copy.source.path.clone(),
            found_by: None,
            line: None,
            items: 0,
            expected: schema.checklist.len(),
            terms_checked: !r.terms.is_empty(),
            missing: Vec::new(),
            unbolded: Vec::new(),
        };
        let Some((by, start, items)) = &r.found else {
            analysis.diagnostics.push(not_found(schema, r));
            analysis.summaries.push(summary);
            continue;
        };
        let source = r.copy.source;
        summary.found_by = Some(*by);
        summary.line = Some(source.index.position(&source.text(), *start).0);
        summary.items = items.len();
        if items.len() != schema.checklist.len() {
            analysis.diagnostics.push(count_mismatch(schema, r, *start, items));
        }
        for (i, item) in schema.checklist.iter().enumerate() {
            for (t, term) in item.terms.iter().enumerate() {
                let (Some(text), Some(state)) = (r.terms.get(&term.id), r.states.get(i).and_then(|s| s.get(t))) else {
                    continue;
                };
                let finding = |span: Span| TermFinding {
                    term: term.id.clone(),
                    field: term.field.clone(),
                    item: item.number,
                    text: text.clone(),
                    span,
                };
                match &state.markup {
                    None => {
                        let span = line_span(source, state.range.0);
                        analysis.diagnostics.push(
                            Diagnostic::new(
                                Rule::ClaimChecklistMissingTerm,
                                Some(span.clone()),
                                format!(
                                    "checklist item {} should name `{text}` (term `{}` of form `{}`, field `{}`), but no item of the checklist does",
                                    item.number, term.id, schema.name, term.field
                                ),
                            )
                            .with_hint(format!(
                                "The source names this field in bold in item {}; translate it as `**{text}**`, or update `{}-term-{}` in the locale's forms.ftl if the article rightly uses other words.",
                                item.number, schema.name, term.id
                            )),
                        );
                        summary.missing.push(finding(span));
                    }
                    Some(Markup::Bold) => {}
                    Some(markup) if term.bold => {
                        let peers: Vec<&Reading<'_>> = readings
                            .iter()
                            .enumerate()
                            .filter(|(j, p)| {
                                *j != k
                                    && r.copy.openlocfilehash.is_some()
                                    && p.copy.openlocfilehash == r.copy.openlocfilehash
                            })
                            .map(|(_, p)| p)
                            .collect();
                        let version_bolds = r.item_for(i).is_some_and(Item::has_bold)
                            || peers.iter().any(|p| p.item_for(i).is_some_and(Item::has_bold));
                        if !peers.is_empty() && !version_bolds {
                            continue;
                        }
                        let span = source.span(state.range.0, state.range.1);
                        analysis.diagnostics.push(unbolded(schema, &peers, i, t, text, markup, span.clone()));
                        summary.unbolded.push(finding(span));
                    }
                    Some(_) => {}
                }
            }
        }
        analysis.summaries.push(summary);
    }
    crate::diagnostic::sort_and_dedup(&mut analysis.diagnostics);
    analysis
}

/// A point span at `offset` (at most the text's length), as long as the rest of its line.
fn line_span(source: &SourceText, offset: usize) -> Span {
    let text = source.text();
    let offset = offset.min(text.len());
    let end = text.get(offset..).and_then(|rest| rest.find(['\n', '\r'])).map_or(text.len(), |e| offset + e);
    source.index.span(&source.path, &text, offset, end)
}

fn not_found(schema: &FormSchema, r: &Reading<'_>) -> Diagnostic {
    let source = r.copy.source;
    let where_ = if r.anchor_found {
        format!("before its `{}` heading", schema.insert_before)
    } else {
        format!("(and it has no `{}` heading)", schema.insert_before)
    };
    let lead = r.lead.as_ref().map_or(String::new(), |l| format!("the sentence `{l}` followed by "));
    Diagnostic::new(
        Rule::ClaimChecklistNotFound,
        Some(line_span(source, r.copy.body)),
        format!("this copy of the article that documents form `{}` has no checklist {where_}", schema.name),
    )
    .with_hint(format!(
        "Expected {lead}a bulleted list of {} items with the field names in bold, as in the source article.",
        schema.checklist.len()
    ))
}

fn count_mismatch(schema: &FormSchema, r: &Reading<'_>, start: usize, items: &[Item]) -> Diagnostic {
    let mut notes = Vec::new();
    if !r.terms.is_empty() {
        let mut by_item: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
        for (i, a) in r.aligned.iter().enumerate() {
            match a {
                Some(j) => by_item.entry(*j).or_default().push(i as u32 + 1),
                None => notes.push(format!("no item names the terms of item {}", i + 1)),
            }
        }
        for (j, numbers) in by_item {
            if numbers.len() > 1 {
                let list = numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
                notes.push(format!("item {} holds the terms of items {list}", j + 1));
            }
        }
    }
    let hint = if notes.is_empty() {
        "Keep one bulleted item per item of the source checklist.".to_string()
    } else {
        format!("Keep one bulleted item per item of the source checklist: {}.", notes.join("; "))
    };
    Diagnostic::new(
        Rule::ClaimChecklistCount,
        Some(line_span(r.copy.source, start)),
        format!(
            "the checklist has {} items; form `{}` ({}) lists {}",
            items.len(),
            schema.name,
            schema.source,
            schema.checklist.len()
        ),
    )
    .with_hint(hint)
}

fn unbolded(
    schema: &FormSchema,
    peers: &[&Reading<'_>],
    i: usize,
    t: usize,
    text: &str,
    markup: &Markup,
    span: Span,
) -> Diagnostic {
    let number = i + 1;
    let term = schema.checklist.get(i).and_then(|item| item.terms.get(t));
    let term_id = term.map_or("", |t| t.id.as_str());
    let how = match markup {
        Markup::Partial(part) => format!("only `{part}` of it is bold"),
        _ => "it is not bold".to_string(),
    };
    let bolding: Vec<&str> = peers
        .iter()
        .filter(|p| p.states.get(i).and_then(|s| s.get(t)).is_some_and(|s| s.markup == Some(Markup::Bold)))
        .map(|p| p.copy.locale)
        .collect();
    let evidence = match (peers.is_empty(), bolding.is_empty()) {
        (true, _) => "The source checklist bolds it".to_string(),
        (false, false) => format!(
            "The source checklist bolds it, and so does the same-version translation in {}",
            bolding.join(", ")
        ),
        (false, true) => {
            "The source checklist bolds it, and the copies of this source version write other words of this item in bold: the bold has moved"
                .to_string()
        }
    };
    Diagnostic::new(
        Rule::ClaimChecklistUnbolded,
        Some(span),
        format!("checklist item {number} names `{text}` (term `{term_id}` of form `{}`), but {how}", schema.name),
    )
    .with_hint(format!("{evidence}: write `**{text}**`."))
}

/// Reads one copy: its terms, its checklist, the alignment and each term's state.
fn read<'a>(schema: &FormSchema, copy: &'a ArticleCopy<'a>, i18n: &I18n) -> Reading<'a> {
    let chain = [copy.locale];
    let own = i18n.format(&chain, &schema.message_id("terms-locale"), &[]);
    let mut terms = BTreeMap::new();
    if own.trim().eq_ignore_ascii_case(copy.locale.trim()) {
        for item in &schema.checklist {
            for term in &item.terms {
                terms.insert(
                    term.id.clone(),
                    i18n.format(&chain, &schema.message_id(&format!("term-{}", term.id)), &[]),
                );
            }
        }
    }
    let lead = (!terms.is_empty()).then(|| i18n.format(&chain, &schema.message_id("checklist-lead"), &[]));
    let scanned = scan::scan(&copy.source.text(), copy.body, &schema.insert_before);
    let found = choose_list(&scanned.blocks, lead.as_deref());
    let mut reading = Reading {
        copy,
        terms,
        lead,
        found,
        anchor_found: scanned.anchor_found,
        aligned: Vec::new(),
        states: Vec::new(),
    };
    let Some((_, start, items)) = &reading.found else { return reading };
    if reading.terms.is_empty() {
        return reading;
    }
    // occ[i][t][j]: occurrences of term t of schema item i in list item j.
    let occ: Vec<Vec<Vec<Vec<Occurrence>>>> = schema
        .checklist
        .iter()
        .map(|item| {
            item.terms
                .iter()
                .map(|term| {
                    let folded = scan::normalize(reading.terms.get(&term.id).map_or("", String::as_str));
                    items.iter().map(|it| scan::occurrences(it, &folded)).collect()
                })
                .collect()
        })
        .collect();
    let found_counts: Vec<Vec<u32>> = occ
        .iter()
        .map(|terms| {
            (0..items.len())
                .map(|j| terms.iter().filter(|t| t.get(j).is_some_and(|o| !o.is_empty())).count() as u32)
                .collect()
        })
        .collect();
    let aligned = align(&found_counts, items.len());
    let states = occ
        .iter()
        .enumerate()
        .map(|(i, terms)| {
            let home = aligned.get(i).copied().flatten();
            let fallback_start =
                home.or((i < items.len()).then_some(i)).and_then(|j| items.get(j)).map_or(*start, |it| it.start);
            terms
                .iter()
                .map(|per_item| {
                    let own = home.and_then(|j| per_item.get(j)).filter(|o| !o.is_empty());
                    let best = match own {
                        Some(list) => best_occurrence(list.iter()),
                        None => best_occurrence(per_item.iter().flatten()),
                    };
                    match best {
                        Some(o) => TermState { markup: Some(o.markup.clone()), range: o.range },
                        None => TermState { markup: None, range: (fallback_start, fallback_start) },
                    }
                })
                .collect()
        })
        .collect();
    reading.aligned = aligned;
    reading.states = states;
    reading
}

/// The most bold occurrence (the first of equals).
fn best_occurrence<'o>(list: impl Iterator<Item = &'o Occurrence>) -> Option<&'o Occurrence> {
    list.fold(None, |best: Option<&Occurrence>, o| match best {
        Some(b) if b.markup >= o.markup => Some(b),
        _ => Some(o),
    })
}

/// The checklist among `blocks`: the list right after the lead paragraph, else the
/// list with the most items holding bold text (the last on a tie; at least one).
fn choose_list(blocks: &[Block], lead: Option<&str>) -> Option<(FoundBy, usize, Vec<Item>)> {
    if let Some(lead) = lead.map(scan::normalize_lead).filter(|l| !l.is_empty()) {
        for pair in blocks.windows(2) {
            if let [Block::Paragraph(p), Block::List { start, items }] = pair {
                if scan::normalize_lead(p) == lead {
                    return Some((FoundBy::Lead, *start, items.clone()));
                }
            }
        }
    }
    let mut best: Option<(usize, usize, &Vec<Item>)> = None;
    for block in blocks {
        if let Block::List { start, items } = block {
            let bold = items.iter().filter(|i| i.has_bold()).count();
            if bold > 0 && best.is_none_or(|(b, _, _)| bold >= b) {
                best = Some((bold, *start, items));
            }
        }
    }
    best.map(|(_, start, items)| (FoundBy::MostBold, start, items.clone()))
}

/// Aligns schema items to list items: `found[i][j]` is how many terms of schema item
/// `i` list item `j` holds. Returns, per schema item, its list item: assignments
/// never go backwards (two schema items may share one list item, as when two
/// bullets were merged), each scores 4 per term found plus 1 on its own position,
/// and the total is maximal. Items with no term anywhere stay unassigned.
fn align(found: &[Vec<u32>], n: usize) -> Vec<Option<usize>> {
    let m = found.len();
    let score = |i: usize, j: usize| -> Option<u32> {
        let f = found.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0);
        (f > 0).then(|| f * 4 + u32::from(i == j))
    };
    // next[j]: best total for the schema items after the current one, with list
    // indices ≥ j; choice[i][j]: where item i goes given indices ≥ j (None: skipped).
    let mut next = vec![0u32; n + 1];
    let mut choice = vec![vec![None; n + 1]; m];
    for (i, choices) in choice.iter_mut().enumerate().rev() {
        let mut row = vec![0u32; n + 1];
        for j in (0..=n).rev() {
            let mut value = next.get(j).copied().unwrap_or(0);
            let mut pick = None;
            for (k, after) in next.iter().enumerate().take(n).skip(j) {
                if let Some(s) = score(i, k) {
                    let v = s + after;
                    if v > value || (v == value && pick.is_none()) {
                        value = v;
                        pick = Some(k);
                    }
                }
            }
            if let (Some(cell), Some(c)) = (row.get_mut(j), choices.get_mut(j)) {
                *cell = value;
                *c = pick;
            }
        }
        next = row;
    }
    let mut out = Vec::with_capacity(m);
    let mut j = 0;
    for row in choice.iter().take(m) {
        let pick = row.get(j).copied().flatten();
        if let Some(k) = pick {
            j = k;
        }
        out.push(pick);
    }
    out
}

#[cfg(test)]
mod tests;
