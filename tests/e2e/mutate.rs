//! register, update, extend, delete and the audit log, end to end against a sandbox.

use crate::common;

use std::process::Output;

use crate::common::{Env, ok, run, stderr_text, stdout_json, stdout_text};
use serde_json::{Value, json};

const VVA: &str = "5397013b-7920-4ffc-807c-e8a3e0a18f43";
const WS_VVA: &str = "a38a10b7-43e4-4676-a076-a7d6dce9387d";

fn run_stdin(env: &Env, args: &[&str], stdin: &str) -> Output {
    env.cmd()
        .args(args)
        .write_stdin(stdin.to_string())
        .output()
        .unwrap()
}

/// Exit 2 with `needle` in the message and not one write request sent.
fn assert_refused(env: &Env, out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr_text(out));
    assert!(
        stderr_text(out).contains(needle),
        "expected {needle:?} in: {}",
        stderr_text(out)
    );
    assert_eq!(env.write_requests(), Vec::<Value>::new(), "nothing is sent");
}

/// Seeded data sources: [0] fresh (24 h), [1] 55 min left, [2] disabled 30 min left, [3] expired.
fn seeded(env: &Env) -> Vec<Value> {
    env.data_sources()
}

fn uuid_like(text: &str) -> bool {
    text.len() == 36 && text.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

fn id_of(ds: &Value) -> String {
    ds["id"].as_str().unwrap().to_string()
}

fn puts(env: &Env) -> Vec<Value> {
    env.requests()
        .into_iter()
        .filter(|r| r["method"] == "PUT")
        .collect()
}

/// Asserts that each of `ds` got exactly one PUT answered `status`, and no other data source did.
fn assert_one_put_each(env: &Env, ds: &[Value], status: u16) {
    let mut answered: Vec<String> = puts(env)
        .iter()
        .filter(|r| r["status"] == status)
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    answered.sort();
    let mut expected: Vec<String> = ds
        .iter()
        .map(|d| format!("/v1/dataSources/{}", id_of(d)))
        .collect();
    expected.sort();
    assert_eq!(answered, expected, "one PUT per data source");
}

fn audit_lines(env: &Env) -> Vec<Value> {
    let path = env.path().join("state/audit.log");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn exp_of(ds: &Value) -> i64 {
    let token = ds["jwsToken"].as_str().unwrap();
    let claims = byods::jws::decode(token).unwrap().claims;
    claims["exp"].as_i64().unwrap()
}

// ---- register ------------------------------------------------------------------------------

#[test]
fn register_with_flags_creates_one_and_logs_it() {
    let env = Env::start();
    let before = seeded(&env).len();
    let out = run(
        &env,
        &[
            "register",
            "--url",
            "https://new.example/grpc",
            "--lifetime",
            "60",
            "--audience",
            "aud-1",
        ],
    );
    ok(&out);
    let created = stdout_json(&out);
    assert_eq!(created["url"], "https://new.example/grpc");
    assert_eq!(created["audience"], "aud-1");
    assert_eq!(created["subject"], "BYODS", "default subject");
    assert_eq!(created["schemaId"], VVA, "default schema");
    assert_eq!(created["tokenLifetimeMinutes"], 60);
    assert_eq!(seeded(&env).len(), before + 1);
    let writes = env.write_requests();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0]["method"], "POST");

    let log = audit_lines(&env);
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["operation"], "register");
    assert_eq!(log[0]["id"], created["id"]);
    assert_eq!(log[0]["status"], 200);
    assert_eq!(log[0]["result"], "ok");
    assert!(
        log[0]["trackingId"]
            .as_str()
            .unwrap()
            .starts_with("ROUTER_")
    );
    assert_eq!(log[0]["request"]["url"], "https://new.example/grpc");
    let raw = std::fs::read_to_string(env.path().join("state/audit.log")).unwrap();
    assert!(!raw.contains(created["jwsToken"].as_str().unwrap()));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(env.path().join("state/audit.log"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn register_table_output_on_a_terminal() {
    let env = Env::start();
    let out = env
        .cmd()
        .args(["register", "--url", "https://t.example/x", "--no-input"])
        .env("BYODS_FORCE_TTY", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    ok(&out);
    let text = stdout_text(&out);
    assert!(
        text.contains("url") && text.contains("https://t.example/x"),
        "{text}"
    );
    assert!(text.contains("token expires"), "{text}");
}

#[test]
fn register_bulk_from_stdin_ndjson_with_flag_overrides() {
    let env = Env::start();
    let ndjson = format!(
        "{{\"url\":\"https://a.example/1\"}}\n{{\"url\":\"https://a.example/2\",\"schemaId\":\"{WS_VVA}\",\"tokenLifetimeMinutes\":30}}\n"
    );
    let out = run_stdin(
        &env,
        &["register", "--from", "-", "--audience", "over"],
        &ndjson,
    );
    ok(&out);
    let created = stdout_json(&out);
    let created = created.as_array().unwrap();
    assert_eq!(created.len(), 2);
    assert!(created.iter().all(|c| c["audience"] == "over"));
    assert_eq!(created[1]["schemaId"], WS_VVA);
    assert_eq!(created[1]["tokenLifetimeMinutes"], 30);
    assert_eq!(env.write_requests().len(), 2);
}

#[test]
fn register_skeleton_prints_a_template_and_sends_nothing() {
    let env = Env::start();
    let out = run(&env, &["register", "--skeleton"]);
    ok(&out);
    let t = stdout_json(&out);
    assert_eq!(t["schemaId"], VVA);
    assert_eq!(t["tokenLifetimeMinutes"], 1440);
    assert_eq!(t["audience"], "BYODS");
    assert!(env.requests().is_empty());
}

#[test]
fn register_dry_run_prints_the_request_and_sends_nothing() {
    let env = Env::start();
    let out = run(
        &env,
        &["register", "--url", "https://dry.example", "--dry-run"],
    );
    ok(&out);
    let r = stdout_json(&out);
    assert_eq!(r["method"], "POST");
    assert_eq!(r["url"], format!("{}/dataSources", env.base_url));
    assert_eq!(r["body"]["url"], "https://dry.example");
    assert!(r["body"]["nonce"].is_string());
    assert!(env.write_requests().is_empty());
    assert!(audit_lines(&env).is_empty());
}

#[test]
fn register_bad_inputs_exit_2_and_send_nothing() {
    let env = Env::start();
    let url = ["--url", "https://ok.example"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--lifetime", "0"], "not a token lifetime"),
        (vec!["--lifetime", "1441"], "from 1 to 1440"),
        (vec!["--lifetime", "abc"], "not a token lifetime"),
        (vec!["--schema", "nope"], "unknown schema 'nope'"),
        (
            vec!["--schema", "00000000-0000-4000-8000-000000000000"],
            "unknown schema id",
        ),
    ];
    for (extra, needle) in cases {
        let mut args = vec!["register"];
        args.extend(url);
        args.extend(extra);
        assert_refused(&env, &run(&env, &args), needle);
    }
    assert_refused(
        &env,
        &run(&env, &["register", "--url", "/relative/path"]),
        "invalid url '/relative/path': it is not absolute",
    );
    assert_refused(
        &env,
        &run(&env, &["register", "--url", "ftp://x.example"]),
        "only https and http",
    );
    assert_refused(
        &env,
        &run(&env, &["register"]),
        "missing required flag --url",
    );
    assert_refused(
        &env,
        &run_stdin(
            &env,
            &["register", "--from", "-"],
            "{\"url\": \"https://x\",\n broken",
        ),
        "stdin line 1: invalid JSON",
    );
    assert_refused(
        &env,
        &run_stdin(
            &env,
            &["register", "--from", "-"],
            "[{\"url\":\"https://x.example\",\"tokenLifetimeMinutes\":0}]",
        ),
        "item 1: tokenLifetimeMinutes must be whole minutes",
    );
    assert_refused(
        &env,
        &run_stdin(&env, &["register", "--from", "-"], "[42]"),
        "item 1: expected a JSON object",
    );
}

#[test]
fn register_refuses_a_duplicate_url_and_schema_unless_allowed() {
    let env = Env::start();
    let existing = &seeded(&env)[0];
    let url = existing["url"].as_str().unwrap();
    let out = run(&env, &["register", "--url", url, "--schema", VVA]);
    assert_refused(&env, &out, "already has url");
    assert!(stderr_text(&out).contains(&id_of(existing)));
    let out = run(
        &env,
        &[
            "register",
            "--url",
            url,
            "--schema",
            VVA,
            "--allow-duplicate",
        ],
    );
    ok(&out);
    assert_eq!(env.write_requests().len(), 1);
}

#[test]
fn register_timed_out_post_is_not_resent_and_says_how_to_check() {
    let env = Env::start();
    let write_latency = std::time::Duration::from_millis(1500);
    env.faults(json!({"writeLatencyMs": write_latency.as_millis() as u64}));
    let out = run(
        &env,
        &[
            "--timeout",
            "1",
            "register",
            "--url",
            "https://slow.example/x",
        ],
    );
    let exited = std::time::Instant::now();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(err.contains("may have been created"), "{err}");
    assert!(
        err.contains("byods ls --json --jq '.[] | select(.url == \"https://slow.example/x\")'"),
        "{err}"
    );
    // The sandbox logs a POST when it has answered it, one write latency after it arrived. Every
    // POST byods sent was sent before it exited, so all are in the log one write latency later.
    let posts = || {
        env.requests()
            .iter()
            .filter(|r| r["method"] == "POST")
            .count()
    };
    while posts() == 0 && exited.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let settled = write_latency + std::time::Duration::from_millis(300);
    std::thread::sleep(settled.saturating_sub(exited.elapsed()));
    assert_eq!(posts(), 1, "sent once, never re-sent");
    assert_eq!(audit_lines(&env)[0]["result"], "unknown");
}

// ---- update --------------------------------------------------------------------------------

#[test]
fn update_sends_the_full_object_with_a_new_nonce() {
    let env = Env::start();
    let ds = seeded(&env)[1].clone();
    let id = id_of(&ds);
    let out = run(&env, &["update", &id, "--url", "https://moved.example/x"]);
    ok(&out);
    let (_, after) = env.api_get(&format!("/dataSources/{id}"));
    assert_eq!(after["url"], "https://moved.example/x");
    for kept in [
        "audience",
        "subject",
        "schemaId",
        "tokenLifetimeMinutes",
        "status",
    ] {
        assert_eq!(after[kept], ds[kept], "{kept} preserved");
    }
    assert_ne!(after["nonce"], ds["nonce"], "a new nonce");
    assert_eq!(puts(&env).len(), 1);
    assert_eq!(audit_lines(&env)[0]["operation"], "update");
}

#[test]
fn update_with_explicit_nonce_and_table_output() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[0]);
    let out = env
        .cmd()
        .args(["update", &id, "--nonce", "my-nonce", "--yes", "-o", "table"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    ok(&out);
    assert!(stdout_text(&out).contains("nonce"), "{}", stdout_text(&out));
    assert!(stdout_text(&out).contains("my-nonce"));
    assert_eq!(
        env.api_get(&format!("/dataSources/{id}")).1["nonce"],
        "my-nonce"
    );
}

#[test]
fn update_from_stdin_merges_an_edited_get() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[0]);
    let got = run(&env, &["get", &id, "--json"]);
    ok(&got);
    let mut doc = stdout_json(&got);
    doc["url"] = json!("https://piped.example/x");
    let out = run_stdin(&env, &["update", &id, "--from", "-"], &doc.to_string());
    ok(&out);
    let (_, after) = env.api_get(&format!("/dataSources/{id}"));
    assert_eq!(after["url"], "https://piped.example/x");
    assert_ne!(after["nonce"], doc["nonce"], "the copied nonce is renewed");
}

#[test]
fn update_disable_requires_a_message_and_enable_clears_it() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[0]);
    let out = run(&env, &["update", &id, "--status", "disabled"]);
    assert_refused(&env, &out, "requires an error message");
    let out = run(
        &env,
        &[
            "update",
            &id,
            "--status",
            "disabled",
            "--error-message",
            "maintenance",
        ],
    );
    ok(&out);
    let (_, after) = env.api_get(&format!("/dataSources/{id}"));
    assert_eq!(after["status"], "disabled");
    assert_eq!(after["errorMessage"], "maintenance");
    let out = run(&env, &["update", &id, "--status", "active"]);
    ok(&out);
    let body_sent = &audit_lines(&env)[1]["request"];
    assert_eq!(body_sent["errorMessage"], "");
    let (_, after) = env.api_get(&format!("/dataSources/{id}"));
    assert_eq!(after["status"], "active");
    assert!(after.get("errorMessage").is_none_or(|m| m == ""));
}

#[test]
fn update_dry_run_prints_the_put_and_sends_nothing() {
    let env = Env::start();
    let ds = seeded(&env)[0].clone();
    let id = id_of(&ds);
    let out = run(&env, &["update", &id, "--lifetime", "30", "--dry-run"]);
    ok(&out);
    let r = stdout_json(&out);
    assert_eq!(r["method"], "PUT");
    assert_eq!(r["url"], format!("{}/dataSources/{id}", env.base_url));
    assert_eq!(r["body"]["tokenLifetimeMinutes"], 30);
    assert_eq!(r["body"]["url"], ds["url"]);
    assert_eq!(r["body"]["status"], "active");
    assert!(r["body"].get("jwsToken").is_none());
    assert!(env.write_requests().is_empty());
}

#[test]
fn update_bad_inputs_exit_2_and_send_nothing() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[0]);
    for (args, needle) in [
        (vec!["--lifetime", "abc"], "not a token lifetime"),
        (vec!["--lifetime", "1441"], "not a token lifetime"),
        (vec!["--url", "relative/x"], "it is not absolute"),
        (vec!["--schema", "bad"], "unknown schema 'bad'"),
        (
            vec!["--schema", "00000000-0000-4000-8000-000000000000"],
            "unknown schema id",
        ),
        (vec![], "nothing to change"),
        (
            vec!["--error-message", "only a message"],
            "only goes with a disabled data source",
        ),
    ] {
        let mut all = vec!["update", id.as_str()];
        all.extend(args);
        assert_refused(&env, &run(&env, &all), needle);
    }
    assert_refused(
        &env,
        &run_stdin(&env, &["update", &id, "--from", "-"], "{not json"),
        "invalid JSON",
    );
    assert_refused(
        &env,
        &run_stdin(
            &env,
            &["update", &id, "--from", "-"],
            "{\"id\": \"someone-else\", \"url\": \"https://x.example\"}",
        ),
        "holds data source someone-else",
    );
}

#[test]
fn update_unknown_id_exits_5() {
    let env = Env::start();
    let out = run(&env, &["update", "no-such-id", "--audience", "x"]);
    assert_eq!(out.status.code(), Some(5));
    assert!(env.write_requests().is_empty());
}

// ---- extend --------------------------------------------------------------------------------

#[test]
fn extend_one_renews_the_token_and_keeps_its_lifetime() {
    let env = Env::start();
    let ds = seeded(&env)[1].clone();
    let id = id_of(&ds);
    let out = run(&env, &["extend", &id]);
    ok(&out);
    let records = stdout_json(&out);
    let r = &records[0];
    assert_eq!(r["id"], id.as_str());
    assert_eq!(r["result"], "extended");
    assert_eq!(r["nonceChanged"], true);
    assert!(r["gainedSeconds"].as_i64().unwrap() > 0);
    assert!(r["newExpiresAt"].as_str().unwrap() > r["oldExpiresAt"].as_str().unwrap());
    let (_, after) = env.api_get(&format!("/dataSources/{id}"));
    assert_ne!(after["jwsToken"], ds["jwsToken"]);
    assert!(exp_of(&after) > exp_of(&ds));
    assert_eq!(after["tokenLifetimeMinutes"], ds["tokenLifetimeMinutes"]);
    assert_eq!(after["url"], ds["url"]);
    assert_eq!(audit_lines(&env)[0]["operation"], "extend");
}

#[test]
fn extend_lifetime_flag_and_table_output() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[3]);
    let out = env
        .cmd()
        .args(["extend", &id, "--lifetime", "1440"])
        .env("BYODS_FORCE_TTY", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    ok(&out);
    let text = stdout_text(&out);
    assert!(text.starts_with("ID"), "{text}");
    assert!(text.contains("extended") && text.contains(&id), "{text}");
    assert_eq!(
        env.api_get(&format!("/dataSources/{id}")).1["tokenLifetimeMinutes"],
        1440
    );
}

#[test]
fn extend_all_reads_each_data_source_once_under_its_lock() {
    let env = Env::start();
    let ds = seeded(&env);
    let n = ds.len();
    env.clear_requests();
    let out = run(&env, &["extend", "--all", "-o", "ndjson"]);
    ok(&out);
    let lines: Vec<Value> = stdout_text(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), n);
    assert!(lines.iter().all(|l| l["result"] == "extended"));
    let requests = env.requests();
    let per_item_gets = requests
        .iter()
        .filter(|r| {
            r["method"] == "GET"
                && r["path"].as_str().unwrap().len() > "/v1/dataSources/".len()
                && r["path"] != "/v1/dataSources/schemas"
        })
        .count();
    // One GET each, under the lock: another run may have extended it since the listing.
    assert_eq!(per_item_gets, n, "{requests:#?}");
    assert_eq!(puts(&env).len(), n);
    assert_one_put_each(&env, &ds, 200);
}

#[test]
fn extend_ids_from_stdin() {
    let env = Env::start();
    let ds = seeded(&env);
    let ids = format!("{}\n{}\n", id_of(&ds[1]), id_of(&ds[3]));
    let out = run_stdin(&env, &["extend", "-"], &ids);
    ok(&out);
    let records = stdout_json(&out);
    assert_eq!(records.as_array().unwrap().len(), 2);
    assert_eq!(puts(&env).len(), 2);
}

#[test]
fn extend_if_expiring_within_skips_fresh_ones() {
    let env = Env::start();
    let ds = seeded(&env);
    let out = run(&env, &["extend", "--all", "--if-expiring-within", "2h"]);
    ok(&out);
    let records = stdout_json(&out);
    let by_id = |id: &str| {
        records
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .cloned()
            .unwrap()
    };
    let fresh = by_id(&id_of(&ds[0]));
    assert_eq!(fresh["result"], "skipped");
    assert!(fresh["reason"].as_str().unwrap().contains("not within 2h"));
    for d in &ds[1..] {
        assert_eq!(by_id(&id_of(d))["result"], "extended");
    }
    let put_paths: Vec<String> = puts(&env)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    assert!(!put_paths.iter().any(|p| p.ends_with(&id_of(&ds[0]))));
    assert_eq!(put_paths.len(), ds.len() - 1);
    assert_one_put_each(&env, &ds[1..], 200);
}

#[test]
fn extend_status_filter_selects_from_the_listing() {
    let env = Env::start();
    let out = run(&env, &["extend", "--status", "disabled"]);
    ok(&out);
    let records = stdout_json(&out);
    assert_eq!(records.as_array().unwrap().len(), 1);
    assert_eq!(records[0]["id"], seeded(&env)[2]["id"]);
    assert_eq!(seeded(&env)[2]["status"], "disabled", "stays disabled");
}

#[test]
fn extend_bulk_goes_on_after_a_failure_in_the_middle() {
    let env = Env::start();
    let ds = seeded(&env);
    let bad = id_of(&ds[1]);
    env.faults(json!({"fail": [{"method": "PUT", "pathPrefix": format!("/dataSources/{bad}"), "status": 400}]}));
    let out = run(&env, &["extend", "--all", "--parallel", "1"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr_text(&out));
    let records = stdout_json(&out);
    let records = records.as_array().unwrap();
    assert_eq!(records.len(), ds.len(), "everything is reported");
    for (r, d) in records.iter().zip(&ds) {
        assert_eq!(r["id"], d["id"]);
        let want = if id_of(d) == bad {
            "failed"
        } else {
            "extended"
        };
        assert_eq!(r["result"], want, "{r}");
    }
    assert!(records[1]["error"].as_str().unwrap().contains("HTTP 400"));
    assert!(stderr_text(&out).contains(&bad));
    let log = audit_lines(&env);
    assert_eq!(log.iter().filter(|l| l["result"] == "failed").count(), 1);
    assert_eq!(
        log.iter().filter(|l| l["result"] == "ok").count(),
        ds.len() - 1
    );
}

#[test]
fn extend_rides_out_429_and_503() {
    let env = Env::start();
    let ds = seeded(&env);
    let n = ds.len();
    env.faults(json!({
        "rateLimitEvery": 3,
        "retryAfter": 1,
        "fail": [{"method": "PUT", "pathPrefix": "/dataSources/", "status": 503, "times": 2}],
    }));
    let out = run(&env, &["extend", "--all", "--parallel", "2"]);
    ok(&out);
    let records = stdout_json(&out);
    assert!(
        records
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["result"] == "extended"),
        "{records:#}"
    );
    let statuses: Vec<u64> = env
        .requests()
        .iter()
        .map(|r| r["status"].as_u64().unwrap())
        .collect();
    assert!(
        statuses.contains(&429) && statuses.contains(&503),
        "{statuses:?}"
    );
    assert_eq!(puts(&env).iter().filter(|r| r["status"] == 200).count(), n);
    assert_one_put_each(&env, &ds, 200);
}

#[test]
fn extend_fails_when_webex_returns_the_same_token() {
    let env = Env::start();
    env.faults(json!({"staleJwsOnUpdate": true}));
    let id = id_of(&seeded(&env)[1]);
    let out = run(&env, &["extend", &id]);
    assert_eq!(out.status.code(), Some(8), "{}", stderr_text(&out));
    let r = &stdout_json(&out)[0];
    assert_eq!(r["result"], "failed");
    assert!(
        r["error"]
            .as_str()
            .unwrap()
            .contains("issued no newer token")
    );
    assert_eq!(audit_lines(&env)[0]["result"], "failed");
}

#[test]
fn extend_skips_a_data_source_locked_by_another_process() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[1]);
    let locks = env.path().join("state/locks");
    std::fs::create_dir_all(&locks).unwrap();
    let file = std::fs::File::create(locks.join(format!("{id}.lock"))).unwrap();
    file.lock().unwrap();
    let out = run(&env, &["extend", &id, "--lock-wait", "0"]);
    ok(&out);
    let r = &stdout_json(&out)[0];
    assert_eq!(r["result"], "skipped");
    assert_eq!(r["reason"], "locked by another run");
    assert!(puts(&env).is_empty());
    file.unlock().unwrap();
    ok(&run(&env, &["extend", &id]));
    assert_eq!(puts(&env).len(), 1);
}

#[test]
fn two_overlapping_runs_extend_each_data_source_once() {
    let env = Env::start();
    let ds = seeded(&env);
    let stale: Vec<String> = ds[1..].iter().map(id_of).collect();
    assert!(stale.len() >= 3, "two stale ones before the contested one");
    let contested = stale.last().unwrap().clone();
    // Writes are slow, reads are not. Run B lists at once (`contested` still stale in its listing),
    // then spends one slow write on each earlier stale data source. Meanwhile run A extends
    // `contested` alone and releases its lock, long before B gets there: B takes a free lock on a
    // data source its listing says is stale, and only the re-read under the lock stops a second PUT.
    env.faults(json!({"writeLatencyMs": 1000}));
    env.clear_requests();
    let args = [
        "extend",
        "--if-expiring-within",
        "23h",
        "--lifetime",
        "1440",
    ];
    let second = env
        .std_cmd()
        .env("BYODS_TOKEN", &env.token)
        .args(args)
        .args(["--all", "--parallel", "1"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let listed = || {
        env.requests()
            .iter()
            .any(|r| r["method"] == "GET" && r["path"] == "/v1/dataSources")
    };
    for _ in 0..200 {
        if listed() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(listed(), "run B listed the data sources");
    let a = run(&env, &[&args[..], &[contested.as_str()]].concat());
    let b = second.wait_with_output().unwrap();
    ok(&a);
    ok(&b);
    // The order that makes this test mean something: A's PUT, then B's read of the same one.
    let on_contested: Vec<Value> = env
        .requests()
        .into_iter()
        .filter(|r| r["path"] == format!("/v1/dataSources/{contested}"))
        .map(|r| r["method"].clone())
        .collect();
    assert_eq!(
        on_contested,
        [json!("GET"), json!("PUT"), json!("GET")],
        "A reads and writes, then B re-reads under the lock"
    );
    let b_records = stdout_json(&b).as_array().unwrap().clone();
    let b_contested = b_records
        .iter()
        .find(|r| r["id"] == contested.as_str())
        .unwrap();
    assert_eq!(b_contested["result"], "skipped", "{b_contested}");
    let reason = b_contested["reason"].as_str().unwrap();
    assert!(
        reason == "extended by another run",
        "skipped on the state re-read under the lock, not on a held lock: {reason}"
    );
    let puts = puts(&env);
    for d in &stale {
        let n = puts
            .iter()
            .filter(|r| r["path"].as_str().unwrap().ends_with(d.as_str()))
            .count();
        assert_eq!(n, 1, "{d} extended once across both runs");
    }
    assert_eq!(puts.len(), stale.len());
    // And both runs' reports and the audit log agree: each stale one extended by exactly one run.
    let a_records = match stdout_json(&a) {
        Value::Array(records) => records,
        record => vec![record],
    };
    let mut extended: Vec<String> = a_records
        .iter()
        .chain(&b_records)
        .filter(|r| r["result"] == "extended")
        .map(id_of)
        .collect();
    extended.sort();
    let mut stale = stale;
    stale.sort();
    assert_eq!(extended, stale);
    let ok_in_log = audit_lines(&env)
        .iter()
        .filter(|l| l["result"] == "ok")
        .count();
    assert_eq!(ok_in_log, stale.len());
}

#[test]
fn extend_dry_run_and_bad_inputs_send_nothing() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[1]);
    let out = run(&env, &["extend", &id, "--dry-run"]);
    ok(&out);
    let r = &stdout_json(&out)[0];
    assert_eq!(r["method"], "PUT");
    assert_eq!(r["body"]["tokenLifetimeMinutes"], 120);
    assert!(env.write_requests().is_empty());
    assert_refused(&env, &run(&env, &["extend"]), "which data sources?");
    assert_refused(
        &env,
        &run(&env, &["extend", &id, "--lifetime", "0"]),
        "not a token lifetime",
    );
    assert_refused(
        &env,
        &run(&env, &["extend", "--all", "--if-expiring-within", "soon"]),
        "invalid duration 'soon'",
    );
    assert_refused(
        &env,
        &run(&env, &["extend", &id, "--status", "active"]),
        "use them with --all",
    );
    assert_refused(
        &env,
        &run_stdin(&env, &["extend", "-"], "{\"id\": broken}"),
        "invalid JSON",
    );
}

// ---- delete --------------------------------------------------------------------------------

#[test]
fn delete_needs_yes_without_a_terminal() {
    let env = Env::start();
    let id = id_of(&seeded(&env)[0]);
    assert_refused(&env, &run(&env, &["delete", &id]), "pass --yes");
    let out = run(&env, &["delete", &id, "--dry-run"]);
    ok(&out);
    assert_eq!(stdout_json(&out)[0]["method"], "DELETE");
    assert!(env.write_requests().is_empty());
    let out = run(&env, &["delete", &id, "--yes"]);
    ok(&out);
    assert_eq!(stdout_json(&out)[0]["result"], "deleted");
    assert_eq!(stdout_json(&out)[0]["status"], 204);
    assert_eq!(env.api_get(&format!("/dataSources/{id}")).0, 404);
    let log = audit_lines(&env);
    assert_eq!(
        (log[0]["operation"].as_str(), log[0]["status"].as_u64()),
        (Some("delete"), Some(204))
    );
}

#[test]
fn delete_many_from_stdin_reports_each() {
    let env = Env::start();
    let ds = seeded(&env);
    let input = format!("{}\nno-such-id\n", id_of(&ds[2]));
    let out = run_stdin(&env, &["delete", "-", "--yes"], &input);
    assert_eq!(out.status.code(), Some(5));
    let records = stdout_json(&out);
    assert_eq!(records[0]["result"], "deleted");
    assert_eq!(records[1]["result"], "failed");
    assert_eq!(seeded(&env).len(), ds.len() - 1);
}

// ---- audit log -----------------------------------------------------------------------------

#[test]
fn log_reads_back_filters_and_can_be_turned_off() {
    let env = Env::start();
    let ds = seeded(&env);
    ok(&run(&env, &["extend", &id_of(&ds[1])]));
    ok(&run(&env, &["update", &id_of(&ds[0]), "--audience", "x"]));
    ok(&run(
        &env,
        &["update", &id_of(&ds[0]), "--audience", "y", "--no-log"],
    ));
    let config = env.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.json"),
        r#"{"profiles": {"default": {"auditLog": false}}}"#,
    )
    .unwrap();
    ok(&run(&env, &["update", &id_of(&ds[0]), "--audience", "z"]));
    std::fs::remove_file(config.join("config.json")).unwrap();

    let out = run(&env, &["log"]);
    ok(&out);
    let all = stdout_json(&out);
    assert_eq!(all.as_array().unwrap().len(), 2, "{all:#}");
    let out = run(&env, &["log", "--operation", "update", "--jq", ".[].id"]);
    ok(&out);
    assert_eq!(stdout_text(&out), format!("{}\n", id_of(&ds[0])));
    let out = run(&env, &["log", "--since", "1h"]);
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 2);
    assert!(
        !std::fs::read_to_string(env.path().join("state/audit.log"))
            .unwrap()
            .contains("eyJ"),
        "no token in the log"
    );
    env.clear_requests();
    assert_refused(
        &env,
        &run(&env, &["log", "--since", "yesterday"]),
        "invalid duration",
    );
}

// ---- prompts through a pseudo-terminal ------------------------------------------------------

#[test]
fn register_guided_prompts_on_a_terminal() {
    let env = Env::start();
    let before = seeded(&env).len();
    let (code, output) = common::pty::run(
        &env,
        &["register"],
        &[
            ("Data source URL: ", "relative/x"),
            ("it is not absolute", ""),
            ("Data source URL: ", "https://guided.example/x"),
            ("Choice [1]: ", "2"),
            ("Audience [BYODS]: ", ""),
            ("Subject [BYODS]: ", "me"),
            ("Nonce [", ""),
            ("Token lifetime in minutes [1440]: ", "0"),
            ("Token lifetime in minutes [1440]: ", "90"),
            ("Register this data source? [y/N]: ", "y"),
        ],
    );
    assert_eq!(code, Some(0), "{output}");
    // The schema picker shows each schema's service type and description.
    assert!(
        output.contains("VoiceVirtualAgent — Voice Virtual Agent"),
        "{output}"
    );
    assert!(output.contains("AudioForking"), "{output}");
    let all = seeded(&env);
    assert_eq!(all.len(), before + 1);
    let created = all.last().unwrap();
    assert_eq!(created["url"], "https://guided.example/x");
    assert_eq!(created["audience"], "BYODS");
    assert_eq!(created["subject"], "me");
    assert_eq!(created["tokenLifetimeMinutes"], 90);
    // Enter took the fresh UUID the nonce prompt offered.
    let nonce = created["nonce"].as_str().unwrap();
    assert!(uuid_like(nonce), "{nonce}");
    assert!(output.contains(&format!("Nonce [{nonce}]")), "{output}");
    // Choice 2 is the second schema in the API's list.
    let schemas = env.api_get("/dataSources/schemas").1;
    assert_eq!(created["schemaId"], schemas["items"][1]["id"]);
}

#[test]
fn register_guided_can_be_cancelled() {
    let env = Env::start();
    let (code, output) = common::pty::run(
        &env,
        &[
            "register",
            "--schema",
            VVA,
            "--audience",
            "a",
            "--subject",
            "s",
            "--lifetime",
            "5",
        ],
        &[
            ("Data source URL: ", "https://cancel.example"),
            ("Nonce [", ""),
            ("Register this data source? [y/N]: ", "n"),
        ],
    );
    assert_eq!(code, Some(130), "{output}");
    assert!(output.contains("cancelled: nothing was sent"));
    assert!(env.write_requests().is_empty());
}

#[test]
fn no_input_never_prompts_even_on_a_terminal() {
    let env = Env::start();
    let (code, output) = common::pty::run(&env, &["--no-input", "register"], &[]);
    assert_eq!(code, Some(2), "{output}");
    assert!(output.contains("missing required flag --url"), "{output}");
    assert!(env.write_requests().is_empty());
}

#[test]
fn update_shows_a_diff_and_asks_on_a_terminal() {
    let env = Env::start();
    let ds = seeded(&env)[0].clone();
    let id = id_of(&ds);
    let (code, output) = common::pty::run(
        &env,
        &["update", &id, "--audience", "new-aud"],
        &[("Apply? [y/N]: ", "n")],
    );
    assert_eq!(code, Some(130), "{output}");
    assert!(
        output.contains(&format!(
            "audience: {} → new-aud",
            ds["audience"].as_str().unwrap()
        )),
        "{output}"
    );
    assert!(output.contains("nonce: "), "{output}");
    assert!(env.write_requests().is_empty());
    let (code, output) = common::pty::run(
        &env,
        &["update", &id, "--audience", "new-aud"],
        &[("Apply? [y/N]: ", "y")],
    );
    assert_eq!(code, Some(0), "{output}");
    assert_eq!(
        env.api_get(&format!("/dataSources/{id}")).1["audience"],
        "new-aud"
    );
}

#[test]
fn delete_confirms_on_a_terminal() {
    let env = Env::start();
    let ds = seeded(&env)[3].clone();
    let id = id_of(&ds);
    let (code, output) = common::pty::run(
        &env,
        &["delete", &id],
        &[("This cannot be undone [y/N]: ", "")],
    );
    assert_eq!(code, Some(130), "{output}");
    assert!(
        output.contains(ds["url"].as_str().unwrap()),
        "shows what goes: {output}"
    );
    assert!(env.write_requests().is_empty());
    let (code, output) = common::pty::run(
        &env,
        &["delete", &id],
        &[("This cannot be undone [y/N]: ", "yes")],
    );
    assert_eq!(code, Some(0), "{output}");
    assert!(output.contains("deleted"), "{output}");
    assert_eq!(env.api_get(&format!("/dataSources/{id}")).0, 404);
}

#[test]
fn bulk_extend_draws_progress_on_a_terminal_only() {
    let env = Env::start();
    let (code, output) = common::pty::run(&env, &["extend", "--all"], &[]);
    assert_eq!(code, Some(0), "{output}");
    assert!(output.contains("extending ["), "{output}");
    let piped = run(&env, &["extend", "--all", "--dry-run"]);
    ok(&piped);
    assert!(!stderr_text(&piped).contains("extending ["));
}

#[test]
fn extend_with_a_shorter_lifetime_is_an_extension_not_a_failure() {
    let env = Env::start();
    let ds = seeded(&env)
        .into_iter()
        .find(|d| d["tokenLifetimeMinutes"] == 1440)
        .expect("a seeded data source with a 24 h token");
    let id = id_of(&ds);
    let out = run(&env, &["extend", &id, "--lifetime", "5", "-o", "ndjson"]);
    ok(&out);
    let line: Value = serde_json::from_str(stdout_text(&out).trim()).unwrap();
    assert_eq!(line["result"], "extended", "{line}");
    assert!(
        line["gainedSeconds"].as_i64().unwrap() < 0,
        "the token now expires sooner"
    );
    assert_eq!(
        env.api_get(&format!("/dataSources/{id}")).1["tokenLifetimeMinutes"],
        5
    );
}

#[test]
fn bulk_register_reports_every_item_in_input_order() {
    let env = Env::start();
    env.faults(json!({"fail": [{"method": "POST", "pathPrefix": "/v1/dataSources", "status": 400, "times": 1}]}));
    let input = "{\"url\":\"https://c1.example/x\"}\n{\"url\":\"https://c2.example/x\"}\n";
    let out = run_stdin(&env, &["register", "--from", "-"], input);
    assert_eq!(out.status.code(), Some(6), "{}", stderr_text(&out));
    let items: Vec<Value> = serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["byods"]["item"], 1);
    assert_eq!(items[0]["byods"]["result"], "failed");
    assert_eq!(items[0]["byods"]["url"], "https://c1.example/x");
    assert!(
        items[0]["byods"]["error"]
            .as_str()
            .unwrap()
            .contains("HTTP 400")
    );
    assert_eq!(items[1]["byods"]["item"], 2);
    assert_eq!(items[1]["byods"]["result"], "registered");
    assert_eq!(items[1]["url"], "https://c2.example/x");
    assert!(items[1]["id"].is_string());
    // A bad item is named by its place in the input.
    let out = run_stdin(
        &env,
        &["register", "--from", "-"],
        "{\"url\":\"https://ok.example\"}\n{\"url\":\"notaurl\"}\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_text(&out).contains("item 2: invalid url"),
        "{}",
        stderr_text(&out)
    );
}

#[test]
fn a_failed_change_keeps_its_tracking_id_in_the_audit_log() {
    let env = Env::start();
    let missing = "00000000-0000-4000-8000-000000000000";
    let out = run(&env, &["delete", missing, "--yes"]);
    assert_eq!(out.status.code(), Some(5));
    let last = audit_lines(&env).pop().expect("an audit line");
    assert_eq!(last["status"], 404);
    let tracking = last["trackingId"].as_str().expect("a tracking id");
    assert!(tracking.starts_with("ROUTER_"));
    assert!(
        stderr_text(&out).contains(tracking),
        "the same id is shown to the user"
    );
}

#[test]
fn delete_dry_run_validates_like_a_real_run() {
    let env = Env::start();
    let missing = "00000000-0000-4000-8000-000000000000";
    let out = run(&env, &["delete", missing, "--dry-run"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr_text(&out));
    let id = id_of(&seeded(&env)[0]);
    let out = run(&env, &["delete", &id, "--dry-run"]);
    ok(&out);
    let request: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(request[0]["method"], "DELETE");
    assert!(env.write_requests().is_empty());
}

#[test]
fn parallel_is_bounded_to_1_through_32() {
    let env = Env::start();
    for bad in ["0", "33", "-1", "many"] {
        env.clear_requests();
        let out = run(&env, &["extend", "--all", &format!("--parallel={bad}")]);
        assert_refused(&env, &out, "--parallel");
        assert!(env.requests().is_empty(), "not even a listing for {bad}");
    }
    for good in ["1", "32"] {
        env.clear_requests();
        let out = run(&env, &["extend", "--all", "--parallel", good, "--dry-run"]);
        ok(&out);
        assert!(env.write_requests().is_empty(), "a dry run writes nothing");
    }
}
