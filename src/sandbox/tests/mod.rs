//! End-to-end tests: a real `Sandbox` on 127.0.0.1:0, called over HTTP with ureq.

use std::collections::HashMap;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use ring::signature::{RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents};
use serde_json::{Value, json};

use super::*;

mod api;
mod control;
mod datasources;
mod faults;
mod jws;
mod oauth;
mod state;
mod store;

fn start_with(faults: Faults, state: Option<PathBuf>, reset: bool) -> Sandbox {
    Sandbox::start(Options {
        addr: "127.0.0.1:0".into(),
        state,
        reset,
        workers: 4,
        faults,
    })
    .expect("sandbox starts")
}

fn start() -> Sandbox {
    start_with(Faults::default(), None, false)
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(20)))
        .proxy(None)
        .max_redirects(0)
        .build()
        .new_agent()
}

struct Resp {
    status: u16,
    headers: HashMap<String, String>,
    text: String,
    json: Value,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// Asserts the Webex error shape and that the body's trackingId is the header's.
    fn assert_error(&self, status: u16, needle: &str) {
        assert_eq!(self.status, status, "body: {}", self.text);
        let tid = self.header("TrackingID").expect("TrackingID header");
        assert!(tid.starts_with("ROUTER_"), "{tid}");
        assert_eq!(self.json["trackingId"], tid);
        let msg = self.json["message"].as_str().expect("message");
        assert!(msg.contains(needle), "'{msg}' should mention '{needle}'");
        assert_eq!(self.json["errors"][0]["description"], msg);
    }
}

fn send(method: &str, url: &str, headers: &[(&str, String)], body: Option<Vec<u8>>) -> Resp {
    let mut b = ureq::http::Request::builder().method(method).uri(url);
    for (k, v) in headers {
        b = b.header(*k, v.as_str());
    }
    let result = match body {
        Some(bytes) => agent().run(b.body(bytes).unwrap()),
        None => agent().run(b.body(()).unwrap()),
    };
    let mut resp = result.expect("request completes");
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_ascii_lowercase(),
                v.to_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let status = resp.status().as_u16();
    let text = resp.body_mut().read_to_string().unwrap_or_default();
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Resp {
        status,
        headers,
        text,
        json,
    }
}

fn call(method: &str, url: &str, token: Option<&str>, body: Option<Value>) -> Resp {
    let mut headers = Vec::new();
    if let Some(t) = token {
        headers.push(("Authorization", format!("Bearer {t}")));
    }
    let body = body.map(|b| {
        headers.push(("Content-Type", "application/json".to_string()));
        serde_json::to_vec(&b).unwrap()
    });
    send(method, url, &headers, body)
}

fn form(url: &str, pairs: &[(&str, &str)], basic: Option<(&str, &str)>) -> Resp {
    let body = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", http::percent_encode(k), http::percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut headers = vec![(
        "Content-Type",
        "application/x-www-form-urlencoded".to_string(),
    )];
    if let Some((u, p)) = basic {
        headers.push((
            "Authorization",
            format!("Basic {}", STANDARD.encode(format!("{u}:{p}"))),
        ));
    }
    send("POST", url, &headers, Some(body.into_bytes()))
}

fn root(sb: &Sandbox) -> String {
    sb.base_url().trim_end_matches("/v1").to_string()
}

fn new_ds(lifetime: u64) -> Value {
    json!({
        "schemaId": "5397013b-7920-4ffc-807c-e8a3e0a18f43",
        "url": "https://agent.example.com/grpc",
        "audience": "my-audience",
        "subject": "my-subject",
        "nonce": uuid::Uuid::new_v4().to_string(),
        "tokenLifetimeMinutes": lifetime,
    })
}

fn b64json(part: &str) -> Value {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).expect("base64url")).expect("json")
}

/// Verifies `jws` against the sandbox JWKS and returns (header, claims).
fn verify(sb: &Sandbox, jws: &str) -> (Value, Value) {
    let parts: Vec<&str> = jws.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header = b64json(parts[0]);
    let claims = b64json(parts[1]);
    let jwks = call(
        "GET",
        &format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer()),
        None,
        None,
    );
    assert_eq!(jwks.status, 200);
    let key = jwks.json["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == header["kid"])
        .expect("kid published");
    let n = URL_SAFE_NO_PAD.decode(key["n"].as_str().unwrap()).unwrap();
    let e = URL_SAFE_NO_PAD.decode(key["e"].as_str().unwrap()).unwrap();
    let sig = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
    RsaPublicKeyComponents { n, e }
        .verify(
            &RSA_PKCS1_2048_8192_SHA256,
            format!("{}.{}", parts[0], parts[1]).as_bytes(),
            &sig,
        )
        .expect("signature verifies");
    (header, claims)
}

fn info(sb: &Sandbox) -> Value {
    sb.startup_info()
}

fn set_faults(sb: &Sandbox, patch: Value) -> Resp {
    call(
        "POST",
        &format!("{}/_sandbox/faults", root(sb)),
        None,
        Some(patch),
    )
}

fn app_token_call(sb: &Sandbox, app_id: &str, bearer: Option<&str>, body: Value) -> Resp {
    call(
        "POST",
        &format!("{}/applications/{app_id}/token", sb.base_url()),
        bearer,
        Some(body),
    )
}

fn service_app_tokens(sb: &Sandbox) -> (String, String) {
    let i = info(sb);
    let app = &i["serviceApp"];
    let r = app_token_call(
        sb,
        app["appId"].as_str().unwrap(),
        i["tokenManager"]["personalAccessToken"].as_str(),
        json!({"clientId": app["clientId"], "clientSecret": app["clientSecret"], "targetOrgId": app["targetOrgId"]}),
    );
    assert_eq!(r.status, 200);
    (
        r.json["access_token"].as_str().unwrap().into(),
        r.json["refresh_token"].as_str().unwrap().into(),
    )
}
