//! The HTML dashboard (`docloc parity --format html --out DIR`, and later the site's
//! `/_parity/`): static pages readable without JavaScript.
//!
//! * `index.html`: the matrix of articles × locales in TOC order, with coverage and
//!   freshness per locale; a few lines of script add filters (status, locale, folder,
//!   text) — without script every row shows;
//! * `locale/<locale>.html`: one locale's summary and its stale, untracked, orphan and
//!   missing articles;
//! * `article/<article id>.html`: one article's cohorts, and per locale its status,
//!   outdated sections, structural findings and segment findings side by side.
//!
//! Every link between dashboard pages is relative, so the folder works from any URL
//! prefix or from disk; links to articles use the site's URLs (`/<locale>/<path>/`).

use super::super::{Article, Cell, Report, Status};
use super::cell_text;
use crate::markdown::escape;
use std::fmt::Write as _;

const CSS: &str = r#"body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.s{white-space:nowrap;text-align:center}
.current{background:#e3f5e1}.stale{background:#fff1cc}.untracked{background:#eee}.orphan{background:#e8e4f8}.missing{background:#fbe3e3}
.filters{display:flex;gap:1rem;flex-wrap:wrap;margin:.5rem 0}.filters[hidden],[hidden]{display:none}.filters label{display:flex;gap:.3rem;align-items:center}
.sxs td{width:50%}code{font-size:90%}.muted{color:#666}nav a{margin-right:1rem}
"#;

const FILTER_JS: &str = r#"(function(){
var q=function(s){return document.querySelector(s)};var rows=[].slice.call(document.querySelectorAll('#matrix tbody tr'));
function apply(){var st=q('#f-status').value,lo=q('#f-locale').value,fo=q('#f-folder').value,tx=q('#f-text').value.toLowerCase();var n=0;
rows.forEach(function(r){var ok=(!fo||r.dataset.folder===fo)&&(!tx||r.dataset.id.indexOf(tx)>=0);
if(ok&&st){ok=[].slice.call(r.querySelectorAll('td.s')).some(function(td){return td.dataset.status===st&&(!lo||td.dataset.locale===lo)})}
r.hidden=!ok;if(ok)n++});q('#f-count').textContent=n+' shown'}
q('#filters').hidden=false;['#f-status','#f-locale','#f-folder','#f-text'].forEach(function(s){q(s).addEventListener('input',apply)});apply()})();
"#;

fn page(title: &str, depth: usize, body: &str) -> Vec<u8> {
    let up = "../".repeat(depth);
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
<title>{t} — translation parity</title><link rel=\"stylesheet\" href=\"{up}parity.css\"></head>\n<body>\n\
<nav><a href=\"{up}index.html\">All articles</a></nav>\n<h1>{t}</h1>\n{body}</body></html>\n",
        t = escape(title)
    )
    .into_bytes()
}

fn article_href(a: &Article) -> String {
    format!("article/{}.html", a.id)
}

fn status_td(c: &Cell, href: &str) -> String {
    format!(
        "<td class=\"s {st}\" data-status=\"{st}\" data-locale=\"{l}\" title=\"{l}: {st}{lag}\"><a href=\"{href}\">{txt}</a></td>",
        st = c.status.as_str(),
        l = escape(&c.locale),
        lag = c.lag_days.filter(|d| *d > 0).map(|d| format!(", {d} days behind")).unwrap_or_default(),
        txt = escape(&cell_text(c)),
    )
}

fn summary_table(report: &Report, up: &str) -> String {
    let mut s = String::from("<table id=\"summary\"><thead><tr><th>locale</th><th>present</th><th>current</th><th>stale</th><th>untracked</th><th>orphan</th><th>coverage (files)</th><th>coverage (words)</th><th>fresh (files)</th><th>stale (words)</th><th>mean lag (days)</th></tr></thead><tbody>\n");
    for l in &report.summary {
        let _ = writeln!(
            s,
            "<tr><th><a href=\"{up}locale/{c}.html\">{c}</a></th><td>{}/{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.1}%</td><td>{:.1}%</td><td>{:.1}%</td><td>{:.1}%</td><td>{}</td></tr>",
            l.present,
            l.articles,
            l.current,
            l.stale,
            l.untracked,
            l.orphan,
            l.coverage_files_pct,
            l.coverage_words_pct,
            l.fresh_files_pct,
            l.stale_words_pct,
            l.mean_lag_days.map_or("–".to_string(), |d| format!("{d:.0}")),
            c = escape(&l.locale),
        );
    }
    s.push_str("</tbody></table>\n");
    s
}

fn index(report: &Report) -> Vec<u8> {
    let mut b = String::new();
    let reference = match &report.source_locale {
        Some(s) => format!("Reference: the source locale <b>{}</b>.", escape(s)),
        None => "No source locale: versions are ranked by <code>ms.openlocfilehash</code> cohort and <code>ms.lasthandoff</code> (v1 = oldest).".into(),
    };
    let _ = writeln!(b, "<p>{} articles in {} locales. {reference}</p>", report.articles.len(), report.locales.len());
    b.push_str(&summary_table(report, ""));
    let folders: std::collections::BTreeSet<&str> = report.articles.iter().map(|a| a.folder.as_str()).collect();
    let opts = |items: &mut dyn Iterator<Item = String>| {
        items.map(|v| format!("<option value=\"{v}\">{v}</option>", v = escape(&v))).collect::<String>()
    };
    let statuses = [Status::Stale, Status::Missing, Status::Untracked, Status::Orphan, Status::Current];
    let _ = writeln!(
        b,
        "<div id=\"filters\" class=\"filters\" hidden><label>status <select id=\"f-status\"><option value=\"\">any</option>{}</select></label>\
<label>in locale <select id=\"f-locale\"><option value=\"\">any</option>{}</select></label>\
<label>folder <select id=\"f-folder\"><option value=\"\">any</option>{}</select></label>\
<label>article <input id=\"f-text\" type=\"search\"></label><span id=\"f-count\" class=\"muted\"></span></div>",
        opts(&mut statuses.iter().map(|s| s.as_str().to_string())),
        opts(&mut report.locales.iter().cloned()),
        opts(&mut folders.iter().map(|f| f.to_string())),
    );
    let _ = writeln!(
        b,
        "<p class=\"muted\">{} current · {} stale (vN/M: version N of M) · {} untracked · {} orphan · {} missing; m = machine, h = human translation</p>",
        Status::Current.glyph(),
        Status::Stale.glyph(),
        Status::Untracked.glyph(),
        Status::Orphan.glyph(),
        Status::Missing.glyph()
    );
    b.push_str("<table id=\"matrix\"><thead><tr><th>article</th><th>words</th>");
    for l in &report.locales {
        let _ = write!(b, "<th><a href=\"locale/{l}.html\">{l}</a></th>", l = escape(l));
    }
    b.push_str("</tr></thead><tbody>\n");
    for a in &report.articles {
        let href = article_href(a);
        let _ = write!(
            b,
            "<tr data-id=\"{id_l}\" data-folder=\"{f}\"><td><a href=\"{href}\">{id}</a></td><td>{w}</td>",
            id_l = escape(&a.id.to_lowercase()),
            f = escape(&a.folder),
            href = escape(&href),
            id = escape(&a.id),
            w = a.words
        );
        for c in &a.cells {
            b.push_str(&status_td(c, &escape(&href)));
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</tbody></table>\n");
    let _ = writeln!(b, "<script>{FILTER_JS}</script>");
    page("Translation parity", 0, &b)
}

fn locale_page(report: &Report, ci: usize) -> Option<(String, Vec<u8>)> {
    let locale = report.locales.get(ci)?;
    let s = report.summary.get(ci)?;
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<p>{} of {} articles present ({:.1}% of files, {:.1}% of words); {} current, {} stale, {} untracked, {} orphan, {} missing.</p>",
        s.present, s.articles, s.coverage_files_pct, s.coverage_words_pct, s.current, s.stale, s.untracked, s.orphan, s.missing
    );
    for status in [Status::Stale, Status::Untracked, Status::Orphan, Status::Missing] {
        let rows: Vec<(&Article, &Cell)> = report
            .articles
            .iter()
            .filter_map(|a| a.cells.get(ci).filter(|c| c.status == status).map(|c| (a, c)))
            .collect();
        let _ = writeln!(b, "<h2 id=\"{st}\">{st} ({})</h2>", rows.len(), st = status.as_str());
        if rows.is_empty() {
            continue;
        }
        b.push_str("<table><thead><tr><th>article</th><th>words</th><th>version</th><th>days behind</th><th>outdated sections</th></tr></thead><tbody>\n");
        for (a, c) in rows {
            let sections: Vec<String> = c.outdated_sections.iter().map(|x| format!("#{}", escape(&x.id))).collect();
            let _ = writeln!(
                b,
                "<tr><td><a href=\"../{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&article_href(a)),
                escape(&a.id),
                a.words,
                c.cohort_rank.map_or("–".into(), |r| format!("v{r} of {}", c.cohorts)),
                c.lag_days.map_or("–".into(), |d| d.to_string()),
                sections.join(" ")
            );
        }
        b.push_str("</tbody></table>\n");
    }
    Some((format!("locale/{locale}.html"), page(&format!("Locale {locale}"), 1, &b)))
}

fn article_page(a: &Article) -> (String, Vec<u8>) {
    let depth = a.id.matches('/').count() + 1;
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<p><code>{}</code> · folder <code>{}</code> · {} words in the newest version{}</p>",
        escape(&a.id),
        escape(&a.folder),
        a.words,
        a.newest_locale.as_ref().map(|l| format!(" ({})", escape(l))).unwrap_or_default()
    );
    b.push_str("<h2 id=\"cohorts\">Versions</h2><table><thead><tr><th>version</th><th>ms.openlocfilehash</th><th>locales</th><th>first handoff</th><th>last handoff</th><th>days behind</th></tr></thead><tbody>\n");
    for c in a.cohorts.iter().rev() {
        let _ = writeln!(
            b,
            "<tr><td>v{} of {}{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            c.rank,
            a.cohorts.len(),
            if c.is_source { " (source)" } else { "" },
            escape(&c.hash),
            escape(&c.locales.join(", ")),
            c.first_handoff.as_deref().unwrap_or("–"),
            c.last_handoff.as_deref().unwrap_or("–"),
            c.lag_days.map_or("–".into(), |d| d.to_string())
        );
    }
    b.push_str("</tbody></table>\n<h2 id=\"locales\">Translations</h2><table><thead><tr><th>locale</th><th>status</th><th>type</th><th>version</th><th>handoff</th><th>page</th></tr></thead><tbody>\n");
    for c in &a.cells {
        let _ = writeln!(
            b,
            "<tr><th><a href=\"#{l}\">{l}</a></th><td class=\"s {st}\">{st}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            c.translation_type.as_deref().unwrap_or("–"),
            c.cohort_rank.map_or("–".into(), |r| format!("v{r} of {}", c.cohorts)),
            c.lasthandoff.as_deref().unwrap_or("–"),
            c.url.as_ref().map_or("–".into(), |u| format!("<a href=\"{u}\">{u}</a>", u = escape(u))),
            l = escape(&c.locale),
            st = c.status.as_str(),
        );
    }
    b.push_str("</tbody></table>\n");
    for c in &a.cells {
        let _ = writeln!(b, "<section id=\"{l}\"><h2>{l}: {}</h2>", c.status.as_str(), l = escape(&c.locale));
        if let Some(p) = &c.path {
            let _ = writeln!(b, "<p class=\"muted\"><code>{}</code></p>", escape(p));
        }
        if !c.outdated_sections.is_empty() {
            b.push_str("<h3>Outdated sections</h3><table class=\"sections\"><thead><tr><th>change</th><th>section</th><th>what</th><th>newest line</th><th>line here</th></tr></thead><tbody>\n");
            for s in &c.outdated_sections {
                let _ = writeln!(
                    b,
                    "<tr><td>{:?}</td><td><code>#{}</code> {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    s.change,
                    escape(&s.id),
                    escape(&s.title),
                    escape(&s.details.join("; ")),
                    s.newest_line.map_or("–".into(), |l| l.to_string()),
                    s.line.map_or("–".into(), |l| l.to_string())
                );
            }
            b.push_str("</tbody></table>\n");
        }
        if !c.structural.is_empty() {
            b.push_str("<h3>Structural findings</h3><table class=\"structural\"><thead><tr><th>check</th><th>finding</th><th>reference</th><th>here</th></tr></thead><tbody>\n");
            for f in &c.structural {
                let at = |l: &super::super::Location| {
                    format!("{}:{}", escape(&l.path), l.line.map_or("–".into(), |n| n.to_string()))
                };
                let _ = writeln!(
                    b,
                    "<tr><td>{}</td><td>{}</td><td><code>{}</code></td><td><code>{}</code></td></tr>",
                    f.check.as_str(),
                    escape(&f.message),
                    at(&f.reference),
                    at(&f.translation)
                );
            }
            b.push_str("</tbody></table>\n");
        }
        if !c.segments.is_empty() {
            b.push_str("<h3>Segment findings</h3><table class=\"sxs\"><thead><tr><th>segment</th><th>translation</th><th>English</th></tr></thead><tbody>\n");
            for f in &c.segments {
                let _ = writeln!(
                    b,
                    "<tr><td><code>{}</code><br>{} (line {})<br><span class=\"muted\">{}</span></td><td>{}</td><td>{}</td></tr>",
                    escape(&f.segment_id),
                    f.check.as_str(),
                    f.line,
                    escape(&f.message),
                    escape(&f.translation),
                    escape(&f.source)
                );
            }
            b.push_str("</tbody></table>\n");
        }
        if c.outdated_sections.is_empty() && c.structural.is_empty() && c.segments.is_empty() {
            b.push_str("<p class=\"muted\">No findings.</p>\n");
        }
        b.push_str("</section>\n");
    }
    (article_href(a), page(&a.title, depth, &b))
}

/// Every file of the dashboard as `(path relative to the dashboard folder, bytes)`:
/// `index.html`, `parity.css`, `locale/<locale>.html`, `article/<id>.html`. Sorted by
/// path; deterministic.
pub fn dashboard_files(report: &Report) -> Vec<(String, Vec<u8>)> {
    let mut files =
        vec![("index.html".to_string(), index(report)), ("parity.css".to_string(), CSS.as_bytes().to_vec())];
    files.extend((0..report.locales.len()).filter_map(|ci| locale_page(report, ci)));
    files.extend(report.articles.iter().map(article_page));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}
