//! The dispatch loop. `run_frame` runs a frame and every frame it calls in one loop: a
//! Python call swaps the running frame for the callee (the caller waits on `Vm::frames`), a
//! return swaps back, so Python recursion never grows the Rust stack (decision 2). A generator
//! is resumed the same way: its parked frame is pushed and runs until `Yield` parks it again.
//! Exceptions unwind through the code objects' exception tables (see `bytecode`), adding a
//! traceback entry per frame left, until a handler takes them or the loop's base frame ends.
//! The frame switches themselves (calls, generator resumes, returns) are in `switch`.

use std::mem;
use std::rc::Rc;

use super::callnative::{keyword_args, native_target};
use super::dict::{Dict, Key, StrKey};
use super::error::{ExcKind, PyErr, PyResult};
use super::frame::{ClassBody, Frame, OnExit};
use super::fused;
use super::object::{builtin_type_name, Code, Function, GenState, TracebackEntry};
use super::value::{Str, Value};
use super::Vm;
use crate::bytecode::{BinOp, ConstId, Conversion, Instr, LocalId};

/// How the base frame of a loop ended.
pub enum Exit {
    Return(Value),
    /// The base frame is a generator that yielded; it is parked in its generator again.
    Yield(Value),
}

impl Vm {
    /// Runs `frame` (and all it calls) until it returns or yields; with `pending`, the frame
    /// starts by raising that error where it stands (`generator.throw`).
    pub fn run_frame_with(&mut self, frame: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
        if self.depth >= self.recursion_limit || super::check_stack().is_err() {
            let mut frame = frame;
            if let Some(gen) = frame.generator.take() {
                gen.state.set(GenState::Closed);
                self.handled = mem::take(&mut frame.outer_handled);
            }
            return Err(recursion_error());
        }
        self.depth += 1;
        let base = self.frames.len();
        self.run_loop(frame, base, pending)
    }

    /// Resumes a generator's frame (from `take_generator_frame`) for a native consumer
    /// (`next()`, `sum`, `list`, ...): `run_frame_with` without a pending error, inline up to
    /// the first error, which continues in the shared loop.
    #[inline(always)]
    pub(crate) fn run_generator(&mut self, frame: Box<Frame>) -> PyResult<Exit> {
        if self.depth >= self.recursion_limit || super::check_stack().is_err() {
            // Refused there, as any frame would be.
            return self.run_frame_with(frame, None);
        }
        self.depth += 1;
        let base = self.frames.len();
        let mut f = frame;
        match self.execute(&mut f, base) {
            Ok(Exit::Yield(v)) => {
                if let Some(gen) = f.generator.take() {
                    super::switch::park(&gen, f);
                }
                Ok(Exit::Yield(v))
            }
            Ok(exit) => {
                self.release_frame(f);
                Ok(exit)
            }
            Err(err) => self.run_loop_after_error(f, base, err),
        }
    }

    #[cold]
    #[inline(never)]
    fn run_loop_after_error(&mut self, f: Box<Frame>, base: usize, err: PyErr) -> PyResult<Exit> {
        self.run_loop(f, base, Some(err))
    }

    /// The loop of `run_frame_with` once the recursion depth counts the frame: runs `frame`
    /// (and all it calls) down to `base`, unwinding errors (first `pending`, if any).
    #[inline]
    fn run_loop(
        &mut self,
        frame: Box<Frame>,
        base: usize,
        pending: Option<PyErr>,
    ) -> PyResult<Exit> {
        let mut f = frame;
        let mut pending = pending;
        loop {
            let result = match pending.take() {
                Some(err) => Err(err),
                None => self.execute(&mut f, base),
            };
            match result {
                Ok(Exit::Yield(v)) => {
                    if let Some(gen) = f.generator.take() {
                        super::switch::park(&gen, f);
                    }
                    return Ok(Exit::Yield(v));
                }
                Ok(exit) => {
                    self.release_frame(f);
                    return Ok(exit);
                }
                Err(err) => self.unwind(&mut f, base, err)?,
            }
        }
    }

    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Exit> {
        self.run_frame_with(frame, None)
    }

    /// Finds a handler for `err` in `f` or its callers (down to `base`); on success `f` is the
    /// frame to continue in, positioned at the handler.
    /// Entry of `with` / `async with`: looks up the (enter, exit) pair on the manager's type and
    /// gives the bound exit method and the result of calling enter (for `async with`, the
    /// awaitable the caller then awaits).
    fn enter_context(
        &mut self,
        mgr: Value,
        (enter, exit): (&str, &str),
        protocol: &str,
    ) -> PyResult<(Value, Value)> {
        let class = self.type_of(&mgr);
        let (Some(enter), Some(exit)) = (class.lookup(enter), class.lookup(exit)) else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the {protocol} protocol",
                builtin_type_name(&mgr)
            )));
        };
        let exit = Value::BoundMethod(Rc::new(super::object::BoundMethod {
            func: exit,
            receiver: mgr.clone(),
        }));
        let entered = self.call(&enter, vec![mgr], Vec::new())?;
        Ok((exit, entered))
    }

    fn unwind(&mut self, f: &mut Box<Frame>, base: usize, err: PyErr) -> PyResult<()> {
        let exc = self.exception_value(err);
        let mut skip_entry = mem::take(&mut self.reraising);
        if !skip_entry {
            self.chain_context(&exc);
        }
        let mut exc = exc;
        loop {
            let pc = f.pc.saturating_sub(1);
            let handler = f.code.code.handler_for(pc);
            if !skip_entry {
                add_traceback(
                    &exc,
                    TracebackEntry {
                        code: f.code.clone(),
                        pc,
                        globals: f.globals.clone(),
                        handled: handler.is_some(),
                    },
                );
            }
            skip_entry = false;
            if let Some(h) = handler {
                let keep = f.code.code.nlocals() + h.depth as usize;
                f.values.truncate(keep);
                f.values.push(exc);
                f.pc = h.target.0 as usize;
                return Ok(());
            }
            self.depth -= 1;
            if let Some(gen) = f.generator.take() {
                gen.state.set(GenState::Closed);
                self.handled = mem::take(&mut f.outer_handled);
                if self.is_instance_of(&exc, ExcKind::StopIteration) {
                    let new = self.new_exception(
                        ExcKind::RuntimeError,
                        vec![Value::str("generator raised StopIteration")],
                    );
                    set_cause(&new, exc.clone());
                    exc = new;
                }
            }
            if self.frames.len() == base {
                return Err(PyErr::Exc(exc));
            }
            let Some(caller) = self.frames.pop() else {
                return Err(PyErr::Exc(exc));
            };
            let left = mem::replace(f, caller);
            if matches!(left.on_exit, OnExit::Property) {
                self.getter_failed(f, &exc);
            }
            self.release_frame(left);
        }
    }

    /// A new exception raised while another is handled gets it as `__context__`.
    fn chain_context(&mut self, exc: &Value) {
        if let (Value::Instance(new), Value::Instance(_)) = (exc, &self.handled) {
            if exc.is(&self.handled) {
                return;
            }
            if let Some(data) = &new.exc {
                let mut d = data.borrow_mut();
                if d.context.is_undefined() || matches!(d.context, Value::None) {
                    d.context = self.handled.clone();
                }
            }
        }
    }

    fn is_instance_of(&self, v: &Value, kind: ExcKind) -> bool {
        matches!(v, Value::Instance(i) if i.class.is_subclass(self.exc_class(kind)))
    }

    /// Pops the top and gives its truth value (`bool` without a call).
    #[inline(always)]
    fn pop_truth(&mut self, f: &mut Frame) -> PyResult<bool> {
        let v = f.pop();
        // A bool, or an int (`if x & 1`, `while n`): no call, and nothing to drop.
        let known = match v {
            Value::Bool(b) => Some(b),
            Value::Int(i) => Some(i != 0),
            _ => None,
        };
        if let Some(b) = known {
            mem::forget(v);
            return Ok(b);
        }
        self.truthy(&v)
    }

    /// Runs instructions until the base frame returns or yields, or an error escapes an
    /// instruction (the caller unwinds it and calls again). The running frame's instructions
    /// and pc live in locals (`run_code`); `f.pc` is written back whenever the frame stops
    /// running: a switch to another frame, a yield, a return, an error.
    fn execute(&mut self, f: &mut Box<Frame>, base: usize) -> PyResult<Exit> {
        let mut ip = std::ptr::null();
        let result = self.run_code(f, base, &mut ip);
        // `ip` points into the code of the frame `f` is now (see `run_code`).
        f.pc = index_of(ip, &f.code.quick);
        result
    }

    /// Runs the frame `f` from `f.pc`, and each frame it switches to (a call, a return, a
    /// generator resumed or yielding) from that frame's `f.pc` (`switched!`), in this loop,
    /// until the base frame stops or an error escapes. On return, `*ip` points into the code
    /// of whatever frame `f` then is, so an error raised after a switch (a bad `__init__`
    /// result, raised in the caller) points at the right place.
    #[inline(always)]
    fn run_code(
        &mut self,
        f: &mut Box<Frame>,
        base: usize,
        ip: &mut *const Instr,
    ) -> PyResult<Exit> {
        // SAFETY (each `code` below): the running frame `f` holds an `Rc` of its code, and a
        // running frame's `code` is never replaced, so the code lives while `f` is that
        // frame. Every arm that switches `f` to another frame (after which the old one may
        // be dropped) ends in `switched!()` or a return without reading `code` or `instrs`
        // again. (A clone of the `Rc` would cost a count update on every call and return.)
        let mut code: &Code = unsafe { &*Rc::as_ptr(&f.code) };
        let mut instrs = &code.quick[..];
        // Continues with the frame `f` now is, at its `f.pc`.
        macro_rules! switched {
            () => {{
                code = unsafe { &*Rc::as_ptr(&f.code) };
                instrs = &code.quick[..];
                enter(instrs, f.pc, ip)?;
                continue;
            }};
        }
        enter(instrs, f.pc, ip)?;
        // The pc of the next instruction, for the calls that record where a frame resumes.
        macro_rules! pc {
            () => {
                index_of(*ip, instrs)
            };
        }
        loop {
            let here = *ip;
            // SAFETY: `here` points into `instrs` (ends with `EndOfCode`, which never falls
            // through): `execute` starts it at a checked pc, `jump` checks every target, and
            // an arm moves it only to the next slot or past its own fused sequence, all
            // before or at that last slot.
            let cur = unsafe { &*here };
            *ip = here.wrapping_add(1);
            // Matched in place: each arm reads only its own operands.
            match *cur {
                Instr::EndOfCode => {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "weft bug: ran past the end of the code",
                    ))
                }
                Instr::Nop => {}
                Instr::Pop => {
                    f.pop().discard();
                    if crate::runtime::attention() {
                        self.attend(&f.code.clone(), pc!())?;
                    }
                }
                Instr::Dup => {
                    let v = f.top().clone();
                    f.push(v);
                }
                Instr::DupTwo => {
                    let a = f.peek(1).clone();
                    let b = f.peek(0).clone();
                    f.push(a);
                    f.push(b);
                }
                Instr::Swap => {
                    let n = f.values.len();
                    f.values.swap(n - 1, n - 2);
                }
                // In place: no pop and re-insert (a capacity check and a memmove per use;
                // `Rot3` runs in every `a[i] op= v`).
                Instr::Rot3 => {
                    let n = f.values.len();
                    f.values[n - 3..].rotate_right(1);
                }
                Instr::Rot4 => {
                    let n = f.values.len();
                    f.values[n - 4..].rotate_right(1);
                }
                Instr::LoadConst(c) => {
                    let v = code.consts[c.0 as usize].clone();
                    f.push(v);
                }
                Instr::LoadFast(l) => {
                    let v = match &f.values[l.0 as usize] {
                        Value::Undefined => {
                            return Err(unbound_local(&f.code.code.varnames[l.0 as usize]))
                        }
                        v => v.clone(),
                    };
                    f.push(v);
                }
                Instr::StoreFast(l) => {
                    let v = f.pop();
                    mem::replace(&mut f.values[l.0 as usize], v).discard();
                }
                Instr::DeleteFast(l) => {
                    if f.values[l.0 as usize].is_undefined() {
                        return Err(unbound_local(&f.code.code.varnames[l.0 as usize]));
                    }
                    f.values[l.0 as usize] = Value::Undefined;
                }
                Instr::LoadDeref(c) => {
                    let v = f.cells[c.0 as usize].borrow().clone();
                    if v.is_undefined() {
                        return Err(self.unbound_cell(f, c.0 as usize));
                    }
                    f.push(v);
                }
                Instr::StoreDeref(c) => {
                    let v = f.pop();
                    *f.cells[c.0 as usize].borrow_mut() = v;
                }
                Instr::DeleteDeref(c) => {
                    let old = mem::take(&mut *f.cells[c.0 as usize].borrow_mut());
                    if old.is_undefined() {
                        return Err(self.unbound_cell(f, c.0 as usize));
                    }
                }
                Instr::LoadClassDeref(n, c) => {
                    let name = &f.code.names[n.0 as usize];
                    let found = f
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.borrow().get(&StrKey::of(name)).cloned());
                    let v = match found {
                        Some(v) => v,
                        None => f.cells[c.0 as usize].borrow().clone(),
                    };
                    if v.is_undefined() {
                        return Err(self.unbound_cell(f, c.0 as usize));
                    }
                    f.push(v);
                }
                Instr::LoadGlobal(n) => {
                    // The hit as a bare value: no `PyResult` to build and take apart.
                    let v = match self.cached_global(f, n.0 as usize) {
                        Some(v) => v,
                        None => self.load_global_slow(f, n.0 as usize)?,
                    };
                    f.push(v);
                }
                Instr::StoreGlobal(n) => {
                    let v = f.pop();
                    self.store_global(f, n.0 as usize, v);
                }
                Instr::DeleteGlobal(n) => {
                    let name = f.code.names[n.0 as usize].clone();
                    if f.globals
                        .borrow_mut()
                        .shift_remove(&StrKey::of(&name))
                        .is_none()
                    {
                        return Err(self.name_error(&name.s));
                    }
                }
                // A module body's names are its globals: the cached paths of `LoadGlobal`.
                Instr::LoadName(n) if f.names_are_globals() => {
                    let v = match self.cached_global(f, n.0 as usize) {
                        Some(v) => v,
                        None => self.load_global_slow(f, n.0 as usize)?,
                    };
                    f.push(v);
                }
                Instr::StoreName(n) if f.names_are_globals() => {
                    let v = f.pop();
                    self.store_global(f, n.0 as usize, v);
                }
                Instr::LoadName(n) => {
                    let name = &f.code.names[n.0 as usize];
                    let key = StrKey::of(name);
                    let mut found = f
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.borrow().get(&key).cloned());
                    if found.is_none() {
                        found = f.globals.borrow().get(&key).cloned();
                    }
                    if found.is_none() {
                        found = self.builtins.borrow().get(&key).cloned();
                    }
                    match found {
                        Some(v) => f.push(v),
                        None => return Err(self.name_error(&name.s)),
                    }
                }
                Instr::StoreName(n) => {
                    let v = f.pop();
                    let key = Key::str(&f.code.names[n.0 as usize]);
                    let ns = f.namespace.as_ref().unwrap_or(&f.globals);
                    ns.borrow_mut().insert(key, v);
                }
                Instr::DeleteName(n) => {
                    let name = f.code.names[n.0 as usize].clone();
                    let ns = f.namespace.as_ref().unwrap_or(&f.globals);
                    if ns.borrow_mut().shift_remove(&StrKey::of(&name)).is_none() {
                        return Err(self.name_error(&name.s));
                    }
                }
                Instr::LoadAttr(n) => {
                    if self.load_attr_cached(f, code, n.0 as usize, *ip)? {
                        switched!();
                    }
                }
                Instr::StoreAttr(n) => {
                    let obj = f.pop();
                    let v = f.pop();
                    self.store_attr_cached(&f.code, n.0 as usize, obj, v)?;
                }
                Instr::DeleteAttr(n) => {
                    let obj = f.pop();
                    let name = f.code.names[n.0 as usize].clone();
                    self.del_attr(&obj, &name)?;
                }
                Instr::LoadMethod(n) => {
                    let obj = f.pop();
                    let (m, receiver) = self.load_method_cached(&f.code, n.0 as usize, obj)?;
                    f.push(m);
                    f.push(receiver);
                }
                Instr::CallMethod(n) => {
                    let n = n as usize;
                    // Natives first, without `call_simple`'s (out-of-line) refusal.
                    let callee = f.values.len() - n - 2;
                    if !matches!(f.values[callee], Value::Function(_)) {
                        if let Value::Native(native) = &f.values[callee] {
                            if let Some(now) = native.await_now {
                                match self.call_method_await_now(
                                    f,
                                    code,
                                    index_of(here, instrs),
                                    n,
                                    now,
                                ) {
                                    Ok(Some(exit)) => {
                                        *ip = jump(instrs, exit)?;
                                        continue;
                                    }
                                    Ok(None) => {}
                                    Err(err) => {
                                        *ip = here.wrapping_add(4);
                                        return Err(err);
                                    }
                                }
                            }
                        }
                        if let Some(t) = native_target(&f.values[callee]) {
                            let args = callee + 1 + f.values[callee + 1].is_undefined() as usize;
                            self.call_native_at(f, t, callee, args, Vec::new())?;
                            continue;
                        }
                    }
                    if !f.peek(n).is_undefined() {
                        if self.call_simple(f, n + 1, pc!(), 0) {
                            switched!();
                        }
                    } else if matches!(f.peek(n + 1), Value::Function(_)) {
                        // No receiver (`C.m(x)`): the function moves up over the marker, and
                        // is called as a plain function.
                        let at = f.values.len() - n - 1;
                        f.values.swap(at - 1, at);
                        if self.call_simple(f, n, pc!(), 1) {
                            switched!();
                        }
                        f.values.swap(at - 1, at);
                    }
                    let mut args = f.pop_n(n + 1);
                    let callee = f.pop();
                    if args[0].is_undefined() {
                        args.remove(0);
                    }
                    if self.call_into(f, &callee, args, Vec::new(), pc!())? {
                        switched!();
                    }
                }
                Instr::Subscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    let v = match (&obj, &key) {
                        (Value::List(l), Value::Int(i)) => match list_slot(&l.borrow(), *i) {
                            Some(v) => v.clone(),
                            None => self.getitem(&obj, &key)?,
                        },
                        (Value::Tuple(t), Value::Int(i)) => match list_slot(t, *i) {
                            Some(v) => v.clone(),
                            None => self.getitem(&obj, &key)?,
                        },
                        _ => self.getitem(&obj, &key)?,
                    };
                    key.discard();
                    f.push(v);
                }
                Instr::StoreSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    let v = f.pop();
                    if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                        let mut items = l.borrow_mut();
                        let len = items.len() as i64;
                        let i = if *i < 0 { *i + len } else { *i };
                        if (0..len).contains(&i) {
                            let old = mem::replace(&mut items[i as usize], v);
                            drop(items);
                            old.discard();
                            continue;
                        }
                    }
                    self.setitem(&obj, &key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    self.delitem(&obj, &key)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::None };
                    let hi = f.pop();
                    let lo = f.pop();
                    f.push(Value::Slice(Rc::new([lo, hi, step])));
                }
                Instr::Binary(op) => {
                    if fast_binary(f, op) {
                        continue;
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let v = self.binary_owned(op, false, a, &b)?;
                    f.push(v);
                }
                Instr::Inplace(op) => {
                    if fast_binary(f, op) {
                        continue;
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let v = self.binary_owned(op, true, a, &b)?;
                    f.push(v);
                }
                Instr::Unary(op) => {
                    let a = f.pop();
                    let v = self.unary(op, &a)?;
                    f.push(v);
                }
                Instr::Compare(op) => {
                    let n = f.values.len();
                    if let Some(r) = super::fast::compare(op, &f.values[n - 2], &f.values[n - 1]) {
                        // Both operands are immediates: nothing to drop.
                        mem::forget(f.values.pop());
                        mem::forget(mem::replace(&mut f.values[n - 2], Value::Bool(r)));
                        continue;
                    }
                    let b = f.pop();
                    let a = f.pop();
                    let v = self.compare(op, &a, &b)?;
                    f.push(v);
                }
                Instr::Is(neg) => {
                    let b = f.pop();
                    let a = f.pop();
                    f.push(Value::Bool(a.is(&b) != neg));
                }
                Instr::In(neg) => {
                    let container = f.pop();
                    let item = f.pop();
                    let r = self.contains(&container, &item)?;
                    f.push(Value::Bool(r != neg));
                }
                Instr::Jump(l) => {
                    if crate::runtime::attention() {
                        self.attend(&f.code.clone(), pc!())?;
                    }
                    *ip = jump(instrs, l.0 as usize)?;
                }
                Instr::PopJumpIfFalse(l) => {
                    if !self.pop_truth(f)? {
                        *ip = jump(instrs, l.0 as usize)?;
                    }
                }
                Instr::PopJumpIfTrue(l) => {
                    if self.pop_truth(f)? {
                        *ip = jump(instrs, l.0 as usize)?;
                    }
                }
                Instr::JumpIfFalseOrPop(l) => {
                    let v = f.top().clone();
                    if !self.truthy(&v)? {
                        *ip = jump(instrs, l.0 as usize)?;
                    } else {
                        f.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(l) => {
                    let v = f.top().clone();
                    if self.truthy(&v)? {
                        *ip = jump(instrs, l.0 as usize)?;
                    } else {
                        f.pop();
                    }
                }
                Instr::GetIter => {
                    let v = f.pop();
                    let it = self.get_iter(&v)?;
                    f.push(it);
                }
                Instr::ForIter(l) => {
                    // Ranges, lists and tuples step in place (no clone of the iterator).
                    let step = match f.top() {
                        Value::Iter(obj) => obj
                            .state
                            .try_borrow_mut()
                            .ok()
                            .and_then(|mut state| super::iter::next_simple(&mut state)),
                        _ => None,
                    };
                    match step {
                        Some(Some(v)) => {
                            f.push(v);
                            continue;
                        }
                        Some(None) => {
                            f.pop();
                            *ip = jump(instrs, l.0 as usize)?;
                            continue;
                        }
                        None => {}
                    }
                    if let Value::Generator(gen) = f.top() {
                        // The generator is borrowed from the stack: no clone of the iterator.
                        match self.resume_with_none(gen, OnExit::ForIter(l))? {
                            Some(frame) => {
                                self.enter_generator(f, frame, pc!())?;
                                switched!();
                            }
                            None => {
                                f.pop();
                                *ip = jump(instrs, l.0 as usize)?;
                                continue;
                            }
                        }
                    }
                    let it = f.top().clone();
                    match self.next(&it)? {
                        Some(v) => f.push(v),
                        None => {
                            f.pop();
                            *ip = jump(instrs, l.0 as usize)?;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(Value::list(items));
                }
                Instr::BuildSet(n) => {
                    let items = f.pop_n(n as usize);
                    let set = self.new_set(items, false)?;
                    f.push(set);
                }
                Instr::BuildMap(n) => {
                    let items = f.pop_n(2 * n as usize);
                    let mut d = Dict::with_capacity_and_hasher(n as usize, Default::default());
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        let k = self.map_key(&d, k)?;
                        d.insert(k, v);
                    }
                    f.push(Value::dict(d));
                }
                Instr::BuildString(n) => {
                    let parts = f.pop_n(n as usize);
                    let mut s = String::new();
                    for p in &parts {
                        if let Some(x) = p.as_str() {
                            s.push_str(x);
                        }
                    }
                    f.push(Value::str(s));
                }
                Instr::ListToTuple => {
                    let v = f.pop();
                    let items = match v {
                        Value::List(l) => l.borrow().clone(),
                        other => self.collect(&other)?,
                    };
                    f.push(Value::tuple(items));
                }
                Instr::ListAppend(n) => {
                    let v = f.pop();
                    if let Value::List(l) = f.peek(n as usize - 1) {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(n) => {
                    let v = f.pop();
                    if let Value::Set(s) = f.peek(n as usize - 1).clone() {
                        let key = self.set_key(&s, v)?;
                        s.items.borrow_mut().insert(key);
                    }
                }
                Instr::MapAdd(n) => {
                    let v = f.pop();
                    let k = f.pop();
                    if let Value::Dict(d) = f.peek(n as usize - 1).clone() {
                        let k = self.dict_key(&d, k)?;
                        d.borrow_mut().insert(k, v);
                    }
                }
                Instr::ListExtend(n) => {
                    let it = f.pop();
                    let items = self.collect(&it)?;
                    if let Value::List(l) = f.peek(n as usize - 1) {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let it = f.pop();
                    let items = self.collect(&it)?;
                    if let Value::Set(s) = f.peek(n as usize - 1).clone() {
                        for i in items {
                            let key = self.set_key(&s, i)?;
                            s.items.borrow_mut().insert(key);
                        }
                    }
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let m = f.pop();
                    let pairs = self.mapping_items(&m)?;
                    let target = f.peek(n as usize - 1).clone();
                    if let Value::Dict(d) = target {
                        let mut d = d.borrow_mut();
                        for (k, v) in pairs {
                            if matches!(*cur, Instr::DictMerge(_)) && d.contains_key(&k) {
                                // The callable sits under the positional tuple.
                                let callee = f.peek(n as usize + 1);
                                return Err(PyErr::type_error(format!(
                                    "{} got multiple values for keyword argument '{}'",
                                    super::object::function_str(callee),
                                    k.value.as_str().unwrap_or("?")
                                )));
                            }
                            d.insert(k, v);
                        }
                    }
                }
                Instr::UnpackSequence(n) => {
                    let seq = f.pop();
                    if let Value::Tuple(t) = &seq {
                        if t.len() == n as usize {
                            f.values.extend(t.iter().rev().cloned());
                            continue;
                        }
                    }
                    let items = self.unpack(&seq, n as usize)?;
                    f.values.extend(items.into_iter().rev());
                }
                Instr::UnpackEx { before, after } => {
                    let seq = f.pop();
                    let mut items = self.collect(&seq)?;
                    let (b, a) = (before as usize, after as usize);
                    if items.len() < b + a {
                        return Err(PyErr::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            items.len()
                        )));
                    }
                    let tail = items.split_off(items.len() - a);
                    let middle = items.split_off(b);
                    f.values.extend(tail.into_iter().rev());
                    f.push(Value::list(middle));
                    f.values.extend(items.into_iter().rev());
                }
                Instr::FormatValue {
                    conversion,
                    has_spec,
                } => {
                    let spec = if has_spec { f.pop() } else { Value::Undefined };
                    let v = f.pop();
                    let v = match conversion {
                        Conversion::None => v,
                        Conversion::Str => Value::str(self.str_of(&v)?),
                        Conversion::Repr => Value::str(self.repr(&v)?),
                        Conversion::Ascii => Value::str(super::repr::ascii_escape(&self.repr(&v)?)),
                    };
                    let spec = spec.as_str().unwrap_or("").to_string();
                    let s = match (&v, spec.is_empty()) {
                        (Value::Str(_), true) => v,
                        _ => Value::str(self.format(&v, &spec)?),
                    };
                    f.push(s);
                }
                Instr::MakeFunction {
                    code,
                    defaults,
                    kwdefaults,
                    annotations,
                } => {
                    let annotations = if annotations { Some(f.pop()) } else { None };
                    let kwdefaults = if kwdefaults {
                        match f.pop() {
                            Value::Dict(d) => Some(d.borrow().clone()),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let defaults = if defaults {
                        match f.pop() {
                            Value::Tuple(t) => (*t).clone(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let Value::Code(code) = f.code.consts[code.0 as usize].clone() else {
                        return Err(PyErr::new(
                            ExcKind::RuntimeError,
                            "weft bug: MakeFunction without code",
                        ));
                    };
                    let closure = code
                        .code
                        .free_from
                        .iter()
                        .map(|c| f.cells[c.0 as usize].clone())
                        .collect();
                    let func = Function {
                        name: std::cell::RefCell::new(code.code.name.clone()),
                        qualname: std::cell::RefCell::new(code.code.qualname.clone()),
                        code,
                        defaults,
                        kwdefaults,
                        closure,
                        globals: f.globals.clone(),
                        dict: Default::default(),
                    };
                    if let Some(a) = annotations {
                        func.dict
                            .borrow_mut()
                            .insert(Key::str(&Rc::new(Str::new("__annotations__"))), a);
                    }
                    f.push(Value::Function(Rc::new(func)));
                }
                Instr::Call(n) => {
                    let callee = f.values.len() - n as usize - 1;
                    if let Value::Function(_) = f.values[callee] {
                        if self.call_simple(f, n as usize, pc!(), 0) {
                            switched!();
                        }
                    } else if let Some(t) = native_target(&f.values[callee]) {
                        self.call_native_at(f, t, callee, callee + 1, Vec::new())?;
                        continue;
                    } else if self.instantiate_simple(f, n as usize, pc!())? {
                        switched!();
                    }
                    let args = f.pop_n(n as usize);
                    let callee = f.pop();
                    if self.call_into(f, &callee, args, Vec::new(), pc!())? {
                        switched!();
                    }
                }
                Instr::CallKw(n) => {
                    let names = f.pop();
                    let callee = f.values.len() - n as usize - 1;
                    let kwargs = keyword_args(names, &mut f.values);
                    if let Some(t) = native_target(&f.values[callee]) {
                        self.call_native_at(f, t, callee, callee + 1, kwargs)?;
                        continue;
                    }
                    let args = f.pop_n(f.values.len() - callee - 1);
                    let callee = f.pop();
                    if self.call_into(f, &callee, args, kwargs, pc!())? {
                        switched!();
                    }
                }
                Instr::CallEx { kwargs } => {
                    let kw = if kwargs { f.pop() } else { Value::None };
                    let args = f.pop();
                    let callee = f.pop();
                    let args = match args {
                        Value::Tuple(t) => (*t).clone(),
                        other => self.collect(&other)?,
                    };
                    let mut kwargs = Vec::new();
                    if let Value::Dict(d) = kw {
                        for (k, v) in d.borrow().iter() {
                            match &k.value {
                                Value::Str(s) => kwargs.push((s.clone(), v.clone())),
                                _ => return Err(PyErr::type_error("keywords must be strings")),
                            }
                        }
                    }
                    if self.call_into(f, &callee, args, kwargs, pc!())? {
                        switched!();
                    }
                }
                Instr::BuildClass(n) => {
                    let bases = f.pop_n(n as usize);
                    let name = f.pop();
                    let body = f.pop();
                    let Value::Function(body) = body else {
                        return Err(PyErr::new(
                            ExcKind::RuntimeError,
                            "weft bug: class body is not a function",
                        ));
                    };
                    let mut ns = Dict::default();
                    let module = f
                        .globals
                        .borrow()
                        .get(&StrKey::of(&self.names.name))
                        .cloned()
                        .unwrap_or(Value::str("__main__"));
                    ns.insert(Key::str(&self.names.module), module);
                    ns.insert(
                        Key::str(&Rc::new(Str::new(&*self.names.qualname))),
                        Value::str(&*body.code.code.qualname),
                    );
                    let namespace = Rc::new(std::cell::RefCell::new(ns));
                    let mut frame = self.function_frame(&body, |values| {
                        values.resize(body.code.code.nlocals(), Value::Undefined);
                        Ok(())
                    })?;
                    frame.namespace = Some(namespace.clone());
                    frame.on_exit = OnExit::ClassBody(Box::new(ClassBody {
                        name,
                        bases,
                        namespace,
                    }));
                    self.push_frame(f, frame, pc!())?;
                    switched!();
                }
                Instr::Return => {
                    if !self.return_simple(f, base) {
                        let v = f.pop();
                        match self.finish_frame(f, base, v) {
                            Ok(Some(exit)) => return Ok(exit),
                            Ok(None) => {}
                            // Raised in the caller, after the switch.
                            Err(err) => {
                                *ip = f.code.quick.as_ptr().wrapping_add(f.pc);
                                return Err(err);
                            }
                        }
                    }
                    // `ip` now points into the caller's code (`pc!()` counts in the callee's).
                    *ip = f.code.quick.as_ptr().wrapping_add(f.pc);
                    if crate::runtime::attention() {
                        self.attend(&f.code.clone(), f.pc)?;
                    }
                    switched!();
                }
                Instr::Yield => {
                    // A native consumer folding this generator's items (see `fold`).
                    if self.frames.len() == base && self.fold.is_some() && self.fold_yield(f) {
                        continue;
                    }
                    let v = f.pop();
                    self.depth -= 1;
                    if let Some(gen) = &f.generator {
                        gen.state.set(GenState::Suspended);
                        // Nothing handled inside nor by the resumer (the usual case): the
                        // generator's slot stays empty (emptied when it was resumed).
                        if !matches!(f.outer_handled, Value::None)
                            || !matches!(self.handled, Value::None)
                        {
                            let outer = mem::take(&mut f.outer_handled);
                            let inner = mem::replace(&mut self.handled, outer);
                            // The resumer's, seen through, is nothing of the generator's own.
                            if !matches!(inner, Value::None) && !inner.is(&self.handled) {
                                gen.handled.replace(inner).discard();
                                gen.has_handled.set(true);
                            }
                        }
                    }
                    if self.frames.len() == base {
                        return Ok(Exit::Yield(v));
                    }
                    let Some(caller) = self.frames.pop() else {
                        return Ok(Exit::Yield(v));
                    };
                    f.pc = pc!();
                    let mut parked = mem::replace(f, caller);
                    if let Some(gen) = parked.generator.take() {
                        super::switch::park(&gen, parked);
                    }
                    f.push(v);
                    switched!();
                }
                Instr::GetYieldFromIter => {
                    let v = f.pop();
                    let it = match v {
                        Value::Generator(_) => v,
                        Value::NativeCoro(ref c) if c.is_await_wrapper() => v,
                        other => self.get_iter(&other)?,
                    };
                    f.push(it);
                }
                Instr::GetAwaitable => {
                    let v = f.pop();
                    let it = self.get_awaitable(v)?;
                    f.push(it);
                }
                Instr::Send(l) => {
                    let sent = f.pop();
                    if let Value::Generator(gen) = f.top() {
                        match self.take_generator_frame(gen, sent)? {
                            Some(mut frame) => {
                                frame.set_on_exit(OnExit::Send(l));
                                self.enter_generator(f, frame, pc!())?;
                                switched!();
                            }
                            None => {
                                f.pop();
                                f.push(Value::None);
                                *ip = jump(instrs, l.0 as usize)?;
                                continue;
                            }
                        }
                    }
                    let it = f.top().clone();
                    let outcome = match self.send_awaitable(&it)? {
                        Some(outcome) => outcome,
                        None => {
                            let step = if matches!(sent, Value::None) {
                                self.next(&it)
                            } else {
                                let send = Rc::new(Str::new("send"));
                                let m = self.get_attr(&it, &send)?;
                                self.call(&m, vec![sent], Vec::new()).map(Some)
                            };
                            self.stop_value(step)?
                        }
                    };
                    match outcome {
                        Ok(v) => f.push(v),
                        Err(ret) => {
                            f.pop();
                            f.push(ret);
                            *ip = jump(instrs, l.0 as usize)?;
                        }
                    }
                }
                Instr::Raise(n) => return Err(self.raise(f, n)?),
                Instr::Reraise => {
                    let exc = f.pop();
                    self.reraising = true;
                    return Err(PyErr::Exc(exc));
                }
                Instr::PushExcInfo => {
                    let exc = f.pop();
                    let mut prev = mem::replace(&mut self.handled, exc.clone());
                    if f.generator.is_some() && prev.is(&f.outer_handled) {
                        // The resumer's, seen through: `PopExcept` shows whatever resumer's
                        // is current then (the generator may be resumed from elsewhere).
                        prev = Value::Undefined;
                    }
                    f.push(prev);
                    f.push(exc);
                }
                Instr::PopExcept => {
                    self.handled = match f.pop() {
                        Value::Undefined => f.outer_handled.clone(),
                        prev => prev,
                    };
                }
                Instr::CheckExcMatch => {
                    let typ = f.pop();
                    let exc = f.top().clone();
                    let m = self.exception_matches(&exc, &typ)?;
                    f.push(Value::Bool(m));
                }
                Instr::CheckEgMatch(l) => {
                    let typ = f.pop();
                    let exc = f.pop();
                    match self.except_star_match(&exc, &typ)? {
                        Some((rest, matched)) => {
                            self.handled = matched.clone();
                            f.push(rest);
                            f.push(matched);
                        }
                        None => {
                            f.push(exc);
                            *ip = jump(instrs, l.0 as usize)?;
                        }
                    }
                }
                Instr::PrepReraiseStar(l) => {
                    let raised = f.pop();
                    let orig = f.pop();
                    match self.prep_reraise_star(&orig, &raised)? {
                        Value::None => *ip = jump(instrs, l.0 as usize)?,
                        exc => f.push(exc),
                    }
                }
                Instr::BeforeWith => {
                    let mgr = f.pop();
                    let (exit, entered) =
                        self.enter_context(mgr, ("__enter__", "__exit__"), "context manager")?;
                    f.push(exit);
                    f.push(entered);
                }
                Instr::AsyncGenWrap => {
                    if let Some(gen) = &f.generator {
                        gen.async_yield.set(true);
                    }
                }
                Instr::GetAIter => {
                    let obj = f.pop();
                    let aiter = self.get_aiter(obj)?;
                    f.push(aiter);
                }
                Instr::GetANext => {
                    let aiter = f.top().clone();
                    let awaitable = self.get_anext(&aiter)?;
                    f.push(awaitable);
                }
                Instr::EndAsyncFor => {
                    let exc = f.pop();
                    if self.is_instance_of(&exc, ExcKind::StopAsyncIteration) {
                        f.pop();
                    } else {
                        self.reraising = true;
                        return Err(PyErr::Exc(exc));
                    }
                }
                Instr::BeforeAsyncWith => {
                    let mgr = f.pop();
                    let (exit, entered) = self.enter_context(
                        mgr,
                        ("__aenter__", "__aexit__"),
                        "asynchronous context manager",
                    )?;
                    f.push(exit);
                    f.push(entered);
                }
                Instr::WithExceptStart => {
                    let exc = f.top().clone();
                    let exit = f.peek(2).clone();
                    let typ = Value::Class(self.type_of(&exc));
                    let tb = self.traceback_of(&exc);
                    let r = self.call(&exit, vec![typ, exc, tb], Vec::new())?;
                    f.push(r);
                }
                Instr::MatchSequence => {
                    // Instances would need collections.abc.Sequence, which weft lacks.
                    let is_seq =
                        matches!(f.top(), Value::List(_) | Value::Tuple(_) | Value::Range(_));
                    f.push(Value::Bool(is_seq));
                }
                Instr::MatchMapping => {
                    let is_map = matches!(f.top(), Value::Dict(_));
                    f.push(Value::Bool(is_map));
                }
                Instr::GetLen => {
                    let s = f.top().clone();
                    let n = crate::builtins::length(self, &s)?;
                    f.push(Value::Int(n as i64));
                }
                Instr::MatchKeys => {
                    let keys = f.peek(0).clone();
                    let subject = f.peek(1).clone();
                    let v = self.match_keys(&subject, &keys)?;
                    f.push(v);
                }
                Instr::CopyDictWithout => {
                    let keys = f.pop();
                    let subject = f.pop();
                    let rest = self.dict_without(&subject, &keys)?;
                    f.push(rest);
                }
                Instr::MatchClass { positional, names } => {
                    let cls = f.pop();
                    let subject = f.pop();
                    let names = f.code.consts[names.0 as usize].clone();
                    let v = self.match_class(&subject, &cls, positional as usize, &names)?;
                    f.push(v);
                }
                Instr::LoadAssertionError => {
                    f.push(Value::Class(
                        self.exc_class(ExcKind::AssertionError).clone(),
                    ));
                }
                Instr::ImportName { name, level, leaf } => {
                    let name = f.code.names[name.0 as usize].clone();
                    let module =
                        crate::modules::import_name(self, &f.globals, &name.s, level, leaf)?;
                    f.push(module);
                }
                Instr::ImportFrom(name) => {
                    let name = f.code.names[name.0 as usize].clone();
                    let v = crate::modules::import_from(self, f.top(), &name)?;
                    f.push(v);
                }
                Instr::ImportStar => {
                    let module = f.pop();
                    let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                    crate::modules::import_star(self, &module, &ns)?;
                }

                // Superinstructions (see `quicken`): `ip` skips the slots of the rest of the
                // sequence; an error points it at the constituent that raised (`fail`).
                Instr::LoadFastLoadFast(a, b) => {
                    let x = f.values[a.0 as usize].clone();
                    let y = f.values[b.0 as usize].clone();
                    if x.is_undefined() {
                        return Err(fail(ip, here, fused::unbound(f, a, 0)));
                    }
                    if y.is_undefined() {
                        return Err(fail(ip, here, fused::unbound(f, b, 1)));
                    }
                    f.push(x);
                    f.push(y);
                    *ip = here.wrapping_add(2);
                }
                Instr::LoadFastLoadConst(a, c) => {
                    let x = f.values[a.0 as usize].clone();
                    if x.is_undefined() {
                        return Err(fail(ip, here, fused::unbound(f, a, 0)));
                    }
                    f.push(x);
                    f.push(code.consts[c.0 as usize].clone());
                    *ip = here.wrapping_add(2);
                }
                Instr::StoreFastLoadFast(a, b) => {
                    let v = f.pop();
                    mem::replace(&mut f.values[a.0 as usize], v).discard();
                    let y = f.values[b.0 as usize].clone();
                    if y.is_undefined() {
                        return Err(fail(ip, here, fused::unbound(f, b, 1)));
                    }
                    f.push(y);
                    *ip = here.wrapping_add(2);
                }
                Instr::BinaryFastFast { op, inplace, a, b } => {
                    let (x, y) = (&f.values[a.0 as usize], &f.values[b.0 as usize]);
                    let v = match super::fast::arith(op, x, y) {
                        Some(v) => v,
                        None => match self.fused_binary_locals(
                            f,
                            (op, inplace),
                            (a, b),
                            index_of(here, instrs) + 3,
                        ) {
                            Ok(v) => v,
                            Err(e) => return Err(fail(ip, here, e)),
                        },
                    };
                    f.push(v);
                    *ip = here.wrapping_add(3);
                }
                Instr::BinaryFastConst { op, inplace, a, c } => {
                    let (x, y) = (&f.values[a.0 as usize], &code.consts[c.0 as usize]);
                    let v = match super::fast::arith(op, x, y) {
                        Some(v) => v,
                        None => {
                            match self.fused_binary_local_const(f, code, (op, inplace), a, c, None)
                            {
                                Ok(v) => v,
                                Err(e) => return Err(fail(ip, here, e)),
                            }
                        }
                    };
                    f.push(v);
                    *ip = here.wrapping_add(3);
                }
                Instr::BinaryFast { op, inplace, b } => {
                    let n = f.values.len();
                    let y = &f.values[b.0 as usize];
                    if let Some(v) = super::fast::arith(op, &f.values[n - 1], y) {
                        // The operand replaced is an immediate (see `fast`): nothing to drop.
                        mem::forget(mem::replace(&mut f.values[n - 1], v));
                    } else {
                        let y = fused::local(f, b, 0);
                        match self.fused_binary_top(f, (op, inplace), y) {
                            Ok(v) => f.push(v),
                            Err(e) => return Err(fail(ip, here, e)),
                        }
                    }
                    *ip = here.wrapping_add(2);
                }
                Instr::BinaryConst { op, inplace, c } => {
                    let n = f.values.len();
                    let y = &code.consts[c.0 as usize];
                    if let Some(v) = super::fast::arith(op, &f.values[n - 1], y) {
                        mem::forget(mem::replace(&mut f.values[n - 1], v));
                    } else {
                        let y = Ok(y.clone());
                        match self.fused_binary_top(f, (op, inplace), y) {
                            Ok(v) => f.push(v),
                            Err(e) => return Err(fail(ip, here, e)),
                        }
                    }
                    *ip = here.wrapping_add(2);
                }
                Instr::BinaryStoreFast { op, inplace, l } => {
                    let v = match fast_binary_pop(f, op) {
                        Some(v) => v,
                        None => match self.fused_binary_stack(f, (op, inplace), Some(l)) {
                            Ok(v) => v,
                            Err(e) => return Err(fail(ip, here, e)),
                        },
                    };
                    mem::replace(&mut f.values[l.0 as usize], v).discard();
                    *ip = here.wrapping_add(2);
                }
                Instr::CompareJump {
                    op,
                    jump_if,
                    target,
                } => {
                    let n = f.values.len();
                    let r = match super::fast::compare(op, &f.values[n - 2], &f.values[n - 1]) {
                        Some(r) => {
                            // Both operands are immediates: nothing to drop.
                            mem::forget(f.values.pop());
                            mem::forget(f.values.pop());
                            r
                        }
                        None => match self.fused_compare_truth(f, op) {
                            Ok(r) => r,
                            Err(e) => return Err(fail(ip, here, e)),
                        },
                    };
                    *ip = if r == jump_if {
                        jump(instrs, target.0 as usize)?
                    } else {
                        here.wrapping_add(2)
                    };
                }
                Instr::SubscrFastConst(a, c) => {
                    let key = &code.consts[c.0 as usize];
                    let v = match super::fast::item(&f.values[a.0 as usize], key) {
                        Some(v) => v,
                        None => match self.fused_subscr(fused::local(f, a, 0), Ok(key.clone())) {
                            Ok(v) => v,
                            Err(e) => return Err(fail(ip, here, e)),
                        },
                    };
                    f.push(v);
                    *ip = here.wrapping_add(3);
                }
                Instr::SubscrFastFast(a, b) => {
                    let (x, y) = (&f.values[a.0 as usize], &f.values[b.0 as usize]);
                    let v = match super::fast::item(x, y) {
                        Some(v) => v,
                        None => {
                            let (x, y) = (fused::local(f, a, 0), fused::local(f, b, 1));
                            match self.fused_subscr(x, y) {
                                Ok(v) => v,
                                Err(e) => return Err(fail(ip, here, e)),
                            }
                        }
                    };
                    f.push(v);
                    *ip = here.wrapping_add(3);
                }
                Instr::SubscrFastConstKeep(a, c) => {
                    let x = &f.values[a.0 as usize];
                    let key = &code.consts[c.0 as usize];
                    match super::fast::item(x, key) {
                        Some(v) => {
                            let x = x.clone();
                            f.push(x);
                            f.push(key.clone());
                            f.push(v);
                        }
                        None => {
                            if let Err(e) = self.fused_subscr_keep(f, code, a, c) {
                                return Err(fail(ip, here, e));
                            }
                        }
                    }
                    *ip = here.wrapping_add(4);
                }
                Instr::StoreSubscrFastFast(a, b) => {
                    let v = f.pop();
                    let (x, y) = (&f.values[a.0 as usize], &f.values[b.0 as usize]);
                    if let Err(v) = super::fast::store_item(x, y, v) {
                        f.push(v);
                        if let Err(e) = self.fused_store_subscr(f, a, b) {
                            return Err(fail(ip, here, e));
                        }
                    }
                    *ip = here.wrapping_add(3);
                }
                Instr::BinaryFastConstStoreFast {
                    op,
                    inplace,
                    a,
                    c,
                    l,
                } => {
                    let (x, y) = (&f.values[a as usize], &code.consts[c as usize]);
                    let v = match super::fast::arith(op, x, y) {
                        Some(v) => v,
                        None => {
                            let (a, c) = (LocalId(a as u32), ConstId(c as u32));
                            let store = Some(LocalId(l as u32));
                            match self.fused_binary_local_const(f, code, (op, inplace), a, c, store)
                            {
                                Ok(v) => v,
                                Err(e) => return Err(fail(ip, here, e)),
                            }
                        }
                    };
                    mem::replace(&mut f.values[l as usize], v).discard();
                    *ip = here.wrapping_add(4);
                }
                Instr::BinaryConstFast { op, inplace, c, a } => {
                    let (x, y) = (&code.consts[c.0 as usize], &f.values[a.0 as usize]);
                    let v = match super::fast::arith(op, x, y) {
                        Some(v) => v,
                        None => match self.fused_binary_const_local(f, code, (op, inplace), c, a) {
                            Ok(v) => v,
                            Err(e) => return Err(fail(ip, here, e)),
                        },
                    };
                    f.push(v);
                    *ip = here.wrapping_add(3);
                }
                Instr::BinaryConstStoreFast { op, inplace, c, l } => {
                    let n = f.values.len();
                    let y = &code.consts[c.0 as usize];
                    let v = match super::fast::arith(op, &f.values[n - 1], y) {
                        // The operand is an immediate (see `fast`): nothing to drop.
                        Some(v) => {
                            mem::forget(f.values.pop());
                            v
                        }
                        None => match self.fused_binary_top(f, (op, inplace), Ok(y.clone())) {
                            Ok(v) => v,
                            Err(e) => return Err(fail(ip, here, e)),
                        },
                    };
                    mem::replace(&mut f.values[l.0 as usize], v).discard();
                    *ip = here.wrapping_add(3);
                }
                Instr::CompareFastConstJump {
                    op,
                    jump_if,
                    a,
                    c,
                    target,
                } => {
                    let (x, y) = (&f.values[a as usize], &code.consts[c as usize]);
                    let r = match super::fast::compare(op, x, y) {
                        Some(r) => r,
                        None => {
                            let (a, c) = (LocalId(a as u32), ConstId(c as u32));
                            match self.fused_compare_local_const(f, code, op, a, c) {
                                Ok(r) => r,
                                Err(e) => return Err(fail(ip, here, e)),
                            }
                        }
                    };
                    *ip = if r == jump_if {
                        jump(instrs, target.0 as usize)?
                    } else {
                        here.wrapping_add(4)
                    };
                }
                // n-body's shapes (`fast`): on a miss, the sequence's head, then its slots.
                Instr::SubscrPairStoreFast { op, a, c, b, d, l } => {
                    if super::fast::subscr_pair(&mut f.values, &code.consts, op, [a, c, b, d, l]) {
                        *ip = here.wrapping_add(8);
                    } else if let Err(e) = self.fused_subscr_push(f, code, a, c) {
                        return Err(fail(ip, here, e));
                    } else {
                        *ip = here.wrapping_add(3);
                    }
                }
                Instr::SubscrFastStoreFast { op, a, c, b, l } => {
                    if super::fast::subscr_local(&mut f.values, &code.consts, op, [a, c, b, l]) {
                        *ip = here.wrapping_add(6);
                    } else if let Err(e) = self.fused_subscr_push(f, code, a, c) {
                        return Err(fail(ip, here, e));
                    } else {
                        *ip = here.wrapping_add(3);
                    }
                }
                Instr::InplaceSubscrFastFast {
                    update,
                    op,
                    a,
                    c,
                    x,
                    y,
                } => {
                    let ops = [a, c, x, y];
                    if super::fast::inplace_item(&f.values, &code.consts, (update, op), ops) {
                        *ip = here.wrapping_add(10);
                    } else if let Err(e) =
                        self.fused_subscr_keep(f, code, LocalId(a.into()), ConstId(c.into()))
                    {
                        return Err(fail(ip, here, e));
                    } else {
                        *ip = here.wrapping_add(4);
                    }
                }
                Instr::InplaceSubscrFastSubscr {
                    update,
                    op,
                    a,
                    c,
                    x,
                    d,
                } => {
                    let ops = [a, c, x, d];
                    if super::fast::inplace_item_item(&f.values, &code.consts, (update, op), ops) {
                        *ip = here.wrapping_add(12);
                    } else if let Err(e) =
                        self.fused_subscr_keep(f, code, LocalId(a.into()), ConstId(c.into()))
                    {
                        return Err(fail(ip, here, e));
                    } else {
                        *ip = here.wrapping_add(4);
                    }
                }
                Instr::BinaryQuad {
                    op,
                    op2,
                    then,
                    a,
                    b,
                    c,
                    d,
                } => {
                    if let Some(v) = super::fast::quad(&f.values, (op, op2, then), [a, b, c, d]) {
                        f.push(v);
                        *ip = here.wrapping_add(7);
                    } else {
                        let (a, b) = (LocalId(a.into()), LocalId(b.into()));
                        let next = index_of(here, instrs) + 3;
                        match self.fused_binary_locals(f, (op, false), (a, b), next) {
                            Ok(v) => f.push(v),
                            Err(e) => return Err(fail(ip, here, e)),
                        }
                        *ip = here.wrapping_add(3);
                    }
                }
                Instr::UnpackStoreFastFast(a, b) => {
                    let seq = f.pop();
                    let (a, b) = (a.0 as usize, b.0 as usize);
                    match super::fast::unpack_pair(&mut f.values, seq, a, b) {
                        Ok(()) => *ip = here.wrapping_add(3),
                        Err(seq) => {
                            let items = self.unpack(&seq, 2)?;
                            f.values.extend(items.into_iter().rev());
                        }
                    }
                }
                Instr::InplaceStoreSubscr(op) => {
                    let v = match fast_binary_pop(f, op) {
                        Some(v) => v,
                        None => match self.fused_binary_stack(f, (op, true), None) {
                            Ok(v) => v,
                            Err(e) => return Err(fail(ip, here, e)),
                        },
                    };
                    let n = f.values.len();
                    if let Err(v) = super::fast::store_item(&f.values[n - 2], &f.values[n - 1], v) {
                        if let Err(e) = self.fused_store_top(f, v) {
                            return Err(fail(ip, here, e));
                        }
                    } else {
                        // An int key and a list: no destructor to run.
                        mem::forget(f.values.pop());
                        super::fast::drop_seq(f.pop());
                    }
                    *ip = here.wrapping_add(3);
                }
            }
        }
    }

    /// Splits the outcome of a send into a yielded value (`Ok(Ok)`) or a finished
    /// sub-iterator's return value (`Ok(Err)`).
    fn stop_value(&mut self, step: PyResult<Option<Value>>) -> PyResult<Result<Value, Value>> {
        match step {
            Ok(Some(v)) => Ok(Ok(v)),
            Ok(None) => Ok(Err(Value::None)),
            Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                let exc = self.exception_value(e);
                let value = match &exc {
                    Value::Instance(i) => i
                        .exc
                        .as_ref()
                        .and_then(|d| d.borrow().args.first().cloned())
                        .unwrap_or(Value::None),
                    _ => Value::None,
                };
                Ok(Err(value))
            }
            Err(e) => Err(e),
        }
    }

    fn raise(&mut self, f: &mut Frame, n: u32) -> PyResult<PyErr> {
        if n == 0 {
            if matches!(self.handled, Value::None) {
                return Ok(PyErr::new(
                    ExcKind::RuntimeError,
                    "No active exception to reraise",
                ));
            }
            self.reraising = true;
            return Ok(PyErr::Exc(self.handled.clone()));
        }
        let cause = if n == 2 { Some(f.pop()) } else { None };
        let exc = f.pop();
        let exc = self.make_exception(exc)?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => Value::None,
                other => self.make_exception(other).map_err(|_| {
                    PyErr::type_error("exception causes must derive from BaseException")
                })?,
            };
            set_cause(&exc, cause);
        }
        Ok(PyErr::Exc(exc))
    }

    /// What `raise x` raises: an exception instance, or a class called with no arguments.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            Value::Class(c) if c.exc_kind.is_some() => {
                let inst = self.call(&v, Vec::new(), Vec::new())?;
                Ok(inst)
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// `except T:` matching: a class or a tuple of classes.
    fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Class(c) if c.exc_kind.is_some() => Ok(match exc {
                Value::Instance(i) => i.class.is_subclass(c),
                _ => false,
            }),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn unbound_cell(&self, f: &Frame, cell: usize) -> PyErr {
        let co = &f.code.code;
        let name = co.cell_name(crate::bytecode::CellId(cell as u32));
        if cell < co.cellvars.len() {
            unbound_local(name)
        } else {
            PyErr::new(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }
}

/// `a op b` on the top two values when `fast::arith` can compute it: replaces them with the
/// result and says `true`.
#[inline(always)]
fn fast_binary(f: &mut Frame, op: BinOp) -> bool {
    let n = f.values.len();
    let Some(v) = super::fast::arith(op, &f.values[n - 2], &f.values[n - 1]) else {
        return false;
    };
    // Both operands are immediates (see `fast`): nothing to drop.
    mem::forget(f.values.pop());
    mem::forget(mem::replace(&mut f.values[n - 2], v));
    true
}

/// `a op b` on the top two values when `fast::arith` can compute it: pops them, gives the
/// result.
#[inline(always)]
fn fast_binary_pop(f: &mut Frame, op: BinOp) -> Option<Value> {
    let n = f.values.len();
    let v = super::fast::arith(op, &f.values[n - 2], &f.values[n - 1])?;
    // Both operands are immediates (see `fast`): nothing to drop.
    mem::forget(f.values.pop());
    mem::forget(f.values.pop());
    Some(v)
}

/// The error a superinstruction at `at` raised, with `*pc` set after the constituent that
/// raised it (the unwinder looks at `pc - 1`).
#[cold]
fn fail(ip: &mut *const Instr, at: *const Instr, (part, err): fused::Fail) -> PyErr {
    *ip = at.wrapping_add(part + 1);
    err
}

/// The slot `t` of `code`, to continue at: a target past the end is a weft bug, raised rather
/// than read (the dispatch loop reads slots without a bounds check).
#[inline(always)]
fn jump(code: &[Instr], t: usize) -> PyResult<*const Instr> {
    if t < code.len() {
        Ok(code.as_ptr().wrapping_add(t))
    } else {
        Err(PyErr::new(
            ExcKind::RuntimeError,
            "weft bug: jump past the end of the code",
        ))
    }
}

/// Points `ip` at `pc` of `code` to start running there; on a bad pc `ip` still gives `pc`
/// back (`index_of`), so the frame keeps its pc.
#[inline(always)]
fn enter(code: &[Instr], pc: usize, ip: &mut *const Instr) -> PyResult<()> {
    *ip = code.as_ptr().wrapping_add(pc);
    jump(code, pc).map(|_| ())
}

/// The pc of the slot `p` points at in `code` (address arithmetic: no `unsafe` needed).
#[inline(always)]
fn index_of(p: *const Instr, code: &[Instr]) -> usize {
    (p as usize - code.as_ptr() as usize) / mem::size_of::<Instr>()
}

/// The item at index `i` of a list's or tuple's items (negative counts from the end).
#[inline(always)]
fn list_slot(items: &[Value], i: i64) -> Option<&Value> {
    let i = if i < 0 { i + items.len() as i64 } else { i };
    items.get(usize::try_from(i).ok()?)
}

fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub(super) fn recursion_error() -> PyErr {
    PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

pub fn set_cause(exc: &Value, cause: Value) {
    if let Value::Instance(i) = exc {
        if let Some(d) = &i.exc {
            let mut d = d.borrow_mut();
            d.cause = cause;
            d.suppress_context = true;
        }
    }
}

fn add_traceback(exc: &Value, entry: TracebackEntry) {
    if let Value::Instance(i) = exc {
        if let Some(d) = &i.exc {
            d.borrow_mut().traceback.push(entry);
        }
    }
}
