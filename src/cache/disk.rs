//! The cache on disk (`--cache DIR`): one file per command (`build.bin`, `check.bin`),
//! written atomically, read back only when every check passes.
//!
//! Layout: the magic line `docloc-cache\n`, the format number (u32, little endian), the
//! length-prefixed docloc version, the body's length (u64) and XXH3-128 fingerprint
//! (u128), then the body: [postcard](https://postcard.jamesmunns.com/) (serde) of the
//! kept renderings (facts only, no HTML), their traces, the page files' keys and stamps,
//! and the parsed TOCs. A file of another version or format, a truncated or altered body
//! or one that does not decode is reported and ignored, never trusted: the run is then a
//! cold one. The folder gets a `.gitignore` of `*`.
//!
//! The stored forms below mirror the pipeline's types field for field; conversions
//! destructure every struct, so a field added to them does not compile until it is kept.

use super::trace::{Call, Trace};
use super::{Cache, FileStamp, KeptFile, Slot};
use crate::content::NavKind;
use crate::diagnostic::{Diagnostic, Rule, Severity, Span};
use crate::fingerprint::of_bytes;
use crate::link::{Resolution, Resolved, Via, Want};
use crate::markdown::{Block, BlockKind, Heading, LinkFact, LinkKind, Rendered};
use crate::nav::{Toc, TocNode};
use crate::render::RenderedPage;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"docloc-cache\n";
/// Bumped whenever the stored forms change.
const FORMAT: u32 = 1;

/// The cache folder a command uses by default: `.docloc-cache` beside `anchor` (the
/// output folder for `build`, the content root for `check`).
pub fn default_dir(anchor: &Path) -> PathBuf {
    let parent = match anchor.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    parent.join(".docloc-cache")
}

/// Reads the cache file `file`. A missing file gives an empty cache; one that fails a
/// check gives an empty cache and the reason it was ignored.
pub fn load(file: &Path) -> (Cache, Option<String>) {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Cache::on_disk(), None),
        Err(e) => return (Cache::on_disk(), Some(format!("cannot read {}: {e}", file.display()))),
    };
    match decode(&bytes) {
        Ok(cache) => (cache, None),
        Err(why) => (Cache::on_disk(), Some(format!("{} ignored: {why}", file.display()))),
    }
}

fn decode(bytes: &[u8]) -> Result<Cache, String> {
    let rest = bytes.strip_prefix(MAGIC).ok_or("not a docloc cache file")?;
    let (format, rest) = take::<4>(rest)?;
    if u32::from_le_bytes(format) != FORMAT {
        return Err(format!("format {} (this docloc writes {FORMAT})", u32::from_le_bytes(format)));
    }
    let (len, rest) = take::<8>(rest)?;
    let len = usize::try_from(u64::from_le_bytes(len)).map_err(|_| "bad version length")?;
    let version = rest.get(..len).ok_or("truncated")?;
    let rest = &rest[len..];
    if version != env!("CARGO_PKG_VERSION").as_bytes() {
        return Err(format!("written by docloc {}", String::from_utf8_lossy(version)));
    }
    let (body_len, rest) = take::<8>(rest)?;
    let (sum, body) = take::<16>(rest)?;
    if u64::try_from(body.len()).ok() != Some(u64::from_le_bytes(body_len)) {
        return Err("truncated".into());
    }
    if of_bytes(body) != u128::from_le_bytes(sum) {
        return Err("its contents do not match their fingerprint".into());
    }
    let stored: Stored = postcard::from_bytes(body).map_err(|e| format!("does not decode: {e}"))?;
    stored.into_cache().ok_or_else(|| "names a rule this docloc does not know".into())
}

fn take<const N: usize>(bytes: &[u8]) -> Result<([u8; N], &[u8]), String> {
    let head = bytes.get(..N).ok_or("truncated")?;
    let mut out = [0u8; N];
    out.copy_from_slice(head);
    Ok((out, &bytes[N..]))
}

/// Writes `cache` to `file` atomically (a temporary file in the same folder, renamed
/// over it), creating the folder and its `.gitignore`.
///
/// Errors: the folder or file cannot be written.
pub fn save(cache: &Cache, file: &Path) -> std::io::Result<()> {
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, "# docloc's build cache (safe to delete)\n*\n")?;
    }
    let body = postcard::to_stdvec(&Stored::from_cache(cache)).map_err(std::io::Error::other)?;
    let version = env!("CARGO_PKG_VERSION").as_bytes();
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    tmp.write_all(MAGIC)?;
    tmp.write_all(&FORMAT.to_le_bytes())?;
    tmp.write_all(&(version.len() as u64).to_le_bytes())?;
    tmp.write_all(version)?;
    tmp.write_all(&(body.len() as u64).to_le_bytes())?;
    tmp.write_all(&of_bytes(&body).to_le_bytes())?;
    tmp.write_all(&body)?;
    tmp.as_file().sync_all()?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

#[derive(Serialize, Deserialize)]
struct Stored {
    renders: Vec<StoredSlot>,
    files: Vec<(String, u128, Option<FileStamp>)>,
    tocs: Vec<(u128, SToc, Vec<SDiag>)>,
}

#[derive(Serialize, Deserialize)]
struct StoredSlot {
    key: (String, String, String, bool),
    trace: Vec<SCall>,
    source: u128,
    setup: u128,
    model: u128,
    fingerprint: u128,
    page: usize,
    locale: String,
    rendered: SRendered,
}

impl Stored {
    fn from_cache(cache: &Cache) -> Stored {
        let renders = cache.renders.lock().unwrap_or_else(|p| p.into_inner());
        let mut slots: Vec<StoredSlot> = renders
            .iter()
            .filter_map(|(key, s)| {
                let rp = s.rendered.as_ref()?;
                Some(StoredSlot {
                    key: key.clone(),
                    trace: s.trace.calls.iter().map(SCall::from).collect(),
                    source: s.source,
                    setup: s.setup,
                    model: s.model,
                    fingerprint: s.fingerprint,
                    page: rp.page,
                    locale: rp.locale.clone(),
                    rendered: SRendered::from(&rp.rendered),
                })
            })
            .collect();
        slots.sort_by(|a, b| a.key.cmp(&b.key));
        let mut files: Vec<(String, u128, Option<FileStamp>)> = cache
            .files
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .filter_map(|(p, k)| match k {
                KeptFile::OnDisk(key, stamp) => Some((p.clone(), *key, *stamp)),
                KeptFile::Bytes(..) => None,
            })
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let mut tocs: Vec<(u128, SToc, Vec<SDiag>)> = cache
            .tocs
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .map(|(k, (t, d))| (*k, SToc::from(t), d.iter().map(SDiag::from).collect()))
            .collect();
        tocs.sort_by_key(|t| t.0);
        Stored { renders: slots, files, tocs }
    }

    fn into_cache(self) -> Option<Cache> {
        let cache = Cache::on_disk();
        {
            let mut renders = cache.renders.lock().unwrap_or_else(|p| p.into_inner());
            for s in self.renders {
                let calls = s.trace.into_iter().map(|c| Call::try_from(c).ok()).collect::<Option<Vec<_>>>()?;
                let rendered = Rendered::try_from(s.rendered).ok()?;
                let rp = RenderedPage { page: s.page, locale: s.locale, rendered, yaml: None };
                renders.insert(
                    s.key,
                    Slot {
                        trace: Trace { calls },
                        source: s.source,
                        setup: s.setup,
                        model: s.model,
                        fingerprint: s.fingerprint,
                        rendered: Some(rp),
                        html: None,
                        has_html: false,
                        generation: 0,
                    },
                );
            }
            let mut files = cache.files.lock().unwrap_or_else(|p| p.into_inner());
            for (path, key, stamp) in self.files {
                files.insert(path, KeptFile::OnDisk(key, stamp));
            }
            let mut tocs = cache.tocs.lock().unwrap_or_else(|p| p.into_inner());
            for (k, t, d) in self.tocs {
                let diags = d.into_iter().map(Diagnostic::try_from).collect::<Result<Vec<_>, _>>().ok()?;
                tocs.insert(k, (Toc::from(t), diags));
            }
        }
        Some(cache)
    }
}

#[derive(Serialize, Deserialize)]
struct SSpan {
    path: String,
    line: u32,
    column: u32,
    len: u32,
}

impl From<&Span> for SSpan {
    fn from(s: &Span) -> SSpan {
        let Span { path, line, column, len } = s;
        SSpan { path: path.clone(), line: *line, column: *column, len: *len }
    }
}

impl From<SSpan> for Span {
    fn from(s: SSpan) -> Span {
        Span { path: s.path, line: s.line, column: s.column, len: s.len }
    }
}

#[derive(Serialize, Deserialize)]
struct SDiag {
    rule: String,
    severity: u8,
    message: String,
    span: Option<SSpan>,
    hint: Option<String>,
}

impl From<&Diagnostic> for SDiag {
    fn from(d: &Diagnostic) -> SDiag {
        let Diagnostic { rule, severity, message, span, hint } = d;
        let severity = match severity {
            Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Error => 2,
        };
        SDiag {
            rule: rule.id().to_string(),
            severity,
            message: message.clone(),
            span: span.as_ref().map(SSpan::from),
            hint: hint.clone(),
        }
    }
}

impl TryFrom<SDiag> for Diagnostic {
    type Error = ();
    fn try_from(d: SDiag) -> Result<Diagnostic, ()> {
        let severity = match d.severity {
            0 => Severity::Info,
            1 => Severity::Warning,
            2 => Severity::Error,
            _ => return Err(()),
        };
        Ok(Diagnostic {
            rule: Rule::from_id(&d.rule).ok_or(())?,
            severity,
            message: d.message,
            span: d.span.map(Span::from),
            hint: d.hint,
        })
    }
}

fn want_to(w: Want) -> u8 {
    match w {
        Want::Page => 0,
        Want::Asset => 1,
        Want::Include => 2,
    }
}

fn want_from(w: u8) -> Option<Want> {
    Some(match w {
        0 => Want::Page,
        1 => Want::Asset,
        2 => Want::Include,
        _ => return None,
    })
}

#[derive(Serialize, Deserialize)]
enum SResolved {
    External,
    SamePage,
    Found { locale: usize, key: String, via: u8 },
    Redirect(usize),
    OutOfScope,
    NotFound { wanted: String, reason: Option<String> },
}

#[derive(Serialize, Deserialize)]
struct SResolution {
    target: SResolved,
    problems: Vec<(String, String)>,
}

impl From<&Resolution> for SResolution {
    fn from(r: &Resolution) -> SResolution {
        let Resolution { target, problems } = r;
        let target = match target {
            Resolved::External => SResolved::External,
            Resolved::SamePage => SResolved::SamePage,
            Resolved::Found { locale, key, via } => SResolved::Found {
                locale: *locale,
                key: key.clone(),
                via: match via {
                    Via::Direct => 0,
                    Via::Fallback => 1,
                    Via::CaseMismatch => 2,
                },
            },
            Resolved::Redirect(i) => SResolved::Redirect(*i),
            Resolved::OutOfScope => SResolved::OutOfScope,
            Resolved::NotFound { wanted, reason } => {
                SResolved::NotFound { wanted: wanted.clone(), reason: reason.clone() }
            }
        };
        SResolution { target, problems: problems.iter().map(|(r, m)| (r.id().to_string(), m.clone())).collect() }
    }
}

impl TryFrom<SResolution> for Resolution {
    type Error = ();
    fn try_from(r: SResolution) -> Result<Resolution, ()> {
        let target = match r.target {
            SResolved::External => Resolved::External,
            SResolved::SamePage => Resolved::SamePage,
            SResolved::Found { locale, key, via } => Resolved::Found {
                locale,
                key,
                via: match via {
                    0 => Via::Direct,
                    1 => Via::Fallback,
                    2 => Via::CaseMismatch,
                    _ => return Err(()),
                },
            },
            SResolved::Redirect(i) => Resolved::Redirect(i),
            SResolved::OutOfScope => Resolved::OutOfScope,
            SResolved::NotFound { wanted, reason } => Resolved::NotFound { wanted, reason },
        };
        let problems = r
            .problems
            .into_iter()
            .map(|(id, m)| Rule::from_id(&id).map(|r| (r, m)).ok_or(()))
            .collect::<Result<_, _>>()?;
        Ok(Resolution { target, problems })
    }
}

#[derive(Serialize, Deserialize)]
enum SCall {
    Resolve { from_key: String, dest: String, want: u8, answer: SResolution },
    Url { dest: String, want: u8, resolution: SResolution, answer: Option<String> },
    Include { from_key: String, target: String, answer: Result<(String, String, u128), (String, String)> },
    FormBefore { key: String, heading_id: String, answer: Option<String> },
}

impl From<&Call> for SCall {
    fn from(c: &Call) -> SCall {
        match c {
            Call::Resolve { from_key, dest, want, answer } => SCall::Resolve {
                from_key: from_key.clone(),
                dest: dest.clone(),
                want: want_to(*want),
                answer: answer.into(),
            },
            Call::Url { dest, want, resolution, answer } => SCall::Url {
                dest: dest.clone(),
                want: want_to(*want),
                resolution: resolution.into(),
                answer: answer.clone(),
            },
            Call::Include { from_key, target, answer } => SCall::Include {
                from_key: from_key.clone(),
                target: target.clone(),
                answer: answer.clone().map_err(|(r, m)| (r.id().to_string(), m)),
            },
            Call::FormBefore { key, heading_id, answer } => {
                SCall::FormBefore { key: key.clone(), heading_id: heading_id.clone(), answer: answer.clone() }
            }
        }
    }
}

impl TryFrom<SCall> for Call {
    type Error = ();
    fn try_from(c: SCall) -> Result<Call, ()> {
        Ok(match c {
            SCall::Resolve { from_key, dest, want, answer } => {
                Call::Resolve { from_key, dest, want: want_from(want).ok_or(())?, answer: answer.try_into()? }
            }
            SCall::Url { dest, want, resolution, answer } => {
                Call::Url { dest, want: want_from(want).ok_or(())?, resolution: resolution.try_into()?, answer }
            }
            SCall::Include { from_key, target, answer } => Call::Include {
                from_key,
                target,
                answer: match answer {
                    Ok(a) => Ok(a),
                    Err((id, m)) => Err((Rule::from_id(&id).ok_or(())?, m)),
                },
            },
            SCall::FormBefore { key, heading_id, answer } => Call::FormBefore { key, heading_id, answer },
        })
    }
}

#[derive(Serialize, Deserialize)]
enum SBlockKind {
    Heading { level: u8, id: String },
    Paragraph,
    ListItem,
    TableRow,
    CodeBlock { info: String, text: String },
    Image,
    Alert { alert: String },
    Include,
    Video,
    BlockQuote,
    ThematicBreak,
    Html,
    Form,
}

#[derive(Serialize, Deserialize)]
struct SRendered {
    title: Option<String>,
    headings: Vec<(u8, String, String, SSpan)>,
    anchors: Vec<String>,
    links: Vec<(u8, String, String, SSpan, Option<SResolution>)>,
    includes: Vec<String>,
    blocks: Vec<(SBlockKind, u32)>,
    forms: Vec<(String, SSpan)>,
    bilingual: bool,
    diagnostics: Vec<SDiag>,
}

impl From<&Rendered> for SRendered {
    /// Facts only: the HTML is not kept on disk.
    fn from(r: &Rendered) -> SRendered {
        let Rendered { html: _, title, headings, anchors, links, includes, blocks, forms, bilingual, diagnostics } = r;
        SRendered {
            title: title.clone(),
            headings: headings
                .iter()
                .map(|h| {
                    let Heading { level, id, text, span } = h;
                    (*level, id.clone(), text.clone(), span.into())
                })
                .collect(),
            anchors: anchors.clone(),
            links: links
                .iter()
                .map(|l| {
                    let LinkFact { kind, dest, from_key, span, resolution } = l;
                    let kind = match kind {
                        LinkKind::Link => 0,
                        LinkKind::Image => 1,
                        LinkKind::Include => 2,
                        LinkKind::Media => 3,
                    };
                    (kind, dest.clone(), from_key.clone(), span.into(), resolution.as_ref().map(SResolution::from))
                })
                .collect(),
            includes: includes.clone(),
            blocks: blocks
                .iter()
                .map(|b| {
                    let Block { kind, line } = b;
                    let kind = match kind {
                        BlockKind::Heading { level, id } => SBlockKind::Heading { level: *level, id: id.clone() },
                        BlockKind::Paragraph => SBlockKind::Paragraph,
                        BlockKind::ListItem => SBlockKind::ListItem,
                        BlockKind::TableRow => SBlockKind::TableRow,
                        BlockKind::CodeBlock { info, text } => {
                            SBlockKind::CodeBlock { info: info.clone(), text: text.clone() }
                        }
                        BlockKind::Image => SBlockKind::Image,
                        BlockKind::Alert { alert } => SBlockKind::Alert { alert: alert.clone() },
                        BlockKind::Include => SBlockKind::Include,
                        BlockKind::Video => SBlockKind::Video,
                        BlockKind::BlockQuote => SBlockKind::BlockQuote,
                        BlockKind::ThematicBreak => SBlockKind::ThematicBreak,
                        BlockKind::Html => SBlockKind::Html,
                        BlockKind::Form => SBlockKind::Form,
                    };
                    (kind, *line)
                })
                .collect(),
            forms: forms.iter().map(|(name, span)| (name.clone(), span.into())).collect(),
            bilingual: *bilingual,
            diagnostics: diagnostics.iter().map(SDiag::from).collect(),
        }
    }
}

impl TryFrom<SRendered> for Rendered {
    type Error = ();
    fn try_from(r: SRendered) -> Result<Rendered, ()> {
        let links = r
            .links
            .into_iter()
            .map(|(kind, dest, from_key, span, resolution)| {
                let kind = match kind {
                    0 => LinkKind::Link,
                    1 => LinkKind::Image,
                    2 => LinkKind::Include,
                    3 => LinkKind::Media,
                    _ => return Err(()),
                };
                let resolution = resolution.map(Resolution::try_from).transpose()?;
                Ok(LinkFact { kind, dest, from_key, span: span.into(), resolution })
            })
            .collect::<Result<_, ()>>()?;
        let blocks = r
            .blocks
            .into_iter()
            .map(|(kind, line)| {
                let kind = match kind {
                    SBlockKind::Heading { level, id } => BlockKind::Heading { level, id },
                    SBlockKind::Paragraph => BlockKind::Paragraph,
                    SBlockKind::ListItem => BlockKind::ListItem,
                    SBlockKind::TableRow => BlockKind::TableRow,
                    SBlockKind::CodeBlock { info, text } => BlockKind::CodeBlock { info, text },
                    SBlockKind::Image => BlockKind::Image,
                    SBlockKind::Alert { alert } => BlockKind::Alert { alert },
                    SBlockKind::Include => BlockKind::Include,
                    SBlockKind::Video => BlockKind::Video,
                    SBlockKind::BlockQuote => BlockKind::BlockQuote,
                    SBlockKind::ThematicBreak => BlockKind::ThematicBreak,
                    SBlockKind::Html => BlockKind::Html,
                    SBlockKind::Form => BlockKind::Form,
                };
                Block { kind, line }
            })
            .collect();
        Ok(Rendered {
            html: String::new(),
            title: r.title,
            headings: r
                .headings
                .into_iter()
                .map(|(level, id, text, span)| Heading { level, id, text, span: span.into() })
                .collect(),
            anchors: r.anchors,
            links,
            includes: r.includes,
            blocks,
            forms: r.forms.into_iter().map(|(name, span)| (name, span.into())).collect(),
            bilingual: r.bilingual,
            diagnostics: r.diagnostics.into_iter().map(Diagnostic::try_from).collect::<Result<_, _>>()?,
        })
    }
}

#[derive(Serialize, Deserialize)]
struct STocNode {
    name: String,
    href: Option<String>,
    toc_href: Option<String>,
    expanded: bool,
    span: SSpan,
    children: Vec<STocNode>,
}

#[derive(Serialize, Deserialize)]
struct SToc {
    locale: String,
    key: String,
    kind: u8,
    nodes: Vec<STocNode>,
}

impl From<&TocNode> for STocNode {
    fn from(n: &TocNode) -> STocNode {
        let TocNode { name, href, toc_href, expanded, span, children } = n;
        STocNode {
            name: name.clone(),
            href: href.clone(),
            toc_href: toc_href.clone(),
            expanded: *expanded,
            span: span.into(),
            children: children.iter().map(STocNode::from).collect(),
        }
    }
}

impl From<STocNode> for TocNode {
    fn from(n: STocNode) -> TocNode {
        TocNode {
            name: n.name,
            href: n.href,
            toc_href: n.toc_href,
            expanded: n.expanded,
            span: n.span.into(),
            children: n.children.into_iter().map(TocNode::from).collect(),
        }
    }
}

impl From<&Toc> for SToc {
    fn from(t: &Toc) -> SToc {
        let Toc { locale, key, kind, nodes } = t;
        let kind = match kind {
            NavKind::TocYaml => 0,
            NavKind::TocMarkdown => 1,
            NavKind::Breadcrumb => 2,
        };
        SToc { locale: locale.clone(), key: key.clone(), kind, nodes: nodes.iter().map(STocNode::from).collect() }
    }
}

impl From<SToc> for Toc {
    fn from(t: SToc) -> Toc {
        let kind = match t.kind {
            1 => NavKind::TocMarkdown,
            2 => NavKind::Breadcrumb,
            _ => NavKind::TocYaml,
        };
        Toc { locale: t.locale, key: t.key, kind, nodes: t.nodes.into_iter().map(TocNode::from).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_file_is_ignored_not_trusted() {
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("c/build.bin");
        let cache = Cache::on_disk();
        cache.files.lock().expect("lock").insert("zh-cn/a/index.html".into(), KeptFile::OnDisk(7, None));
        save(&cache, &file).expect("save");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("c/.gitignore")).expect("gitignore").lines().last(),
            Some("*")
        );
        let (back, why) = load(&file);
        assert_eq!(why, None);
        let kept = back.files.lock().expect("lock").get("zh-cn/a/index.html").cloned();
        assert!(matches!(kept, Some(KeptFile::OnDisk(7, None))), "{kept:?}");
        let good = std::fs::read(&file).expect("read");
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("truncated", good[..good.len() - 3].to_vec()),
            ("flipped", {
                let mut b = good.clone();
                let last = b.len() - 1;
                b[last] ^= 1;
                b
            }),
            ("version", {
                let mut b = good.clone();
                let at = MAGIC.len() + 12;
                b[at] = b'9';
                b
            }),
            ("format", {
                let mut b = good.clone();
                b[MAGIC.len()] = 99;
                b
            }),
            ("empty", Vec::new()),
        ];
        for (name, bytes) in cases {
            std::fs::write(&file, bytes).expect("write");
            let (back, why) = load(&file);
            assert!(why.is_some(), "{name}: a damaged cache must be reported");
            assert!(back.files.lock().expect("lock").is_empty(), "{name}: and nothing of it kept");
        }
        let (_, why) = load(&dir.path().join("missing.bin"));
        assert_eq!(why, None, "no cache yet is not a problem");
    }
}
