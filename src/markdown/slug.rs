//! Heading ids for headings without an explicit anchor.
//!
//! Follows DocFX/markdig's auto-identifier rule in its Unicode-preserving form: lower-case,
//! letters and digits kept (any script), whitespace and `-` become `-`, other punctuation
//! dropped, repeated `-` collapsed. Duplicates on a page get `-1`, `-2`… suffixes.

use crate::hash::HashMap;

/// The id for heading text `text` (before de-duplication); `"section"` when nothing is left.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '_' {
            out.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-') && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

/// Hands out unique ids within one page.
#[derive(Debug, Default, Clone)]
pub struct IdSet {
    used: HashMap<String, usize>,
}

impl IdSet {
    /// Marks an explicit id as used; returns false when it was already used.
    pub fn claim(&mut self, id: &str) -> bool {
        if self.used.contains_key(id) {
            return false;
        }
        self.used.insert(id.to_string(), 0);
        true
    }

    /// A unique id derived from `base` (`base`, `base-1`, `base-2`, …).
    pub fn unique(&mut self, base: &str) -> String {
        if self.claim(base) {
            return base.to_string();
        }
        let mut n = self.used.get(base).copied().unwrap_or(0);
        loop {
            n += 1;
            let candidate = format!("{base}-{n}");
            if !self.used.contains_key(&candidate) {
                self.used.insert(base.to_string(), n);
                self.used.insert(candidate.clone(), 0);
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slugify("Next steps"), "next-steps");
        assert_eq!(slugify("What's new?  (2021)"), "whats-new-2021");
        assert_eq!(slugify("后续步骤"), "后续步骤");
        assert_eq!(slugify("Дальнейшие шаги"), "дальнейшие-шаги");
        assert_eq!(slugify("!!!"), "section");
    }

    #[test]
    fn unique_ids() {
        let mut ids = IdSet::default();
        assert_eq!(ids.unique("a"), "a");
        assert_eq!(ids.unique("a"), "a-1");
        assert!(!ids.claim("a-1"));
        assert_eq!(ids.unique("a"), "a-2");
    }
}
