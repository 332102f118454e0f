//! `await`'s operand. `GetAwaitable` turns what is awaited into something the delegation loop
//! (`Send`) can drive: an `async def` coroutine (driven as a parked frame, like `yield from`),
//! a native coroutine, a future (yields itself until done, then gives its result — CPython's
//! `Future.__await__`), or the iterator an object's `__await__` returns.

use super::error::{PyErr, PyResult};
use super::iter::GenStep;
use super::object::builtin_type_name;
use super::value::Value;
use super::Vm;

impl Vm {
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
