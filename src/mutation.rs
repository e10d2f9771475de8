//! What register, update and extend send: request bodies built from defaults, files, flags and the
//! data source's current values (with its JWS claims as fallback), validated before anything is sent.

use serde_json::{Map, Value, json};

use crate::api::Method;
use crate::datasource;
use crate::error::{Error, Result};

pub const DEFAULT_SCHEMA: &str = "5397013b-7920-4ffc-807c-e8a3e0a18f43";
pub const DEFAULT_AUDIENCE: &str = "BYODS";
pub const DEFAULT_SUBJECT: &str = "BYODS";
pub const DEFAULT_LIFETIME: u32 = 1440;
pub const MAX_LIFETIME: u32 = 1440;

/// The fields a PUT sends; a POST sends the first six.
pub const WRITABLE_FIELDS: [&str; 8] = [
    "schemaId",
    "url",
    "audience",
    "subject",
    "nonce",
    "tokenLifetimeMinutes",
    "status",
    "errorMessage",
];

/// clap value parser for `--lifetime`.
pub fn parse_lifetime_arg(text: &str) -> std::result::Result<u32, String> {
    match text.trim().parse::<u64>() {
        Ok(n @ 1..=1440) => Ok(n as u32),
        _ => Err(format!(
            "'{text}' is not a token lifetime: expected whole minutes from 1 to {MAX_LIFETIME} (1440 = 24 h)"
        )),
    }
}

/// `tokenLifetimeMinutes` from a JSON document.
pub fn lifetime_from_json(value: &Value, place: &str) -> Result<u32> {
    let bad = || {
        Error::usage(format!(
            "{place}: tokenLifetimeMinutes must be whole minutes from 1 to {MAX_LIFETIME}, not {value}"
        ))
    };
    match value.as_u64() {
        Some(n @ 1..=1440) => Ok(n as u32),
        _ => Err(bad()),
    }
}

/// The longest data source URL accepted (browsers and proxies commonly stop near 2,000-8,000).
pub const MAX_URL_CHARS: usize = 2048;

/// An absolute http(s) URL with a host and no user info, at most `MAX_URL_CHARS` long. Returns a
/// warning for plain http.
pub fn check_url(url: &str) -> Result<Option<String>> {
    let bad = |why: &str| {
        let shown: String = crate::redact::url(url).chars().take(120).collect();
        let cut = if url.chars().count() > 120 { "..." } else { "" };
        Error::usage(format!(
            "invalid url '{shown}{cut}': {why} (expected an absolute URL such as https://example.com/byods)"
        ))
    };
    if url.chars().count() > MAX_URL_CHARS {
        return Err(bad(&format!(
            "it is longer than {MAX_URL_CHARS} characters"
        )));
    }
    if url.chars().any(char::is_whitespace) {
        return Err(bad("it contains whitespace"));
    }
    let (scheme, rest) = match url.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => return Err(bad("it is not absolute")),
    };
    if scheme != "https" && scheme != "http" {
        return Err(bad("only https and http are allowed"));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err(bad("it has no host"));
    }
    // Webex would store and show the URL: credentials do not belong in it.
    if host.contains('@') {
        return Err(bad(
            "it carries a user name or password (user:password@host); give the data source \
             its credentials another way",
        ));
    }
    Ok((scheme == "http").then(|| {
        format!("url '{url}' uses plain http: Webex will send data unencrypted; prefer https")
    }))
}

/// A schema id must look like a UUID before it is looked up.
pub fn check_schema_id(id: &str) -> Result<()> {
    if uuid::Uuid::try_parse(id).is_ok() {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid schema id '{id}': expected a UUID such as {DEFAULT_SCHEMA}, or a schema name \
             such as VoiceVirtualAgent/gRPC (see `byods schemas`)"
        )))
    }
}

/// The schema id is in the API's schema list.
pub fn check_schema_known(schemas: &[Value], id: &str) -> Result<()> {
    if schemas
        .iter()
        .any(|s| s.get("id").and_then(Value::as_str) == Some(id))
    {
        return Ok(());
    }
    let known: Vec<&str> = schemas
        .iter()
        .filter_map(|s| s.get("id").and_then(Value::as_str))
        .collect();
    Err(Error::usage(format!(
        "unknown schema id '{id}': not in the schema list (known: {}; see `byods schemas`)",
        known.join(", ")
    )))
}

pub fn new_nonce() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A request about to be sent; `--dry-run` prints it instead.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub body: Option<Value>,
}

impl Request {
    /// `{"method", "url", "body"}` as `--dry-run` prints it.
    pub fn describe(&self, base_url: &str) -> Value {
        json!({
            "method": self.method.as_str(),
            "url": format!("{base_url}{}", self.path),
            "body": self.body,
        })
    }
}

/// What `--dry-run` prints: the requests that would be sent, one object when a single one was asked
/// for, else an array.
pub fn dry_run_output(requests: &[Request], base_url: &str, single: bool) -> Value {
    let mut described: Vec<Value> = requests.iter().map(|r| r.describe(base_url)).collect();
    if single && described.len() == 1 {
        described.remove(0)
    } else {
        Value::Array(described)
    }
}

fn string_field(doc: &Map<String, Value>, name: &str, place: &str) -> Result<Option<String>> {
    match doc.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(Error::usage(format!(
            "{place}: {name} must be a string, not {other}"
        ))),
    }
}

/// The POST body for one document (defaults filled in, everything validated). `place` names the
/// document in messages. Returns the body and any warnings.
pub fn register_body(doc: &Map<String, Value>, place: &str) -> Result<(Value, Vec<String>)> {
    let text = |name: &str, default: Option<&str>| -> Result<String> {
        match string_field(doc, name, place)? {
            Some(s) if !s.trim().is_empty() => Ok(s),
            Some(_) => Err(Error::usage(format!("{place}: {name} must not be empty"))),
            None => default.map(str::to_string).ok_or_else(|| {
                Error::usage(format!(
                    "{place}: {name} is required (flag --{})",
                    flag_name(name)
                ))
            }),
        }
    };
    let in_place = |e: Error| match e {
        Error::Usage(m) => Error::Usage(format!("{place}: {m}")),
        other => other,
    };
    let url = text("url", None)?;
    let warning = check_url(&url).map_err(in_place)?;
    let schema_id = text("schemaId", Some(DEFAULT_SCHEMA))?;
    check_schema_id(&schema_id).map_err(in_place)?;
    let lifetime = match doc.get("tokenLifetimeMinutes") {
        None | Some(Value::Null) => DEFAULT_LIFETIME,
        Some(v) => lifetime_from_json(v, place)?,
    };
    let body = json!({
        "schemaId": schema_id,
        "url": url,
        "audience": text("audience", Some(DEFAULT_AUDIENCE))?,
        "subject": text("subject", Some(DEFAULT_SUBJECT))?,
        "nonce": match string_field(doc, "nonce", place)? {
            Some(n) if !n.trim().is_empty() => n,
            Some(_) => return Err(Error::usage(format!("{place}: nonce must not be empty"))),
            None => new_nonce(),
        },
        "tokenLifetimeMinutes": lifetime,
    });
    Ok((body, warning.into_iter().collect()))
}

/// The flag that sets a body field.
pub fn flag_name(field: &str) -> &'static str {
    match field {
        "schemaId" => "schema",
        "url" => "url",
        "audience" => "audience",
        "subject" => "subject",
        "nonce" => "nonce",
        "tokenLifetimeMinutes" => "lifetime",
        "status" => "status",
        "errorMessage" => "error-message",
        _ => "?",
    }
}

/// The lifetime of a data source: its field, else the JWS `exp - iat`.
pub fn current_lifetime(ds: &Value) -> Option<u32> {
    if let Some(n) = ds.get("tokenLifetimeMinutes").and_then(Value::as_u64) {
        return u32::try_from(n).ok();
    }
    let claims = datasource::claims(ds)?;
    let span = claims
        .get("exp")?
        .as_i64()?
        .checked_sub(claims.get("iat")?.as_i64()?)?;
    u32::try_from(span / 60).ok().filter(|m| *m >= 1)
}

/// The full PUT body: `current` values (JWS claims as fallback for missing fields) with `changes`
/// laid over them. The nonce is the current one unless `changes` has another: callers that renew
/// the token set a new one. Enabling clears the error message; disabling requires one.
pub fn put_body(current: &Value, changes: &Map<String, Value>) -> Result<Value> {
    let mut body = Map::new();
    for name in ["schemaId", "url", "audience", "subject", "nonce"] {
        if let Some(v) = datasource::field(current, name) {
            body.insert(name.into(), Value::String(v));
        }
    }
    if let Some(m) = current_lifetime(current) {
        body.insert("tokenLifetimeMinutes".into(), json!(m));
    }
    let status = current
        .get("status")
        .and_then(Value::as_str)
        .unwrap_or("active");
    body.insert("status".into(), json!(status));
    let message = current
        .get("errorMessage")
        .and_then(Value::as_str)
        .unwrap_or("");
    body.insert("errorMessage".into(), json!(message));
    for (k, v) in changes {
        body.insert(k.clone(), v.clone());
    }
    // Re-enabling clears the message; setting one on a data source that stays active would be
    // silently dropped, so it is refused.
    let new_message = changes
        .get("errorMessage")
        .and_then(Value::as_str)
        .filter(|m| !m.trim().is_empty() && *m != message);
    if status == "active" && body.get("status") == Some(&json!("active")) && new_message.is_some() {
        return Err(Error::usage(
            "an error message only goes with a disabled data source: add --status disabled \
             (an active data source has none)",
        ));
    }
    check_put_body(&mut body)?;
    Ok(Value::Object(body))
}

fn check_put_body(body: &mut Map<String, Value>) -> Result<()> {
    let place = "update";
    for name in ["schemaId", "url", "audience", "subject", "nonce"] {
        match string_field(body, name, place)? {
            Some(s) if !s.trim().is_empty() => {}
            _ => {
                return Err(Error::usage(format!(
                    "cannot build the request: {name} is missing from the data source and its JWS; \
                     give it with --{}",
                    flag_name(name)
                )));
            }
        }
    }
    let url = string_field(body, "url", place)?.unwrap_or_default();
    check_url(&url)?;
    check_schema_id(&string_field(body, "schemaId", place)?.unwrap_or_default())?;
    match body.get("tokenLifetimeMinutes") {
        Some(v) => {
            lifetime_from_json(v, place)?;
        }
        None => {
            return Err(Error::usage(
                "cannot build the request: tokenLifetimeMinutes is missing from the data source; give it with --lifetime",
            ));
        }
    }
    let status = string_field(body, "status", place)?.unwrap_or_default();
    let message = string_field(body, "errorMessage", place)?.unwrap_or_default();
    match status.as_str() {
        "active" => {
            body.insert("errorMessage".into(), json!(""));
        }
        "disabled" if message.trim().is_empty() => {
            return Err(Error::usage(
                "disabling a data source requires an error message: add --error-message TEXT",
            ));
        }
        "disabled" => {}
        other => {
            return Err(Error::usage(format!(
                "invalid status '{other}': expected active or disabled"
            )));
        }
    }
    Ok(())
}

/// Keeps the writable fields of a document (`byods get --json` output carries read-only ones too).
pub fn writable_fields(doc: &Map<String, Value>) -> Map<String, Value> {
    doc.iter()
        .filter(|(k, _)| WRITABLE_FIELDS.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// `field: before → after` lines for the fields that differ.
pub fn diff(before: &Value, after: &Value) -> Vec<(String, String, String)> {
    let show = |v: Option<&Value>| match v {
        None | Some(Value::Null) => "(none)".to_string(),
        Some(Value::String(s)) if s.is_empty() => "\"\"".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    WRITABLE_FIELDS
        .iter()
        .filter(|f| before.get(**f) != after.get(**f))
        .map(|f| (f.to_string(), show(before.get(*f)), show(after.get(*f))))
        .collect()
}

/// The data source fields given on the command line, each `None` when not given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub url: Option<String>,
    pub schema: Option<String>,
    pub audience: Option<String>,
    pub subject: Option<String>,
    pub nonce: Option<String>,
    pub lifetime: Option<u32>,
}

/// Writes the field flags that were given into a request body (flags override file fields).
pub fn apply_field_flags(doc: &mut Map<String, Value>, fields: &Fields) {
    let flags = [
        ("url", &fields.url),
        ("schemaId", &fields.schema),
        ("audience", &fields.audience),
        ("subject", &fields.subject),
        ("nonce", &fields.nonce),
    ];
    for (name, value) in flags {
        if let Some(v) = value {
            doc.insert(name.into(), json!(v));
        }
    }
    if let Some(m) = fields.lifetime {
        doc.insert("tokenLifetimeMinutes".into(), json!(m));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes() {
        assert_eq!(parse_lifetime_arg("1440"), Ok(1440));
        assert_eq!(parse_lifetime_arg("1"), Ok(1));
        for bad in ["0", "1441", "abc", "-5", ""] {
            assert!(parse_lifetime_arg(bad).is_err(), "{bad}");
        }
        assert!(lifetime_from_json(&json!(60), "x").is_ok());
        assert!(lifetime_from_json(&json!("60"), "x").is_err());
        assert!(lifetime_from_json(&json!(1.5), "x").is_err());
    }

    #[test]
    fn urls() {
        assert_eq!(check_url("https://a.example/x").unwrap(), None);
        assert!(check_url(&format!("https://a.example/{}", "x".repeat(2028))).is_ok());
        let long = format!("https://a.example/{}", "x".repeat(2100));
        let e = check_url(&long).unwrap_err().to_string();
        assert!(e.contains("longer than 2048") && e.len() < 400, "{e}");
        let e = check_url("https://u:hunter22@a.example")
            .unwrap_err()
            .to_string();
        assert!(!e.contains("hunter22"), "{e}");
        assert!(check_url("http://a.example").unwrap().is_some());
        for bad in [
            "/relative",
            "a.example/x",
            "ftp://a",
            "https://",
            "https://a b",
            "https://user:pw@a.example/x",
            "https://token@a.example",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn register_defaults() {
        let doc = json!({"url": "https://a.example"});
        let (body, warnings) = register_body(doc.as_object().unwrap(), "flags").unwrap();
        assert!(warnings.is_empty());
        assert_eq!(body["schemaId"], DEFAULT_SCHEMA);
        assert_eq!(body["audience"], "BYODS");
        assert_eq!(body["subject"], "BYODS");
        assert_eq!(body["tokenLifetimeMinutes"], 1440);
        assert!(uuid::Uuid::try_parse(body["nonce"].as_str().unwrap()).is_ok());
        assert!(register_body(&Map::new(), "flags").is_err());
    }

    #[test]
    fn put_body_keeps_current_values_and_checks_status() {
        let current = json!({"id": "x", "schemaId": DEFAULT_SCHEMA, "url": "https://a.example",
            "audience": "A", "subject": "S", "nonce": "n1", "tokenLifetimeMinutes": 60,
            "status": "disabled", "errorMessage": "down", "jwsToken": "t"});
        let body = put_body(&current, &Map::new()).unwrap();
        assert_eq!(body["nonce"], "n1");
        assert_eq!(body["errorMessage"], "down");
        assert!(body.get("jwsToken").is_none());
        let enable = json!({"status": "active"});
        let body = put_body(&current, enable.as_object().unwrap()).unwrap();
        assert_eq!(body["errorMessage"], "");
        let mut active = current.clone();
        active["status"] = json!("active");
        active["errorMessage"] = json!("");
        let disable = json!({"status": "disabled"});
        assert!(put_body(&active, disable.as_object().unwrap()).is_err());
    }
}
