//! `byods jwt decode` and `byods jwt verify`, end to end against a sandbox: real tokens, forged
//! ones (signed with the public test keys in tests/fixtures/jws), and the JWKS fetch it makes.

use std::time::Duration;

use crate::common::{Env, stderr_text, stdout_json, stdout_text};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair, RsaPublicKeyComponents};
use serde_json::{Value, json};

const JWKS_PATH: &str = "/idb/oauth2/v2/keys/verificationjwk";
const SANDBOX_KID_2: &str = "3f0c6b1e-6a0e-4d8f-9a51-5b0c1d2e3f02";

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn test_key(name: &str) -> RsaKeyPair {
    let path = format!("{}/tests/fixtures/jws/{name}", env!("CARGO_MANIFEST_DIR"));
    RsaKeyPair::from_pkcs8(&std::fs::read(path).unwrap()).unwrap()
}

/// An RS256 JWS over `header`/`claims`, signed with a test fixture key.
fn sign(key: &RsaKeyPair, header: &Value, claims: &Value) -> String {
    let input = format!(
        "{}.{}",
        b64(header.to_string().as_bytes()),
        b64(claims.to_string().as_bytes())
    );
    let mut sig = vec![0u8; key.public().modulus_len()];
    key.sign(
        &RSA_PKCS1_SHA256,
        &ring::rand::SystemRandom::new(),
        input.as_bytes(),
        &mut sig,
    )
    .unwrap();
    format!("{input}.{}", b64(&sig))
}

fn jwks_of(key: &RsaKeyPair, kid: &str) -> Value {
    let public = RsaPublicKeyComponents::<Vec<u8>>::from(key.public());
    json!({"keys": [{"kty": "RSA", "use": "sig", "kid": kid, "e": b64(&public.e), "n": b64(&public.n)}]})
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Seeded data source by audience (`sandbox-demo-1` active 24 h, `-4` expired 2 h ago).
fn seeded(env: &Env, audience: &str) -> Value {
    env.data_sources()
        .into_iter()
        .find(|d| d["audience"] == audience)
        .unwrap()
}

fn token_of(ds: &Value) -> String {
    ds["jwsToken"].as_str().unwrap().to_string()
}

fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

fn jwks_requests(env: &Env) -> Vec<Value> {
    env.requests()
        .into_iter()
        .filter(|r| r["path"] == JWKS_PATH)
        .collect()
}

fn check<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no check {name} in {report}"))
}

/// Runs `byods jwt verify TOKEN args...` against the sandbox; returns (exit code, report, stderr).
fn verify(env: &Env, token: &str, args: &[&str]) -> (i32, Value, String) {
    let out = env
        .cmd()
        .args(["jwt", "verify", token, "--json"])
        .args(args)
        .output()
        .unwrap();
    let code = out.status.code().unwrap();
    let report = if out.stdout.is_empty() {
        Value::Null
    } else {
        stdout_json(&out)
    };
    (code, report, stderr_text(&out))
}

fn assert_fails(code: i32, report: &Value, name: &str, detail: &str) {
    assert_eq!(code, 8, "{report}");
    assert_eq!(report["ok"], false);
    let c = check(report, name);
    assert_eq!(c["ok"], false, "{report}");
    let text = c["detail"].as_str().unwrap();
    assert!(text.contains(detail), "{name}: {text:?} lacks {detail:?}");
}

#[test]
fn sandbox_token_verifies_against_its_jwks_by_url_then_from_cache() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    let (code, report, err) = verify(&env, &token, &[]);
    assert_eq!(code, 0, "{report} {err}");
    assert_eq!(report["ok"], true);
    assert_eq!(report["keySource"], "fetched");
    for name in ["signature", "issuer", "exp", "iat"] {
        assert_eq!(check(&report, name)["ok"], true, "{name}");
    }
    let fetched = jwks_requests(&env);
    assert_eq!(fetched.len(), 1);
    // A key server never gets the bearer token.
    assert_eq!(fetched[0]["auth"], "none");
    let (code, report, _) = verify(&env, &token, &[]);
    assert_eq!(code, 0);
    assert_eq!(report["keySource"], "cache");
    assert_eq!(
        jwks_requests(&env).len(),
        1,
        "the second run uses the cache"
    );
}

#[test]
fn table_view_has_one_line_per_check() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    let out = env
        .cmd()
        .args(["jwt", "verify", &token, "-o", "table", "--aud", "other"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    let text = stdout_text(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("CHECK") && lines[0].contains("RESULT"));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("signature") && l.contains("PASS"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("aud") && l.contains("FAIL"))
    );
    assert_eq!(lines.len(), 6, "header + signature, issuer, exp, iat, aud");
    assert!(stderr_text(&out).contains("verification failed: aud"));
}

#[test]
fn verifies_offline_from_a_jwks_file_without_any_request() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    let agent = ureq::Agent::config_builder()
        .proxy(None)
        .build()
        .new_agent();
    let jwks = agent
        .get(env.info["jwksUrl"].as_str().unwrap())
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    let file = env.path().join("keys.json");
    std::fs::write(&file, jwks).unwrap();
    env.clear_requests();
    // No API settings at all: the sandbox issuer is trusted only because --issuer says so.
    let out = env
        .bare_cmd()
        .args(["jwt", "verify", &token, "--json", "--jwks"])
        .arg(&file)
        .args(["--issuer", env.info["issuer"].as_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert_eq!(stdout_json(&out)["ok"], true);
    assert!(env.requests().is_empty());
}

#[test]
fn tampered_payload_fails_the_signature() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    let parts: Vec<&str> = token.split('.').collect();
    let mut claims = claims_of(&token);
    claims["aud"] = json!("someone-else");
    let forged = format!(
        "{}.{}.{}",
        parts[0],
        b64(claims.to_string().as_bytes()),
        parts[2]
    );
    let (code, report, _) = verify(&env, &forged, &[]);
    assert_fails(code, &report, "signature", "bad signature");
}

#[test]
fn token_signed_by_another_key_fails_the_signature() {
    let env = Env::start();
    let claims = claims_of(&token_of(&seeded(&env, "sandbox-demo-1")));
    let kid = "3f0c6b1e-6a0e-4d8f-9a51-5b0c1d2e3f01";
    let forged = sign(
        &test_key("test-key-a.pk8.der"),
        &json!({"kid": kid, "typ": "JWT", "alg": "RS256"}),
        &claims,
    );
    let (code, report, _) = verify(&env, &forged, &[]);
    assert_fails(code, &report, "signature", "does not verify");
}

#[test]
fn alg_none_and_hs256_are_rejected_before_any_fetch() {
    let env = Env::start();
    let claims = claims_of(&token_of(&seeded(&env, "sandbox-demo-1")));
    let body = b64(claims.to_string().as_bytes());
    let none = format!("{}.{body}.", b64(br#"{"alg":"none","typ":"JWT"}"#));
    let (code, report, _) = verify(&env, &none, &[]);
    assert_fails(code, &report, "signature", "unsigned token");
    let hs_input = format!("{}.{body}", b64(br#"{"alg":"HS256","typ":"JWT"}"#));
    let mac = ring::hmac::sign(
        &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"guessable"),
        hs_input.as_bytes(),
    );
    let hs = format!("{hs_input}.{}", b64(mac.as_ref()));
    let (code, report, _) = verify(&env, &hs, &[]);
    assert_fails(code, &report, "signature", "shared-secret");
    let jku = format!(
        "{}.{body}.AAAA",
        b64(br#"{"alg":"RS256","jku":"https://evil.example/keys"}"#)
    );
    let (code, report, _) = verify(&env, &jku, &[]);
    assert_fails(code, &report, "signature", "\"jku\"");
    assert!(jwks_requests(&env).is_empty());
}

#[test]
fn expired_token_fails_exp() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-4"));
    let (code, report, _) = verify(&env, &token, &[]);
    assert_fails(code, &report, "exp", "expired");
    assert_eq!(check(&report, "signature")["ok"], true);
    // A leeway longer than the time since expiry lets it pass.
    let (code, report, _) = verify(&env, &token, &["--leeway", "3h"]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn future_iat_fails_iat() {
    let env = Env::start();
    let key = test_key("test-key-b.pk8.der");
    let file = env.path().join("keys.json");
    std::fs::write(&file, jwks_of(&key, "kb").to_string()).unwrap();
    let t = now();
    let claims = json!({"iss": "https://idbroker.webex.com/idb", "aud": "a", "sub": "s",
        "iat": t + 3600, "exp": t + 7200});
    let token = sign(&key, &json!({"kid": "kb", "alg": "RS256"}), &claims);
    let (code, report, _) = verify(&env, &token, &["--jwks", file.to_str().unwrap()]);
    assert_fails(code, &report, "iat", "issued in the future");
    assert_eq!(check(&report, "signature")["ok"], true);
    assert!(env.requests().is_empty());
}

#[test]
fn wrong_expectations_each_fail_their_own_check() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    let cases = [
        (
            "--aud",
            "sandbox-demo-2",
            "aud",
            "expected \"sandbox-demo-2\"",
        ),
        ("--sub", "nobody", "sub", "expected \"nobody\""),
        (
            "--url",
            "https://vva.sandbox.byods.example:443/grpc",
            "url",
            "explicit default port :443; Webex compares URLs exactly",
        ),
        (
            "--schema",
            "a38a10b7-43e4-4676-a076-a7d6dce9387d",
            "schema",
            "expected a38a10b7",
        ),
        (
            "--org",
            "00000000-0000-4000-8000-000000000000",
            "org",
            "expected 00000000",
        ),
    ];
    for (flag, value, name, detail) in cases {
        let (code, report, _) = verify(&env, &token, &[flag, value]);
        assert_fails(code, &report, name, detail);
        let failed: Vec<&Value> = report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["ok"] == false)
            .collect();
        assert_eq!(failed.len(), 1, "only {name} fails: {report}");
    }
}

#[test]
fn data_source_flag_takes_expectations_from_the_api() {
    let env = Env::start();
    let one = seeded(&env, "sandbox-demo-1");
    let two = seeded(&env, "sandbox-demo-2");
    let id = one["id"].as_str().unwrap();
    let (code, report, _) = verify(&env, &token_of(&one), &["--data-source", id]);
    assert_eq!(code, 0, "{report}");
    for name in ["aud", "sub", "url", "schema", "org"] {
        assert_eq!(check(&report, name)["ok"], true, "{name}");
    }
    let (code, report, _) = verify(&env, &token_of(&two), &["--data-source", id]);
    assert_fails(code, &report, "aud", "expected \"sandbox-demo-1\"");
    assert_eq!(check(&report, "url")["ok"], false);
    // An explicit flag overrides the registered value.
    let (code, report, _) = verify(
        &env,
        &token_of(&two),
        &["--data-source", id, "--aud", "sandbox-demo-2"],
    );
    assert_eq!(check(&report, "aud")["ok"], true);
    assert_eq!(code, 8, "url and schema still differ");
}

#[test]
fn issuer_outside_the_allow_list_fails_without_any_request() {
    let env = Env::start();
    let key = test_key("test-key-a.pk8.der");
    let t = now();
    let evil =
        format!("{}/idb", env.base_url.trim_end_matches("/v1")).replace("127.0.0.1", "localhost");
    for iss in ["https://evil.example/idb", evil.as_str()] {
        let claims = json!({"iss": iss, "aud": "a", "iat": t, "exp": t + 600});
        let token = sign(&key, &json!({"kid": "k", "alg": "RS256"}), &claims);
        env.clear_requests();
        let (code, report, _) = verify(&env, &token, &[]);
        assert_fails(code, &report, "issuer", "not in the allow-list");
        assert_fails(code, &report, "signature", "not attempted");
        assert!(env.requests().is_empty(), "{:?}", env.requests());
        // Even an explicitly given key set URL is not fetched for an untrusted issuer.
        let url = env.info["jwksUrl"].as_str().unwrap();
        let (code, _, _) = verify(&env, &token, &["--jwks", url]);
        assert_eq!(code, 8);
        assert!(env.requests().is_empty(), "{:?}", env.requests());
    }
    // --region narrows the presets: an EU token is refused when only US is trusted.
    let claims = json!({"iss": "https://idbroker-eu.webex.com/idb", "iat": t, "exp": t + 600});
    let token = sign(&key, &json!({"kid": "k", "alg": "RS256"}), &claims);
    let (code, report, _) = verify(&env, &token, &["--region", "us"]);
    assert_fails(code, &report, "issuer", "not in the allow-list");
    assert!(env.requests().is_empty());
}

#[test]
fn key_rotation_verifies_after_exactly_one_refetch() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    assert_eq!(verify(&env, &token, &[]).0, 0);
    assert_eq!(jwks_requests(&env).len(), 1);
    // Age the cache past the refetch cooldown (60 s) instead of waiting.
    let dir = env.path().join("cache/jwks");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .unwrap();
    let mut entry: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    entry["lastFetch"] = json!(entry["lastFetch"].as_i64().unwrap() - 120);
    std::fs::write(&file, entry.to_string()).unwrap();

    let rotated = env.control_post("rotate-key", json!({}));
    assert_eq!(rotated["activeKid"], SANDBOX_KID_2);
    let new_token = register(&env);
    let header: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(new_token.split('.').next().unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(header["kid"], SANDBOX_KID_2);
    let (code, report, err) = verify(&env, &new_token, &[]);
    assert_eq!(code, 0, "{report} {err}");
    assert_eq!(report["kid"], SANDBOX_KID_2);
    assert_eq!(report["keySource"], "fetched");
    assert_eq!(jwks_requests(&env).len(), 2, "exactly one refetch");
    // The old token still verifies from the refreshed cache (both keys are published).
    assert_eq!(verify(&env, &token, &[]).0, 0);
    assert_eq!(jwks_requests(&env).len(), 2);
}

/// Registers a data source through the API and returns its fresh token.
fn register(env: &Env) -> String {
    let agent = ureq::Agent::config_builder()
        .proxy(None)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .new_agent();
    let body = json!({"schemaId": "5397013b-7920-4ffc-807c-e8a3e0a18f43",
        "url": "https://rotated.example/grpc", "audience": "rotated", "subject": "s",
        "nonce": "n-1", "tokenLifetimeMinutes": 60});
    let mut r = agent
        .post(format!("{}/dataSources", env.base_url))
        .header("authorization", format!("Bearer {}", env.token))
        .send_json(&body)
        .unwrap();
    let text = r.body_mut().read_to_string().unwrap();
    let ds: Value = serde_json::from_str(&text).unwrap();
    ds["jwsToken"]
        .as_str()
        .unwrap_or_else(|| panic!("{text}"))
        .to_string()
}

#[test]
fn verify_reads_an_authorization_header_from_stdin_quietly() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    let out = env
        .cmd()
        .args(["-q", "jwt", "verify", "-", "--aud", "sandbox-demo-1"])
        .write_stdin(format!("Authorization: Bearer {token}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_text(&out));
    assert!(stderr_text(&out).is_empty());
    let out = env
        .cmd()
        .args(["-q", "jwt", "verify", "--aud", "nope"])
        .write_stdin(format!("Bearer {token}"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    assert!(stderr_text(&out).is_empty(), "-q keeps stderr clean");
}

#[test]
fn malformed_tokens_and_bad_flags_exit_2_without_any_request() {
    let env = Env::start();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["a.b".into()],
            "segments (header.payload.signature); found 2",
        ),
        (vec!["a.b.c.d.e".into()], "encrypted JWE"),
        (
            vec!["e30.@@@.x".into()],
            "segment 2 (payload) is not valid base64url",
        ),
        (vec![format!("{}.e30.AAAA", b64(b"not json"))], "not JSON"),
        (vec!["x".repeat(20_000)], "16 KiB"),
        (
            vec!["e30.e30.".into(), "--leeway".into(), "soon".into()],
            "invalid duration 'soon'",
        ),
        (
            vec!["e30.e30.".into(), "--region".into(), "mars".into()],
            "unknown region 'mars'",
        ),
        (
            vec![
                "e30.e30.".into(),
                "--issuer".into(),
                "http://evil.example/idb".into(),
            ],
            "not an https:// URL",
        ),
        (
            vec![
                "e30.e30.".into(),
                "--jwks".into(),
                "http://evil.example/k".into(),
            ],
            "plain http is only allowed to a loopback host",
        ),
        (
            vec![
                "e30.e30.".into(),
                "--jwks".into(),
                "http://localhost:1@evil.invalid/k".into(),
            ],
            "plain http is only allowed to a loopback host",
        ),
        (
            vec![
                "e30.e30.".into(),
                "--jwks".into(),
                "http://[2001:db8::1]/k".into(),
            ],
            "plain http is only allowed to a loopback host",
        ),
        (
            vec![
                "e30.e30.".into(),
                "--jwks".into(),
                "/nonexistent/keys.json".into(),
            ],
            "cannot read JWKS file",
        ),
    ];
    for (args, message) in cases {
        let out = env
            .cmd()
            .args(["jwt", "verify"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_text(&out);
        assert!(err.contains(message), "{err:?} lacks {message:?}");
        assert!(!err.contains("panicked"));
    }
    let out = env
        .cmd()
        .args(["jwt", "decode", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("the input is empty"));
    let out = env
        .cmd()
        .args(["jwt", "decode"])
        .write_stdin(vec![b'a'; 2 * 1024 * 1024])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("not a JWS"));
    assert!(env.requests().is_empty());
}

#[test]
fn spec_example_token_decodes_to_its_documented_claims() {
    let env = Env::start();
    let path = format!(
        "{}/tests/fixtures/jws/spec-example-token.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let token = std::fs::read_to_string(path).unwrap();
    let out = env
        .bare_cmd()
        .args(["jwt", "decode", token.trim(), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let d = stdout_json(&out);
    assert_eq!(d["signatureVerified"], false);
    assert_eq!(
        d["header"],
        json!({"kid": "19af361a-3ab4-5471-a5b0-72d184294c2f", "typ": "JWT", "alg": "RS256"})
    );
    assert_eq!(
        d["claims"],
        json!({"aud": "MyApp2", "sub": "MyAppsPurpose2", "iss": "https://idbroker.webex.com/idb",
            "exp": 1729220515, "com.cisco.datasource.url": "https://schiffert.me/ds2",
            "com.cisco.datasource.schema.uuid": "78efc775-dccb-45ca-9acf-989a4a59f788",
            "iat": 1729213315, "com.cisco.org.uuid": "ce861fba-6e2f-49f9-9a84-b354008fac9e",
            "jti": "123456"})
    );
    assert_eq!(d["issuedAt"], "2024-10-18T01:01:55Z");
    assert_eq!(d["expiresAt"], "2024-10-18T03:01:55Z");
    assert_eq!(d["expired"], true);
    assert_eq!(d["lifetimeMinutes"], 120);
    // The table names the Cisco claims in plain words and says nothing was verified.
    let out = env
        .bare_cmd()
        .args(["jwt", "decode", "-o", "table"])
        .write_stdin(format!("Bearer {token}"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout_text(&out);
    for want in [
        "NOT verified",
        "data source URL (com.cisco.datasource.url)",
        "schema ID (com.cisco.datasource.schema.uuid)",
        "organization ID (com.cisco.org.uuid)",
        "2024-10-18T03:01:55Z (expired ",
        "issued at (iat)",
        "lifetime",
    ] {
        assert!(text.contains(want), "{want:?} missing from:\n{text}");
    }
    assert!(env.requests().is_empty());
}

#[test]
fn in_process_sandbox_verifies_its_saved_tokens() {
    let env = Env::start();
    // `--sandbox` listens on a new port each run; tokens saved by an earlier run carry its issuer.
    let out = env
        .bare_cmd()
        .args(["--sandbox", "ls", "--json", "--jq", ".[0].jwsToken"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let token = stdout_text(&out).trim().to_string();
    let out = env
        .bare_cmd()
        .args(["--sandbox", "jwt", "verify", &token, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout_text(&out));
    assert_eq!(stdout_json(&out)["ok"], true);
}

/// The cached key set file, aged by `seconds` (its fetch and its last fetch attempt).
fn age_cache(env: &Env, seconds: i64) {
    let dir = env.path().join("cache/jwks");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .unwrap();
    let mut entry: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    for field in ["fetchedAt", "lastFetch"] {
        entry[field] = json!(entry[field].as_i64().unwrap() - seconds);
    }
    std::fs::write(&file, entry.to_string()).unwrap();
}

#[test]
fn jwks_ttl_decides_when_a_cached_key_set_is_fetched_again() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    assert_eq!(verify(&env, &token, &[]).0, 0);
    assert_eq!(jwks_requests(&env).len(), 1);
    age_cache(&env, 600);
    // Ten minutes old: within a 1 h TTL (the default, and given) ...
    for args in [&[][..], &["--jwks-ttl", "1h"][..]] {
        let (code, report, err) = verify(&env, &token, args);
        assert_eq!(code, 0, "{report} {err}");
        assert_eq!(report["keySource"], "cache", "{args:?}");
    }
    assert_eq!(jwks_requests(&env).len(), 1);
    // ... and past a 5 minute one.
    let (code, report, err) = verify(&env, &token, &["--jwks-ttl", "5m"]);
    assert_eq!(code, 0, "{report} {err}");
    assert_eq!(report["keySource"], "fetched");
    assert_eq!(jwks_requests(&env).len(), 2);
    // A TTL that is not a duration is refused before anything is fetched.
    env.clear_requests();
    let (code, _, err) = verify(&env, &token, &["--jwks-ttl", "soon"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("invalid duration 'soon'"), "{err}");
    assert!(jwks_requests(&env).is_empty());
}

#[test]
fn no_cache_fetches_every_time_and_writes_no_cache() {
    let env = Env::start();
    let token = token_of(&seeded(&env, "sandbox-demo-1"));
    let cache = env.path().join("cache/jwks");
    for n in 1..=2 {
        let (code, report, err) = verify(&env, &token, &["--no-cache"]);
        assert_eq!(code, 0, "{report} {err}");
        assert_eq!(report["keySource"], "fetched");
        assert_eq!(jwks_requests(&env).len(), n);
    }
    let cached_files = std::fs::read_dir(&cache).map_or(0, |d| d.count());
    assert_eq!(cached_files, 0, "nothing written to {}", cache.display());
    // A fresh cache is not read either.
    assert_eq!(verify(&env, &token, &[]).1["keySource"], "fetched");
    assert_eq!(verify(&env, &token, &[]).1["keySource"], "cache");
    assert_eq!(
        verify(&env, &token, &["--no-cache"]).1["keySource"],
        "fetched"
    );
    assert_eq!(jwks_requests(&env).len(), 4);
}
