//! The unattended keepalive (issue 8 §1): what counts as an extension, overlapping runs, PUT
//! answers without a token and listing entries without an id — end to end through the binary.

use crate::common;

use std::process::Output;

use base64::Engine;
use serde_json::{Value, json};

use crate::common::scripted::{Reply, Scripted};
use crate::common::{Env, ok, stderr_text, stdout_json, stdout_text};

fn puts_to(env: &Env, id: &str) -> usize {
    env.requests()
        .iter()
        .filter(|r| r["method"] == "PUT" && r["path"] == format!("/v1/dataSources/{id}"))
        .count()
}

/// `exp` has one-second resolution: a second extend right after the first (usually within the
/// same second) cannot move it, and still succeeds — a different token, valid for its lifetime.
#[test]
fn two_extends_in_a_row_both_succeed() {
    let env = Env::start();
    let id = env.data_sources()[1]["id"].as_str().unwrap().to_string();
    env.clear_requests();
    let mut tokens = Vec::new();
    for _ in 0..2 {
        let out = env.cmd().args(["extend", &id, "--json"]).output().unwrap();
        ok(&out);
        let r = &stdout_json(&out)[0];
        assert_eq!(r["result"], "extended", "{r}");
        tokens.push(env.api_get(&format!("/dataSources/{id}")).1["jwsToken"].clone());
    }
    assert_ne!(tokens[0], tokens[1], "each run got a new token");
    assert_eq!(puts_to(&env, &id), 2);
}

/// 4 overlapping keepalives over 50 short-lived data sources with slow writes: each data source
/// gets exactly one PUT, every run exits 0, and the others report it skipped as extended by
/// another run (they waited for its lock, then saw the fresh token).
#[test]
fn four_overlapping_keepalives_put_each_data_source_once() {
    let env = Env::start_with(&["--workers", "64"]);
    let bodies: String = (0..50)
        .map(|i| {
            json!({"url": format!("https://keepalive{i}.example/ds"), "tokenLifetimeMinutes": 5})
                .to_string()
                + "\n"
        })
        .collect();
    let out = env
        .cmd()
        .args(["register", "--from", "-", "--json"])
        .write_stdin(bodies)
        .output()
        .unwrap();
    ok(&out);
    let registered: Vec<String> = env
        .data_sources()
        .iter()
        .filter(|d| d["tokenLifetimeMinutes"] == 5)
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(registered.len(), 50);
    // Slower than the four runs take to start, so they all overlap every write; each run extends 16
    // at a time so that the 50 slow writes take a few rounds, not a dozen.
    env.faults(json!({"writeLatencyMs": 500}));
    env.clear_requests();
    let args = [
        "extend",
        "--all",
        "--if-expiring-within",
        "6h",
        "--parallel",
        "16",
        "--json",
    ];
    let outputs: Vec<Output> = std::thread::scope(|s| {
        let runs: Vec<_> = (0..4)
            .map(|_| {
                let mut c = env.cmd();
                c.args(args);
                s.spawn(move || c.output().unwrap())
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    for out in &outputs {
        ok(out);
    }
    let records: Vec<Value> = outputs
        .iter()
        .flat_map(|o| stdout_json(o).as_array().unwrap().clone())
        .collect();
    let requests = env.requests();
    for id in &registered {
        let puts = requests
            .iter()
            .filter(|r| r["method"] == "PUT" && r["path"] == format!("/v1/dataSources/{id}"))
            .count();
        assert_eq!(puts, 1, "{id}: one PUT across the four runs");
        let mine: Vec<&Value> = records.iter().filter(|r| r["id"] == id.as_str()).collect();
        assert_eq!(mine.len(), 4, "{id} reported by every run");
        assert_eq!(
            mine.iter().filter(|r| r["result"] == "extended").count(),
            1,
            "{mine:?}"
        );
        for r in mine.iter().filter(|r| r["result"] != "extended") {
            assert_eq!(r["result"], "skipped", "{r}");
            assert_eq!(r["reason"], "extended by another run", "{r}");
        }
    }
}

/// A data source another process holds locked is waited for (--lock-wait, default 2m), not skipped:
/// once the lock is free the run reads it again and, nobody having extended it, extends it.
#[test]
fn a_run_waits_for_a_held_lock_then_extends() {
    let env = Env::start();
    let id = env.data_sources()[1]["id"].as_str().unwrap().to_string();
    let locks = env.path().join("state/locks");
    std::fs::create_dir_all(&locks).unwrap();
    let file = std::fs::File::create(locks.join(format!("{id}.lock"))).unwrap();
    file.lock().unwrap();
    env.clear_requests();
    let mut c = env.cmd();
    c.args(["extend", &id, "--json"]);
    let out = std::thread::scope(|s| {
        let run = s.spawn(move || c.output().unwrap());
        std::thread::sleep(std::time::Duration::from_millis(500));
        assert_eq!(
            puts_to(&env, &id),
            0,
            "nothing is sent while the lock is held"
        );
        file.unlock().unwrap();
        run.join().unwrap()
    });
    ok(&out);
    assert_eq!(stdout_json(&out)[0]["result"], "extended");
    assert_eq!(puts_to(&env, &id), 1);
}

#[test]
fn a_bad_lock_wait_is_refused_before_anything_is_sent() {
    let env = Env::start();
    env.clear_requests();
    let out = env
        .cmd()
        .args(["extend", "--all", "--lock-wait", "soon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_text(&out);
    assert!(
        err.contains("--lock-wait") && err.contains("invalid duration 'soon'"),
        "{err}"
    );
    assert!(env.requests().is_empty());
}

/// A JWS with these claims (unsigned: extend decodes, it does not verify).
fn jws(iat: i64, lifetime_minutes: i64, jti: &str) -> String {
    let enc = |v: Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    format!(
        "{}.{}.c2ln",
        enc(json!({"alg": "RS256", "typ": "JWT", "kid": "k"})),
        enc(
            json!({"iat": iat, "exp": iat + lifetime_minutes * 60, "jti": jti,
            "aud": "A", "sub": "S", "com.cisco.datasource.url": "https://a.example/ds"})
        )
    )
}

fn data_source(id: Option<&str>, token: Option<String>) -> Value {
    let mut ds = json!({
        "schemaId": "5397013b-7920-4ffc-807c-e8a3e0a18f43",
        "url": "https://a.example/ds",
        "audience": "A",
        "subject": "S",
        "nonce": "n1",
        "tokenLifetimeMinutes": 60,
        "status": "active",
    });
    if let Some(id) = id {
        ds["id"] = json!(id);
    }
    if let Some(t) = token {
        ds["jwsToken"] = json!(t);
    }
    ds
}

/// A server shaped like the official spec's examples: a list entry without an id, and a PUT
/// answer without `jwsToken`. The entry without an id is one failed item (the run goes on); the
/// other is read back once after its PUT and judged from that.
#[test]
fn put_without_token_is_read_back_and_an_entry_without_id_is_one_failed_item() {
    let now = chrono::Utc::now().timestamp();
    let old = jws(now - 3000, 60, "old");
    let new = jws(now, 60, "new");
    let server = Scripted::start(vec![
        (
            "GET /v1/dataSources",
            vec![Reply::json(
                200,
                json!({"items": [
                    data_source(None, Some(jws(now - 3000, 60, "anon"))),
                    data_source(Some("ds-1"), Some(old.clone())),
                ]}),
            )],
        ),
        (
            "GET /v1/dataSources/ds-1",
            vec![
                // Read under the lock, then read back after the PUT.
                Reply::json(200, data_source(Some("ds-1"), Some(old.clone()))),
                Reply::json(200, data_source(Some("ds-1"), Some(new.clone()))),
            ],
        ),
        (
            "PUT /v1/dataSources/ds-1",
            vec![Reply::json(200, data_source(Some("ds-1"), None))],
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let out = common::std_cmd(dir.path())
        .env("BYODS_BASE_URL", server.base_url())
        .env("BYODS_TOKEN", "scripted-token")
        .args(["extend", "--all", "--parallel", "1", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_text(&out));
    let records = stdout_json(&out);
    let records = records.as_array().unwrap();
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["result"], "failed");
    assert_eq!(records[0]["id"], Value::Null);
    let error = records[0]["error"].as_str().unwrap();
    assert!(error.contains("without an id"), "{error}");
    assert!(
        error.contains("https://a.example/ds"),
        "named by its url: {error}"
    );
    assert_eq!(records[1]["id"], "ds-1");
    assert_eq!(records[1]["result"], "extended", "{}", records[1]);
    assert!(stderr_text(&out).contains("without an id"));
    let lines: Vec<String> = server
        .request_lines()
        .into_iter()
        .filter(|l| !l.contains("/schemas"))
        .collect();
    assert_eq!(
        lines,
        [
            "GET /v1/dataSources HTTP/1.1",
            "GET /v1/dataSources/ds-1 HTTP/1.1",
            "PUT /v1/dataSources/ds-1 HTTP/1.1",
            "GET /v1/dataSources/ds-1 HTTP/1.1",
        ]
    );
}

/// The read-back still holds the old token: not an extension (exit 8), and nothing is re-sent.
#[test]
fn a_read_back_with_the_old_token_is_a_failed_extension() {
    let now = chrono::Utc::now().timestamp();
    let old = jws(now - 3000, 60, "old");
    let server = Scripted::start(vec![
        (
            "GET /v1/dataSources/ds-1",
            vec![Reply::json(200, data_source(Some("ds-1"), Some(old)))],
        ),
        (
            "PUT /v1/dataSources/ds-1",
            vec![Reply::json(200, data_source(Some("ds-1"), None))],
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let out = common::std_cmd(dir.path())
        .env("BYODS_BASE_URL", server.base_url())
        .env("BYODS_TOKEN", "scripted-token")
        .args(["extend", "ds-1", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_text(&out));
    let r = &stdout_json(&out)[0];
    assert_eq!(r["result"], "failed");
    assert!(
        r["error"]
            .as_str()
            .unwrap()
            .contains("issued no newer token"),
        "{r}"
    );
    let lines = server.request_lines();
    assert_eq!(lines.iter().filter(|l| l.starts_with("PUT")).count(), 1);
    assert_eq!(lines.len(), 3, "GET, PUT, one read-back: {lines:?}");
}

// ---- check: thresholds relative to each token's lifetime (issue 8 §2) ------------------------

const FORKING: &str = "523e1b7f-4693-47bc-b84e-a7b7a505fb0b"; // seeded: 2 h token, about 55 min left

fn check(env: &Env, args: &[&str]) -> (i32, String) {
    let out = env.cmd().arg("check").args(args).output().unwrap();
    (out.status.code().unwrap(), stdout_text(&out))
}

#[test]
fn check_takes_shares_of_the_lifetime_durations_and_a_mix() {
    let env = Env::start();
    let on = |extra: &[&str]| check(&env, &[&["--schema", FORKING][..], extra].concat());
    // 55 minutes left of 2 hours is 46%.
    let (code, text) = on(&[]);
    assert_eq!(code, 0, "default 20%/10%: {text}");
    assert!(
        text.lines().nth(1).unwrap().ends_with(", lifetime 2h"),
        "{text}"
    );
    assert_eq!(on(&["--warn-before", "50%", "--crit-before", "20%"]).0, 1);
    assert_eq!(on(&["--warn-before", "90%", "--crit-before", "50%"]).0, 2);
    assert_eq!(on(&["--warn-before", "40%", "--crit-before", "20%"]).0, 0);
    // Absolute durations as before.
    assert_eq!(on(&["--warn-before", "2h", "--crit-before", "1h"]).0, 2);
    assert_eq!(on(&["--warn-before", "2h", "--crit-before", "30m"]).0, 1);
    // Mixed: either form on either side.
    assert_eq!(on(&["--warn-before", "50%", "--crit-before", "1h"]).0, 2);
    assert_eq!(on(&["--warn-before", "6h", "--crit-before", "20%"]).0, 1);
    assert_eq!(on(&["--warn-before", "30%", "--crit-before", "30m"]).0, 0);
    // JSON: the thresholds as given, each data source's lifetime and its own thresholds.
    let out = env
        .cmd()
        .args([
            "check",
            "--schema",
            FORKING,
            "--warn-before",
            "50%",
            "--crit-before",
            "1h",
            "--json",
        ])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["thresholds"]["warnBefore"], "50%");
    assert!(v["thresholds"]["warnSeconds"].is_null());
    assert_eq!(v["thresholds"]["critSeconds"], 3600);
    let ds = &v["dataSources"][0];
    assert_eq!(ds["lifetimeSeconds"], 7200);
    assert_eq!(ds["warnSeconds"], 3600);
    assert_eq!(ds["critSeconds"], 3600);
    assert_eq!(ds["state"], "CRITICAL");
}

#[test]
fn check_bad_thresholds_are_unknown_and_send_nothing() {
    let env = Env::start();
    env.clear_requests();
    for (args, needle) in [
        (
            &["--warn-before", "150%"][..],
            "--warn-before: invalid threshold '150%'",
        ),
        (
            &["--crit-before", "x%"][..],
            "--crit-before: invalid threshold 'x%'",
        ),
        (&["--warn-before=-5%"][..], "0% to 100%"),
        (
            &["--warn-before", "soon"][..],
            "a share of each token's lifetime (20%)",
        ),
        (
            &["--warn-before", "10%", "--crit-before", "20%"][..],
            "CRITICAL must be the nearer",
        ),
        (
            &["--warn-before", "1h", "--crit-before", "2h"][..],
            "CRITICAL must be the nearer",
        ),
    ] {
        let (code, text) = check(&env, args);
        assert_eq!(code, 3, "{args:?}: {text}");
        assert!(text.starts_with("BYODS UNKNOWN - "), "{text}");
        assert!(text.contains(needle), "{args:?}: {text}");
        let out = env
            .cmd()
            .arg("check")
            .args(args)
            .arg("--json")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3));
        assert_eq!(stdout_json(&out)["state"], "UNKNOWN");
    }
    assert!(env.requests().is_empty(), "bad thresholds send nothing");
}

/// `byods-keepalive; byods check` right after a keepalive is OK for tokens of an hour or less
/// (the absolute thresholds of old called every one of them CRITICAL), and the metrics carry each
/// token's lifetime.
#[test]
fn check_right_after_a_keepalive_is_ok_for_short_lifetimes() {
    let env = Env::start();
    let bodies: String = [60, 10, 1]
        .iter()
        .map(|m| {
            json!({"url": format!("https://short{m}.example/ds"), "tokenLifetimeMinutes": m})
                .to_string()
                + "\n"
        })
        .collect();
    ok(&env
        .cmd()
        .args(["register", "--from", "-"])
        .write_stdin(bodies)
        .output()
        .unwrap());
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deploy/byods-keepalive");
    let out = env
        .cmd_for(script.to_str().unwrap())
        .env("BYODS_BIN", common::bin())
        .output()
        .unwrap();
    ok(&out);
    let metrics = env.path().join("byods.prom");
    let out = env
        .cmd()
        .args(["check", "--ignore-disabled", "--prometheus"])
        .arg(&metrics)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout_text(&out));
    let text = stdout_text(&out);
    assert!(text.contains(", lifetime 1m"), "{text}");
    let prom = std::fs::read_to_string(&metrics).unwrap();
    assert!(prom.contains("# TYPE byods_datasource_token_lifetime_seconds gauge"));
    for seconds in [60, 600, 3600, 86_400] {
        assert!(
            prom.lines().any(
                |l| l.starts_with("byods_datasource_token_lifetime_seconds{")
                    && l.ends_with(&format!(" {seconds}"))
            ),
            "{seconds}: {prom}"
        );
    }
    // The same moment under the absolute thresholds of old: CRITICAL.
    let (code, _) = check(
        &env,
        &[
            "--ignore-disabled",
            "--warn-before",
            "6h",
            "--crit-before",
            "1h",
        ],
    );
    assert_eq!(code, 2);
}

/// The read-back itself fails: a failed item with the GET's exit code, saying the PUT was accepted.
#[test]
fn a_failed_read_back_is_a_failed_item_with_its_exit_code() {
    let now = chrono::Utc::now().timestamp();
    let server = Scripted::start(vec![
        (
            "GET /v1/dataSources/ds-1",
            vec![
                Reply::json(
                    200,
                    data_source(Some("ds-1"), Some(jws(now - 3000, 60, "old"))),
                ),
                Reply::json(404, json!({"message": "gone", "trackingId": "T1"})),
            ],
        ),
        (
            "PUT /v1/dataSources/ds-1",
            vec![Reply::json(200, data_source(Some("ds-1"), None))],
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let out = common::std_cmd(dir.path())
        .env("BYODS_BASE_URL", server.base_url())
        .env("BYODS_TOKEN", "scripted-token")
        .args(["extend", "ds-1", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr_text(&out));
    let r = &stdout_json(&out)[0];
    assert_eq!(r["result"], "failed");
    let error = r["error"].as_str().unwrap();
    assert!(
        error.contains("accepted the update") && error.contains("reading it back failed"),
        "{error}"
    );
    assert_eq!(
        server
            .request_lines()
            .iter()
            .filter(|l| l.starts_with("PUT"))
            .count(),
        1,
        "the PUT is not re-sent"
    );
}
