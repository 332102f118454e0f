//! The event loop as a plain data structure (decision 4): a FIFO of ready handles, a heap of
//! timer handles and a clock, with verb-named methods — `call_soon`, `call_at`, `run_once`,
//! `run_until_done`. One iteration (`run_once`) moves due timers to the ready FIFO and runs
//! exactly the handles that were ready when it began; what they schedule waits for the next
//! iteration. The timer heap is CPython's `heapq` algorithm, and `TimerHandle`s compare by
//! deadline only, so `call_at` timers with one deadline fire in heap (not insertion) order, as
//! on CPython. `call_later` (and so `sleep`) is different: on CPython it reads the clock, which
//! has moved on since the last timer was made, so its deadlines never tie and fire in the
//! order they were made. Under virtual time they would tie, so `call_later` timers carry a
//! sequence number that breaks ties among themselves.

use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use super::clock::Clock;
use super::events::{self, Event, SharedObserver};
use super::future::{Callback, Future, Handle};
use super::io::Reactor;
use crate::vm::{PyResult, Value, Vm};

/// Past this many timers, cancelled ones are swept out when they are over half (CPython's
/// `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`).
const MIN_SCHEDULED_TIMERS: usize = 100;
/// `time.get_clock_info('monotonic').resolution`: timers this close to now are due.
const CLOCK_RESOLUTION: f64 = 1e-9;

#[derive(Clone)]
struct Timer {
    when: f64,
    /// Set for `call_later` timers: the order they were made in.
    seq: Option<u64>,
    handle: Rc<Handle>,
}

impl Timer {
    fn before(&self, other: &Timer) -> bool {
        if self.when != other.when {
            return self.when < other.when;
        }
        matches!((self.seq, other.seq), (Some(a), Some(b)) if a < b)
    }
}

/// An entry of the ready FIFO: a handle Python code was given (`loop.call_soon`, a timer, a
/// socket callback), which it can cancel, or a callback only the runtime scheduled (a task
/// step, a wakeup, a done callback), which nothing can reach to cancel and so needs no handle:
/// a wakeup storm of 100k tasks allocates nothing per task.
pub enum Ready {
    Handle(Rc<Handle>),
    Callback(Callback),
}

pub struct Loop {
    ready: VecDeque<Ready>,
    timers: Vec<Timer>,
    cancelled_timers: usize,
    pub clock: Clock,
    /// The sockets and their reader/writer callbacks; the idle step waits in its poll.
    pub reactor: Reactor,
    /// The task whose step is running (`current_task()`).
    pub current_task: Option<Rc<Future>>,
    /// The loop as Python code sees it (`get_running_loop()`).
    pub object: Value,
    /// Every task made on this loop (`all_tasks()`), weakly as CPython's WeakSet.
    pub tasks: Vec<Weak<Future>>,
    /// `asyncio.run`'s main task, which the first Ctrl-C cancels.
    pub main_task: Option<Rc<Future>>,
    /// Ctrl-Cs received while this loop ran.
    pub interrupts: u32,
    /// The async generators iterated on this loop (`_asyncgens`), closed at shutdown.
    pub asyncgens: Vec<Weak<crate::vm::Generator>>,
    /// `tasks` is swept of dead entries when it grows past this length (twice its live size
    /// after the last sweep): registering a task stays O(1) amortised with 100k of them.
    tasks_sweep_at: usize,
    /// `call_later` timers made so far.
    later_count: u64,
    /// Handles made so far (a timer's number in events).
    handle_count: u64,
    stopping: bool,
    /// The VM's observer, if any: timer events are emitted here.
    observer: Option<SharedObserver>,
}

impl Loop {
    /// A loop on real time, or (`Some(t)`) on virtual time starting at `t`.
    pub fn new(
        virtual_start: Option<f64>,
        object: Value,
        observer: Option<SharedObserver>,
    ) -> Loop {
        Loop {
            ready: VecDeque::new(),
            timers: Vec::new(),
            cancelled_timers: 0,
            clock: Clock::new(virtual_start),
            reactor: Reactor::default(),
            current_task: None,
            object,
            tasks: Vec::new(),
            asyncgens: Vec::new(),
            main_task: None,
            interrupts: 0,
            tasks_sweep_at: 64,
            later_count: 0,
            handle_count: 0,
            stopping: false,
            observer,
        }
    }

    /// Registers a new task for `all_tasks()`.
    pub fn add_task(&mut self, task: &Rc<Future>) {
        if self.tasks.len() >= self.tasks_sweep_at {
            self.tasks.retain(|t| t.strong_count() > 0);
            self.tasks_sweep_at = (2 * self.tasks.len()).max(64);
        }
        self.tasks.push(Rc::downgrade(task));
    }

    /// Hands an event to the observer, stamped with the loop time.
    fn emit(&self, event: impl FnOnce() -> Event) {
        if let Some(o) = &self.observer {
            o.borrow_mut().event(Some(self.time()), &event());
        }
    }

    fn new_handle(&mut self, cb: Callback, when: Option<f64>) -> Rc<Handle> {
        self.handle_count += 1;
        Rc::new(Handle {
            id: self.handle_count,
            callback: std::cell::RefCell::new(Some(cb)),
            cancelled: std::cell::Cell::new(false),
            deadline: when.unwrap_or(0.0),
            is_timer: when.is_some(),
            scheduled: std::cell::Cell::new(when.is_some()),
        })
    }

    pub fn time(&self) -> f64 {
        self.clock.now()
    }

    /// Schedules a callback the runtime made (see `Ready`). It still counts as a handle made,
    /// so timers keep the numbers they have on CPython.
    pub fn call_soon(&mut self, cb: Callback) {
        self.handle_count += 1;
        self.ready.push_back(Ready::Callback(cb));
    }

    /// `loop.call_soon()`: schedules `cb` and gives its handle, which can cancel it.
    pub fn call_soon_handle(&mut self, cb: Callback) -> Rc<Handle> {
        let handle = self.new_handle(cb, None);
        self.ready.push_back(Ready::Handle(handle.clone()));
        handle
    }

    pub fn call_at(&mut self, when: f64, cb: Callback) -> Rc<Handle> {
        self.add_timer(when, None, cb)
    }

    pub fn call_later(&mut self, delay: f64, cb: Callback) -> Rc<Handle> {
        let when = self.time() + delay;
        self.later_count += 1;
        self.add_timer(when, Some(self.later_count), cb)
    }

    fn add_timer(&mut self, when: f64, seq: Option<u64>, cb: Callback) -> Rc<Handle> {
        self.emit(|| Event::TimerScheduled {
            timer: self.handle_count + 1,
            when,
            callback: events::callback_name(&cb),
        });
        let handle = self.new_handle(cb, Some(when));
        heap_push(
            &mut self.timers,
            Timer {
                when,
                seq,
                handle: handle.clone(),
            },
        );
        handle
    }

    /// `Handle.cancel()`: the callback is dropped; a timer stays in the heap until swept.
    pub fn cancel(&mut self, handle: &Handle) {
        if handle.cancelled.get() {
            return;
        }
        if handle.scheduled.get() {
            self.cancelled_timers += 1;
            // Only a timer still waiting: cancelling one that fired changes nothing.
            self.emit(|| Event::TimerCancelled { timer: handle.id });
        }
        handle.cancelled.set(true);
        handle.callback.borrow_mut().take();
    }

    pub fn stop(&mut self) {
        self.stopping = true;
    }

    /// Timers are swept, the loop waits for I/O or the first timer (not at all when a
    /// callback is ready), and the callbacks of ready sockets then the due timers are made
    /// ready; `None` when nothing is ready and no timer or socket callback is left (nothing
    /// can ever run again), else the handles of this iteration.
    fn prepare_iteration(&mut self) -> Option<usize> {
        if self.timers.len() > MIN_SCHEDULED_TIMERS && self.cancelled_timers * 2 > self.timers.len()
        {
            let mut kept = Vec::with_capacity(self.timers.len());
            for t in self.timers.drain(..) {
                if t.handle.cancelled.get() {
                    t.handle.scheduled.set(false);
                } else {
                    kept.push(t);
                }
            }
            heapify(&mut kept);
            self.timers = kept;
            self.cancelled_timers = 0;
        } else {
            while self
                .timers
                .first()
                .is_some_and(|t| t.handle.cancelled.get())
            {
                self.cancelled_timers = self.cancelled_timers.saturating_sub(1);
                if let Some(t) = heap_pop(&mut self.timers) {
                    t.handle.scheduled.set(false);
                }
            }
        }
        let busy = !self.ready.is_empty() || self.stopping;
        let deadline = self.timers.first().map(|t| t.when);
        let mut seen = Vec::new();
        let observed = self.observer.is_some().then_some(&mut seen);
        if !self
            .reactor
            .wait(&mut self.clock, &mut self.ready, deadline, busy, observed)
        {
            return None;
        }
        for (fd, direction) in seen {
            self.emit(|| Event::IoReady {
                source: self.reactor.describe(fd),
                interest: super::io::interest(direction),
            });
        }
        let end = self.time() + CLOCK_RESOLUTION;
        while self.timers.first().is_some_and(|t| t.when < end) {
            if let Some(t) = heap_pop(&mut self.timers) {
                t.handle.scheduled.set(false);
                if !t.handle.cancelled.get() {
                    self.emit(|| Event::TimerFired { timer: t.handle.id });
                }
                self.ready.push_back(Ready::Handle(t.handle));
            }
        }
        Some(self.ready.len())
    }
}

/// Runs the loop in `vm` until a `Stop` callback runs (`run_forever` with
/// `run_until_complete`'s stop). An error from a callback ends the run.
pub fn run_until_stopped(vm: &mut Vm) -> PyResult<()> {
    loop {
        let Some(lp) = vm.event_loop.as_deref_mut() else {
            return Ok(());
        };
        let Some(n) = lp.prepare_iteration() else {
            return Err(super::deadlock::report(vm));
        };
        // A Ctrl-C interrupts the idle wait.
        if super::attention::attention() {
            vm.attend_outside()?;
        }
        for _ in 0..n {
            let Some(lp) = vm.event_loop.as_deref_mut() else {
                return Ok(());
            };
            let cb = match lp.ready.pop_front() {
                None => break,
                Some(Ready::Callback(cb)) => Some(cb),
                // A cancelled handle's callback is gone.
                Some(Ready::Handle(handle)) => handle.callback.borrow().clone(),
            };
            if let Some(cb) = cb {
                super::task::run_callback(vm, cb)?;
            }
            if super::attention::attention() {
                vm.attend_outside()?;
            }
        }
        if let Some(lp) = vm.event_loop.as_deref_mut() {
            if std::mem::take(&mut lp.stopping) {
                return Ok(());
            }
        }
    }
}

// CPython's heapq, with `Timer::before` as `<`.

fn heap_push(heap: &mut Vec<Timer>, t: Timer) {
    heap.push(t);
    let last = heap.len() - 1;
    sift_down(heap, 0, last);
}

fn heap_pop(heap: &mut Vec<Timer>) -> Option<Timer> {
    let last = heap.pop()?;
    if heap.is_empty() {
        return Some(last);
    }
    let top = std::mem::replace(&mut heap[0], last);
    sift_up(heap, 0);
    Some(top)
}

fn heapify(heap: &mut [Timer]) {
    for i in (0..heap.len() / 2).rev() {
        sift_up(heap, i);
    }
}

/// Moves the item at `pos` towards the root while it is smaller than its parent.
fn sift_down(heap: &mut [Timer], start: usize, mut pos: usize) {
    let item = heap[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if item.before(&heap[parent]) {
            heap[pos] = heap[parent].clone();
            pos = parent;
        } else {
            break;
        }
    }
    heap[pos] = item;
}

/// Moves the smaller child up until a leaf, then sifts the item down from there.
fn sift_up(heap: &mut [Timer], mut pos: usize) {
    let end = heap.len();
    let start = pos;
    let item = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !heap[child].before(&heap[right]) {
            child = right;
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(heap, start, pos);
}
