//! What the dispatch loop must attend to between instructions: runtime warnings queued by
//! destructors (which run without the VM at hand, see `dropped`) and, later, a Ctrl-C to raise
//! as `KeyboardInterrupt`. One flag, raised by either, is all the loop reads: after a `Pop`,
//! after a `Return` lands in its caller and at each `Jump` (every loop's back edge) — a
//! relaxed atomic load, so an idle check costs next to nothing.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::vm::{Code, PyResult, Vm};

static ATTENTION: AtomicBool = AtomicBool::new(false);

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
        Ok(())
    }

    /// `attend` where no Python code runs (between the loop's callbacks, at exit): warnings
    /// name `sys:1`, as CPython's do when no frame is running.
    pub fn attend_outside(&mut self) -> PyResult<()> {
        ATTENTION.store(false, Ordering::Relaxed);
        super::dropped::report(self, None);
        Ok(())
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
