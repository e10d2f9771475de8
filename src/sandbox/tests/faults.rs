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
    set_faults(&sb, json!({"latencyMs": "slow"})).assert_error(400, "latencyMs");
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

#[test]
fn latency_is_split_around_handling_and_a_write_waits_before_it() {
    use super::server::{Handler, Latency};
    let sb = start_with(
        Faults {
            latency_ms: 21,
            write_latency_ms: 7,
            ..Faults::default()
        },
        None,
        false,
    );
    let ms = Duration::from_millis;
    let get = sb.shared.delay("GET", "/v1/dataSources?max=2");
    assert_eq!((get.request, get.response), (ms(10), ms(11)));
    // The write still happens after its extra wait: a client that gives up during it may or may
    // not see it applied.
    let put = sb.shared.delay("PUT", "/v1/dataSources/x");
    assert_eq!((put.request, put.response), (ms(17), ms(11)));
    assert_eq!(
        sb.shared.delay("POST", "/_sandbox/faults"),
        Latency::default()
    );
}

/// A raw HTTP/1.1 exchange on its own connection: what arrived, and how reading ended.
fn raw_exchange(
    sb: &Sandbox,
    request: &str,
    read_timeout: Duration,
) -> (std::net::TcpStream, Vec<u8>, std::io::Result<usize>) {
    use std::io::{Read, Write};
    let addr = root(sb).trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(read_timeout)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut got = Vec::new();
    let ended = stream.read_to_end(&mut got);
    (stream, got, ended)
}

fn declared_length(head_and_body: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(head_and_body);
    let head_end = text.find("\r\n\r\n").expect("a whole head arrived") + 4;
    let length = text[..head_end]
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .and_then(|n| n.trim().parse().ok())
        .expect("Content-Length");
    (head_end, length)
}

#[test]
fn a_reset_rule_carries_the_request_out_and_breaks_the_answer_midway() {
    let sb = start();
    let tok = sb.admin_token();
    let ds = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        None,
    )
    .json["items"][0]
        .clone();
    let id = ds["id"].as_str().unwrap();
    set_faults(
        &sb,
        json!({"fail": [{"method": "PUT", "pathPrefix": "/dataSources/", "reset": true, "times": 1}]}),
    );
    let mut body = new_ds(45);
    for k in ["schemaId", "url", "audience", "subject"] {
        body[k] = ds[k].clone();
    }
    let body = body.to_string();
    let request = format!(
        "PUT /v1/dataSources/{id} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {tok}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let (_stream, got, ended) = raw_exchange(&sb, &request, Duration::from_secs(10));
    assert_eq!(
        ended.expect_err("the connection is reset").kind(),
        std::io::ErrorKind::ConnectionReset
    );
    assert!(got.starts_with(b"HTTP/1.1 200"), "the head arrived");
    let (head_end, length) = declared_length(&got);
    assert!(
        got.len() - head_end < length,
        "only part of the body arrived"
    );
    // The update happened all the same: the client cannot know that from the broken answer.
    let now = call(
        "GET",
        &format!("{}/dataSources/{id}", sb.base_url()),
        Some(&tok),
        None,
    );
    assert_eq!(now.json["tokenLifetimeMinutes"], 45);
    // `times: 1`: the next answer is whole.
    let (_stream, got, ended) = raw_exchange(
        &sb,
        &request.replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n"),
        Duration::from_secs(10),
    );
    assert!(ended.is_ok());
    let (head_end, length) = declared_length(&got);
    assert_eq!(got.len() - head_end, length);
}

#[test]
fn a_stall_rule_pauses_midway_past_a_short_client_timeout() {
    let sb = start();
    let tok = sb.admin_token();
    set_faults(
        &sb,
        json!({"fail": [{"method": "GET", "pathPrefix": "/dataSources/schemas", "stallMs": 1000}]}),
    );
    let request = format!(
        "GET /v1/dataSources/schemas HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {tok}\r\n\
         Connection: close\r\n\r\n"
    );
    use std::io::{Read, Write};
    let addr = root(&sb).trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    // The head and half the body come at once (however slow this machine is)...
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut got = vec![0u8; 64 * 1024];
    let n = stream.read(&mut got).unwrap();
    got.truncate(n);
    // ...then nothing: a client with a 100 ms read timeout times out in the middle of the body.
    stream
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let kind = stream.read(&mut [0u8; 1024]).expect_err("stalled").kind();
    assert!(
        matches!(
            kind,
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
        ),
        "{kind:?}"
    );
    let (head_end, length) = declared_length(&got);
    assert!(got.len() - head_end < length, "stalled mid-body");
    // A patient client gets the rest once the stall is over.
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.read_to_end(&mut got).unwrap();
    assert_eq!(got.len() - head_end, length);
    let text = String::from_utf8_lossy(&got[head_end..]).to_string();
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap()["items"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn device_slow_down_answers_the_next_polls_then_the_grant_goes_on() {
    let sb = start_with(
        Faults {
            device_slow_down: 1,
            ..Faults::default()
        },
        None,
        false,
    );
    let i = info(&sb);
    let cid = i["tokenManager"]["oauthClientId"].as_str().unwrap();
    let secret = i["tokenManager"]["oauthClientSecret"].as_str().unwrap();
    let started = form(
        &format!("{}/device/authorize", sb.base_url()),
        &[("client_id", cid), ("scope", "spark:people_read")],
        None,
    );
    let device_code = started.json["device_code"].as_str().unwrap().to_string();
    let poll = || {
        form(
            &format!("{}/device/token", sb.base_url()),
            &[
                ("grant_type", super::super::oauth::DEVICE_GRANT),
                ("device_code", &device_code),
            ],
            Some((cid, secret)),
        )
    };
    let slow = poll();
    assert_eq!(
        (slow.status, slow.json["error"].as_str()),
        (400, Some("slow_down"))
    );
    assert_eq!(poll().status, 428, "then pending, as without the fault");
    assert_eq!(poll().status, 200);
    // At run time too.
    set_faults(&sb, json!({"deviceSlowDown": 2}));
    assert_eq!(poll().json["error"], "slow_down");
}

#[test]
fn scaled_down_lifetimes_apply_to_service_app_tokens() {
    let sb = start_with(
        Faults {
            access_token_lifetime: Some(30),
            refresh_token_lifetime: Some(90),
            ..Faults::default()
        },
        None,
        false,
    );
    let i = info(&sb);
    let app = &i["serviceApp"];
    let issued = call(
        "POST",
        &format!(
            "{}/applications/{}/token",
            sb.base_url(),
            app["appId"].as_str().unwrap()
        ),
        i["tokenManager"]["personalAccessToken"].as_str(),
        Some(json!({
            "clientId": app["clientId"],
            "clientSecret": app["clientSecret"],
            "targetOrgId": app["targetOrgId"],
        })),
    );
    assert_eq!(issued.status, 200, "{}", issued.text);
    assert_eq!(issued.json["expires_in"], 30);
    assert_eq!(issued.json["refresh_token_expires_in"], 90);
    let refreshed = form(
        &format!("{}/access_token", sb.base_url()),
        &[
            ("grant_type", "refresh_token"),
            ("client_id", app["clientId"].as_str().unwrap()),
            ("client_secret", app["clientSecret"].as_str().unwrap()),
            (
                "refresh_token",
                issued.json["refresh_token"].as_str().unwrap(),
            ),
        ],
        None,
    );
    assert_eq!(refreshed.status, 200, "{}", refreshed.text);
    assert_eq!(refreshed.json["expires_in"], 30);
}
