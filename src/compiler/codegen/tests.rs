//! Disassembly snapshots of representative code: the compiler's oracle. Each snapshot is the
//! `weft --dis` listing of a small program; review changes with care.

fn dis(source: &str) -> String {
    match crate::disassemble(source, "snippet.py") {
        Ok(listing) => listing,
        Err(e) => format!("compile error: {e}"),
    }
}

#[test]
fn loops_with_break_continue_and_else() {
    insta::assert_snapshot!(dis(
        "def find(items, target):\n    for i, x in enumerate(items):\n        if x == target:\n            break\n        if x < 0:\n            continue\n    else:\n        return -1\n    while i > 0:\n        i -= 1\n    return i\n"
    ));
}

#[test]
fn closures_cells_and_nonlocal() {
    insta::assert_snapshot!(dis(
        "def counter(start=0):\n    count = start\n    def inc(step=1):\n        nonlocal count\n        count += step\n        return count\n    return inc\n"
    ));
}

#[test]
fn try_except_finally_and_return() {
    insta::assert_snapshot!(dis(
        "def safe_div(a, b):\n    try:\n        return a / b\n    except ZeroDivisionError as e:\n        print('bad', e)\n    finally:\n        print('done')\n"
    ));
}

#[test]
fn with_statement() {
    insta::assert_snapshot!(dis(
        "def read(path):\n    with open(path) as f:\n        return f.read()\n"
    ));
}

#[test]
fn comprehensions_and_generators() {
    insta::assert_snapshot!(dis(
        "squares = [x * x for x in range(10) if x % 2]\ndef gen(n):\n    yield from range(n)\n    total = yield n\n    return total\n"
    ));
}

#[test]
fn classes_and_super() {
    insta::assert_snapshot!(dis(
        "class A:\n    def hi(self):\n        return 'A'\nclass B(A):\n    def hi(self):\n        return 'B' + super().hi()\n"
    ));
}

#[test]
fn match_patterns() {
    insta::assert_snapshot!(dis(
        "def f(p):\n    match p:\n        case [x, *rest] if x:\n            return rest\n        case {'k': v} | Point(v, y=0):\n            return v\n        case _:\n            return None\n"
    ));
}

#[test]
fn unsupported_features_are_named() {
    assert!(dis("z = 1j\n").contains("weft does not support complex numbers yet"));
}

#[test]
fn try_except_star() {
    insta::assert_snapshot!(dis(
        "def f():\n    try:\n        g()\n    except* ValueError as e:\n        h(e)\n    except* (TypeError, KeyError):\n        raise\n    else:\n        k()\n"
    ));
}

#[test]
fn except_star_bodies_cannot_break_continue_or_return() {
    for word in ["break", "continue", "return"] {
        let src = format!(
            "def f():\n    for i in x:\n        try:\n            pass\n        except* E:\n            {word}\n"
        );
        assert!(
            dis(&src)
                .contains("'break', 'continue' and 'return' cannot appear in an except* block"),
            "{word}: {}",
            dis(&src)
        );
    }
    // A loop inside the handler may use them.
    assert!(
        !dis("try:\n    pass\nexcept* E:\n    for i in x:\n        break\n")
            .contains("compile error")
    );
}

#[test]
fn import_forms() {
    insta::assert_snapshot!(dis(
        "import a.b.c\nimport a.b as c\nfrom m import x as y, z\nfrom m import *\ndef f():\n    import q\n    from r import s\n"
    ));
}
