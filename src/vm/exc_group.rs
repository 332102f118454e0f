//! Exception groups as CPython 3.11 (Objects/exceptions.c): building a `BaseExceptionGroup`
//! (which becomes an `ExceptionGroup` when every member is an `Exception`), `split` and
//! `subgroup` by type, tuple of types or predicate, and the two steps of `except*`: matching a
//! clause (`CheckEgMatch`) and working out what is left to raise at the end
//! (`PrepReraiseStar`).
//!
//! Invariant: every part `split` makes comes from the group's `derive` and carries the
//! original's traceback, `__cause__`, `__context__` and a copy of its `__notes__`, so a part
//! re-raised with a bare `raise` in an `except*` clause is recognised as re-raised (same
//! metadata) and goes back into the original's nesting structure.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::StrKey;
use super::object::{builtin_type_name, Class, ExcData, ExcGroup, Instance};
use super::value::{Str, Value};
use super::{ExcKind, PyErr, PyResult, Vm};

/// How `split`/`subgroup` decide that an exception matches.
pub enum Matcher {
    /// An exception class or a tuple of them (`isinstance`).
    Type(Value),
    /// A function called with each exception (groups included).
    Predicate(Value),
    /// Leaves whose identity is in the list (`PrepReraiseStar`'s projection).
    Ids(Vec<usize>),
}

/// The message of `except* ExceptionGroup`, as CPython.
const CANNOT_EXCEPT_STAR_EG: &str =
    "catching ExceptionGroup with except* is not allowed. Use except instead.";

/// The group parts of an exception, if it is a group.
pub fn group_of(v: &Value) -> Option<ExcGroup> {
    match v {
        Value::Instance(i) => i.exc.as_ref()?.borrow().group.clone(),
        _ => None,
    }
}

impl Vm {
    /// `BaseExceptionGroup.__new__(cls, message, exceptions)` with CPython's checks and
    /// messages; `cls` is `BaseExceptionGroup` itself, `ExceptionGroup` or a subclass.
    pub fn new_exception_group(
        &mut self,
        class: Rc<Class>,
        message: Value,
        exceptions: Value,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        if !matches!(message, Value::Str(_)) {
            return Err(PyErr::type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                builtin_type_name(&message)
            )));
        }
        let items = self.sequence_items(&exceptions)?;
        if items.is_empty() {
            return Err(PyErr::value_error(
                "second argument (exceptions) must be a non-empty sequence",
            ));
        }
        let exception = self.exc_class(ExcKind::Exception).clone();
        let mut nested_base_exceptions = false;
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::Instance(inst) if inst.exc.is_some() => {
                    nested_base_exceptions |= !inst.class.is_subclass(&exception);
                }
                _ => {
                    return Err(PyErr::value_error(format!(
                        "Item {i} of second argument (exceptions) is not an exception"
                    )))
                }
            }
        }
        let base_group = self.exc_class(ExcKind::BaseExceptionGroup).clone();
        let group = self.exc_class(ExcKind::ExceptionGroup).clone();
        let mut class = class;
        if Rc::ptr_eq(&class, &group) {
            if nested_base_exceptions {
                return Err(PyErr::type_error(
                    "Cannot nest BaseExceptions in an ExceptionGroup",
                ));
            }
        } else if Rc::ptr_eq(&class, &base_group) {
            if !nested_base_exceptions {
                class = group;
            }
        } else if nested_base_exceptions && class.is_subclass(&exception) {
            return Err(PyErr::type_error(format!(
                "Cannot nest BaseExceptions in '{}'",
                class.name
            )));
        }
        let exc = Some(RefCell::new(ExcData {
            args,
            group: Some(ExcGroup {
                message,
                exceptions: Rc::new(items),
            }),
            ..ExcData::default()
        }));
        Ok(Value::Instance(Rc::new(Instance::new(class, exc, None))))
    }

    /// The items of what `PySequence_Check` accepts (not dicts, sets or iterators).
    fn sequence_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let is_sequence = match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_) => true,
            Value::Instance(i) => {
                i.class.lookup("__getitem__").is_some()
                    && !i.class.is_subclass(self.class(super::Builtin::Dict))
            }
            _ => false,
        };
        if !is_sequence {
            return Err(PyErr::type_error(
                "second argument (exceptions) must be a sequence",
            ));
        }
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok((**t).clone()),
            other => self.collect(other),
        }
    }

    /// `group(message, exceptions)` made the way the interpreter makes groups
    /// (`BaseExceptionGroup(...)`, so all-`Exception` members give an `ExceptionGroup`).
    pub fn make_exception_group(&mut self, message: &str, items: Vec<Value>) -> PyResult<Value> {
        let class = self.exc_class(ExcKind::BaseExceptionGroup).clone();
        let excs = Value::tuple(items);
        let message = Value::str(message);
        self.new_exception_group(class, message.clone(), excs.clone(), vec![message, excs])
    }

    /// The matcher `split`/`subgroup` take: a Python function, an exception class, or a
    /// tuple of exception classes.
    pub fn matcher(&self, v: &Value) -> PyResult<Matcher> {
        let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.exc_kind.is_some());
        match v {
            Value::Function(_) => Ok(Matcher::Predicate(v.clone())),
            _ if is_exc_class(v) => Ok(Matcher::Type(v.clone())),
            Value::Tuple(items) if items.iter().all(is_exc_class) => Ok(Matcher::Type(v.clone())),
            _ => Err(PyErr::type_error(
                "expected a function, exception type or tuple of exception types",
            )),
        }
    }

    fn split_check_match(&mut self, exc: &Value, matcher: &Matcher) -> PyResult<bool> {
        match matcher {
            Matcher::Type(t) => Ok(is_instance(exc, t)),
            Matcher::Predicate(f) => {
                let r = self.call(f, vec![exc.clone()], Vec::new())?;
                self.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc.heap_ptr().unwrap_or(0))),
        }
    }

    /// CPython's `exceptiongroup_split_recursive`: the matching part and (when asked) the
    /// rest, each `None` when empty. A group that matches as a whole is returned itself.
    pub fn split_group(
        &mut self,
        exc: &Value,
        matcher: &Matcher,
        construct_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.split_check_match(exc, matcher)? {
            return Ok((Some(exc.clone()), None));
        }
        let Some(group) = group_of(exc) else {
            return Ok((None, construct_rest.then(|| exc.clone())));
        };
        if self.depth + 1 >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in exceptiongroup_split_recursive",
            ));
        }
        self.depth += 1;
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        let mut outcome = Ok(());
        for e in group.exceptions.iter() {
            match self.split_group(e, matcher, construct_rest) {
                Ok((m, r)) => {
                    matched.extend(m);
                    rest.extend(r);
                }
                Err(err) => {
                    outcome = Err(err);
                    break;
                }
            }
        }
        self.depth -= 1;
        outcome?;
        let matched = self.group_subset(exc, matched)?;
        let rest = if construct_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok((matched, rest))
    }

    /// A group like `orig` holding `items` (None when empty): `orig.derive(items)`, given
    /// the original's traceback, cause, context and a copy of its notes.
    fn group_subset(&mut self, orig: &Value, items: Vec<Value>) -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let derive = self.get_attr(orig, &Rc::new(Str::new("derive")))?;
        let eg = self.call(&derive, vec![Value::list(items)], Vec::new())?;
        if group_of(&eg).is_none() {
            return Err(PyErr::type_error(
                "derive must return an instance of BaseExceptionGroup",
            ));
        }
        let (Value::Instance(from), Value::Instance(to)) = (orig, &eg) else {
            return Ok(Some(eg));
        };
        if let (Some(src), Some(dst)) = (&from.exc, &to.exc) {
            let src = src.borrow();
            let mut dst = dst.borrow_mut();
            dst.traceback = src.traceback.clone();
            dst.context = src.context.clone();
            dst.cause = src.cause.clone();
            // As `PyException_SetCause`, which the copy goes through.
            dst.suppress_context = true;
        }
        let notes_key = StrKey::new("__notes__");
        let notes = from.attr(&notes_key);
        if let Some(notes) = notes {
            if matches!(notes, Value::List(_) | Value::Tuple(_)) {
                let copy = Value::list(self.collect(&notes)?);
                to.store_str("__notes__", copy);
            }
        }
        Ok(Some(eg))
    }

    /// `CheckEgMatch`: the part of `exc` an `except* typ` clause takes, as (rest, match), or
    /// None when nothing matches. A matching naked exception is wrapped in a group.
    pub fn except_star_match(
        &mut self,
        exc: &Value,
        typ: &Value,
    ) -> PyResult<Option<(Value, Value)>> {
        check_except_star_type(typ)?;
        if matches!(exc, Value::None) {
            return Ok(None);
        }
        if is_instance(exc, typ) {
            let matched = if group_of(exc).is_some() {
                exc.clone()
            } else {
                self.make_exception_group("", vec![exc.clone()])?
            };
            return Ok(Some((Value::None, matched)));
        }
        if group_of(exc).is_none() {
            return Ok(None);
        }
        let split = self.get_attr(exc, &Rc::new(Str::new("split")))?;
        let pair = self.call(&split, vec![typ.clone()], Vec::new())?;
        let type_name = self.type_of(exc).name.clone();
        let Value::Tuple(pair) = pair else {
            return Err(PyErr::type_error(format!(
                "{type_name}.split must return a tuple, not {}",
                builtin_type_name(&pair)
            )));
        };
        if pair.len() != 2 {
            return Err(PyErr::type_error(format!(
                "{type_name}.split must return a 2-tuple, got tuple of size {}",
                pair.len()
            )));
        }
        if matches!(pair[0], Value::None) {
            return Ok(None);
        }
        Ok(Some((pair[1].clone(), pair[0].clone())))
    }

    /// `PrepReraiseStar`: what an `except*` statement raises at its end, from the original
    /// exception and the list of what each clause raised plus the unmatched rest (`None`s
    /// for nothing). Re-raised parts keep the original's nesting; newly raised ones become
    /// siblings in a new group. `None` when nothing is left.
    pub fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let excs: Vec<Value> = match excs {
            Value::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        };
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if group_of(orig).is_none() {
            // A naked exception was wrapped: only one clause could run.
            return Ok(excs[0].clone());
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in excs.into_iter().filter(|e| !matches!(e, Value::None)) {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut ids = Vec::new();
        for e in &reraised {
            collect_leaf_ids(e, &mut ids);
        }
        let (projection, _) = self.split_group(orig, &Matcher::Ids(ids), false)?;
        if raised.is_empty() {
            return Ok(projection.unwrap_or(Value::None));
        }
        raised.extend(projection);
        if raised.len() == 1 {
            return Ok(raised.remove(0));
        }
        self.make_exception_group("", raised)
    }
}

/// `isinstance(exc, t)` for a class or a tuple of classes.
fn is_instance(exc: &Value, t: &Value) -> bool {
    match (exc, t) {
        (Value::Instance(i), Value::Class(c)) => i.class.is_subclass(c),
        (_, Value::Tuple(items)) => items.iter().any(|t| is_instance(exc, t)),
        _ => false,
    }
}

/// `except* T`: T must be exception classes, and not exception groups.
fn check_except_star_type(typ: &Value) -> PyResult<()> {
    let classes: Vec<&Value> = match typ {
        Value::Tuple(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut is_group = false;
    for c in classes {
        match c {
            Value::Class(c) if c.exc_kind.is_some() => {
                is_group |= matches!(
                    c.exc_kind,
                    Some(ExcKind::BaseExceptionGroup | ExcKind::ExceptionGroup)
                );
            }
            _ => {
                return Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    if is_group {
        return Err(PyErr::type_error(CANNOT_EXCEPT_STAR_EG));
    }
    Ok(())
}

/// The identities of the leaf exceptions in `e` (itself if it is not a group). A work list,
/// not recursion: a group can nest as deep as a program cares to build it.
fn collect_leaf_ids(e: &Value, ids: &mut Vec<usize>) {
    let mut work = vec![e.clone()];
    while let Some(e) = work.pop() {
        match group_of(&e) {
            Some(g) => work.extend(g.exceptions.iter().rev().cloned()),
            None => ids.push(e.heap_ptr().unwrap_or(0)),
        }
    }
}

/// CPython's `is_same_exception_metadata`: same traceback, cause and context. (It also
/// compares a `notes` slot that 3.11 leaves empty, `__notes__` living in the instance dict,
/// so notes never count; weft's traceback is a list of entries, equal when nothing was
/// added since the part was split off.)
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Value::Instance(x), Value::Instance(y)) = (a, b) else {
        return false;
    };
    let (Some(dx), Some(dy)) = (&x.exc, &y.exc) else {
        return false;
    };
    let (dx, dy) = (dx.borrow(), dy.borrow());
    let same_tb = dx.traceback.len() == dy.traceback.len()
        && dx
            .traceback
            .iter()
            .zip(dy.traceback.iter())
            .all(|(p, q)| Rc::ptr_eq(&p.code, &q.code) && p.pc == q.pc);
    let same = |p: &Value, q: &Value| {
        let none = |v: &Value| matches!(v, Value::None | Value::Undefined);
        (none(p) && none(q)) || p.is(q)
    };
    same_tb && same(&dx.cause, &dy.cause) && same(&dx.context, &dy.context)
}
