//! Crash safety (issue 9): `kill -9` at random moments during `token refresh` and `config set`
//! (store and config writes). After every kill the store and the config still parse; after the
//! loop the next command authenticates and no temp copy of a secret is left behind.
//! Rounds: `BYODS_KILLTEST_ROUNDS` (default 150 for CI: 60-125 kills by the machine's speed; `scripts/killtest` runs 500).

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use crate::common::{Env, stderr_text};
use serde_json::Value;

fn rounds() -> usize {
    std::env::var("BYODS_KILLTEST_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

fn parses(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} unreadable: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "{} does not parse after a kill: {e}\n{text}",
            path.display()
        )
    })
}

/// Files in `dir` that are neither the data files nor their locks: temp copies.
fn strays(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".json") && !n.ends_with(".lock"))
        .collect()
}

#[test]
#[allow(clippy::print_stderr)] // the figures scripts/killtest reports
fn kill_9_during_store_and_config_writes_never_corrupts_or_leaks() {
    let env = Env::start();
    env.use_credential_chain();
    std::fs::remove_file(env.path().join("sandbox-info.json")).unwrap();
    let config_dir = env.path().join("config");
    let store = config_dir.join("credentials.json");
    let config = config_dir.join("config.json");
    let mut killed = 0;
    for round in 0..rounds() {
        let mut cmd = env.std_cmd();
        if round % 2 == 0 {
            cmd.args(["token", "refresh"]);
        } else {
            cmd.args(["config", "set", "timeout"])
                .arg((round % 50 + 1).to_string());
        }
        let mut child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // 0-20 ms: from before the store is opened to about the rename (a run takes ~10-30 ms).
        let delay = (uuid::Uuid::new_v4().as_u128() % 20_000) as u64;
        std::thread::sleep(Duration::from_micros(delay));
        let _ = child.kill();
        // Counted only when the signal ended it (not when it had finished already).
        if child.wait().unwrap().signal() == Some(9) {
            killed += 1;
        }
        parses(&store);
        parses(&config);
    }
    assert!(killed > 0);
    let left_by_kills = strays(&config_dir).len();
    eprintln!(
        "{} rounds, {killed} processes killed by kill -9, {left_by_kills} temp files left mid-write; store and config parsed after every kill",
        rounds()
    );
    // The next command authenticates, and its write removes what killed runs left.
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["token", "refresh"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["config", "set", "timeout", "30"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(
        env.bare_cmd()
            .env("BYODS_BASE_URL", &env.base_url)
            .arg("ls")
            .output()
            .unwrap()
            .status
            .success()
    );
    assert_eq!(strays(&config_dir), Vec::<String>::new(), "stray files");
    // No secret outside the store: every file in the config dir but the store is secret-free.
    let secrets = parses(&store);
    let secret = secrets["profiles"]["default"]["clientSecret"]
        .as_str()
        .unwrap()
        .to_string();
    for entry in std::fs::read_dir(&config_dir).unwrap() {
        let path = entry.unwrap().path();
        if path != store {
            let text = std::fs::read(&path).unwrap();
            assert!(
                !String::from_utf8_lossy(&text).contains(&secret),
                "{} holds the client secret",
                path.display()
            );
        }
    }
}
