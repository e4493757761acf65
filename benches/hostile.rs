//! Adversarial input shapes, scaled from 1 MB to 16 MB: each run must end
//! (an article or a clear error) in bounded time and memory, with time
//! growing linearly in the input size.
//!
//! ```text
//! cargo bench -p newsprint-benches --bench hostile                  # every shape, 1, 4 and 16 MB
//! cargo bench -p newsprint-benches --bench hostile -- --sizes 1,16 --shapes html-attrs,deep-noop-end-tags
//! cargo bench -p newsprint-benches --bench hostile -- --sizes 1,4 --check   # CI: exit 1 when a run is flagged
//! ```
//!
//! Each (shape, size) runs in a fresh child process so that its peak
//! resident memory (`VmHWM`) is its own. Prints wall time, peak RSS, the
//! outcome, and the time per MB relative to the 1 MB run; a shape is
//! flagged when 16 MB takes more than 10 s or 1 GB, or when its time per MB
//! grows more than 3× from the smallest to the largest size.
//!
//! The shapes rebuild the findings of an adversarial review (each is also
//! a small-scale test in `tests/hostile.rs`).

use std::process::Command;
use std::time::Instant;

/// One adversarial shape: a name and a generator for about `n` bytes.
struct Shape {
    name: &'static str,
    text_mode: bool,
    make: fn(usize) -> String,
}

fn repeat_until(n: usize, head: &str, mut unit: impl FnMut(usize) -> String) -> String {
    let mut s = String::with_capacity(n + 1024);
    s.push_str(head);
    let mut i = 0;
    while s.len() < n {
        s.push_str(&unit(i));
        i += 1;
    }
    s
}

/// `n` nested open elements of `tag`.
fn open(tag: &str, n: usize) -> String {
    format!("<{tag}>").repeat(n)
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "html-attrs",
        text_mode: false,
        make: |n| repeat_until(n, "<p>x</p>", |i| format!("<html a{i}=\"v\">")),
    },
    Shape {
        name: "body-attrs",
        text_mode: false,
        make: |n| repeat_until(n, "<p>x</p>", |i| format!("<body b{i}>")),
    },
    Shape {
        name: "deep-noop-end-tags",
        text_mode: false,
        make: |n| {
            repeat_until(n, &open("span", 9_900), |i| {
                ["</x>", "</form>", "</template>"][i % 3].into()
            })
        },
    },
    Shape {
        name: "deep-forms",
        text_mode: false,
        make: |n| repeat_until(n, &open("div", 9_900), |_| "<form>".into()),
    },
    Shape {
        name: "formatting-attrs",
        text_mode: false,
        make: |n| repeat_until(n, "<p>", |i| format!("<b id={i}>")),
    },
    Shape {
        name: "formatting-attrs-in-cell",
        text_mode: false,
        make: |n| repeat_until(n, "<table><tr><td>", |i| format!("<b id={i}>x")),
    },
    Shape {
        name: "many-attrs-per-tag",
        text_mode: false,
        make: |n| {
            repeat_until(n, "", |_| {
                let mut t = String::from("<div");
                for k in 0..16_000 {
                    t.push_str(&format!(" a{k}"));
                }
                t.push_str(">x</div>");
                t
            })
        },
    },
    // The same shapes kept just inside the default limits.
    Shape {
        name: "deep-150-noop-end-tags",
        text_mode: false,
        make: |n| {
            repeat_until(n, &open("span", 150), |i| {
                ["</x>", "</form>", "</template>"][i % 3].into()
            })
        },
    },
    Shape {
        name: "deep-150-forms",
        text_mode: false,
        make: |n| repeat_until(n, &open("div", 150), |_| "<form>".into()),
    },
    Shape {
        name: "formatting-runs-of-150",
        text_mode: false,
        make: |n| {
            repeat_until(n, "<p>", |i| {
                let mut t = String::new();
                for k in 0..150 {
                    t.push_str(&format!("<b id={i}-{k}>"));
                }
                t.push_str(&"</b>".repeat(150));
                t
            })
        },
    },
    Shape {
        name: "attrs-1000-per-tag",
        text_mode: false,
        make: |n| {
            repeat_until(n, "", |_| {
                let mut t = String::from("<div");
                for k in 0..1_000 {
                    t.push_str(&format!(" a{k}"));
                }
                t.push_str(">x</div>");
                t
            })
        },
    },
    Shape {
        name: "html-attrs-repeated-names",
        text_mode: false,
        make: |n| repeat_until(n, "<p>x</p>", |i| format!("<html a{}=\"v\">", i % 1_000)),
    },
    Shape {
        name: "text-bylines",
        text_mode: true,
        make: |n| repeat_until(n, "", |_| "Headline Looking Line\nBy John Smith\n".into()),
    },
];

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Child mode: build one input, extract it once, print "secs rss_kib outcome".
fn run_one(name: &str, bytes: usize) {
    let shape = SHAPES.iter().find(|s| s.name == name).expect("known shape");
    let input = (shape.make)(bytes);
    let start = Instant::now();
    let result = if shape.text_mode {
        newsprint::extract_text(&input, None)
    } else {
        newsprint::extract(&input, None)
    };
    let secs = start.elapsed().as_secs_f64();
    let outcome = match result {
        Ok(a) => format!("ok, {} words", a.word_count),
        Err(e) => format!("error: {e}"),
    };
    println!("{secs:.3} {} {outcome}", peak_rss_kib());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--one") {
        run_one(&args[i + 1], args[i + 2].parse().expect("size"));
        return;
    }
    let list = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(|v| v.split(',').map(str::to_owned).collect::<Vec<_>>())
    };
    let sizes: Vec<usize> = list("--sizes")
        .map(|v| v.iter().filter_map(|s| s.parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 4, 16]);
    let shapes = list("--shapes");
    let exe = std::env::current_exe().expect("own path");
    println!(
        "{:<26} {:>5} {:>9} {:>9} {:>8}  outcome",
        "shape", "MB", "seconds", "peak MB", "s/MB ×"
    );
    let mut flagged = 0;
    for shape in SHAPES {
        if shapes
            .as_ref()
            .is_some_and(|s| !s.iter().any(|n| n == shape.name))
        {
            continue;
        }
        let mut first_rate = None;
        for &mb in &sizes {
            let out = Command::new(&exe)
                .args(["--one", shape.name, &(mb << 20).to_string()])
                .output()
                .expect("child runs");
            let line = String::from_utf8_lossy(&out.stdout).into_owned();
            let mut parts = line.trim().splitn(3, ' ');
            let secs: f64 = parts
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::NAN);
            let rss_mb = parts
                .next()
                .and_then(|s| s.parse::<u64>().ok())
                .unwrap_or(0)
                / 1024;
            let outcome = parts.next().unwrap_or("(child failed)").to_owned();
            let rate = secs / mb as f64;
            let growth = rate / *first_rate.get_or_insert(rate);
            let bad = !out.status.success()
                || (mb >= 16 && (secs > 10.0 || rss_mb > 1024))
                || (growth > 3.0 && secs > 0.5);
            flagged += usize::from(bad);
            println!(
                "{:<26} {:>5} {:>9.3} {:>9} {:>8.2}  {}{}",
                shape.name,
                mb,
                secs,
                rss_mb,
                growth,
                outcome,
                if bad { "  <-- FLAGGED" } else { "" }
            );
        }
    }
    if flagged > 0 {
        println!("{flagged} run(s) flagged");
        if args.iter().any(|a| a == "--check") {
            std::process::exit(1);
        }
    }
}
