//! A frame: one running (or suspended) activation of a code object. It owns everything it needs
//! to continue — instruction pointer, locals, operand stack, cells — so a generator is a frame
//! parked in a heap object, and resuming it is pushing it back on the VM's frame stack.
//!
//! ```text
//!   values: [ local 0 | local 1 | ... | local n-1 | stack 0 | stack 1 | ... ]
//!             ^ fast locals, fixed (code.nlocals)  ^ operand stack, grows right
//! ```
//!
//! `on_exit` says what the caller does with this frame's result, so the dispatch loop finishes
//! a call (or a class body, or an `__init__`) without recursing on the Rust stack.
//!
//! Frames live in boxes: switching frames (call, return, generator resume and yield) moves a
//! pointer, never the frame. Finished boxes go back to a small pool with their `values`
//! buffer kept, so a call in a hot loop allocates nothing.

use std::cell::RefCell;
use std::mem;
use std::rc::Rc;

use super::dict::Dict;
use super::object::{CellRef, Code, Generator};
use super::value::Value;
use super::Vm;
use crate::bytecode::Label;

/// How many finished frames the pool keeps (a recursion this deep reuses them all).
const POOL_SIZE: usize = 64;

#[derive(Debug)]
pub enum OnExit {
    /// Push the returned value.
    Push,
    /// `__init__`: the result must be None; push nothing (the instance is already there).
    Init,
    /// A property's getter (`getter`): the result replaces the object on the caller's top.
    Property,
    /// A generator resumed by `ForIter`: a yielded value is the next item; returning ends the
    /// loop (pop the iterator, jump).
    ForIter(Label),
    /// A generator resumed by `Send` (`yield from`): a yielded value goes up, a returned one
    /// replaces the sub-iterator and the caller jumps.
    Send(Label),
    /// A class body: make the class from the namespace and push it. Boxed: it is rare, and
    /// every frame (each parked coroutine's too) carries an `OnExit`.
    ClassBody(Box<ClassBody>),
}

/// What a class body's frame needs at its end to make the class.
#[derive(Debug)]
pub struct ClassBody {
    pub name: Value,
    pub bases: Vec<Value>,
    pub namespace: Rc<RefCell<Dict>>,
}

#[derive(Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub values: Vec<Value>,
    pub cells: Vec<CellRef>,
    pub globals: Rc<RefCell<Dict>>,
    /// Module and class bodies: where `StoreName`/`LoadName` go.
    pub namespace: Option<Rc<RefCell<Dict>>>,
    pub on_exit: OnExit,
    /// Set while a generator's frame runs; taken away when it is parked again.
    pub generator: Option<Rc<Generator>>,
    /// A running generator frame: the exception its resumer was handling, restored when it
    /// yields or ends (a generator keeps its own `sys.exc_info()` while parked).
    pub outer_handled: Value,
}

impl Vm {
    /// A frame for `code` ready to run from its start: empty `values` and `cells` (the caller
    /// fills the locals), taken from the pool when one is there. A pooled frame keeps the
    /// `code` and `globals` of its last run, so calling the same function again (a loop, a
    /// recursion) touches no reference count for them.
    #[inline(always)]
    pub(crate) fn alloc_frame(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<RefCell<Dict>>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut frame) => {
                if !Rc::ptr_eq(&frame.code, code) {
                    frame.code = code.clone();
                }
                if !Rc::ptr_eq(&frame.globals, globals) {
                    frame.globals = globals.clone();
                }
                frame.pc = 0;
                frame
            }
            None => new_frame(code, globals),
        }
    }

    /// A frame for a plain function's `code` (see `Code::simple_args`): `fill` pushes the
    /// arguments, the other locals start unbound; room for the whole operand stack is
    /// reserved, so pushes never reallocate.
    #[inline(always)]
    pub(crate) fn simple_frame(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<RefCell<Dict>>,
        fill: impl FnOnce(&mut Vec<Value>),
    ) -> Box<Frame> {
        let mut frame = self.alloc_frame(code, globals);
        let co = &frame.code.code;
        let nlocals = co.nlocals();
        let values = &mut frame.values;
        values.reserve(nlocals + co.max_stack as usize);
        fill(values);
        if values.len() < nlocals {
            values.resize(nlocals, Value::Undefined);
        }
        frame
    }

    /// Gives a finished frame back to the pool. Everything it held is dropped now (so objects
    /// die when CPython's would); only `code` and `globals` stay until the box is reused or the
    /// pool is emptied (`run_main` does at the end).
    #[inline(always)]
    pub(crate) fn release_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() >= POOL_SIZE {
            return;
        }
        // Locals die first to last, as `Vec::clear` would drop them; immediates (most of a
        // plain function's locals) need no drop at all.
        for v in frame.values.iter_mut() {
            mem::take(v).discard();
        }
        // Emptied slots: no destructor to run (`Vec::drain` would call its drop out of line).
        while let Some(v) = frame.values.pop() {
            mem::forget(v);
        }
        // A plain function's frame holds nothing else: one test for the rare fields.
        if !frame.cells.is_empty()
            || frame.namespace.is_some()
            || !matches!(frame.on_exit, OnExit::Push)
            || frame.generator.is_some()
            || !frame.outer_handled.is_immediate()
        {
            frame.clear_rare();
        }
        push_inline(&mut self.frame_pool, frame);
    }
}

/// A frame when the pool is empty: out of line, so the allocation's set-up stays out of the
/// call paths that inline `alloc_frame`.
#[cold]
#[inline(never)]
fn new_frame(code: &Rc<Code>, globals: &Rc<RefCell<Dict>>) -> Box<Frame> {
    Box::new(Frame {
        code: code.clone(),
        pc: 0,
        values: Vec::new(),
        cells: Vec::new(),
        globals: globals.clone(),
        namespace: None,
        on_exit: OnExit::Push,
        generator: None,
        outer_handled: Value::None,
    })
}

/// `Vec::push` with its store inlined: the std one stays an out-of-line call in the dispatch
/// loop (measured: two calls of ~20 instructions per Python call and return); only growing
/// is out of line here.
#[inline(always)]
pub(crate) fn push_inline<T>(v: &mut Vec<T>, x: T) {
    let len = v.len();
    if len == v.capacity() {
        grow_one(v);
    }
    // SAFETY: `len < capacity` now (`grow_one` made room), so the slot at `len` is allocated
    // and holds no value; it is written once and the length then counts it, which is what
    // `Vec::push` does.
    unsafe {
        v.as_mut_ptr().add(len).write(x);
        v.set_len(len + 1);
    }
}

#[cold]
#[inline(never)]
fn grow_one<T>(v: &mut Vec<T>) {
    v.reserve(1);
}

impl Frame {
    /// The part of `release_frame` for frames that held more than locals: cells, a class
    /// body's namespace and `OnExit`, a generator and its resumer's handled exception.
    #[inline(never)]
    fn clear_rare(&mut self) {
        self.cells.clear();
        self.namespace = None;
        self.on_exit = OnExit::Push;
        self.generator = None;
        self.outer_handled = Value::None;
    }

    /// Sets what the caller does with this frame's result. Only a class body's `OnExit` owns
    /// anything, so the old one is dropped only then (this runs on every generator resume).
    #[inline(always)]
    pub fn set_on_exit(&mut self, on_exit: OnExit) {
        let old = mem::replace(&mut self.on_exit, on_exit);
        if matches!(old, OnExit::ClassBody(_)) {
            drop(old);
        } else {
            mem::forget(old);
        }
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        push_inline(&mut self.values, v);
    }

    /// Pops the operand stack. The compiler guarantees balance, so an empty stack is a bug in
    /// weft; it yields `Undefined` rather than panic.
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.values.pop().unwrap_or_default()
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.values.last().unwrap_or(&Value::Undefined)
    }

    /// The value `n` below the top (0 is the top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.values.len();
        &self.values[len - 1 - n]
    }

    /// Removes and returns the top `n` values, in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.values.len() - n;
        self.values.split_off(at)
    }
}
