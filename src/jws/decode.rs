//! Decoding a compact JWS without verifying it: header, claims, signing input and signature bytes.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};

use crate::error::{Error, Result};
use crate::ui::timefmt::{relative_expiry, rfc3339_checked};

/// Longest input `decode` accepts. Webex data source tokens are about 1 KiB.
pub const MAX_TOKEN_BYTES: usize = 16 * 1024;

pub const CLAIM_URL: &str = "com.cisco.datasource.url";
pub const CLAIM_SCHEMA: &str = "com.cisco.datasource.schema.uuid";
pub const CLAIM_ORG: &str = "com.cisco.org.uuid";

/// A compact JWS split into its parts. Nothing here has been verified.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The protected header (always a JSON object).
    pub header: Value,
    /// The payload (always a JSON object).
    pub claims: Value,
    /// `base64url(header) "." base64url(payload)` exactly as received: the bytes that were signed.
    pub signing_input: String,
    pub signature: Vec<u8>,
}

const SEGMENT_NAMES: [&str; 3] = ["header", "payload", "signature"];

/// Parses a compact JWS (`header.payload.signature`). Surrounding whitespace and a `Bearer ` prefix
/// (any case) are accepted. Every malformed input is an `Error::Usage` naming what is wrong.
pub fn decode(input: &str) -> Result<Decoded> {
    if input.len() > MAX_TOKEN_BYTES {
        return Err(Error::usage(format!(
            "the token is {} bytes long; a JWS is accepted up to 16 KiB ({MAX_TOKEN_BYTES} bytes) \
             and Webex data source tokens are about 1 KiB: is this the right input?",
            input.len()
        )));
    }
    let mut token = input.trim();
    if let Some(prefix) = token.get(..6)
        && prefix.eq_ignore_ascii_case("bearer")
    {
        let rest = &token[6..];
        if rest.is_empty() {
            return Err(Error::usage(
                "no token after 'Bearer': give the JWS itself (header.payload.signature)",
            ));
        }
        if rest.starts_with(char::is_whitespace) {
            token = rest.trim_start();
        }
    }
    if token.is_empty() {
        return Err(Error::usage(
            "no token: the input is empty; give a JWS (header.payload.signature)",
        ));
    }
    let segments: Vec<&str> = token.split('.').collect();
    if segments.len() != 3 {
        let hint = match segments.len() {
            1 => " (no '.' at all: is this a JWS?)",
            5 => " (5 segments is an encrypted JWE, not a signed JWS)",
            _ => "",
        };
        return Err(Error::usage(format!(
            "a JWS has 3 dot-separated segments (header.payload.signature); found {}{hint}",
            segments.len()
        )));
    }
    let mut bytes: Vec<Vec<u8>> = Vec::with_capacity(3);
    for (i, seg) in segments.iter().enumerate() {
        let name = SEGMENT_NAMES[i];
        if seg.is_empty() && i < 2 {
            return Err(Error::usage(format!("segment {} ({name}) is empty", i + 1)));
        }
        // Tolerate padding although JWS forbids it; reject everything else that is not base64url.
        let unpadded = seg.trim_end_matches('=');
        let decoded = URL_SAFE_NO_PAD.decode(unpadded).map_err(|e| {
            let hint = if seg.contains(['+', '/']) {
                " ('+' or '/' found: that is standard base64, a JWS uses base64url with '-' and '_')"
            } else {
                ""
            };
            Error::usage(format!(
                "segment {} ({name}) is not valid base64url: {e}{hint}",
                i + 1
            ))
        })?;
        bytes.push(decoded);
    }
    let header = json_object(&bytes[0], 1)?;
    let claims = json_object(&bytes[1], 2)?;
    let signing_input = format!("{}.{}", segments[0], segments[1]);
    let signature = bytes.pop().unwrap_or_default();
    Ok(Decoded {
        header,
        claims,
        signing_input,
        signature,
    })
}

/// The `exp` claim of a JWS, exactly as `decode(token)` then `claims["exp"]` would give it, for
/// listings of thousands of tokens: a well-formed token's payload is read for `exp` alone
/// instead of into a whole JSON value (that was a quarter of `ls`'s CPU time); anything unusual
/// goes through `decode`.
pub fn expiry(token: &str) -> Option<i64> {
    match expiry_of_plain_token(token) {
        Some(exp) => exp,
        None => decode(token).ok()?.claims.get("exp").and_then(json_seconds),
    }
}

/// `Some(exp)` when `token` is plainly `header.payload.signature` (no whitespace or prefix, not
/// oversized), every segment base64url, the header a JSON object and the payload one with at
/// most one `exp`; None when unsure.
fn expiry_of_plain_token(token: &str) -> Option<Option<i64>> {
    #[derive(serde::Deserialize)]
    struct Exp {
        exp: Option<Value>,
    }
    if token.len() > MAX_TOKEN_BYTES {
        return None;
    }
    let mut segments = token.split('.');
    let (header, payload, signature) = (segments.next()?, segments.next()?, segments.next()?);
    if segments.next().is_some() || header.is_empty() || payload.is_empty() {
        return None;
    }
    if !is_base64url(signature.trim_end_matches('=')) {
        return None;
    }
    let header = URL_SAFE_NO_PAD.decode(header).ok()?;
    if header.first() != Some(&b'{') {
        return None;
    }
    serde_json::from_slice::<serde::de::IgnoredAny>(&header).ok()?;
    let payload = URL_SAFE_NO_PAD.decode(payload).ok()?;
    if payload.first() != Some(&b'{') {
        return None;
    }
    let claims: Exp = serde_json::from_slice(&payload).ok()?;
    Some(claims.exp.as_ref().and_then(json_seconds))
}

/// Whether `URL_SAFE_NO_PAD` decodes `text`, without decoding it: base64url characters only, a
/// length that is not 1 more than a multiple of 4, and no bits set past the last whole byte.
fn is_base64url(text: &str) -> bool {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    };
    let bytes = text.as_bytes();
    if bytes.iter().any(|&c| value(c).is_none()) {
        return false;
    }
    let last = bytes.last().and_then(|&c| value(c)).unwrap_or(0);
    match bytes.len() % 4 {
        1 => false,
        2 => last & 0b1111 == 0,
        3 => last & 0b11 == 0,
        _ => true,
    }
}

fn json_object(bytes: &[u8], index: usize) -> Result<Value> {
    let name = SEGMENT_NAMES[index - 1];
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        Error::usage(format!(
            "segment {index} ({name}) is valid base64url but not JSON: {e}"
        ))
    })?;
    if !value.is_object() {
        return Err(Error::usage(format!(
            "segment {index} ({name}) is JSON but not an object: found {}",
            json_kind(&value)
        )));
    }
    Ok(value)
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A JSON number as whole seconds: integers as they are, floats truncated toward zero.
pub fn json_seconds(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_i64() {
        return Some(i);
    }
    let f = v.as_f64()?;
    if f.is_finite() && f.abs() < 9.0e15 {
        Some(f.trunc() as i64)
    } else {
        None
    }
}

impl Decoded {
    pub fn header_str(&self, name: &str) -> Option<&str> {
        self.header.get(name).and_then(Value::as_str)
    }

    pub fn claim(&self, name: &str) -> Option<&Value> {
        self.claims.get(name)
    }

    pub fn claim_str(&self, name: &str) -> Option<&str> {
        self.claims.get(name).and_then(Value::as_str)
    }

    pub fn alg(&self) -> Option<&str> {
        self.header_str("alg")
    }

    pub fn kid(&self) -> Option<&str> {
        self.header_str("kid")
    }

    /// `exp` in Unix seconds (integer or float JSON number).
    pub fn exp(&self) -> Option<i64> {
        self.claims.get("exp").and_then(json_seconds)
    }

    /// `iat` in Unix seconds (integer or float JSON number).
    pub fn iat(&self) -> Option<i64> {
        self.claims.get("iat").and_then(json_seconds)
    }

    pub fn issuer(&self) -> Option<&str> {
        self.claim_str("iss")
    }

    pub fn data_source_url(&self) -> Option<&str> {
        self.claim_str(CLAIM_URL)
    }

    pub fn schema_id(&self) -> Option<&str> {
        self.claim_str(CLAIM_SCHEMA)
    }

    pub fn org_id(&self) -> Option<&str> {
        self.claim_str(CLAIM_ORG)
    }

    /// Seconds until `exp` (negative once expired).
    pub fn seconds_left(&self, now: i64) -> Option<i64> {
        self.exp().map(|e| e.saturating_sub(now))
    }
}

/// The token for people and `--json`: raw `header` and `claims` plus derived fields. Missing claims
/// give `null`. `signatureVerified` is always `false` here: decoding verifies nothing.
///
/// ```text
/// {"header":{..},"claims":{..},"signatureVerified":false,"alg":"RS256","kid":"..","issuer":"..",
///  "issuedAt":"2024-10-18T01:01:55Z","expiresAt":"..","expiresIn":"in 5h 3m"|"expired 2h ago",
///  "secondsLeft":18180,"expired":false,"lifetimeMinutes":120,
///  "dataSource":{"url":"..","schemaId":"..","orgId":"..","audience":"..","subject":".."}}
/// ```
pub fn describe(decoded: &Decoded, now: i64) -> Value {
    let opt_str = |s: Option<&str>| s.map_or(Value::Null, |s| Value::String(s.to_string()));
    let exp = decoded.exp();
    let iat = decoded.iat();
    let seconds_left = decoded.seconds_left(now);
    let mut out = Map::new();
    out.insert("header".into(), decoded.header.clone());
    out.insert("claims".into(), decoded.claims.clone());
    out.insert("signatureVerified".into(), Value::Bool(false));
    out.insert("alg".into(), opt_str(decoded.alg()));
    out.insert("kid".into(), opt_str(decoded.kid()));
    out.insert("issuer".into(), opt_str(decoded.issuer()));
    out.insert(
        "issuedAt".into(),
        iat.and_then(rfc3339_checked)
            .map_or(Value::Null, Value::from),
    );
    out.insert(
        "expiresAt".into(),
        exp.and_then(rfc3339_checked)
            .map_or(Value::Null, Value::from),
    );
    out.insert(
        "expiresIn".into(),
        seconds_left.map_or(Value::Null, |s| relative_expiry(s).into()),
    );
    out.insert(
        "secondsLeft".into(),
        seconds_left.map_or(Value::Null, Value::from),
    );
    out.insert(
        "expired".into(),
        seconds_left.map_or(Value::Null, |s| Value::Bool(s <= 0)),
    );
    out.insert(
        "lifetimeMinutes".into(),
        match (iat, exp) {
            (Some(i), Some(e)) => e
                .checked_sub(i)
                .filter(|s| *s >= 0)
                .map_or(Value::Null, |s| Value::from(s / 60)),
            _ => Value::Null,
        },
    );
    out.insert(
        "dataSource".into(),
        json!({
            "url": opt_str(decoded.data_source_url()),
            "schemaId": opt_str(decoded.schema_id()),
            "orgId": opt_str(decoded.org_id()),
            "audience": decoded.claim("aud").cloned().unwrap_or(Value::Null),
            "subject": opt_str(decoded.claim_str("sub")),
        }),
    );
    Value::Object(out)
}

/// Claim and header names in plain words, for table views; in the order a table should show them.
pub fn claim_labels() -> &'static [(&'static str, &'static str)] {
    &[
        ("iss", "issuer"),
        ("aud", "audience"),
        ("sub", "subject"),
        (CLAIM_URL, "data source URL"),
        (CLAIM_SCHEMA, "schema ID"),
        (CLAIM_ORG, "organization ID"),
        ("iat", "issued at"),
        ("nbf", "not before"),
        ("exp", "expires at"),
        ("jti", "token ID"),
        ("alg", "signature algorithm"),
        ("kid", "signing key ID"),
        ("typ", "token type"),
    ]
}

/// The plain-words label for a claim, or the claim name itself.
pub fn claim_label(name: &str) -> &str {
    claim_labels()
        .iter()
        .find(|(k, _)| *k == name)
        .map_or(name, |(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_base64url_agrees_with_the_decoder() {
        let alphabet: Vec<char> =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=."
                .chars()
                .collect();
        let agree = |text: &str| {
            assert_eq!(
                is_base64url(text),
                URL_SAFE_NO_PAD.decode(text).is_ok(),
                "{text:?}"
            );
        };
        agree("");
        // Every string of up to three characters, and each after a valid quad.
        for a in &alphabet {
            agree(&format!("{a}"));
            for b in &alphabet {
                agree(&format!("{a}{b}"));
                agree(&format!("QUJD{a}{b}"));
                for c in &alphabet {
                    agree(&format!("{a}{b}{c}"));
                    agree(&format!("QUJD{a}{b}{c}"));
                }
            }
        }
    }
}
