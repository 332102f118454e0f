//! Python's character classes (`str.isalpha`, `isdigit`, `isprintable`...), decimal digit
//! values for `int()`, and `casefold`, answered from tables generated from CPython's own
//! unicodedata (`unicode_tables.rs`), so non-ASCII text is classified exactly as CPython 3.11
//! does (`'½'.isdigit()` is False, `'Ⅻ'.isalpha()` is False). ASCII takes a fast path.

#[path = "unicode_tables.rs"]
mod tables;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < n {
                std::cmp::Ordering::Less
            } else if lo > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(tables::ALPHA, c)
    }
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DECIMAL, c)
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DIGIT, c)
    }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::NUMERIC, c)
    }
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(tables::PRINTABLE, c)
    }
}

/// Upper or title case, as `str.istitle` reads a word's first letter.
pub fn is_upper_or_title(c: char) -> bool {
    c.is_uppercase() || (!c.is_ascii() && in_table(tables::TITLECASE, c))
}

pub fn is_space(c: char) -> bool {
    in_table(tables::SPACE, c)
}

/// The value of a decimal digit of any script (`'٣'` is 3), as `int()` reads it. Every
/// range of the table starts at a zero and holds whole runs of ten.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    let i = tables::DECIMAL.partition_point(|&(_, hi)| hi < n);
    match tables::DECIMAL.get(i) {
        Some(&(lo, _)) if lo <= n => Some((n - lo) % 10),
        _ => None,
    }
}

/// `str.casefold`: `lower`, but for the characters that fold to something else (`ß` → `ss`).
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match tables::CASEFOLD.binary_search_by(|&(k, _)| k.cmp(&c)) {
            Ok(i) => out.push_str(tables::CASEFOLD[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_match_cpython() {
        assert!(!is_digit('½') && is_numeric('½') && !is_alpha('Ⅻ') && is_numeric('Ⅻ'));
        assert!(is_digit('²') && !is_decimal('²') && is_decimal('٣'));
        assert!(!is_printable('\u{200b}') && is_printable('é') && is_space('\u{1c}'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert_eq!(casefold("Straße"), "strasse");
    }
}
