//! The second half of scope analysis: decides where each recorded name lives, top down
//! (CPython's `analyze_block`). A scope passes its children the names bound by enclosing
//! functions (`bound`) and by `global` declarations (`global`); each child returns the names it
//! reads from outside (`free`), which turn a parent's local into a cell. Class bodies are not
//! enclosing scopes for their methods, except for the implicit `__class__` cell.
//!
//! Invariant: a scope is resolved before its children, so errors come out parent first, names
//! in the order they were first met (the order CPython reports them).

use std::collections::{BTreeSet, HashSet};

use crate::diagnostics::SyntaxError;

use super::{Flags, Place, ScopeId, ScopeKind, SymbolTable};

type Names = HashSet<String>;
/// Ordered, so pass-through free names are added to a scope in a stable order.
type Free = BTreeSet<String>;

pub(super) fn resolve(table: &mut SymbolTable) -> Result<(), SyntaxError> {
    analyze_block(table, ScopeId::MODULE, None, Names::new())?;
    Ok(())
}

/// Resolves scope `id` and its children; returns the names it and its children read from
/// enclosing functions.
fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<Names>,
    mut global: Names,
) -> Result<Free, SyntaxError> {
    let scope = &table.scopes[id.0];
    let kind = scope.kind;
    let is_class = kind == ScopeKind::Class;
    // A class body hands its methods what it received, not what it binds.
    let (mut new_bound, mut new_global) = if is_class {
        (bound.clone().unwrap_or_default(), global.clone())
    } else {
        (Names::new(), Names::new())
    };

    let mut local = Names::new();
    let mut free = Free::new();
    let mut places = Vec::with_capacity(scope.symbols.len());
    for symbol in &scope.symbols {
        let directive = symbol.directive.unwrap_or(scope.span);
        let name = &symbol.name;
        let flags = symbol.flags;
        let place = if flags.contains(Flags::GLOBAL) {
            if flags.contains(Flags::NONLOCAL) {
                return Err(SyntaxError::new(
                    "weft::syntax::nonlocal_and_global",
                    format!("name '{name}' is nonlocal and global"),
                    directive,
                )
                .label(format!("`{name}` is declared both `global` and `nonlocal` in this scope"))
                .help("`global` means the module's variable, `nonlocal` an enclosing function's: keep only the one you mean"));
            }
            global.insert(name.clone());
            if let Some(bound) = &mut bound {
                bound.remove(name);
            }
            Place::GlobalExplicit
        } else if flags.contains(Flags::NONLOCAL) {
            match &bound {
                None => {
                    return Err(SyntaxError::new(
                        "weft::syntax::nonlocal_at_module_level",
                        "nonlocal declaration not allowed at module level",
                        directive,
                    )
                    .label("`nonlocal` outside any function")
                    .help("`nonlocal` names a variable of an enclosing function; at module level every variable is already global"));
                }
                Some(bound) if !bound.contains(name) => {
                    return Err(SyntaxError::new(
                        "weft::syntax::nonlocal_without_binding",
                        format!("no binding for nonlocal '{name}' found"),
                        directive,
                    )
                    .label(format!("no enclosing function assigns `{name}`"))
                    .help(format!(
                        "assign `{name}` in an enclosing function first, or write `global {name}` if you mean the module-level variable"
                    )));
                }
                Some(_) => {}
            }
            free.insert(name.clone());
            Place::Free
        } else if flags.intersects(Flags::BOUND) {
            local.insert(name.clone());
            global.remove(name);
            Place::Local
        } else if bound.as_ref().is_some_and(|b| b.contains(name)) {
            free.insert(name.clone());
            Place::Free
        } else {
            Place::GlobalImplicit
        };
        places.push(place);
    }

    if is_class {
        new_bound.insert("__class__".to_string());
    } else {
        if kind.is_function_like() {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(bound) = &bound {
            new_bound.extend(bound.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    }

    let mut new_free = Free::new();
    for child in table.scopes[id.0].children.clone() {
        let child_free = analyze_block(table, child, Some(new_bound.clone()), new_global.clone())?;
        new_free.extend(child_free);
    }

    let scope = &mut table.scopes[id.0];
    for (symbol, place) in scope.symbols.iter_mut().zip(places) {
        symbol.place = place;
    }
    if kind.is_function_like() {
        // A local that a nested function reads becomes a cell.
        for symbol in &mut scope.symbols {
            if symbol.place == Place::Local && new_free.remove(&symbol.name) {
                symbol.place = Place::Cell;
            }
        }
    } else if is_class && new_free.remove("__class__") {
        scope.needs_class_cell = true;
    }
    // Names free in children but not bound here pass through this scope as free variables.
    for name in &new_free {
        if let Some(&i) = scope.index.get(name) {
            let symbol = &mut scope.symbols[i];
            if is_class && symbol.flags.intersects(Flags::BOUND | Flags::GLOBAL) {
                symbol.flags.insert(Flags::FREE_CLASS);
            }
            continue;
        }
        if bound.as_ref().is_some_and(|b| !b.contains(name)) {
            continue;
        }
        scope.add(name, Flags::default()).place = Place::Free;
    }
    free.extend(new_free);
    Ok(free)
}
