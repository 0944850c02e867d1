//! Links, images and media as facts: each destination is recorded with where it is
//! written and resolved once through the [`Resolver`](super::super::Resolver); the URL
//! the resolver gives is what the HTML publishes.

use super::super::{LinkFact, LinkKind, Rendered};
use super::Ctx;
use crate::diagnostic::Span;
use crate::link::{Resolved, Want};
use std::ops::Range;

impl Ctx<'_, '_> {
    /// Where `dest` is written inside the link at `r` of the prepared text: the last
    /// `](dest`, else the first `dest` (a reference definition or an autolink).
    pub(super) fn dest_span(&self, r: &Range<usize>, dest: &str) -> Span {
        let text = &self.prepared.text[r.clone()];
        let inline = || {
            memchr::memrchr_iter(b']', text.as_bytes())
                .map(|i| i + 2)
                .find(|&i| text.as_bytes().get(i - 1) == Some(&b'(') && text[i..].starts_with(dest))
        };
        match (!dest.is_empty()).then(inline).flatten().or_else(|| text.find(dest)) {
            Some(i) => self.span(&(r.start + i..r.start + i + dest.len())),
            None => self.span(&(r.start..r.start)),
        }
    }

    /// Records a fact for a link, image or media `dest` written at `span`, resolving it
    /// once; returns the URL to publish (`dest` as written when the resolver keeps it,
    /// empty when HTML is off).
    pub(super) fn link(&self, out: &mut Rendered, kind: LinkKind, dest: &str, span: Span) -> String {
        self.link_found(out, kind, dest, span).0
    }

    /// As [`Ctx::link`], also telling whether the destination exists (`false` when it
    /// resolved to nothing: an image that is not in the site gets a placeholder).
    pub(super) fn link_found(&self, out: &mut Rendered, kind: LinkKind, dest: &str, span: Span) -> (String, bool) {
        let want = match kind {
            LinkKind::Link => Want::Page,
            LinkKind::Image | LinkKind::Media => Want::Asset,
            LinkKind::Include => Want::Include,
        };
        let r = self.resolver.resolve(self.input.key, dest, want);
        let found = !matches!(r.target, Resolved::NotFound { .. });
        let url = if self.limits.html {
            self.resolver.url(dest, want, &r).unwrap_or_else(|| dest.to_string())
        } else {
            String::new()
        };
        out.links.push(LinkFact {
            kind,
            dest: dest.to_string(),
            from_key: self.input.key.to_string(),
            span,
            resolution: Some(r),
        });
        (url, found)
    }
}
