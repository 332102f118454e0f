//! Uncaught exceptions, printed as CPython prints them: the chain of causes and contexts
//! first, then `Traceback (most recent call last):`, one `File "x.py", line N, in f` entry per
//! frame with the source line indented by four, and `Type: message`.

use std::rc::Rc;

use super::object::Instance;
use super::value::Value;
use super::Vm;

/// The full report CPython writes to stderr for an uncaught exception.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    let Value::Instance(inst) = exc else {
        out.push_str(&format!("{}\n", vm.repr(exc).unwrap_or_default()));
        return;
    };
    seen.push(exc.heap_ptr().unwrap_or(0));
    if let Some(data) = &inst.exc {
        let (cause, context, suppress) = {
            let d = data.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let unseen = |v: &Value, seen: &Vec<usize>| {
            matches!(v, Value::Instance(_)) && !seen.contains(&v.heap_ptr().unwrap_or(0))
        };
        if unseen(&cause, seen) {
            format_chain(vm, &cause, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !suppress && unseen(&context, seen) {
            format_chain(vm, &context, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let entries = data.borrow().traceback.clone();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // As CPython: a run of identical entries prints three times, then a count.
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
                    flush_repeats(out, repeats);
                    repeats = 0;
                    last = Some(id);
                }
                if repeats >= 3 {
                    continue;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {line}, in {}\n",
                    code.source.filename, code.code.name
                ));
                let text = text.trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {text}\n"));
                }
            }
            flush_repeats(out, repeats);
        }
    }
    out.push_str(&last_line(vm, inst, exc));
    out.push('\n');
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
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
    let msg = vm
        .str_of(exc)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
