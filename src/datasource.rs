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
    if let Some(exp) = ds
        .get("jwsToken")
        .and_then(Value::as_str)
        .and_then(crate::jws::expiry)
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

/// Schema id → a short name that tells schemas apart: the service type, with the protocol when
/// two schemas share a service type (`VoiceVirtualAgent/gRPC`, `VoiceVirtualAgent/WebSocket`),
/// and the id's first block when even that is shared.
pub fn schema_labels(schemas: &[Value]) -> HashMap<String, String> {
    let text = |s: &Value, k: &str| s.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let count = |f: &dyn Fn(&Value) -> String, value: &str| {
        schemas.iter().filter(|s| f(s) == value).count()
    };
    let by_type = |s: &Value| text(s, "serviceType");
    let by_protocol = |s: &Value| format!("{}/{}", text(s, "serviceType"), text(s, "protocol"));
    schemas
        .iter()
        .filter_map(|s| {
            let id = s.get("id")?.as_str()?.to_string();
            let service_type = by_type(s);
            let label = if service_type.is_empty() {
                id.clone()
            } else if count(&by_type, &service_type) == 1 {
                service_type
            } else if !text(s, "protocol").is_empty() && count(&by_protocol, &by_protocol(s)) == 1 {
                by_protocol(s)
            } else {
                format!("{service_type}/{}", id.split('-').next().unwrap_or(&id))
            };
            Some((id, label))
        })
        .collect()
}

/// The schema id `wanted` names: an id, a label from `schema_labels`, or a service type only
/// one schema has (all without regard to case). Else what went wrong, for a usage error.
pub fn resolve_schema(schemas: &[Value], wanted: &str) -> std::result::Result<String, String> {
    let labels = schema_labels(schemas);
    let same = |a: &str| a.eq_ignore_ascii_case(wanted);
    if let Some(id) = labels.keys().find(|id| same(id)) {
        return Ok(id.clone());
    }
    if let Some((id, _)) = labels.iter().find(|(_, label)| same(label)) {
        return Ok(id.clone());
    }
    let mut by_type: Vec<(&String, &String)> = labels
        .iter()
        .filter(|(id, _)| {
            schemas.iter().any(|s| {
                s.get("id").and_then(Value::as_str) == Some(id.as_str())
                    && s.get("serviceType")
                        .and_then(Value::as_str)
                        .is_some_and(same)
            })
        })
        .collect();
    by_type.sort();
    match by_type.as_slice() {
        [(id, _)] => Ok((*id).clone()),
        [] => {
            let mut known: Vec<&str> = labels.values().map(String::as_str).collect();
            known.sort();
            Err(format!(
                "unknown schema '{wanted}': known names are {} (`byods schemas` lists the ids)",
                known.join(", ")
            ))
        }
        several => Err(format!(
            "schema '{wanted}' is ambiguous: say {}",
            several
                .iter()
                .map(|(id, label)| format!("{label} ({id})"))
                .collect::<Vec<_>>()
                .join(" or ")
        )),
    }
}

/// The token's derived expiry values (as `ls` shows them) merged into the object's `byods` key,
/// for what register and update print.
pub fn add_expiry(ds: &mut Value, now: i64) {
    let expires = expires_at(ds);
    let Value::Object(map) = ds else {
        return;
    };
    let derived = map
        .entry(DERIVED_KEY)
        .or_insert_with(|| Value::Object(Default::default()));
    if let Value::Object(derived) = derived {
        derived.insert(
            "tokenExpiresAt".into(),
            json!(expires.and_then(timefmt::rfc3339_checked)),
        );
        derived.insert(
            "tokenSecondsLeft".into(),
            json!(expires.map(|e| e.saturating_sub(now))),
        );
        derived.insert("tokenExpired".into(), json!(expires.map(|e| e <= now)));
    }
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
