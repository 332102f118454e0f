//! `await`'s operand. `GetAwaitable` turns what is awaited into something the delegation loop
//! (`Send`) can drive: an `async def` coroutine (driven as a parked frame, like `yield from`),
//! a native coroutine, a future (yields itself until done, then gives its result — CPython's
//! `Future.__await__`), or the iterator an object's `__await__` returns.
//!
//! `await obj.method(...)` where the method is a native with an `AwaitNowFn` (`Queue.put`,
//! `Lock.acquire`...) may skip the coroutine: when its first step would finish at once, the
//! call gives the awaited result directly and the dispatch loop jumps past the delegation
//! loop. No Python code can see the coroutine in between (the call's result goes straight
//! to `GetAwaitable`), and a coroutine that finishes in its first step emits no observer
//! event, so the program and its trace cannot tell.

use super::error::{PyErr, PyResult};
use super::frame::Frame;
use super::iter::GenStep;
use super::object::{builtin_type_name, AwaitNowFn, Code};
use super::value::Value;
use super::Vm;
use crate::bytecode::Instr;

impl Vm {
    /// `CallMethod(n)` at `at`, whose callee (under the receiver and `n` arguments) is a native
    /// with `now`: when the next instructions await the call's result (`GetAwaitable;
    /// LoadConst None; Send exit`) and `now` finishes it, the stack holds the result in place
    /// of the call's operands and the pc to continue at (`exit`) is returned. `None`: nothing
    /// changed, make the call as usual. An error is the coroutine's first step's: the caller
    /// raises it at the `Send` (`at + 3`), where the general path would.
    #[inline]
    pub(crate) fn call_method_await_now(
        &mut self,
        f: &mut Frame,
        code: &Code,
        at: usize,
        n: usize,
        now: AwaitNowFn,
    ) -> PyResult<Option<usize>> {
        if !matches!(code.quick.get(at + 1), Some(Instr::GetAwaitable)) {
            return Ok(None);
        }
        let Some(Instr::Send(exit)) = code.code.instrs.get(at + 3) else {
            return Ok(None);
        };
        if f.peek(n).is_undefined() {
            return Ok(None);
        }
        let args = &f.values[f.values.len() - n - 1..];
        let Some(result) = now(self, args)? else {
            return Ok(None);
        };
        for _ in 0..n + 2 {
            f.pop().discard();
        }
        f.push(result);
        Ok(Some(exit.0 as usize))
    }

    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.is_coroutine => return Ok(v),
            Value::NativeCoro(_) | Value::Future(_) => return Ok(v),
            Value::Instance(_) => {}
            _ => return Err(not_awaitable(&v)),
        }
        let class = self.type_of(&v);
        let Some(method) = class.lookup("__await__") else {
            return Err(not_awaitable(&v));
        };
        let it = self.call(&method, vec![v], Vec::new())?;
        match &it {
            Value::Generator(g) if g.is_coroutine => {
                Err(PyErr::type_error("__await__() returned a coroutine"))
            }
            Value::NativeCoro(c) if !c.is_await_wrapper() => {
                Err(PyErr::type_error("__await__() returned a coroutine"))
            }
            Value::NativeCoro(_) => Ok(it),
            Value::Generator(_) | Value::Iter(_) => Ok(it),
            _ if self.type_of(&it).lookup("__next__").is_some() => Ok(it),
            _ => Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                builtin_type_name(&it)
            ))),
        }
    }

    /// `async for`'s `obj.__aiter__()`, which must give something with `__anext__`.
    pub fn get_aiter(&mut self, obj: Value) -> PyResult<Value> {
        let Some(method) = self.type_of(&obj).lookup("__aiter__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                builtin_type_name(&obj)
            )));
        };
        let aiter = self.call(&method, vec![obj], Vec::new())?;
        if self.type_of(&aiter).lookup("__anext__").is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                builtin_type_name(&aiter)
            )));
        }
        Ok(aiter)
    }

    /// `aiter.__anext__()`: the awaitable of the next item.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let Some(method) = self.type_of(aiter).lookup("__anext__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                builtin_type_name(aiter)
            )));
        };
        self.call(&method, vec![aiter.clone()], Vec::new())
    }

    /// One step of awaiting a native awaitable: `Ok` with a value to yield up to the task,
    /// `Err` with the result; `None` for other iterators.
    pub(crate) fn send_awaitable(&mut self, it: &Value) -> PyResult<Option<Result<Value, Value>>> {
        match it {
            Value::Future(fut) => {
                if !fut.done() {
                    return Ok(Some(Ok(it.clone())));
                }
                Ok(Some(Err(crate::runtime::future_result(self, fut)?)))
            }
            Value::NativeCoro(c) => Ok(Some(match crate::runtime::native_send(self, c)? {
                GenStep::Yielded(v) => Ok(v),
                GenStep::Returned(v) => Err(v),
            })),
            _ => Ok(None),
        }
    }
}

fn not_awaitable(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "object {} can't be used in 'await' expression",
        builtin_type_name(v)
    ))
}
