//! Placeholder module; filled in by its owner.

use super::CheckInput;
use crate::diagnostic::Diagnostic;

/// Runs the checks of this module.
pub fn check(_input: &CheckInput<'_>, _out: &mut Vec<Diagnostic>) {}
