//! `Queue`, `LifoQueue` and `PriorityQueue` as natives over a `Primitive` (CPython 3.11's
//! `asyncio/queues.py`, statement for statement): the methods the classes in `asyncio.py`
//! take, and the steps of the `put()`/`get()` coroutines, whose `while self.full():` /
//! `while self.empty():` loops make a new waiter each time round, appended behind the others.
//!
//! Subclasses: CPython's public methods call `self._init/_put/_get/qsize/empty/full/
//! put_nowait/get_nowait`, which a subclass may override. Which of them a queue's class
//! overrides is read once, when the queue is made (`Hooks`): the items live in a native
//! store unless `_init`, `_put` or `_get` is overridden — then they live where CPython keeps
//! them, in `self._queue`, handled by those Python methods — and each overridden public method
//! is called through Python. A method replaced on the class after the queue was made is not
//! seen by that queue.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::future::{self, Future};
use super::locks::EventCore;
use super::primitive::{
    self, arity, attach, call_method, core_of, new_waiter, remove_waiter, Next, Op, Primitive,
    Waiters,
};
use crate::builtins::{native, Kwargs};
use crate::bytecode::CmpOp;
use crate::vm::{ExcKind, List, PyErr, PyResult, Str, Value, Vm};

/// Where the items are.
#[derive(Debug)]
enum Store {
    Fifo(VecDeque<Value>),
    Lifo(Vec<Value>),
    /// A binary heap kept by `heapq`'s functions (same comparisons, same order as CPython).
    Heap(Rc<List>),
    /// In `self._queue`, through the class's own `_put`/`_get` (see the module doc).
    Python,
}

/// Which public methods the queue's class overrides (each is then called through Python).
#[derive(Debug, Default, Clone, Copy)]
struct Hooks {
    qsize: bool,
    empty: bool,
    full: bool,
    put_nowait: bool,
    get_nowait: bool,
}

#[derive(Debug)]
pub struct QueueCore {
    /// As given (`self._maxsize`).
    maxsize: Value,
    store: RefCell<Store>,
    getters: Waiters,
    putters: Waiters,
    pub unfinished: Cell<i64>,
    /// `self._finished`, which `join()` waits on.
    pub finished: EventCore,
    hooks: Hooks,
    /// `Some(maxsize)` when no method is overridden, the items are in a native FIFO or LIFO
    /// and `maxsize` is an int: then `put()`/`get()` take `fast_put`/`fast_get`, which do what
    /// the general steps would without asking each stock method in turn.
    fast_max: Option<i64>,
}

impl QueueCore {
    /// `put()`'s step when `fast_max` allows: `Some(())` once the item is in (as
    /// `put_nowait`: count it, the first live getter woken), `None` when the queue is full.
    fn fast_put(&self, vm: &mut Vm, max: i64, item: &Value) -> PyResult<Option<()>> {
        {
            let mut store = self.store.borrow_mut();
            let len = match &*store {
                Store::Fifo(d) => d.len(),
                Store::Lifo(v) => v.len(),
                _ => return Ok(None),
            };
            if max > 0 && len as i64 >= max {
                return Ok(None);
            }
            match &mut *store {
                Store::Fifo(d) => d.push_back(item.clone()),
                Store::Lifo(v) => v.push(item.clone()),
                _ => return Ok(None),
            }
        }
        self.unfinished.set(self.unfinished.get() + 1);
        self.finished.value.set(false);
        wakeup_next(vm, &self.getters)?;
        Ok(Some(()))
    }

    /// `get()`'s step when `fast_max` allows: the item (the first live putter woken), or
    /// `None` when the queue is empty.
    fn fast_get(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let item = match &mut *self.store.borrow_mut() {
            Store::Fifo(d) => d.pop_front(),
            Store::Lifo(v) => v.pop(),
            _ => None,
        };
        if item.is_some() {
            wakeup_next(vm, &self.putters)?;
        }
        Ok(item)
    }
}

/// A queue and the Python object it belongs to.
struct Q<'a> {
    owner: &'a Value,
    core: &'a QueueCore,
}

impl Q<'_> {
    /// Are `qsize`, `empty` and `full` all CPython's, over a native store (so asking them
    /// runs no Python code and a second answer equals the first)?
    fn stock_sizes(&self) -> bool {
        let h = self.core.hooks;
        !(h.qsize || h.empty || h.full || matches!(&*self.core.store.borrow(), Store::Python))
    }

    fn stock_len(&self, vm: &mut Vm) -> PyResult<usize> {
        let n = match &*self.core.store.borrow() {
            Store::Fifo(d) => d.len(),
            Store::Lifo(v) => v.len(),
            Store::Heap(h) => h.borrow().len(),
            Store::Python => usize::MAX,
        };
        if n != usize::MAX {
            return Ok(n);
        }
        let items = self.python_items(vm)?;
        crate::builtins::length(vm, &items)
    }

    fn python_items(&self, vm: &mut Vm) -> PyResult<Value> {
        vm.get_attr(self.owner, &Rc::new(Str::new("_queue")))
    }

    fn qsize(&self, vm: &mut Vm) -> PyResult<Value> {
        if self.core.hooks.qsize {
            return call_method(vm, self.owner, "qsize", vec![]);
        }
        Ok(Value::Int(self.stock_len(vm)? as i64))
    }

    fn empty(&self, vm: &mut Vm) -> PyResult<bool> {
        if self.core.hooks.empty {
            let v = call_method(vm, self.owner, "empty", vec![])?;
            return vm.truthy(&v);
        }
        self.stock_empty(vm)
    }

    /// `Queue.empty` itself: `not self._queue`.
    fn stock_empty(&self, vm: &mut Vm) -> PyResult<bool> {
        if matches!(&*self.core.store.borrow(), Store::Python) {
            let items = self.python_items(vm)?;
            return Ok(!vm.truthy(&items)?);
        }
        Ok(self.stock_len(vm)? == 0)
    }

    fn full(&self, vm: &mut Vm) -> PyResult<bool> {
        if self.core.hooks.full {
            let v = call_method(vm, self.owner, "full", vec![])?;
            return vm.truthy(&v);
        }
        let full = self.stock_full(vm)?;
        vm.truthy(&full)
    }

    /// `Queue.full` itself: `maxsize > 0 and self.qsize() >= maxsize`.
    fn stock_full(&self, vm: &mut Vm) -> PyResult<Value> {
        let maxsize = &self.core.maxsize;
        if let (Value::Int(m), false) = (maxsize, self.core.hooks.qsize) {
            return Ok(Value::Bool(*m > 0 && self.stock_len(vm)? as i64 >= *m));
        }
        let le = vm.compare(CmpOp::Le, maxsize, &Value::Int(0))?;
        if vm.truthy(&le)? {
            return Ok(Value::Bool(false));
        }
        let size = self.qsize(vm)?;
        vm.compare(CmpOp::Ge, &size, maxsize)
    }

    fn put_item(&self, vm: &mut Vm, item: Value) -> PyResult<()> {
        let heap = {
            let mut store = self.core.store.borrow_mut();
            match &mut *store {
                Store::Fifo(d) => {
                    d.push_back(item);
                    return Ok(());
                }
                Store::Lifo(v) => {
                    v.push(item);
                    return Ok(());
                }
                Store::Heap(h) => Some(h.clone()),
                Store::Python => None,
            }
        };
        match heap {
            Some(h) => crate::modules::heapq::heappush(vm, &[Value::List(h), item], vec![]),
            None => call_method(vm, self.owner, "_put", vec![item]),
        }
        .map(|_| ())
    }

    fn get_item(&self, vm: &mut Vm) -> PyResult<Value> {
        let heap = {
            let mut store = self.core.store.borrow_mut();
            match &mut *store {
                Store::Fifo(d) => {
                    return d
                        .pop_front()
                        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from an empty deque"))
                }
                Store::Lifo(v) => {
                    return v
                        .pop()
                        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "pop from empty list"))
                }
                Store::Heap(h) => Some(h.clone()),
                Store::Python => None,
            }
        };
        match heap {
            Some(h) => crate::modules::heapq::heappop(vm, &[Value::List(h)], vec![]),
            None => call_method(vm, self.owner, "_get", vec![]),
        }
    }

    fn put_nowait(&self, vm: &mut Vm, item: Value) -> PyResult<Value> {
        if self.core.hooks.put_nowait {
            return call_method(vm, self.owner, "put_nowait", vec![item]);
        }
        self.stock_put_nowait(vm, item, false)
    }

    /// `Queue.put_nowait` itself; `not_full` when the caller has just seen `full()` false
    /// and nothing it calls is overridden, so asking again could not answer otherwise.
    fn stock_put_nowait(&self, vm: &mut Vm, item: Value, not_full: bool) -> PyResult<Value> {
        if !not_full && self.full(vm)? {
            return Err(self.error(vm, "_full_error"));
        }
        self.put_item(vm, item)?;
        self.core.unfinished.set(self.core.unfinished.get() + 1);
        self.core.finished.value.set(false);
        wakeup_next(vm, &self.core.getters)?;
        Ok(Value::None)
    }

    fn get_nowait(&self, vm: &mut Vm) -> PyResult<Value> {
        if self.core.hooks.get_nowait {
            return call_method(vm, self.owner, "get_nowait", vec![]);
        }
        self.stock_get_nowait(vm, false)
    }

    /// `Queue.get_nowait` itself; `not_empty` as `stock_put_nowait`'s `not_full`.
    fn stock_get_nowait(&self, vm: &mut Vm, not_empty: bool) -> PyResult<Value> {
        if !not_empty && self.empty(vm)? {
            return Err(self.error(vm, "_empty_error"));
        }
        let item = self.get_item(vm)?;
        wakeup_next(vm, &self.core.putters)?;
        Ok(item)
    }

    /// `QueueFull` / `QueueEmpty` (the classes asyncio.py keeps on `Queue` under `name`).
    fn error(&self, vm: &mut Vm, name: &str) -> PyErr {
        let class = vm.type_of(self.owner).lookup(name);
        match class.map(|c| vm.call(&c, vec![], vec![])) {
            Some(Ok(exc)) => PyErr::Exc(exc),
            Some(Err(e)) => e,
            None => PyErr::new(ExcKind::RuntimeError, format!("asyncio.Queue lost {name}")),
        }
    }
}

/// `_wakeup_next(waiters)`: the first waiter not done yet gets `None`; those before it leave.
fn wakeup_next(vm: &mut Vm, waiters: &Waiters) -> PyResult<()> {
    loop {
        let Some(w) = waiters.borrow_mut().pop_front() else {
            return Ok(());
        };
        if !w.done() {
            return future::set_result(vm, &w, Value::None);
        }
    }
}

/// A blocked `get()`/`put()` left its `await` with an exception: `waiter.cancel()`, out of the
/// FIFO, and the next waiter woken if there is room for it (`except:` in queues.py).
fn abandon(vm: &mut Vm, q: &Q, waiter: &Rc<Future>, getting: bool, err: PyErr) -> PyResult<Next> {
    future::cancel(vm, waiter, Value::None)?;
    let waiters = if getting {
        &q.core.getters
    } else {
        &q.core.putters
    };
    remove_waiter(waiters, waiter);
    let room = if getting { !q.empty(vm)? } else { !q.full(vm)? };
    if room && !waiter.cancelled() {
        wakeup_next(vm, waiters)?;
    }
    Err(err)
}

fn queue(p: &Primitive) -> PyResult<&QueueCore> {
    match p {
        Primitive::Queue(q) => Ok(q),
        _ => Err(PyErr::type_error(
            "descriptor requires an asyncio.Queue object",
        )),
    }
}

/// The steps of `Queue.get()`.
pub(super) fn get_step(
    vm: &mut Vm,
    owner: &Value,
    prim: &Rc<Primitive>,
    fut: Option<Rc<Future>>,
    outcome: Option<PyResult<Value>>,
) -> PyResult<Next> {
    let q = Q {
        owner,
        core: queue(prim)?,
    };
    if let (Some(getter), Some(Err(e))) = (&fut, outcome) {
        return abandon(vm, &q, getter, true, e);
    }
    if q.core.fast_max.is_some() {
        return Ok(match q.core.fast_get(vm)? {
            Some(item) => Next::Return(item),
            None => Next::Wait(new_waiter(vm, &q.core.getters)?),
        });
    }
    if q.empty(vm)? {
        return Ok(Next::Wait(new_waiter(vm, &q.core.getters)?));
    }
    if q.core.hooks.get_nowait || !q.stock_sizes() {
        return Ok(Next::Return(q.get_nowait(vm)?));
    }
    Ok(Next::Return(q.stock_get_nowait(vm, true)?))
}

/// The steps of `Queue.put(item)`.
pub(super) fn put_step(
    vm: &mut Vm,
    owner: &Value,
    prim: &Rc<Primitive>,
    item: &Value,
    fut: Option<Rc<Future>>,
    outcome: Option<PyResult<Value>>,
) -> PyResult<Next> {
    let q = Q {
        owner,
        core: queue(prim)?,
    };
    if let (Some(putter), Some(Err(e))) = (&fut, outcome) {
        return abandon(vm, &q, putter, false, e);
    }
    if let Some(max) = q.core.fast_max {
        return Ok(match q.core.fast_put(vm, max, item)? {
            Some(()) => Next::Return(Value::None),
            None => Next::Wait(new_waiter(vm, &q.core.putters)?),
        });
    }
    if q.full(vm)? {
        return Ok(Next::Wait(new_waiter(vm, &q.core.putters)?));
    }
    if q.core.hooks.put_nowait || !q.stock_sizes() {
        return Ok(Next::Return(q.put_nowait(vm, item.clone())?));
    }
    Ok(Next::Return(q.stock_put_nowait(vm, item.clone(), true)?))
}

/// Is `name` defined by one of weft's own queue classes (not overridden by a subclass)?
/// Gives that class's name.
fn stock_definer(class: &Rc<crate::vm::Class>, name: &str) -> Option<Rc<str>> {
    let key = crate::vm::StrKey::new(name);
    let definer = class
        .mro_iter()
        .find(|c| c.dict.borrow().get(&key).is_some())?;
    (&*definer.module == "asyncio.queues").then(|| definer.name.clone())
}

fn queue_init(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.to_vec();
    for (k, v) in kwargs {
        if &*k.s == "maxsize" && args.len() == 1 {
            args.push(v);
        } else if &*k.s == "maxsize" {
            return Err(PyErr::type_error(
                "Queue.__init__() got multiple values for argument 'maxsize'",
            ));
        } else {
            return Err(PyErr::type_error(format!(
                "Queue.__init__() got an unexpected keyword argument '{}'",
                k.s
            )));
        }
    }
    arity("Queue.__init__", &args, &Vec::new(), &["maxsize"], 1)?;
    let maxsize = args.get(1).cloned().unwrap_or(Value::Int(0));
    let class = vm.type_of(&args[0]);
    let overrides = |name: &str| stock_definer(&class, name).is_none();
    let hooks = Hooks {
        qsize: overrides("qsize"),
        empty: overrides("empty"),
        full: overrides("full"),
        put_nowait: overrides("put_nowait"),
        get_nowait: overrides("get_nowait"),
    };
    let python_store = overrides("_init") || overrides("_put") || overrides("_get");
    let store = if python_store {
        Store::Python
    } else {
        match stock_definer(&class, "_get").as_deref() {
            Some("LifoQueue") => Store::Lifo(Vec::new()),
            Some("PriorityQueue") => Store::Heap(Rc::new(List::default())),
            _ => Store::Fifo(VecDeque::new()),
        }
    };
    let stock = !(hooks.qsize || hooks.empty || hooks.full || hooks.put_nowait || hooks.get_nowait);
    let fast_max = match (&maxsize, &store) {
        (Value::Int(m), Store::Fifo(_) | Store::Lifo(_)) if stock => Some(*m),
        _ => None,
    };
    let finished = EventCore::default();
    finished.value.set(true);
    attach(
        &args,
        Primitive::Queue(QueueCore {
            maxsize: maxsize.clone(),
            store: RefCell::new(store),
            getters: Default::default(),
            putters: Default::default(),
            unfinished: Cell::new(0),
            finished,
            hooks,
            fast_max,
        }),
    )?;
    vm.set_attr(&args[0], &Rc::new(Str::new("_maxsize")), maxsize.clone())?;
    if python_store {
        call_method(vm, &args[0], "_init", vec![maxsize])?;
    }
    Ok(Value::None)
}

/// `self` and its queue, after checking a method's arguments.
fn this<'a>(
    name: &str,
    args: &'a [Value],
    kwargs: &Kwargs,
    params: &[&str],
) -> PyResult<(&'a Value, Rc<Primitive>)> {
    arity(name, args, kwargs, params, 0)?;
    let prim = core_of(args)?;
    queue(&prim)?;
    Ok((&args[0], prim))
}

/// The queue object of a method `this` accepted (always an instance: `core_of` checks).
fn instance(owner: &Value) -> PyResult<Rc<crate::vm::Instance>> {
    match owner {
        Value::Instance(i) => Ok(i.clone()),
        _ => Err(PyErr::type_error("descriptor requires an asyncio object")),
    }
}

macro_rules! with_queue {
    ($name:literal, $args:ident, $kwargs:ident, $params:expr, |$q:ident| $body:expr) => {{
        let (owner, prim) = this($name, &$args, &$kwargs, $params)?;
        let $q = Q {
            owner,
            core: queue(&prim)?,
        };
        $body
    }};
}

fn qsize(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    with_queue!("Queue.qsize", args, kwargs, &[], |q| Ok(Value::Int(
        q.stock_len(vm)? as i64
    )))
}

fn empty(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    with_queue!("Queue.empty", args, kwargs, &[], |q| Ok(Value::Bool(
        q.stock_empty(vm)?
    )))
}

fn full(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    with_queue!("Queue.full", args, kwargs, &[], |q| q.stock_full(vm))
}

fn put_nowait(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let item = args.get(1).cloned().unwrap_or(Value::None);
    with_queue!("Queue.put_nowait", args, kwargs, &["item"], |q| q
        .stock_put_nowait(vm, item, false))
}

fn get_nowait(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    with_queue!("Queue.get_nowait", args, kwargs, &[], |q| q
        .stock_get_nowait(vm, false))
}

fn put(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (owner, prim) = this("Queue.put", args, &kwargs, &["item"])?;
    Ok(primitive::coroutine(Op::QueuePut {
        owner: instance(owner)?,
        prim,
        item: args[1].clone(),
    }))
}

fn get(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (owner, prim) = this("Queue.get", args, &kwargs, &[])?;
    Ok(primitive::coroutine(Op::QueueGet {
        owner: instance(owner)?,
        prim,
    }))
}

fn task_done(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    with_queue!("Queue.task_done", args, kwargs, &[], |q| {
        let n = q.core.unfinished.get();
        if n <= 0 {
            return Err(PyErr::value_error("task_done() called too many times"));
        }
        q.core.unfinished.set(n - 1);
        if n == 1 {
            q.core.finished.set(vm)?;
        }
        Ok(Value::None)
    })
}

fn join(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, prim) = this("Queue.join", args, &kwargs, &[])?;
    Ok(primitive::coroutine(Op::EventWait { prim, join: true }))
}

/// For `Queue._format`: `(items or None, getters, putters, unfinished tasks)`, the items as
/// `list(self._queue)` when there are any.
fn queue_state(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    with_queue!("_queue_state", args, kwargs, &[], |q| {
        let items = match &*q.core.store.borrow() {
            Store::Fifo(d) => Some(d.iter().cloned().collect::<Vec<_>>()),
            Store::Lifo(v) => Some(v.clone()),
            Store::Heap(h) => Some(h.borrow().clone()),
            Store::Python => None,
        };
        let items = match items {
            Some(items) => items,
            None => match q.python_items(vm) {
                Ok(v) if vm.truthy(&v)? => vm.collect(&v)?,
                Ok(_) => Vec::new(),
                Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Vec::new(),
                Err(e) => return Err(e),
            },
        };
        let items = if items.is_empty() {
            Value::None
        } else {
            Value::list(items)
        };
        let getters = q.core.getters.borrow().len() as i64;
        let putters = q.core.putters.borrow().len() as i64;
        Ok(Value::Tuple(Rc::new(vec![
            items,
            Value::Int(getters),
            Value::Int(putters),
            Value::Int(q.core.unfinished.get()),
        ])))
    })
}

pub(super) fn module_attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("_queue_init", native("_queue_init", queue_init)),
        ("_queue_qsize", native("_queue_qsize", qsize)),
        ("_queue_empty", native("_queue_empty", empty)),
        ("_queue_full", native("_queue_full", full)),
        ("_queue_put_nowait", native("_queue_put_nowait", put_nowait)),
        ("_queue_get_nowait", native("_queue_get_nowait", get_nowait)),
        ("_queue_put", native("_queue_put", put)),
        ("_queue_get", native("_queue_get", get)),
        ("_queue_task_done", native("_queue_task_done", task_done)),
        ("_queue_join", native("_queue_join", join)),
        ("_queue_state", native("_queue_state", queue_state)),
    ]
}
