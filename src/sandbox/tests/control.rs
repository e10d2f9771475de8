//! `/_sandbox/*`: the request log and shutdown.

use super::*;

#[test]
fn request_log_records_without_secrets() {
    let sb = start();
    let i = info(&sb);
    let tok = sb.admin_token();
    let (cid, secret) = (
        i["serviceApp"]["clientId"].as_str().unwrap(),
        i["serviceApp"]["clientSecret"].as_str().unwrap(),
    );
    let (_, refresh) = service_app_tokens(&sb);
    call(
        "GET",
        &format!(
            "{}/dataSources?cursor=0&client_secret={secret}&code=abc",
            sb.base_url()
        ),
        Some(&tok),
        None,
    );
    form(
        &format!("{}/access_token", sb.base_url()),
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
        Some((cid, secret)),
    );
    call(
        "GET",
        &format!("{}/nothing-here", sb.base_url()),
        None,
        None,
    );
    call("GET", &format!("{}/_sandbox/faults", root(&sb)), None, None);

    let log = call(
        "GET",
        &format!("{}/_sandbox/requests", root(&sb)),
        None,
        None,
    );
    assert_eq!(log.status, 200);
    let entries = log.json.as_array().unwrap();
    assert_eq!(entries.len(), 4, "{}", log.text);
    let seqs: Vec<i64> = entries.iter().map(|e| e["seq"].as_i64().unwrap()).collect();
    assert_eq!(seqs, [1, 2, 3, 4]);
    assert_eq!(entries[0]["method"], "POST");
    assert_eq!(
        entries[0]["path"],
        format!(
            "/v1/applications/{}/token",
            i["serviceApp"]["appId"].as_str().unwrap()
        )
    );
    assert_eq!(entries[0]["auth"], "bearer");
    assert_eq!(entries[1]["path"], "/v1/dataSources");
    assert_eq!(
        entries[1]["query"],
        "cursor=0&client_secret=[REDACTED]&code=[REDACTED]"
    );
    assert_eq!(entries[1]["status"], 200);
    assert_eq!(entries[2]["grantType"], "refresh_token");
    assert_eq!(entries[2]["auth"], "basic");
    assert_eq!(entries[3]["status"], 404);
    assert_eq!(entries[3]["auth"], "none");
    assert!(entries[3]["time"].as_str().unwrap().ends_with('Z'));
    for secret_value in [
        tok.as_str(),
        secret,
        refresh.as_str(),
        i["tokenManager"]["personalAccessToken"].as_str().unwrap(),
    ] {
        assert!(!log.text.contains(secret_value), "log leaks a secret");
    }
    let cleared = call(
        "DELETE",
        &format!("{}/_sandbox/requests", root(&sb)),
        None,
        None,
    );
    assert_eq!(cleared.status, 204);
    let log = call(
        "GET",
        &format!("{}/_sandbox/requests", root(&sb)),
        None,
        None,
    );
    assert_eq!(log.json, json!([]));
}

#[test]
fn shutdown_endpoint_ends_wait() {
    let sb = start();
    let url = format!("{}/_sandbox/shutdown", root(&sb));
    let t = std::thread::spawn(move || sb.wait());
    assert_eq!(call("POST", &url, None, None).status, 200);
    t.join().unwrap();
}
