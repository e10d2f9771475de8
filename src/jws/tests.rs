//! Tests for the jws module. Keys: `tests/fixtures/jws/` (test-only material, see its README).

use std::cell::{Cell, RefCell};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair, RsaPublicKeyComponents};
use serde_json::{Value, json};

use super::*;
use crate::error::Error;

const KEY_A: &[u8] = include_bytes!("../../tests/fixtures/jws/test-key-a.pk8.der");
const KEY_B: &[u8] = include_bytes!("../../tests/fixtures/jws/test-key-b.pk8.der");

/// The list example of `GET /dataSources` in the Webex OpenAPI spec.
const SPEC_TOKEN: &str = "eyJraWQiOiIxOWFmMzYxYS0zYWI0LTU0NzEtYTViMC03MmQxODQyOTRjMmYiLCJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJNeUFwcDIiLCJzdWIiOiJNeUFwcHNQdXJwb3NlMiIsImlzcyI6Imh0dHBzOlwvXC9pZGJyb2tlci53ZWJleC5jb21cL2lkYiIsImV4cCI6MTcyOTIyMDUxNSwiY29tLmNpc2NvLmRhdGFzb3VyY2UudXJsIjoiaHR0cHM6XC9cL3NjaGlmZmVydC5tZVwvZHMyIiwiY29tLmNpc2NvLmRhdGFzb3VyY2Uuc2NoZW1hLnV1aWQiOiI3OGVmYzc3NS1kY2NiLTQ1Y2EtOWFjZi05ODlhNGE1OWY3ODgiLCJpYXQiOjE3MjkyMTMzMTUsImNvbS5jaXNjby5vcmcudXVpZCI6ImNlODYxZmJhLTZlMmYtNDlmOS05YTg0LWIzNTQwMDhmYWM5ZSIsImp0aSI6IjEyMzQ1NiJ9.QxWYQCXOTLTNBx1Mr8qtd1rpx5uqHYcow1l_oiqMQ_2LorPor3wnEW9_dmMFUs-yAizpayTB4XJpU0ga9E-GY3XaiXz4CGW0G5f3566j3AvmfviMVCFgQFnMd0LpwgPIHhQGX-z2Y6KgzjTCLqm76WpSylAomOPEpgs8dqChfuC9aVHyuB2FfV77J265q-pLp8RSJa_EoSZ_05tpQHxxrDrB-qnn-WQoCFFlb88f3kKdyzPqQhvdWQuouyaP4YyMd_C8a6N_F1dk3cBUjSOtnHDm9WoGwYd8wUcjtZVk5g-z7coc656OooRvDQ0-JRdh7TVUfkzdQS79d4UfmRAhYQ";

const NOW: i64 = 1_800_000_000;
const ISS: &str = "https://idbroker.webex.com/idb";
const URL: &str = "https://example.com/ds";
const SCHEMA: &str = "5397013b-7920-4ffc-807c-e8a3e0a18f43";
const ORG: &str = "ce861fba-6e2f-49f9-9a84-b354008fac9e";

fn key(der: &[u8]) -> RsaKeyPair {
    RsaKeyPair::from_pkcs8(der).expect("test key is PKCS#8")
}

fn b64(v: &Value) -> String {
    URL_SAFE_NO_PAD.encode(v.to_string())
}

fn sign(header: &Value, claims: &Value, kp: &RsaKeyPair) -> String {
    let input = format!("{}.{}", b64(header), b64(claims));
    let mut sig = vec![0; kp.public().modulus_len()];
    kp.sign(
        &RSA_PKCS1_SHA256,
        &SystemRandom::new(),
        input.as_bytes(),
        &mut sig,
    )
    .unwrap();
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
}

fn claims() -> Value {
    json!({
        "aud": "MyApp", "sub": "MyPurpose", "iss": ISS,
        "iat": NOW - 600, "exp": NOW + 3600, "jti": "1",
        CLAIM_URL: URL, CLAIM_SCHEMA: SCHEMA, CLAIM_ORG: ORG,
    })
}

fn header(kid: &str) -> Value {
    json!({"kid": kid, "typ": "JWT", "alg": "RS256"})
}

fn token(kid: &str, kp: &RsaKeyPair) -> String {
    sign(&header(kid), &claims(), kp)
}

fn jwk(kid: Option<&str>, kp: &RsaKeyPair) -> Value {
    let pubk = RsaPublicKeyComponents::<Vec<u8>>::from(kp.public());
    let mut v = json!({"kty": "RSA", "use": "sig",
        "n": URL_SAFE_NO_PAD.encode(&pubk.n), "e": URL_SAFE_NO_PAD.encode(&pubk.e)});
    if let Some(k) = kid {
        v["kid"] = k.into();
    }
    v
}

fn jwks_text(keys: &[Value]) -> String {
    json!({ "keys": keys }).to_string()
}

fn jwks(keys: &[Value]) -> Jwks {
    Jwks::parse(&jwks_text(keys)).unwrap()
}

fn usage_msg(r: crate::error::Result<Decoded>) -> String {
    match r {
        Err(Error::Usage(m)) => m,
        other => panic!("expected Error::Usage, got {other:?}"),
    }
}

// ---------- decode ----------

#[test]
fn spec_example_decodes_to_documented_claims() {
    let d = decode(SPEC_TOKEN).unwrap();
    assert_eq!(d.alg(), Some("RS256"));
    assert_eq!(d.kid(), Some("19af361a-3ab4-5471-a5b0-72d184294c2f"));
    assert_eq!(d.claim_str("aud"), Some("MyApp2"));
    assert_eq!(d.claim_str("sub"), Some("MyAppsPurpose2"));
    assert_eq!(d.issuer(), Some("https://idbroker.webex.com/idb"));
    assert_eq!(d.data_source_url(), Some("https://schiffert.me/ds2"));
    assert_eq!(d.schema_id(), Some("78efc775-dccb-45ca-9acf-989a4a59f788"));
    assert_eq!(d.org_id(), Some("ce861fba-6e2f-49f9-9a84-b354008fac9e"));
    assert_eq!(d.iat(), Some(1_729_213_315));
    assert_eq!(d.exp(), Some(1_729_220_515));
    assert_eq!(d.claim_str("jti"), Some("123456"));
    assert_eq!(d.signature.len(), 256);
    // Claims keep their order (preserve_order).
    let keys: Vec<&String> = d.claims.as_object().unwrap().keys().collect();
    assert_eq!(keys[0], "aud");

    let v = describe(&d, 1_729_213_315 + 3600);
    assert_eq!(v["signatureVerified"], false);
    assert_eq!(v["issuedAt"], "2024-10-18T01:01:55Z");
    assert_eq!(v["expiresAt"], "2024-10-18T03:01:55Z");
    assert_eq!(v["expiresIn"], "in 1h");
    assert_eq!(v["secondsLeft"], 3600);
    assert_eq!(v["expired"], false);
    assert_eq!(v["lifetimeMinutes"], 120);
    assert_eq!(v["dataSource"]["url"], "https://schiffert.me/ds2");
    assert_eq!(
        v["dataSource"]["schemaId"],
        "78efc775-dccb-45ca-9acf-989a4a59f788"
    );
    assert_eq!(
        v["dataSource"]["orgId"],
        "ce861fba-6e2f-49f9-9a84-b354008fac9e"
    );
    assert_eq!(v["dataSource"]["audience"], "MyApp2");
    assert_eq!(v["dataSource"]["subject"], "MyAppsPurpose2");
    assert_eq!(v["header"]["kid"], "19af361a-3ab4-5471-a5b0-72d184294c2f");
    assert_eq!(v["claims"]["jti"], "123456");
    let later = describe(&d, 1_729_220_515 + 7200);
    assert_eq!(later["expiresIn"], "expired 2h ago");
    assert_eq!(later["expired"], true);
}

#[test]
fn decode_accepts_whitespace_and_bearer_prefix() {
    let plain = decode(SPEC_TOKEN).unwrap();
    assert_eq!(decode(&format!("  \n{SPEC_TOKEN}\n")).unwrap(), plain);
    assert_eq!(decode(&format!("Bearer {SPEC_TOKEN}")).unwrap(), plain);
    assert_eq!(decode(&format!(" bEaReR   {SPEC_TOKEN} ")).unwrap(), plain);
}

#[test]
fn float_times_are_accepted() {
    let t = sign(
        &header("k"),
        &json!({"iat": 1_700_000_000.7, "exp": 1_700_003_600.2}),
        &key(KEY_A),
    );
    let d = decode(&t).unwrap();
    assert_eq!(d.iat(), Some(1_700_000_000));
    assert_eq!(d.exp(), Some(1_700_003_600));
}

#[test]
fn malformed_inputs_are_usage_errors_with_precise_messages() {
    let h = b64(&json!({"alg": "RS256"}));
    let c = b64(&json!({"a": 1}));
    let m = usage_msg(decode("abc"));
    assert!(m.contains("found 1"), "{m}");
    let m = usage_msg(decode(&format!("{h}.{c}")));
    assert!(
        m.contains("3 dot-separated segments") && m.contains("found 2"),
        "{m}"
    );
    let m = usage_msg(decode(&format!("{h}.{c}.x.y")));
    assert!(m.contains("found 4"), "{m}");
    let m = usage_msg(decode(&format!("{h}.{c}.a.b.c")));
    assert!(m.contains("found 5") && m.contains("JWE"), "{m}");
    let m = usage_msg(decode(&format!("{h}.{c}.ab$cd")));
    assert!(
        m.contains("segment 3 (signature) is not valid base64url"),
        "{m}"
    );
    let m = usage_msg(decode(&format!("{h}.a+b/.sig")));
    assert!(
        m.contains("segment 2 (payload) is not valid base64url") && m.contains("standard base64"),
        "{m}"
    );
    let m = usage_msg(decode(&format!(
        "{}.{c}.sig",
        URL_SAFE_NO_PAD.encode("not json")
    )));
    assert!(
        m.contains("segment 1 (header) is valid base64url but not JSON"),
        "{m}"
    );
    let m = usage_msg(decode(&format!(
        "{h}.{}.sig",
        URL_SAFE_NO_PAD.encode("[1,2]")
    )));
    assert!(
        m.contains("segment 2 (payload) is JSON but not an object: found an array"),
        "{m}"
    );
    let m = usage_msg(decode(&format!(
        "{}.{c}.sig",
        URL_SAFE_NO_PAD.encode("\"s\"")
    )));
    assert!(
        m.contains("segment 1 (header) is JSON but not an object: found a string"),
        "{m}"
    );
    let m = usage_msg(decode(&format!(".{c}.sig")));
    assert!(m.contains("segment 1 (header) is empty"), "{m}");
    let big = format!("{h}.{}.sig", "A".repeat(20 * 1024));
    let m = usage_msg(decode(&big));
    assert!(
        m.contains("16 KiB") && m.contains(&big.len().to_string()),
        "{m}"
    );
    let m = usage_msg(decode(""));
    assert!(m.contains("empty"), "{m}");
    let m = usage_msg(decode("   \n "));
    assert!(m.contains("empty"), "{m}");
    let m = usage_msg(decode("Bearer"));
    assert!(m.contains("no token after 'Bearer'"), "{m}");
    let m = usage_msg(decode("  bearer   "));
    assert!(m.contains("no token after 'Bearer'"), "{m}");
    // Non-ASCII input never panics.
    let m = usage_msg(decode("béarer x"));
    assert!(m.contains("found 1"), "{m}");
}

#[test]
fn claim_labels_are_plain_words() {
    assert_eq!(claim_label(CLAIM_URL), "data source URL");
    assert_eq!(claim_label("aud"), "audience");
    assert_eq!(claim_label("custom"), "custom");
    assert!(claim_labels().len() >= 10);
}

// ---------- signature ----------

#[test]
fn good_token_verifies_and_tampering_or_wrong_key_fails() {
    let (a, b) = (key(KEY_A), key(KEY_B));
    let set = jwks(&[jwk(Some("ka"), &a), jwk(Some("kb"), &b)]);
    let t = token("ka", &a);
    assert_eq!(
        verify_signature(&decode(&t).unwrap(), &set),
        Ok("ka".into())
    );

    // Tampered payload: same header and signature, different claims.
    let parts: Vec<&str> = t.split('.').collect();
    let mut c = claims();
    c["aud"] = "Evil".into();
    let tampered = format!("{}.{}.{}", parts[0], b64(&c), parts[2]);
    let e = verify_signature(&decode(&tampered).unwrap(), &set).unwrap_err();
    assert!(matches!(e, VerifyError::BadSignature { .. }), "{e:?}");
    assert!(!e.is_key_miss() && !e.is_forbidden());

    // Signed by key b but claims kid ka.
    let wrong = token("ka", &b);
    let e = verify_signature(&decode(&wrong).unwrap(), &set).unwrap_err();
    assert_eq!(
        e,
        VerifyError::BadSignature {
            kid: Some("ka".into()),
            keys_tried: 1
        }
    );
}

#[test]
fn forbidden_algs_and_headers_are_rejected() {
    let a = key(KEY_A);
    let set = jwks(&[jwk(Some("ka"), &a)]);
    for alg in ["none", "HS256", "RS512", "ES256", "PS256"] {
        let t = sign(&json!({"kid": "ka", "alg": alg}), &claims(), &a);
        let e = verify_signature(&decode(&t).unwrap(), &set).unwrap_err();
        assert_eq!(e, VerifyError::ForbiddenAlg(Some(alg.into())));
        assert!(e.is_forbidden());
        assert!(e.to_string().contains("only RS256"), "{e}");
    }
    // alg none with an empty signature segment decodes, then is refused.
    let t = format!("{}.{}.", b64(&json!({"alg": "none"})), b64(&claims()));
    let e = verify_signature(&decode(&t).unwrap(), &set).unwrap_err();
    assert!(e.to_string().contains("unsigned"), "{e}");
    let t = sign(&json!({"kid": "ka"}), &claims(), &a);
    assert_eq!(
        verify_signature(&decode(&t).unwrap(), &set).unwrap_err(),
        VerifyError::ForbiddenAlg(None)
    );
    for name in ["jwk", "jku", "x5u", "x5c", "crit"] {
        let mut h = header("ka");
        h[name] = json!("https://evil.example/keys");
        let t = sign(&h, &claims(), &a);
        let e = verify_signature(&decode(&t).unwrap(), &set).unwrap_err();
        assert_eq!(e, VerifyError::ForbiddenHeader(name.into()));
        assert!(e.is_forbidden());
    }
}

#[test]
fn no_kid_tries_each_key_and_kid_miss_is_distinct() {
    let (a, b) = (key(KEY_A), key(KEY_B));
    let set = jwks(&[jwk(Some("ka"), &a), jwk(None, &b)]);
    let t = sign(&json!({"alg": "RS256"}), &claims(), &b);
    assert_eq!(
        verify_signature(&decode(&t).unwrap(), &set),
        Ok("#2".into())
    );
    let t = sign(&json!({"alg": "RS256"}), &claims(), &a);
    assert_eq!(
        verify_signature(&decode(&t).unwrap(), &set),
        Ok("ka".into())
    );
    let only_a = jwks(&[jwk(Some("ka"), &a)]);
    let t = sign(&json!({"alg": "RS256"}), &claims(), &b);
    assert_eq!(
        verify_signature(&decode(&t).unwrap(), &only_a).unwrap_err(),
        VerifyError::BadSignature {
            kid: None,
            keys_tried: 1
        }
    );
    let e = verify_signature(&decode(&token("zz", &a)).unwrap(), &only_a).unwrap_err();
    assert_eq!(
        e,
        VerifyError::NoKeyForKid {
            kid: "zz".into(),
            available: vec!["ka".into()]
        }
    );
    assert!(e.is_key_miss());
    assert_eq!(
        verify_signature(&decode(&t).unwrap(), &Jwks::default()).unwrap_err(),
        VerifyError::NoKeys
    );
}

#[test]
fn jwks_parsing_skips_non_rsa_and_tolerates_missing_alg() {
    let a = key(KEY_A);
    let mut with_alg = jwk(Some("k2"), &a);
    with_alg["alg"] = "RS256".into();
    let mut padded = jwk(Some("k3"), &a);
    // A leading zero byte in n (some encoders add one) must not break verification.
    let n = URL_SAFE_NO_PAD
        .decode(padded["n"].as_str().unwrap())
        .unwrap();
    padded["n"] = URL_SAFE_NO_PAD.encode([&[0u8][..], &n].concat()).into();
    let text = jwks_text(&[
        json!({"kty": "EC", "crv": "P-256", "x": "a", "y": "b", "kid": "ec"}),
        json!({"kty": "oct", "k": "c2VjcmV0", "kid": "hmac"}),
        json!({"kty": "RSA", "use": "enc", "kid": "enc", "n": "AQAB", "e": "AQAB"}),
        json!({"kty": "RSA", "kid": "broken", "e": "AQAB"}),
        jwk(Some("k1"), &a),
        with_alg,
        padded,
    ]);
    let set = Jwks::parse(&text).unwrap();
    assert_eq!(set.kids(), vec!["k1", "k2", "k3"]);
    assert_eq!(set.ignored.len(), 1);
    assert!(set.ignored[0].contains("broken"), "{:?}", set.ignored);
    assert_eq!(
        verify_signature(&decode(&token("k3", &a)).unwrap(), &set),
        Ok("k3".into())
    );
    assert!(matches!(Jwks::parse("[]"), Err(Error::Usage(_))));
    assert!(matches!(Jwks::parse("nope"), Err(Error::Usage(_))));
    // Round trip.
    assert_eq!(Jwks::from_value(&set.to_value()).unwrap().keys, set.keys);
}

// ---------- issuers ----------

#[test]
fn issuer_presets_regions_and_jwks_url() {
    assert_eq!(issuers_for_region("us").unwrap(), vec![ISS.to_string()]);
    assert_eq!(
        issuers_for_region("EU").unwrap(),
        vec!["https://idbroker-eu.webex.com/idb".to_string()]
    );
    assert_eq!(
        issuers_for_region("us-b").unwrap(),
        vec!["https://idbroker-b-us.webex.com/idb".to_string()]
    );
    assert_eq!(
        issuers_for_region("ca").unwrap(),
        vec!["https://idbroker-ca.webex.com/idb".to_string()]
    );
    assert_eq!(
        issuers_for_region("integration").unwrap(),
        vec!["https://idbrokerbts.webex.com/idb".to_string()]
    );
    assert_eq!(
        issuers_for_region("integration-eu").unwrap(),
        vec!["https://idbrokerbts-eu.webex.com/idb".to_string()]
    );
    assert_eq!(issuers_for_region("all").unwrap().len(), 6);
    assert!(matches!(issuers_for_region("mars"), Err(Error::Usage(m)) if m.contains("us, eu")));
    assert_eq!(
        jwks_url(ISS),
        "https://idbroker.webex.com/idb/oauth2/v2/keys/verificationjwk"
    );
    assert_eq!(
        jwks_url("https://x/idb/"),
        "https://x/idb/oauth2/v2/keys/verificationjwk"
    );

    let mut list = IssuerAllowList::for_region("eu").unwrap();
    assert!(!list.contains(ISS));
    list.add("https://my.example/idb").unwrap();
    list.add("http://127.0.0.1:8080/idb").unwrap();
    list.add("http://localhost/idb").unwrap();
    assert!(list.contains("https://my.example/idb"));
    assert!(matches!(
        list.add("http://evil.example/idb"),
        Err(Error::Usage(_))
    ));
    assert!(matches!(list.add("ftp://x"), Err(Error::Usage(_))));
    assert!(IssuerAllowList::default().contains(ISS));
    assert!(
        list.explain_rejection("https://my.example/idb/")
            .contains("compared exactly")
    );
}

// ---------- cache ----------

struct FakeServer {
    calls: Cell<u32>,
    answer: RefCell<crate::error::Result<(u16, String)>>,
}

impl FakeServer {
    fn new(status: u16, body: String) -> Self {
        FakeServer {
            calls: Cell::new(0),
            answer: RefCell::new(Ok((status, body))),
        }
    }
    fn set(&self, status: u16, body: String) {
        *self.answer.borrow_mut() = Ok((status, body));
    }
    fn fail(&self) {
        *self.answer.borrow_mut() = Err(Error::Transient("connection refused".into()));
    }
    fn get(&self, _url: &str) -> crate::error::Result<(u16, String)> {
        self.calls.set(self.calls.get() + 1);
        match &*self.answer.borrow() {
            Ok(v) => Ok(v.clone()),
            Err(e) => Err(Error::Transient(e.to_string())),
        }
    }
}

const JWKS_URL: &str = "https://idbroker.webex.com/idb/oauth2/v2/keys/verificationjwk";

#[test]
fn cache_hit_ttl_and_file_location() {
    let dir = tempfile::tempdir().unwrap();
    let store = KeyStore::new(dir.path());
    let a = key(KEY_A);
    let srv = FakeServer::new(200, jwks_text(&[jwk(Some("ka"), &a)]));
    let fetch = |u: &str| srv.get(u);

    let k = store.keys_for(JWKS_URL, Some("ka"), &fetch, NOW).unwrap();
    assert_eq!(
        (k.source, k.fetches, srv.calls.get()),
        (KeySource::Fetched, 1, 1)
    );
    let path = store.cache_path(JWKS_URL);
    assert!(path.starts_with(dir.path()));
    let name = path.file_name().unwrap().to_str().unwrap();
    assert_eq!(name.len(), 64 + 5);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let entry: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(entry["lastFetch"], NOW);

    let k = store
        .keys_for(JWKS_URL, Some("ka"), &fetch, NOW + 3599)
        .unwrap();
    assert_eq!((k.source, srv.calls.get()), (KeySource::Cache, 1));
    assert!(k.warnings.is_empty());
    // TTL over: refetch.
    let k = store
        .keys_for(JWKS_URL, Some("ka"), &fetch, NOW + 3600)
        .unwrap();
    assert_eq!((k.source, srv.calls.get()), (KeySource::Fetched, 2));
}

#[test]
fn kid_miss_refetches_once_then_respects_cooldown() {
    let dir = tempfile::tempdir().unwrap();
    let store = KeyStore::new(dir.path());
    let (a, b) = (key(KEY_A), key(KEY_B));
    let srv = FakeServer::new(200, jwks_text(&[jwk(Some("ka"), &a)]));
    let fetch = |u: &str| srv.get(u);
    store.keys_for(JWKS_URL, Some("ka"), &fetch, NOW).unwrap();
    assert_eq!(srv.calls.get(), 1);

    // Unknown kid within the cooldown: no fetch, cached keys and a warning.
    let k = store
        .keys_for(JWKS_URL, Some("kb"), &fetch, NOW + 30)
        .unwrap();
    assert_eq!((srv.calls.get(), k.fetches), (1, 0));
    assert!(
        k.warnings[0].contains("not fetching again"),
        "{:?}",
        k.warnings
    );

    // Key rotation: after the cooldown a kid miss refetches exactly once and finds the new key.
    srv.set(200, jwks_text(&[jwk(Some("ka"), &a), jwk(Some("kb"), &b)]));
    let k = store
        .keys_for(JWKS_URL, Some("kb"), &fetch, NOW + 61)
        .unwrap();
    assert_eq!((srv.calls.get(), k.source), (2, KeySource::Fetched));
    assert!(k.jwks.find("kb").is_some());

    // Still missing after a refetch: one fetch per call, no loop.
    let k = store
        .keys_for(JWKS_URL, Some("kc"), &fetch, NOW + 200)
        .unwrap();
    assert_eq!((srv.calls.get(), k.fetches), (3, 1));
    assert!(k.jwks.find("kc").is_none());
}

#[test]
fn stale_cache_is_used_when_fetch_fails() {
    let dir = tempfile::tempdir().unwrap();
    let store = KeyStore::new(dir.path());
    let a = key(KEY_A);
    let srv = FakeServer::new(200, jwks_text(&[jwk(Some("ka"), &a)]));
    let fetch = |u: &str| srv.get(u);
    store.keys_for(JWKS_URL, None, &fetch, NOW).unwrap();

    srv.fail();
    let k = store
        .keys_for(JWKS_URL, Some("ka"), &fetch, NOW + 7200)
        .unwrap();
    assert_eq!((k.source, srv.calls.get()), (KeySource::Stale, 2));
    assert!(
        k.warnings[0].contains("connection refused") && k.warnings[0].contains("stale"),
        "{:?}",
        k.warnings
    );
    // The failed attempt starts a cooldown: no new fetch right after.
    let k = store
        .keys_for(JWKS_URL, Some("ka"), &fetch, NOW + 7210)
        .unwrap();
    assert_eq!((k.source, srv.calls.get()), (KeySource::Stale, 2));

    for status in [429, 503] {
        srv.set(status, "busy".into());
        let k = store
            .keys_for(
                JWKS_URL,
                Some("ka"),
                &fetch,
                NOW + 10_000 + i64::from(status) * 100,
            )
            .unwrap();
        assert_eq!(k.source, KeySource::Stale);
        assert!(
            k.warnings[0].contains(&format!("HTTP {status}")),
            "{:?}",
            k.warnings
        );
    }
    // A 404 is not transient: error even with a cached set.
    srv.set(404, String::new());
    let e = store
        .keys_for(JWKS_URL, Some("ka"), &fetch, NOW + 90_000)
        .unwrap_err();
    assert!(
        matches!(e, Error::Api(ref api) if api.status == 404),
        "{e:?}"
    );

    // Nothing cached and no server: a transient error.
    let empty = KeyStore::new(dir.path().join("other"));
    srv.fail();
    let e = empty.keys_for(JWKS_URL, None, &fetch, NOW).unwrap_err();
    assert!(matches!(e, Error::Transient(_)), "{e:?}");
}

// ---------- checks and verify() ----------

fn policy() -> VerifyPolicy {
    VerifyPolicy {
        issuers: IssuerAllowList::for_region("us").unwrap(),
        expectations: Expectations {
            aud: Some("MyApp".into()),
            sub: Some("MyPurpose".into()),
            url: Some(URL.into()),
            schema: Some(SCHEMA.into()),
            org: Some(ORG.into()),
            ..Expectations::default()
        },
    }
}

fn check<'a>(r: &'a Report, name: &str) -> &'a Check {
    r.checks
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no {name} check"))
}

#[test]
fn verify_end_to_end_with_remote_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = KeyStore::new(dir.path());
    let a = key(KEY_A);
    let srv = FakeServer::new(200, jwks_text(&[jwk(Some("ka"), &a)]));
    let fetch = |u: &str| {
        assert_eq!(u, JWKS_URL);
        srv.get(u)
    };
    let src = JwksSource::Remote {
        store: &store,
        fetch: &fetch,
    };
    let r = verify(&token("ka", &a), &policy(), &src, NOW).unwrap();
    assert!(r.ok(), "{:#?}", r.checks);
    let names: Vec<&str> = r.checks.iter().map(|c| c.name).collect();
    assert_eq!(
        names,
        [
            "signature",
            "issuer",
            "exp",
            "iat",
            "aud",
            "sub",
            "url",
            "schema",
            "org"
        ]
    );
    assert_eq!(r.kid.as_deref(), Some("ka"));
    assert_eq!(r.issuer.as_deref(), Some(ISS));
    let j = r.to_json();
    assert_eq!(j["ok"], true);
    assert_eq!(j["jwksUrl"], JWKS_URL);
    assert_eq!(j["keySource"], "fetched");
    assert_eq!(j["checks"][0]["name"], "signature");
    assert_eq!(j["checks"][0]["ok"], true);
    assert!(j["checks"][0]["detail"].is_string());

    // Decode errors stay usage errors.
    assert!(matches!(
        verify("x.y", &policy(), &src, NOW),
        Err(Error::Usage(_))
    ));
}

#[test]
fn issuer_outside_allow_list_fetches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = KeyStore::new(dir.path());
    let a = key(KEY_A);
    let calls = Cell::new(0);
    let fetch = |_: &str| {
        calls.set(calls.get() + 1);
        Ok((200, jwks_text(&[jwk(Some("ka"), &a)])))
    };
    let src = JwksSource::Remote {
        store: &store,
        fetch: &fetch,
    };
    let mut c = claims();
    c["iss"] = "https://evil.example/idb".into();
    let t = sign(&header("ka"), &c, &a);
    let r = verify(&t, &policy(), &src, NOW).unwrap();
    assert_eq!(calls.get(), 0);
    assert!(!r.ok());
    assert_eq!(
        check(&r, "signature").detail,
        "not attempted: issuer not allowed"
    );
    assert!(!check(&r, "issuer").ok);
    assert!(check(&r, "issuer").detail.contains("evil.example"));
    assert!(r.jwks_url.is_none());

    // Also no fetch for a forbidden alg from an allowed issuer.
    let t = sign(&json!({"alg": "HS256", "kid": "ka"}), &claims(), &a);
    let r = verify(&t, &policy(), &src, NOW).unwrap();
    assert_eq!(calls.get(), 0);
    assert!(!check(&r, "signature").ok);

    // An EU token is refused by a US-only policy.
    let mut c = claims();
    c["iss"] = "https://idbroker-eu.webex.com/idb".into();
    let r = verify(&sign(&header("ka"), &c, &a), &policy(), &src, NOW).unwrap();
    assert_eq!(calls.get(), 0);
    assert!(!check(&r, "issuer").ok);
}

#[test]
fn key_rotation_through_verify() {
    let dir = tempfile::tempdir().unwrap();
    let store = KeyStore::new(dir.path());
    let (a, b) = (key(KEY_A), key(KEY_B));
    let srv = FakeServer::new(200, jwks_text(&[jwk(Some("ka"), &a)]));
    let fetch = |u: &str| srv.get(u);
    let src = JwksSource::Remote {
        store: &store,
        fetch: &fetch,
    };
    assert!(verify(&token("ka", &a), &policy(), &src, NOW).unwrap().ok());
    srv.set(200, jwks_text(&[jwk(Some("kb"), &b)]));
    // Within the cooldown: the new kid is not found, and nothing is fetched.
    let r = verify(&token("kb", &b), &policy(), &src, NOW + 10).unwrap();
    assert_eq!(srv.calls.get(), 1);
    assert!(
        check(&r, "signature")
            .detail
            .contains("no key with kid \"kb\"")
    );
    assert!(!r.warnings.is_empty());
    // After it: one refetch, then success.
    let r = verify(&token("kb", &b), &policy(), &src, NOW + 120).unwrap();
    assert_eq!(srv.calls.get(), 2);
    assert!(r.ok(), "{:#?}", r.checks);
}

#[test]
fn local_jwks_source() {
    let (a, b) = (key(KEY_A), key(KEY_B));
    let src = JwksSource::Local(jwks(&[jwk(Some("ka"), &a)]));
    assert!(verify(&token("ka", &a), &policy(), &src, NOW).unwrap().ok());
    let r = verify(&token("ka", &b), &policy(), &src, NOW).unwrap();
    assert!(!r.ok());
    assert!(check(&r, "signature").detail.contains("bad signature"));
    assert!(check(&r, "issuer").ok);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.json");
    std::fs::write(&p, jwks_text(&[jwk(Some("ka"), &a)])).unwrap();
    assert_eq!(Jwks::from_file(&p).unwrap().kids(), vec!["ka"]);
    assert!(matches!(
        Jwks::from_file(&dir.path().join("missing")),
        Err(Error::Usage(_))
    ));
}

fn checks_for(c: &Value, expect: &Expectations, now: i64) -> Vec<Check> {
    let t = sign(&header("ka"), c, &key(KEY_A));
    run_checks(
        &decode(&t).unwrap(),
        true,
        &SignatureStatus::Verified("ka".into()),
        expect,
        now,
    )
}

fn find<'a>(checks: &'a [Check], name: &str) -> &'a Check {
    checks.iter().find(|c| c.name == name).unwrap()
}

#[test]
fn time_checks_with_leeway() {
    let e = Expectations::default();
    assert_eq!(e.leeway, 60);
    let c = claims();
    let exp = NOW + 3600;
    let ok = checks_for(&c, &e, NOW);
    assert!(ok.iter().all(|c| c.ok), "{ok:#?}");
    assert_eq!(ok.len(), 4);
    // Expired by 30 s: within leeway.
    let r = checks_for(&c, &e, exp + 30);
    assert!(
        find(&r, "exp").ok && find(&r, "exp").detail.contains("leeway"),
        "{r:#?}"
    );
    // Expired by 2 h.
    let r = checks_for(&c, &e, exp + 7200);
    assert!(
        !find(&r, "exp").ok && find(&r, "exp").detail.contains("2h ago"),
        "{r:#?}"
    );
    // Exactly at exp + leeway: no longer accepted.
    assert!(!find(&checks_for(&c, &e, exp + 60), "exp").ok);
    // iat 30 s in the future: within leeway; 10 min: fails.
    let mut f = claims();
    f["iat"] = (NOW + 30).into();
    assert!(find(&checks_for(&f, &e, NOW), "iat").ok);
    f["iat"] = (NOW + 600).into();
    let r = checks_for(&f, &e, NOW);
    assert!(
        !find(&r, "iat").ok && find(&r, "iat").detail.contains("future"),
        "{r:#?}"
    );
    // Missing exp fails, missing iat is not checked.
    let mut m = claims();
    m.as_object_mut().unwrap().remove("exp");
    m.as_object_mut().unwrap().remove("iat");
    let r = checks_for(&m, &e, NOW);
    assert!(!find(&r, "exp").ok);
    assert!(find(&r, "iat").ok);
}

type Tweak = fn(&mut Expectations);

#[test]
fn each_expectation_mismatch_names_its_check() {
    let base = policy().expectations;
    let cases: [(&str, Tweak); 5] = [
        ("aud", |e| e.aud = Some("Other".into())),
        ("sub", |e| e.sub = Some("Other".into())),
        ("url", |e| e.url = Some("https://other.example/ds".into())),
        ("schema", |e| {
            e.schema = Some("a38a10b7-43e4-4676-a076-a7d6dce9387d".into())
        }),
        ("org", |e| {
            e.org = Some("63b02f90-9cc6-43b8-aa6d-cad425ac554c".into())
        }),
    ];
    for (name, change) in cases {
        let mut e = base.clone();
        change(&mut e);
        let r = checks_for(&claims(), &e, NOW);
        let failed: Vec<&str> = r.iter().filter(|c| !c.ok).map(|c| c.name).collect();
        assert_eq!(failed, vec![name], "{r:#?}");
        assert!(find(&r, name).detail.contains("expected"), "{r:#?}");
    }
    // UUIDs ignore letter case; aud may be an array.
    let mut e = base.clone();
    e.org = Some(ORG.to_uppercase());
    assert!(find(&checks_for(&claims(), &e, NOW), "org").ok);
    let mut c = claims();
    c["aud"] = json!(["x", "MyApp"]);
    assert!(find(&checks_for(&c, &base, NOW), "aud").ok);
    // Signature failure and issuer failure are reported by run_checks too.
    let t = token("ka", &key(KEY_A));
    let d = decode(&t).unwrap();
    let r = run_checks(
        &d,
        false,
        &SignatureStatus::Failed(VerifyError::NoKeys),
        &base,
        NOW,
    );
    assert!(!find(&r, "signature").ok && !find(&r, "issuer").ok);
    let json = serde_json::to_value(&r[0]).unwrap();
    assert_eq!(
        json,
        json!({"name": "signature", "ok": false, "detail": VerifyError::NoKeys.to_string()})
    );
}

#[test]
fn url_comparison_is_exact_and_explains_near_misses() {
    let mut e = Expectations::default();
    let cases = [
        (
            "https://example.com:443/ds",
            "the explicit default port :443",
        ),
        ("https://example.com/ds/", "a trailing slash"),
        (
            "HTTPS://Example.com/ds",
            "the letter case of the scheme and the letter case of the host",
        ),
        (
            "https://example.com:443/ds/",
            "the explicit default port :443 and a trailing slash",
        ),
    ];
    for (want, reason) in cases {
        e.url = Some(want.into());
        let r = checks_for(&claims(), &e, NOW);
        let c = find(&r, "url");
        assert!(!c.ok);
        assert!(
            c.detail.contains(&format!(
                "differs only by {reason}; Webex compares URLs exactly"
            )),
            "{}",
            c.detail
        );
    }
    assert!(url_near_miss("https://h", "https://h:443").is_some());
    assert!(url_near_miss("https://h", "https://h/").is_some());
    assert!(url_near_miss("http://h:80/x", "http://h/x").is_some());
    assert!(url_near_miss("https://h:8443/x", "https://h/x").is_none());
    assert!(url_near_miss("https://h/x", "https://h/y").is_none());
    assert!(url_near_miss("https://h/x?a=1", "https://h/x?a=2").is_none());
    assert!(url_near_miss("https://[::1]:443/x", "https://[::1]/x").is_some());
    e.url = Some("https://other.example/ds".into());
    let r = checks_for(&claims(), &e, NOW);
    assert!(!find(&r, "url").detail.contains("differs only"));
}

// ---------- hardening (issue 9: defects 9, 10, 12) ----------

#[test]
fn nbf_is_checked_and_inconsistent_times_fail() {
    let e = Expectations::default();
    // Not valid until tomorrow: fails; within the leeway: passes; in the past: passes.
    let mut c = claims();
    c["exp"] = (NOW + 2 * 86_400).into();
    c["nbf"] = (NOW + 86_400).into();
    let r = checks_for(&c, &e, NOW);
    assert!(
        !find(&r, "nbf").ok && find(&r, "nbf").detail.contains("not valid yet"),
        "{r:#?}"
    );
    c["nbf"] = (NOW + 30).into();
    assert!(find(&checks_for(&c, &e, NOW), "nbf").ok);
    c["nbf"] = (NOW - 30).into();
    assert!(find(&checks_for(&c, &e, NOW), "nbf").ok);
    c["nbf"] = "tomorrow".into();
    assert!(!find(&checks_for(&c, &e, NOW), "nbf").ok);
    // No nbf: no nbf check (the report of ordinary tokens is unchanged).
    assert!(
        checks_for(&claims(), &e, NOW)
            .iter()
            .all(|c| c.name != "nbf")
    );
    // iat after exp, nbf after exp: inconsistent whatever the clock says.
    let mut c = claims();
    c["iat"] = (NOW + 7200).into();
    let r = checks_for(&c, &e, NOW + 7190);
    assert!(
        !find(&r, "iat").ok && find(&r, "iat").detail.contains("inconsistent"),
        "{r:#?}"
    );
    let mut c = claims();
    c["nbf"] = (NOW + 7200).into();
    let r = checks_for(&c, &e, NOW + 7200);
    assert!(
        !find(&r, "nbf").ok && find(&r, "nbf").detail.contains("inconsistent"),
        "{r:#?}"
    );
}

#[test]
fn leeway_is_bounded_even_for_library_callers() {
    let e = Expectations {
        leeway: 400 * 86_400,
        ..Expectations::default()
    };
    // A year-old token does not pass with a 400-day leeway.
    let r = checks_for(&claims(), &e, NOW + 365 * 86_400);
    assert!(!find(&r, "exp").ok, "{r:#?}");
    // 23 hours past exp is within the 1 day maximum.
    let r = checks_for(&claims(), &e, NOW + 3600 + 23 * 3600);
    assert!(find(&r, "exp").ok, "{r:#?}");
    assert_eq!(MAX_LEEWAY, 86_400);
}

#[test]
fn duplicate_kid_tries_every_key_with_that_kid() {
    let (a, b) = (key(KEY_A), key(KEY_B));
    let t = decode(&token("k", &b)).unwrap();
    // Key "k" is listed twice (a rotation): the second one signed it.
    let set = jwks(&[jwk(Some("k"), &a), jwk(Some("k"), &b)]);
    assert_eq!(verify_signature(&t, &set), Ok("k".into()));
    // Neither verifies: a bad signature, with both tried.
    let set = jwks(&[jwk(Some("k"), &a), jwk(Some("k"), &a)]);
    assert_eq!(
        verify_signature(&t, &set),
        Err(VerifyError::BadSignature {
            kid: Some("k".into()),
            keys_tried: 2
        })
    );
}

#[test]
fn a_short_key_is_too_weak_not_tampering() {
    let weak = json!({"kty": "RSA", "kid": "k",
        "n": URL_SAFE_NO_PAD.encode([0xC5u8; 128]), "e": "AQAB"});
    let t = decode(&token("k", &key(KEY_A))).unwrap();
    let e = verify_signature(&t, &jwks(std::slice::from_ref(&weak))).unwrap_err();
    assert_eq!(
        e,
        VerifyError::WeakKey {
            kid: Some("k".into()),
            bits: 1024
        }
    );
    assert!(e.to_string().contains("key too weak"), "{e}");
    // With the strong key alongside under the same kid, the token verifies.
    let set = jwks(&[weak, jwk(Some("k"), &key(KEY_A))]);
    assert_eq!(verify_signature(&t, &set), Ok("k".into()));
    assert_eq!(super::verify::key_bits(&[0x01, 0, 0]), 17);
}

#[test]
fn a_stale_key_set_has_a_maximum_age() {
    let dir = tempfile::tempdir().unwrap();
    let store = KeyStore::new(dir.path());
    assert_eq!(store.max_stale, DEFAULT_MAX_STALE);
    let a = key(KEY_A);
    let srv = FakeServer::new(200, jwks_text(&[jwk(Some("ka"), &a)]));
    let fetch = |u: &str| srv.get(u);
    store.keys_for(JWKS_URL, None, &fetch, NOW).unwrap();
    srv.fail();
    // Six days later: stale but usable.
    let k = store
        .keys_for(JWKS_URL, Some("ka"), &fetch, NOW + 6 * 86_400)
        .unwrap();
    assert_eq!(k.source, KeySource::Stale);
    // 400 days later: refused, even within the cooldown of the last attempt.
    for later in [NOW + 400 * 86_400, NOW + 400 * 86_400 + 1] {
        let e = store
            .keys_for(JWKS_URL, Some("ka"), &fetch, later)
            .unwrap_err();
        assert!(
            matches!(&e, Error::Transient(m) if m.contains("--jwks-max-stale")),
            "{e:?}"
        );
    }
    // A shorter configured maximum applies.
    let strict = KeyStore {
        max_stale: 3600,
        ..KeyStore::new(dir.path())
    };
    assert!(
        strict
            .keys_for(JWKS_URL, Some("ka"), &fetch, NOW + 7200 + 400 * 86_400)
            .is_err()
    );
}
