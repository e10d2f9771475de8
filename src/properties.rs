//! Hostile input, as properties (issue 9): every parser of outside text (JWS, key sets, Link,
//! Retry-After, durations, config and store JSON, ids from stdin, URLs, tokens, booleans) takes
//! arbitrary input without panicking, fails with a usage error rather than anything else, and
//! keeps its documented meaning on well-formed input.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::error::Error;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

/// Text built from the characters parsers care about, so the search reaches their branches.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ".",
        "..",
        "-",
        "_",
        "=",
        "e30",
        "eyJ",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ";",
        "<",
        ">",
        ":",
        "rel=\"next\"",
        "rel=next",
        "\n",
        "\r\n",
        " ",
        "\t",
        "#",
        "id",
        "{\"id\":1}",
        "\"a\"",
        "1",
        "9999999999999999999999",
        "-1",
        "s",
        "m",
        "h",
        "d",
        "w",
        "https://",
        "http://",
        "@",
        "?",
        "&",
        "access_token=",
        "\u{0}",
        "\u{e9}",
        "\u{1F600}",
        "Bearer ",
        "null",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![tricky_text(), any::<String>()]
}

fn is_usage(e: &Error) -> bool {
    matches!(e, Error::Usage(_))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn jws_decode_never_panics_and_only_fails_as_usage(text in any_text()) {
        if let Err(e) = crate::jws::decode(&text) {
            prop_assert!(is_usage(&e), "{e:?}");
        }
    }

    #[test]
    fn jws_with_three_arbitrary_segments(a in "[A-Za-z0-9_=-]{0,40}", b in "[A-Za-z0-9_=-]{0,40}", c in "[A-Za-z0-9_=-]{0,40}") {
        let token = format!("{a}.{b}.{c}");
        match crate::jws::decode(&token) {
            Ok(decoded) => {
                // Whatever decodes, verifying against an empty key set fails cleanly.
                let r = crate::jws::verify_signature(&decoded, &crate::jws::Jwks::default());
                prop_assert!(r.is_err());
            }
            Err(e) => prop_assert!(is_usage(&e), "{e:?}"),
        }
    }

    #[test]
    fn the_fast_expiry_is_the_decoded_exp(
        header in prop_oneof![Just(r#"{"alg":"RS256","kid":"k"}"#.to_string()), Just("[]".to_string()), arb_json().prop_map(|v| v.to_string())],
        payload in prop_oneof![
            (any::<i64>()).prop_map(|n| format!(r#"{{"exp":{n},"sub":"s"}}"#)),
            (any::<f64>()).prop_map(|f| format!(r#"{{"exp":{f:e}}}"#)),
            Just(r#"{"exp":1,"exp":2}"#.to_string()),
            Just(r#"{"exp":"soon"}"#.to_string()),
            Just(r#" {"exp":3}"#.to_string()),
            Just(r#"{"exp":4} x"#.to_string()),
            Just("[5]".to_string()),
            arb_json().prop_map(|v| v.to_string()),
        ],
        signature in prop_oneof![3 => "[A-Za-z0-9_-]{0,400}", 1 => "[A-Za-z0-9_=+/-]{0,40}"],
        pad in prop::bool::weighted(0.2),
        prefix in prop::sample::select(vec!["", "", "", " ", "Bearer "]),
    ) {
        use base64::Engine;
        let b64 = |s: &str| {
            let mut t = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
            if pad { t.push('='); }
            t
        };
        let token = format!("{prefix}{}.{}.{signature}", b64(&header), b64(&payload));
        let decoded = crate::jws::decode(&token)
            .ok()
            .and_then(|d| d.claims.get("exp").and_then(crate::jws::json_seconds));
        prop_assert_eq!(crate::jws::expiry(&token), decoded, "{}", token);
    }

    #[test]
    fn key_sets_never_panic(text in any_text(), n in "[A-Za-z0-9_-]{0,400}", e in "[A-Za-z0-9_-]{0,8}", kid in any::<String>()) {
        if let Err(err) = crate::jws::Jwks::parse(&text) {
            prop_assert!(is_usage(&err), "{err:?}");
        }
        let doc = serde_json::json!({"keys": [{"kty": "RSA", "kid": kid, "n": n, "e": e}]});
        let _ = crate::jws::Jwks::parse(&doc.to_string());
    }

    #[test]
    fn link_headers_never_panic_and_find_next(text in any_text(), target in "[A-Za-z0-9/:?=&._-]{1,60}") {
        let _ = crate::api::next_link(&text);
        let header = format!("<https://x.example/a>; rel=\"prev\", <{target}>; rel=\"next\"");
        prop_assert_eq!(crate::api::next_link(&header), Some(target));
    }

    #[test]
    fn retry_after_never_panics_and_is_capped(value in any_text(), secs in 0u64..100_000) {
        let policy = crate::api::RetryPolicy::default();
        let far = Instant::now() + Duration::from_secs(3600);
        for text in [value, secs.to_string()] {
            let Ok(header) = ureq::http::HeaderValue::from_str(&text) else { continue };
            let mut headers = ureq::http::HeaderMap::new();
            headers.insert("retry-after", header);
            if let Some(wait) = policy.after_status(crate::api::Method::Get, 429, &headers, 1, far) {
                prop_assert!(wait <= policy.max_retry_after.max(policy.max_backoff.mul_f64(1.5)));
            }
        }
    }

    #[test]
    fn durations_never_panic_and_add_up(text in any_text(), parts in prop::collection::vec((0i64..10_000, 0usize..5), 1..5)) {
        if let Ok(secs) = crate::ui::timefmt::parse_duration(&text) {
            prop_assert!(secs >= 0);
        } else if let Err(e) = crate::ui::timefmt::parse_duration(&text) {
            prop_assert!(is_usage(&e));
        }
        let units = [("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800)];
        let text: String = parts.iter().map(|(n, u)| format!("{n}{}", units[*u].0)).collect();
        let want: i64 = parts.iter().map(|(n, u)| n * units[*u].1).sum();
        prop_assert_eq!(crate::ui::timefmt::parse_duration(&text).unwrap(), want);
    }

    #[test]
    fn config_and_store_json_never_panic(text in any_text()) {
        let _ = serde_json::from_str::<crate::config::ConfigFile>(&text);
        let _ = serde_json::from_str::<BTreeMap<String, BTreeMap<String, crate::auth::Secrets>>>(&text);
    }

    #[test]
    fn the_file_store_reads_any_file_without_panicking(value in arb_json(), text in any_text()) {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("credentials.json");
        for content in [value.to_string(), text] {
            std::fs::write(&path, &content).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
            let store = crate::auth::store::open(&format!("file:{}", path.display()), "default").unwrap();
            match store.load() {
                Ok(_) => {}
                // A damaged store is a configuration error, and never echoes its content.
                Err(Error::Config(m)) => prop_assert!(content.len() < 8 || !m.contains(&content)),
                Err(other) => prop_assert!(false, "{other:?}"),
            }
        }
    }

    #[test]
    fn config_and_store_json_of_any_shape(value in arb_json()) {
        let text = value.to_string();
        let _ = serde_json::from_str::<crate::config::ConfigFile>(&text);
        let _ = serde_json::from_str::<crate::auth::Secrets>(&text);
        let _ = crate::jws::Jwks::from_value(&value);
        if let Err(e) = crate::input::parse_ids(&text) {
            prop_assert!(is_usage(&e));
        }
    }

    #[test]
    fn ids_from_stdin_never_panic_and_keep_plain_lines(text in any_text(), ids in prop::collection::vec("[A-Za-z0-9][A-Za-z0-9-]{0,40}", 0..20)) {
        if let Err(e) = crate::input::parse_ids(&text) {
            prop_assert!(is_usage(&e), "{e:?}");
        }
        let lines = ids.join("\n");
        prop_assert_eq!(crate::input::parse_ids(&lines).unwrap(), ids);
    }

    #[test]
    fn urls_never_panic_and_never_show_a_password(text in any_text(), pw in "[A-Za-z0-9]{8,20}", host in "[a-z]{1,10}\\.example") {
        let _ = crate::mutation::check_url(&text);
        let _ = crate::api::check_transport(&text, "URL", "it");
        let _ = crate::redact::url(&text);
        let url = format!("https://user:{pw}@{host}/p?access_token={pw}x");
        prop_assert!(!crate::redact::url(&url).contains(&pw));
        let e = crate::mutation::check_url(&url).unwrap_err().to_string();
        prop_assert!(!e.contains(&pw), "{}", e);
    }

    #[test]
    fn tokens_and_booleans_never_panic(text in any_text()) {
        if crate::api::check_bearer(&text).is_ok() {
            prop_assert!(text.bytes().all(|b| b.is_ascii_graphic()));
        }
        let _ = crate::envflag::parse_bool(&text);
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "id",
                    "keys",
                    "kty",
                    "n",
                    "e",
                    "kid",
                    "profiles",
                    "default",
                    "timeout",
                    "clientSecret",
                    "accessToken",
                    "x"
                ])
                .prop_map(str::to_string),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
