//! The `math` module, following CPython's `mathmodule.c`: the same special cases and errors
//! ("math domain error" is a ValueError, "math range error" an OverflowError), the platform
//! libm for the elementary functions (as CPython), exact integer functions on big ints, and
//! `fsum` with Shewchuk's exact partial sums (CPython's `msum`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::ModuleBuilder;
use crate::builtins::{check_args, no_more_kwargs, take_kw, Kwargs};
use crate::bytecode::BinOp;
use crate::vm::{to_big, ExcKind, PyErr, PyResult, Value, Vm};

pub fn init(_vm: &mut Vm, m: &mut ModuleBuilder) {
    m.value("pi", Value::Float(std::f64::consts::PI));
    m.value("e", Value::Float(std::f64::consts::E));
    m.value("tau", Value::Float(std::f64::consts::TAU));
    m.value("inf", Value::Float(f64::INFINITY));
    m.value("nan", Value::Float(f64::NAN));
    macro_rules! unary {
        ($($name:literal => $f:expr, $overflow:expr;)*) => {$(
            m.function($name, |_vm, args, kwargs| {
                check_args($name, &args, &kwargs, 1, 1)?;
                math1(real(&args[0])?, $f, $overflow)
            });
        )*};
    }
    unary! {
        "sqrt" => f64::sqrt, false;
        "exp" => f64::exp, true;
        "expm1" => f64::exp_m1, true;
        "sin" => f64::sin, false;
        "cos" => f64::cos, false;
        "tan" => f64::tan, false;
        "asin" => f64::asin, false;
        "acos" => f64::acos, false;
        "atan" => f64::atan, false;
        "sinh" => f64::sinh, true;
        "cosh" => f64::cosh, true;
        "tanh" => f64::tanh, false;
        "asinh" => libm::asinh, false;
        "acosh" => libm::acosh, false;
        "atanh" => libm::atanh, false;
        "fabs" => f64::abs, false;
        "log1p" => f64::ln_1p, false;
        "degrees" => |x| x * (180.0 / std::f64::consts::PI), true;
        "radians" => |x| x * (std::f64::consts::PI / 180.0), false;
    }
    macro_rules! predicate {
        ($($name:literal => $f:expr;)*) => {$(
            m.function($name, |_vm, args, kwargs| {
                check_args($name, &args, &kwargs, 1, 1)?;
                Ok(Value::Bool($f(real(&args[0])?)))
            });
        )*};
    }
    predicate! {
        "isfinite" => f64::is_finite;
        "isnan" => f64::is_nan;
        "isinf" => f64::is_infinite;
    }
    m.function("floor", |_vm, args, kwargs| {
        check_args("floor", args, &kwargs, 1, 1)?;
        round_to_int(&args[0], f64::floor)
    });
    m.function("ceil", |_vm, args, kwargs| {
        check_args("ceil", args, &kwargs, 1, 1)?;
        round_to_int(&args[0], f64::ceil)
    });
    m.function("trunc", |_vm, args, kwargs| {
        check_args("trunc", args, &kwargs, 1, 1)?;
        round_to_int(&args[0], f64::trunc)
    });
    m.function("log", log);
    m.function("log2", |_vm, args, kwargs| {
        check_args("log2", args, &kwargs, 1, 1)?;
        log_of(&args[0], f64::log2).map(Value::Float)
    });
    m.function("log10", |_vm, args, kwargs| {
        check_args("log10", args, &kwargs, 1, 1)?;
        log_of(&args[0], f64::log10).map(Value::Float)
    });
    m.function("pow", pow);
    m.function("atan2", |_vm, args, kwargs| {
        check_args("atan2", args, &kwargs, 2, 2)?;
        Ok(Value::Float(real(&args[0])?.atan2(real(&args[1])?)))
    });
    m.function("copysign", |_vm, args, kwargs| {
        check_args("copysign", args, &kwargs, 2, 2)?;
        Ok(Value::Float(real(&args[0])?.copysign(real(&args[1])?)))
    });
    m.function("fmod", fmod);
    m.function("modf", |_vm, args, kwargs| {
        check_args("modf", args, &kwargs, 1, 1)?;
        let x = real(&args[0])?;
        let int = if x.is_infinite() { x } else { x.trunc() };
        let frac = if x.is_infinite() {
            0.0f64.copysign(x)
        } else {
            x - int
        };
        Ok(Value::tuple(vec![
            Value::Float(frac.copysign(x)),
            Value::Float(int),
        ]))
    });
    m.function("isclose", isclose);
    m.function("gcd", gcd);
    m.function("lcm", lcm);
    m.function("isqrt", isqrt);
    m.function("factorial", factorial);
    m.function("comb", comb);
    m.function("perm", perm);
    m.function("prod", prod);
    m.function("fsum", fsum);
}

/// The C library's inverse hyperbolic functions, which CPython calls; Rust's `f64` methods
/// compute these with their own formulas, which differ in the last bit.
mod libm {
    mod c {
        extern "C" {
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
        }
    }

    pub fn asinh(x: f64) -> f64 {
        // SAFETY: a pure C math function of one double, linked with std on every platform.
        unsafe { c::asinh(x) }
    }

    pub fn acosh(x: f64) -> f64 {
        // SAFETY: as above.
        unsafe { c::acosh(x) }
    }

    pub fn atanh(x: f64) -> f64 {
        // SAFETY: as above.
        unsafe { c::atanh(x) }
    }
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

/// A float argument: ints and bools convert, anything else is a TypeError.
fn real(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "int too large to convert to float")),
        other => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            crate::vm::type_name(other)
        ))),
    }
}

/// An integer argument (bools count).
fn integer(v: &Value) -> PyResult<BigInt> {
    to_big(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::vm::type_name(v)
        ))
    })
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is a range error where the function can overflow, else a domain error.
fn math1(x: f64, f: impl Fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

fn round_to_int(v: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    if let Value::Int(_) | Value::BigInt(_) = v {
        return Ok(v.clone());
    }
    if let Value::Bool(b) = v {
        return Ok(Value::Int(*b as i64));
    }
    let x = f(real(v)?);
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    Ok(if x.abs() < 9.0e18 {
        Value::Int(x as i64)
    } else {
        Value::bigint(BigInt::from_f64(x).unwrap_or_default())
    })
}

/// CPython's `loghelper`: ints too large for a float are logged as mantissa and exponent.
fn log_of(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = to_big(v) {
        if !n.is_positive() {
            return Err(domain_error());
        }
        if n.to_f64().is_some_and(f64::is_finite) {
            return Ok(f(n.to_f64().unwrap_or_default()));
        }
        let bits = n.bits();
        let top = (&n >> (bits - 53)).to_f64().unwrap_or_default();
        let x = top / (1u64 << 53) as f64;
        return Ok(f(x) + f(2.0) * bits as f64);
    }
    let x = real(v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn log(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("log", args, &kwargs, 1, 2)?;
    let num = log_of(&args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = log_of(base, f64::ln)?;
            if den == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(Value::Float(num / den))
        }
    }
}

/// CPython's `math_pow`, special cases included.
fn pow(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("pow", args, &kwargs, 2, 2)?;
    let (x, y) = (real(&args[0])?, real(&args[1])?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
        r
    };
    Ok(Value::Float(r))
}

fn fmod(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("fmod", args, &kwargs, 2, 2)?;
    let (x, y) = (real(&args[0])?, real(&args[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn isclose(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let rel_tol = take_kw(&mut kwargs, "rel_tol").map_or(Ok(1e-9), |v| real(&v))?;
    let abs_tol = take_kw(&mut kwargs, "abs_tol").map_or(Ok(0.0), |v| real(&v))?;
    no_more_kwargs("isclose", &kwargs)?;
    check_args("isclose", args, &kwargs, 2, 2)?;
    let (a, b) = (real(&args[0])?, real(&args[1])?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn gcd(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_more_kwargs("gcd", &kwargs)?;
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&integer(a)?);
    }
    Ok(Value::bigint(g))
}

fn lcm(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_more_kwargs("lcm", &kwargs)?;
    let mut l = BigInt::one();
    for a in args {
        let n = integer(a)?;
        l = if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(Value::bigint(l))
}

fn isqrt(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("isqrt", args, &kwargs, 1, 1)?;
    let n = integer(&args[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

fn factorial(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("factorial", args, &kwargs, 1, 1)?;
    let n = integer(&args[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    Ok(Value::bigint((1..=n).fold(BigInt::one(), |acc, i| acc * i)))
}

/// n! / (n-k)!, the falling product of k terms from n.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    for i in 0..k {
        r *= n - i;
    }
    r
}

/// `comb`/`perm` arguments: both non-negative; `None` when k > n (the result is 0).
fn n_k(fname: &str, n: &Value, k: &Value) -> PyResult<Option<(BigInt, u64)>> {
    let (n, k) = (integer(n)?, integer(k)?);
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(None);
    }
    let k = k.to_u64().ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            format!("{fname}() argument too large"),
        )
    })?;
    Ok(Some((n, k)))
}

fn comb(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("comb", args, &kwargs, 2, 2)?;
    let Some((n, k)) = n_k("comb", &args[0], &args[1])? else {
        return Ok(Value::Int(0));
    };
    let k = k.min((&n - k).to_u64().unwrap_or(k));
    let denominator = (1..=k).fold(BigInt::one(), |acc, i| acc * i);
    Ok(Value::bigint(falling(&n, k) / denominator))
}

fn perm(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("perm", args, &kwargs, 1, 2)?;
    let k = match args.get(1) {
        None | Some(Value::None) => args[0].clone(),
        Some(k) => k.clone(),
    };
    let Some((n, k)) = n_k("perm", &args[0], &k)? else {
        return Ok(Value::Int(0));
    };
    Ok(Value::bigint(falling(&n, k)))
}

fn prod(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let start = take_kw(&mut kwargs, "start").unwrap_or(Value::Int(1));
    no_more_kwargs("prod", &kwargs)?;
    check_args("prod", args, &kwargs, 1, 1)?;
    let mut acc = start;
    for item in vm.collect(&args[0])? {
        acc = vm.binary(BinOp::Mul, &acc, &item)?;
    }
    Ok(acc)
}

/// CPython's `math_fsum`: exact partial sums, then the correctly rounded total.
fn fsum(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("fsum", args, &kwargs, 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for item in vm.collect(&args[0])? {
        let mut x = real(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An intermediate overflow or a non-finite input.
                if xsave.is_finite() {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "intermediate overflow in fsum",
                    ));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    if !partials.is_empty() {
        let mut n = partials.len() - 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across the remaining partials, as CPython does.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
