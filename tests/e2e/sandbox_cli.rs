//! `byods sandbox` as a user runs it: export lines, state that survives a restart, concurrency.

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::{Env, stderr_text, stdout_json, stdout_text};
use serde_json::json;

#[test]
fn prints_export_lines_that_other_programs_can_use() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = common::std_cmd(dir.path())
        .args(["sandbox", "--addr", "127.0.0.1:0", "--state"])
        .arg(dir.path().join("s.json"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = lines.next().unwrap().unwrap();
    let token = lines.next().unwrap().unwrap();
    let base = base
        .strip_prefix("export BYODS_BASE_URL=")
        .expect("first line exports the base URL");
    let token = token
        .strip_prefix("export BYODS_TOKEN=")
        .expect("second line exports the token");
    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with("/v1"),
        "{base}"
    );
    let out = common::std_cmd(dir.path())
        .args(["ls", "--jq", "length"])
        .env("BYODS_BASE_URL", base)
        .env("BYODS_TOKEN", token)
        .output()
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(stdout_text(&out).trim().parse::<usize>().unwrap() >= 3);
}

#[test]
fn json_startup_info_has_the_token_config_shape() {
    let env = Env::start();
    let info = &env.info;
    for key in ["baseUrl", "issuer", "jwksUrl", "token", "readOnlyToken"] {
        assert!(info[key].is_string(), "{key} in {info}");
    }
    for key in ["appId", "clientId", "clientSecret", "targetOrgId"] {
        assert!(info["serviceApp"][key].is_string(), "serviceApp.{key}");
    }
    assert!(info["tokenManager"]["personalAccessToken"].is_string());
    // The JWKS the info points at is served.
    let jwks = ureq::get(info["jwksUrl"].as_str().unwrap())
        .call()
        .unwrap()
        .into_body()
        .read_to_string()
        .unwrap();
    let jwks: serde_json::Value = serde_json::from_str(&jwks).unwrap();
    assert_eq!(jwks["keys"][0]["kty"], "RSA");
}

#[test]
fn the_request_log_records_what_was_sent_without_secrets() {
    let env = Env::start();
    env.clear_requests();
    env.cmd().arg("ls").assert().success();
    let log = env.requests();
    let paths: Vec<_> = log
        .iter()
        .map(|r| (r["method"].as_str().unwrap(), r["path"].as_str().unwrap()))
        .collect();
    assert!(paths.contains(&("GET", "/v1/dataSources")), "{paths:?}");
    assert!(log.iter().all(|r| r["status"] == 200));
    let text = serde_json::to_string(&log).unwrap();
    assert!(!text.contains(&env.token), "the log never holds a token");
}

#[test]
fn state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let start = || common::sandbox_child(dir.path(), &state, &[]);
    let list = |info: &serde_json::Value| {
        let out = common::std_cmd(dir.path())
            .args(["ls", "--jq", "[.[].id] | sort"])
            .env("BYODS_BASE_URL", info["baseUrl"].as_str().unwrap())
            .env("BYODS_TOKEN", info["token"].as_str().unwrap())
            .output()
            .unwrap();
        stdout_json(&out)
    };
    let (mut first, info) = start();
    let before = list(&info);
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(state.exists());
    let (mut second, info) = start();
    let after = list(&info);
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!(before, after);
    assert_eq!(before.as_array().unwrap().len(), 4);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&state).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn a_slow_api_hits_the_timeout_and_exits_7() {
    // Workers enough that every try (a GET, retried) times out on its own, none queued behind
    // an earlier slow answer.
    let env = Env::start_with(&["--workers", "16"]);
    env.faults(json!({"latencyMs": 3000}));
    // `schemas` reads one list (`ls` reads two, each timing out on every try): the timeout, its
    // retries and exit 7 are the same, in half the time.
    let out = env
        .cmd()
        .args(["schemas", "--timeout", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("timed out"),
        "{}",
        stderr_text(&out)
    );
}

#[test]
fn the_sandbox_refuses_to_listen_beyond_loopback() {
    let dir = tempfile::tempdir().unwrap();
    for addr in ["0.0.0.0:0", "[::]:0"] {
        let out = common::std_cmd(dir.path())
            .args(["sandbox", "--addr", addr, "--state"])
            .arg(dir.path().join("s.json"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{addr}");
        assert!(stderr_text(&out).contains("only listens on a loopback address"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn reset_starts_again_from_the_demo_data() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let start = |extra: &[&str]| common::sandbox_child(dir.path(), &state, extra);
    let byods = |info: &serde_json::Value, args: &[&str]| {
        common::std_cmd(dir.path())
            .args(args)
            .env("BYODS_BASE_URL", info["baseUrl"].as_str().unwrap())
            .env("BYODS_TOKEN", info["token"].as_str().unwrap())
            .output()
            .unwrap()
    };
    let ids = |info: &serde_json::Value| stdout_json(&byods(info, &["ls", "--jq", "[.[].id]"]));
    let (mut first, info) = start(&[]);
    let seeded = ids(&info);
    let gone = seeded[0].as_str().unwrap();
    let out = byods(&info, &["delete", gone, "--yes"]);
    assert!(out.status.success(), "{}", stderr_text(&out));
    first.kill().unwrap();
    first.wait().unwrap();
    // Without --reset the change is kept; with it, the demo data is back (four data sources).
    let (mut second, info) = start(&[]);
    assert_eq!(ids(&info).as_array().unwrap().len(), 3);
    second.kill().unwrap();
    second.wait().unwrap();
    let (mut third, info) = start(&["--reset"]);
    let after = ids(&info);
    third.kill().unwrap();
    third.wait().unwrap();
    assert_eq!(after.as_array().unwrap().len(), 4, "{after}");
}

/// `--spec-shapes`: list items shaped like the official spec's example (odd and unknown keys, every
/// second one without url, schemaId, status...), PUT answers without `jwsToken`. The client lists,
/// gets and extends all the same.
#[test]
fn the_client_copes_with_the_spec_shapes() {
    let env = Env::start_with(&["--spec-shapes"]);
    let listed = stdout_json(&env.cmd().args(["ls", "--json"]).output().unwrap());
    let items = listed.as_array().unwrap();
    assert_eq!(items.len(), 4, "{listed}");
    let sparse = &items[1];
    assert!(
        sparse.get("url").is_none(),
        "the sandbox sent a sparse item"
    );
    assert_eq!(sparse["DataSource"], "", "unknown keys pass through");
    assert!(sparse["sandboxUnknownField"].is_object());
    for item in items {
        assert!(
            item["byods"]["tokenExpiresAt"].is_string(),
            "expiry from the JWS: {item}"
        );
    }
    let id = sparse["id"].as_str().unwrap();

    // The table falls back to the JWS claims for what a sparse item leaves out.
    let table = env
        .cmd()
        .env("BYODS_FORCE_TTY", "1")
        .arg("ls")
        .output()
        .unwrap();
    assert!(table.status.success(), "{}", stderr_text(&table));
    assert!(
        stdout_text(&table).contains("https://fork.sandbox.byods.example/audio"),
        "{}",
        stdout_text(&table)
    );

    let got = env.cmd().args(["get", id, "--json"]).output().unwrap();
    assert!(got.status.success(), "{}", stderr_text(&got));
    assert_eq!(stdout_json(&got)["id"], id);

    env.clear_requests();
    let out = env.cmd().args(["extend", id, "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let result = stdout_json(&out);
    assert_eq!(result[0]["result"], "extended", "{result}");
    // The PUT answer had no jwsToken: the client read the data source back to judge it.
    let calls: Vec<(String, String)> = env
        .requests()
        .iter()
        .map(|r| {
            (
                r["method"].as_str().unwrap().to_string(),
                r["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let path = format!("/v1/dataSources/{id}");
    let put = calls
        .iter()
        .position(|c| c.0 == "PUT" && c.1 == path)
        .expect("one PUT");
    assert!(
        calls[put + 1..].iter().any(|c| c.0 == "GET" && c.1 == path),
        "a read-back after the PUT: {calls:?}"
    );
}

/// The emulator appends each write to a journal and fsyncs it before answering: a kill -9 right
/// after the writes loses none of them.
#[test]
fn writes_survive_a_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let start = || common::sandbox_child(dir.path(), &state, &[]);
    let byods = |info: &serde_json::Value, args: &[&str]| {
        let out = common::std_cmd(dir.path())
            .args(args)
            .env("BYODS_BASE_URL", info["baseUrl"].as_str().unwrap())
            .env("BYODS_TOKEN", info["token"].as_str().unwrap())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_text(&out));
        stdout_json(&out)
    };
    let listing = [
        "ls",
        "--jq",
        "[.[] | {id, nonce, updatedAt}] | sort_by(.id)",
    ];
    let (mut first, info) = start();
    let ids = byods(&info, &["ls", "--jq", "[.[].id]"]);
    byods(&info, &["extend", "--all", "--no-log"]);
    byods(&info, &["delete", ids[0].as_str().unwrap(), "--yes"]);
    let before = byods(&info, &listing);
    first.kill().unwrap(); // SIGKILL: no clean shutdown
    first.wait().unwrap();

    let (mut second, info) = start();
    let after = byods(&info, &listing);
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!(after, before);
    assert_eq!(after.as_array().unwrap().len(), 3);
}

/// GETs of the list and the schemas (`ls` needs both; the fault rules below hit whichever is first).
fn list_requests(env: &Env) -> usize {
    env.requests()
        .iter()
        .filter(|r| {
            r["method"] == "GET"
                && r["path"]
                    .as_str()
                    .is_some_and(|p| p.starts_with("/v1/dataSources"))
        })
        .count()
}

/// The sandbox's stall fault (`stallMs`) pauses mid-response; with a short `--timeout` the client
/// gives up on that answer and reads again.
#[test]
fn a_stall_mid_response_past_the_timeout_is_read_again() {
    let env = Env::start();
    env.faults(json!({"fail": [
        {"method": "GET", "pathPrefix": "/dataSources", "stallMs": 5000, "times": 1}
    ]}));
    env.clear_requests();
    let out = env
        .cmd()
        .args(["ls", "--timeout", "1", "--jq", "length"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(stdout_text(&out).trim(), "4");
    assert_eq!(list_requests(&env), 3, "list, schemas, and one retry");
}

/// The sandbox's reset fault breaks the connection mid-response; a read is simply sent again.
#[test]
fn a_reset_mid_response_on_a_read_is_sent_again() {
    let env = Env::start();
    env.faults(json!({"fail": [
        {"method": "GET", "pathPrefix": "/dataSources", "reset": true, "times": 1}
    ]}));
    env.clear_requests();
    let out = env.cmd().args(["ls", "--jq", "length"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(stdout_text(&out).trim(), "4");
    assert_eq!(list_requests(&env), 3, "list, schemas, and one retry");
}

/// `--workers 1`: one request is handled at a time (the bound itself is unit-tested in
/// `src/sandbox/server/tests.rs`); concurrent clients wait their turn and every one is served.
#[test]
fn one_worker_serves_concurrent_clients_in_turn() {
    let env = Env::start_with(&["--workers", "1"]);
    let before = env.data_sources().len();
    let children: Vec<_> = (0..8)
        .map(|n| {
            env.std_cmd()
                .env("BYODS_TOKEN", &env.token)
                .args(["register", "--url", &format!("https://worker{n}.example/x")])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr_text(&out));
    }
    assert_eq!(env.data_sources().len(), before + 8);
    let posts = env
        .requests()
        .iter()
        .filter(|r| r["method"] == "POST" && r["path"] == "/v1/dataSources")
        .count();
    assert_eq!(posts, 8, "each served once, none refused or re-sent");
}
