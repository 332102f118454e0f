//! Uncaught exceptions, printed as CPython 3.11 prints them (Python/pythonrun.c): the chain
//! of causes and contexts first, then `Traceback (most recent call last):`, one
//! `File "x.py", line N, in f` entry per frame with the source line indented by four,
//! `Type: message` and the `__notes__`. An exception group prints its members in nested
//! boxes:
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 1, in <module>
//!   | ExceptionGroup: msg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: a
//!     +---------------- 2 ----------------
//!     | TypeError: b
//!     +------------------------------------
//! ```
//!
//! Every line inside a box starts with two spaces per group level and `| `.

use std::rc::Rc;

use super::dict::StrKey;
use super::exc_group::group_of;
use super::object::Instance;
use super::value::Value;
use super::Vm;

/// CPython's defaults for `max_group_width` and `max_group_depth`.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The full report CPython writes to stderr for an uncaught exception.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut p = Printer {
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    p.exception(vm, exc);
    p.out
}

struct Printer {
    out: String,
    /// Exceptions printed (or being printed): a chain loop prints each once.
    seen: Vec<usize>,
    /// How many exception groups we are inside (0 outside any box).
    depth: usize,
    /// The last member of a group is being printed: close its box after it.
    need_close: bool,
}

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// The indent and margin every line at this depth starts with.
    fn margin(&self) -> String {
        if self.depth > 0 {
            format!("{}| ", self.indent())
        } else {
            String::new()
        }
    }

    fn line(&mut self, text: &str) {
        let margin = self.margin();
        self.out.push_str(&margin);
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// `print_exception_recursive`: the chain, then the exception (a group with its members).
    fn exception(&mut self, vm: &mut Vm, exc: &Value) {
        self.seen.push(exc.heap_ptr().unwrap_or(0));
        self.cause_and_context(vm, exc);
        if group_of(exc).is_some() {
            self.group(vm, exc);
        } else {
            self.single(vm, exc);
        }
    }

    fn cause_and_context(&mut self, vm: &mut Vm, exc: &Value) {
        let Value::Instance(inst) = exc else { return };
        let Some(data) = &inst.exc else { return };
        let (cause, context, suppress) = {
            let d = data.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if matches!(cause, Value::Instance(_)) {
            if !self.is_seen(&cause) {
                self.chained(
                    vm,
                    &cause,
                    "The above exception was the direct cause of the following exception:",
                );
            }
            return;
        }
        if !suppress && matches!(context, Value::Instance(_)) && !self.is_seen(&context) {
            self.chained(
                vm,
                &context,
                "During handling of the above exception, another exception occurred:",
            );
        }
    }

    fn is_seen(&self, v: &Value) -> bool {
        self.seen.contains(&v.heap_ptr().unwrap_or(0))
    }

    fn chained(&mut self, vm: &mut Vm, exc: &Value, message: &str) {
        let need_close = self.need_close;
        self.exception(vm, exc);
        self.need_close = need_close;
        self.line("");
        self.line(message);
        self.line("");
    }

    /// `print_exception`: traceback, `Type: message`, notes.
    fn single(&mut self, vm: &mut Vm, exc: &Value) {
        let Value::Instance(inst) = exc else {
            let text = vm.repr(exc).unwrap_or_default();
            self.line(&text);
            return;
        };
        self.traceback(inst, false);
        let last = last_line(vm, inst, exc);
        self.line(&last);
        self.notes(vm, inst);
    }

    /// `print_exception_group`: the group itself, then each member in its box.
    fn group(&mut self, vm: &mut Vm, exc: &Value) {
        if self.depth > MAX_GROUP_DEPTH {
            self.line(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})"));
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if let Value::Instance(inst) = exc {
            self.traceback(inst, true);
            let last = last_line(vm, inst, exc);
            self.line(&last);
            self.notes(vm, inst);
        }
        let members = group_of(exc).map(|g| g.exceptions).unwrap_or_default();
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let lead = if i == 0 { "+-" } else { "  " };
            let indent = self.indent();
            self.out.push_str(&format!(
                "{indent}{lead}+---------------- {title} ----------------\n"
            ));
            self.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.line(&format!("and {remaining} more exception{plural}"));
            } else {
                self.exception(vm, member);
            }
            if last && self.need_close {
                let indent = self.indent();
                self.out
                    .push_str(&format!("{indent}+------------------------------------\n"));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth = 0;
        }
    }

    /// The frames an exception passed through, most recent call last. As CPython, a run of
    /// identical entries prints three times, then a count.
    fn traceback(&mut self, inst: &Instance, is_group: bool) {
        let Some(data) = &inst.exc else { return };
        let entries = data.borrow().traceback.clone();
        if entries.is_empty() {
            return;
        }
        let header = if is_group {
            "Exception Group Traceback (most recent call last):"
        } else {
            "Traceback (most recent call last):"
        };
        if is_group && self.depth == 1 {
            let indent = self.indent();
            self.out.push_str(&format!("{indent}+ {header}\n"));
        } else {
            self.line(header);
        }
        let mut last: Option<(usize, usize)> = None;
        let mut repeats = 0;
        for entry in entries.iter().rev() {
            let code = &entry.code;
            let span = code.code.spans.get(entry.pc).copied().unwrap_or_default();
            let (line, text) = code.source.line(span.start);
            let id = (Rc::as_ptr(code) as usize, line);
            if last == Some(id) {
                repeats += 1;
            } else {
                self.flush_repeats(repeats);
                repeats = 0;
                last = Some(id);
            }
            if repeats >= 3 {
                continue;
            }
            self.line(&format!(
                "  File \"{}\", line {line}, in {}",
                code.source.filename, code.code.name
            ));
            let text = text.trim();
            if !text.is_empty() {
                self.line(&format!("    {text}"));
            }
        }
        self.flush_repeats(repeats);
    }

    fn flush_repeats(&mut self, repeats: usize) {
        if repeats >= 3 {
            let n = repeats - 2;
            self.line(&format!(
                "  [Previous line repeated {n} more time{}]",
                if n == 1 { "" } else { "s" }
            ));
        }
    }

    /// `__notes__`, each note's lines after the message (the repr when not a sequence).
    fn notes(&mut self, vm: &mut Vm, inst: &Instance) {
        let notes = inst.attr(&StrKey::new("__notes__"));
        let Some(notes) = notes else { return };
        let items = match &notes {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => (**t).clone(),
            other => {
                let text = vm
                    .repr(other)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                self.line(&text);
                return;
            }
        };
        for note in items {
            match vm.str_of(&note) {
                Ok(text) => {
                    for part in text.split('\n') {
                        self.line(part);
                    }
                }
                Err(_) => self.out.push_str("<note str() failed>\n"),
            }
        }
    }
}

/// `ValueError: message` (just the name when the message is empty).
pub fn last_line(vm: &mut Vm, inst: &Instance, exc: &Value) -> String {
    let class = &inst.class;
    let name = if matches!(class.module.as_ref(), "builtins" | "__main__") {
        class.qualname.to_string()
    } else {
        format!("{}.{}", class.module, class.qualname)
    };
    let mut msg = vm
        .str_of(exc)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    if let Some(s) = vm.suggestion(exc) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
