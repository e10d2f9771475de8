//! Issue 9: every defect an adversarial run found, each as a regression test through the real
//! binary. Bad inputs show their message, their exit code and that nothing was sent (the sandbox's
//! request log).

use crate::common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::process::{Output, Stdio};

use crate::common::{Env, stderr_text, stdout_text};
use base64::Engine;
use serde_json::{Value, json};

fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

/// Exit code `want`, a message containing `needle`, and nothing sent to the sandbox.
fn refused(env: &Env, out: &Output, want: i32, needle: &str) {
    let err = stderr_text(out);
    assert_eq!(code(out), Some(want), "stderr: {err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert!(
        env.requests().is_empty(),
        "nothing may be sent: {:?}",
        env.requests()
    );
}

// ---------- 2: unbounded reads ----------

#[test]
fn dev_zero_as_any_input_ends_at_once_with_exit_2() {
    let env = Env::start();
    env.clear_requests();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["register", "--from", "/dev/zero"], "limit"),
        (vec!["--token-file", "/dev/zero", "ls"], "limit"),
        (vec!["config", "import", "/dev/zero"], "limit"),
        (
            vec!["jwt", "verify", "a.b.c", "--jwks", "/dev/zero"],
            "limit",
        ),
    ];
    for (args, needle) in cases {
        let mut c = env.cmd();
        if args[0] == "--token-file" {
            c.env_remove("BYODS_TOKEN");
        }
        let out = c.args(&args).output().unwrap();
        refused(&env, &out, 2, needle);
    }
    // stdin: ids, documents, tokens.
    for args in [
        vec!["get", "-"],
        vec!["register", "--from", "-"],
        vec!["config", "import", "-"],
        vec!["--token-file", "-", "ls"],
    ] {
        let out = env
            .std_cmd()
            .env("BYODS_TOKEN", &env.token)
            .args(&args)
            .stdin(std::fs::File::open("/dev/zero").unwrap())
            .output()
            .unwrap();
        refused(&env, &out, 2, "limit");
    }
}

/// A server that answers every request with `head` then `body_len` bytes of 'a' (a JSON string that
/// never ends), and counts the requests.
fn endless_body_server(
    body_len: usize,
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            std::thread::spawn(move || {
                read_head(&mut stream);
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{{\"items\":[\"",
                    body_len + 13
                );
                let chunk = vec![b'a'; 64 * 1024];
                let mut left = body_len;
                while left > 0 {
                    let n = left.min(chunk.len());
                    if stream.write_all(&chunk[..n]).is_err() {
                        return;
                    }
                    left -= n;
                }
                let _ = stream.write_all(b"\"]}");
            });
        }
    });
    (format!("http://127.0.0.1:{port}/v1"), count)
}

fn read_head(stream: &mut std::net::TcpStream) -> String {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

#[test]
fn an_oversized_response_body_is_exit_7_without_retries() {
    let (base, count) = endless_body_server(64 * 1024 * 1024);
    let dir = tempfile::tempdir().unwrap();
    let out = common::std_cmd(dir.path())
        .env("BYODS_BASE_URL", &base)
        .env("BYODS_TOKEN", "token-for-a-hostile-api")
        .arg("ls")
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "{err}");
    assert!(err.contains("larger than the 16 MiB limit"), "{err}");
    // ls reads the schemas and the data sources: one request each at most, never a retry.
    let requests = count.load(std::sync::atomic::Ordering::SeqCst);
    assert!(requests <= 2, "no retry: {requests} requests");
}

// ---------- 3: lost updates in config.json ----------

#[test]
fn twenty_parallel_config_sets_are_all_kept() {
    let env = Env::start();
    let children: Vec<_> = (1..=20)
        .map(|n| {
            env.std_cmd()
                .args(["--profile", &format!("p{n}"), "config", "set", "timeout"])
                .arg(n.to_string())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let config: Value = serde_json::from_str(
        &std::fs::read_to_string(env.path().join("config/config.json")).unwrap(),
    )
    .unwrap();
    for n in 1..=20 {
        assert_eq!(
            config["profiles"][format!("p{n}")]["timeout"],
            json!(n),
            "profile p{n} lost its value: {config:#}"
        );
    }
}

// ---------- 5: malformed tokens ----------

#[test]
fn a_token_no_header_can_carry_is_refused_before_sending() {
    let env = Env::start();
    env.clear_requests();
    for bad in ["abc\r\nX: 1", "two words", "tab\there", "caf\u{e9}"] {
        let out = env
            .cmd()
            .env("BYODS_TOKEN", bad)
            .arg("ls")
            .output()
            .unwrap();
        refused(&env, &out, 3, "bearer token contains");
    }
    let file = env.path().join("token.txt");
    std::fs::write(&file, "line1\nline2\n").unwrap();
    let out = env
        .cmd()
        .env_remove("BYODS_TOKEN")
        .arg("--token-file")
        .arg(&file)
        .arg("ls")
        .output()
        .unwrap();
    refused(&env, &out, 3, "line break");
}

// ---------- 6: credentials in URLs ----------

#[test]
fn url_credentials_are_never_echoed_and_refused_in_data_sources() {
    let env = Env::start();
    env.clear_requests();
    let port = env
        .base_url
        .split(':')
        .nth(2)
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let with_userinfo = format!("http://user:Hunter2Secret@127.0.0.1:{port}/v1");
    let out = env
        .cmd()
        .args(["-v", "--base-url", &with_userinfo, "ls"])
        .output()
        .unwrap();
    refused(&env, &out, 3, "user name or password");
    assert!(!stderr_text(&out).contains("Hunter2Secret"));

    // A secret in the query string: redacted in the -v trace and in messages.
    let with_query = format!("{}?access_token=QuerySecret123", env.base_url);
    let out = env
        .cmd()
        .args(["-v", "--base-url", &with_query, "get", "no-such-id"])
        .output()
        .unwrap();
    let all = format!("{}{}", stderr_text(&out), stdout_text(&out));
    assert!(!all.contains("QuerySecret123"), "{all}");

    env.clear_requests();
    let out = env
        .cmd()
        .args([
            "register",
            "--url",
            "https://user:pw-Secret9@host.example/x",
        ])
        .output()
        .unwrap();
    refused(&env, &out, 2, "user name or password");
    assert!(!stderr_text(&out).contains("pw-Secret9"));
    let long = format!("https://host.example/{}", "x".repeat(100_000));
    let out = env
        .cmd()
        .args(["register", "--url", &long])
        .output()
        .unwrap();
    refused(&env, &out, 2, "longer than 2048 characters");
    assert!(
        stderr_text(&out).len() < 1000,
        "the URL is not echoed whole"
    );
}

// ---------- 8: forged tokens against the sandbox key set ----------

const SANDBOX_KEY1: &[u8] = include_bytes!("../../src/sandbox/keys/key1.pk8.der");
const SANDBOX_KID1: &str = "3f0c6b1e-6a0e-4d8f-9a51-5b0c1d2e3f01";

fn sign_with_sandbox_key(claims: &Value) -> String {
    use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let key = RsaKeyPair::from_pkcs8(SANDBOX_KEY1).unwrap();
    let header = json!({"kid": SANDBOX_KID1, "typ": "JWT", "alg": "RS256"});
    let input = format!("{}.{}", b64(&header), b64(claims));
    let mut sig = vec![0; key.public().modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        input.as_bytes(),
        &mut sig,
    )
    .unwrap();
    format!(
        "{input}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sig)
    )
}

#[test]
fn the_sandbox_key_set_never_verifies_a_real_webex_issuer() {
    let env = Env::start();
    let now = chrono::Utc::now().timestamp();
    let forged = sign_with_sandbox_key(&json!({
        "iss": "https://idbroker.webex.com/idb", "aud": "a", "sub": "s",
        "iat": now - 10, "exp": now + 3600,
    }));
    let out = env
        .bare_cmd()
        .args(["--sandbox", "jwt", "verify", &forged, "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(8), "{}", stderr_text(&out));
    let report: Value = serde_json::from_str(&stdout_text(&out)).unwrap();
    assert_eq!(report["ok"], false);
    let issuer = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "issuer")
        .unwrap();
    assert_eq!(issuer["ok"], false, "{report:#}");
}

// ---------- 9: time claims and leeway ----------

#[test]
fn leeway_is_bounded_on_the_command_line() {
    let env = Env::start();
    let out = env
        .bare_cmd()
        .args(["jwt", "verify", "a.b.c", "--leeway", "400d"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(2));
    assert!(
        stderr_text(&out).contains("maximum"),
        "{}",
        stderr_text(&out)
    );
}

#[test]
fn a_token_not_valid_until_tomorrow_fails_verification() {
    let env = Env::start();
    let now = chrono::Utc::now().timestamp();
    // Signed by the running sandbox's key, with its issuer: only nbf is wrong.
    let iss = format!("{}/idb", env.base_url.trim_end_matches("/v1"));
    let token = sign_with_sandbox_key(&json!({
        "iss": iss, "aud": "a", "sub": "s",
        "iat": now - 10, "nbf": now + 86_400, "exp": now + 2 * 86_400,
    }));
    let out = env
        .cmd()
        .args(["jwt", "verify", &token, "--json", "--no-cache"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(8), "{}", stderr_text(&out));
    let report: Value = serde_json::from_str(&stdout_text(&out)).unwrap();
    let failed: Vec<&str> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["nbf"], "{report:#}");
}

// ---------- 11: pagination loops ----------

#[test]
fn a_link_back_to_a_visited_page_stops_the_listing() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let n = seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            read_head(&mut stream);
            let body = r#"{"items":[]}"#;
            // Page 1 links to page 2, which links back to page 1.
            let next = if n.is_multiple_of(2) {
                "/v1/dataSources?page=2"
            } else {
                "/v1/dataSources"
            };
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nLink: <http://127.0.0.1:{port}{next}>; rel=\"next\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let out = common::std_cmd(dir.path())
        .env("BYODS_BASE_URL", format!("http://127.0.0.1:{port}/v1"))
        .env("BYODS_TOKEN", "token-for-a-looping-api")
        .arg("ls")
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_ne!(code(&out), Some(0), "{err}");
    assert!(err.contains("pagination loops"), "{err}");
    // Two lists (schemas, data sources) of two pages each, plus the repeat: not 10,000.
    let requests = count.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        requests <= 6,
        "stopped at the first repeat, not after {requests}"
    );
}

// ---------- 13: boolean environment variables ----------

#[test]
fn boolean_environment_variables_take_the_usual_spellings() {
    let env = Env::start();
    for yes in ["1", "true", "YES", "on"] {
        let out = env
            .bare_cmd()
            .env("BYODS_NO_INPUT", yes)
            .args(["config", "get", "timeout"])
            .output()
            .unwrap();
        assert_eq!(code(&out), Some(5), "{yes}: {}", stderr_text(&out));
    }
    let out = env
        .bare_cmd()
        .env("BYODS_NO_INPUT", "maybe")
        .args(["config", "get", "timeout"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(2), "{}", stderr_text(&out));
    // BYODS_FORCE_TTY=yes renders a table, as 1 does.
    let out = env
        .cmd()
        .env("BYODS_FORCE_TTY", "yes")
        .env("NO_COLOR", "1")
        .arg("ls")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!stdout_text(&out).trim_start().starts_with('['), "a table");
}

// ---------- 14: credential helper timeout ----------

#[test]
fn a_hung_credential_helper_is_stopped_with_exit_3() {
    let env = Env::start();
    let helper = env.path().join("slow-helper.sh");
    std::fs::write(&helper, "#!/bin/sh\nexec sleep 30\n").unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .env("BYODS_STORE", format!("exec:{}", helper.display()))
        .env("BYODS_HELPER_TIMEOUT", "0.2")
        .arg("ls")
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(3), "{err}");
    assert!(
        err.contains("slow-helper.sh") && err.contains("did not finish"),
        "{err}"
    );
    // A helper printing without end is cut off at 64 KiB.
    let chatty = env.path().join("chatty-helper.sh");
    std::fs::write(&chatty, "#!/bin/sh\nexec cat /dev/zero\n").unwrap();
    std::fs::set_permissions(&chatty, std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .env("BYODS_STORE", format!("exec:{}", chatty.display()))
        .env("BYODS_HELPER_TIMEOUT", "5")
        .arg("ls")
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(3), "{err}");
    assert!(err.contains("64 KiB"), "{err}");
    let out = env
        .bare_cmd()
        .env("BYODS_STORE", "exec:true")
        .env("BYODS_HELPER_TIMEOUT", "forever")
        .arg("ls")
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(2), "{}", stderr_text(&out));
}

// ---------- 15: one unknown-outcome message ----------

#[test]
fn a_503_to_a_post_says_the_outcome_is_unknown() {
    let env = Env::start();
    env.faults(json!({"fail": [{"method": "POST", "pathPrefix": "/dataSources", "status": 503, "times": 1}]}));
    env.clear_requests();
    let out = env
        .cmd()
        .args(["register", "--url", "https://once.example/x"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "{err}");
    assert!(err.contains("may or may not have taken effect"), "{err}");
    assert_eq!(env.write_requests().len(), 1, "not re-sent");
}

// ---------- 4: a persistent 401 does not storm the token endpoint ----------

fn token_calls(env: &Env) -> usize {
    env.requests()
        .iter()
        .filter(|r| {
            r["method"] == "POST"
                && r["path"]
                    .as_str()
                    .is_some_and(|p| p.contains("access_token") || p.contains("/token"))
        })
        .count()
}

#[test]
fn a_persistent_401_renews_the_token_once_per_command() {
    let env = Env::start();
    env.use_credential_chain();
    let ok = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .arg("ls")
        .output()
        .unwrap();
    assert!(ok.status.success(), "{}", stderr_text(&ok));
    let ndjson: String = (0..20)
        .map(|n| format!("{{\"url\":\"https://many.example/{n}\"}}\n"))
        .collect();
    let out = env
        .cmd()
        .args(["register", "--from", "-"])
        .write_stdin(ndjson)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let ids: Vec<String> = (0..24).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    env.faults(json!({"fail": [
        {"method": "GET", "pathPrefix": "/dataSources/", "status": 401, "times": 100000},
        {"method": "PUT", "pathPrefix": "/dataSources/", "status": 401, "times": 100000}
    ]}));

    env.clear_requests();
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["get", "-"])
        .write_stdin(ids.join("\n"))
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(4), "{err}");
    assert!(
        token_calls(&env) <= 2,
        "get: {} token calls",
        token_calls(&env)
    );
    assert!(err.contains("even after it was renewed"), "{err}");

    env.clear_requests();
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["extend", "--all", "--no-input"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(4), "{err}");
    assert!(
        token_calls(&env) <= 2,
        "extend: {} token calls",
        token_calls(&env)
    );
}

// ---------- a table of bad inputs across commands ----------

#[test]
fn bad_inputs_across_commands_get_their_message_exit_code_and_no_request() {
    let env = Env::start();
    let huge_url = format!("https://a.example/{}", "x".repeat(5000));
    let cases: Vec<(Vec<&str>, &str, i32, &str)> = vec![
        (vec!["get", "a/b"], "", 2, "invalid data source id 'a/b'"),
        (
            vec!["get", "-"],
            "{broken\n",
            2,
            "stdin line 1: invalid JSON",
        ),
        (vec!["get", "-"], "[1]", 2, "expected an id"),
        (vec!["extend", "a b"], "", 2, "invalid data source id"),
        (
            vec!["update", "x?y", "--url", "https://a.example"],
            "",
            2,
            "invalid data source id",
        ),
        (
            vec!["delete", "--yes", "../etc"],
            "",
            2,
            "invalid data source id",
        ),
        (
            vec!["update", "00000000-0000-0000-0000-000000000000"],
            "",
            2,
            "nothing to change",
        ),
        (
            vec!["register", "--url", "ftp://x"],
            "",
            2,
            "only https and http",
        ),
        (
            vec!["register", "--url", &huge_url],
            "",
            2,
            "longer than 2048",
        ),
        (
            vec!["register", "--url", "https://u:p@a.example"],
            "",
            2,
            "user name or password",
        ),
        (
            vec!["register", "--url", "https://a.example", "--audience", ""],
            "",
            2,
            "audience must not be empty",
        ),
        (
            vec!["register", "--url", "https://a.example", "--lifetime", "0"],
            "",
            2,
            "not a token lifetime",
        ),
        (
            vec!["register", "--from", "-"],
            "{\"url\":1}",
            2,
            "url must be a string",
        ),
        (vec!["register", "--from", "-"], "", 2, "stdin is empty"),
        (
            vec!["register", "--from", "/nonexistent"],
            "",
            2,
            "cannot read /nonexistent",
        ),
        (
            vec!["ls", "--expiring-within", "nonsense"],
            "",
            2,
            "invalid duration 'nonsense'",
        ),
        (
            vec!["--timeout", "0", "ls"],
            "",
            2,
            "--timeout must be from 1",
        ),
        (vec!["-o", "yaml", "ls"], "", 2, "invalid value 'yaml'"),
        (vec!["--jq", ".[", "ls"], "", 2, "invalid --jq program"),
        (
            vec!["extend", "--all", "--parallel", "0"],
            "",
            2,
            "0 is not in 1..=32",
        ),
        (
            vec!["get", "x", "--parallel", "33"],
            "",
            2,
            "33 is not in 1..=32",
        ),
        (
            vec!["jwt", "decode", "not-a-jwt"],
            "",
            2,
            "3 dot-separated segments",
        ),
        (
            vec!["jwt", "verify", "a.b.c", "--leeway", "2d"],
            "",
            2,
            "1d maximum",
        ),
        (
            vec!["jwt", "verify", "a.b.c", "--jwks-max-stale", "soon"],
            "",
            2,
            "invalid duration 'soon'",
        ),
        (
            vec!["jwt", "verify", "a.b.c", "--region", "mars"],
            "",
            2,
            "unknown region 'mars'",
        ),
        (
            vec![
                "jwt",
                "verify",
                "a.b.c",
                "--jwks",
                "http://u:p@evil.example/k",
            ],
            "",
            2,
            "plain http",
        ),
        (
            vec!["config", "set", "timeout", "abc"],
            "",
            2,
            "whole number of seconds",
        ),
        (
            vec!["config", "set", "nonsense", "1"],
            "",
            2,
            "unknown setting 'nonsense'",
        ),
        (
            vec![
                "config",
                "set",
                "baseUrl",
                "https://u:PwSecret1@h.example/v1",
            ],
            "",
            2,
            "user name or password",
        ),
        (
            vec!["config", "import", "-"],
            "{not json",
            2,
            "is not valid JSON",
        ),
        (
            vec!["log", "--since", "yesterdayish"],
            "",
            2,
            "invalid duration",
        ),
        (
            vec!["--token-file", "/nonexistent", "ls"],
            "",
            2,
            "cannot read /nonexistent",
        ),
    ];
    for (args, stdin, want, needle) in &cases {
        env.clear_requests();
        let out = env
            .cmd()
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        let err = stderr_text(&out);
        assert_eq!(code(&out), Some(*want), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {needle:?} not in {err}");
        assert!(
            !err.contains("PwSecret1"),
            "{args:?} echoed a password: {err}"
        );
        assert!(
            env.requests().is_empty(),
            "{args:?} sent {:?}",
            env.requests()
        );
    }
    // A schema name is looked up in the API's schema list: an unknown one costs that one read and
    // is refused before any write.
    env.clear_requests();
    let out = env
        .cmd()
        .args(["register", "--url", "https://a.example", "--schema", "nope"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(2));
    assert!(stderr_text(&out).contains("unknown schema 'nope'"));
    let sent: Vec<(Value, Value)> = env
        .requests()
        .iter()
        .map(|r| (r["method"].clone(), r["path"].clone()))
        .collect();
    assert_eq!(sent, [(json!("GET"), json!("/v1/dataSources/schemas"))]);
}

// ---------- secrets never leave the store ----------

/// Every file under `dir`, recursively, except `skip`.
fn files_under(dir: &std::path::Path, skip: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path == skip {
            continue;
        }
        if path.is_dir() {
            files_under(&path, skip, found);
        } else {
            found.push(path);
        }
    }
}

#[test]
fn no_secret_appears_in_output_logs_or_files_across_the_command_matrix() {
    let env = Env::start();
    env.use_credential_chain();
    // Under umask 000, so a file left to the default mode would be world-writable: the mode check
    // at the end can only pass because byods sets each one.
    let chain = || {
        let mut c = env.cmd_for("sh");
        c.env_remove("BYODS_TOKEN")
            .arg("-c")
            .arg("umask 000 && exec \"$0\" \"$@\"")
            .arg(common::bin());
        c
    };
    // Mint and store service app tokens, so the store holds every kind of secret.
    let out = chain().args(["token", "refresh"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let store = env.path().join("config/credentials.json");
    let stored: Value = serde_json::from_str(&std::fs::read_to_string(&store).unwrap()).unwrap();
    let mut secrets: Vec<String> = stored["profiles"]["default"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !k.ends_with("ExpiresAt"))
        .filter_map(|(_, v)| v.as_str().map(str::to_string))
        .collect();
    let profile = &stored["profiles"]["default"];
    // Each kind the issue names is in the scan: client secrets, the PAT, the integration's refresh
    // token and the minted service app access and refresh tokens.
    for key in [
        "clientSecret",
        "personalAccessToken",
        "oauthClientSecret",
        "oauthRefreshToken",
        "accessToken",
        "refreshToken",
    ] {
        assert!(
            profile[key].is_string(),
            "{key} is scanned for: {profile:#}"
        );
    }
    let url_password = "UrlPassw0rdSecret";
    secrets.push(url_password.into());

    let id = env.data_sources()[0]["id"].as_str().unwrap().to_string();
    let port = env
        .base_url
        .split(':')
        .nth(2)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let userinfo_base = format!("http://user:{url_password}@127.0.0.1:{port}/v1");
    let query_base = format!("{}?access_token={url_password}", env.base_url);
    let userinfo_jwks =
        format!("http://user:{url_password}@127.0.0.1:{port}/idb/oauth2/v2/keys/verificationjwk");
    let jws = env.data_sources()[0]["jwsToken"]
        .as_str()
        .unwrap()
        .to_string();
    let matrix: Vec<Vec<String>> = [
        vec!["-v", "ls"],
        vec!["-v", "get", &id],
        vec!["-v", "get", "00000000-0000-0000-0000-000000000000"],
        vec!["-v", "extend", &id],
        vec!["-v", "update", &id, "--audience", "a2"],
        vec!["-v", "register", "--url", "https://scan.example/x"],
        vec![
            "-v",
            "register",
            "--url",
            "https://user:UrlPassw0rdSecret@scan.example/x",
        ],
        vec!["-v", "token", "print"],
        vec!["-v", "token", "status"],
        vec!["-v", "token", "refresh"],
        vec!["-v", "config", "list"],
        vec!["-v", "config", "get", "clientSecret"],
        vec!["-v", "check"],
        vec!["-v", "log"],
        vec!["-v", "--base-url", &userinfo_base, "ls"],
        vec!["-v", "--base-url", &query_base, "ls"],
        vec!["-v", "--timeout", "0", "ls"],
        vec!["-v", "--store", "exec:false", "ls"],
        vec!["-v", "jwt", "verify", "a.b.c"],
        vec!["-v", "jwt", "verify", &jws, "--jwks", &userinfo_jwks],
        vec!["-v", "jwt", "verify", &jws],
        vec!["-v", "doctor"],
        vec!["-v", "--token-file", "/dev/null", "ls"],
    ]
    .iter()
    .map(|v| v.iter().map(|s| s.to_string()).collect())
    .collect();
    let mut scanned = 0;
    for args in &matrix {
        let out = chain().args(args).output().unwrap();
        let mut text = stderr_text(&out);
        // `token print` prints the access token on stdout by design: its stdout is not scanned.
        if args.get(1..3) != Some(&["token".to_string(), "print".to_string()][..]) {
            text.push_str(&stdout_text(&out));
        }
        for s in &secrets {
            assert!(
                !text.contains(s.as_str()),
                "{args:?} printed a secret: {text}"
            );
        }
        scanned += 1;
    }
    // A 5xx and a 401 on the way: error paths print no secret either.
    env.faults(json!({"fail": [{"method": "GET", "pathPrefix": "/dataSources", "status": 500, "times": 20}]}));
    let out = chain().args(["-v", "ls"]).output().unwrap();
    let text = format!("{}{}", stderr_text(&out), stdout_text(&out));
    for s in &secrets {
        assert!(
            !text.contains(s.as_str()),
            "5xx path printed a secret: {text}"
        );
    }
    env.faults(json!({"fail": []}));
    env.control_post("expire-tokens", json!({"kind": "access"}));
    let out = chain().args(["-v", "ls"]).output().unwrap();
    let text = format!("{}{}", stderr_text(&out), stdout_text(&out));
    for s in &secrets {
        assert!(
            !text.contains(s.as_str()),
            "401 path printed a secret: {text}"
        );
    }
    // Every file byods wrote outside the store: config, audit log, caches, sandbox state aside.
    let mut files = Vec::new();
    for dir in [
        "config",
        "state",
        "cache",
        "home",
        "xdg-config",
        "xdg-state",
        "xdg-cache",
    ] {
        files_under(&env.path().join(dir), &store, &mut files);
    }
    let audit = files.iter().any(|f| f.ends_with("audit.log"));
    assert!(audit, "the audit log was written: {files:?}");
    for file in &files {
        let text = String::from_utf8_lossy(&std::fs::read(file).unwrap()).into_owned();
        for s in &secrets {
            assert!(
                !text.contains(s.as_str()),
                "{} holds a secret",
                file.display()
            );
        }
    }
    assert!(scanned >= 23);
    // What the README says: every file byods wrote in its config, state and cache dirs is 0600 in
    // 0700 directories (the store, config.json, the audit log, extend's state, key sets, locks).
    fn modes(dir: &std::path::Path, found: &mut Vec<(std::path::PathBuf, u32, bool)>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            found.push((
                path.clone(),
                meta.permissions().mode() & 0o777,
                meta.is_dir(),
            ));
            if meta.is_dir() {
                modes(&path, found);
            }
        }
    }
    let mut written = Vec::new();
    for dir in ["config", "state", "cache"] {
        let root = env.path().join(dir);
        if !root.exists() {
            continue;
        }
        written.push((
            root.clone(),
            std::fs::metadata(&root).unwrap().permissions().mode() & 0o777,
            true,
        ));
        modes(&root, &mut written);
    }
    for name in ["credentials.json", "config.json", "audit.log", "jwks"] {
        assert!(
            written.iter().any(|(p, _, _)| p.ends_with(name)),
            "{name} was written: {written:?}"
        );
    }
    for (path, mode, is_dir) in &written {
        let want = if *is_dir { 0o700 } else { 0o600 };
        assert_eq!(*mode, want, "{} is {mode:o}", path.display());
    }
    // The run minted new tokens along the way: none of those leaked into a file either.
    let now: Value = serde_json::from_str(&std::fs::read_to_string(&store).unwrap()).unwrap();
    let minted: Vec<String> = now["profiles"]["default"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !k.ends_with("ExpiresAt"))
        .filter_map(|(_, v)| v.as_str().map(str::to_string))
        .filter(|v| !secrets.contains(v))
        .collect();
    for file in &files {
        let text = String::from_utf8_lossy(&std::fs::read(file).unwrap()).into_owned();
        for s in &minted {
            assert!(
                !text.contains(s.as_str()),
                "{} holds a secret",
                file.display()
            );
        }
    }
}

// ---------- doctor ----------

fn doctor_report(out: &Output) -> Value {
    serde_json::from_str(&stdout_text(out))
        .unwrap_or_else(|e| panic!("doctor --json printed no JSON ({e}): {}", stderr_text(out)))
}

fn statuses(report: &Value) -> Vec<(String, String)> {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn doctor_passes_against_the_sandbox_and_names_what_fails() {
    let env = Env::start();
    let out = env
        .bare_cmd()
        .args(["--sandbox", "doctor", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr_text(&out));
    let report = doctor_report(&out);
    assert_eq!(report["ok"], true);
    let all = statuses(&report);
    for name in ["config", "api", "key set", "data sources"] {
        assert!(
            all.iter().any(|(n, _)| n == name),
            "{name} missing: {all:?}"
        );
    }
    assert!(
        all.iter().all(|(_, s)| s == "pass" || s == "skip"),
        "{all:?}"
    );
    assert!(report["cannotKnow"].as_str().unwrap().contains("scopes"));

    // The credential chain against the sandbox: store and token layers are listed and pass.
    // The layers are listed after the API check: the token the chain just minted is among them.
    env.use_credential_chain();
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stdout_text(&out));
    let report = doctor_report(&out);
    let all = statuses(&report);
    assert!(
        all.contains(&("store".into(), "pass".into()))
            && all.contains(&("service app access token".into(), "pass".into()))
            && all.contains(&("api".into(), "pass".into())),
        "{all:?} {}",
        stderr_text(&out)
    );

    // A token the API refuses: the api check fails with its fix, exit 8.
    let out = env
        .cmd()
        .env("BYODS_TOKEN", "not-a-valid-token")
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(8), "{}", stderr_text(&out));
    let report = doctor_report(&out);
    let api = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "api")
        .unwrap()
        .clone();
    assert_eq!(api["status"], "fail", "{report:#}");
    assert!(api["fix"].as_str().unwrap().contains("byods"), "{api}");

    // A broken store fails the store check.
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .env("BYODS_STORE", "exec:false")
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(8));
    assert!(statuses(&doctor_report(&out)).contains(&("store".into(), "fail".into())));

    // A store others can read fails the store check with the chmod fix, and nothing is sent.
    let store = env.path().join("config/credentials.json");
    std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.clear_requests();
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(8));
    let report = doctor_report(&out);
    let check = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "store")
        .unwrap()
        .clone();
    assert_eq!(check["status"], "fail", "{report:#}");
    assert!(
        check["detail"].as_str().unwrap().contains("chmod 600"),
        "{check}"
    );
    assert!(
        statuses(&report).contains(&("api".into(), "skip".into())),
        "{report:#}"
    );
    assert!(
        !env.requests().iter().any(|r| r["path"]
            .as_str()
            .unwrap_or("")
            .starts_with("/v1/dataSources")),
        "no API request with an unusable store"
    );
}

// ---------- faults over bulk commands (existing 429/5xx knobs; reset/stall come with the sandbox) ----------

#[test]
fn faults_during_bulk_commands_give_per_item_results_and_no_duplicate_posts() {
    let env = Env::start();
    let before = env.data_sources().len();
    // Every 3rd API request is a 429 with Retry-After: 0, and 2 POSTs get a 503.
    env.faults(json!({
        "rateLimitEvery": 3, "retryAfter": 0,
        "fail": [{"method": "POST", "pathPrefix": "/dataSources", "status": 503, "times": 2}]
    }));
    env.clear_requests();
    let ndjson: String = (0..6)
        .map(|n| format!("{{\"url\":\"https://bulk.example/{n}\"}}\n"))
        .collect();
    let out = env
        .cmd()
        .args(["register", "--from", "-"])
        .write_stdin(ndjson)
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "transient failures remain: {err}");
    assert_eq!(
        err.matches("may or may not have taken effect").count(),
        2,
        "one unknown-outcome message per 503: {err}"
    );
    let posts: Vec<Value> = env
        .requests()
        .into_iter()
        .filter(|r| r["method"] == "POST")
        .collect();
    // Only 429s are re-sent (the server refused them unprocessed): no URL was processed twice.
    let processed: Vec<&Value> = posts.iter().filter(|r| r["status"] != 429).collect();
    assert_eq!(processed.len(), 6, "{posts:#?}");
    env.faults(json!({"rateLimitEvery": null, "fail": []}));
    assert_eq!(env.data_sources().len(), before + 4);
    let results: Value = serde_json::from_str(&stdout_text(&out)).unwrap();
    let failed = results
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r.to_string().contains("\"failed\""))
        .count();
    assert_eq!(failed, 2, "per-item results: {results:#}");

    // extend --all with one PUT answered 500: that item fails, the others are extended, exit 7.
    env.faults(json!({"fail": [{"method": "PUT", "pathPrefix": "/dataSources/", "status": 500, "times": 1}]}));
    env.clear_requests();
    let out = env
        .cmd()
        .args(["extend", "--all", "--json"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "{err}");
    let puts = env
        .requests()
        .into_iter()
        .filter(|r| r["method"] == "PUT")
        .count();
    assert_eq!(puts, before + 4, "one PUT per data source, none repeated");
    // The 500 is reported for its item (tokens minted this second cannot come back newer, so
    // other items may fail as "no newer token"; that is not a fault and not re-sent either).
    assert_eq!(err.matches("failed: HTTP 500").count(), 1, "{err}");
    assert!(err.contains("extended "), "{err}");
}

// ---------- 10: a stale key set has a maximum age ----------

#[test]
fn a_key_set_cached_400_days_ago_is_not_used_when_the_server_is_down() {
    let env = Env::start();
    let root = env.base_url.trim_end_matches("/v1").to_string();
    // The sandbox's real key set, cached 400 days ago for a key server that is now down.
    let jwks: Value = {
        // No proxy from this process's environment: the sandbox is on loopback.
        let agent: ureq::Agent = ureq::Agent::config_builder().proxy(None).build().into();
        let mut r = agent
            .get(format!("{root}/idb/oauth2/v2/keys/verificationjwk"))
            .call()
            .unwrap();
        serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap()
    };
    let down = "http://127.0.0.1:1/keys";
    let now = chrono::Utc::now().timestamp();
    let store = byods::jws::KeyStore::new(env.path().join("cache/jwks"));
    let path = store.cache_path(down);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let old = now - 400 * 86_400;
    std::fs::write(
        &path,
        json!({"url": down, "fetchedAt": old, "lastFetch": old, "jwks": jwks}).to_string(),
    )
    .unwrap();
    let issuer = "http://127.0.0.1:1/idb";
    let token = sign_with_sandbox_key(&json!({
        "iss": issuer, "aud": "a", "sub": "s", "iat": now - 10, "exp": now + 3600,
    }));
    let verify = |extra: &[&str]| {
        env.bare_cmd()
            .args(["jwt", "verify", &token, "--jwks", down, "--issuer", issuer])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = verify(&[]);
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "{err}");
    assert!(err.contains("--jwks-max-stale"), "{err}");
    // A longer maximum, configured: the stale keys stand in, with a warning.
    let out = verify(&["--jwks-max-stale", "500d"]);
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(0), "{err}");
    assert!(err.contains("stale"), "{err}");
}

// ---------- faults on the wire: a reset and a stall mid-response over bulk commands ----------
// The sandbox carries the request out and then breaks its answer (`reset`: half the body, then a
// TCP reset; `stallMs`: a pause past `--timeout 1`), so the write happened and byods cannot know.

/// Requests of `method` whose path starts with `/v1/dataSources`.
fn data_source_requests(env: &Env, method: &str) -> Vec<Value> {
    env.requests()
        .into_iter()
        .filter(|r| {
            r["method"] == method
                && r["path"]
                    .as_str()
                    .is_some_and(|p| p.starts_with("/v1/dataSources"))
        })
        .collect()
}

/// `register --from FILE` over three URLs with the first POST broken by `rule`: that item fails
/// with the unknown-outcome message, the others are registered, exit 7, exactly one POST per item
/// (the broken one is never re-sent), and the broken one exists (it was carried out).
fn bulk_register_with_one_broken_post(rule: Value, extra: &[&str], host: &str) {
    let env = Env::start();
    let urls: Vec<String> = (0..3).map(|n| format!("https://{host}/{n}")).collect();
    let file = env.path().join("bulk.ndjson");
    let ndjson: String = urls
        .iter()
        .map(|u| format!("{}\n", json!({ "url": u })))
        .collect();
    std::fs::write(&file, ndjson).unwrap();
    let mut rule = rule;
    rule["method"] = json!("POST");
    rule["pathPrefix"] = json!("/dataSources");
    rule["times"] = json!(1);
    env.faults(json!({ "fail": [rule] }));
    env.clear_requests();
    let out = env
        .cmd()
        .args(["register", "--from"])
        .arg(&file)
        .args(extra)
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "a transient failure remains: {err}");
    let results: Value = serde_json::from_str(&stdout_text(&out)).unwrap();
    let per_item: Vec<(u64, String)> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["byods"]["item"].as_u64().unwrap(),
                r["byods"]["result"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(per_item.len(), 3, "one result per item: {results:#}");
    assert_eq!(
        per_item.iter().filter(|(_, r)| r == "registered").count(),
        2,
        "{per_item:?}"
    );
    let failed: Vec<&Value> = results
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["byods"]["result"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{results:#}");
    let failed_url = failed[0]["byods"]["url"].as_str().unwrap();
    assert!(urls.iter().any(|u| u == failed_url), "{failed_url}");
    assert_eq!(
        err.matches("may or may not have taken effect").count(),
        1,
        "{err}"
    );
    assert!(
        err.contains(&format!("select(.url == \"{failed_url}\")")),
        "the hint names the item: {err}"
    );
    assert_eq!(
        data_source_requests(&env, "POST").len(),
        3,
        "exactly one POST per item, none re-sent"
    );
    env.faults(json!({ "fail": [] }));
    let listed: Vec<String> = env
        .data_sources()
        .iter()
        .filter_map(|d| d["url"].as_str().map(str::to_string))
        .collect();
    for url in &urls {
        assert_eq!(
            listed.iter().filter(|u| *u == url).count(),
            1,
            "{url} exists exactly once (the broken POST was carried out): {listed:?}"
        );
    }
}

#[test]
fn bulk_register_with_a_reset_mid_response_reports_the_item_and_sends_each_post_once() {
    bulk_register_with_one_broken_post(json!({ "reset": true }), &[], "reset.example");
}

#[test]
fn bulk_register_with_a_stall_past_the_timeout_reports_the_item_and_sends_each_post_once() {
    bulk_register_with_one_broken_post(
        json!({ "stallMs": 1500 }),
        &["--timeout", "1"],
        "stall.example",
    );
}

/// `extend --all --json` results as `(id, result)` pairs.
fn extend_results(out: &Output) -> Vec<(String, String)> {
    let results: Value = serde_json::from_str(&stdout_text(out))
        .unwrap_or_else(|e| panic!("{e}: {}", stdout_text(out)));
    results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// PUTs per data source id.
fn puts_per_id(env: &Env) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for r in data_source_requests(env, "PUT") {
        let id = r["path"].as_str().unwrap().rsplit('/').next().unwrap();
        *counts.entry(id.to_string()).or_insert(0) += 1;
    }
    counts
}

#[test]
fn extend_all_with_a_data_source_whose_answers_always_reset_fails_that_one_with_exit_7() {
    let env = Env::start();
    let ids: Vec<String> = env
        .data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let broken = ids[0].clone();
    env.faults(json!({"fail": [
        {"method": "PUT", "pathPrefix": format!("/dataSources/{broken}"), "reset": true}
    ]}));
    env.clear_requests();
    let out = env
        .cmd()
        .args(["extend", "--all", "--json"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "{err}");
    let results = extend_results(&out);
    assert_eq!(results.len(), ids.len(), "one result per data source");
    for (id, result) in &results {
        let want = if *id == broken { "failed" } else { "extended" };
        assert_eq!(result, want, "{id}: {err}");
    }
    assert!(
        err.contains(&format!("{broken}: PUT")) && err.contains("network error"),
        "the failure names its data source and the cause: {err}"
    );
    assert!(err.contains("failed 1"), "{err}");
    // A PUT is idempotent, so the broken one is retried (a bounded number of times); every other
    // data source gets exactly one PUT, and no POST is sent at all.
    let puts = puts_per_id(&env);
    for id in &ids {
        let n = puts.get(id).copied().unwrap_or(0);
        if *id == broken {
            assert!((2..=5).contains(&n), "{n} PUTs for the broken one");
        } else {
            assert_eq!(n, 1, "{id}: {puts:?}");
        }
    }
    assert!(data_source_requests(&env, "POST").is_empty());
}

#[test]
fn extend_all_with_one_stall_past_the_timeout_retries_that_put_and_extends_everything() {
    let env = Env::start();
    let ids: Vec<String> = env
        .data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let stalled = ids[1].clone();
    env.faults(json!({"fail": [{
        "method": "PUT", "pathPrefix": format!("/dataSources/{stalled}"),
        "stallMs": 1500, "times": 1
    }]}));
    env.clear_requests();
    let out = env
        .cmd()
        .args(["extend", "--all", "--json", "--timeout", "1"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(0), "{err}");
    let results = extend_results(&out);
    assert_eq!(results.len(), ids.len());
    assert!(results.iter().all(|(_, r)| r == "extended"), "{results:?}");
    let puts = puts_per_id(&env);
    for id in &ids {
        let want = if *id == stalled { 2 } else { 1 };
        assert_eq!(puts.get(id).copied(), Some(want), "{id}: {puts:?}");
    }
    assert!(data_source_requests(&env, "POST").is_empty());
}

#[test]
fn ls_with_answers_that_always_reset_ends_with_exit_7_after_bounded_retries() {
    let env = Env::start();
    env.faults(json!({"fail": [
        {"method": "GET", "pathPrefix": "/dataSources", "reset": true}
    ]}));
    env.clear_requests();
    let out = env.cmd().arg("ls").output().unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "{err}");
    assert!(err.contains("network error"), "{err}");
    assert!(stdout_text(&out).is_empty(), "no partial listing");
    let gets = data_source_requests(&env, "GET").len();
    assert!((2..=10).contains(&gets), "bounded retries: {gets}");
}

// ---------- doctor: the clock against the API's Date, and the table ----------

/// An API (scripted) whose `Date` header is `date`: every path answers an empty list.
fn api_dated(date: &str) -> common::scripted::Scripted {
    use common::scripted::{Reply, Scripted};
    Scripted::start(vec![(
        "/v1",
        vec![Reply::json(200, json!({"items": []})).header("Date", date)],
    )])
}

fn doctor_check(report: &Value, name: &str) -> Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name} check: {report:#}"))
        .clone()
}

#[test]
fn doctor_fails_a_clock_far_from_the_apis_and_prints_one_line_per_check_with_its_fix() {
    let dir = tempfile::tempdir().unwrap();
    let doctor = |api: &common::scripted::Scripted, args: &[&str]| {
        common::isolated_cmd(dir.path())
            .env("BYODS_BASE_URL", api.base_url())
            .env("BYODS_TOKEN", "t")
            .arg("doctor")
            .args(args)
            .output()
            .unwrap()
    };
    // In step with this clock: the clock check passes.
    let now = chrono::Utc::now();
    let in_step = api_dated(&now.to_rfc2822());
    let report = doctor_report(&doctor(&in_step, &["--json"]));
    assert_eq!(
        doctor_check(&report, "clock")["status"],
        "pass",
        "{report:#}"
    );

    // Two hours behind: it fails, saying which way, with the fix.
    let behind = api_dated(&(now - chrono::Duration::hours(2)).to_rfc2822());
    let out = doctor(&behind, &["--json"]);
    assert_eq!(code(&out), Some(8), "{}", stderr_text(&out));
    let report = doctor_report(&out);
    assert_eq!(report["ok"], false);
    let clock = doctor_check(&report, "clock");
    assert_eq!(clock["status"], "fail", "{report:#}");
    assert!(
        clock["detail"].as_str().unwrap().contains("ahead of"),
        "{clock}"
    );
    assert!(clock["fix"].as_str().unwrap().contains("NTP"), "{clock}");
    assert_eq!(doctor_check(&report, "api")["status"], "pass");

    // The table: one line per check, each failing one with its fix; exit 8 and a count on stderr.
    let out = doctor(&behind, &["-o", "table"]);
    assert_eq!(code(&out), Some(8));
    let table = stdout_text(&out);
    let checks = report["checks"].as_array().unwrap();
    for check in checks {
        let name = check["name"].as_str().unwrap();
        let line = table
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no line for {name}:\n{table}"));
        assert!(line.contains(check["status"].as_str().unwrap()), "{line}");
        let fix = check["fix"].as_str().unwrap();
        if check["status"] == "fail" {
            assert!(!fix.is_empty() && line.contains(fix), "{line}");
        }
    }
    assert!(
        stderr_text(&out).contains("check(s) failed"),
        "{}",
        stderr_text(&out)
    );
}

/// A data source whose every answer stalls past `--timeout 1`: its PUT is retried a bounded number
/// of times (each one waits out the 1 s timeout: about 5 s in all), then it fails alone, exit 7.
#[test]
fn extend_all_with_a_data_source_whose_answers_always_stall_fails_that_one_with_exit_7() {
    let env = Env::start();
    let ids: Vec<String> = env
        .data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let stalled = ids[2].clone();
    env.faults(json!({"fail": [{
        "method": "PUT", "pathPrefix": format!("/dataSources/{stalled}"), "stallMs": 1100
    }]}));
    env.clear_requests();
    let out = env
        .cmd()
        .args(["extend", "--all", "--json", "--timeout", "1"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(code(&out), Some(7), "{err}");
    for (id, result) in extend_results(&out) {
        let want = if id == stalled { "failed" } else { "extended" };
        assert_eq!(result, want, "{id}: {err}");
    }
    assert!(
        err.contains(&format!("{stalled}: PUT")) && err.contains("timed out"),
        "{err}"
    );
    let puts = puts_per_id(&env);
    for id in &ids {
        let n = puts.get(id).copied().unwrap_or(0);
        if *id == stalled {
            assert!((2..=5).contains(&n), "{n} PUTs for the stalled one");
        } else {
            assert_eq!(n, 1, "{id}: {puts:?}");
        }
    }
    assert!(data_source_requests(&env, "POST").is_empty());
}
