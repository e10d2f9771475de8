//! What byods derives from a data source object: token expiry (from the JWS `exp`, else
//! `tokenExpiryTime`), time left, the schema's service type, and field fallbacks to the JWS claims.
//! Derived values go under one added key, `byods`, so the API's own fields pass through unchanged.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::ui::timefmt;

pub const DERIVED_KEY: &str = "byods";

/// The claims of a data source's `jwsToken`, if it decodes.
pub fn claims(ds: &Value) -> Option<Value> {
    let token = ds.get("jwsToken")?.as_str()?;
    crate::jws::decode(token).ok().map(|d| d.claims)
}

/// Unix time the data source's token expires.
pub fn expires_at(ds: &Value) -> Option<i64> {
    if let Some(exp) = claims(ds)
        .as_ref()
        .and_then(|c| c.get("exp"))
        .and_then(crate::jws::json_seconds)
    {
        return Some(exp);
    }
    let text = ds.get("tokenExpiryTime")?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp())
}

/// A field of the object, else the matching JWS claim (Webex sometimes omits fields).
pub fn field(ds: &Value, name: &str) -> Option<String> {
    if let Some(v) = ds
        .get(name)
        .and_then(Value::as_str)
        .filter(|v| !v.is_empty())
    {
        return Some(v.to_string());
    }
    let claim = match name {
        "audience" => "aud",
        "subject" => "sub",
        "url" => "com.cisco.datasource.url",
        "schemaId" => "com.cisco.datasource.schema.uuid",
        "orgId" => "com.cisco.org.uuid",
        _ => return None,
    };
    claims(ds)?.get(claim)?.as_str().map(str::to_string)
}

/// Schema id → service type, from the schema list.
pub fn service_types(schemas: &[Value]) -> HashMap<String, String> {
    schemas
        .iter()
        .filter_map(|s| {
            Some((
                s.get("id")?.as_str()?.to_string(),
                s.get("serviceType")?.as_str()?.to_string(),
            ))
        })
        .collect()
}

/// The object with the `byods` key of derived values added.
pub fn enrich(mut ds: Value, service_types: &HashMap<String, String>, now: i64) -> Value {
    let expires = expires_at(&ds);
    let schema_id = field(&ds, "schemaId");
    let derived = json!({
        "tokenExpiresAt": expires.and_then(timefmt::rfc3339_checked),
        "tokenSecondsLeft": expires.map(|e| e.saturating_sub(now)),
        "tokenExpired": expires.map(|e| e <= now),
        "schemaServiceType": schema_id.as_ref().and_then(|id| service_types.get(id)),
    });
    if let Value::Object(map) = &mut ds {
        map.insert(DERIVED_KEY.into(), derived);
    }
    ds
}

/// Seconds left on the token, from the derived values `enrich` added.
pub fn seconds_left(enriched: &Value) -> Option<i64> {
    enriched.get(DERIVED_KEY)?.get("tokenSecondsLeft")?.as_i64()
}

pub fn text(ds: &Value, key: &str) -> String {
    match ds.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}
