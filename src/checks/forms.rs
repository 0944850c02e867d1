//! Forms: every `:::form name="…":::` names a form of the theme, and every translation of
//! an article a form documents keeps the form's checklist (`claim-checklist-*`, see
//! [`crate::form::checklist`]).
//!
//! Part of the check stage. The checklist check compares each locale's copy of the
//! article with the form's schema and with the copies of the same source version
//! (`ms.openlocfilehash`); it reads the Markdown source, not HTML.

use super::CheckInput;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::form::checklist::{self, ArticleCopy};

/// Adds `form-not-found` for placements naming no schema, and for every schema whose
/// article is in the content the checklist findings of each locale's copy and one
/// `claim-checklist-summary` info per copy (`zh-tw  12/12 items  missing: —  unbolded: —`,
/// see [`checklist::LocaleSummary`]) at the checklist's first line.
pub fn check(input: &CheckInput<'_>, out: &mut Vec<Diagnostic>) {
    for rp in input.rendered {
        for (name, span) in &rp.rendered.forms {
            if input.forms.get(name).is_none() {
                let known: Vec<&str> = input.forms.iter().map(|f| f.name.as_str()).collect();
                out.push(
                    Diagnostic::new(
                        Rule::FormNotFound,
                        Some(span.clone()),
                        format!("form `{name}` is not a form of the theme (templates/forms/{name}.toml)"),
                    )
                    .with_hint(format!(
                        "Name one of: {}.",
                        if known.is_empty() { "(none)".into() } else { known.join(", ") }
                    )),
                );
            }
        }
    }
    for schema in input.forms.iter() {
        let copies: Vec<ArticleCopy<'_>> = input
            .model
            .locales
            .locales
            .iter()
            .filter_map(|l| input.model.page(&l.code, &schema.article))
            .map(|page| ArticleCopy {
                locale: &page.locale,
                source: &page.source,
                body: page.body,
                openlocfilehash: page.meta.openlocfilehash.as_deref(),
            })
            .collect();
        if copies.is_empty() {
            continue;
        }
        let analysis = checklist::analyze(schema, &copies, input.i18n);
        out.extend(analysis.diagnostics);
        // One `claim-checklist-summary` info per copy: the per-locale table `check` lists.
        for summary in analysis.summaries {
            let span = Span { line: summary.line.unwrap_or(1), ..Span::file(summary.path.clone()) };
            out.push(Diagnostic::new(
                Rule::ClaimChecklistSummary,
                Some(span),
                format!("checklist of form `{}`: {summary}", schema.name),
            ));
        }
    }
}
