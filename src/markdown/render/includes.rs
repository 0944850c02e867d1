//! `[!INCLUDE [title](path)]`: the included file's Markdown rendered in place, with its
//! own facts (links resolve from the include's folder), ids kept unique with the page's,
//! and `circular-reference`, `include-too-deep` and the resolver's `include-not-found` /
//! `include-outside-root` as diagnostics. DocFX allows nested includes to a depth limit.

use super::super::{Input, LinkFact, LinkKind, Rendered};
use super::{render_into, Ctx, State};
use crate::content::front_matter;
use crate::diagnostic::{Diagnostic, Rule, Span};

impl Ctx<'_, '_> {
    /// HTML of include `path` written at `span`; `block` when it stands alone in its
    /// paragraph (else a single paragraph's `<p>` is unwrapped, to stay inline).
    pub(super) fn include_html(
        &self,
        path: &str,
        span: Span,
        block: bool,
        state: &mut State,
        out: &mut Rendered,
        stack: &mut Vec<String>,
    ) -> String {
        out.links.push(LinkFact {
            kind: LinkKind::Include,
            dest: path.to_string(),
            from_key: self.input.key.to_string(),
            span: span.clone(),
            resolution: None,
        });
        let html = self.include(path, span, state, out, stack);
        if block {
            html
        } else {
            let t = html.trim();
            let inner = t.strip_prefix("<p>").and_then(|x| x.strip_suffix("</p>"));
            inner.filter(|i| !i.contains("<p>")).unwrap_or(t).to_string()
        }
    }

    fn include(
        &self,
        path: &str,
        span: Span,
        state: &mut State,
        out: &mut Rendered,
        stack: &mut Vec<String>,
    ) -> String {
        match self.resolver.include(self.input.key, path) {
            Err((rule, msg)) => {
                out.diagnostics.push(Diagnostic::new(rule, Some(span), msg));
                String::new()
            }
            Ok((key, source)) => {
                if stack.contains(&source.path) || source.path == self.input.source.path {
                    let chain =
                        stack.iter().chain(std::iter::once(&source.path)).cloned().collect::<Vec<_>>().join(" → ");
                    out.diagnostics.push(Diagnostic::new(
                        Rule::CircularReference,
                        Some(span),
                        format!("include cycle: {chain}"),
                    ));
                    return String::new();
                }
                if stack.len() >= self.limits.include_depth {
                    out.diagnostics.push(Diagnostic::new(
                        Rule::IncludeTooDeep,
                        Some(span),
                        format!("includes nest deeper than {} levels", self.limits.include_depth),
                    ));
                    return String::new();
                }
                out.includes.push(source.path.clone());
                let text = source.text();
                let body = front_matter::split(&text, &source.path).map_or(0, |s| s.body);
                if stack.is_empty() {
                    stack.push(self.input.source.path.clone());
                }
                stack.push(source.path.clone());
                let html = render_into(
                    Input::new(&source, &text, body, &key),
                    self.resolver,
                    self.ui,
                    self.limits,
                    state,
                    out,
                    stack,
                );
                stack.pop();
                if stack.len() == 1 {
                    stack.pop();
                }
                html
            }
        }
    }
}
