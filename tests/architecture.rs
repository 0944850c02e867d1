//! The pipeline's dependency direction, held true: every `crate::<module>` path in the
//! library's non-test code must name a module of a lower layer (or its own module), as
//! the picture in `src/lib.rs` draws it, and `report` may use only `diagnostic`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may use modules of strictly lower layers.
const LAYERS: &[&[&str]] = &[
    &["hash"],
    &["diagnostic", "fingerprint", "yaml"],
    &["link", "config", "theme", "external", "report"],
    &["sanitize"],
    &["i18n"],
    &["locale"],
    &["content"],
    &["markdown"],
    // The claim-checklist check reads Markdown and names headings as `markdown` slugs them.
    &["form"],
    &["project"],
    &["model"],
    &["render", "nav"],
    &["checks"],
    &["analysis"],
    &["parity"],
    &["site"],
    &["cache"],
    &["serve"],
];

/// Modules that may use only the modules listed (beyond themselves).
const ONLY: &[(&str, &[&str])] = &[("report", &["diagnostic"])];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level module a source file belongs to (`src/model/resolve.rs` → `model`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap_or(file);
    let first = rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
    first.strip_suffix(".rs").unwrap_or(&first).to_string()
}

/// The file's text up to its first `#[cfg(test)]` (tests may use anything).
fn non_test(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

/// Every top-level module named by a `crate::x` path in `text`.
fn used(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.push((name, n + 1));
            }
            rest = after;
        }
        // `use crate::{a, b}` groups.
        if let Some(i) = code.find("crate::{") {
            let group = &code[i + "crate::{".len()..];
            for part in group.split([',', '}']) {
                let name: String = part.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.push((name, n + 1));
                }
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn dependencies_point_down_the_pipeline() {
    let src = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut violations = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for file in &files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name == "tests.rs" || name == "test_support.rs" || name == "main.rs" || name == "lib.rs" {
            continue;
        }
        let module = module_of(&src, file);
        let Some(own) = layer(&module) else {
            violations.push(format!("{}: module `{module}` is in no layer of tests/architecture.rs", file.display()));
            continue;
        };
        *seen.entry(module.clone()).or_default() += 1;
        let text = std::fs::read_to_string(file).expect("readable");
        for (used, line) in used(non_test(&text)) {
            if used == module {
                continue;
            }
            let rel = file.strip_prefix(&src).unwrap_or(file).display();
            if let Some((_, allowed)) = ONLY.iter().find(|(m, _)| *m == module) {
                if !allowed.contains(&used.as_str()) {
                    violations.push(format!("src/{rel}:{line}: `{module}` may use only {allowed:?}, not `{used}`"));
                }
                continue;
            }
            match layer(&used) {
                Some(l) if l < own => {}
                Some(_) => violations
                    .push(format!("src/{rel}:{line}: `{module}` uses `{used}`, which is not below it in the pipeline")),
                None => violations.push(format!("src/{rel}:{line}: `{used}` is in no layer")),
            }
        }
    }
    assert!(violations.is_empty(), "imports against the pipeline's direction:\n{}", violations.join("\n"));
    for m in
        ["diagnostic", "link", "config", "content", "markdown", "model", "render", "nav", "checks", "analysis", "site"]
    {
        assert!(seen.contains_key(m), "module `{m}` not found: the test no longer reads the sources");
    }
}

#[test]
fn the_scanner_finds_paths_and_groups() {
    let found: Vec<String> =
        used("use crate::model::Model;\nlet x = crate::site::build(); // crate::nope\nuse crate::{a, b::c};")
            .into_iter()
            .map(|(m, _)| m)
            .collect();
    assert_eq!(found, ["model", "site", "a", "b"]);
}
