//! `Text`: the characters of a `str` object, in two words. A short string (up to `INLINE`
//! bytes: names, words, numbers, single characters) is stored inside the `Str` itself, so
//! making one costs one allocation (the `Rc`) and a small `str` takes one 48-byte malloc
//! chunk, less than CPython's compact ASCII objects (64 with pymalloc's rounding). Longer
//! text lives behind one thin pointer, with whether it is all ASCII remembered beside it.
//! Invariant: the inline bytes are always whole `&str`s copied in, so they are valid UTF-8,
//! and the buffer past them is zeros (nothing shortens inline text), so two inline texts are
//! equal exactly when their lengths and whole buffers are: a compare of two words.
//! Text only changes through `push_str`, which the VM calls on a string nobody else holds
//! (`s += t` when the local was its only reference): a long string then grows like a
//! `String`, with spare capacity, so a loop of appends is amortised O(n) as in CPython.
//! `Text` dereferences to `str`, so it reads like a `&str` everywhere.

use std::borrow::{Borrow, Cow};
use std::cell::Cell;
use std::fmt;
use std::ops::Deref;

/// Bytes kept inline: with the tag and the length byte the enum is two words.
const INLINE: usize = 14;

/// The representation is private to this file, so nothing else can put bytes inline: that
/// is what makes the unchecked UTF-8 read in `as_str` sound.
pub struct Text(Repr);

/// Text longer than `INLINE` bytes is a boxed `String` (its capacity lets `push_str` grow it
/// in place), with its ASCII-ness cached in the enum's spare bytes (0 unknown, 1 yes, 2 no):
/// for a long string finding it is a walk worth doing once; short ones are checked on the spot.
// The `String` is boxed to keep `Text` two words (a bare `String` is three).
#[allow(clippy::box_collection)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap { ascii: Cell<u8>, s: Box<String> },
}

impl Text {
    fn inline(s: &str) -> Option<Text> {
        if s.len() > INLINE {
            return None;
        }
        let mut buf = [0u8; INLINE];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        Some(Text(Repr::Inline {
            len: s.len() as u8,
            buf,
        }))
    }

    fn heap(s: String) -> Text {
        Text(Repr::Heap {
            ascii: Cell::new(0),
            s: Box::new(s),
        })
    }

    /// Appends `t` (the VM's in-place `s += t` on an unshared string).
    pub fn push_str(&mut self, t: &str) {
        if let Repr::Heap { ascii, s } = &mut self.0 {
            s.push_str(t);
            // Known ASCII stays so only if `t` is; known non-ASCII stays so.
            if ascii.get() == 1 && !t.is_ascii() {
                ascii.set(2);
            }
            return;
        }
        let old = self.len();
        let n = old + t.len();
        if n > INLINE {
            let mut s = String::with_capacity(n);
            s.push_str(self.as_str());
            s.push_str(t);
            *self = Text::heap(s);
        } else if let Repr::Inline { len, buf } = &mut self.0 {
            // A whole `&str` appended to whole `&str`s: still valid UTF-8 (see `as_str`).
            buf[old..n].copy_from_slice(t.as_bytes());
            *len = n as u8;
        }
    }

    /// `a + b`, built in place when it is short (no intermediate `String`).
    pub fn concat(a: &str, b: &str) -> Text {
        let n = a.len() + b.len();
        if n <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..a.len()].copy_from_slice(a.as_bytes());
            buf[a.len()..n].copy_from_slice(b.as_bytes());
            // Two whole `&str`s one after the other are valid UTF-8 (see `as_str`).
            return Text(Repr::Inline { len: n as u8, buf });
        }
        let mut s = String::with_capacity(n);
        s.push_str(a);
        s.push_str(b);
        Text::heap(s)
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `buf[..len]` is exactly the bytes of whole `&str`s copied in by
            // `inline`, `concat` or `push_str` (which only writes past `len`), so it is
            // valid UTF-8; `len` is at most `INLINE` there. Checking it again on every read would make each
            // string access O(len).
            Repr::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize))
            },
            Repr::Heap { s, .. } => s,
        }
    }

    /// All chars are ASCII (so char positions are byte positions).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        match &self.0 {
            Repr::Inline { .. } => self.as_str().is_ascii(),
            Repr::Heap { ascii, s } => match ascii.get() {
                1 => true,
                2 => false,
                _ => {
                    let a = s.is_ascii();
                    ascii.set(if a { 1 } else { 2 });
                    a
                }
            },
        }
    }

    /// The number of chars. Short text counts its UTF-8 continuation bytes (`0b10xx_xxxx`,
    /// the bytes that begin no char) without a branch per byte; long text asks its
    /// remembered ASCII flag first.
    #[inline]
    pub fn char_count(&self) -> usize {
        match &self.0 {
            Repr::Inline { len, buf } => {
                let n = *len as usize;
                // The buffer as two words, masked to the text's `n` bytes: no high bit set
                // (the usual case) means all ASCII, one char per byte.
                let word = |bytes: &[u8], k: usize| {
                    let mut w = [0u8; 8];
                    w[..bytes.len()].copy_from_slice(bytes);
                    let keep = if k >= 8 { u64::MAX } else { (1 << (8 * k)) - 1 };
                    u64::from_le_bytes(w) & keep
                };
                let (lo, hi) = (word(&buf[..8], n), word(&buf[8..], n.saturating_sub(8)));
                if (lo | hi) & 0x8080_8080_8080_8080 == 0 {
                    return n;
                }
                buf[..n].iter().filter(|&&b| b & 0xc0 != 0x80).count()
            }
            Repr::Heap { s, .. } if self.is_ascii() => s.len(),
            Repr::Heap { s, .. } => s.chars().count(),
        }
    }
}

impl Deref for Text {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::inline(s).unwrap_or_else(|| Text::heap(s.to_owned()))
    }
}

impl From<String> for Text {
    fn from(mut s: String) -> Text {
        if let Some(t) = Text::inline(&s) {
            return t;
        }
        // A kept string holds no builder's spare capacity (only `push_str` adds some).
        s.shrink_to_fit();
        Text::heap(s)
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::from(s.as_str())
    }
}

impl From<Box<str>> for Text {
    fn from(s: Box<str>) -> Text {
        Text::inline(&s).unwrap_or_else(|| Text::heap(s.into_string()))
    }
}

impl From<Cow<'_, str>> for Text {
    fn from(s: Cow<'_, str>) -> Text {
        match s {
            Cow::Borrowed(s) => Text::from(s),
            Cow::Owned(s) => Text::from(s),
        }
    }
}

impl From<char> for Text {
    fn from(c: char) -> Text {
        Text::from(c.encode_utf8(&mut [0; 4]) as &str)
    }
}

impl PartialEq for Text {
    /// Short texts (dict keys, words) compare their fixed-size buffers, without a `memcmp`
    /// call: the zeros past the text make that exact (see the invariant above).
    #[inline]
    fn eq(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            (Repr::Inline { len: a, buf: x }, Repr::Inline { len: b, buf: y }) => a == b && x == y,
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::{Repr, Text};

    fn inline(t: &Text) -> bool {
        matches!(t.0, Repr::Inline { .. })
    }

    #[test]
    fn short_text_is_inline_and_long_text_behind_a_pointer() {
        assert_eq!(std::mem::size_of::<Text>(), 16);
        let samples = [
            "",
            "a",
            "kaloni",
            "κaλé€x",
            "12345678901234",
            "123456789012345",
            "é234567890123é",
        ];
        for s in samples {
            let t = Text::from(s);
            assert_eq!(&*t, s);
            assert_eq!(inline(&t), s.len() <= 14);
            let owned = Text::from(s.to_string());
            assert!(inline(&owned) == (s.len() <= 14) && owned == t);
            assert_eq!(t.is_ascii(), s.is_ascii());
            assert_eq!(t.is_ascii(), s.is_ascii());
            assert_eq!(t.char_count(), s.chars().count());
        }
        assert_eq!(&*Text::from('é'), "é");
        // Inline texts built in different ways compare by content (Text against Text).
        let mut grown = Text::from("ka");
        grown.push_str("lo");
        let [same, shorter, padded] = ["kalo", "kal", "kalo\0"].map(Text::from);
        let built = Text::concat("k", "alo");
        assert!(grown == same && grown == built);
        assert!(grown != shorter && grown != padded);
        let mut long = Text::from("0123456789");
        long.push_str("abcdefgh");
        let [whole, prefix] = ["0123456789abcdefgh", "0123456789"].map(Text::from);
        assert!(long == whole && long != prefix);
        let short = Text::concat("123456", "é23456");
        assert_eq!(&*short, "123456é23456");
        assert!(inline(&short));
        let long = Text::concat("1234567", "é2345678");
        assert_eq!(&*long, "1234567é2345678");
        assert!(!inline(&long));
        assert!(!long.is_ascii());
    }

    #[test]
    fn push_str_fills_inline_then_grows_on_the_heap() {
        let mut t = Text::from("ab");
        t.push_str("cdé");
        assert_eq!(&*t, "abcdé");
        assert!(inline(&t) && !t.is_ascii());
        let mut t = Text::from("0123456789");
        t.push_str("abcd");
        assert!(inline(&t));
        t.push_str("e");
        assert_eq!(&*t, "0123456789abcde");
        assert!(!inline(&t) && t.is_ascii());
        // The cached ASCII flag follows the appends.
        t.push_str("é");
        assert!(!t.is_ascii());
        t.push_str("x");
        assert_eq!(&*t, "0123456789abcdeéx");
        assert!(!t.is_ascii());
        let mut u = Text::from("x".repeat(20));
        assert!(u.is_ascii());
        for _ in 0..100 {
            u.push_str("yz");
        }
        assert_eq!(u.len(), 220);
        assert!(u.is_ascii());
    }
}
