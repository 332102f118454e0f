//! The `time` module: wall-clock `time`, the monotonic clocks `monotonic` and `perf_counter`
//! (seconds since a fixed point in this process, never going back), and a blocking `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::ModuleBuilder;
use crate::builtins::{check_args, Kwargs};
use crate::vm::{to_f64, ExcKind, PyErr, PyResult, Value, Vm};

pub fn init(_vm: &mut Vm, m: &mut ModuleBuilder) {
    m.function("time", time);
    m.function("time_ns", time_ns);
    m.function("monotonic", monotonic);
    m.function("monotonic_ns", monotonic_ns);
    m.function("perf_counter", monotonic);
    m.function("perf_counter_ns", monotonic_ns);
    m.function("sleep", sleep);
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// Time since the first clock reading in this process.
fn since_start() -> Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn nanos(d: Duration) -> Value {
    Value::Int(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

fn time(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("time", args, &kwargs, 0, 0)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("time_ns", args, &kwargs, 0, 0)?;
    Ok(nanos(since_epoch()))
}

/// The monotonic clock: real, or under `--virtual-time` the event loop's virtual clock
/// (design decision 6), so timing a program measures its simulated sleeps.
fn monotonic_now(vm: &Vm) -> Duration {
    match (vm.virtual_clock, vm.event_loop.as_deref()) {
        (Some(_), Some(lp)) => Duration::from_secs_f64(lp.time().max(0.0)),
        (Some(t), None) => Duration::from_secs_f64(t.max(0.0)),
        (None, _) => since_start(),
    }
}

fn monotonic(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("monotonic", args, &kwargs, 0, 0)?;
    Ok(Value::Float(monotonic_now(vm).as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("monotonic_ns", args, &kwargs, 0, 0)?;
    Ok(nanos(monotonic_now(vm)))
}

fn sleep(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("sleep", args, &kwargs, 1, 1)?;
    let secs = match &args[0] {
        v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_)) => {
            to_f64(v).unwrap_or(f64::INFINITY)
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::vm::type_name(other)
            )))
        }
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let d = Duration::try_from_secs_f64(secs)
        .map_err(|_| PyErr::new(ExcKind::OverflowError, "sleep length is too large"))?;
    // Under `--virtual-time` a blocking sleep is simulated too: the clock moves, nobody waits.
    if let Some(t) = vm.virtual_clock {
        match vm.event_loop.as_deref_mut() {
            Some(lp) => {
                let deadline = lp.time() + secs;
                lp.clock.wait_until(deadline);
            }
            None => vm.virtual_clock = Some(t + secs),
        }
        return Ok(Value::None);
    }
    // What was printed before the pause shows before it, as with a terminal's line buffering.
    vm.flush_out();
    std::thread::sleep(d);
    Ok(Value::None)
}
