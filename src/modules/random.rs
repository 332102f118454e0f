//! The `random` module: CPython's Mersenne Twister (MT19937, `_randommodule.c`) and the
//! algorithms of its `random.py` on top of it, step for step, so a seeded program draws the
//! same numbers as under CPython: `seed` (an int's 32-bit words into `init_by_array`),
//! `random` (53 bits from two outputs), `getrandbits`, `_randbelow` by rejection sampling,
//! and `randrange`, `randint`, `choice`, `choices`, `shuffle`, `sample`, `uniform`,
//! `triangular`, `gauss`, `normalvariate`, `expovariate`.
//!
//! The generators live per thread (each `weft::run` has its own thread): slot 0 behind the
//! module functions, one more per `random.Random` object (whose methods are the same
//! functions run on its slot). Each is seeded from the clock until the program seeds it.

use sha2::{Digest, Sha512};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use super::ModuleBuilder;
use crate::builtins::{check_args, length, native, no_more_kwargs, take_kw, Kwargs};
use crate::bytecode::BinOp;
use crate::vm::{
    hash_value, make_class, to_big, to_f64, Builtin, Dict, ExcKind, Key, NativeFn, PyErr, PyResult,
    Str, StrKey, Value, Vm,
};

pub fn init(vm: &mut Vm, m: &mut ModuleBuilder) {
    let mut methods = Dict::default();
    // Each function twice: on the module's generator, and as a `Random` method on the
    // instance's own generator.
    macro_rules! both {
        ($($name:literal => $f:ident),* $(,)?) => {$(
            m.function($name, |vm, args, kwargs| on_generator(0, vm, args, kwargs, $f));
            methods.insert(
                Key::str(&Rc::new(Str::new($name))),
                native($name, |vm, args, kwargs| as_method(vm, args, kwargs, $f)),
            );
        )*};
    }
    both! {
        "seed" => seed,
        "random" => random,
        "getrandbits" => getrandbits,
        "randrange" => randrange,
        "randint" => randint,
        "choice" => choice,
        "choices" => choices,
        "shuffle" => shuffle,
        "sample" => sample,
        "uniform" => uniform,
        "triangular" => triangular,
        "gauss" => gauss,
        "normalvariate" => normalvariate,
        "expovariate" => expovariate,
    }
    methods.insert(
        Key::str(&Rc::new(Str::new("__init__"))),
        native("__init__", random_init),
    );
    let object = vm.class(Builtin::Object).clone();
    if let Ok(class) = make_class("Random", "Random", "random", vec![], methods, &object) {
        m.value("Random", Value::Class(class));
    }
}

/// The instance attribute holding a `Random` object's generator slot.
const SLOT: &str = "_weft_generator";

/// `Random(x=None)`: a generator of its own, seeded with x.
fn random_init(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("Random", args, &kwargs, 1, 2)?;
    let Value::Instance(inst) = &args[0] else {
        return Err(PyErr::type_error("Random.__init__ needs a Random instance"));
    };
    let slot = GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        g.push(Mt::from_key(&clock_key()));
        g.len() - 1
    });
    inst.store_str(SLOT, Value::Int(slot as i64));
    on_generator(slot, vm, &args[1..], kwargs, seed)?;
    Ok(Value::None)
}

/// Runs `f` with generator `slot` as the one `with_mt` uses.
fn on_generator(
    slot: usize,
    vm: &mut Vm,
    args: &[Value],
    kwargs: Kwargs,
    f: NativeFn,
) -> PyResult<Value> {
    let previous = CURRENT.with(|c| c.replace(slot));
    let result = f(vm, args, kwargs);
    CURRENT.with(|c| c.set(previous));
    result
}

/// A `Random` method: the receiver's generator, then the function on the other arguments.
fn as_method(vm: &mut Vm, args: &[Value], kwargs: Kwargs, f: NativeFn) -> PyResult<Value> {
    let slot = match args.first() {
        Some(Value::Instance(inst)) => inst.attr(&StrKey::new(SLOT)),
        _ => None,
    };
    let count = GENERATORS.with(|g| g.borrow().len());
    let slot = match slot {
        Some(Value::Int(i)) if (0..count as i64).contains(&i) => i as usize,
        _ => {
            return Err(PyErr::type_error(
                "Random method called on an object that Random.__init__ did not set up",
            ))
        }
    };
    on_generator(slot, vm, &args[1..], kwargs, f)
}

const N: usize = 624;
const M: usize = 397;

/// MT19937, as in CPython.
struct Mt {
    state: [u32; N],
    index: usize,
    /// `gauss` makes two numbers at a time and keeps the second here.
    gauss_next: Option<f64>,
}

impl Mt {
    fn from_key(key: &[u32]) -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N,
            gauss_next: None,
        };
        mt.init_by_array(key);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: 32-bit outputs fill the number from its low end; the last is cut
    /// to the bits still wanted.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32().checked_shr(32 - k as u32).unwrap_or(0));
        }
        let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words))
    }

    /// `_randbelow(n)` for n > 0: draw `n.bit_length()` bits until below n.
    fn randbelow(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        if k <= 32 {
            let n = n.to_u32().unwrap_or(u32::MAX);
            loop {
                let r = self.next_u32() >> (32 - k as u32);
                if r < n {
                    return BigInt::from(r);
                }
            }
        }
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow(&BigInt::from(n)).to_usize().unwrap_or(0)
    }
}

thread_local! {
    /// Slot 0 is the module's generator; each `Random` object adds one.
    static GENERATORS: RefCell<Vec<Mt>> = RefCell::new(vec![Mt::from_key(&clock_key())]);
    /// The slot the running function draws from.
    static CURRENT: Cell<usize> = const { Cell::new(0) };
}

fn with_mt<T>(f: impl FnOnce(&mut Mt) -> T) -> T {
    let slot = CURRENT.with(Cell::get);
    GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        let len = g.len();
        // `as_method` checked the slot; fall back to the module's generator all the same.
        f(&mut g[if slot < len { slot } else { 0 }])
    })
}

/// A seed for an unseeded generator: the clock's nanoseconds and the process id.
fn clock_key() -> Vec<u32> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        std::process::id(),
    ]
}

/// The little-endian 32-bit words of |n| (at least one), as CPython's `random_seed`.
fn key_of(n: &BigInt) -> Vec<u32> {
    let words = n
        .abs()
        .to_biguint()
        .map(|u| u.to_u32_digits())
        .unwrap_or_default();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

fn seed(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    // `version` only changes how str and bytes seeds are read; weft reads them as version 2.
    take_kw(&mut kwargs, "version");
    no_more_kwargs("seed", &kwargs)?;
    check_args("seed", args, &kwargs, 0, 2)?;
    let a = args.first().cloned().unwrap_or(Value::None);
    let key =
        match &a {
            Value::None => clock_key(),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                key_of(&to_big(&a).unwrap_or_default())
            }
            Value::Float(_) => key_of(&BigInt::from(hash_value(&a)?)),
            Value::Str(_) | Value::Bytes(_) => {
                let mut bytes = match &a {
                    Value::Str(s) => s.s.as_bytes().to_vec(),
                    Value::Bytes(b) => b.to_vec(),
                    _ => Vec::new(),
                };
                let digest = Sha512::digest(&bytes);
                bytes.extend_from_slice(&digest);
                key_of(&BigInt::from_bytes_be(Sign::Plus, &bytes))
            }
            _ => return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        };
    with_mt(|mt| *mt = Mt::from_key(&key));
    Ok(Value::None)
}

fn random(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("random", args, &kwargs, 0, 0)?;
    Ok(Value::Float(with_mt(Mt::random)))
}

fn getrandbits(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("getrandbits", args, &kwargs, 1, 1)?;
    let k = integer(&args[0])?;
    if k.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let k = k
        .to_u64()
        .filter(|&k| k <= 1 << 40)
        .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "getrandbits() argument too large"))?;
    Ok(Value::bigint(with_mt(|mt| mt.getrandbits(k))))
}

fn integer(v: &Value) -> PyResult<BigInt> {
    to_big(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::vm::type_name(v)
        ))
    })
}

/// A `randrange` argument: an int, or (deprecated in CPython) an integral float.
fn range_arg(v: &Value, what: &str) -> PyResult<BigInt> {
    if let Value::Float(f) = v {
        if f.fract() == 0.0 && f.is_finite() {
            return Ok(num_traits::FromPrimitive::from_f64(*f).unwrap_or_default());
        }
        return Err(PyErr::value_error(format!(
            "non-integer {what} for randrange()"
        )));
    }
    integer(v)
}

fn randrange(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.to_vec();
    for name in ["start", "stop", "step"] {
        if let Some(v) = take_kw(&mut kwargs, name) {
            args.push(v);
        }
    }
    no_more_kwargs("randrange", &kwargs)?;
    check_args("randrange", &args, &kwargs, 1, 3)?;
    let start = range_arg(&args[0], "arg 1")?;
    let Some(stop) = args.get(1).filter(|v| !matches!(v, Value::None)) else {
        if args.len() == 3 {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if start.is_positive() {
            return Ok(Value::bigint(with_mt(|mt| mt.randbelow(&start))));
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    };
    let stop = range_arg(stop, "stop")?;
    let width = &stop - &start;
    let step = match args.get(2) {
        Some(s) => range_arg(s, "step")?,
        None => BigInt::from(1),
    };
    range_pick(start, stop, width, step).map(Value::bigint)
}

fn range_pick(start: BigInt, stop: BigInt, width: BigInt, step: BigInt) -> PyResult<BigInt> {
    let one = BigInt::from(1);
    if step == one {
        if width.is_positive() {
            return Ok(start + with_mt(|mt| mt.randbelow(&width)));
        }
        return Err(PyErr::value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = if step.is_positive() {
        num_integer::Integer::div_floor(&(&width + &step - &one), &step)
    } else if step.is_negative() {
        num_integer::Integer::div_floor(&(&width + &step + &one), &step)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(start + step * with_mt(|mt| mt.randbelow(&n)))
}

fn randint(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("randint", args, &kwargs, 2, 2)?;
    let a = range_arg(&args[0], "arg 1")?;
    let b = range_arg(&args[1], "stop")? + 1;
    let width = &b - &a;
    range_pick(a, b, width, BigInt::from(1)).map(Value::bigint)
}

fn choice(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("choice", args, &kwargs, 1, 1)?;
    let n = length(vm, &args[0])?;
    if n == 0 {
        return Err(PyErr::new(
            ExcKind::IndexError,
            "Cannot choose from an empty sequence",
        ));
    }
    let i = with_mt(|mt| mt.randbelow_usize(n));
    vm.getitem(&args[0], &Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("shuffle", args, &kwargs, 1, 1)?;
    if let Value::List(list) = &args[0] {
        let mut items = list.borrow_mut();
        for i in (1..items.len()).rev() {
            let j = with_mt(|mt| mt.randbelow_usize(i + 1));
            items.swap(i, j);
        }
        return Ok(Value::None);
    }
    let x = &args[0];
    for i in (1..length(vm, x)?).rev() {
        let j = with_mt(|mt| mt.randbelow_usize(i + 1));
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let (a, b) = (vm.getitem(x, &vi)?, vm.getitem(x, &vj)?);
        vm.setitem(x, &vi, b)?;
        vm.setitem(x, &vj, a)?;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.to_vec();
    if let Some(k) = take_kw(&mut kwargs, "k") {
        args.push(k);
    }
    if take_kw(&mut kwargs, "counts").is_some_and(|c| !matches!(c, Value::None)) {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "weft's random.sample does not take counts= yet",
        ));
    }
    no_more_kwargs("sample", &kwargs)?;
    check_args("sample", &args, &kwargs, 2, 2)?;
    let population = &args[0];
    if matches!(population, Value::Set(_) | Value::Dict(_)) {
        return Err(PyErr::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = length(vm, population)?;
    let k = integer(&args[1])?;
    let k = k
        .to_usize()
        .filter(|&k| k <= n)
        .ok_or_else(|| PyErr::value_error("Sample larger than population or is negative"))?;
    let mut result = Vec::with_capacity(k);
    let mut setsize = 21usize;
    if k > 5 {
        let exponent = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.saturating_pow(exponent.ceil() as u32);
    }
    if n <= setsize {
        let mut pool = vm.collect(population)?;
        for i in 0..k {
            let j = with_mt(|mt| mt.randbelow_usize(n - i));
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = with_mt(|mt| mt.randbelow_usize(n));
            while selected.contains(&j) {
                j = with_mt(|mt| mt.randbelow_usize(n));
            }
            selected.insert(j);
            result.push(vm.getitem(population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::list(result))
}

fn choices(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.to_vec();
    for name in ["population", "weights"] {
        if let Some(v) = take_kw(&mut kwargs, name) {
            args.push(v);
        }
    }
    let cum_weights = take_kw(&mut kwargs, "cum_weights").filter(|v| !matches!(v, Value::None));
    let k = match take_kw(&mut kwargs, "k") {
        Some(k) => integer(&k)?.to_usize().unwrap_or(0),
        None => 1,
    };
    no_more_kwargs("choices", &kwargs)?;
    check_args("choices", &args, &kwargs, 1, 2)?;
    let population = &args[0];
    let n = length(vm, population)?;
    let weights = args.get(1).filter(|v| !matches!(v, Value::None));
    let cum_weights = match (weights, cum_weights) {
        (None, None) => {
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (with_mt(Mt::random) * n as f64).floor() as i64;
                out.push(vm.getitem(population, &Value::Int(i))?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => {
            let mut acc: Option<Value> = None;
            let mut cum = Vec::new();
            for item in vm.collect(w)? {
                let next = match &acc {
                    None => item,
                    Some(a) => vm.binary(BinOp::Add, a, &item)?,
                };
                cum.push(next.clone());
                acc = Some(next);
            }
            cum
        }
        (None, Some(c)) => vm.collect(&c)?,
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if cum_weights.len() != n {
        return Err(PyErr::value_error(
            "The number of weights does not match the population",
        ));
    }
    let cum: Vec<f64> = cum_weights
        .iter()
        .map(|v| {
            to_f64(v).ok_or_else(|| {
                PyErr::type_error(format!(
                    "unsupported operand type(s) for +: '{}' and 'float'",
                    crate::vm::type_name(v)
                ))
            })
        })
        .collect::<PyResult<_>>()?;
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(PyErr::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = with_mt(Mt::random) * total;
        // bisect_right over cum[0..hi]
        let i = cum[..hi].partition_point(|&c| c <= x);
        out.push(vm.getitem(population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn uniform(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("uniform", args, &kwargs, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let width = vm.binary(BinOp::Sub, b, a)?;
    let r = Value::Float(with_mt(Mt::random));
    let scaled = vm.binary(BinOp::Mul, &width, &r)?;
    vm.binary(BinOp::Add, a, &scaled)
}

/// Float parameters with defaults, positional or by keyword, as the distributions take them.
fn float_params<const K: usize>(
    fname: &str,
    names: [&str; K],
    defaults: [Option<f64>; K],
    args: &[Value],
    mut kwargs: Kwargs,
) -> PyResult<[Option<f64>; K]> {
    let mut out = defaults;
    if args.len() > K {
        return Err(PyErr::type_error(format!(
            "{fname}() takes from 1 to {} positional arguments but {} were given",
            K + 1,
            args.len() + 1
        )));
    }
    for (i, name) in names.iter().enumerate() {
        let v = match args.get(i) {
            Some(v) => Some(v.clone()),
            None => take_kw(&mut kwargs, name),
        };
        match v {
            None | Some(Value::None) => {}
            Some(v) => {
                out[i] = Some(to_f64(&v).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "must be real number, not {}",
                        crate::vm::type_name(&v)
                    ))
                })?)
            }
        }
    }
    no_more_kwargs(fname, &kwargs)?;
    Ok(out)
}

fn triangular(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let [low, high, mode] = float_params(
        "triangular",
        ["low", "high", "mode"],
        [Some(0.0), Some(1.0), None],
        args,
        kwargs,
    )?;
    let (mut low, mut high) = (low.unwrap_or(0.0), high.unwrap_or(1.0));
    let mut u = with_mt(Mt::random);
    if high == low {
        return Ok(Value::Float(low));
    }
    let mut c = mode.map_or(0.5, |mode| (mode - low) / (high - low));
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

fn mu_sigma(fname: &str, args: &[Value], kwargs: Kwargs) -> PyResult<(f64, f64)> {
    let [mu, sigma] = float_params(fname, ["mu", "sigma"], [Some(0.0), Some(1.0)], args, kwargs)?;
    Ok((mu.unwrap_or(0.0), sigma.unwrap_or(1.0)))
}

fn gauss(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (mu, sigma) = mu_sigma("gauss", args, kwargs)?;
    let z = with_mt(|mt| match mt.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = mt.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - mt.random()).ln()).sqrt();
            mt.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    });
    Ok(Value::Float(mu + z * sigma))
}

fn normalvariate(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (mu, sigma) = mu_sigma("normalvariate", args, kwargs)?;
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    let z = with_mt(|mt| loop {
        let u1 = mt.random();
        let u2 = 1.0 - mt.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            break z;
        }
    });
    Ok(Value::Float(mu + z * sigma))
}

fn expovariate(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("expovariate", args, &kwargs, 1, 1)?;
    let [lambd] = float_params("expovariate", ["lambd"], [None], args, kwargs)?;
    let lambd = lambd.unwrap_or(1.0);
    if lambd == 0.0 {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(Value::Float(-(1.0 - with_mt(Mt::random)).ln() / lambd))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_stream_matches_cpython() {
        // python3 -c 'import random; random.seed(1); print(random.getrandbits(32), random.random())'
        let mut mt = Mt::from_key(&key_of(&BigInt::from(1)));
        assert_eq!(mt.getrandbits(32), BigInt::from(577_090_037u32));
        assert_eq!(mt.random(), 0.5692038748222122);
    }
}
