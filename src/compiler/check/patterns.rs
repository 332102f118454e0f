//! The checks CPython's code generator makes on `case` patterns: a name bound twice, a capture
//! or wildcard that makes later cases or alternatives unreachable, `|` alternatives binding
//! different names, two starred names in a sequence, repeated mapping keys and class-pattern
//! attributes, non-literal keys and values, and binding `__debug__`. Takes one case's pattern;
//! gives the first error CPython would report.
//!
//! Invariant: `loc` follows CPython's current source location, which is set on entering each
//! pattern and not restored on leaving it, so an error found after a sub-pattern (a repeated
//! `**rest` name, alternatives that disagree) points where CPython's points. Related labels
//! then show the places a reader needs.

use crate::ast::*;
use crate::diagnostics::SyntaxError;

use super::keys::Key;

type Result = std::result::Result<(), SyntaxError>;

/// Checks the pattern of a case; `next` is the case after it, if any. An irrefutable pattern
/// is allowed only in the last case or behind a guard.
pub(super) fn check_case(case: &MatchCase, next: Option<&MatchCase>) -> Result {
    let mut checker = Checker {
        loc: case.pattern.span,
        stores: Vec::new(),
        allow_irrefutable: case.guard.is_some() || next.is_none(),
        unreachable: next.map(|n| n.pattern.span),
    };
    checker.pattern(&case.pattern)
}

struct Checker<'a> {
    loc: Span,
    /// Names bound so far in this pattern (in the current `|` alternative), in binding order.
    stores: Vec<&'a Identifier>,
    allow_irrefutable: bool,
    /// What an irrefutable pattern here would hide: the next alternative or case.
    unreachable: Option<Span>,
}

impl<'a> Checker<'a> {
    fn pattern(&mut self, p: &'a Pattern) -> Result {
        self.loc = p.span;
        match &p.kind {
            PatternKind::MatchValue(value) => self.value(value),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(patterns) => self.sequence(patterns),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping(p.span, keys, patterns, rest.as_ref()),
            PatternKind::MatchClass {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => self.class(p.span, patterns, kwd_attrs, kwd_patterns),
            PatternKind::MatchStar(name) => self.store(name.as_ref()),
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !self.allow_irrefutable {
                    return Err(self.irrefutable(name.as_ref()));
                }
                self.store(name.as_ref())
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                self.pattern(inner)?;
                self.store(name.as_ref())
            }
            PatternKind::MatchOr(alternatives) => self.or(alternatives),
        }
    }

    /// A pattern inside a sequence, mapping or class pattern may match anything.
    fn subpattern(&mut self, p: &'a Pattern) -> Result {
        let allow = std::mem::replace(&mut self.allow_irrefutable, true);
        self.pattern(p)?;
        self.allow_irrefutable = allow;
        Ok(())
    }

    fn store(&mut self, name: Option<&'a Identifier>) -> Result {
        let Some(name) = name else { return Ok(()) };
        if name.name == "__debug__" {
            return Err(SyntaxError::new(
                "weft::syntax::assign_to_debug",
                "cannot assign to __debug__",
                self.loc,
            )
            .label("`__debug__` is a built-in constant")
            .help(
                "`__debug__` is always True (False under `python -O`); capture into another name",
            ));
        }
        if let Some(first) = self.stores.iter().find(|s| s.name == name.name) {
            let error = SyntaxError::new(
                "weft::syntax::pattern_binds_name_twice",
                format!("multiple assignments to name '{}' in pattern", name.name),
                self.loc,
            )
            .label(format!("`{}` is bound twice in this pattern", name.name));
            let error = apart(error, first.span, "first bound here");
            return Err(apart(error, name.span, "bound again here").help(
                "a pattern binds each name once; to require two equal parts, capture them under different names and compare in a guard: `case (a, b) if a == b:`",
            ));
        }
        self.stores.push(name);
        Ok(())
    }

    fn irrefutable(&self, name: Option<&Identifier>) -> SyntaxError {
        let mut error = match name {
            Some(name) => SyntaxError::new(
                "weft::syntax::irrefutable_pattern_not_last",
                format!(
                    "name capture '{}' makes remaining patterns unreachable",
                    name.name
                ),
                self.loc,
            )
            .label(format!("`{}` matches any value and binds it", name.name))
            .help(format!(
                "a bare name never fails to match: it captures the subject. To compare with a constant, use a dotted name (`Color.RED`) or a literal; to catch everything else, move this case last, or add a guard (`case {} if ...:`)",
                name.name
            )),
            None => SyntaxError::new(
                "weft::syntax::irrefutable_pattern_not_last",
                "wildcard makes remaining patterns unreachable",
                self.loc,
            )
            .label("`_` matches any value")
            .help("`case _:` is the catch-all; put it last, after the cases it should not hide"),
        };
        if let Some(next) = self.unreachable {
            error = error.related(next, "so this can never match");
        }
        error
    }

    /// CPython accepts only what folds to a constant, or an attribute lookup.
    fn value(&self, value: &Expr) -> Result {
        if is_value_pattern(value) {
            return Ok(());
        }
        Err(SyntaxError::new(
            "weft::syntax::computed_pattern_value",
            "patterns may only match literals and attribute lookups",
            self.loc,
        )
        .label("this value is computed, not a literal")
        .help("match a literal or a dotted name (`Color.RED`), or capture the value and compare it in an `if` guard"))
    }

    fn sequence(&mut self, patterns: &'a [Pattern]) -> Result {
        let mut stars = patterns
            .iter()
            .filter(|p| matches!(p.kind, PatternKind::MatchStar(_)));
        if let (Some(first), Some(second)) = (stars.next(), stars.next()) {
            return Err(SyntaxError::new(
                "weft::syntax::pattern_starred_twice",
                "multiple starred names in sequence pattern",
                self.loc,
            )
            .label(format!("this sequence pattern has two starred names: `{}` and `{}`", star_text(first), star_text(second)))
            .help("only one `*name` can collect the items the other patterns leave; match the others one by one"));
        }
        patterns.iter().try_for_each(|p| self.subpattern(p))
    }

    fn mapping(
        &mut self,
        span: Span,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a Identifier>,
    ) -> Result {
        let mut seen: Vec<Key> = Vec::new();
        for key in keys {
            match Key::of(key) {
                Some(value) => {
                    if seen.iter().any(|k| k.same_value(&value)) {
                        return Err(SyntaxError::new(
                            "weft::syntax::pattern_duplicate_key",
                            format!("mapping pattern checks duplicate key ({})", value.repr),
                            span,
                        )
                        .label(format!("this mapping pattern looks up the key {} twice (keys compare with `==`)", value.repr))
                        .help("a mapping pattern looks each key up once; keep one of the two, and join their sub-patterns with `|` or check the rest in a guard"));
                    }
                    seen.push(value);
                }
                None if matches!(key.kind, ExprKind::Attribute { .. }) => {}
                None => {
                    return Err(SyntaxError::new(
                        "weft::syntax::computed_mapping_key",
                        "mapping pattern keys may only match literals and attribute lookups",
                        span,
                    )
                    .label("a key here is computed, not a literal")
                    .related(key.span, "this key")
                    .help("use a literal key (`\"name\"`, `1`) or a dotted name (`Keys.NAME`)"));
                }
            }
        }
        patterns.iter().try_for_each(|p| self.subpattern(p))?;
        self.store(rest)
    }

    fn class(
        &mut self,
        span: Span,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Identifier],
        kwd_patterns: &'a [Pattern],
    ) -> Result {
        // CPython points at the keyword's pattern: its tree keeps no node for the name.
        for (i, (attr, pattern)) in kwd_attrs.iter().zip(kwd_patterns).enumerate() {
            self.loc = pattern.span;
            if attr.name == "__debug__" {
                return Err(SyntaxError::new(
                    "weft::syntax::assign_to_debug",
                    "cannot assign to __debug__",
                    self.loc,
                )
                .label("`__debug__` is a built-in constant")
                    .help("`__debug__` is always True (False under `python -O`); it is no attribute to match"));
            }
            let repeat = kwd_attrs[i + 1..]
                .iter()
                .zip(&kwd_patterns[i + 1..])
                .find(|(other, _)| other.name == attr.name);
            if let Some((other, other_pattern)) = repeat {
                return Err(SyntaxError::new(
                    "weft::syntax::pattern_repeated_attribute",
                    format!("attribute name repeated in class pattern: {}", attr.name),
                    other_pattern.span,
                )
                .label(format!("`{}` is matched again here", other.name))
                .related(attr.span, "first matched here")
                .help(format!(
                    "match each attribute once; to accept several values, join them with `|`: `{}=(1 | 2)`",
                    attr.name
                )));
            }
        }
        if !kwd_attrs.is_empty() {
            self.loc = span;
        }
        patterns
            .iter()
            .chain(kwd_patterns)
            .try_for_each(|p| self.subpattern(p))
    }

    /// Each alternative is checked on its own names; all must bind the same set, and only the
    /// last may be irrefutable (and only where the whole pattern may be).
    fn or(&mut self, alternatives: &'a [Pattern]) -> Result {
        let outer_stores = std::mem::take(&mut self.stores);
        let outer_allow = self.allow_irrefutable;
        let outer_unreachable = self.unreachable;
        let mut control: Option<(Vec<&'a Identifier>, Span)> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            self.loc = alt.span;
            let last = i + 1 == alternatives.len();
            self.allow_irrefutable = last && outer_allow;
            self.unreachable = match alternatives.get(i + 1) {
                Some(next) => Some(next.span),
                None => outer_unreachable,
            };
            self.pattern(alt)?;
            let stores = std::mem::take(&mut self.stores);
            match &control {
                None => control = Some((stores, alt.span)),
                Some((names, first)) => {
                    let same = names.len() == stores.len()
                        && names
                            .iter()
                            .all(|n| stores.iter().any(|s| s.name == n.name));
                    if !same {
                        let error = SyntaxError::new(
                            "weft::syntax::alternatives_bind_different_names",
                            "alternative patterns bind different names",
                            self.loc,
                        )
                        .label(format!("this alternative {}", binds(&stores)));
                        return Err(apart(error, *first, &format!("the first {}", binds(names))).help("the case body runs whichever alternative matched, so each must bind the same names; bind the missing names in every alternative, or split them into separate cases"));
                    }
                }
            }
        }
        self.stores = outer_stores;
        self.allow_irrefutable = outer_allow;
        self.unreachable = outer_unreachable;
        for name in control.map(|(names, _)| names).unwrap_or_default() {
            self.store(Some(name))?;
        }
        Ok(())
    }
}

/// Adds a related label unless it would overlap the primary span (miette cannot draw that).
fn apart(error: SyntaxError, span: Span, label: &str) -> SyntaxError {
    if span.start < error.span.end && error.span.start < span.end {
        return error;
    }
    error.related(span, label)
}

/// `*name` or `*_`, as written.
fn star_text(star: &Pattern) -> String {
    match &star.kind {
        PatternKind::MatchStar(Some(name)) => format!("*{}", name.name),
        _ => "*_".into(),
    }
}

/// "binds `x` and `y`", for an alternative's label.
fn binds(names: &[&Identifier]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`{}`", n.name)).collect();
    match names.as_slice() {
        [] => "binds no names".into(),
        [one] => format!("binds {one}"),
        [init @ .., last] => format!("binds {} and {last}", init.join(", ")),
    }
}

/// What CPython folds to a constant (`1`, `-1`, `1 + 2j`, `"s"`) or an attribute lookup.
fn is_value_pattern(value: &Expr) -> bool {
    matches!(value.kind, ExprKind::Attribute { .. }) || Key::of(value).is_some()
}
