//! What the dispatch loop must attend to between instructions: runtime warnings queued by
//! destructors (which run without the VM at hand, see `dropped`) and a Ctrl-C (SIGINT). One
//! flag, raised by either, is all the loop reads: after a `Pop`, after a `Return` lands in its
//! caller and at each `Jump` (every loop's back edge) — a relaxed atomic load, so an idle check
//! costs next to nothing; the event loop reads it after each callback and each idle wait (a
//! signal interrupts the OS poll).
//!
//! A Ctrl-C raises `KeyboardInterrupt` where the program is, except the first one inside
//! `asyncio.run` while its main task runs: that cancels the main task, and `asyncio.run` then
//! raises `KeyboardInterrupt` once it has finished (CPython 3.11's `Runner._on_sigint`).

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::vm::{Code, ExcKind, PyErr, PyResult, Vm};

static ATTENTION: AtomicBool = AtomicBool::new(false);
/// A SIGINT arrived and is not handled yet.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// An uncaught `KeyboardInterrupt` ended a program (the CLI then exits as CPython does).
static ENDED_BY_INTERRUPT: AtomicBool = AtomicBool::new(false);

/// The read end of a socket pair the SIGINT handler writes a byte to: the reactor polls it,
/// so a Ctrl-C wakes an idle loop even when the signal lands on another thread.
#[cfg(unix)]
static SIGINT_WAKEUP: std::sync::OnceLock<std::os::unix::net::UnixStream> =
    std::sync::OnceLock::new();

/// Makes Ctrl-C (SIGINT) raise `KeyboardInterrupt` in the running program instead of ending
/// the process. Installed once per process; later calls do nothing.
pub fn install_sigint_handler() {
    #[cfg(unix)]
    {
        static INSTALLED: std::sync::Once = std::sync::Once::new();
        INSTALLED.call_once(|| {
            use signal_hook::consts::SIGINT;
            // SAFETY: the handler only stores to two atomics, which is async-signal-safe.
            // Without it Ctrl-C keeps its default action (the process ends), so a failure to
            // register is not an error worth stopping the program for.
            let _ = unsafe {
                signal_hook::low_level::register(SIGINT, || {
                    INTERRUPTED.store(true, Ordering::Relaxed);
                    ATTENTION.store(true, Ordering::Relaxed);
                })
            };
            if let Ok((reader, writer)) = std::os::unix::net::UnixStream::pair() {
                if reader.set_nonblocking(true).is_ok()
                    && signal_hook::low_level::pipe::register(SIGINT, writer).is_ok()
                {
                    let _ = SIGINT_WAKEUP.set(reader);
                }
            }
        });
    }
}

/// A handle on the Ctrl-C wakeup socket for a poll to watch (readable after each SIGINT).
#[cfg(unix)]
pub fn sigint_wakeup() -> Option<std::os::unix::net::UnixStream> {
    SIGINT_WAKEUP.get()?.try_clone().ok()
}

/// Records that an uncaught `KeyboardInterrupt` ended the program.
pub fn set_ended_by_interrupt() {
    ENDED_BY_INTERRUPT.store(true, Ordering::Relaxed);
}

/// Did an uncaught `KeyboardInterrupt` end a program run in this process?
pub fn ended_by_interrupt() -> bool {
    ENDED_BY_INTERRUPT.load(Ordering::Relaxed)
}

/// Ends the process as an uncaught `KeyboardInterrupt` ends CPython's: killed by SIGINT with
/// the default action, so the parent sees the signal (status 130 in a shell).
pub fn exit_by_sigint() -> ! {
    #[cfg(unix)]
    {
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
    std::process::exit(130)
}

/// Is there something to attend to? The dispatch loop's check.
#[inline]
pub fn attention() -> bool {
    ATTENTION.load(Ordering::Relaxed)
}

/// Asks the dispatch loop to call `Vm::attend` at its next check.
pub fn request() {
    ATTENTION.store(true, Ordering::Relaxed);
}

impl Vm {
    /// Reports what destructors queued, with `code` at instruction `pc` (the one just run) as
    /// the location warnings name.
    pub fn attend(&mut self, code: &Rc<Code>, pc: usize) -> PyResult<()> {
        ATTENTION.store(false, Ordering::Relaxed);
        super::dropped::report(self, Some((code, pc.saturating_sub(1))));
        self.take_interrupt()
    }

    /// `attend` where no Python code runs (between the loop's callbacks, at exit): warnings
    /// name `sys:1`, as CPython's do when no frame is running.
    pub fn attend_outside(&mut self) -> PyResult<()> {
        ATTENTION.store(false, Ordering::Relaxed);
        super::dropped::report(self, None);
        self.take_interrupt()
    }

    /// Is `exc` a `KeyboardInterrupt`?
    pub fn is_keyboard_interrupt(&self, exc: &crate::vm::Value) -> bool {
        matches!(exc, crate::vm::Value::Instance(i)
            if i.class.is_subclass(self.exc_class(ExcKind::KeyboardInterrupt)))
    }

    /// A pending Ctrl-C: the first inside `asyncio.run` cancels the main task; any other
    /// raises `KeyboardInterrupt`.
    fn take_interrupt(&mut self) -> PyResult<()> {
        if !INTERRUPTED.swap(false, Ordering::Relaxed) {
            return Ok(());
        }
        let main = self.event_loop.as_deref_mut().and_then(|lp| {
            lp.interrupts += 1;
            let main = lp.main_task.clone()?;
            (lp.interrupts == 1 && !main.done()).then_some(main)
        });
        match main {
            Some(main) => super::future::cancel(self, &main, crate::vm::Value::None).map(drop),
            None => Err(PyErr::with_args(ExcKind::KeyboardInterrupt, Vec::new())),
        }
    }

    /// The end of a program, as CPython's shutdown: the modules' namespaces are emptied (what
    /// only they held is dropped now) and what that leaves to report is reported.
    pub fn finish(&mut self) {
        if let Some(globals) = self.main_globals() {
            let old = std::mem::take(&mut *globals.borrow_mut());
            drop(old);
        }
        let old = std::mem::take(&mut *self.modules.cache.borrow_mut());
        drop(old);
        let _ = self.attend_outside();
    }
}
