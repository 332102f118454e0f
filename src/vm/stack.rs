//! The Rust-stack guard. Python-to-Python calls never grow the Rust stack (decision 2), but
//! native code that calls back into Python (a nested dispatch loop) or walks nested values
//! (repr, comparison and hashing of lists in lists) does. The recursion limit bounds most of
//! that, yet `sys.setrecursionlimit` can raise it past what any stack holds — CPython then
//! crashes; weft raises `RecursionError` once less than a red zone of stack is left.

use super::{ExcKind, PyErr, PyResult};

/// Stack kept free for the deepest native step between two checks (an unoptimised build's
/// dispatch loop frame is the largest) and for unwinding with the error.
const RED_ZONE: usize = 512 * 1024;

/// `RecursionError` when the running thread's stack is nearly used up.
#[inline]
pub(crate) fn check_stack() -> PyResult<()> {
    match stacker::remaining_stack() {
        Some(left) if left < RED_ZONE => Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        )),
        _ => Ok(()),
    }
}
