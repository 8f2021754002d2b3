//! Samples, medians, and what the machine is.

use std::time::Duration;

use serde_json::{json, Value};

/// All values of one measurement, in the order taken.
#[derive(Default, Debug, Clone)]
pub struct Sample {
    values: Vec<f64>,
}

impl Sample {
    pub fn push(&mut self, v: f64) {
        self.values.push(v);
    }

    pub fn median(&self) -> f64 {
        let mut v = self.values.clone();
        v.sort_by(f64::total_cmp);
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2],
            n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
        }
    }

    pub fn to_json(&self) -> Value {
        json!({ "median": self.median(), "values": self.values })
    }
}

/// Microseconds per item.
pub fn per(elapsed: Duration, items: f64) -> f64 {
    elapsed.as_secs_f64() * 1e6 / items
}

/// Median of `a` over median of `b`.
pub fn ratio(a: &Sample, b: &Sample) -> f64 {
    a.median() / b.median()
}

/// Resident set size of this process, from /proc/self/status.
pub fn rss_kib() -> i64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(-1)
}

pub fn machine() -> Value {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_owned());
    let rustc = std::process::Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .ok();
    json!({
        "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "cpu": model,
        "rustc": rustc,
        "os": std::env::consts::OS,
        "note": "shared machine: compare ratios from one run, not absolute times across runs",
    })
}
