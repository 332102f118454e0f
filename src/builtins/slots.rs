//! The special methods of the built-in types as attributes: `"ab".__len__()`,
//! `(5).__add__(1)`, `super().__setitem__(k, v)` in a dict subclass, `list.__init__(self, it)`.
//! The operators never come here (the VM runs built-in values natively and only calls Python
//! overrides); these natives serve explicit calls, so each works on the built-in value an
//! instance stands for (`base_of`) and answers `NotImplemented` where CPython's slot wrapper
//! would. Each type gets exactly the names CPython's type has in its own `__dict__`.

use super::{check_args, def_method, Kwargs};
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::vm::{base_of, Builtin, Key, NativeFn, PyErr, PyResult, Str, Value, Vm};

use std::rc::Rc;

macro_rules! binary_slots {
    ($($name:ident, $rname:ident => $op:ident;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
            binary_slot(vm, BinOp::$op, false, args, kwargs)
        }
        fn $rname(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
            binary_slot(vm, BinOp::$op, true, args, kwargs)
        }
    )*};
}

binary_slots! {
    add, radd => Add;
    sub, rsub => Sub;
    mul, rmul => Mul;
    truediv, rtruediv => TrueDiv;
    floordiv, rfloordiv => FloorDiv;
    modulo, rmodulo => Mod;
    pow, rpow => Pow;
    lshift, rlshift => LShift;
    rshift, rrshift => RShift;
    and, rand => And;
    or, ror => Or;
    xor, rxor => Xor;
}

macro_rules! compare_slots {
    ($($name:ident => $op:ident;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
            compare_slot(vm, CmpOp::$op, args, kwargs)
        }
    )*};
}

compare_slots! {
    eq => Eq;
    ne => Ne;
    lt => Lt;
    le => Le;
    gt => Gt;
    ge => Ge;
}

const NUMBER: &[(&str, NativeFn)] = &[
    ("__abs__", abs),
    ("__add__", add),
    ("__bool__", bool_),
    ("__float__", float),
    ("__floordiv__", floordiv),
    ("__format__", format),
    ("__hash__", hash),
    ("__int__", int),
    ("__mod__", modulo),
    ("__mul__", mul),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__pow__", pow),
    ("__radd__", radd),
    ("__repr__", repr),
    ("__rfloordiv__", rfloordiv),
    ("__rmod__", rmodulo),
    ("__rmul__", rmul),
    ("__rpow__", rpow),
    ("__rsub__", rsub),
    ("__rtruediv__", rtruediv),
    ("__sub__", sub),
    ("__truediv__", truediv),
];

const INT_ONLY: &[(&str, NativeFn)] = &[
    ("__and__", and),
    ("__index__", int),
    ("__invert__", invert),
    ("__lshift__", lshift),
    ("__or__", or),
    ("__rand__", rand),
    ("__rlshift__", rlshift),
    ("__ror__", ror),
    ("__rrshift__", rrshift),
    ("__rshift__", rshift),
    ("__rxor__", rxor),
    ("__xor__", xor),
];

/// A group of special methods, as (name, native) rows.
type Group = &'static [(&'static str, NativeFn)];

const COMPARE: &[(&str, NativeFn)] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

const CONTAINER: &[(&str, NativeFn)] = &[
    ("__contains__", contains),
    ("__iter__", iter),
    ("__len__", len),
    ("__repr__", repr),
];

const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__getitem__", getitem),
    ("__mul__", mul),
    ("__rmul__", rmul),
];

const SET: &[(&str, NativeFn)] = &[
    ("__and__", and),
    ("__or__", or),
    ("__rand__", rand),
    ("__ror__", ror),
    ("__rsub__", rsub),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__xor__", xor),
];

pub fn install(vm: &mut Vm) {
    let hashable: Group = &[("__hash__", hash)];
    let mutable: Group = &[("__setitem__", setitem), ("__delitem__", delitem)];
    let str_extra: Group = &[
        ("__str__", str_),
        ("__format__", format),
        ("__mod__", modulo),
    ];
    let table: &[(Builtin, &[Group])] = &[
        (Builtin::Int, &[NUMBER, INT_ONLY, COMPARE]),
        (Builtin::Float, &[NUMBER, COMPARE]),
        (
            Builtin::Str,
            &[CONTAINER, SEQUENCE, COMPARE, hashable, str_extra],
        ),
        (Builtin::Bytes, &[CONTAINER, SEQUENCE, COMPARE, hashable]),
        (Builtin::Tuple, &[CONTAINER, SEQUENCE, COMPARE, hashable]),
        (
            Builtin::List,
            &[
                CONTAINER,
                SEQUENCE,
                COMPARE,
                mutable,
                &[("__iadd__", iadd), ("__init__", list_init)],
            ],
        ),
        (
            Builtin::Dict,
            &[
                CONTAINER,
                COMPARE,
                mutable,
                &[
                    ("__getitem__", getitem),
                    ("__or__", or),
                    ("__ror__", ror),
                    ("__init__", dict_init),
                ],
            ],
        ),
        (
            Builtin::Set,
            &[CONTAINER, COMPARE, SET, &[("__init__", set_init)]],
        ),
        (Builtin::FrozenSet, &[CONTAINER, COMPARE, SET, hashable]),
    ];
    for (class, groups) in table {
        for group in groups.iter() {
            for &(name, f) in group.iter() {
                def_method(vm, *class, name, f);
            }
        }
    }
    for (name, f) in [
        ("__setattr__", object_setattr as NativeFn),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
    ] {
        def_method(vm, Builtin::Object, name, f);
    }
    def_method(vm, Builtin::Type, "mro", type_mro);
    vm.exc_class(crate::vm::ExcKind::BaseException)
        .dict
        .borrow_mut()
        .insert(
            Key::str(&Rc::new(Str::new("with_traceback"))),
            super::native("with_traceback", with_traceback),
        );
    // A class's `__dict__` reads like its dict.
    for name in [
        "keys",
        "values",
        "items",
        "get",
        "copy",
        "__getitem__",
        "__contains__",
        "__iter__",
        "__len__",
        "__or__",
    ] {
        let key = crate::vm::StrKey::new(name);
        let method = vm.class(Builtin::Dict).dict.borrow().get(&key).cloned();
        if let Some(m) = method {
            vm.class(Builtin::MappingProxy)
                .dict
                .borrow_mut()
                .insert(Key::str(&Rc::new(Str::new(name))), m);
        }
    }
    // Mutable containers are unhashable, and so are their subclasses.
    for class in [Builtin::List, Builtin::Dict, Builtin::Set] {
        vm.class(class)
            .dict
            .borrow_mut()
            .insert(Key::str(&Rc::new(Str::new("__hash__"))), Value::None);
    }
    // The built-in classes' namespaces changed: no cached lookup may predate this.
    crate::vm::class_changed();
}

/// The receiver and the other arguments of a slot taking `n` of them.
fn split(name: &str, args: &[Value], kwargs: &Kwargs, n: usize) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' needs an argument"
        )));
    }
    check_args(name, &args[1..], kwargs, n, n)?;
    Ok(base_of(&args[0]).clone())
}

/// What kind of built-in value a comparison slot can compare with its own kind.
fn kind(v: &Value) -> u8 {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => 1,
        Value::Float(_) => 8,
        Value::Str(_) => 2,
        Value::Bytes(_) => 3,
        Value::List(_) => 4,
        Value::Tuple(_) => 5,
        Value::Dict(_) => 6,
        Value::Set(_) => 7,
        _ => 0,
    }
}

fn binary_slot(
    vm: &mut Vm,
    op: BinOp,
    reflected: bool,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Value> {
    let this = split(op.symbol(), args, &kwargs, 1)?;
    let other = base_of(&args[1]).clone();
    if matches!(other, Value::Instance(_)) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    if let (BinOp::Mod, Value::Str(s)) = (op, &a) {
        return crate::vm::percent_format(vm, &s.s, &b).map(Value::str);
    }
    crate::vm::builtin_binary(op, &a, &b)
}

fn compare_slot(vm: &mut Vm, op: CmpOp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split(op.dunder(), args, &kwargs, 1)?;
    let other = base_of(&args[1]).clone();
    let k = kind(&this);
    // `float.__eq__` takes ints too; `int.__eq__` leaves floats to them.
    let same = k == kind(&other) || (k == 8 && kind(&other) == 1);
    if k == 0 || !same || (k == 6 && !matches!(op, CmpOp::Eq | CmpOp::Ne)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, &this, &other)
}

fn unary_slot(vm: &mut Vm, op: UnaryOp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__neg__", args, &kwargs, 0)?;
    vm.unary(op, &this)
}

fn neg(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    unary_slot(vm, UnaryOp::Neg, args, kwargs)
}

fn pos(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    unary_slot(vm, UnaryOp::Pos, args, kwargs)
}

fn invert(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    unary_slot(vm, UnaryOp::Invert, args, kwargs)
}

fn abs(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__abs__", args, &kwargs, 0)?;
    let negative = vm.compare(CmpOp::Lt, &this, &Value::Int(0))?;
    if vm.truthy(&negative)? {
        vm.unary(UnaryOp::Neg, &this)
    } else {
        vm.unary(UnaryOp::Pos, &this)
    }
}

fn bool_(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__bool__", args, &kwargs, 0)?;
    Ok(Value::Bool(vm.truthy(&this)?))
}

fn int(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__int__", args, &kwargs, 0)?;
    let int = Value::Class(vm.class(Builtin::Int).clone());
    vm.call(&int, vec![this], vec![])
}

fn float(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__float__", args, &kwargs, 0)?;
    let float = Value::Class(vm.class(Builtin::Float).clone());
    vm.call(&float, vec![this], vec![])
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__hash__", args, &kwargs, 0)?;
    let key = vm.map_key(&Default::default(), this)?;
    Ok(Value::Int(key.hash() as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__repr__", args, &kwargs, 0)?;
    Ok(Value::str(vm.repr(&this)?))
}

fn str_(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__str__", args, &kwargs, 0)?;
    Ok(Value::str(vm.str_of(&this)?))
}

fn format(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__format__", args, &kwargs, 1)?;
    let spec = super::str_arg(&args[1], "__format__", "")?.to_string();
    Ok(Value::str(vm.format(&this, &spec)?))
}

fn len(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__len__", args, &kwargs, 0)?;
    Ok(Value::Int(super::length(vm, &this)? as i64))
}

fn iter(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__iter__", args, &kwargs, 0)?;
    vm.get_iter(&this)
}

fn contains(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__contains__", args, &kwargs, 1)?;
    Ok(Value::Bool(vm.contains(&this, &args[1])?))
}

fn getitem(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__getitem__", args, &kwargs, 1)?;
    vm.dict_subscript(&args[0], &this, &args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__setitem__", args, &kwargs, 2)?;
    vm.setitem(&this, &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__delitem__", args, &kwargs, 1)?;
    vm.delitem(&this, &args[1])?;
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let this = split("__iadd__", args, &kwargs, 1)?;
    if let Value::List(l) = &this {
        let items = vm.collect(&args[1])?;
        l.borrow_mut().extend(items);
    }
    Ok(args[0].clone())
}

/// `C.mro()`: the class and its method resolution order, as a list.
fn type_mro(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("mro", args, &kwargs, 1, 1)?;
    match &args[0] {
        Value::Class(c) => Ok(Value::list(
            c.mro_iter().map(|k| Value::Class(k.clone())).collect(),
        )),
        _ => Err(PyErr::type_error(
            "descriptor 'mro' of 'type' object needs an argument",
        )),
    }
}

/// `e.with_traceback(tb)`: the exception's traceback becomes `tb` (`None` forgets where it
/// was raised). Returns `e`.
fn with_traceback(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("with_traceback", args, &kwargs, 2, 2)?;
    if !matches!(&args[0], Value::Instance(inst) if inst.exc.is_some()) {
        return Err(PyErr::type_error("with_traceback() needs an exception"));
    }
    vm.set_traceback(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// The attribute name argument of `object.__setattr__` and friends.
fn attr_name(args: &[Value], fname: &str, n: usize, kwargs: &Kwargs) -> PyResult<Rc<Str>> {
    check_args(fname, args, kwargs, n, n)?;
    match &args[1] {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            crate::vm::type_name(other)
        ))),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_name(args, "__setattr__", 3, &kwargs)?;
    vm.generic_set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_name(args, "__delattr__", 2, &kwargs)?;
    vm.generic_del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let name = attr_name(args, "__getattribute__", 2, &kwargs)?;
    vm.get_attr(&args[0], &name)
}

/// `list.__init__(self, iterable=())`: the list becomes the iterable's items.
fn list_init(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("descriptor '__init__' needs an argument"));
    }
    check_args("list", &args[1..], &kwargs, 0, 1)?;
    let items = match args.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    if let Value::List(l) = base_of(&args[0]) {
        *l.borrow_mut() = items;
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: an update.
fn dict_init(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("descriptor '__init__' needs an argument"));
    }
    check_args("dict", &args[1..], &Vec::new(), 0, 1)?;
    if let Value::Dict(d) = base_of(&args[0]) {
        let mut filled = d.borrow().clone();
        super::constructors::dict_fill(vm, &mut filled, args.get(1), kwargs)?;
        *d.borrow_mut() = filled;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: the set becomes the iterable's items.
fn set_init(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("descriptor '__init__' needs an argument"));
    }
    check_args("set", &args[1..], &kwargs, 0, 1)?;
    let items = match args.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    let fresh = vm.new_set(items, false)?;
    if let (Value::Set(s), Value::Set(new)) = (base_of(&args[0]), &fresh) {
        *s.items.borrow_mut() = new.items.borrow().clone();
    }
    Ok(Value::None)
}
