//! What the sandbox does not serve, against a scripted server: an HTTP-date `Retry-After`, 423,
//! a pagination `Link` to another origin, a proxy for a host that is not loopback, and a
//! connection lost in the middle of a response.

use serde_json::json;

use crate::common::scripted::{Reply, Scripted};
use crate::common::{isolated_cmd, stderr_text, stdout_json};

const TOKEN: &str = "scripted-api-token";

fn byods(dir: &std::path::Path, base_url: &str) -> assert_cmd::Command {
    let mut c = isolated_cmd(dir);
    c.env("BYODS_BASE_URL", base_url).env("BYODS_TOKEN", TOKEN);
    c
}

/// Byods's default schema id (register checks it against this list).
const VVA_SCHEMA: &str = "5397013b-7920-4ffc-807c-e8a3e0a18f43";

fn schemas() -> (&'static str, Vec<Reply>) {
    (
        "/v1/dataSources/schemas",
        vec![Reply::json(200, json!({"items": [{"id": VVA_SCHEMA}]}))],
    )
}

/// The wait `-v` reports before retry 1, in milliseconds.
fn first_wait_ms(stderr: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.contains(": retry 1 in "))
        .unwrap_or_else(|| panic!("no retry in the trace: {stderr}"));
    line.rsplit("retry 1 in ")
        .next()
        .and_then(|rest| rest.trim_end_matches(" ms").parse().ok())
        .unwrap_or_else(|| panic!("{line}"))
}

#[test]
fn a_retry_after_date_in_the_future_is_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    let when = chrono::Utc::now() + chrono::Duration::seconds(30);
    let date = when.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let api = Scripted::start(vec![
        schemas(),
        (
            "/v1/dataSources",
            vec![
                Reply::json(429, json!({"message": "slow down"})).header("Retry-After", &date),
                Reply::json(200, json!({"items": [{"id": "one"}]})),
            ],
        ),
    ]);
    // Waits are scaled by 1/1000 here: 30 s of Retry-After become about 30 ms; the backoff a
    // date that was not understood would fall back to is 0.25 ms.
    let out = byods(dir.path(), &api.base_url())
        .env("BYODS_TEST_WAIT_SCALE", "0.001")
        .args(["-v", "ls", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(stdout_json(&out)[0]["id"], "one");
    let wait = first_wait_ms(&stderr_text(&out));
    assert!(
        (20..=30).contains(&wait),
        "waited {wait} ms of a scaled 30 s"
    );
    let listings = api
        .request_lines()
        .iter()
        .filter(|l| l.starts_with("GET /v1/dataSources HTTP"))
        .count();
    assert_eq!(listings, 2, "{:?}", api.request_lines());
}

#[test]
fn a_423_is_retried_for_reads_and_writes() {
    let dir = tempfile::tempdir().unwrap();
    let created = json!({"id": "new-one", "url": "https://x.example/a", "schemaId": "s",
        "audience": "a", "subject": "s", "nonce": "n", "tokenLifetimeMinutes": 60, "status": "active"});
    let api = Scripted::start(vec![
        schemas(),
        (
            "/v1/dataSources",
            vec![
                Reply::json(423, json!({"message": "locked"})).header("Retry-After", "1"),
                Reply::json(200, json!({"items": []})),
            ],
        ),
    ]);
    let out = byods(dir.path(), &api.base_url())
        .args(["-v", "ls", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(stderr_text(&out).contains("* HTTP 423: retry 1 in "));
    // A 423 means the server did not process the POST: it is sent again, once.
    let api = Scripted::start(vec![
        schemas(),
        (
            "GET /v1/dataSources",
            vec![Reply::json(200, json!({"items": []}))],
        ),
        (
            "POST /v1/dataSources",
            vec![
                Reply::json(423, json!({"message": "locked"})).header("Retry-After", "1"),
                Reply::json(200, created),
            ],
        ),
    ]);
    let out = byods(dir.path(), &api.base_url())
        .args(["register", "--url", "https://x.example/a", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let posts = api
        .request_lines()
        .iter()
        .filter(|l| l.starts_with("POST "))
        .count();
    assert_eq!(posts, 2, "{:?}", api.request_lines());
}

#[test]
fn a_pagination_link_to_another_origin_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = Scripted::start(vec![(
        "/",
        vec![Reply::json(200, json!({"items": [{"id": "stolen"}]}))],
    )]);
    let link = format!(
        "<{}/v1/dataSources?cursor=2>; rel=\"next\"",
        elsewhere.origin
    );
    let api = Scripted::start(vec![
        schemas(),
        (
            "/v1/dataSources",
            vec![Reply::json(200, json!({"items": [{"id": "one"}]})).header("Link", &link)],
        ),
    ]);
    let out = byods(dir.path(), &api.base_url())
        .args(["ls", "--json"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("refusing to follow pagination link to another origin"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "no partial listing");
    assert!(elsewhere.heads().is_empty(), "the other origin got nothing");
}

#[test]
fn a_host_that_is_not_loopback_is_reached_through_the_proxy() {
    let dir = tempfile::tempdir().unwrap();
    // The proxy refuses the tunnel: enough to see that byods asked it, and for which host.
    let proxy = Scripted::start(vec![("", vec![Reply::json(403, json!({}))])]);
    let out = byods(dir.path(), "https://api.byods-test.invalid/v1")
        .env("HTTPS_PROXY", &proxy.origin)
        .args(["get", "some-id"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let lines = proxy.request_lines();
    assert!(
        lines
            .first()
            .is_some_and(|l| l.starts_with("CONNECT api.byods-test.invalid:443 ")),
        "{lines:?}\n{}",
        stderr_text(&out)
    );
    // The token never goes to the proxy in the clear: it is inside the tunnel.
    assert!(proxy.heads().iter().all(|h| !h.contains(TOKEN)));
}

#[test]
fn a_connection_lost_mid_response_retries_a_read_and_never_resends_a_post() {
    let dir = tempfile::tempdir().unwrap();
    let listing = json!({"items": [{"id": "one"}]});
    let api = Scripted::start(vec![
        schemas(),
        (
            "/v1/dataSources",
            vec![Reply::cut(200, listing.clone()), Reply::json(200, listing)],
        ),
    ]);
    let out = byods(dir.path(), &api.base_url())
        .args(["ls", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(stdout_json(&out)[0]["id"], "one");
    // A POST whose answer was lost may have created the data source: never sent twice.
    let created = json!({"id": "new-one", "url": "https://x.example/a", "schemaId": VVA_SCHEMA});
    let api = Scripted::start(vec![
        schemas(),
        (
            "GET /v1/dataSources",
            vec![Reply::json(200, json!({"items": []}))],
        ),
        (
            "POST /v1/dataSources",
            vec![Reply::cut(200, created.clone()), Reply::json(200, created)],
        ),
    ]);
    let out = byods(dir.path(), &api.base_url())
        .args(["register", "--url", "https://x.example/a"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(err.contains("may have been created"), "{err}");
    let posts = api
        .request_lines()
        .iter()
        .filter(|l| l.starts_with("POST "))
        .count();
    assert_eq!(posts, 1, "{:?}", api.request_lines());
}
