//! Frame switches of the dispatch loop (see `exec`): entering a Python callee — a plain call
//! whose arguments move straight into the callee's locals, a plain class's `__init__`, any
//! other callable through `prepare_call` —, entering a generator's parked frame, and leaving a
//! frame (its value goes where the caller's `OnExit` says; a class body becomes its class).
//! The running frame is `f`; a caller waits on `Vm::frames`, so no switch grows the Rust stack.

use std::mem;
use std::rc::Rc;

use super::call::Prepared;
use super::dict::{Dict, StrKey};
use super::error::{ExcKind, PyErr, PyResult};
use super::exec::{recursion_error, Exit};
use super::frame::{push_inline, ClassBody, Frame, OnExit};
use super::object::{builtin_type_name, GenState, Generator, Instance};
use super::value::Value;
use super::Vm;
use crate::bytecode::Instr;

impl Vm {
    /// Switches the loop to `callee`; the running frame waits on the frame stack, to resume
    /// at `pc`.
    #[inline]
    pub(super) fn push_frame(
        &mut self,
        f: &mut Box<Frame>,
        callee: Box<Frame>,
        pc: usize,
    ) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        self.depth += 1;
        f.pc = pc;
        let caller = mem::replace(f, callee);
        push_inline(&mut self.frames, caller);
        Ok(())
    }

    /// The fast path of a call: a plain function (`Code::simple_args`) taking exactly the `n`
    /// positional arguments on top of the stack gets a pooled frame whose locals are moved
    /// straight off the caller's stack; the callee runs next (the caller resumes at `pc`).
    /// `false` when the call needs the general path, which also raises the `RecursionError`
    /// at the limit (so this path has no error to return).
    /// `under` is 1 when `CallMethod` found no receiver: an `Undefined` marker lies under the
    /// function, popped with it.
    #[inline(always)]
    pub(super) fn call_simple(
        &mut self,
        f: &mut Box<Frame>,
        n: usize,
        pc: usize,
        under: usize,
    ) -> bool {
        let at = f.values.len() - n;
        let Value::Function(func) = &f.values[at - 1] else {
            return false;
        };
        if func.code.simple_args as usize != n || self.depth >= self.recursion_limit {
            return false;
        }
        let func_ptr = Rc::as_ptr(func);
        let mut frame = self.alloc_frame(&func.code, &func.globals);
        let co = &frame.code.code;
        let nlocals = co.nlocals();
        let room = nlocals + co.max_stack as usize;
        let values = &mut frame.values;
        // A pooled frame's buffer is empty; one that ran this code before has the room.
        if values.capacity() < room {
            values.reserve(room);
        }
        let caller = &mut f.values;
        // SAFETY: `values` is empty with room for `nlocals >= n` values (`simple_args` counts
        // parameters, which are locals) and `caller` holds `at + n` values. The `n` arguments
        // are copied bitwise into the callee's first slots, then the caller's length is cut
        // below the function (and the `under` marker): the copies' originals are no longer
        // counted, so each argument has exactly one owner. The function's slot is cut too: the
        // strong count it held (of `func_ptr`, the `Rc<Function>` checked above) is given up
        // once the slot is no longer counted; a marker is `Undefined`, which owns nothing.
        // The remaining locals are written `Undefined` within the reserved room before the
        // length counts them.
        unsafe {
            let src = caller.as_mut_ptr();
            let dst = values.as_mut_ptr();
            // One by one: `copy_nonoverlapping` becomes a `memcpy` call, which costs more than
            // the copy for one to three values.
            for i in 0..n {
                dst.add(i).write(src.add(at + i).read());
            }
            for i in n..nlocals {
                dst.add(i).write(Value::Undefined);
            }
            values.set_len(nlocals);
            caller.set_len(at - 1 - under);
            Rc::decrement_strong_count(func_ptr);
        }
        self.depth += 1;
        f.pc = pc;
        let caller = mem::replace(f, frame);
        push_inline(&mut self.frames, caller);
        true
    }

    /// The fast path of `C(a1, ..., an)` (see `Vm::plain_init`): the instance is made here,
    /// waits on the caller's stack, and `__init__` runs next with the instance and the
    /// arguments moved into its locals (`OnExit::Init` checks its result). `false` when the
    /// call needs the general path.
    #[inline]
    pub(super) fn instantiate_simple(
        &mut self,
        f: &mut Box<Frame>,
        n: usize,
        pc: usize,
    ) -> PyResult<bool> {
        let at = f.values.len() - n;
        let Value::Class(class) = &f.values[at - 1] else {
            return Ok(false);
        };
        let Some(init) = Vm::plain_init(class, n) else {
            return Ok(false);
        };
        let instance = Value::Instance(Instance::new_plain(class.clone()));
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        let mut frame = self.alloc_frame(&init.code, &init.globals);
        frame.values.push(instance.clone());
        move_args(&mut f.values[at..], &mut frame);
        frame.set_on_exit(OnExit::Init);
        for _ in 0..n {
            mem::forget(f.values.pop());
        }
        // The class's place on the stack takes the instance.
        f.values[at - 1] = instance;
        self.depth += 1;
        f.pc = pc;
        let caller = mem::replace(f, frame);
        push_inline(&mut self.frames, caller);
        Ok(true)
    }

    /// Calls `callee`: a native's result is pushed (`false`), a Python function's frame runs
    /// next (`true`; the caller resumes at `pc`).
    pub(super) fn call_into(
        &mut self,
        f: &mut Box<Frame>,
        callee: &Value,
        args: Vec<Value>,
        kwargs: super::call::Kwargs,
        pc: usize,
    ) -> PyResult<bool> {
        if let Value::Native(n) = callee {
            if n.needs_scope {
                let v = self.call_with_scope(f, n.f, &args, kwargs)?;
                f.push(v);
                return Ok(false);
            }
        }
        match self.prepare_call(callee, args, kwargs)? {
            Prepared::Done(v) => {
                f.push(v);
                Ok(false)
            }
            Prepared::Frame(frame, instance) => {
                if let Some(inst) = instance {
                    f.push(inst);
                }
                self.push_frame(f, frame, pc)?;
                Ok(true)
            }
        }
    }

    /// Switches the loop to a generator's frame taken by `take_generator_frame` or
    /// `resume_with_none` (for `ForIter` and `Send`, which set its `OnExit`; the caller resumes
    /// at `pc`).
    #[inline(always)]
    pub(super) fn enter_generator(
        &mut self,
        f: &mut Box<Frame>,
        mut frame: Box<Frame>,
        pc: usize,
    ) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.refuse_generator(&mut frame));
        }
        self.depth += 1;
        f.pc = pc;
        let caller = mem::replace(f, frame);
        push_inline(&mut self.frames, caller);
        Ok(())
    }

    /// The generator whose frame was taken cannot run (the recursion limit): it ends, as if
    /// the error were raised inside it.
    #[cold]
    #[inline(never)]
    fn refuse_generator(&mut self, frame: &mut Frame) -> PyErr {
        if let Some(gen) = frame.generator.take() {
            gen.state.set(GenState::Closed);
        }
        self.handled = mem::take(&mut frame.outer_handled);
        recursion_error()
    }

    /// Takes a generator's parked frame for running: checks its state, pushes the sent value.
    /// The usual resume (a suspended generator, no handled exception on either side) is
    /// inline; everything else takes `take_generator_frame_slow`.
    #[inline(always)]
    pub(crate) fn take_generator_frame(
        &mut self,
        gen: &Rc<Generator>,
        sent: Value,
    ) -> PyResult<Option<Box<Frame>>> {
        if gen.state.get() == GenState::Suspended
            && !gen.has_handled.get()
            && matches!(self.handled, Value::None)
        {
            if let Some(mut frame) = gen.frame.borrow_mut().take() {
                frame.push(sent);
                gen.state.set(GenState::Running);
                // Parked, a frame holds no resumer's exception nor generator (`Yield` took
                // them): both are immediates or `None`, nothing to drop.
                mem::forget(mem::replace(&mut frame.outer_handled, Value::None));
                frame.generator = Some(gen.clone());
                frame.set_on_exit(OnExit::Push);
                return Ok(Some(frame));
            }
        }
        self.take_generator_frame_slow(gen, sent)
    }

    /// `take_generator_frame` with `None` sent (`ForIter`, `next()`), the frame's result
    /// going where `on_exit` says. A statement `yield` (`Yield` then `Pop`) would only push
    /// the `None` to pop it: the frame resumes past the `Pop` instead.
    #[inline(always)]
    pub(crate) fn resume_with_none(
        &mut self,
        gen: &Rc<Generator>,
        on_exit: OnExit,
    ) -> PyResult<Option<Box<Frame>>> {
        if gen.state.get() == GenState::Suspended
            && !gen.has_handled.get()
            && matches!(self.handled, Value::None)
        {
            if let Some(mut frame) = gen.frame.borrow_mut().take() {
                if matches!(frame.code.quick.get(frame.pc), Some(Instr::Pop)) {
                    frame.pc += 1;
                } else {
                    frame.push(Value::None);
                }
                gen.state.set(GenState::Running);
                // As in `take_generator_frame`: nothing to drop in either slot.
                mem::forget(mem::replace(&mut frame.outer_handled, Value::None));
                mem::forget(frame.generator.replace(gen.clone()));
                frame.set_on_exit(on_exit);
                return Ok(Some(frame));
            }
        }
        let frame = self.take_generator_frame_slow(gen, Value::None)?;
        Ok(frame.map(|mut frame| {
            frame.set_on_exit(on_exit);
            frame
        }))
    }

    #[inline(never)]
    fn take_generator_frame_slow(
        &mut self,
        gen: &Rc<Generator>,
        sent: Value,
    ) -> PyResult<Option<Box<Frame>>> {
        match gen.state.get() {
            GenState::Running => return Err(PyErr::value_error("generator already executing")),
            GenState::Closed if gen.is_coroutine => {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ))
            }
            GenState::Closed => return Ok(None),
            GenState::Created if !matches!(sent, Value::None) => {
                return Err(PyErr::type_error(
                    "can't send non-None value to a just-started generator",
                ))
            }
            _ => {}
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            return Ok(None);
        };
        if gen.state.get() == GenState::Suspended {
            frame.push(sent);
        } else {
            sent.discard();
        }
        gen.state.set(GenState::Running);
        // The resumer's handled exception waits in the frame while the generator runs. Inside,
        // the generator's own is in force, or else the resumer's shows through (CPython's
        // stack of exception states: `sys.exc_info()` takes the innermost that is set).
        if gen.has_handled.get() {
            gen.has_handled.set(false);
            let inner = gen.handled.replace(Value::None);
            mem::replace(
                &mut frame.outer_handled,
                mem::replace(&mut self.handled, inner),
            )
            .discard();
        } else if matches!(self.handled, Value::None) {
            mem::replace(&mut frame.outer_handled, Value::None).discard();
        } else {
            mem::replace(&mut frame.outer_handled, self.handled.clone()).discard();
        }
        frame.generator = Some(gen.clone());
        frame.set_on_exit(OnExit::Push);
        Ok(Some(frame))
    }

    /// The usual `Return`: a frame that is no generator's, whose caller waits in this loop and
    /// takes the value (`OnExit::Push`), hands its top value to the caller, which runs next.
    /// `false` (nothing done) for any other frame: `finish_frame` ends those.
    #[inline(always)]
    pub(super) fn return_simple(&mut self, f: &mut Box<Frame>, base: usize) -> bool {
        if f.generator.is_some() || !matches!(f.on_exit, OnExit::Push) || self.frames.len() <= base
        {
            return false;
        }
        let Some(caller) = self.frames.pop() else {
            return false;
        };
        let v = f.pop();
        let callee = mem::replace(f, caller);
        f.push(v);
        self.depth -= 1;
        self.release_frame(callee);
        true
    }

    /// Ends the running frame with `v`; `Some` when it was the loop's base frame.
    pub(super) fn finish_frame(
        &mut self,
        f: &mut Box<Frame>,
        base: usize,
        v: Value,
    ) -> PyResult<Option<Exit>> {
        self.depth -= 1;
        if let Some(gen) = f.generator.take() {
            gen.state.set(GenState::Closed);
            self.handled = mem::take(&mut f.outer_handled);
        }
        if self.frames.len() == base {
            return Ok(Some(Exit::Return(v)));
        }
        let Some(caller) = self.frames.pop() else {
            return Ok(Some(Exit::Return(v)));
        };
        let mut callee = mem::replace(f, caller);
        match mem::replace(&mut callee.on_exit, OnExit::Push) {
            OnExit::Push => f.push(v),
            OnExit::Init => {
                if !matches!(v, Value::None) {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        builtin_type_name(&v)
                    )));
                }
            }
            OnExit::Property => Vm::getter_returned(f, v),
            OnExit::ForIter(target) => {
                f.pop();
                f.pc = target.0 as usize;
            }
            OnExit::Send(target) => {
                f.pop();
                f.push(v);
                f.pc = target.0 as usize;
            }
            OnExit::ClassBody(body) => {
                let ClassBody {
                    name,
                    bases,
                    namespace,
                } = *body;
                let class = self.finish_class(&callee, name, bases, namespace)?;
                f.push(class);
            }
        }
        self.release_frame(callee);
        Ok(None)
    }

    fn finish_class(
        &mut self,
        body: &Frame,
        name: Value,
        bases: Vec<Value>,
        namespace: Rc<std::cell::RefCell<Dict>>,
    ) -> PyResult<Value> {
        let mut classes = Vec::with_capacity(bases.len());
        for b in bases {
            match b {
                Value::Class(c) => classes.push(c),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        builtin_type_name(&other)
                    )))
                }
            }
        }
        let name = name.as_str().unwrap_or("?").to_string();
        let ns = namespace.borrow().clone();
        let qualname = ns
            .get(&StrKey::new("__qualname__"))
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_else(|| name.clone());
        let module = ns
            .get(&StrKey::new("__module__"))
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_else(|| "__main__".into());
        let object = self.class(super::Builtin::Object).clone();
        let class = super::class::make_class(&name, &qualname, &module, classes, ns, &object)?;
        self.set_names(&class)?;
        let class = Value::Class(class);
        let co = &body.code.code;
        if let Some(i) = co.cellvars.iter().position(|n| &**n == "__class__") {
            *body.cells[i].borrow_mut() = class.clone();
        }
        Ok(class)
    }
}

/// Parks a generator's `frame` in it after a yield. The slot is empty while the frame runs
/// (`take_generator_frame` took it), so nothing is dropped: no call to the slot's destructor.
#[inline(always)]
pub(super) fn park(gen: &Generator, frame: Box<Frame>) {
    let old = gen.frame.replace(Some(frame));
    if old.is_some() {
        drop(old);
    } else {
        mem::forget(old);
    }
}

/// Moves a plain call's arguments (left `Undefined`) into the locals of the callee's `frame`,
/// after whatever it holds already; the other locals start unbound, and room for the whole
/// operand stack is reserved, so pushes never reallocate.
#[inline(always)]
fn move_args(args: &mut [Value], frame: &mut Frame) {
    let co = &frame.code.code;
    let nlocals = co.nlocals();
    let values = &mut frame.values;
    values.reserve(nlocals + co.max_stack as usize);
    // Moved one by one: `Vec::drain` costs more than the move for one to three values.
    for v in args {
        values.push(mem::take(v));
    }
    if values.len() < nlocals {
        values.resize(nlocals, Value::Undefined);
    }
}
