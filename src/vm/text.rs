//! `Text`: the characters of a `str` object. A short string (up to `INLINE` bytes: names,
//! words, numbers, single characters) is stored inside the `Str` itself, so making one costs
//! one allocation (the `Rc`) instead of two and a small `str` takes one 64-byte malloc chunk,
//! as small as CPython's compact ASCII objects; longer text is one exact-size heap block.
//! Invariant: the inline bytes are always a whole `&str` copied in, so they are valid UTF-8.
//! `Text` dereferences to `str`, so it reads like a `&str` everywhere.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

/// Bytes kept inline: with the tag and length byte the enum is three words, like `String`.
const INLINE: usize = 22;

pub enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl Text {
    fn inline(s: &str) -> Option<Text> {
        if s.len() > INLINE {
            return None;
        }
        let mut buf = [0u8; INLINE];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        Some(Text::Inline {
            len: s.len() as u8,
            buf,
        })
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            // SAFETY: `buf[..len]` is exactly the bytes of a `&str` copied in by `inline`
            // (and never written after), so it is valid UTF-8. Checking it again on every
            // read would make each string access O(len).
            Text::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize))
            },
            Text::Heap(s) => s,
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
        Text::inline(s).unwrap_or_else(|| Text::Heap(s.into()))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::inline(&s).unwrap_or_else(|| Text::Heap(s.into_boxed_str()))
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::from(s.as_str())
    }
}

impl From<Box<str>> for Text {
    fn from(s: Box<str>) -> Text {
        Text::inline(&s).unwrap_or(Text::Heap(s))
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
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
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
    use super::Text;

    #[test]
    fn short_text_is_inline_and_long_text_exact() {
        assert_eq!(std::mem::size_of::<Text>(), 24);
        for s in [
            "",
            "a",
            "kaloni",
            "κaλé€x",
            "1234567890123456789012",
            "12345678901234567890123",
        ] {
            let t = Text::from(s);
            assert_eq!(&*t, s);
            assert_eq!(matches!(t, Text::Inline { .. }), s.len() <= 22);
            assert_eq!(Text::from(s.to_string()), t);
        }
        assert_eq!(&*Text::from('é'), "é");
    }
}
