//! Images and media: DocFX `:::image type="content|icon|complex" source alt-text border
//! lightbox link:::` (a complex image's long description up to `:::image-end:::` becomes a
//! `<details>` the image is described by), and `> [!VIDEO url]` as a link to the video.
//! Sources are recorded as facts and resolved once ([`Ctx::link`]).

use super::super::docfx::Construct;
use super::super::{escape, Input, LinkKind, Rendered};
use super::{render_into, Ctx, State};

impl Ctx<'_, '_> {
    /// HTML of image construct `c`; `block` when it stands alone in its paragraph.
    pub(super) fn image_html(
        &self,
        c: &Construct,
        block: bool,
        state: &mut State,
        out: &mut Rendered,
        stack: &mut Vec<String>,
    ) -> String {
        let Construct::Image {
            kind,
            source,
            source_range,
            alt,
            border,
            lightbox,
            link,
            description,
            description_range,
            ..
        } = c
        else {
            return String::new();
        };
        let (src_url, found) = if source.is_empty() {
            (String::new(), false)
        } else {
            self.link_found(out, LinkKind::Image, source, self.file_span(*source_range))
        };
        let class = match (kind.as_str(), *border) {
            ("icon", _) => " class=\"inline icon\"",
            (_, true) if !block => " class=\"inline border\"",
            (_, false) if !block => " class=\"inline\"",
            (_, true) => " class=\"border\"",
            _ => "",
        };
        let mut described = String::new();
        let mut details = String::new();
        if kind == "complex" && !description.is_empty() {
            state.complex_images += 1;
            let id = state.ids.unique(&format!("image-description-{}", state.complex_images));
            described = format!(" aria-describedby=\"{id}\"");
            // The description is Markdown of this file: rendered in place, so its links
            // are rewritten and checked like any other, with their own spans. Not a
            // block of the page (the image is).
            let nested = stack.is_empty();
            if nested {
                stack.push(self.input.source.path.clone());
            }
            let input = Input { body: description_range.0, end: description_range.1, ..self.input };
            let html = render_into(input, self.resolver, self.ui, self.limits, state, out, stack);
            if nested {
                stack.pop();
            }
            details = format!(
                "<details id=\"{id}\"><summary>{}</summary>{html}</details>",
                escape(&self.ui.image_description)
            );
        }
        let mut img = if found {
            format!("<img src=\"{}\" alt=\"{}\"{class}{described} loading=\"lazy\">", escape(&src_url), escape(alt))
        } else {
            missing_image(alt, !block, &described)
        };
        if let Some((lb, r)) = lightbox {
            let (lb_url, lb_found) = self.link_found(out, LinkKind::Image, lb, self.file_span(*r));
            if lb_found {
                img = format!(
                    "<a class=\"lightbox\" href=\"{}\" title=\"{}\">{img}</a>",
                    escape(&lb_url),
                    escape(&self.ui.image_enlarge)
                );
            }
        } else if let Some((l, r)) = link {
            let url = self.link(out, LinkKind::Link, l, self.file_span(*r));
            img = format!("<a href=\"{}\">{img}</a>", escape(&url));
        }
        if block || kind == "complex" {
            let cls = if kind == "complex" { "image complex" } else { "image" };
            format!("<figure class=\"{cls}\">{img}{details}</figure>")
        } else {
            img
        }
    }

    /// The HTML of a Markdown image (`![alt](src)`) whose source is not in the site.
    pub(super) fn missing_inline_image(&self, alt: &str) -> String {
        missing_image(alt, true, "")
    }

    /// HTML of a `[!VIDEO url]` marker: a link to the video.
    pub(super) fn video_html(&self, url: &str, range: (usize, usize), out: &mut Rendered) -> String {
        let media_url = self.link(out, LinkKind::Media, url, self.file_span(range));
        format!("<div class=\"video\"><a href=\"{}\">{}</a></div>", escape(&media_url), escape(&self.ui.video_link))
    }
}

/// What stands for an image that is not in the site: a styled box holding its alt text
/// (`span.image-missing`, `role="img"` named by the alt text), not a broken-image icon.
/// An image without alt text is decorative and its box is hidden from assistive
/// technology. `extra` holds further attributes (` aria-describedby="…"`).
fn missing_image(alt: &str, inline: bool, extra: &str) -> String {
    let class = if inline { "image-missing inline" } else { "image-missing" };
    if alt.trim().is_empty() {
        return format!("<span class=\"{class}\" aria-hidden=\"true\"{extra}></span>");
    }
    let alt = escape(alt);
    format!("<span class=\"{class}\" role=\"img\" aria-label=\"{alt}\"{extra}>{alt}</span>")
}
