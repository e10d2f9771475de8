//! Injected faults: stale JWS, 429 every N, 503 rate, fail rules, latency.

use super::*;

#[test]
fn stale_jws_fault_keeps_old_token_on_put() {
    let sb = start_with(
        Faults {
            stale_jws_on_update: true,
            ..Faults::default()
        },
        None,
        false,
    );
    let tok = sb.admin_token();
    let created = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );
    let mut body = new_ds(60);
    body["status"] = json!("active");
    let url = format!(
        "{}/dataSources/{}",
        sb.base_url(),
        created.json["id"].as_str().unwrap()
    );
    let updated = call("PUT", &url, Some(&tok), Some(body.clone()));
    assert_eq!(updated.status, 200);
    assert_eq!(updated.json["jwsToken"], created.json["jwsToken"]);
    assert_eq!(updated.json["nonce"], body["nonce"]);
    set_faults(&sb, json!({"staleJwsOnUpdate": false}));
    body["nonce"] = json!(uuid::Uuid::new_v4().to_string());
    let fresh = call("PUT", &url, Some(&tok), Some(body));
    assert_ne!(fresh.json["jwsToken"], created.json["jwsToken"]);
}

#[test]
fn rate_limit_every_n_with_retry_after() {
    let sb = start_with(
        Faults {
            rate_limit_every: Some(3),
            retry_after: 7,
            ..Faults::default()
        },
        None,
        false,
    );
    let url = format!("{}/dataSources", sb.base_url());
    let tok = sb.admin_token();
    let statuses: Vec<u16> = (0..9)
        .map(|_| {
            let r = call("GET", &url, Some(&tok), None);
            if r.status == 429 {
                assert_eq!(r.header("retry-after"), Some("7"));
                r.assert_error(429, "Too many");
            }
            r.status
        })
        .collect();
    assert_eq!(statuses, [200, 200, 429, 200, 200, 429, 200, 200, 429]);
    // Control endpoints are never faulted.
    for _ in 0..5 {
        assert_eq!(
            call("GET", &format!("{}/_sandbox/faults", root(&sb)), None, None).status,
            200
        );
    }
}

#[test]
fn error_rate_one_fails_every_api_request() {
    let sb = start_with(
        Faults {
            error_rate: 1.0,
            ..Faults::default()
        },
        None,
        false,
    );
    let tok = sb.admin_token();
    for path in [
        "/v1/dataSources",
        "/v1/people/me",
        "/idb/oauth2/v2/keys/verificationjwk",
    ] {
        call("GET", &format!("{}{path}", root(&sb)), Some(&tok), None)
            .assert_error(503, "unavailable");
    }
    let f = call("GET", &format!("{}/_sandbox/faults", root(&sb)), None, None);
    assert_eq!(f.json["errorRate"], 1.0);
    set_faults(&sb, json!({"errorRate": 0.5}));
    let codes: Vec<u16> = (0..4)
        .map(|_| {
            call(
                "GET",
                &format!("{}/dataSources", sb.base_url()),
                Some(&tok),
                None,
            )
            .status
        })
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 503).count(), 2);
}

#[test]
fn fail_rules_and_fault_control() {
    let sb = start();
    let tok = sb.admin_token();
    let r = set_faults(
        &sb,
        json!({"fail": [{"method": "POST", "pathPrefix": "/v1/dataSources", "status": 502, "times": 2}]}),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json["fail"][0]["status"], 502);
    assert_eq!(
        r.json["serviceAppAuthorized"], true,
        "merge keeps other keys"
    );
    let url = format!("{}/dataSources", sb.base_url());
    assert_eq!(call("GET", &url, Some(&tok), None).status, 200);
    call("POST", &url, Some(&tok), Some(new_ds(5))).assert_error(502, "Injected");
    call("POST", &url, Some(&tok), Some(new_ds(5))).assert_error(502, "Injected");
    assert_eq!(call("POST", &url, Some(&tok), Some(new_ds(5))).status, 200);
    let r = call("GET", &format!("{}/_sandbox/faults", root(&sb)), None, None);
    assert_eq!(r.json["fail"][0]["times"], 0);

    set_faults(
        &sb,
        json!({"fail": [{"pathPrefix": "/people", "status": 500}]}),
    );
    for _ in 0..3 {
        call(
            "GET",
            &format!("{}/people/me", sb.base_url()),
            Some(&tok),
            None,
        )
        .assert_error(500, "Injected");
    }
    set_faults(&sb, json!({"bogus": 1})).assert_error(400, "bogus");
    set_faults(&sb, json!({"errorRate": 3})).assert_error(400, "errorRate");
    set_faults(&sb, json!({"latencyMs": "slow"})).assert_error(400, "");
}

#[test]
fn latency_is_added_to_api_requests() {
    let sb = start_with(
        Faults {
            latency_ms: 300,
            ..Faults::default()
        },
        None,
        false,
    );
    let t = std::time::Instant::now();
    call(
        "GET",
        &format!("{}/dataSources/schemas", sb.base_url()),
        Some(&sb.admin_token()),
        None,
    );
    // A lower bound only: the sleep guarantees it, while an upper bound would depend on the machine.
    assert!(t.elapsed() >= Duration::from_millis(300));
}
