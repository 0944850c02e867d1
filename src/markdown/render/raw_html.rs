//! Raw HTML and URLs through the allow-list: every `Event::Html` / `Event::InlineHtml`
//! piece of a file is cleaned by one [`Cleaner`] in document order, and every link,
//! image and media destination is checked with [`unsafe_url`]. Each removal becomes an
//! `unsafe-html` diagnostic at the file, line and column where the removed tag,
//! attribute or URL is written, whether or not HTML is produced (`docloc check` reports
//! what `docloc build` removes). The policy is the resolver's
//! ([`Resolver::html_policy`](super::super::Resolver::html_policy)); under
//! `trusted_html` nothing is touched.

use super::super::Rendered;
use super::Ctx;
use crate::diagnostic::{Diagnostic, Rule, Span};
use crate::sanitize::{unsafe_url, Cleaned, Cleaner, HtmlPolicy, Removal};
use std::borrow::Cow;
use std::ops::Range;

/// The raw HTML of one file (a page, an include or a fragment) being cleaned.
pub(super) struct RawHtml<'p> {
    cleaner: Cleaner<'p>,
    /// Per piece fed: its start in the cleaner's stream and its range in the prepared
    /// text, to place removals.
    pieces: Vec<(usize, Range<usize>)>,
    /// Bytes fed so far.
    fed: usize,
    /// A piece was fed since the last flush.
    dirty: bool,
}

impl<'p> RawHtml<'p> {
    /// A cleaner for one file under `policy`.
    pub(super) fn new(policy: &'p HtmlPolicy) -> RawHtml<'p> {
        RawHtml { cleaner: Cleaner::new(policy), pieces: Vec::new(), fed: 0, dirty: false }
    }

    /// Whether the text events that follow belong to a removed `<script>`-like element
    /// and must be dropped too.
    pub(super) fn skipping(&self) -> bool {
        self.cleaner.skipping()
    }

    /// Cleans raw HTML `piece` written at `range` of the prepared text. Returns `None`
    /// when the piece is published as written (nearly always), else what to publish
    /// instead; removals are reported on `out`.
    pub(super) fn clean(
        &mut self,
        cx: &Ctx<'_, '_>,
        piece: &str,
        range: &Range<usize>,
        out: &mut Rendered,
    ) -> Option<String> {
        self.pieces.push((self.fed, range.clone()));
        self.fed += piece.len();
        self.dirty = true;
        let cleaned = self.cleaner.clean(piece);
        self.report(cx, &cleaned, out);
        let Cleaned { html, removed } = cleaned;
        match html {
            Cow::Borrowed(s) if removed.is_empty() && s.len() == piece.len() => None,
            html => Some(html.into_owned()),
        }
    }

    /// Escapes what the cleaner holds back (a tag left open at the end of an HTML block,
    /// an unclosed embed), to be published before the next non-HTML event. `None` when
    /// nothing is held.
    pub(super) fn flush(&mut self, cx: &Ctx<'_, '_>, out: &mut Rendered) -> Option<String> {
        if !self.dirty {
            return None;
        }
        self.dirty = false;
        let cleaned = self.cleaner.flush();
        self.report(cx, &cleaned, out);
        (!cleaned.html.is_empty()).then(|| cleaned.html.into_owned())
    }

    fn report(&self, cx: &Ctx<'_, '_>, cleaned: &Cleaned<'_>, out: &mut Rendered) {
        for r in &cleaned.removed {
            out.diagnostics.push(removal_diagnostic(r, self.span_of(cx, r.offset)));
        }
    }

    /// The span in the file of offset `at` of the cleaner's stream.
    fn span_of(&self, cx: &Ctx<'_, '_>, at: usize) -> Span {
        let i = self.pieces.partition_point(|(start, _)| *start <= at).saturating_sub(1);
        let Some((start, range)) = self.pieces.get(i) else { return cx.span(&(0..0)) };
        let pos = (range.start + at.saturating_sub(*start)).min(range.end);
        cx.span(&(pos..pos))
    }
}

fn removal_diagnostic(r: &Removal, span: Span) -> Diagnostic {
    Diagnostic::new(Rule::UnsafeHtml, Some(span), format!("raw HTML: {} removed; it could run script", r.what))
}

impl Ctx<'_, '_> {
    /// Why destination `dest` (of a link, image or video) is not published, or `None`
    /// when it may be: a `javascript:`, `vbscript:` or non-image `data:` URL
    /// ([`unsafe_url`]), reported as `unsafe-html` at `span`.
    pub(super) fn refuse_url(&self, dest: &str, span: &Span, out: &mut Rendered) -> bool {
        if self.resolver.html_policy().trusted {
            return false;
        }
        let Some(what) = unsafe_url(dest) else { return false };
        out.diagnostics.push(Diagnostic::new(
            Rule::UnsafeHtml,
            Some(span.clone()),
            format!("{what} `{}` not published; it could run script", shorten(dest)),
        ));
        true
    }
}

/// `s` cut to 60 chars for a message.
pub(crate) fn shorten(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(60) {
        Some((i, _)) => Cow::Owned(format!("{}…", &s[..i])),
        None => Cow::Borrowed(s),
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::{render, Input, RenderOptions, Rendered, Resolver, UiText};
    use crate::content::SourceText;
    use crate::diagnostic::Rule;
    use crate::link::{Resolution, Resolved, Want};
    use crate::sanitize::HtmlPolicy;

    /// Every destination external; `trusted` as the policy says.
    struct Site(HtmlPolicy);
    impl Resolver for Site {
        fn resolve(&self, _: &str, _: &str, _: Want) -> Resolution {
            Resolution::new(Resolved::External)
        }
        fn url(&self, _: &str, _: Want, _: &Resolution) -> Option<String> {
            None
        }
        fn include(&self, _: &str, t: &str) -> Result<(String, SourceText), (Rule, String)> {
            Err((Rule::IncludeNotFound, t.to_string()))
        }
        fn html_policy(&self) -> &HtmlPolicy {
            &self.0
        }
    }

    fn run(md: &str, trusted: bool, html: bool) -> Rendered {
        let src = SourceText::new("zh-cn/a.md".into(), md.into());
        let site = Site(HtmlPolicy { trusted, ..HtmlPolicy::default() });
        render(
            Input::new(&src, &src.text(), 0, "a.md"),
            &site,
            &UiText::default(),
            RenderOptions { include_depth: 8, html, blocks: true, window: super::super::super::WINDOW },
        )
    }

    fn unsafe_at(r: &Rendered) -> Vec<(u32, u32)> {
        r.diagnostics
            .iter()
            .filter(|d| d.rule == Rule::UnsafeHtml)
            .filter_map(|d| d.span.as_ref())
            .map(|s| (s.line, s.column))
            .collect()
    }

    const HOSTILE: &str = "# T\n\n<script>alert('block')</script>\n\nText <img src=\"x.png\" onerror=\"alert('inline')\"> and <script>alert('inline-script')</script> end.\n\n[l](javascript:alert('link')) ![i](data:text/html,x)\n\n<div>\n<a href=\"jav&#x09;ascript:alert('entity')\">e</a>\n</div>\n";

    #[test]
    fn script_is_removed_and_reported_where_written_with_html_on_and_off() {
        let on = run(HOSTILE, false, true);
        for marker in ["alert('block')", "onerror", "inline-script", "javascript:", "data:text/html", "entity"] {
            assert!(!on.html.contains(marker), "{marker} published: {}", on.html);
        }
        assert!(on.html.contains("<img src=\"x.png\">"), "{}", on.html);
        assert!(on.html.contains("<a href=\"#\">l</a>") && on.html.contains("end."), "{}", on.html);
        // The `<script>` block, the `onerror` attribute, the inline `<script>`, the two
        // destinations and the entity-spelled `href`.
        let want = [(3, 1), (5, 23), (5, 54), (7, 5), (7, 36), (10, 4)];
        assert_eq!(unsafe_at(&on), want, "{:#?}", on.diagnostics);
        // `docloc check` renders without HTML and reports the same.
        let off = run(HOSTILE, false, false);
        assert_eq!(unsafe_at(&off), want);
    }

    #[test]
    fn trusted_html_publishes_everything_as_written() {
        let r = run(HOSTILE, true, true);
        assert!(unsafe_at(&r).is_empty());
        assert!(r.html.contains("<script>alert('block')</script>"), "{}", r.html);
        assert!(r.html.contains("href=\"javascript:alert("), "{}", r.html);
    }

    #[test]
    fn docfx_html_passes_byte_for_byte() {
        let md = "# <a name=\"top\"></a>T\n\nLine<br>break </br> <kbd>Ctrl</kbd>\n\n<table><tr><td>x</td></tr></table>\n\n<span data-ttu-id=\"1\">译文</span><span class=\"sxs-lookup\"><span data-stu-id=\"1\">Source</span></span>\n\n[ok](https://learn.microsoft.com/x) ![png](data:image/png;base64,iVBOR) <a href=\"mailto:a@b.c\">m</a>\n";
        let r = run(md, false, true);
        assert!(unsafe_at(&r).is_empty(), "{:#?}", r.diagnostics);
        let trusted = run(md, true, true);
        assert_eq!(r.html, trusted.html);
    }
}
