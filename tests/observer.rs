//! The observer event stream (decision 9) as a test observer sees it: each program in
//! `tests/observer/` runs under virtual time with a recorder attached, and the events it
//! receives — one line each, with the loop time — are an insta snapshot. The snapshots are the
//! scheduling order weft promises (decision 4): reviewed against CPython 3.11's asyncio, they
//! fail if a task starts, suspends, wakes or ends in a different order, for a different reason
//! or at a different time.

use std::sync::{Arc, Mutex};

use weft::runtime::{Event, Observer};

/// Keeps every event as a line `   0.100  Task-2 resumed: sleep over`.
struct Recorder(Arc<Mutex<Vec<String>>>);

impl Observer for Recorder {
    fn event(&mut self, at: Option<f64>, event: &Event) {
        let at = at.map_or_else(|| "-".to_string(), |t| format!("{t:.3}"));
        if let Ok(mut lines) = self.0.lock() {
            lines.push(format!("{at:>8}  {event}"));
        }
    }
}

/// Runs a program with a recorder; gives its exit status and the recorded lines.
fn observe(path: &std::path::Path) -> (i32, String) {
    let source = std::fs::read_to_string(path).expect("observer program is readable");
    let lines = Arc::new(Mutex::new(Vec::new()));
    let status = weft::run_observed(
        &source,
        &path.to_string_lossy(),
        vec![path.to_string_lossy().into_owned()],
        weft::RunOptions {
            color: false,
            virtual_time: true,
        },
        Box::new(Recorder(lines.clone())),
    );
    let lines = lines.lock().map(|l| l.join("\n")).unwrap_or_default();
    (status, lines)
}

#[test]
fn event_streams() {
    insta::glob!("observer/*.py", |path| {
        let (status, lines) = observe(path);
        assert_eq!(status, 0, "{} exits cleanly", path.display());
        insta::assert_snapshot!(lines);
    });
}
