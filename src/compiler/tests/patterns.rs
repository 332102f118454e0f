//! `case` pattern checks from source text: the diagnostics' codes, labels and rendering, and
//! the `tests/diagnostics` inputs against the headlines CPython printed for them.

use super::source_error;
use crate::diagnostics::Report;

#[test]
fn a_capture_before_other_cases_points_at_the_case_it_hides() {
    let src = "match command:\n    case other:\n        pass\n    case \"stop\":\n        pass\n";
    let err = source_error(src);
    assert_eq!(err.code, "weft::syntax::irrefutable_pattern_not_last");
    assert_eq!(&src[err.span.start..err.span.end], "other");
    let hidden = src.find("\"stop\"").expect("second case");
    assert_eq!(err.related[0].0.start, hidden);
    insta::assert_snapshot!(Report::new(&err, "x.py", src).render(false));
}

#[test]
fn a_guard_or_the_last_place_allows_a_capture() {
    for src in [
        "match p:\n    case x if x > 0: pass\n    case 1: pass\n",
        "match p:\n    case 1: pass\n    case x: pass\n",
        "match p:\n    case [x] | x: pass\n",
    ] {
        let module = crate::parser::parse_module(src).expect("parses");
        assert!(
            crate::compiler::check(&module, crate::compiler::Mode::Module).is_ok(),
            "{src:?}"
        );
    }
}

#[test]
fn a_name_bound_twice_shows_both_bindings() {
    let src = "match p:\n    case [x] as x: pass\n";
    let err = source_error(src);
    assert_eq!(err.message, "multiple assignments to name 'x' in pattern");
    // CPython points at the first `x`; the label on the second shows the repeat.
    assert_eq!(err.span.start, src.find("x]").expect("x"));
    assert_eq!(err.related[0].1, "bound again here");
    assert_eq!(err.related[0].0.start, src.rfind('x').expect("x"));
}

#[test]
fn alternatives_binding_different_names_name_them() {
    let src = "match value:\n    case [x] | [x, y]:\n        pass\n";
    let err = source_error(src);
    assert_eq!(err.code, "weft::syntax::alternatives_bind_different_names");
    assert_eq!(err.label, "this alternative binds `x` and `y`");
    assert_eq!(err.related[0].1, "the first binds `x`");
    insta::assert_snapshot!(Report::new(&err, "x.py", src).render(false));
}

#[test]
fn duplicate_keys_compare_as_python_values() {
    let src = "match p:\n    case {1: a, True: b}: pass\n";
    let err = source_error(src);
    assert_eq!(err.message, "mapping pattern checks duplicate key (True)");
    assert_eq!(err.code, "weft::syntax::pattern_duplicate_key");
    // Attribute keys are looked up at run time and never compared.
    let src = "match p:\n    case {K.a: 1, K.a: 2}: pass\n";
    let module = crate::parser::parse_module(src).expect("parses");
    assert!(crate::compiler::check(&module, crate::compiler::Mode::Module).is_ok());
}

/// The `match` inputs of `tests/diagnostics`, with the line CPython reported (`cpython.txt`).
#[test]
fn diagnostics_inputs_give_pythons_headline() {
    let expected = include_str!("../../../tests/diagnostics/cpython.txt");
    let inputs = [
        (
            "check__match_duplicate_binding.py",
            include_str!("../../../tests/diagnostics/check__match_duplicate_binding.py"),
        ),
        (
            "check__match_irrefutable_not_last.py",
            include_str!("../../../tests/diagnostics/check__match_irrefutable_not_last.py"),
        ),
        (
            "check__match_or_pattern_different_names.py",
            include_str!("../../../tests/diagnostics/check__match_or_pattern_different_names.py"),
        ),
        (
            "syntax__match_star_twice.py",
            include_str!("../../../tests/diagnostics/syntax__match_star_twice.py"),
        ),
    ];
    for (file, src) in inputs {
        let row = expected
            .lines()
            .find(|l| l.starts_with(&format!("{file}\t")))
            .unwrap_or_else(|| panic!("{file} not in cpython.txt"));
        let fields: Vec<&str> = row.split('\t').collect();
        let err = source_error(src);
        let (line, _) = crate::span::line_col(src, err.span.start);
        assert_eq!(
            (
                err.kind.python_name(),
                line.to_string().as_str(),
                err.message.as_str()
            ),
            (fields[1], fields[2], fields[3]),
            "{file}"
        );
    }
}
