//! The `heapq` module: the heap primitives are native (they sit in the inner loops of
//! schedulers and Dijkstra-style programs), `nlargest`, `nsmallest` and `merge` are weft
//! Python (`heapq.py`) built on them. The sift steps are CPython's, comparison for
//! comparison (only `<`, bottom-up `siftup` then `siftdown`), so every list ends up in the
//! same order as under CPython.
//!
//! Invariant: no `RefCell` borrow of the heap is held across a comparison (a `__lt__` may
//! touch the list); a comparison that changed the list's length raises CPython's
//! `RuntimeError: list changed size during iteration`.

use std::rc::Rc;

use super::ModuleBuilder;
use crate::builtins::Kwargs;
use crate::bytecode::CmpOp;
use crate::vm::{ExcKind, List, PyErr, PyResult, Value, Vm};

pub fn init(vm: &mut Vm, m: &mut ModuleBuilder) {
    m.function("heappush", heappush);
    m.function("heappop", heappop);
    m.function("heapify", heapify);
    m.function("heapreplace", heapreplace);
    m.function("heappushpop", heappushpop);
    m.function("_heappop_max", heappop_max);
    m.function("_heapify_max", heapify_max);
    m.function("_heapreplace_max", heapreplace_max);
    super::python::run(vm, m, "heapq.py", include_str!("heapq.py"));
}

/// Which way the heap is ordered: the smallest item on top, or (the `_max` helpers) the largest.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// The heap list (first argument), after CPython's argument checks for a function of `n`
/// positional arguments.
fn heap_arg(name: &str, args: &[Value], kwargs: &Kwargs, n: usize) -> PyResult<Rc<List>> {
    if !kwargs.is_empty() {
        return Err(PyErr::type_error(format!(
            "_heapq.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != n {
        return Err(PyErr::type_error(if n == 1 {
            format!(
                "_heapq.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        }));
    }
    match &args[0] {
        Value::List(l) => Ok(l.clone()),
        other => Err(PyErr::type_error(format!(
            "{name}() argument{} must be list, not {}",
            if n == 1 { "" } else { " 1" },
            match other {
                Value::None => "None".to_string(),
                _ => crate::vm::type_name(other),
            }
        ))),
    }
}

fn index_error() -> PyErr {
    PyErr::new(ExcKind::IndexError, "index out of range")
}

fn item(heap: &List, i: usize) -> PyResult<Value> {
    heap.borrow().get(i).cloned().ok_or_else(index_error)
}

/// `a < b` for a min-heap, `b < a` for a max-heap; errors if the heap's size changed meanwhile.
fn before(vm: &mut Vm, heap: &List, order: Order, a: &Value, b: &Value) -> PyResult<bool> {
    let size = heap.borrow().len();
    let result = match order {
        Order::Min => vm.compare(CmpOp::Lt, a, b)?,
        Order::Max => vm.compare(CmpOp::Lt, b, a)?,
    };
    let holds = vm.truthy(&result)?;
    if heap.borrow().len() != size {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "list changed size during iteration",
        ));
    }
    Ok(holds)
}

/// Moves the item at `pos` up towards `start` while it comes before its parent.
fn sift_down(vm: &mut Vm, heap: &List, order: Order, start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (new_item, parent_item) = (item(heap, pos)?, item(heap, parent)?);
        if !before(vm, heap, order, &new_item, &parent_item)? {
            break;
        }
        heap.borrow_mut().swap(parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then back up.
fn sift_up(vm: &mut Vm, heap: &List, order: Order, mut pos: usize) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (left, right) = (item(heap, child)?, item(heap, child + 1)?);
            if !before(vm, heap, order, &left, &right)? {
                child += 1;
            }
        }
        let mut h = heap.borrow_mut();
        if child >= h.len() {
            return Err(index_error());
        }
        h.swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, order, start, pos)
}

pub(crate) fn heappush(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("heappush", args, &kwargs, 2)?;
    let last = {
        let mut h = heap.borrow_mut();
        h.push(args[1].clone());
        h.len() - 1
    };
    sift_down(vm, &heap, Order::Min, 0, last)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, heap: &List, order: Order) -> PyResult<Value> {
    let last = heap.borrow_mut().pop().ok_or_else(index_error)?;
    let top = {
        let mut h = heap.borrow_mut();
        match h.first_mut() {
            None => return Ok(last),
            Some(first) => std::mem::replace(first, last),
        }
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

pub(crate) fn heappop(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("heappop", args, &kwargs, 1)?;
    pop(vm, &heap, Order::Min)
}

fn heappop_max(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("_heappop_max", args, &kwargs, 1)?;
    pop(vm, &heap, Order::Max)
}

fn replace(vm: &mut Vm, heap: &List, order: Order, new: Value) -> PyResult<Value> {
    let top = match heap.borrow_mut().first_mut() {
        None => return Err(index_error()),
        Some(first) => std::mem::replace(first, new),
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("heapreplace", args, &kwargs, 2)?;
    replace(vm, &heap, Order::Min, args[1].clone())
}

fn heapreplace_max(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("_heapreplace_max", args, &kwargs, 2)?;
    replace(vm, &heap, Order::Max, args[1].clone())
}

/// Pushes then pops, faster than the two: the new item comes straight back if it is on top.
fn heappushpop(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("heappushpop", args, &kwargs, 2)?;
    let new = args[1].clone();
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(new);
    };
    if !before(vm, &heap, Order::Min, &top, &new)? {
        return Ok(new);
    }
    replace(vm, &heap, Order::Min, new)
}

fn heapify_in(vm: &mut Vm, heap: &List, order: Order) -> PyResult<Value> {
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, order, i)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("heapify", args, &kwargs, 1)?;
    heapify_in(vm, &heap, Order::Min)
}

fn heapify_max(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let heap = heap_arg("_heapify_max", args, &kwargs, 1)?;
    heapify_in(vm, &heap, Order::Max)
}
