//! End-to-end tests: a real `Sandbox` on 127.0.0.1:0, called over HTTP with ureq.

use std::collections::HashMap;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use ring::signature::{RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents};
use serde_json::{Value, json};

use super::*;

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

#[test]
fn startup_info_has_urls_tokens_and_credentials() {
    let sb = start();
    let i = info(&sb);
    assert_eq!(i["baseUrl"], sb.base_url());
    assert!(sb.base_url().starts_with("http://127.0.0.1:") && sb.base_url().ends_with("/v1"));
    assert_eq!(i["issuer"], sb.issuer());
    assert_eq!(
        i["jwksUrl"],
        format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer())
    );
    assert_eq!(i["token"], sb.admin_token());
    assert_ne!(i["readOnlyToken"], i["token"]);
    let app = &i["serviceApp"];
    let decoded =
        String::from_utf8(STANDARD.decode(app["appId"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(
        decoded,
        format!(
            "ciscospark://us/APPLICATION/{}",
            app["clientId"].as_str().unwrap()
        )
    );
    for k in ["clientSecret", "targetOrgId"] {
        assert!(!app[k].as_str().unwrap().is_empty());
    }
    for k in [
        "personalAccessToken",
        "oauthClientId",
        "oauthClientSecret",
        "oauthRefreshToken",
    ] {
        assert!(!i["tokenManager"][k].as_str().unwrap().is_empty(), "{k}");
    }
    let via_http = call("GET", &format!("{}/_sandbox/info", root(&sb)), None, None);
    assert_eq!(via_http.json, i);
}

#[test]
fn seeded_data_sources_have_varied_states() {
    let sb = start();
    let r = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&sb.admin_token()),
        None,
    );
    assert_eq!(r.status, 200);
    let items = r.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    let now = crate::timefmt::now_unix();
    let exps: Vec<i64> = items
        .iter()
        .map(|d| {
            verify(&sb, d["jwsToken"].as_str().unwrap()).1["exp"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert!(exps.iter().any(|e| *e < now), "one expired");
    assert!(
        exps.iter().any(|e| *e > now && *e < now + 3600),
        "one expiring within 1h"
    );
    let disabled: Vec<&Value> = items.iter().filter(|d| d["status"] == "disabled").collect();
    assert_eq!(disabled.len(), 1);
    assert!(!disabled[0]["errorMessage"].as_str().unwrap().is_empty());
    for d in items {
        for k in [
            "id",
            "schemaId",
            "orgId",
            "applicationId",
            "url",
            "audience",
            "subject",
            "nonce",
            "status",
            "tokenLifetimeMinutes",
            "jwsToken",
            "createdBy",
            "createdAt",
            "updatedBy",
            "updatedAt",
        ] {
            assert!(d.get(k).is_some(), "{k} missing in {d}");
        }
        assert!(d.get("tokenExpiresAt").is_none(), "internal field leaked");
    }
}

#[test]
fn crud_happy_path_and_status_codes() {
    let sb = start();
    let (base, tok) = (sb.base_url(), sb.admin_token());
    let created = call(
        "POST",
        &format!("{base}/dataSources"),
        Some(&tok),
        Some(new_ds(60)),
    );
    assert_eq!(created.status, 200, "{}", created.text);
    assert!(
        created
            .header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    assert!(created.header("TrackingID").unwrap().starts_with("ROUTER_"));
    let id = created.json["id"].as_str().unwrap().to_string();
    assert!(uuid::Uuid::parse_str(&id).is_ok());
    assert_eq!(created.json["status"], "active");
    assert_eq!(created.json["tokenLifetimeMinutes"], 60);
    assert_eq!(created.json["audience"], "my-audience");
    assert!(created.json.get("errorMessage").is_none());

    let got = call("GET", &format!("{base}/dataSources/{id}"), Some(&tok), None);
    assert_eq!(got.status, 200);
    assert_eq!(got.json, created.json);

    for list_url in [
        format!("{base}/dataSources"),
        format!("{base}/dataSources/"),
    ] {
        let list = call("GET", &list_url, Some(&tok), None);
        assert_eq!(list.status, 200);
        let items = list.json["items"].as_array().unwrap();
        assert_eq!(items.len(), 5);
        assert!(items.iter().any(|d| d["id"] == id.as_str()));
    }

    let mut body = new_ds(30);
    body["status"] = json!("active");
    body["url"] = json!("https://other.example.com/x");
    let updated = call(
        "PUT",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        Some(body),
    );
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.json["url"], "https://other.example.com/x");
    assert_eq!(updated.json["tokenLifetimeMinutes"], 30);
    assert_ne!(updated.json["jwsToken"], created.json["jwsToken"]);
    assert_eq!(updated.json["createdAt"], created.json["createdAt"]);
    let (_, claims) = verify(&sb, updated.json["jwsToken"].as_str().unwrap());
    let expiry = updated.json["tokenExpiryTime"].as_str().unwrap();
    assert_eq!(
        expiry,
        crate::timefmt::rfc3339(claims["exp"].as_i64().unwrap())
    );
    assert!(expiry.ends_with('Z'));

    let deleted = call(
        "DELETE",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        None,
    );
    assert_eq!(deleted.status, 204);
    assert_eq!(deleted.text, "");
    assert!(deleted.header("TrackingID").is_some());
    call("GET", &format!("{base}/dataSources/{id}"), Some(&tok), None)
        .assert_error(404, "not found");
    call(
        "DELETE",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        None,
    )
    .assert_error(404, "not found");
    let mut put = new_ds(5);
    put["status"] = json!("active");
    call(
        "PUT",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        Some(put),
    )
    .assert_error(404, "not found");
}

#[test]
fn validation_errors_are_webex_shaped() {
    let sb = start();
    let url = format!("{}/dataSources", sb.base_url());
    let tok = sb.admin_token();
    for field in [
        "schemaId",
        "url",
        "audience",
        "subject",
        "nonce",
        "tokenLifetimeMinutes",
    ] {
        let mut body = new_ds(60);
        body.as_object_mut().unwrap().remove(field);
        call("POST", &url, Some(&tok), Some(body)).assert_error(400, field);
    }
    for bad in [json!(0), json!(1441), json!(1.5), json!(-3), json!("60")] {
        let mut body = new_ds(60);
        body["tokenLifetimeMinutes"] = bad.clone();
        call("POST", &url, Some(&tok), Some(body)).assert_error(400, "tokenLifetimeMinutes");
    }
    for ok in [1, 1440] {
        assert_eq!(call("POST", &url, Some(&tok), Some(new_ds(ok))).status, 200);
    }
    let mut body = new_ds(60);
    body["schemaId"] = json!("00000000-0000-0000-0000-000000000000");
    call("POST", &url, Some(&tok), Some(body)).assert_error(400, "schemaId");
    for bad_url in ["ftp://x.example.com", "not a url", "https://"] {
        let mut body = new_ds(60);
        body["url"] = json!(bad_url);
        call("POST", &url, Some(&tok), Some(body)).assert_error(400, "url");
    }
    let mut body = new_ds(60);
    body["audience"] = json!("");
    call("POST", &url, Some(&tok), Some(body)).assert_error(400, "audience");

    let auth = [("Authorization", format!("Bearer {tok}"))];
    let r = send("POST", &url, &auth, Some(b"{not json".to_vec()));
    r.assert_error(400, "Malformed JSON");
    let r = send("POST", &url, &auth, Some(b"[1,2]".to_vec()));
    r.assert_error(400, "JSON object");
    let r = send("POST", &url, &auth, Some(vec![0xff, 0xfe, 0x00]));
    r.assert_error(400, "JSON");
}

#[test]
fn put_status_rules_disable_and_reenable() {
    let sb = start();
    let tok = sb.admin_token();
    let created = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );
    let url = format!(
        "{}/dataSources/{}",
        sb.base_url(),
        created.json["id"].as_str().unwrap()
    );

    let body = new_ds(60);
    call("PUT", &url, Some(&tok), Some(body.clone())).assert_error(400, "status");
    let mut b = body.clone();
    b["status"] = json!("paused");
    call("PUT", &url, Some(&tok), Some(b)).assert_error(400, "status");
    let mut b = body.clone();
    b["status"] = json!("disabled");
    call("PUT", &url, Some(&tok), Some(b.clone())).assert_error(400, "errorMessage");
    b["errorMessage"] = json!("");
    call("PUT", &url, Some(&tok), Some(b.clone())).assert_error(400, "errorMessage");
    b["errorMessage"] = json!("down for maintenance");
    let r = call("PUT", &url, Some(&tok), Some(b));
    assert_eq!(r.status, 200);
    assert_eq!(r.json["status"], "disabled");
    assert_eq!(r.json["errorMessage"], "down for maintenance");
    let g = call("GET", &url, Some(&tok), None);
    assert_eq!(g.json["status"], "disabled");

    let mut b = body.clone();
    b["status"] = json!("active");
    b["errorMessage"] = json!("");
    let r = call("PUT", &url, Some(&tok), Some(b));
    assert_eq!(r.status, 200);
    assert_eq!(r.json["status"], "active");
    assert!(r.json.get("errorMessage").is_none_or(|m| m == ""));
}

#[test]
fn schemas_route_before_ids() {
    let sb = start();
    let base = sb.base_url();
    let personal = info(&sb)["tokenManager"]["personalAccessToken"]
        .as_str()
        .unwrap()
        .to_string();
    let list = call(
        "GET",
        &format!("{base}/dataSources/schemas"),
        Some(&personal),
        None,
    );
    assert_eq!(list.status, 200);
    let items = list.json["items"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "5397013b-7920-4ffc-807c-e8a3e0a18f43",
            "a38a10b7-43e4-4676-a076-a7d6dce9387d",
            "523e1b7f-4693-47bc-b84e-a7b7a505fb0b",
            "1b2b7077-dbcd-4732-b2f9-296f9168168a"
        ]
    );
    for s in items {
        for k in [
            "appType",
            "createdAt",
            "protocol",
            "serviceType",
            "url",
            "description",
        ] {
            assert!(s[k].is_string(), "{k}");
        }
    }
    let one = call(
        "GET",
        &format!("{base}/dataSources/schemas/{}", ids[1]),
        Some(&personal),
        None,
    );
    assert_eq!(one.status, 200);
    assert_eq!(one.json, items[1]);
    call(
        "GET",
        &format!("{base}/dataSources/schemas/nope"),
        Some(&personal),
        None,
    )
    .assert_error(404, "nope");
    call("GET", &format!("{base}/dataSources/schemas"), None, None)
        .assert_error(401, "access token");
}

#[test]
fn bearer_and_scope_checks() {
    let sb = start();
    let base = sb.base_url();
    let i = info(&sb);
    let read_only = i["readOnlyToken"].as_str().unwrap();
    let personal = i["tokenManager"]["personalAccessToken"].as_str().unwrap();
    let list = format!("{base}/dataSources");
    call("GET", &list, None, None).assert_error(401, "access token");
    call("GET", &list, Some("bogus"), None).assert_error(401, "invalid");
    let refresh = i["tokenManager"]["oauthRefreshToken"].as_str().unwrap();
    call("GET", &list, Some(refresh), None).assert_error(401, "invalid");
    assert_eq!(call("GET", &list, Some(read_only), None).status, 200);
    call("POST", &list, Some(read_only), Some(new_ds(5))).assert_error(403, "datasource_write");
    call("GET", &list, Some(personal), None).assert_error(403, "datasource_read");
    let id = call("GET", &list, Some(read_only), None).json["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    call("DELETE", &format!("{list}/{id}"), Some(read_only), None)
        .assert_error(403, "datasource_write");

    let r = call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "admin"})),
    );
    assert_eq!(r.json["expired"], 2);
    call("GET", &list, i["token"].as_str(), None).assert_error(401, "expired");
    assert_eq!(
        call("GET", &format!("{base}/people/me"), Some(personal), None).status,
        200
    );
}

#[test]
fn jws_claims_signature_and_lifetime() {
    let sb = start();
    let tok = sb.admin_token();
    let before = crate::timefmt::now_unix();
    let created = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(90)),
    );
    let (header, claims) = verify(&sb, created.json["jwsToken"].as_str().unwrap());
    assert_eq!(
        header,
        json!({"kid": jws::KEY1_KID, "typ": "JWT", "alg": "RS256"})
    );
    let iat = claims["iat"].as_i64().unwrap();
    assert!(iat >= before && iat <= before + 5);
    assert_eq!(claims["exp"].as_i64().unwrap(), iat + 60 * 90);
    assert_eq!(claims["aud"], "my-audience");
    assert_eq!(claims["sub"], "my-subject");
    assert_eq!(claims["iss"], sb.issuer());
    assert!(uuid::Uuid::parse_str(claims["jti"].as_str().unwrap()).is_ok());
    assert_eq!(
        claims["com.cisco.datasource.url"],
        "https://agent.example.com/grpc"
    );
    assert_eq!(
        claims["com.cisco.datasource.schema.uuid"],
        "5397013b-7920-4ffc-807c-e8a3e0a18f43"
    );
    assert_eq!(claims["com.cisco.org.uuid"], state::ORG_ID);
    assert_eq!(created.json["orgId"], state::ORG_ID);
    assert!(claims.get("nbf").is_none());
    let keys: Vec<&str> = claims
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 9, "{keys:?}");

    // A tampered token must not verify.
    let jws = created.json["jwsToken"].as_str().unwrap();
    let parts: Vec<&str> = jws.split('.').collect();
    let mut forged = claims.clone();
    forged["aud"] = json!("attacker");
    let forged_input = format!(
        "{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(forged.to_string())
    );
    let jwks = call(
        "GET",
        &format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer()),
        None,
        None,
    )
    .json;
    let k = &jwks["keys"][0];
    let comps = RsaPublicKeyComponents {
        n: URL_SAFE_NO_PAD.decode(k["n"].as_str().unwrap()).unwrap(),
        e: URL_SAFE_NO_PAD.decode(k["e"].as_str().unwrap()).unwrap(),
    };
    let sig = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
    assert!(
        comps
            .verify(&RSA_PKCS1_2048_8192_SHA256, forged_input.as_bytes(), &sig)
            .is_err()
    );
}

#[test]
fn key_rotation_publishes_both_new_first() {
    let sb = start();
    let tok = sb.admin_token();
    let jwks_url = format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer());
    let before = call("GET", &jwks_url, None, None);
    assert_eq!(before.status, 200);
    let keys = before.json["keys"].as_array().unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0]["kid"], jws::KEY1_KID);
    assert_eq!(keys[0]["kty"], "RSA");
    assert_eq!(keys[0]["e"], "AQAB");
    assert_eq!(keys[0]["use"], "sig");
    assert!(keys[0].get("alg").is_none());
    assert_eq!(
        URL_SAFE_NO_PAD
            .decode(keys[0]["n"].as_str().unwrap())
            .unwrap()
            .len(),
        256
    );
    let old = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );

    let r = call(
        "POST",
        &format!("{}/_sandbox/rotate-key", root(&sb)),
        None,
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json["activeKid"], jws::KEY2_KID);
    let after = call("GET", &jwks_url, None, None);
    let kids: Vec<&str> = after.json["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert_eq!(kids, [jws::KEY2_KID, jws::KEY1_KID]);
    assert_ne!(after.json["keys"][0]["n"], after.json["keys"][1]["n"]);

    let new = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );
    let (h_new, _) = verify(&sb, new.json["jwsToken"].as_str().unwrap());
    assert_eq!(h_new["kid"], jws::KEY2_KID);
    let (h_old, _) = verify(&sb, old.json["jwsToken"].as_str().unwrap());
    assert_eq!(h_old["kid"], jws::KEY1_KID);
}

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
    let fresh = call("PUT", &url, Some(&tok), Some(body));
    assert_ne!(fresh.json["jwsToken"], created.json["jwsToken"]);
}

fn app_token_call(sb: &Sandbox, app_id: &str, bearer: Option<&str>, body: Value) -> Resp {
    call(
        "POST",
        &format!("{}/applications/{app_id}/token", sb.base_url()),
        bearer,
        Some(body),
    )
}

#[test]
fn service_app_token_endpoint() {
    let sb = start();
    let i = info(&sb);
    let app = &i["serviceApp"];
    let personal = i["tokenManager"]["personalAccessToken"].as_str().unwrap();
    let app_id = app["appId"].as_str().unwrap();
    assert!(app_id.ends_with('='), "seed app id is padded: {app_id}");
    let body = json!({"clientId": app["clientId"], "clientSecret": app["clientSecret"], "targetOrgId": app["targetOrgId"]});

    let unpadded = app_id.trim_end_matches('=');
    for id in [app_id, unpadded] {
        let r = app_token_call(&sb, id, Some(personal), body.clone());
        assert_eq!(r.status, 200, "{}", r.text);
        assert_eq!(r.json["token_type"], "Bearer");
        assert_eq!(r.json["expires_in"], 14 * 86_400);
        assert_eq!(r.json["refresh_token_expires_in"], 90 * 86_400);
        let access = r.json["access_token"].as_str().unwrap();
        assert!(access.len() >= 40);
        let created = call(
            "POST",
            &format!("{}/dataSources", sb.base_url()),
            Some(access),
            Some(new_ds(5)),
        );
        assert_eq!(created.status, 200);
        assert_eq!(created.json["applicationId"], app["clientId"]);
    }
    // The plain org uuid is accepted as well.
    let mut plain = body.clone();
    plain["targetOrgId"] = json!(state::ORG_ID);
    assert_eq!(
        app_token_call(&sb, app_id, Some(personal), plain).status,
        200
    );

    app_token_call(&sb, app_id, None, body.clone()).assert_error(401, "access token");
    app_token_call(&sb, app_id, Some("nope"), body.clone()).assert_error(401, "invalid");
    app_token_call(&sb, app_id, Some(&sb.admin_token()), body.clone())
        .assert_error(403, "applications_token");
    let other = STANDARD_NO_PAD.encode("ciscospark://us/APPLICATION/Cunknown");
    app_token_call(&sb, &other, Some(personal), body.clone()).assert_error(404, "not found");
    app_token_call(&sb, "!!notbase64", Some(personal), body.clone()).assert_error(404, "not found");
    let mut wrong = body.clone();
    wrong["clientSecret"] = json!("wrong");
    app_token_call(&sb, app_id, Some(personal), wrong).assert_error(400, "clientSecret");
    let mut wrong = body.clone();
    wrong["targetOrgId"] = json!("11111111-2222-3333-4444-555555555555");
    app_token_call(&sb, app_id, Some(personal), wrong).assert_error(400, "targetOrgId");

    set_faults(&sb, json!({"serviceAppAuthorized": false}));
    app_token_call(&sb, app_id, Some(personal), body.clone()).assert_error(403, "Control Hub");

    set_faults(
        &sb,
        json!({"serviceAppAuthorized": true, "accessTokenLifetime": 60, "refreshTokenLifetime": 120}),
    );
    let r = app_token_call(&sb, app_id, Some(personal), body.clone());
    assert_eq!(
        (
            r.json["expires_in"].as_i64(),
            r.json["refresh_token_expires_in"].as_i64()
        ),
        (Some(60), Some(120))
    );

    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "personal"})),
    );
    app_token_call(&sb, app_id, Some(personal), body).assert_error(401, "expired");
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

#[test]
fn refresh_grant_plain_rotating_and_omitting() {
    let sb = start();
    let i = info(&sb);
    let (cid, secret) = (
        i["serviceApp"]["clientId"].as_str().unwrap().to_string(),
        i["serviceApp"]["clientSecret"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    let token_url = format!("{}/access_token", sb.base_url());
    let (access, refresh) = service_app_tokens(&sb);

    // Access token expired mid-run: 401, then a refresh brings a working one.
    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "access"})),
    );
    call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&access),
        None,
    )
    .assert_error(401, "expired");
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &refresh),
        ],
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        r.json["refresh_token"],
        refresh.as_str(),
        "not rotated by default"
    );
    assert!(r.json["refresh_token_expires_in"].as_i64().unwrap() > 89 * 86_400);
    let new_access = r.json["access_token"].as_str().unwrap();
    assert_ne!(new_access, access);
    assert_eq!(
        call(
            "GET",
            &format!("{}/dataSources", sb.base_url()),
            Some(new_access),
            None
        )
        .status,
        200
    );

    // HTTP Basic client credentials.
    let r = form(
        &token_url,
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
        Some((&cid, &secret)),
    );
    assert_eq!(r.status, 200, "{}", r.text);

    // Rotation: new refresh token, old one is dead.
    set_faults(&sb, json!({"rotateRefreshTokens": true}));
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &refresh),
        ],
        None,
    );
    assert_eq!(r.status, 200);
    let rotated = r.json["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(rotated, refresh);
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &refresh),
        ],
        None,
    );
    assert_eq!(r.status, 400);
    assert_eq!(r.json["error"], "invalid_grant");
    assert!(
        r.json["trackingId"]
            .as_str()
            .unwrap()
            .starts_with("ROUTER_")
    );
    assert!(!r.json["error_description"].as_str().unwrap().is_empty());

    // Omitted refresh token.
    set_faults(
        &sb,
        json!({"rotateRefreshTokens": false, "omitRefreshTokenOnRefresh": true}),
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(r.status, 200);
    assert!(r.json.get("refresh_token").is_none());
    assert!(r.json["access_token"].is_string());

    // Wrong client for this refresh token, bad secret, unknown token, expired token, bad grant.
    let integ = i["tokenManager"]["oauthClientId"].as_str().unwrap();
    let integ_secret = i["tokenManager"]["oauthClientSecret"].as_str().unwrap();
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", integ),
            ("client_secret", integ_secret),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", "x"),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (401, Some("invalid_client"))
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", "unknown"),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "password"),
            ("client_id", &cid),
            ("client_secret", &secret),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("unsupported_grant_type"))
    );
    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "refresh"})),
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );

    // The integration's seeded refresh token works with the integration's credentials.
    let sb2 = start();
    let i2 = info(&sb2);
    let r = form(
        &format!("{}/access_token", sb2.base_url()),
        &[
            ("grant_type", "refresh_token"),
            (
                "client_id",
                i2["tokenManager"]["oauthClientId"].as_str().unwrap(),
            ),
            (
                "client_secret",
                i2["tokenManager"]["oauthClientSecret"].as_str().unwrap(),
            ),
            (
                "refresh_token",
                i2["tokenManager"]["oauthRefreshToken"].as_str().unwrap(),
            ),
        ],
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    let me = call(
        "GET",
        &format!("{}/people/me", sb2.base_url()),
        r.json["access_token"].as_str(),
        None,
    );
    assert_eq!(me.status, 200);
    assert_eq!(me.json["type"], "person");
    assert!(me.json["emails"][0].as_str().unwrap().contains('@'));
}

fn pkce_pair() -> (String, String) {
    let verifier = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let challenge = URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ));
    (verifier, challenge)
}

fn authorize(sb: &Sandbox, client_id: &str, redirect: &str, challenge: &str) -> Resp {
    let q = [
        ("response_type", "code"),
        ("client_id", client_id),
        ("redirect_uri", redirect),
        ("scope", "spark:applications_token spark:people_read"),
        ("state", "xyz 1"),
        ("code_challenge", challenge),
        ("code_challenge_method", "S256"),
    ]
    .iter()
    .map(|(k, v)| format!("{k}={}", http::percent_encode(v)))
    .collect::<Vec<_>>()
    .join("&");
    call(
        "GET",
        &format!("{}/authorize?{q}", sb.base_url()),
        None,
        None,
    )
}

#[test]
fn authorization_code_with_pkce() {
    let sb = start();
    let i = info(&sb);
    let cid = i["tokenManager"]["oauthClientId"].as_str().unwrap();
    let secret = i["tokenManager"]["oauthClientSecret"].as_str().unwrap();
    let redirect = "http://127.0.0.1:8976/callback";
    let (verifier, challenge) = pkce_pair();
    let r = authorize(&sb, cid, redirect, &challenge);
    assert_eq!(r.status, 302, "{}", r.text);
    let location = r.header("location").unwrap().to_string();
    assert!(
        location.starts_with(&format!("{redirect}?code=")),
        "{location}"
    );
    assert!(location.ends_with("&state=xyz%201"), "{location}");
    let code = http::percent_decode(
        location
            .split("code=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap(),
    );

    let token_url = format!("{}/access_token", sb.base_url());
    let exchange = |code: &str, redirect: &str, verifier: &str| {
        form(
            &token_url,
            &[
                ("grant_type", "authorization_code"),
                ("client_id", cid),
                ("client_secret", secret),
                ("code", code),
                ("redirect_uri", redirect),
                ("code_verifier", verifier),
            ],
            None,
        )
    };
    let r = exchange(&code, redirect, "wrong-verifier");
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    assert!(r.text.contains("PKCE"));
    let r = exchange(&code, "http://127.0.0.1:8976/other", &verifier);
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let r = exchange(&code, redirect, &verifier);
    assert_eq!(r.status, 200, "{}", r.text);
    let access = r.json["access_token"].as_str().unwrap().to_string();
    assert!(r.json["refresh_token"].is_string());
    let r = exchange(&code, redirect, &verifier);
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant")),
        "code is single-use"
    );

    // The integration token can mint service app tokens but cannot touch data sources.
    let app = &i["serviceApp"];
    let r = app_token_call(
        &sb,
        app["appId"].as_str().unwrap(),
        Some(&access),
        json!({"clientId": app["clientId"], "clientSecret": app["clientSecret"], "targetOrgId": app["targetOrgId"]}),
    );
    assert_eq!(r.status, 200);
    call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&access),
        None,
    )
    .assert_error(403, "datasource_read");

    // A code for another client cannot be exchanged by the service app.
    let (_, ch) = pkce_pair();
    authorize(&sb, "Cunknown", redirect, &ch).assert_error(400, "client_id");
    let r = call(
        "GET",
        &format!(
            "{}/authorize?response_type=code&client_id={cid}",
            sb.base_url()
        ),
        None,
        None,
    );
    r.assert_error(400, "redirect_uri");
    let r = form(
        &token_url,
        &[
            ("grant_type", "authorization_code"),
            ("client_id", app["clientId"].as_str().unwrap()),
            ("client_secret", app["clientSecret"].as_str().unwrap()),
            ("code", "x"),
        ],
        None,
    );
    assert_eq!(r.status, 400);
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
    assert!(t.elapsed() >= Duration::from_millis(300));
    let t = std::time::Instant::now();
    call("GET", &format!("{}/_sandbox/faults", root(&sb)), None, None);
    assert!(t.elapsed() < Duration::from_millis(300));
}

fn follow_links(first: &str, token: &str) -> (Vec<Value>, usize) {
    let mut url = Some(first.to_string());
    let (mut all, mut pages) = (Vec::new(), 0);
    while let Some(u) = url {
        let r = call("GET", &u, Some(token), None);
        assert_eq!(r.status, 200, "{}", r.text);
        pages += 1;
        all.extend(r.json["items"].as_array().unwrap().iter().cloned());
        url = r.header("link").map(|l| {
            assert!(l.ends_with("; rel=\"next\""), "{l}");
            let next = l
                .trim_start_matches('<')
                .split('>')
                .next()
                .unwrap()
                .to_string();
            assert!(next.starts_with("http://127.0.0.1:"), "absolute: {next}");
            next
        });
        assert!(pages < 20, "link loop");
    }
    (all, pages)
}

#[test]
fn pagination_link_chain_covers_everything() {
    let sb = start();
    let tok = sb.admin_token();
    let url = format!("{}/dataSources", sb.base_url());
    for _ in 0..3 {
        call("POST", &url, Some(&tok), Some(new_ds(5)));
    }
    let unpaged = call("GET", &url, Some(&tok), None);
    assert!(unpaged.header("link").is_none());
    let expected = unpaged.json["items"].as_array().unwrap().clone();
    assert_eq!(expected.len(), 7);

    set_faults(&sb, json!({"pageSize": 3}));
    let (all, pages) = follow_links(&url, &tok);
    assert_eq!(pages, 3);
    assert_eq!(all, expected);
    let (schemas, pages) = follow_links(&format!("{url}/schemas"), &tok);
    assert_eq!((schemas.len(), pages), (4, 2));
    call("GET", &format!("{url}?cursor=abc"), Some(&tok), None).assert_error(400, "cursor");
}

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
fn state_persists_across_restarts_and_reset_reseeds() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state").join("sandbox.json");
    let (token, id, secret) = {
        let sb = start_with(Faults::default(), Some(path.clone()), false);
        let created = call(
            "POST",
            &format!("{}/dataSources", sb.base_url()),
            Some(&sb.admin_token()),
            Some(new_ds(60)),
        );
        call(
            "POST",
            &format!("{}/_sandbox/rotate-key", root(&sb)),
            None,
            None,
        );
        (
            sb.admin_token(),
            created.json["id"].as_str().unwrap().to_string(),
            info(&sb)["serviceApp"]["clientSecret"].clone(),
        )
    };
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["rotated"], true);

    let sb = start_with(Faults::default(), Some(path.clone()), false);
    assert_eq!(sb.admin_token(), token);
    assert_eq!(info(&sb)["serviceApp"]["clientSecret"], secret);
    let got = call(
        "GET",
        &format!("{}/dataSources/{id}", sb.base_url()),
        Some(&token),
        None,
    );
    assert_eq!(got.status, 200);
    let jwks = call(
        "GET",
        &format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer()),
        None,
        None,
    );
    assert_eq!(jwks.json["keys"].as_array().unwrap().len(), 2);
    drop(sb);

    let sb = start_with(Faults::default(), Some(path.clone()), true);
    assert_ne!(sb.admin_token(), token);
    let list = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&sb.admin_token()),
        None,
    );
    assert_eq!(list.json["items"].as_array().unwrap().len(), 4);
    assert!(!list.text.contains(&id));
}

#[test]
fn two_sandboxes_share_one_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let a = start_with(Faults::default(), Some(path.clone()), false);
    let b = start_with(Faults::default(), Some(path.clone()), false);
    assert_eq!(a.admin_token(), b.admin_token());
    let tok = a.admin_token();
    let mut ids = Vec::new();
    for i in 0..6 {
        let sb = if i % 2 == 0 { &a } else { &b };
        let r = call(
            "POST",
            &format!("{}/dataSources", sb.base_url()),
            Some(&tok),
            Some(new_ds(5)),
        );
        assert_eq!(r.status, 200);
        ids.push(r.json["id"].as_str().unwrap().to_string());
    }
    for sb in [&a, &b] {
        let list = call(
            "GET",
            &format!("{}/dataSources", sb.base_url()),
            Some(&tok),
            None,
        );
        let items = list.json["items"].as_array().unwrap();
        assert_eq!(items.len(), 10, "no lost update");
        for id in &ids {
            assert!(items.iter().any(|d| d["id"] == id.as_str()));
        }
    }
}

#[test]
fn concurrent_requests_from_many_threads() {
    let sb = start();
    let (base, tok) = (sb.base_url(), sb.admin_token());
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let (base, tok) = (base.clone(), tok.clone());
            std::thread::spawn(move || {
                (0..5)
                    .map(|_| {
                        let r = call(
                            "POST",
                            &format!("{base}/dataSources"),
                            Some(&tok),
                            Some(new_ds(10)),
                        );
                        assert_eq!(r.status, 200);
                        assert_eq!(
                            call(
                                "GET",
                                &format!("{base}/dataSources/schemas"),
                                Some(&tok),
                                None
                            )
                            .status,
                            200
                        );
                        r.json["id"].as_str().unwrap().to_string()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut ids: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 40);
    let list = call("GET", &format!("{base}/dataSources"), Some(&tok), None);
    assert_eq!(list.json["items"].as_array().unwrap().len(), 44);
}

#[test]
fn hostile_input_never_breaks_the_server() {
    let sb = start();
    let tok = sb.admin_token();
    let url = format!("{}/dataSources", sb.base_url());
    let auth = [("Authorization", format!("Bearer {tok}"))];
    let big = vec![b'a'; MAX_BODY + 10];
    send("POST", &url, &auth, Some(big)).assert_error(413, "1 MiB");
    call("GET", &format!("{}/nope", root(&sb)), None, None).assert_error(404, "could not be found");
    call("PATCH", &format!("{url}/x"), Some(&tok), Some(json!({}))).assert_error(405, "PATCH");
    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "weird"})),
    )
    .assert_error(400, "weird");

    // A client that sends half a request and disappears.
    {
        use std::io::Write;
        let addr = root(&sb).trim_start_matches("http://").to_string();
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        let _ = s.write_all(
            b"POST /v1/dataSources HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"a\":",
        );
    }
    // Still serving.
    assert_eq!(call("GET", &url, Some(&tok), None).status, 200);
}

#[test]
fn shutdown_endpoint_ends_wait() {
    let sb = start();
    let url = format!("{}/_sandbox/shutdown", root(&sb));
    let t = std::thread::spawn(move || sb.wait());
    assert_eq!(call("POST", &url, None, None).status, 200);
    t.join().unwrap();
}

#[test]
fn options_from_args_defaults_state_file() {
    use clap::Parser;
    let cli = crate::cli::Cli::try_parse_from([
        "byods",
        "sandbox",
        "--addr",
        "127.0.0.1:0",
        "--rate-limit-every",
        "4",
        "--page-size",
        "2",
    ])
    .unwrap();
    let crate::cli::Command::Sandbox(args) = cli.command else {
        panic!("not a sandbox command")
    };
    let opts = Options::from_args(&args).unwrap();
    assert_eq!(opts.addr, "127.0.0.1:0");
    assert!(opts.state.unwrap().ends_with("sandbox.json"));
    assert_eq!(opts.faults.rate_limit_every, Some(4));
    assert_eq!(opts.faults.page_size, Some(2));
    assert!(opts.faults.service_app_authorized);
}

#[test]
fn device_grant_pending_then_tokens() {
    let sb = start();
    let i = info(&sb);
    let cid = i["tokenManager"]["oauthClientId"].as_str().unwrap();
    let secret = i["tokenManager"]["oauthClientSecret"].as_str().unwrap();
    let start = form(
        &format!("{}/device/authorize", sb.base_url()),
        &[("client_id", cid), ("scope", "spark:people_read")],
        None,
    );
    assert_eq!(start.status, 200, "{}", start.text);
    let device_code = start.json["device_code"].as_str().unwrap().to_string();
    assert_eq!(start.json["user_code"].as_str().unwrap().len(), 8);
    assert!(
        start.json["verification_uri"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
    let poll = || {
        form(
            &format!("{}/device/token", sb.base_url()),
            &[
                ("grant_type", oauth::DEVICE_GRANT),
                ("device_code", &device_code),
            ],
            Some((cid, secret)),
        )
    };
    let first = poll();
    assert_eq!(
        (first.status, first.json["error"].as_str()),
        (428, Some("authorization_pending"))
    );
    let second = poll();
    assert_eq!(second.status, 200, "{}", second.text);
    let me = call(
        "GET",
        &format!("{}/people/me", sb.base_url()),
        second.json["access_token"].as_str(),
        None,
    );
    assert_eq!(me.status, 200);
    let third = poll();
    assert_eq!(
        (third.status, third.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let bad = form(
        &format!("{}/device/authorize", sb.base_url()),
        &[("client_id", "Cnope")],
        None,
    );
    assert_eq!(bad.status, 400);
}

/// Regression: tiny_http 0.12 could leave a new connection queued until some other connection
/// closed; with keep-alive clients holding idle connections, requests went unanswered until the
/// client timed out. Here idle keep-alive connections stay open while a burst of new connections
/// (more than `workers`) arrives: every request must be answered while they are still open.
#[test]
fn idle_keep_alive_connections_never_starve_new_ones() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    /// Sends `GET /_sandbox/info` and reads the answer (10 s at most: generous, only a bound).
    fn info_request(stream: &mut TcpStream) -> String {
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(b"GET /_sandbox/info HTTP/1.1\r\nHost: sandbox\r\n\r\n")
            .unwrap();
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status).expect("answered in time");
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("answered in time");
            if line == "\r\n" {
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("whole body in time");
        assert!(serde_json::from_slice::<Value>(&body).unwrap()["baseUrl"].is_string());
        status
    }

    let sb = start();
    let addr = root(&sb).trim_start_matches("http://").to_string();
    let mut idle: Vec<TcpStream> = (0..8).map(|_| TcpStream::connect(&addr).unwrap()).collect();
    for s in &mut idle {
        assert!(info_request(s).starts_with("HTTP/1.1 200 "));
    }
    let burst: Vec<_> = (0..4)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut streams: Vec<TcpStream> =
                    (0..4).map(|_| TcpStream::connect(&addr).unwrap()).collect();
                streams.iter_mut().map(info_request).collect::<Vec<_>>()
            })
        })
        .collect();
    for t in burst {
        for status in t.join().unwrap() {
            assert!(status.starts_with("HTTP/1.1 200 "), "{status}");
        }
    }
    // The idle connections were kept alive throughout and still work.
    for s in &mut idle {
        assert!(info_request(s).starts_with("HTTP/1.1 200 "));
    }
}
