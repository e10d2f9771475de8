//! Secret redaction for traces, logs and the audit trail. Secrets are recognised by key name, so a new
//! secret field is redacted as soon as its name is listed here.

use serde_json::Value;

pub const REDACTED: &str = "[REDACTED]";

/// Key names (compared case-insensitively, ignoring `_` and `-`) whose values are never shown,
/// besides any name that ends in "token" or contains "secret".
const SECRET_KEYS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "apikey",
    "key",
    "sig",
    "signature",
    "auth",
    "credentials",
    "code",
    "codeverifier",
    "devicecode",
    "authorization",
];

/// `jwsToken`, `access_token`, `client_secret`, `code_verifier`...: but not `tokenLifetimeMinutes`.
pub fn is_secret_key(key: &str) -> bool {
    let folded: String = key
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    folded.ends_with("token") || folded.contains("secret") || SECRET_KEYS.contains(&folded.as_str())
}

/// A copy of `value` with every secret-named field replaced by `[REDACTED]`, at any depth.
pub fn json(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if is_secret_key(k) && !v.is_null() {
                        Value::String(REDACTED.into())
                    } else {
                        json(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(json).collect()),
        other => other.clone(),
    }
}

/// `a=1&client_secret=x` → `a=1&client_secret=[REDACTED]`.
pub fn query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if is_secret_key(&crate::urlenc::percent_decode(k)) => {
                format!("{k}={REDACTED}")
            }
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// A URL with its user info (`user:password@`) and secret query parameters redacted.
pub fn url(url: &str) -> String {
    let (base, q) = match url.split_once('?') {
        Some((base, q)) => (base, Some(q)),
        None => (url, None),
    };
    let base = without_userinfo(base);
    match q {
        Some(q) => format!("{base}?{}", query(q)),
        None => base,
    }
}

/// `https://user:pw@host/x` → `https://[REDACTED]@host/x`; the authority ends at the first `/`.
fn without_userinfo(base: &str) -> String {
    let (scheme, rest) = match base.split_once("://") {
        Some((s, r)) => (Some(s), r),
        None => (None, base),
    };
    let (authority, path) = match rest.find(['/', '#']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match authority.rsplit_once('@') {
        Some((_, host)) => {
            let scheme = scheme.map(|s| format!("{s}://")).unwrap_or_default();
            format!("{scheme}{REDACTED}@{host}{path}")
        }
        None => base.to_string(),
    }
}

/// A short, stable fingerprint of a secret so a user can recognise it without seeing it:
/// `sha256:` and the first 12 hex digits of its SHA-256.
pub fn fingerprint(secret: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, secret.as_bytes());
    let hex: String = digest.as_ref()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_userinfo_and_secret_query_values() {
        assert_eq!(
            url("http://user:PW@127.0.0.1:9/v1/x?access_token=abc&max=5"),
            "http://[REDACTED]@127.0.0.1:9/v1/x?access_token=[REDACTED]&max=5"
        );
        assert_eq!(url("https://h/a@b"), "https://h/a@b");
        assert_eq!(
            url("https://h/x?key=k&sig=s"),
            "https://h/x?key=[REDACTED]&sig=[REDACTED]"
        );
        assert_eq!(url("no scheme"), "no scheme");
    }
    use serde_json::json;

    #[test]
    fn redacts_nested_secret_fields() {
        let v = json!({"jwsToken": "eyJ", "url": "https://x", "inner": [{"client_secret": "s", "access_token": "a"}]});
        let r = json(&v);
        assert_eq!(r["jwsToken"], REDACTED);
        assert_eq!(r["url"], "https://x");
        assert_eq!(r["inner"][0]["client_secret"], REDACTED);
        assert_eq!(r["inner"][0]["access_token"], REDACTED);
        let v = json!({"tokenLifetimeMinutes": 60, "oauthRefreshToken": "r", "personalAccessToken": "p", "code_verifier": "v"});
        let r = json(&v);
        assert_eq!(r["tokenLifetimeMinutes"], 60);
        assert_eq!(r["oauthRefreshToken"], REDACTED);
        assert_eq!(r["personalAccessToken"], REDACTED);
        assert_eq!(r["code_verifier"], REDACTED);
    }

    #[test]
    fn redacts_query_parameters() {
        assert_eq!(
            url("http://h/x?code=abc&state=s&code_verifier=v"),
            "http://h/x?code=[REDACTED]&state=s&code_verifier=[REDACTED]"
        );
        assert_eq!(
            query("client%5Fsecret=x&cursor=2"),
            "client%5Fsecret=[REDACTED]&cursor=2"
        );
        assert_eq!(url("http://h/x"), "http://h/x");
    }

    #[test]
    fn fingerprints_are_short_and_stable() {
        assert_eq!(fingerprint("abc"), "sha256:ba7816bf8f01");
    }
}
