//! A hostile or broken API: a tiny fake server on loopback answers with canned responses, to show
//! byods neither trusts nor echoes what it should not.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;

use crate::common::{stderr_text, stdout_text};
use base64::Engine;
use serde_json::{Value, json};

/// Serves `routes` (path prefix → status and body) until the test ends; returns the base URL.
fn fake_api(routes: Vec<(&'static str, u16, String)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut head = Vec::new();
            let mut buf = [0u8; 4096];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let text = String::from_utf8_lossy(&head);
            let path = text.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, body) = routes
                .iter()
                .filter(|(prefix, _, _)| path.starts_with(prefix))
                .max_by_key(|(prefix, _, _)| prefix.len())
                .map(|(_, s, b)| (*s, b.clone()))
                .unwrap_or((404, "{}".into()));
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://127.0.0.1:{port}/v1")
}

fn jws_with(claims: Value) -> String {
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    format!(
        "{}.{}.c2ln",
        b64(&json!({"alg": "RS256", "kid": "k"})),
        b64(&claims)
    )
}

fn byods(dir: &Path, base: &str) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(common::bin());
    for var in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        c.env_remove(var);
    }
    c.env("HOME", dir)
        .env("BYODS_CONFIG_DIR", dir.join("config"))
        .env("BYODS_STATE_DIR", dir.join("state"))
        .env("BYODS_CACHE_DIR", dir.join("cache"))
        .env("BYODS_BASE_URL", base)
        .env("BYODS_TOKEN", "fake-token-for-a-fake-api")
        .timeout(std::time::Duration::from_secs(60));
    c
}

const SCHEMAS: &str = r#"{"items":[]}"#;

#[test]
fn ids_from_a_listing_cannot_name_files_outside_the_lock_dir() {
    let dir = tempfile::tempdir().unwrap();
    let escape = dir.path().join("escaped");
    let listing = json!({"items": [
        {"id": format!("../../../../../../..{}", escape.display()), "url": "https://x", "schemaId": "s",
         "audience": "a", "subject": "s", "nonce": "n", "tokenLifetimeMinutes": 60, "status": "active"},
    ]});
    let base = fake_api(vec![
        ("/v1/dataSources/schemas", 200, SCHEMAS.into()),
        ("/v1/dataSources", 200, listing.to_string()),
    ]);
    let out = byods(dir.path(), &base)
        .args(["extend", "--all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
    assert!(stderr_text(&out).contains("invalid data source id"));
    assert!(
        !dir.path().join("escaped.lock").exists(),
        "no file outside the lock dir"
    );
}

#[test]
fn control_characters_from_a_server_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "bad \u{1b}]0;PWNED\u{7}\u{1b}[2J request";
    let base = fake_api(vec![(
        "/v1/dataSources/abc",
        400,
        json!({"message": evil, "trackingId": "T1"}).to_string(),
    )]);
    let out = byods(dir.path(), &base)
        .args(["get", "abc"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = stderr_text(&out);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(err.contains("\\u{1b}]0;PWNED"), "shown escaped: {err:?}");

    // A token's claims in a table.
    let token = jws_with(json!({"iss": "x\u{1b}]0;OWNED\u{7}", "exp": 1}));
    let out = byods(dir.path(), &base)
        .env("BYODS_FORCE_TTY", "1")
        .env("NO_COLOR", "1")
        .args(["jwt", "decode", &token])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = stdout_text(&out);
    assert!(table.contains("OWNED"), "{table}");
    assert!(
        !table.contains('\u{1b}') && !table.contains('\u{7}'),
        "{table:?}"
    );
}

#[test]
fn extreme_times_in_a_token_do_not_crash_or_lie() {
    let dir = tempfile::tempdir().unwrap();
    let claims = json!({"exp": i64::MIN, "iat": i64::MAX, "aud": "a", "sub": "s",
                        "com.cisco.datasource.url": "https://x", "com.cisco.datasource.schema.uuid": "s"});
    let listing =
        json!({"items": [{"id": "d1", "status": "active", "jwsToken": jws_with(claims.clone())}]});
    let base = fake_api(vec![
        ("/v1/dataSources/schemas", 200, SCHEMAS.into()),
        ("/v1/dataSources", 200, listing.to_string()),
    ]);
    let token = jws_with(claims);
    let out = byods(dir.path(), &base)
        .args(["jwt", "decode", &token])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let decoded: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        decoded["expiresAt"],
        Value::Null,
        "no calendar date: null, not a fake timestamp"
    );
    assert_eq!(decoded["expired"], true);
    let out = byods(dir.path(), &base).args(["ls"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed[0]["byods"]["tokenExpired"], true);
    assert!(listed[0]["byods"]["tokenSecondsLeft"].as_i64().unwrap() < 0);
    let out = byods(dir.path(), &base).args(["check"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "an expired token is CRITICAL: {}",
        stdout_text(&out)
    );
}

#[test]
fn an_error_page_echoing_the_request_does_not_leak_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let base = fake_api(vec![(
        "/v1/dataSources",
        500,
        "<html>your request: Authorization: Bearer fake-token-for-a-fake-api</html>".into(),
    )]);
    let out = byods(dir.path(), &base)
        .args(["ls", "--timeout", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let err = stderr_text(&out);
    assert!(err.contains("[REDACTED]"), "{err}");
    assert!(!err.contains("fake-token-for-a-fake-api"), "{err}");
}
