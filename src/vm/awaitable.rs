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
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
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
            Value::NativeCoro(_) => Err(PyErr::type_error("__await__() returned a coroutine")),
            Value::Generator(_) | Value::Iter(_) => Ok(it),
            _ if self.type_of(&it).lookup("__next__").is_some() => Ok(it),
            _ => Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                builtin_type_name(&it)
            ))),
        }
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
