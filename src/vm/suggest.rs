//! CPython 3.11's "Did you mean" for uncaught `NameError` and `AttributeError`
//! (Python/suggestions.c): the nearest name by a Levenshtein distance where a case flip costs
//! 1 and any other edit 2, within a third of the characters involved, among at most 750
//! candidates. A `NameError` looks among the failing frame's variable names, then the
//! globals, then the builtins; an `AttributeError` among `dir(obj)`. The exceptions carry
//! `name` (and `obj`) for it, as in CPython.

use std::rc::Rc;

use super::dict::StrKey;
use super::error::{ExcKind, PyErr};
use super::value::{Str, Value};
use super::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance`, giving up above `max_cost`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ch) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ch);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the closest candidate, first one on ties.
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn attr(exc: &Value, name: &str) -> Option<Value> {
    match exc {
        Value::Instance(i) => i.attr(&StrKey::new(name)),
        _ => None,
    }
}

fn set_attr(exc: &Value, name: &str, v: Value) {
    if let Value::Instance(i) = exc {
        i.store_str(name, v);
    }
}

fn is_a(vm: &Vm, v: &Value, kind: ExcKind) -> bool {
    matches!(v, Value::Instance(i) if i.class.is_subclass(vm.exc_class(kind)))
}

fn keys_of(d: &super::dict::Dict) -> Vec<String> {
    d.keys()
        .filter_map(|k| k.value.as_str().map(String::from))
        .collect()
}

impl Vm {
    /// `name 'x' is not defined`, carrying `name`.
    pub(super) fn name_error(&self, name: &str) -> PyErr {
        let exc = self.new_exception(
            ExcKind::NameError,
            vec![Value::str(format!("name '{name}' is not defined"))],
        );
        set_attr(&exc, "name", Value::str(name));
        PyErr::Exc(exc)
    }

    /// Gives an `AttributeError` escaping `getattr(obj, name)` its `name` and `obj` (unless it
    /// has them), as CPython's `set_attribute_error_context`.
    pub(super) fn attribute_error_context(&self, err: PyErr, obj: &Value, name: &Rc<Str>) -> PyErr {
        let exc = match err {
            PyErr::New {
                kind: ExcKind::AttributeError,
                args,
            } => self.new_exception(ExcKind::AttributeError, args),
            PyErr::Exc(v) if is_a(self, &v, ExcKind::AttributeError) => v,
            other => return other,
        };
        if attr(&exc, "name").is_none() && attr(&exc, "obj").is_none() {
            set_attr(&exc, "name", Value::Str(name.clone()));
            set_attr(&exc, "obj", obj.clone());
        }
        PyErr::Exc(exc)
    }

    /// The name to suggest for an uncaught exception, if any.
    pub fn suggestion(&mut self, exc: &Value) -> Option<String> {
        let Value::Str(name) = attr(exc, "name")? else {
            return None;
        };
        let Value::Instance(inst) = exc else {
            return None;
        };
        if Rc::ptr_eq(&inst.class, self.exc_class(ExcKind::NameError)) {
            let entry = inst.exc.as_ref()?.borrow().traceback.first().cloned();
            if let Some(entry) = entry {
                let varnames: Vec<String> = entry
                    .code
                    .code
                    .varnames
                    .iter()
                    .map(|n| n.to_string())
                    .collect();
                if let Some(s) = closest(&varnames, &name.s) {
                    return Some(s);
                }
            }
            if let Some(globals) = self.main_globals() {
                if let Some(s) = closest(&keys_of(&globals.borrow()), &name.s) {
                    return Some(s);
                }
            }
            let builtins = keys_of(&self.builtins.borrow());
            return closest(&builtins, &name.s);
        }
        if is_a(self, exc, ExcKind::AttributeError) {
            let obj = attr(exc, "obj")?;
            let dir = self.builtins.borrow().get(&StrKey::new("dir")).cloned()?;
            let names = self.call(&dir, vec![obj], vec![]).ok()?;
            let Value::List(names) = names else {
                return None;
            };
            let names: Vec<String> = names
                .borrow()
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect();
            return closest(&names, &name.s);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{closest, levenshtein};

    #[test]
    fn distances_follow_cpython_costs() {
        assert_eq!(levenshtein(b"name", b"nme", 10), 2);
        assert_eq!(levenshtein(b"Name", b"name", 10), 1);
        assert_eq!(levenshtein(b"abc", b"xyz", 3), 4);
    }

    #[test]
    fn closest_respects_the_third_rule() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(closest(&c(&["name", "other"]), "nme"), Some("name".into()));
        assert_eq!(
            closest(&c(&["content"]), "contents"),
            Some("content".into())
        );
        assert_eq!(closest(&c(&["zzzz"]), "ab"), None);
    }
}
