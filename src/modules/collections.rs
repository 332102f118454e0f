//! The `collections` module: weft Python (`collections/deque.py`, `dicts.py`,
//! `namedtuple.py`, run in turn in one namespace) with deque's hot operations native. A deque keeps its items in a list (`_items`) from index `_head` on, its bound in
//! `_maxlen` and a mutation counter in `_state`, all in the instance's attributes; the
//! natives here (both ends, `len`, truth, indexing) and the Python methods (rotate, repr,
//! comparisons...) share that layout, so either may touch any deque.
//!
//! Invariants: `_head <= len(_items)`; the slots before `_head` hold `None`; an emptied deque
//! resets to `_items == []`, `_head == 0`; every mutation bumps `_state` (iterators compare it
//! to raise "deque mutated during iteration").

use std::rc::Rc;

use super::ModuleBuilder;
use crate::builtins::Kwargs;
use crate::vm::{ExcKind, Instance, List, PyErr, PyResult, StrKey, Value, Vm};

pub fn init(vm: &mut Vm, m: &mut ModuleBuilder) {
    m.function("_deque_append", append);
    m.function("_deque_appendleft", appendleft);
    m.function("_deque_pop", pop);
    m.function("_deque_popleft", popleft);
    m.function("_deque_len", len);
    m.function("_deque_bool", truth);
    m.function("_deque_getitem", getitem);
    for (file, source) in [
        ("collections/deque.py", include_str!("collections/deque.py")),
        ("collections/dicts.py", include_str!("collections/dicts.py")),
        (
            "collections/namedtuple.py",
            include_str!("collections/namedtuple.py"),
        ),
    ] {
        super::python::run(vm, m, file, source);
    }
}

/// Free front slots above this many are given back once they outnumber the items.
const COMPACT_AFTER: usize = 16;
/// The least room `appendleft` makes at the front when it runs out.
const GROW_AT_LEAST: usize = 8;

/// A deque's state, read from its attributes.
struct Deque {
    inst: Rc<Instance>,
    items: Rc<List>,
    head: usize,
    maxlen: Option<usize>,
}

fn attr(inst: &Instance, name: &str) -> Option<Value> {
    inst.attr(&StrKey::new(name))
}

fn set_attr(inst: &Instance, name: &str, v: Value) {
    inst.store_str(name, v);
}

impl Deque {
    /// The deque `args[0]` (a `deque` method's self), with `n` arguments in all.
    fn load(name: &str, args: &[Value], kwargs: &Kwargs, n: usize) -> PyResult<Deque> {
        if !kwargs.is_empty() {
            return Err(PyErr::type_error(format!(
                "deque.{name}() takes no keyword arguments"
            )));
        }
        if args.len() != n {
            let given = args.len().saturating_sub(1);
            return Err(PyErr::type_error(if n == 1 {
                format!("deque.{name}() takes no arguments ({given} given)")
            } else {
                format!("deque.{name}() takes exactly one argument ({given} given)")
            }));
        }
        let not_deque = || {
            PyErr::type_error(format!(
                "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{}' object",
                args.first().map_or("NoneType".into(), crate::vm::type_name)
            ))
        };
        let Some(Value::Instance(inst)) = args.first() else {
            return Err(not_deque());
        };
        let (Some(Value::List(items)), Some(Value::Int(head))) =
            (attr(inst, "_items"), attr(inst, "_head"))
        else {
            return Err(not_deque());
        };
        let maxlen = match attr(inst, "_maxlen") {
            Some(Value::Int(m)) => Some(m.max(0) as usize),
            _ => None,
        };
        Ok(Deque {
            inst: inst.clone(),
            items,
            head: head.max(0) as usize,
            maxlen,
        })
    }

    fn len(&self) -> usize {
        self.items.borrow().len().saturating_sub(self.head)
    }

    fn mutated(&self) {
        let state = match attr(&self.inst, "_state") {
            Some(Value::Int(s)) => s.wrapping_add(1),
            _ => 1,
        };
        set_attr(&self.inst, "_state", Value::Int(state));
    }

    fn set_head(&mut self, head: usize) {
        self.head = head;
        set_attr(&self.inst, "_head", Value::Int(head as i64));
    }

    /// Is the deque at its bound? `Some(true)`: full with room for nothing at all (maxlen 0).
    fn full(&self) -> Option<bool> {
        match self.maxlen {
            Some(m) if self.len() >= m => Some(m == 0),
            _ => None,
        }
    }

    fn take_right(&mut self) -> PyResult<Value> {
        if self.len() == 0 {
            return Err(PyErr::new(ExcKind::IndexError, "pop from an empty deque"));
        }
        let (x, emptied) = {
            let mut items = self.items.borrow_mut();
            let x = items.pop().unwrap_or(Value::None);
            (x, items.len() <= self.head)
        };
        if emptied {
            self.items.borrow_mut().clear();
            self.set_head(0);
        }
        Ok(x)
    }

    fn take_left(&mut self) -> PyResult<Value> {
        if self.len() == 0 {
            return Err(PyErr::new(ExcKind::IndexError, "pop from an empty deque"));
        }
        let head = self.head;
        let (x, len) = {
            let mut items = self.items.borrow_mut();
            let x = std::mem::replace(&mut items[head], Value::None);
            (x, items.len())
        };
        let head = head + 1;
        if head == len {
            self.items.borrow_mut().clear();
            self.set_head(0);
        } else if head > COMPACT_AFTER && head * 2 > len {
            self.items.borrow_mut().drain(..head);
            self.set_head(0);
        } else {
            self.set_head(head);
        }
        Ok(x)
    }
}

fn append(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut d = Deque::load("append", args, &kwargs, 2)?;
    d.mutated();
    match d.full() {
        Some(true) => return Ok(Value::None),
        Some(false) => {
            d.take_left()?;
        }
        None => {}
    }
    d.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut d = Deque::load("appendleft", args, &kwargs, 2)?;
    d.mutated();
    match d.full() {
        Some(true) => return Ok(Value::None),
        Some(false) => {
            d.take_right()?;
        }
        None => {}
    }
    if d.head == 0 {
        // Room at the front in proportion to the size keeps appendleft amortised O(1).
        let grow = {
            let mut items = d.items.borrow_mut();
            let grow = items.len().max(GROW_AT_LEAST);
            items.splice(0..0, std::iter::repeat_n(Value::None, grow));
            grow
        };
        d.set_head(grow);
    }
    let head = d.head - 1;
    d.items.borrow_mut()[head] = args[1].clone();
    d.set_head(head);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut d = Deque::load("pop", args, &kwargs, 1)?;
    d.mutated();
    d.take_right()
}

fn popleft(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut d = Deque::load("popleft", args, &kwargs, 1)?;
    d.mutated();
    d.take_left()
}

fn len(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = Deque::load("__len__", args, &kwargs, 1)?;
    Ok(Value::Int(d.len() as i64))
}

fn truth(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = Deque::load("__bool__", args, &kwargs, 1)?;
    Ok(Value::Bool(d.len() > 0))
}

fn getitem(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = Deque::load("__getitem__", args, &kwargs, 2)?;
    let i = match &args[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(PyErr::new(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "sequence index must be integer, not '{}'",
                crate::vm::type_name(other)
            )))
        }
    };
    let n = d.len() as i64;
    let i = if i < 0 { i.saturating_add(n) } else { i };
    if !(0..n).contains(&i) {
        return Err(PyErr::new(ExcKind::IndexError, "deque index out of range"));
    }
    let item = d.items.borrow().get(d.head + i as usize).cloned();
    item.ok_or_else(|| PyErr::new(ExcKind::IndexError, "deque index out of range"))
}
