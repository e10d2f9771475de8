//! `ls`, `get`, `schemas`, output formats and `--jq`, end to end against a sandbox.

use crate::common;

use crate::common::{Env, stderr_text, stdout_json, stdout_text};
use predicates::prelude::*;
use serde_json::{Value, json};

#[test]
fn ls_prints_all_data_sources_as_json_when_piped() {
    let env = Env::start();
    let expected = env.data_sources();
    assert!(expected.len() >= 3, "the sandbox seeds demo data sources");
    let out = env.cmd().arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let listed = stdout_json(&out);
    let listed = listed.as_array().expect("a JSON array when piped");
    assert_eq!(listed.len(), expected.len());
    for (got, want) in listed.iter().zip(&expected) {
        // Raw fields pass through unchanged; derived values are under "byods".
        for (k, v) in want.as_object().unwrap() {
            assert_eq!(&got[k], v, "field {k} passes through");
        }
        assert!(got["byods"]["tokenExpiresAt"].is_string());
        assert!(got["byods"]["tokenSecondsLeft"].is_i64());
        assert!(got["byods"]["schemaServiceType"].is_string());
    }
}

#[test]
fn ls_jq_prints_raw_ids() {
    let env = Env::start();
    let ids: Vec<String> = env
        .data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let out = env
        .cmd()
        .args(["ls", "--json", "--jq", ".[].id"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout_text(&out), ids.join("\n") + "\n");
}

#[test]
fn ls_ndjson_prints_one_object_per_line() {
    let env = Env::start();
    let n = env.data_sources().len();
    let out = env.cmd().args(["ls", "-o", "ndjson"]).output().unwrap();
    let text = stdout_text(&out);
    assert_eq!(text.lines().count(), n);
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string());
    }
}

#[test]
fn ls_table_on_a_terminal() {
    let env = Env::start();
    let first = env.data_sources()[0]["id"].as_str().unwrap().to_string();
    let out = env
        .cmd()
        .arg("ls")
        .env("BYODS_FORCE_TTY", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = stdout_text(&out);
    let header = text.lines().next().unwrap();
    for col in ["ID", "STATUS", "AUDIENCE", "SCHEMA", "URL", "EXPIRES"] {
        assert!(header.contains(col), "{header}");
    }
    assert!(text.contains(&first));
    assert!(
        text.contains("EXPIRED"),
        "the seeded expired data source shows as EXPIRED:\n{text}"
    );
    assert!(
        text.contains("VoiceVirtualAgent"),
        "schema column shows the service type:\n{text}"
    );
    assert!(!text.contains('\x1b'), "NO_COLOR disables colour");
}

#[test]
fn ls_filters() {
    let env = Env::start();
    let all = env.data_sources();
    let disabled = all.iter().filter(|d| d["status"] == "disabled").count();
    assert!(disabled >= 1);
    let out = env
        .cmd()
        .args(["ls", "--status", "disabled", "--jq", "length"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&out).trim(), disabled.to_string());

    let schema = all[0]["schemaId"].as_str().unwrap();
    let with_schema = all.iter().filter(|d| d["schemaId"] == schema).count();
    let out = env
        .cmd()
        .args(["ls", "--schema", schema, "--jq", "length"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&out).trim(), with_schema.to_string());

    // --expiring-within includes expired ones and excludes long-lived ones.
    let out = env
        .cmd()
        .args(["ls", "--expiring-within", "2h"])
        .output()
        .unwrap();
    let soon = stdout_json(&out);
    let soon = soon.as_array().unwrap();
    assert!(!soon.is_empty() && soon.len() < all.len());
    for ds in soon {
        assert!(ds["byods"]["tokenSecondsLeft"].as_i64().unwrap() <= 7200);
    }
}

#[test]
fn get_shows_fields_and_decoded_claims() {
    let env = Env::start();
    let ds = &env.data_sources()[0];
    let id = ds["id"].as_str().unwrap();
    let out = env.cmd().args(["get", id]).output().unwrap();
    assert!(out.status.success());
    let got = stdout_json(&out);
    assert_eq!(got["id"], ds["id"]);
    assert_eq!(got["jwsToken"], ds["jwsToken"]);
    assert_eq!(
        got["byods"]["jws"]["claims"]["com.cisco.datasource.url"],
        ds["url"]
    );

    let out = env
        .cmd()
        .args(["get", id])
        .env("BYODS_FORCE_TTY", "1")
        .output()
        .unwrap();
    let text = stdout_text(&out);
    assert!(text.contains("token expires"), "{text}");
    assert!(text.contains("not verified"), "{text}");
}

#[test]
fn get_reads_ids_from_stdin_in_every_form() {
    let env = Env::start();
    let ids: Vec<String> = env
        .data_sources()
        .iter()
        .take(2)
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let lines = ids.join("\n") + "\n";
    let ndjson: String = ids
        .iter()
        .map(|i| json!({"id": i, "x": 1}).to_string() + "\n")
        .collect();
    let array = json!(ids.iter().map(|i| json!({"id": i})).collect::<Vec<_>>()).to_string();
    for input in [lines, ndjson, array] {
        let out = env
            .cmd()
            .args(["get", "-", "--jq", ".[].id"])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert!(out.status.success(), "{input}: {}", stderr_text(&out));
        assert_eq!(stdout_text(&out), ids.join("\n") + "\n", "input {input}");
    }
    // `ls` piped into `get` works as is.
    let listed = env.cmd().args(["ls", "--json"]).output().unwrap().stdout;
    let out = env
        .cmd()
        .args(["get", "-", "--jq", "length"])
        .write_stdin(listed)
        .output()
        .unwrap();
    assert_eq!(
        stdout_text(&out).trim(),
        env.data_sources().len().to_string()
    );
}

#[test]
fn get_unknown_id_exits_5_naming_it() {
    let env = Env::start();
    let missing = "00000000-0000-4000-8000-000000000000";
    env.cmd()
        .args(["get", missing])
        .assert()
        .code(5)
        .stdout("")
        .stderr(predicate::str::contains(missing).and(predicate::str::contains("not found")));
    // In a batch the found ones still print, and the exit code says one failed.
    let known = env.data_sources()[0]["id"].as_str().unwrap().to_string();
    let out = env
        .cmd()
        .args(["get", &known, missing, "--jq", ".[].id"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(stdout_text(&out).trim(), known);
    assert!(stderr_text(&out).contains(missing));
}

#[test]
fn get_in_parallel_keeps_the_order_of_the_ids_and_fetches_each_once() {
    let env = Env::start();
    let known: Vec<String> = env
        .data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let missing = "00000000-0000-4000-8000-000000000000";
    // Reversed, with a missing id in the middle and the first one asked twice.
    let mut asked: Vec<&str> = known.iter().rev().map(String::as_str).collect();
    asked.insert(1, missing);
    asked.push(known[known.len() - 1].as_str());
    env.clear_requests();
    let out = env
        .cmd()
        .args(["get", "--parallel", "3", "--jq", ".[].id"])
        .args(&asked)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr_text(&out));
    let text = stdout_text(&out);
    let printed: Vec<&str> = text.lines().map(|l| l.trim_matches('"')).collect();
    let expected: Vec<&str> = asked.iter().copied().filter(|id| *id != missing).collect();
    assert_eq!(printed, expected);
    assert!(stderr_text(&out).contains(missing), "{}", stderr_text(&out));
    // One GET per id asked, and the schema list once.
    let gets: Vec<String> = env
        .requests()
        .iter()
        .filter(|r| r["method"] == "GET")
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(gets.len(), asked.len() + 1, "{gets:?}");
    for id in &asked {
        let path = format!("/v1/dataSources/{id}");
        let times = if *id == asked[0] { 2 } else { 1 };
        assert_eq!(
            gets.iter().filter(|p| **p == path).count(),
            times,
            "{id}: {gets:?}"
        );
    }
}

#[test]
fn schemas_list_and_one() {
    let env = Env::start();
    let out = env
        .cmd()
        .args(["schemas", "--jq", ".[].id"])
        .output()
        .unwrap();
    let ids = stdout_text(&out);
    assert!(
        ids.contains("5397013b-7920-4ffc-807c-e8a3e0a18f43"),
        "{ids}"
    );
    assert_eq!(ids.lines().count(), 4);
    let out = env
        .cmd()
        .args(["schemas", "a38a10b7-43e4-4676-a076-a7d6dce9387d"])
        .output()
        .unwrap();
    let schema = stdout_json(&out);
    assert_eq!(schema["id"], "a38a10b7-43e4-4676-a076-a7d6dce9387d");
    assert!(schema["serviceType"].is_string());
    env.cmd()
        .args(["schemas", "00000000-0000-4000-8000-000000000000"])
        .assert()
        .code(5);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let env = Env::start();
    env.clear_requests();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["ls", "--jq", ".[] |"], 2, "invalid --jq program"),
        (
            &["ls", "--jq", "nosuchfunction"],
            2,
            "undefined filter 'nosuchfunction'",
        ),
        (
            &["ls", "--expiring-within", "soon"],
            2,
            "invalid duration 'soon'",
        ),
        (&["ls", "--expiring-within", "5x"], 2, "invalid duration"),
        (&["ls", "--schema", "../x"], 2, "invalid schema id"),
        (
            &["ls", "--schema", "5397013b-7920-4ffc-807c-e8a3e0a18f4X"],
            2,
            "expected a UUID",
        ),
        (&["get", "a/b"], 2, "invalid data source id 'a/b'"),
        (&["ls", "--status", "paused"], 2, "invalid value 'paused'"),
        (
            &["ls", "--timeout", "0"],
            2,
            "--timeout must be from 1 to 86400",
        ),
        (
            &["ls", "--timeout", "18446744073709551615"],
            2,
            "--timeout must be from 1 to 86400",
        ),
    ];
    for (args, code, message) in cases {
        env.cmd()
            .args(*args)
            .write_stdin("")
            .assert()
            .code(*code)
            .stdout("")
            .stderr(predicate::str::contains(*message));
    }
    assert_eq!(
        env.requests(),
        Vec::<Value>::new(),
        "no request reached the API"
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let env = Env::start();
    env.clear_requests();
    env.cmd()
        .args(["ls", "--base-url", "http://example.com/v1"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "plain http is only allowed to a loopback host",
        ));
    env.cmd()
        .env("BYODS_BASE_URL", "http://10.1.2.3:8080/v1")
        .arg("ls")
        .assert()
        .code(3);
    assert!(env.requests().is_empty());
}

#[test]
fn missing_credentials_exit_4() {
    let env = Env::start();
    env.bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .arg("ls")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("BYODS_TOKEN"));
}

#[test]
fn api_errors_carry_the_tracking_id_and_map_to_exit_codes() {
    let env = Env::start();
    env.cmd()
        .env("BYODS_TOKEN", "not-a-valid-token")
        .arg("ls")
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("HTTP 401")
                .and(predicate::str::contains("trackingId ROUTER_")),
        );
    let read_only = env.info["readOnlyToken"].as_str().unwrap();
    env.cmd()
        .env("BYODS_TOKEN", read_only)
        .arg("ls")
        .assert()
        .success();
}

#[test]
fn retries_429_with_retry_after_and_503_with_backoff() {
    let env = Env::start();
    env.faults(json!({"rateLimitEvery": 2, "retryAfter": 1}));
    env.clear_requests();
    let out = env.cmd().args(["ls", "--jq", "length"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let log = env.requests();
    assert!(
        log.iter().any(|r| r["status"] == 429),
        "a 429 was served: {log:?}"
    );
    assert_eq!(log.last().unwrap()["status"], 200);

    env.faults(json!({"rateLimitEvery": null, "errorRate": 1.0}));
    env.clear_requests();
    let out = env.cmd().args(["ls", "--timeout", "5"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(7),
        "503 after all retries is transient"
    );
    assert!(stderr_text(&out).contains("503"));
    let attempts = env
        .requests()
        .iter()
        .filter(|r| r["path"] == "/v1/dataSources")
        .count();
    assert_eq!(attempts, 5, "1 try + 4 retries");

    env.faults(json!({"errorRate": 0.0}));
    env.cmd().arg("ls").assert().success();
}

#[test]
fn follows_link_pagination() {
    let env = Env::start();
    let n = env.data_sources().len();
    env.faults(json!({"pageSize": 1}));
    env.clear_requests();
    let out = env.cmd().args(["ls", "--jq", "length"]).output().unwrap();
    assert_eq!(stdout_text(&out).trim(), n.to_string());
    let pages = env
        .requests()
        .iter()
        .filter(|r| r["path"] == "/v1/dataSources")
        .count();
    assert_eq!(pages, n, "one request per page of 1");
}

#[test]
fn verbose_trace_redacts_the_token() {
    let env = Env::start();
    let out = env.cmd().args(["-v", "ls"]).output().unwrap();
    let err = stderr_text(&out);
    assert!(err.contains("> GET"), "{err}");
    assert!(err.contains("Bearer [REDACTED]"));
    assert!(
        !err.contains(&env.token),
        "the token never appears in a trace"
    );
}

#[test]
fn closed_pipe_exits_quietly() {
    let env = Env::start();
    let mut child = common::std_cmd(env.path())
        .args(["ls", "-o", "ndjson"])
        .env("BYODS_BASE_URL", &env.base_url)
        .env("BYODS_TOKEN", &env.token)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away before anything is written
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr_text(&out), "");
}

#[test]
fn embedded_sandbox_needs_no_setup() {
    let env = Env::start();
    let out = env
        .bare_cmd()
        .args(["--sandbox", "ls", "--json", "--jq", ".[].id"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let ids = stdout_text(&out);
    assert!(ids.lines().count() >= 3, "{ids}");
    // State persists in the user's state dir: the same ids next time.
    let again = env
        .bare_cmd()
        .args(["--sandbox", "ls", "--jq", ".[].id"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&again), ids);
    assert!(env.path().join("state").join("sandbox.json").exists());
}

#[test]
fn token_file_from_a_file_or_stdin() {
    let env = Env::start();
    let file = env.path().join("token.txt");
    std::fs::write(&file, format!("Bearer {}\n", env.token)).unwrap();
    env.bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["ls", "--token-file"])
        .arg(&file)
        .assert()
        .success();
    env.bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["ls", "--token-file", "-"])
        .write_stdin(env.token.clone())
        .assert()
        .success();
    env.clear_requests();
    std::fs::write(&file, "\n").unwrap();
    env.bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["ls", "--token-file"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is empty"));
    env.bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["ls", "--token-file", "/nonexistent/token"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read /nonexistent/token"));
    assert!(env.requests().is_empty());
}

#[test]
fn loopback_traffic_never_goes_through_a_proxy() {
    let env = Env::start();
    // A proxy nothing listens on: had it been used, the request would fail.
    for var in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
        env.cmd()
            .env(var, "http://127.0.0.1:9")
            .args(["ls", "--timeout", "5"])
            .assert()
            .success();
    }
}

#[test]
fn an_unknown_schema_filter_is_an_error_not_an_empty_list() {
    let env = Env::start();
    let unknown = "00000000-0000-4000-8000-000000000000";
    env.cmd()
        .args(["ls", "--schema", unknown])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown schema"));
    env.cmd()
        .args(["extend", "--schema", unknown])
        .assert()
        .code(2);
    let out = env
        .cmd()
        .args(["check", "--schema", unknown])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "a monitoring check with a typo is UNKNOWN, not OK"
    );
    assert!(env.write_requests().is_empty());
    // Any letter case of a known id works.
    env.cmd()
        .args([
            "ls",
            "--schema",
            "5397013B-7920-4FFC-807C-E8A3E0A18F43",
            "--jq",
            "length",
        ])
        .assert()
        .success();
}

#[test]
fn the_embedded_sandbox_ignores_a_real_token_and_json_beats_byods_output() {
    let env = Env::start();
    env.bare_cmd()
        .env("BYODS_TOKEN", "a-real-webex-token")
        .args(["--sandbox", "ls", "--jq", "length"])
        .assert()
        .success();
    for format in ["table", "ndjson"] {
        let out = env
            .cmd()
            .env("BYODS_OUTPUT", format)
            .args(["ls", "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_text(&out));
        assert!(
            stdout_json(&out).is_array(),
            "--json wins over BYODS_OUTPUT={format}"
        );
    }
}

#[test]
fn an_empty_pipeline_is_nothing_to_do() {
    let env = Env::start();
    env.clear_requests();
    for (args, input) in [
        (vec!["get", "-"], ""),
        (vec!["extend", "-"], "[]"),
        (vec!["delete", "-"], "\n"),
    ] {
        let out = env.cmd().args(&args).write_stdin(input).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_text(&out));
        assert_eq!(stdout_json(&out), serde_json::json!([]), "{args:?}");
        assert!(stderr_text(&out).contains("nothing to do"));
    }
    assert!(env.write_requests().is_empty());
}

#[test]
fn closed_stderr_does_not_panic() {
    // `byods jwt decode a.b 2>&1 | true`: the error message meets a closed pipe.
    let env = Env::start();
    let mut child = common::std_cmd(env.path())
        .args(["jwt", "decode", "a.b"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(2), "a usage error, not a panic (101)");
}
