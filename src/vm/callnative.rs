//! Native calls made by the dispatch loop without an argument `Vec`. The callee and its
//! positional arguments already lie on the calling frame's value stack, so the native gets a
//! slice of that stack; then the callee and the arguments are dropped and the result pushed,
//! leaving the stack as popping them first would have. Covers native functions (`len(x)`,
//! `s.startswith(p)` found by `LoadMethod`), natives bound to a receiver and the built-in
//! types' constructors (`str(i)`). Whatever else is called goes through `prepare_call` with
//! owned arguments.

use std::rc::Rc;

use super::call::Kwargs;
use super::frame::Frame;
use super::object::{Builtin, NativeFn};
use super::{PyResult, Str, Value, Vm};

/// `CallKw`'s keyword arguments: the last `names.len()` values of the stack, taken off it,
/// paired with their names (a tuple of strings the compiler made).
pub(super) fn keyword_args(names: Value, stack: &mut Vec<Value>) -> Kwargs {
    let Value::Tuple(names) = names else {
        return Vec::new();
    };
    let at = stack.len() - names.len();
    names
        .iter()
        .zip(stack.drain(at..))
        .map(|(k, v)| match k {
            Value::Str(s) => (s.clone(), v),
            _ => (Rc::new(Str::new("?")), v),
        })
        .collect()
}

/// A callee `call_native_at` can call in place.
pub(super) struct NativeTarget {
    f: NativeFn,
    needs_scope: bool,
    /// The argument that goes before the stack's: a bound method's receiver, or the class
    /// for its `__new__`. It takes the slot just below the arguments (the callee's own, or
    /// `CallMethod`'s no-receiver marker), so the arguments stay one slice.
    first: Option<Value>,
}

/// `callee` as a native call target, if it is one. Inline and cheap for the callees it is
/// not (Python functions and classes), which every non-native call asks about first.
#[inline(always)]
pub(super) fn native_target(callee: &Value) -> Option<NativeTarget> {
    match callee {
        Value::Native(n) => Some(NativeTarget {
            f: n.f,
            needs_scope: n.needs_scope,
            first: None,
        }),
        Value::BoundMethod(_) => bound_target(callee),
        Value::Class(c) if c.builtin.is_some() || c.exc_kind.is_some() => class_target(callee),
        _ => None,
    }
}

/// A bound method of a native: the receiver goes first.
#[inline(never)]
fn bound_target(callee: &Value) -> Option<NativeTarget> {
    let Value::BoundMethod(m) = callee else {
        return None;
    };
    match &m.func {
        Value::Native(n) => Some(NativeTarget {
            f: n.f,
            needs_scope: n.needs_scope,
            first: Some(m.receiver.clone()),
        }),
        _ => None,
    }
}

/// A built-in type or exception: what `instantiate` does for these, `__new__(cls, *args)`
/// and no `__init__`.
#[inline(never)]
fn class_target(callee: &Value) -> Option<NativeTarget> {
    let Value::Class(c) = callee else {
        return None;
    };
    if c.builtin.is_none() && c.module.as_ref() != "builtins" {
        return None;
    }
    if c.builtin == Some(Builtin::Range) {
        // `range(n)` heads loops: its `__new__` is known without the lookup (a built-in
        // type's namespace cannot change), and `call_native_at` makes small ranges itself.
        return Some(NativeTarget {
            f: crate::builtins::range_new,
            needs_scope: false,
            first: Some(callee.clone()),
        });
    }
    match c.lookup("__new__") {
        Some(Value::Native(n)) => Some(NativeTarget {
            f: n.f,
            needs_scope: n.needs_scope,
            first: Some(callee.clone()),
        }),
        _ => None,
    }
}

impl Vm {
    /// Calls `target` (found at stack index `callee`) with the stack values from index `args`
    /// to the top as its positional arguments, then truncates the stack to `callee` and pushes
    /// the result. `args` is `callee + 1`, or `callee + 2` past `CallMethod`'s marker.
    #[inline]
    pub(super) fn call_native_at(
        &mut self,
        f: &mut Frame,
        target: NativeTarget,
        callee: usize,
        args: usize,
        kwargs: Kwargs,
    ) -> PyResult<()> {
        let mut start = args;
        if let Some(first) = target.first {
            if let Value::Class(c) = &first {
                // `range(n)` in a loop header: made here, without `range.__new__`.
                if c.builtin == Some(Builtin::Range) && kwargs.is_empty() {
                    if let Some(r) = crate::builtins::range::make_small(&f.values[args..]) {
                        f.values.truncate(callee);
                        f.push(r);
                        return Ok(());
                    }
                }
            }
            start = args - 1;
            f.values[start] = first;
        }
        let result = if target.needs_scope {
            self.call_with_scope(f, target.f, &f.values[start..], kwargs)
        } else {
            (target.f)(self, &f.values[start..], kwargs)
        };
        f.values.truncate(callee);
        f.push(result?);
        Ok(())
    }
}
