//! Diagnostics: the one value every stage uses to report a content problem.
//!
//! Loading, rendering and checking never fail on bad content; they return
//! [`Diagnostic`]s (rule id, severity, message, `path:line:col` span, hint) beside
//! their result, in the manner of typst's "warned output". The `report` module turns
//! a list of them into human, JSON, SARIF or GitHub Actions output.

use serde::Serialize;
use std::fmt;
use std::path::Path;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails a build or check.
    Info,
    /// Likely a problem; fails `check` only with `--deny warnings`.
    Warning,
    /// A defect; `docloc check` exits 1, `docloc build --strict` fails.
    Error,
}

impl Severity {
    /// Lower-case name, as used in JSON output and `--rule ID=…` values.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! rules {
    ($( $(#[doc = $doc:literal])* $variant:ident = $id:literal, $sev:ident, $help:literal; )*) => {
        /// Every rule docloc reports, with its kebab-case id (DocFX v3 style), default
        /// severity and help text (used for SARIF `rules[]` and `docloc check --help`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl Rule {
            /// All rules, in declaration order.
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant, )* ];

            /// The stable kebab-case rule id, e.g. `file-not-found`.
            pub fn id(self) -> &'static str {
                match self { $( Rule::$variant => $id, )* }
            }

            /// Severity when no `--rule` or config override applies.
            pub fn default_severity(self) -> Severity {
                match self { $( Rule::$variant => Severity::$sev, )* }
            }

            /// One sentence on what the rule finds and how to fix it.
            pub fn help(self) -> &'static str {
                match self { $( Rule::$variant => $help, )* }
            }

            /// Looks a rule up by its id; `None` for an unknown id.
            pub fn from_id(id: &str) -> Option<Rule> {
                match id { $( $id => Some(Rule::$variant), )* _ => None }
            }
        }
    };
}

rules! {
    /// A file could not be read (permissions, I/O error, symlink loop).
    ReadError = "read-error", Error, "The file could not be read; check that it exists, is readable and is not part of a symlink loop.";
    /// A text file is not valid UTF-8 (or is binary).
    InvalidEncoding = "invalid-encoding", Error, "Save the file as UTF-8 (a BOM is accepted); binary files do not belong among pages.";
    /// The front matter block opened with `---` is never closed.
    FrontMatterUnclosed = "front-matter-unclosed", Error, "Close the YAML front matter with a line holding only `---`.";
    /// YAML (front matter, YAML page, TOC) does not parse.
    YamlInvalid = "yaml-invalid", Error, "Fix the YAML syntax at the reported position.";
    /// Front matter or a YAML page's metadata is not a mapping.
    YamlNotMapping = "yaml-not-mapping", Error, "Front matter must be a YAML mapping of `key: value` pairs.";
    /// The same key appears twice in one YAML mapping.
    DuplicateKey = "duplicate-key", Warning, "Remove the repeated key; only the last value is used.";
    /// A `.yml` file under the content root is neither a YAML page, a TOC nor known config.
    YamlMimeUnknown = "yaml-mime-unknown", Info, "Start YAML pages with `### YamlMime:Landing`, `Hub` or `FAQ`.";
    /// A `:::name` DocFX extension docloc does not know.
    UnknownExtension = "unknown-extension", Warning, "Use a known DocFX extension (`:::image`, `:::no-loc`) or escape the colons.";
    /// A `:::image` lacks `source` or `alt-text`.
    ImageInvalid = "image-invalid", Warning, "Give every `:::image` a `source` and an `alt-text`.";
    /// An `[!INCLUDE]` target does not exist.
    IncludeNotFound = "include-not-found", Error, "Point the include at an existing Markdown file inside the content root.";
    /// An include path leaves the content root.
    IncludeOutsideRoot = "include-outside-root", Error, "Includes may only reference files inside the content root.";
    /// Includes nest deeper than the limit.
    IncludeTooDeep = "include-too-deep", Error, "Flatten the include chain; it nests deeper than the limit.";
    /// An include includes itself, directly or through others.
    CircularReference = "circular-reference", Error, "Break the include cycle.";
    /// A relative link resolves only through a redirect.
    LinkRedirected = "link-redirected", Info, "Link straight to the redirect's target.";
    /// A link resolves only in another locale of the fallback chain.
    LinkFallback = "link-fallback", Warning, "The reader leaves this locale: translate the target or link elsewhere.";
    /// A link resolves only when case is ignored.
    LinkCaseMismatch = "link-case-mismatch", Warning, "Spell the path with the target file's exact case; case-sensitive hosts will 404.";
    /// A link target does not exist in any locale.
    FileNotFound = "file-not-found", Error, "Fix the link target; no such file exists in this locale or its fallbacks.";
    /// A `#fragment` names no heading id or explicit anchor of its page.
    BookmarkNotFound = "bookmark-not-found", Warning, "Use one of the target page's heading ids or `<a name>` anchors.";
    /// On a fallback copy, a link leads to the reader's translation of its target, which
    /// lacks the section the link's `#fragment` names (the link's own locale has it).
    FallbackBookmarkNotFound = "fallback-bookmark-not-found", Warning, "Update the reader's translation of the target, which lacks this section, or link without the fragment.";
    /// A site-root link outside every docset in the content tree.
    LinkOutOfScope = "link-out-of-scope", Info, "The target lives in another docs set and is not checked.";
    /// A link path uses backslashes.
    LinkBackslash = "link-backslash", Warning, "Use forward slashes in link paths.";
    /// A link path contains a space.
    LinkSpace = "link-space", Warning, "Percent-encode spaces in link paths (`%20`) or rename the file.";
    /// An image or media file does not exist.
    ImageNotFound = "image-not-found", Warning, "Add the image to this locale (or its fallback) or fix the path.";
    /// An external URL failed when fetched with `--external`.
    ExternalLinkBroken = "external-link-broken", Warning, "The external URL did not answer with success; update or remove it.";
    /// A TOC entry's href points nowhere.
    InvalidTocHref = "invalid-toc-href", Error, "Point the TOC entry at an existing page or remove it.";
    /// An article no TOC reaches.
    TocOrphan = "toc-orphan", Info, "Add the article to a TOC, or ignore if it is reached by links only.";
    /// The same href appears twice in one TOC.
    TocDuplicateEntry = "toc-duplicate-entry", Warning, "Remove the duplicated TOC entry.";
    /// A TOC file does not parse.
    TocInvalid = "toc-invalid", Error, "Fix the TOC: a YAML list of `name`/`href`/`items` entries, or Markdown headings with links.";
    /// The redirection file does not parse.
    RedirectInvalid = "redirect-invalid", Error, "Fix `.openpublishing.redirection.json`: `{ \"redirections\": [ { \"source_path\", \"redirect_url\" } ] }`.";
    /// A redirect's `source_path` normalizes outside its locale root (`../../x.md`, a
    /// drive path, a NUL): the redirect is not built.
    RedirectOutsideRoot = "redirect-outside-root", Error, "Write `source_path` as a path inside the locale root; the redirect was not built.";
    /// A redirect's source file still exists.
    RedirectSourceExists = "redirect-source-exists", Warning, "Delete the source file or remove the redirect; the page shadows it.";
    /// A redirect leads to another redirect.
    RedirectChain = "redirect-chain", Warning, "Point the redirect straight at the final target.";
    /// Redirects that lead back to themselves.
    RedirectLoop = "redirect-loop", Error, "Break the redirect loop.";
    /// A redirect target inside the site does not exist.
    RedirectTargetNotFound = "redirect-target-not-found", Error, "Point the redirect at an existing page.";
    /// A required front matter key is absent.
    MissingAttribute = "missing-attribute", Warning, "Add the required front matter key.";
    /// `ms.date` is not a valid MM/DD/YYYY date.
    DateFormatInvalid = "date-format-invalid", Warning, "Write `ms.date` as MM/DD/YYYY.";
    /// `ms.date` lies in the future or is older than allowed.
    DateOutOfRange = "date-out-of-range", Warning, "Update `ms.date`; it lies in the future or is older than the configured limit.";
    /// `ms.contentlocale` differs from the locale folder.
    LocaleMismatch = "locale-mismatch", Warning, "Make `ms.contentlocale` spell the locale of the folder the file is in.";
    /// Two files of a locale share one `ms.locfileid`.
    LocfileidDuplicate = "locfileid-duplicate", Warning, "Each file of a locale needs its own `ms.locfileid`.";
    /// `ms.translationtype` is not `MT` or `HT`.
    TranslationTypeInvalid = "translation-type-invalid", Warning, "Use `MT` (machine) or `HT` (human) for `ms.translationtype`.";
    /// Title shorter or longer than the bounds for the locale's script.
    TitleLength = "title-length", Info, "Keep the title within the length bounds for this locale's script.";
    /// Description shorter or longer than the bounds for the locale's script.
    DescriptionLength = "description-length", Info, "Keep the description within the length bounds for this locale's script.";
    /// A Fluent `.ftl` file has syntax errors.
    FluentInvalid = "ftl-invalid", Error, "Fix the Fluent syntax; the broken messages fall back to the next locale.";
    /// A locale's `.ftl` file lacks a message its `en-us` file defines.
    FluentMissingMessage = "ftl-missing-message", Warning, "Translate the message in this locale's file; until then readers see it from the next locale.";
    /// A translated Fluent message uses other variables (`$name`) than its `en-us` message.
    FluentVariableMismatch = "ftl-variable-mismatch", Error, "Use exactly the variables of the en-us message; a missing one drops information, an unknown one shows as a placeholder.";
    /// A locale lacks an `.ftl` file that `en-us` has.
    FluentMissingFile = "ftl-missing-file", Warning, "Add the file to this locale's folder and translate it; until then its messages come from the next locale.";
    /// Two files publish the same URL (`x.md` and `x/index.md`); the one that sorts
    /// later is not built (DocFX v3 `output-path-conflict`).
    OutputPathConflict = "output-path-conflict", Warning, "Rename or remove one of the files; both would be published at the same URL.";
    /// Page A lists page B among its `hreflang` alternates, but B does not list A.
    HreflangNotReciprocal = "hreflang-not-reciprocal", Error, "Every page of a translation set must list every other page of it; search engines ignore one-way alternates.";
    /// A page's `hreflang` alternates do not include the page itself.
    HreflangMissingSelf = "hreflang-missing-self", Error, "List the page among its own alternates, with its locale's tag.";
    /// An `hreflang` label is not a well-formed BCP 47 language tag.
    HreflangInvalidTag = "hreflang-invalid-tag", Error, "Name the locale with a BCP 47 tag (`zh-cn`, `sr-latn-rs`); search engines drop alternates with other labels.";
    /// An `hreflang` label names another locale than the locale prefix of its URL.
    HreflangLocaleMismatch = "hreflang-locale-mismatch", Warning, "Spell the locale folder as its BCP 47 tag in lower case with `-` between subtags, so label and URL agree.";
    /// A translation set's alternates have no `x-default`, or more than one.
    HreflangXDefault = "hreflang-x-default", Warning, "Give every translation set exactly one `x-default` alternate (the default locale's page).";
    /// Raw HTML held script, an event handler, a `javascript:` URL or another construct the
    /// allow-list removes (see `crate::sanitize`); it was removed from the page.
    UnsafeHtml = "unsafe-html", Error, "Remove the script, event handler (`on…=`), `javascript:`/`data:` URL or embed; docloc publishes raw HTML only through its allow-list (`trusted_html = true` turns it off).";
    /// A symlink in the content root points outside it; it was not followed.
    SymlinkOutsideRoot = "symlink-outside-root", Warning, "Replace the symlink with the file itself, or set `follow_external_symlinks = true` if the target is trusted.";
    /// A symlink leads back to one of its own parent folders.
    SymlinkLoop = "symlink-loop", Error, "Remove the symlink that points back to a parent folder.";
    /// A file is larger than `max_file_size`; it was not read.
    FileTooLarge = "file-too-large", Error, "Split the file, or raise `max_file_size` in docloc.toml.";
    /// A path in the content is not a regular file (a FIFO, socket or device) or leaves the content root.
    NotRegularFile = "not-regular-file", Error, "Only regular files are read from the content root; remove the FIFO, socket or device file.";
    /// A page's template failed to render.
    TemplateError = "template-error", Error, "Fix the theme template; the page was skipped.";
    /// A page places a form (`:::form name="…":::`) the theme has no schema for.
    FormNotFound = "form-not-found", Error, "Name a form the theme has (`templates/forms/<name>.toml`, the file stem), or add the schema.";
    /// A form schema (`templates/forms/*.toml`) does not parse or is inconsistent.
    FormInvalid = "form-invalid", Error, "Fix the form schema at the reported position; the form is not shown until it is valid.";
    /// An article's claim checklist has more or fewer items than its form's schema.
    ClaimChecklistCount = "claim-checklist-count", Warning, "Keep one bulleted item per item of the source checklist; a translation may have merged, split or dropped one.";
    /// A field's name (the locale's checklist term) appears in no checklist item.
    ClaimChecklistMissingTerm = "claim-checklist-missing-term", Warning, "Name the field in its checklist item as the source does, or update the locale's `-term-` message in forms.ftl.";
    /// A checklist term is not bold, though the source and same-version translations bold it.
    ClaimChecklistUnbolded = "claim-checklist-unbolded", Warning, "Write the field name in bold (`**name**`), as the source checklist does.";
    /// An article that documents a form has no recognizable checklist.
    ClaimChecklistNotFound = "claim-checklist-not-found", Warning, "Keep the checklist: the lead sentence followed by a bulleted list with the field names in bold, before the form's heading.";
    /// One locale's copy of an article a form documents: its checklist's item count and
    /// missing and unbolded terms, for the per-locale table `check` lists.
    ClaimChecklistSummary = "claim-checklist-summary", Info, "Nothing to do: the line lists the copy's checklist items and terms; the warnings say what to fix.";
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A place in a source file: path relative to the content root (always with `/`),
/// 1-based line and 1-based column counted in Unicode scalar values (SARIF
/// `columnKind: unicodeCodePoints`), and the length of the spanned text in chars.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// Path relative to the content root, `/`-separated (e.g. `zh-cn/partner-center/a.md`).
    pub path: String,
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, in chars.
    pub column: u32,
    /// Length of the spanned text in chars (0 = a point).
    pub len: u32,
}

impl Span {
    /// A span covering a whole file (line 1, column 1, no length).
    pub fn file(path: impl Into<String>) -> Span {
        Span { path: path.into(), line: 1, column: 1, len: 0 }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

/// One content problem: what rule fired, how serious it is, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The rule that fired.
    pub rule: Rule,
    /// Effective severity (the rule's default unless overridden).
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where; `None` only for site-wide findings with no file.
    pub span: Option<Span>,
    /// What to do about it ("did you mean …").
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the rule's default severity.
    pub fn new(rule: Rule, span: Option<Span>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { rule, severity: rule.default_severity(), message: message.into(), span, hint: None }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// Sort key giving a deterministic order: path, line, column, rule, message.
    pub fn sort_key(&self) -> (Option<&Span>, Rule, &str) {
        (self.span.as_ref(), self.rule, &self.message)
    }
}

/// An external (http/https/mailto…) URL found in content; listed, not fetched.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ExternalLink {
    /// The URL as written in the source (after entity decoding), e.g. `https://aka.ms/x`.
    pub url: String,
    /// Where the link is written.
    pub span: Span,
}

/// Sorts diagnostics deterministically and removes exact duplicates.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diags.dedup();
}

/// Maps byte offsets of one source text to 1-based line and char columns.
///
/// Built once per file (a table of line starts); each lookup is a binary search,
/// the approach lychee uses for pulldown-cmark's `into_offset_iter()` offsets.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Starts,
}

/// Line starts: 4 bytes each for a text under 4 GiB (every page docloc reads; the table
/// lives as long as its page), 8 beyond.
#[derive(Debug, Clone)]
enum Starts {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl Starts {
    /// Start of 0-based line `i`.
    fn get(&self, i: usize) -> Option<usize> {
        match self {
            Starts::Narrow(v) => v.get(i).map(|&s| s as usize),
            Starts::Wide(v) => v.get(i).copied(),
        }
    }

    /// The 0-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        let after = match self {
            Starts::Narrow(v) => v.partition_point(|&s| s as usize <= offset),
            Starts::Wide(v) => v.partition_point(|&s| s <= offset),
        };
        after.saturating_sub(1)
    }
}

impl LineIndex {
    /// Indexes `text`: `\n` ends a line (a preceding `\r` is part of that line).
    pub fn new(text: &str) -> LineIndex {
        // Sized exactly: the table lives as long as its page (counting first is a fast
        // `memchr` pass; growing by doubling would keep up to twice the table).
        let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
        let starts = match u32::try_from(text.len()) {
            Ok(_) => {
                let mut starts = Vec::with_capacity(lines + 1);
                starts.push(0);
                starts.extend(ends.map(|i| i as u32));
                Starts::Narrow(starts)
            }
            Err(_) => {
                let mut starts = Vec::with_capacity(lines + 1);
                starts.push(0);
                starts.extend(ends);
                Starts::Wide(starts)
            }
        };
        LineIndex { starts }
    }

    /// `(line, column)` of byte `offset` in `text` (both 1-based; column in chars).
    /// Offsets past the end clamp to the end; offsets inside a char round down.
    pub fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self.starts.line_of(offset);
        let start = self.starts.get(line).unwrap_or(0);
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let col = text.get(start..end).map_or(0, |s| s.chars().count());
        (line as u32 + 1, col as u32 + 1)
    }

    /// Byte offset in `text` of 1-based `line` and 1-based `column` (in chars): the
    /// inverse of [`LineIndex::position`]. A column past the end of its line clamps to
    /// the line's end (before its `\n`), a line past the last to the end of `text`.
    pub fn offset(&self, text: &str, line: u32, column: u32) -> usize {
        let i = (line as usize).saturating_sub(1);
        let Some(start) = self.starts.get(i) else { return text.len() };
        let end = self.starts.get(i + 1).map_or(text.len(), |e| e - 1).min(text.len());
        let Some(line_text) = text.get(start..end) else { return start.min(text.len()) };
        let skip = (column as usize).saturating_sub(1);
        line_text.char_indices().nth(skip).map_or(end, |(b, _)| start + b)
    }

    /// A [`Span`] for the byte range `start..end` of `text` in file `path`.
    pub fn span(&self, path: &str, text: &str, start: usize, end: usize) -> Span {
        let (line, column) = self.position(text, start);
        let end = end.clamp(start, text.len());
        let len = text.get(start..end).map_or(0, |s| s.chars().count()) as u32;
        Span { path: path.to_string(), line, column, len }
    }

    /// The text of 1-based line `line`, without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: u32) -> &'t str {
        let i = (line as usize).saturating_sub(1);
        let Some(start) = self.starts.get(i) else { return "" };
        let end = self.starts.get(i + 1).unwrap_or(text.len());
        text.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }
}

/// Turns a path relative to some root into the `/`-separated form spans use.
/// An absolute path keeps one leading `/` (`/srv/docs`, not `//srv/docs`).
pub fn display_path(rel: &Path) -> String {
    let mut out = String::new();
    for c in rel.components() {
        if c == std::path::Component::RootDir {
            out.push('/');
            continue;
        }
        if !out.is_empty() && !out.ends_with('/') {
            out.push('/');
        }
        out.push_str(&c.as_os_str().to_string_lossy());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_are_slash_separated_with_one_leading_slash() {
        assert_eq!(display_path(Path::new("zh-cn/partner-center/a.md")), "zh-cn/partner-center/a.md");
        assert_eq!(display_path(Path::new("/srv/docs")), "/srv/docs");
        assert_eq!(display_path(Path::new("/")), "/");
        assert_eq!(display_path(Path::new("./a/../b")), "./a/../b");
        assert_eq!(display_path(Path::new("")), "");
    }

    #[test]
    fn positions_count_chars_not_bytes() {
        let text = "ab\n中文[x](y)\r\nz";
        let idx = LineIndex::new(text);
        let off = text.find("[x]").unwrap();
        assert_eq!(idx.position(text, off), (2, 3));
        assert_eq!(idx.position(text, text.len()), (3, 2));
        assert_eq!(idx.line_text(text, 2), "中文[x](y)");
        assert_eq!(idx.position(text, off + 1000), (3, 2));
        for at in [0, 1, 3, off, off + 3, text.len()] {
            let (line, column) = idx.position(text, at);
            assert_eq!(idx.offset(text, line, column), at);
        }
        assert_eq!(idx.offset(text, 1, 99), 2);
        assert_eq!(idx.offset(text, 9, 1), text.len());
    }

    #[test]
    fn rule_ids_round_trip_and_are_unique() {
        let mut ids: Vec<_> = Rule::ALL.iter().map(|r| r.id()).collect();
        for r in Rule::ALL {
            assert_eq!(Rule::from_id(r.id()), Some(*r));
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
    }
}
