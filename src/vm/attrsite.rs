//! Per-code attribute caches behind `LoadAttr`, `StoreAttr` and `LoadMethod` (the idea of
//! CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and `LOAD_METHOD`
//! specialisations). Each code object keeps, per name (`Code::attr_sites`), what that name
//! resolved to on the class last seen there: the MRO lookup's result and what it implies for
//! a load, a store and a method call, plus the index where an instance dict held the name
//! last time. So `self.x = v` is one dict store, `self.x` one dict read (often without
//! hashing), and `obj.m(...)` finds `m` without walking the MRO or probing the type cache.
//! A module attribute (`math.pi`) uses the remembered index alone: an entry found there
//! under the very same interned name is the answer, whatever changed in between.
//!
//! Invariant: a site answers only for the very class it was made for and only in the type
//! cache epoch it was made in (`typecache::epoch`, moved on by every write to a class
//! namespace). It holds its class by `Weak`, so that allocation cannot be reused by another
//! class while the site exists. Every case a site does not cover goes to the generic paths in
//! `attr`, and a covered case does exactly what the generic path would do.

use std::cell::{Cell, RefCell};
use std::mem;
use std::rc::{Rc, Weak};

use super::dict::{Dict, Key, StrKey};
use super::error::PyResult;
use super::frame::{Frame, OnExit};
use super::instdict::Attrs;
use super::object::{BoundMethod, Class, Code, Instance, Module};
use super::value::{Str, Value};
use super::Vm;
use crate::bytecode::Instr;

/// What one name resolved to on one class.
#[derive(Debug)]
pub struct AttrSite {
    /// Keeps the class's allocation from being reused while the site names it.
    _class: Weak<Class>,
    /// `Weak::as_ptr(&class)`, compared without `Weak`'s check for a dangling pointer.
    class_id: *const Class,
    epoch: u64,
    /// Made for `C.name` (the receiver is the class itself), not for an instance of `C`.
    on_class: bool,
    load: Load,
    /// For `LoadMethod` on an instance: the plain function found on the class, called with the
    /// receiver as its first argument when the instance dict does not shadow it.
    method: Option<Value>,
    /// `obj.name = v` on an instance is `obj.__dict__[name] = v`: no Python `__setattr__`, no
    /// data descriptor or property under the name, and the instance has a dict (or the slot).
    store_plain: bool,
    /// Where an instance dict held the name last time (checked before it is used).
    hint: Cell<usize>,
    /// The name's index in the class's shared keys once found there (`u32::MAX` before): an
    /// instance in the split form with more values than that holds it there (`instdict`).
    slot: Cell<u32>,
    /// The name is not among the class's first `absent` shared keys: an instance in the split
    /// form with no more values than that does not hold it (`obj.method()` looks there first).
    absent: Cell<u32>,
}

#[derive(Debug)]
enum Load {
    /// The instance dict, else this value from the class bound as `bind` does (a function
    /// becomes a bound method; `None`: not on the class, the generic path decides).
    DictThenClass(Option<Value>),
    /// A property with a getter: its getter's result.
    Property(Value),
    /// A property whose getter is a plain one-parameter function (`Code::simple_args`), on a
    /// class without `__getattr__`: `LoadAttr` runs the getter as a frame of the running loop
    /// (`getter`); elsewhere as `Property`.
    Getter(Value),
    /// On the class itself: this value (a class or static method bound as `bind` does).
    ClassAttr(Value),
    /// Descriptors and everything else: the generic path.
    Generic,
}

impl Default for AttrSite {
    fn default() -> AttrSite {
        AttrSite {
            _class: Weak::new(),
            class_id: std::ptr::null(),
            epoch: 0,
            on_class: false,
            load: Load::Generic,
            method: None,
            store_plain: false,
            hint: Cell::new(0),
            slot: Cell::new(u32::MAX),
            absent: Cell::new(0),
        }
    }
}

impl AttrSite {
    #[inline]
    fn is_for(&self, class: &Rc<Class>, on_class: bool, epoch: u64) -> bool {
        self.class_id == Rc::as_ptr(class) && self.epoch == epoch && self.on_class == on_class
    }

    /// Resolves `name` on `class` now.
    fn new(class: &Rc<Class>, name: &Rc<Str>, on_class: bool, epoch: u64) -> AttrSite {
        let found = class.lookup_key(&StrKey::of(name));
        let load = match (&found, on_class) {
            (None | Some(Value::Instance(_)), true) => Load::Generic,
            (Some(v), true) => Load::ClassAttr(v.clone()),
            (Some(Value::Property(p)), false) if !matches!(p.fget, Value::None) => match &p.fget {
                Value::Function(f)
                    if f.code.simple_args == 1 && class.lookup("__getattr__").is_none() =>
                {
                    Load::Getter(p.fget.clone())
                }
                _ => Load::Property(p.fget.clone()),
            },
            (Some(Value::Property(_) | Value::Instance(_)), false) => Load::Generic,
            (_, false) => Load::DictThenClass(found.clone()),
        };
        let method = match &found {
            Some(f @ (Value::Function(_) | Value::Native(_))) if !on_class => Some(f.clone()),
            _ => None,
        };
        let data_descriptor = match &found {
            Some(Value::Property(_)) => true,
            Some(d @ Value::Instance(_)) => super::attr::has_set(d),
            _ => false,
        };
        let store_plain = !on_class
            && !data_descriptor
            && !matches!(class.lookup("__setattr__"), Some(Value::Function(_)))
            // An exception's own fields, which `generic_set_attr` keeps outside the dict.
            && !matches!(
                &*name.s,
                "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
            )
            && (class.has_instance_dict || super::class::is_slot(class, &name.s));
        AttrSite {
            _class: Rc::downgrade(class),
            class_id: Rc::as_ptr(class),
            epoch,
            on_class,
            load,
            method,
            store_plain,
            hint: Cell::new(0),
            slot: Cell::new(u32::MAX),
            absent: Cell::new(0),
        }
    }
}

/// The site for name `n` of `code`, (re)made for `class` if it was made for another one or
/// an older epoch. `None` when the site is in use further up the Rust stack (it never is
/// across Python code, but a miss is always safe).
#[inline]
fn site_for<'c>(
    code: &'c Code,
    n: usize,
    class: &Rc<Class>,
    on_class: bool,
) -> Option<std::cell::Ref<'c, AttrSite>> {
    let cell = code.attr_sites.get(n)?;
    let site = cell.try_borrow().ok()?;
    if site.is_for(class, on_class, super::typecache::epoch()) {
        return Some(site);
    }
    drop(site);
    refill(code, n, class, on_class)
}

/// `site_for`'s slow half, kept out of line so the hit path stays small.
#[cold]
#[inline(never)]
fn refill<'c>(
    code: &'c Code,
    n: usize,
    class: &Rc<Class>,
    on_class: bool,
) -> Option<std::cell::Ref<'c, AttrSite>> {
    let cell = code.attr_sites.get(n)?;
    let fresh = AttrSite::new(class, &code.names[n], on_class, super::typecache::epoch());
    let old = mem::replace(&mut *cell.try_borrow_mut().ok()?, fresh);
    drop(old);
    cell.try_borrow().ok()
}

/// Whether `key` is the interned `name` itself (a pointer compare; anything else is a miss
/// that costs one ordinary lookup).
#[inline]
fn is_name(key: &Key, name: &Rc<Str>) -> bool {
    matches!(&key.value, Value::Str(s) if Rc::ptr_eq(s, name))
}

/// `d[name]`, trying the remembered index first.
#[inline]
fn dict_get(d: &Dict, name: &Rc<Str>, hint: &Cell<usize>) -> Option<Value> {
    if let Some((k, v)) = d.get_index(hint.get()) {
        if is_name(k, name) {
            return Some(v.clone());
        }
    }
    dict_probe(d, name, hint)
}

/// `dict_get` without the hint, remembering where the name was found. Instance dicts are
/// mostly a handful of entries: comparing their stored hashes in order costs less than a hash
/// probe, and a method name is looked for (and missed) on every `obj.m()`.
#[inline(never)]
fn dict_probe(d: &Dict, name: &Rc<Str>, hint: &Cell<usize>) -> Option<Value> {
    let found = if d.len() <= 8 {
        let hash = name.hash();
        d.iter()
            .enumerate()
            .find(|(_, (k, _))| k.hash() == hash && is_str(k, name))
            .map(|(i, (_, v))| (i, v))
    } else {
        d.get_full(&StrKey::of(name)).map(|(i, _, v)| (i, v))
    };
    let (i, v) = found?;
    hint.set(i);
    Some(v.clone())
}

/// Whether `key` is a `str` equal to `name` (what `StrKey` matches, once hashes agree).
#[inline]
fn is_str(key: &Key, name: &Rc<Str>) -> bool {
    matches!(&key.value, Value::Str(s) if Rc::ptr_eq(s, name) || s.s == name.s)
}

/// `inst.__dict__[name]`, through the site's remembered slot or index.
#[inline]
fn instance_get(inst: &Instance, name: &Rc<Str>, site: &AttrSite) -> Option<Value> {
    match &*inst.attrs() {
        Attrs::Split(values) => {
            if let Some(v) = values.get(site.slot.get() as usize) {
                return Some(v.clone());
            }
            if values.len() <= site.absent.get() as usize {
                return None;
            }
            let keys = inst.class.shared_keys.borrow();
            let hash = name.hash();
            let found = keys
                .iter()
                .take(values.len())
                .position(|k| k.hash() == hash && is_str(k, name));
            match found {
                Some(i) => {
                    site.slot.set(i as u32);
                    Some(values[i].clone())
                }
                None => {
                    site.absent.set(keys.len() as u32);
                    None
                }
            }
        }
        Attrs::Dict(d) => {
            let d = d.borrow();
            if d.is_empty() {
                None
            } else {
                dict_get(&d, name, &site.hint)
            }
        }
    }
}

/// A module's global `name n of code` (`math.pi`, `asyncio.sleep`): its dict, through the
/// site's remembered index. `None` when missing (the generic path then raises).
fn module_get(code: &Code, n: usize, m: &Module) -> Option<Value> {
    let site = code.attr_sites.get(n)?.try_borrow().ok()?;
    let d = m.dict.try_borrow().ok()?;
    dict_get(&d, code.names.get(n)?, &site.hint)
}

/// `v.clone()` with the reference kinds an attribute or method usually is inlined (the
/// generic `clone` calls out of line for every reference).
#[inline(always)]
fn clone_value(v: &Value) -> Value {
    match v {
        Value::Function(f) => Value::Function(f.clone()),
        Value::Instance(i) => Value::Instance(i.clone()),
        other => other.clone(),
    }
}

/// The inlined hit of `LoadMethod` on an instance: the class's plain function, when the
/// instance (in the split form) holds fewer values than the site knows do not include the
/// name.
#[inline(always)]
fn method_hit(code: &Code, n: usize, inst: &Instance) -> Option<Value> {
    let site = code.attr_sites.get(n)?.try_borrow().ok()?;
    let m = site.method.as_ref()?;
    if !site.is_for(&inst.class, false, super::typecache::epoch()) {
        return None;
    }
    match &*inst.try_attrs()? {
        Attrs::Split(values) if values.len() <= site.absent.get() as usize => Some(clone_value(m)),
        _ => None,
    }
}

/// The inlined hit of `LoadMethod` on a class (`Counter.bump(self, n)`): what the class
/// holds under the name, when it is neither a class nor a static method (those are bound).
#[inline(always)]
fn class_value_hit(code: &Code, n: usize, class: &Rc<Class>) -> Option<Value> {
    let site = code.attr_sites.get(n)?.try_borrow().ok()?;
    if !site.is_for(class, true, super::typecache::epoch()) {
        return None;
    }
    match &site.load {
        Load::ClassAttr(Value::ClassMethod(_) | Value::StaticMethod(_)) => None,
        Load::ClassAttr(v) => Some(clone_value(v)),
        _ => None,
    }
}

impl Vm {
    /// `LoadAttr`: pops `obj` and pushes `obj.<name n of code>`. The commonest case, an
    /// instance attribute found at its remembered index, is inlined into the dispatch loop;
    /// the rest is out of line. `true` when a property's getter runs next as a frame of the
    /// loop instead (`getter`; the caller resumes at `next`, the instruction after this one in
    /// `code.quick`). Takes `obj` off the stack so that the hit drops it as the instance it is.
    #[inline]
    pub(super) fn load_attr_cached(
        &mut self,
        f: &mut Box<Frame>,
        code: &Code,
        n: usize,
        next: *const Instr,
    ) -> PyResult<bool> {
        let inst = match f.pop() {
            Value::Instance(inst) => inst,
            other => return self.load_attr_other(f, code, n, other),
        };
        if let Some(Ok(site)) = code.attr_sites.get(n).map(RefCell::try_borrow) {
            if matches!(site.load, Load::DictThenClass(_))
                && site.is_for(&inst.class, false, super::typecache::epoch())
            {
                let attrs = inst.try_attrs();
                if let Some(Attrs::Split(values)) = attrs.as_deref() {
                    if let Some(v) = values.get(site.slot.get() as usize) {
                        let v = clone_value(v);
                        drop(attrs);
                        drop(site);
                        drop(inst);
                        f.push(v);
                        return Ok(false);
                    }
                }
            }
        }
        self.load_attr_instance(f, code, n, inst, next)
    }

    /// `load_attr_cached` on anything but an instance.
    #[inline(never)]
    fn load_attr_other(
        &mut self,
        f: &mut Frame,
        code: &Code,
        n: usize,
        obj: Value,
    ) -> PyResult<bool> {
        let v = self.load_attr_site(code, n, &obj)?;
        f.push(v);
        Ok(false)
    }

    /// The frame that runs the getter of the property `inst.<name n of code>` (see
    /// `Load::Getter`), with `inst` as its argument and `OnExit::Property`; `None` when the
    /// name is no such property on the instance's class.
    pub(super) fn getter_frame(
        &mut self,
        code: &Code,
        n: usize,
        inst: &Rc<Instance>,
    ) -> Option<Box<Frame>> {
        let site = site_for(code, n, &inst.class, false)?;
        let Load::Getter(Value::Function(fget)) = &site.load else {
            return None;
        };
        let mut frame = self.simple_frame(&fget.code, &fget.globals, |values| {
            values.push(Value::Instance(inst.clone()))
        });
        frame.set_on_exit(OnExit::Property);
        Some(frame)
    }

    /// `StoreAttr`: `obj.<name n of code> = value`. Replacing an instance attribute at its
    /// remembered index is inlined; the rest is out of line.
    #[inline]
    pub(super) fn store_attr_cached(
        &mut self,
        code: &Code,
        n: usize,
        obj: Value,
        value: Value,
    ) -> PyResult<()> {
        let inst = match obj {
            Value::Instance(inst) => inst,
            other => return self.store_attr_site(code, n, &other, value),
        };
        if let Some(Ok(site)) = code.attr_sites.get(n).map(RefCell::try_borrow) {
            if site.store_plain && site.is_for(&inst.class, false, super::typecache::epoch()) {
                let mut attrs = inst.try_attrs_mut();
                if let Some(Attrs::Split(values)) = attrs.as_deref_mut() {
                    let i = site.slot.get() as usize;
                    if let Some(slot) = values.get_mut(i) {
                        let old = mem::replace(slot, value);
                        // Dropped once nothing is borrowed.
                        drop(attrs);
                        drop(site);
                        drop(inst);
                        old.discard();
                        return Ok(());
                    }
                    // The next shared key: the instance's values grow by it.
                    if i == values.len() {
                        values.push(value);
                        drop(attrs);
                        drop(site);
                        drop(inst);
                        return Ok(());
                    }
                }
            }
        }
        self.store_attr_site(code, n, &Value::Instance(inst), value)
    }

    /// `load_attr_cached` beyond its inlined case and its getter frames.
    #[inline(never)]
    pub(super) fn load_attr_site(&mut self, code: &Code, n: usize, obj: &Value) -> PyResult<Value> {
        let name = &code.names[n];
        let (class, on_class) = match obj {
            Value::Instance(inst) => (&inst.class, false),
            Value::Class(c) => (c, true),
            Value::Module(m) => {
                if let Some(v) = module_get(code, n, m) {
                    return Ok(v);
                }
                return self.get_attr(obj, name);
            }
            _ => return self.get_attr(obj, name),
        };
        let Some(site) = site_for(code, n, class, on_class) else {
            return self.get_attr(obj, name);
        };
        match &site.load {
            Load::DictThenClass(found) => {
                if let Value::Instance(inst) = obj {
                    if let Some(v) = instance_get(inst, name, &site) {
                        return Ok(v);
                    }
                }
                match found {
                    Some(f @ (Value::Function(_) | Value::Native(_))) => {
                        Ok(Value::BoundMethod(Rc::new(BoundMethod {
                            func: f.clone(),
                            receiver: obj.clone(),
                        })))
                    }
                    Some(other) => {
                        let other = other.clone();
                        drop(site);
                        let class = class.clone();
                        self.bind(other, obj, &class)
                    }
                    None => {
                        drop(site);
                        self.get_attr(obj, name)
                    }
                }
            }
            Load::Property(fget) | Load::Getter(fget) => {
                let fget = fget.clone();
                drop(site);
                let result = match &fget {
                    // A plain `def p(self)`: its frame is made here, without an argument list.
                    Value::Function(f) if f.code.simple_args == 1 => {
                        let frame = self
                            .simple_frame(&f.code, &f.globals, |values| values.push(obj.clone()));
                        self.run_nested(frame)
                    }
                    _ => self.call(&fget, vec![obj.clone()], vec![]),
                };
                result.or_else(|e| self.attr_lookup_failed(e, obj, name))
            }
            Load::ClassAttr(v) => match v {
                Value::ClassMethod(_) | Value::StaticMethod(_) => {
                    let v = v.clone();
                    drop(site);
                    let class = class.clone();
                    self.bind(v, obj, &class)
                }
                other => Ok(other.clone()),
            },
            Load::Generic => {
                drop(site);
                self.get_attr(obj, name)
            }
        }
    }

    /// `store_attr_cached` beyond its inlined case.
    #[inline(never)]
    fn store_attr_site(
        &mut self,
        code: &Code,
        n: usize,
        obj: &Value,
        value: Value,
    ) -> PyResult<()> {
        let name = &code.names[n];
        let Value::Instance(inst) = obj else {
            return self.set_attr(obj, name, value);
        };
        let Some(site) = site_for(code, n, &inst.class, false) else {
            return self.set_attr(obj, name, value);
        };
        if !site.store_plain {
            drop(site);
            return self.set_attr(obj, name, value);
        }
        let stored = inst.store(name, value);
        if stored.split {
            site.slot.set(stored.index as u32);
        } else {
            site.hint.set(stored.index);
        }
        drop(site);
        // The replaced value is dropped once nothing is borrowed.
        drop(stored.old);
        Ok(())
    }

    /// `LoadMethod`: as `load_method`, for name `n` of `code`. A plain method of an
    /// instance's class and a class's own plain value are found inline; the rest is out of
    /// line. Takes `obj` so that it becomes the receiver without a reference count change.
    #[inline]
    pub(super) fn load_method_cached(
        &mut self,
        code: &Code,
        n: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        match obj {
            Value::Instance(inst) => match method_hit(code, n, &inst) {
                Some(m) => Ok((m, Value::Instance(inst))),
                None => self.load_method_site(code, n, Value::Instance(inst)),
            },
            Value::Class(class) => match class_value_hit(code, n, &class) {
                Some(v) => {
                    drop(class);
                    Ok((v, Value::Undefined))
                }
                None => self.load_method_site(code, n, Value::Class(class)),
            },
            other => self.load_method_site(code, n, other),
        }
    }

    /// `load_method_cached` beyond its inlined cases.
    #[inline(never)]
    fn load_method_site(&mut self, code: &Code, n: usize, obj: Value) -> PyResult<(Value, Value)> {
        let name = &code.names[n];
        match &obj {
            Value::Instance(inst) => {
                let Some(site) = site_for(code, n, &inst.class, false) else {
                    return self.load_method(&obj, name);
                };
                if let Some(v) = instance_get(inst, name, &site) {
                    return Ok((v, Value::Undefined));
                }
                if let Some(m) = &site.method {
                    let m = m.clone();
                    drop(site);
                    return Ok((m, obj));
                }
                drop(site);
                Ok((self.get_attr(&obj, name)?, Value::Undefined))
            }
            Value::Class(_) => Ok((self.load_attr_site(code, n, &obj)?, Value::Undefined)),
            Value::Module(m) => match module_get(code, n, m) {
                Some(v) => Ok((v, Value::Undefined)),
                None => self.load_method(&obj, name),
            },
            Value::Super(_) | Value::Function(_) => self.load_method(&obj, name),
            _ => {
                // A built-in type's method (`items.append(x)`).
                let class = self.type_ref(&obj);
                if let Some(site) = site_for(code, n, class, false) {
                    if let Some(m) = &site.method {
                        let m = m.clone();
                        drop(site);
                        return Ok((m, obj));
                    }
                }
                self.load_method(&obj, name)
            }
        }
    }
}
