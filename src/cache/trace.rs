//! What rendering one page asked the model and was answered: the [`Trace`] a rendering
//! is kept under.
//!
//! Rendering a page is a pure function of the page's file, the renderer's UI strings,
//! the include depth and the answers to its questions (every link, image and media
//! destination resolved and turned into a URL, every include read). [`Recorder`] wraps
//! the [`PageResolver`] the renderer asks and writes each question down with its answer;
//! [`Trace::still_holds`] asks the same questions again of a new model and compares. When
//! every answer is the same, so is the rendering: nothing about which changes matter is
//! listed anywhere, the page's own record says it (the "verifying traces" of build systems
//! à la carte, Mokhov et al. 2018).

use crate::diagnostic::Rule;
use crate::link::{Resolution, Want};
use crate::markdown::Resolver;
use crate::model::Model;
use crate::render::PageResolver;
use std::sync::Mutex;

/// One question rendering asked, with its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Call {
    /// [`Resolver::resolve`].
    Resolve {
        /// File the destination is written in.
        from_key: String,
        /// Destination as written.
        dest: String,
        /// What it must name.
        want: Want,
        /// The answer.
        answer: Resolution,
    },
    /// [`Resolver::url`].
    Url {
        /// Destination as written.
        dest: String,
        /// What it names.
        want: Want,
        /// Its resolution, as asked.
        resolution: Resolution,
        /// The answer.
        answer: Option<String>,
    },
    /// [`Resolver::include`]: the include's key, display path and text fingerprint, or
    /// the problem reported.
    Include {
        /// File the include is written in.
        from_key: String,
        /// Target as written.
        target: String,
        /// The answer.
        answer: Result<(String, String, u128), (Rule, String)>,
    },
    /// [`Resolver::form_before`]: the form placed before a heading (schemas can change
    /// without the page changing).
    FormBefore {
        /// The page's key.
        key: String,
        /// The heading's id.
        heading_id: String,
        /// The answer.
        answer: Option<String>,
    },
}

/// Every question one rendering asked, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Trace {
    /// The questions with their answers.
    pub(crate) calls: Vec<Call>,
}

impl Trace {
    /// Whether every question gets the same answer from `model` for a page of
    /// `content_locale` rendered for readers of `output_locale`. With `links` false only
    /// includes are asked again (they read files, which the model does not cover; the
    /// caller knows the model is unchanged).
    pub(crate) fn still_holds(
        &self,
        model: &Model<'_>,
        output_locale: &str,
        content_locale: &str,
        links: bool,
    ) -> bool {
        let resolver = PageResolver { model, output_locale, content_locale };
        self.calls.iter().all(|call| match call {
            Call::Resolve { from_key, dest, want, answer } => {
                !links || resolver.resolve(from_key, dest, *want) == *answer
            }
            Call::Url { dest, want, resolution, answer } => !links || resolver.url(dest, *want, resolution) == *answer,
            Call::Include { from_key, target, answer } => include_answer(&resolver, from_key, target) == *answer,
            Call::FormBefore { key, heading_id, answer } => resolver.form_before(key, heading_id) == *answer,
        })
    }
}

fn include_answer(
    resolver: &dyn Resolver,
    from_key: &str,
    target: &str,
) -> Result<(String, String, u128), (Rule, String)> {
    resolver.include(from_key, target).map(|(key, text)| (key, text.path.clone(), text.fingerprint()))
}

/// A [`Resolver`] that answers as the wrapped [`PageResolver`] and records every
/// question and answer.
pub(crate) struct Recorder<'a, 'c> {
    inner: PageResolver<'a, 'c>,
    calls: Mutex<Vec<Call>>,
}

impl<'a, 'c> Recorder<'a, 'c> {
    /// Records the questions a page of `content_locale` asks when rendered for readers of
    /// `output_locale`.
    pub(crate) fn new(model: &'a Model<'c>, output_locale: &'a str, content_locale: &'a str) -> Recorder<'a, 'c> {
        Recorder { inner: PageResolver { model, output_locale, content_locale }, calls: Mutex::new(Vec::new()) }
    }

    /// The record.
    pub(crate) fn into_trace(self) -> Trace {
        Trace { calls: self.calls.into_inner().unwrap_or_else(|p| p.into_inner()) }
    }

    fn push(&self, call: Call) {
        self.calls.lock().unwrap_or_else(|p| p.into_inner()).push(call);
    }
}

impl Resolver for Recorder<'_, '_> {
    fn resolve(&self, from_key: &str, dest: &str, want: Want) -> Resolution {
        let answer = self.inner.resolve(from_key, dest, want);
        self.push(Call::Resolve { from_key: from_key.into(), dest: dest.into(), want, answer: answer.clone() });
        answer
    }

    fn url(&self, dest: &str, want: Want, r: &Resolution) -> Option<String> {
        let answer = self.inner.url(dest, want, r);
        self.push(Call::Url { dest: dest.into(), want, resolution: r.clone(), answer: answer.clone() });
        answer
    }

    fn form_before(&self, key: &str, heading_id: &str) -> Option<String> {
        let answer = self.inner.form_before(key, heading_id);
        self.push(Call::FormBefore { key: key.into(), heading_id: heading_id.into(), answer: answer.clone() });
        answer
    }

    fn include(&self, from_key: &str, target: &str) -> Result<(String, crate::content::SourceText), (Rule, String)> {
        let answer = self.inner.include(from_key, target);
        let recorded = match &answer {
            Ok((key, text)) => Ok((key.clone(), text.path.clone(), text.fingerprint())),
            Err(e) => Err(e.clone()),
        };
        self.push(Call::Include { from_key: from_key.into(), target: target.into(), answer: recorded });
        answer
    }

    fn html_policy(&self) -> &crate::sanitize::HtmlPolicy {
        self.inner.html_policy()
    }
}
