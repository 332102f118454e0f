//! The loop's clock (decision 6): real monotonic time, or virtual time that only moves when
//! the loop jumps it to the next timer. Takes "what time is it" and "wait until t"; keeps
//! virtual time from ever going backwards.

use std::time::{Duration, Instant};

#[derive(Debug)]
pub enum Clock {
    Real(Instant),
    Virtual(f64),
}

impl Clock {
    pub fn new(virtual_start: Option<f64>) -> Clock {
        match virtual_start {
            Some(t) => Clock::Virtual(t),
            None => Clock::Real(Instant::now()),
        }
    }

    /// Seconds since the loop's epoch.
    pub fn now(&self) -> f64 {
        match self {
            Clock::Real(start) => start.elapsed().as_secs_f64(),
            Clock::Virtual(t) => *t,
        }
    }

    /// Idles until `deadline`: real time blocks the thread (the loop waits in the reactor's
    /// poll instead; this is `time.sleep` and the fallback when no poll can be made);
    /// virtual time jumps.
    pub fn wait_until(&mut self, deadline: f64) {
        match self {
            Clock::Real(start) => {
                let now = start.elapsed().as_secs_f64();
                if deadline > now {
                    std::thread::sleep(Duration::from_secs_f64(deadline - now));
                }
            }
            Clock::Virtual(t) => {
                if deadline > *t {
                    *t = deadline;
                }
            }
        }
    }
}
