//! Iteration: `iter()` and `next()` for every built-in iterable, instances with
//! `__iter__`/`__next__`, and generators driven from native code (`next`, `send`, `throw`,
//! `close`), plus helpers that drain an iterable (`collect`, unpacking, set algebra).

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::Key;
use super::error::{ExcKind, PyErr, PyResult};
use super::exec::Exit;
use super::frame::OnExit;
use super::object::{builtin_type_name, DictIter, GenState, Generator, IterObj, IterState};
use super::value::{SetObj, Value};
use super::Vm;
use crate::bytecode::{BinOp, Instr};

/// What one step of a generator gave.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

/// The next item of a range, list or tuple iterator, without a call into `Vm::next`:
/// `Some(Some(v))` an item, `Some(None)` exhausted, `None` another kind of iterator. The
/// dispatch loop's `ForIter` tries this first; `next_builtin` uses it for the same kinds.
#[inline(always)]
pub(crate) fn next_simple(state: &mut IterState) -> Option<Option<Value>> {
    match state {
        IterState::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n.saturating_add(*step);
                Some(Some(Value::Int(n)))
            } else {
                Some(None)
            }
        }
        IterState::Seq { seq, index } => {
            let item = match seq {
                Value::List(l) => l.borrow().get(*index).cloned(),
                Value::Tuple(t) => t.get(*index).cloned(),
                _ => return None,
            };
            match item {
                Some(v) => {
                    *index += 1;
                    Some(Some(v))
                }
                None => {
                    *state = IterState::Done;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

pub fn iter_value(state: IterState) -> Value {
    Value::Iter(Rc::new(IterObj {
        state: RefCell::new(state),
    }))
}

impl Vm {
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Dict(d) => iter_value(IterState::Dict(DictIter {
                what: "dict_keys",
                dict: d.clone(),
                index: 0,
                len: d.borrow().len(),
            })),
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                iter_value(IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                })
            }
            Value::Str(s) => iter_value(IterState::Str {
                s: s.clone(),
                byte: 0,
            }),
            Value::BigRange(r) => iter_value(IterState::BigRange(Box::new([
                r.start.clone(),
                r.stop.clone(),
                r.step.clone(),
            ]))),
            Value::Range(r) => iter_value(IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            }),
            Value::Set(s) => iter_value(IterState::Items {
                items: s.items.borrow().iter().map(|k| k.value.clone()).collect(),
                index: 0,
            }),
            Value::View(view) => iter_value(IterState::Dict(DictIter {
                what: view.0,
                dict: view.1.clone(),
                index: 0,
                len: view.1.borrow().len(),
            })),
            Value::Iter(_) | Value::Generator(_) => v.clone(),
            Value::File(f) => {
                if f.is_closed() {
                    return Err(PyErr::value_error("I/O operation on closed file."));
                }
                v.clone()
            }
            Value::Instance(_) => match self.call_dunder(v, "__iter__", vec![])? {
                Some(it) => {
                    let class = self.type_of(&it);
                    if !matches!(it, Value::Iter(_) | Value::Generator(_))
                        && class.lookup("__next__").is_none()
                    {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            builtin_type_name(&it)
                        )));
                    }
                    it
                }
                None if super::subclass::has_base(v) => {
                    return self.get_iter(super::subclass::base_of(v))
                }
                None => {
                    if self.type_of(v).lookup("__getitem__").is_some() {
                        return Ok(iter_value(IterState::GetItem {
                            obj: v.clone(),
                            index: 0,
                        }));
                    }
                    return Err(not_iterable(v));
                }
            },
            _ => return Err(not_iterable(v)),
        })
    }

    /// The next item, or `None` when the iterator is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => self.next_builtin(obj),
            Value::File(f) => crate::builtins::file::next_line(f),
            Value::Generator(gen) => self.next_generator(gen),
            Value::Instance(_) => match self.call_dunder(it, "__next__", vec![]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    builtin_type_name(it)
                ))),
                Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                builtin_type_name(it)
            ))),
        }
    }

    /// The next item of a generator resumed from native code (a nested loop).
    #[inline(always)]
    pub(crate) fn next_generator(&mut self, gen: &Rc<Generator>) -> PyResult<Option<Value>> {
        let Some(frame) = self.resume_with_none(gen, OnExit::Push)? else {
            return Ok(None);
        };
        match self.run_generator(frame)? {
            Exit::Yield(v) => Ok(Some(v)),
            Exit::Return(_) => Ok(None),
        }
    }

    fn next_builtin(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let mut state = obj.state.borrow_mut();
        if let Some(step) = next_simple(&mut state) {
            return Ok(step);
        }
        match &mut *state {
            IterState::Seq { seq, index } => {
                let i = *index;
                // Lists and tuples went through `next_simple`.
                let item = match seq {
                    Value::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
                    Value::ByteArray(b) => b.borrow().get(i).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Str { s, byte } => match s.s[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Ok(Some(Value::str(c.to_string())))
                }
                None => Ok(None),
            },
            IterState::Items { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            // Ranges went through `next_simple`.
            IterState::Done | IterState::Range { .. } => Ok(None),
            IterState::BigRange(parts) => {
                let [next, stop, step] = &mut **parts;
                let more = if step.sign() == num_bigint::Sign::Plus {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    return Ok(None);
                }
                let v = Value::bigint(next.clone());
                *next += &*step;
                Ok(Some(v))
            }
            IterState::GetItem { obj: seq, index } => {
                let (seq, i) = (seq.clone(), *index);
                *index += 1;
                drop(state);
                match self.getitem(&seq, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.err_matches(&e, ExcKind::IndexError)
                            || self.err_matches(&e, ExcKind::StopIteration) =>
                    {
                        *obj.state.borrow_mut() = IterState::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Dict(DictIter {
                what,
                dict,
                index,
                len,
            }) => {
                let d = dict.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let item = d.get_index(*index).map(|(k, v)| match *what {
                    "dict_keys" => k.value.clone(),
                    "dict_values" => v.clone(),
                    _ => Value::tuple(vec![k.value.clone(), v.clone()]),
                });
                *index += 1;
                Ok(item)
            }
            IterState::Enumerate { inner, count } => {
                let inner = inner.clone();
                let n = *count;
                *count += 1;
                drop(state);
                Ok(self
                    .next(&inner)?
                    .map(|v| Value::tuple(vec![Value::Int(n), v])))
            }
            IterState::Zip { iters } => {
                let iters = iters.clone();
                drop(state);
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            IterState::ZipStrict { iters } => {
                let iters = iters.clone();
                drop(state);
                self.zip_strict_next(&iters)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(state);
                let v = self.call(&func, vec![], vec![])?;
                if self.eq(&v, &sentinel)? {
                    *obj.state.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(state);
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, args, vec![]).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(state);
                while let Some(v) = self.next(&inner)? {
                    let keep = if matches!(func, Value::None) {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, vec![v.clone()], vec![])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok((**t).clone()),
            Value::Generator(gen) => super::fold::collect_generator(self, gen),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// Exactly `n` items, for `a, b = seq`.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::List(_) | Value::Tuple(_) => self.collect(v)?,
            _ => {
                let it = self.get_iter(v).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        builtin_type_name(v)
                    ))
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        break;
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        Ok(items)
    }

    /// (key, value) pairs of a mapping, for `**m`.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Key, Value)>> {
        match super::subclass::base_of(m) {
            Value::Dict(d) => Ok(d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()),
            // Any other mapping: its `keys()`, then `m[k]` for each (CPython's `**m`).
            Value::Instance(inst) if inst.class.lookup("keys").is_some() => {
                let keys_name = Rc::new(super::value::Str::new("keys"));
                let keys = self.get_attr(m, &keys_name)?;
                let keys = self.call(&keys, vec![], vec![])?;
                let mut seen = super::dict::Dict::default();
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.getitem(m, &k)?;
                    let key = self.map_key(&seen, k)?;
                    seen.insert(key.clone(), Value::None);
                    out.push((key, v));
                }
                Ok(out)
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not a mapping",
                builtin_type_name(m)
            ))),
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let set = Rc::new(SetObj {
            items: RefCell::new(indexmap::IndexSet::with_capacity_and_hasher(
                items.len(),
                Default::default(),
            )),
            frozen,
        });
        for i in items {
            let key = self.set_key(&set, i)?;
            set.items.borrow_mut().insert(key);
        }
        Ok(Value::Set(set))
    }

    /// Resumes a generator from native code (a nested loop) with `sent`.
    pub fn gen_send(&mut self, gen: &Rc<Generator>, sent: Value) -> PyResult<GenStep> {
        let Some(frame) = self.take_generator_frame(gen, sent)? else {
            return Ok(GenStep::Returned(Value::None));
        };
        match self.run_generator(frame)? {
            Exit::Yield(v) => Ok(GenStep::Yielded(v)),
            Exit::Return(v) => Ok(GenStep::Returned(v)),
        }
    }

    /// `gen.throw(exc)`: raises `exc` where the generator is suspended (forwarded to the
    /// sub-iterator when it is inside `yield from`).
    pub fn gen_throw(&mut self, gen: &Rc<Generator>, exc: Value) -> PyResult<GenStep> {
        let exc = self.make_exception(exc)?;
        match gen.state.get() {
            GenState::Running => return Err(PyErr::value_error("generator already executing")),
            GenState::Created | GenState::Closed => {
                gen.state.set(GenState::Closed);
                gen.frame.borrow_mut().take();
                return Err(PyErr::Exc(exc));
            }
            GenState::Suspended => {}
        }
        if let Some(sub) = self.delegate_of(gen) {
            let outcome = match &sub {
                Value::Generator(inner) => self.gen_throw(inner, exc.clone()),
                Value::NativeCoro(c) => crate::runtime::native_throw(self, c, exc.clone()),
                _ => Err(PyErr::Exc(exc.clone())),
            };
            match outcome {
                Ok(GenStep::Yielded(v)) => return Ok(GenStep::Yielded(v)),
                Ok(GenStep::Returned(r)) => {
                    // The sub-iterator finished: continue after the delegation with its result.
                    let Some(mut frame) = self.take_generator_frame(gen, Value::None)? else {
                        return Ok(GenStep::Returned(Value::None));
                    };
                    frame.pop();
                    frame.pop();
                    frame.push(r);
                    if let Instr::Jump(send) = frame.code.code.instrs[frame.pc] {
                        if let Instr::Send(exit) = frame.code.code.instrs[send.0 as usize] {
                            frame.pc = exit.0 as usize;
                        }
                    }
                    return self.finish_gen_run(frame, None);
                }
                Err(e) => {
                    let Some(frame) = self.take_generator_frame(gen, Value::None)? else {
                        return Err(e);
                    };
                    return self.finish_gen_run(frame, Some(e));
                }
            }
        }
        let Some(mut frame) = self.take_generator_frame(gen, Value::None)? else {
            return Err(PyErr::Exc(exc));
        };
        frame.pop();
        self.finish_gen_run(frame, Some(PyErr::Exc(exc)))
    }

    fn finish_gen_run(
        &mut self,
        frame: Box<super::frame::Frame>,
        pending: Option<PyErr>,
    ) -> PyResult<GenStep> {
        match self.run_frame_with(frame, pending)? {
            Exit::Yield(v) => Ok(GenStep::Yielded(v)),
            Exit::Return(v) => Ok(GenStep::Returned(v)),
        }
    }

    /// The sub-iterator a suspended generator is delegating to (`yield from`), if any: it is
    /// parked on the `Jump` back to a `Send`, with the sub-iterator on its stack.
    pub(crate) fn delegate_of(&self, gen: &Rc<Generator>) -> Option<Value> {
        let frame = gen.frame.borrow();
        let frame = frame.as_ref()?;
        let instrs = &frame.code.code.instrs;
        match instrs.get(frame.pc)? {
            Instr::Jump(t) if matches!(instrs.get(t.0 as usize), Some(Instr::Send(_))) => {
                Some(frame.top().clone())
            }
            _ => None,
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &Rc<Generator>) -> PyResult<()> {
        if gen.state.get() != GenState::Suspended {
            gen.state.set(GenState::Closed);
            gen.frame.borrow_mut().take();
            return Ok(());
        }
        let exit = self.new_exception(ExcKind::GeneratorExit, vec![]);
        match self.gen_throw(gen, exit) {
            Ok(GenStep::Yielded(_)) => Err(PyErr::new(
                ExcKind::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e)
                if self.err_matches(&e, ExcKind::GeneratorExit)
                    || self.err_matches(&e, ExcKind::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

impl Vm {
    /// The next tuple of a strict zip; an argument that ends before or after the others is
    /// CPython's ValueError ("zip() argument 2 is shorter than argument 1").
    fn zip_strict_next(&mut self, iters: &[Value]) -> PyResult<Option<Value>> {
        if iters.is_empty() {
            return Ok(None);
        }
        let plural = |i: usize| {
            if i == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{i}")
            }
        };
        let mut items = Vec::with_capacity(iters.len());
        for (i, it) in iters.iter().enumerate() {
            match self.next(it)? {
                Some(v) => items.push(v),
                None if i > 0 => {
                    return Err(PyErr::value_error(format!(
                        "zip() argument {} is shorter than {}",
                        i + 1,
                        plural(i)
                    )))
                }
                None => {
                    for (j, other) in iters.iter().enumerate().skip(1) {
                        if self.next(other)?.is_some() {
                            return Err(PyErr::value_error(format!(
                                "zip() argument {} is longer than {}",
                                j + 1,
                                plural(j)
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(Value::tuple(items)))
    }
}

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", builtin_type_name(v)))
}

/// `|`, `&`, `-`, `^` on sets.
pub fn set_op(op: BinOp, x: &Rc<SetObj>, y: &Rc<SetObj>) -> PyResult<Value> {
    let (a, b) = (x.items.borrow(), y.items.borrow());
    let items: indexmap::IndexSet<Key, super::dict::BuildKeyHasher> = match op {
        BinOp::Or => a.iter().chain(b.iter()).cloned().collect(),
        BinOp::And => a.iter().filter(|k| b.contains(*k)).cloned().collect(),
        BinOp::Sub => a.iter().filter(|k| !b.contains(*k)).cloned().collect(),
        BinOp::Xor => a
            .iter()
            .filter(|k| !b.contains(*k))
            .chain(b.iter().filter(|k| !a.contains(*k)))
            .cloned()
            .collect(),
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Set(Rc::new(SetObj {
        items: RefCell::new(items),
        frozen: x.frozen,
    })))
}
