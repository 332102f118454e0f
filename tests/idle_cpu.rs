//! The event loop idles in the OS (decisions 6 and 7): a weft program that sleeps on real
//! time — alone, or while a server socket waits for connections — uses almost no CPU. Each
//! run's user + system time comes from the child's own rusage (`wait4`), and must be far
//! below the wall time. A behaviour check (no busy waiting), not a benchmark.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `weft -c code` on real time; gives (wall time, user + system CPU time, stdout).
fn run_measured(code: &str) -> (Duration, Duration, String) {
    let start = Instant::now();
    // Reaped by `wait4` below, the call that also gives the child's rusage.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["-c", code])
        .stdout(Stdio::piped())
        .spawn()
        .expect("weft binary runs");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not waited for yet; both pointers are to live locals.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(reaped, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "weft failed with status {status}"
    );
    let mut out = String::new();
    if let Some(mut stdout) = child.stdout {
        use std::io::Read;
        let _ = stdout.read_to_string(&mut out);
    }
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    (wall, time(usage.ru_utime) + time(usage.ru_stime), out)
}

fn assert_idle(what: &str, code: &str) {
    let (wall, cpu, out) = run_measured(code);
    assert_eq!(out, "done\n", "{what}: unexpected output");
    assert!(
        wall >= Duration::from_millis(950),
        "{what}: returned after {wall:?}"
    );
    assert!(
        cpu < Duration::from_millis(200),
        "{what}: used {cpu:?} of CPU in {wall:?} (busy waiting?)"
    );
}

#[test]
fn sleeping_uses_almost_no_cpu() {
    assert_idle(
        "asyncio.sleep(1)",
        "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('done')\nasyncio.run(main())\n",
    );
}

#[test]
fn sleeping_beside_a_listening_server_uses_almost_no_cpu() {
    assert_idle(
        "sleep while serving",
        concat!(
            "import asyncio\n",
            "async def handle(reader, writer):\n    writer.close()\n",
            "async def main():\n",
            "    server = await asyncio.start_server(handle, '127.0.0.1', 0)\n",
            "    for _ in range(4):\n        await asyncio.sleep(0.25)\n",
            "    server.close()\n",
            "    print('done')\n",
            "asyncio.run(main())\n",
        ),
    );
}
