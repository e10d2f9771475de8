//! Request/response helpers on top of `server`: parsed requests, replies with Webex error bodies.

pub use super::util::percent_decode;
use base64::Engine;
use serde_json::{Value, json};

/// Bodies above this answer 413.
pub const MAX_BODY: usize = 1024 * 1024;

/// One parsed request, detached from its connection.
pub struct Req {
    pub method: String,
    pub path: String,
    /// Raw query string (after `?`), empty when none.
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn query_param(&self, name: &str) -> Option<String> {
        parse_form(&self.query)
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    pub fn bearer(&self) -> Option<&str> {
        let v = self.header("Authorization")?;
        let (scheme, rest) = v.split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| rest.trim())
            .filter(|t| !t.is_empty())
    }

    /// `(user, password)` from HTTP Basic.
    pub fn basic(&self) -> Option<(String, String)> {
        let v = self.header("Authorization")?;
        let (scheme, rest) = v.split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("basic") {
            return None;
        }
        let raw = base64::engine::general_purpose::STANDARD
            .decode(rest.trim())
            .ok()?;
        let text = String::from_utf8(raw).ok()?;
        let (u, p) = text.split_once(':')?;
        Some((percent_decode(u), percent_decode(p)))
    }

    pub fn auth_kind(&self) -> &'static str {
        if self.bearer().is_some() {
            "bearer"
        } else if self
            .header("Authorization")
            .is_some_and(|v| v.len() > 6 && v[..6].eq_ignore_ascii_case("basic "))
        {
            "basic"
        } else {
            "none"
        }
    }

    /// The body as a JSON object, or a 400 reply.
    pub fn json_object(&self) -> Result<serde_json::Map<String, Value>, Reply> {
        match serde_json::from_slice::<Value>(&self.body) {
            Ok(Value::Object(m)) => Ok(m),
            Ok(_) => Err(Reply::error(400, "The request body must be a JSON object.")),
            Err(e) => Err(Reply::error(
                400,
                format!("Malformed JSON request body: {e}"),
            )),
        }
    }

    pub fn form(&self) -> Vec<(String, String)> {
        parse_form(&String::from_utf8_lossy(&self.body))
    }
}

/// What a handler answers. Error bodies get their tracking id when sent.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
    /// Whole, unless a fault breaks it on the wire.
    pub delivery: super::server::Delivery,
}

pub enum Body {
    Empty,
    Json(Value),
    /// A Webex error: `{message, errors:[{description}], trackingId}`.
    Error(String),
    /// An OAuth error: `{error, error_description}` plus the Webex fields.
    OAuth(&'static str, String),
}

impl Reply {
    pub fn json(status: u16, value: Value) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            delivery: Default::default(),
            body: Body::Json(value),
        }
    }

    pub fn ok(value: Value) -> Reply {
        Reply::json(200, value)
    }

    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            delivery: Default::default(),
            body: Body::Empty,
        }
    }

    pub fn error(status: u16, message: impl Into<String>) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            delivery: Default::default(),
            body: Body::Error(message.into()),
        }
    }

    pub fn oauth(status: u16, error: &'static str, description: impl Into<String>) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            delivery: Default::default(),
            body: Body::OAuth(error, description.into()),
        }
    }

    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// The body bytes, with `tracking_id` filled into error bodies.
    pub fn render(&self, tracking_id: &str) -> Vec<u8> {
        let value = match &self.body {
            Body::Empty => return Vec::new(),
            Body::Json(v) => v.clone(),
            Body::Error(m) => json!({
                "message": m,
                "errors": [{"description": m}],
                "trackingId": tracking_id,
            }),
            Body::OAuth(e, d) => json!({
                "error": e,
                "error_description": d,
                "message": d,
                "errors": [{"description": d}],
                "trackingId": tracking_id,
            }),
        };
        serde_json::to_vec(&value).unwrap_or_default()
    }
}

pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `a=1&b=x%20y` into decoded pairs (query strings and form bodies).
pub fn parse_form(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// `http(s)://host...` with a non-empty host and no whitespace.
pub fn is_absolute_http_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

pub fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_redacts() {
        assert_eq!(percent_decode("a%20b+c%2"), "a b c%2");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(
            parse_form("x=1&y=a%26b&z"),
            vec![
                ("x".into(), "1".into()),
                ("y".into(), "a&b".into()),
                ("z".into(), "".into())
            ]
        );
        assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    }

    #[test]
    fn checks_urls() {
        assert!(is_absolute_http_url("https://example.com/x"));
        assert!(is_absolute_http_url("http://127.0.0.1:9"));
        assert!(!is_absolute_http_url("ftp://example.com"));
        assert!(!is_absolute_http_url("https:///path"));
        assert!(!is_absolute_http_url("example.com"));
        assert!(!is_absolute_http_url("https://exa mple.com"));
    }
}
