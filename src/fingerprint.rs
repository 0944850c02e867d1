//! Fingerprints: 128-bit XXH3 hashes of bytes and of `Debug` renderings, for the build
//! cache and `docloc serve` to tell whether what a result was made from has changed.
//!
//! Shared vocabulary at the bottom of the crate (it uses no other module). XXH3 (the
//! `xxhash-rust` crate) is stable across platforms and releases, so a fingerprint written
//! by one run can be compared by the next; 128 bits make an accidental collision
//! negligible (about 2⁻⁶⁴ at 2³² fingerprints).

use std::fmt::{Debug, Write};
use xxhash_rust::xxh3::Xxh3;

/// A fingerprint being computed: feed it bytes, numbers and `Debug` values, then
/// [`Fingerprint::finish`]. Every piece is length-delimited, so `("ab", "c")` and
/// `("a", "bc")` differ.
#[derive(Clone, Default)]
pub struct Fingerprint(Xxh3);

impl Fingerprint {
    /// An empty fingerprint.
    pub fn new() -> Fingerprint {
        Fingerprint(Xxh3::new())
    }

    /// Adds `bytes`.
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Fingerprint {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds a string.
    pub fn str(&mut self, s: &str) -> &mut Fingerprint {
        self.bytes(s.as_bytes())
    }

    /// Adds a number (an index, a count, another fingerprint).
    pub fn u128(&mut self, n: u128) -> &mut Fingerprint {
        self.0.update(&n.to_le_bytes());
        self
    }

    /// Adds the `Debug` rendering of `value`, streamed (no string is built). Only for
    /// values whose `Debug` output is deterministic (no hash maps).
    pub fn debug(&mut self, value: &dyn Debug) -> &mut Fingerprint {
        let mut w = Streamed(&mut self.0, 0);
        let _ = write!(w, "{value:?}");
        let n = w.1;
        self.0.update(&n.to_le_bytes());
        self
    }

    /// The fingerprint.
    pub fn finish(&self) -> u128 {
        self.0.digest128()
    }
}

/// The fingerprint of one byte string.
pub fn of_bytes(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

struct Streamed<'a>(&'a mut Xxh3, u64);

impl Write for Streamed<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        self.1 += s.len() as u64;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_delimited_and_stable() {
        let ab_c = Fingerprint::new().str("ab").str("c").finish();
        let a_bc = Fingerprint::new().str("a").str("bc").finish();
        assert_ne!(ab_c, a_bc);
        assert_eq!(ab_c, Fingerprint::new().str("ab").str("c").finish());
        assert_eq!(Fingerprint::new().debug(&("x", 1)).finish(), Fingerprint::new().debug(&("x", 1)).finish());
        assert_ne!(Fingerprint::new().debug(&("x", 1)).finish(), Fingerprint::new().debug(&("x", 2)).finish());
        // XXH3-128 of the empty input, as the reference implementation gives it.
        assert_eq!(of_bytes(b""), 0x99aa06d3014798d86001c324468d497f);
    }
}
