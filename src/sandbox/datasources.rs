//! `/v1/dataSources`: the schemas, CRUD with Webex-like validation, and the JWS each write issues.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::Ctx;
use super::error::Result;
use super::http::{Reply, Req, is_absolute_http_url};
use super::jws::Keys;
use super::state::{SCOPE_DS_READ, SCOPE_DS_WRITE};
use super::util::rfc3339;

pub const SCHEMA_VVA: &str = "5397013b-7920-4ffc-807c-e8a3e0a18f43";
pub const SCHEMA_WS_VVA: &str = "a38a10b7-43e4-4676-a076-a7d6dce9387d";
pub const SCHEMA_AUDIO_FORKING: &str = "523e1b7f-4693-47bc-b84e-a7b7a505fb0b";
pub const SCHEMA_MEDIA_FORKING: &str = "1b2b7077-dbcd-4732-b2f9-296f9168168a";

/// The four real schema ids with plausible metadata.
pub fn schemas() -> Vec<Value> {
    let base = "https://github.com/webex/dataSourceSchemas/tree/main/Services";
    [
        (
            SCHEMA_VVA,
            "VOICE_VIRTUAL_AGENT",
            "gRPC",
            "VoiceVirtualAgent",
            "Voice Virtual Agent",
        ),
        (
            SCHEMA_WS_VVA,
            "VOICE_VIRTUAL_AGENT",
            "WebSocket",
            "VoiceVirtualAgent",
            "WebSocket Voice Virtual Agent",
        ),
        (
            SCHEMA_AUDIO_FORKING,
            "CONVERSATION_AUDIO_FORKING",
            "gRPC",
            "AudioForking",
            "Conversation audio forking",
        ),
        (
            SCHEMA_MEDIA_FORKING,
            "MEDIA_INTELLIGENCE",
            "gRPC",
            "MediaForking",
            "Media intelligence forking",
        ),
    ]
    .into_iter()
    .map(|(id, app_type, protocol, service, description)| {
        json!({
            "id": id,
            "appType": app_type,
            "createdAt": "2024-06-12T10:15:30.000Z",
            "protocol": protocol,
            "serviceType": service,
            "url": format!("{base}/{service}/{id}"),
            "description": description,
        })
    })
    .collect()
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataSource {
    pub id: String,
    pub schema_id: String,
    pub org_id: String,
    pub application_id: String,
    pub url: String,
    pub audience: String,
    pub subject: String,
    pub nonce: String,
    pub status: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub error_message: String,
    pub token_lifetime_minutes: u32,
    pub jws_token: String,
    pub created_by: String,
    pub created_at: String,
    pub updated_by: String,
    pub updated_at: String,
    /// Internal: `exp` of the current jwsToken (for `tokenExpiryTime`). Not sent on the wire.
    #[serde(default)]
    pub token_expires_at: i64,
}

impl DataSource {
    pub fn to_api(&self, with_expiry: bool) -> Value {
        let mut v = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(m) = &mut v {
            m.remove("tokenExpiresAt");
            if with_expiry {
                m.insert(
                    "tokenExpiryTime".into(),
                    Value::String(rfc3339(self.token_expires_at)),
                );
            }
        }
        v
    }
}

/// A list item as the official spec's example shapes it: an odd `"DataSource": ""` key and an
/// unknown object beside the fields; `sparse` ones carry only what the spec's example shows (no
/// url, schemaId, audience, subject, nonce, lifetime, status or update stamps), so a client
/// must fall back to the JWS claims.
fn spec_list_item(ds: &DataSource, sparse: bool) -> Value {
    let mut v = ds.to_api(false);
    if let Value::Object(m) = &mut v {
        if sparse {
            for k in [
                "url",
                "schemaId",
                "audience",
                "subject",
                "nonce",
                "tokenLifetimeMinutes",
                "status",
                "errorMessage",
                "updatedBy",
                "updatedAt",
            ] {
                m.remove(k);
            }
        }
        m.insert("DataSource".into(), Value::String(String::new()));
        m.insert(
            "sandboxUnknownField".into(),
            json!({"note": "a key no client knows", "n": 1}),
        );
    }
    v
}

/// The spec's list example item: no id, a JWS for a data source that exists nowhere else.
fn idless_item(ctx: &Ctx) -> Result<Value> {
    let mut phantom = DataSource {
        id: String::new(),
        schema_id: SCHEMA_VVA.into(),
        org_id: ctx.state.org_id.clone(),
        application_id: ctx.state.credentials.service_app_client_id.clone(),
        url: "https://phantom.sandbox.byods.example/grpc".into(),
        audience: "sandbox-phantom".into(),
        subject: "byods-sandbox".into(),
        nonce: String::new(),
        status: "active".into(),
        error_message: String::new(),
        token_lifetime_minutes: 60,
        jws_token: String::new(),
        created_by: ctx.state.credentials.service_app_client_id.clone(),
        created_at: rfc3339(ctx.now),
        updated_by: String::new(),
        updated_at: String::new(),
        token_expires_at: 0,
    };
    issue_jws(
        ctx.keys,
        ctx.state.rotated,
        ctx.issuer,
        &mut phantom,
        ctx.now,
        None,
    )?;
    Ok(json!({
        "DataSource": "",
        "applicationId": phantom.application_id,
        "createdAt": phantom.created_at,
        "createdBy": phantom.created_by,
        "jwsToken": phantom.jws_token,
        "orgId": phantom.org_id,
    }))
}

/// A PUT answer as the official spec's example shapes it: the updatable fields, no `jwsToken`
/// and no `tokenExpiryTime` (the client must read the data source back to see its new token).
fn spec_put_answer(ds: &DataSource) -> Value {
    json!({
        "id": ds.id,
        "schemaId": ds.schema_id,
        "url": ds.url,
        "audience": ds.audience,
        "subject": ds.subject,
        "nonce": ds.nonce,
        "status": ds.status,
        "errorMessage": ds.error_message,
        "tokenLifetimeMinutes": ds.token_lifetime_minutes,
    })
}

/// The claims of the JWS a data source is issued as of `iat`.
fn claims(ds: &DataSource, issuer: &str, iat: i64, jti: &str) -> Value {
    json!({
        "aud": ds.audience,
        "sub": ds.subject,
        "iss": issuer,
        "iat": iat,
        "exp": iat + 60 * i64::from(ds.token_lifetime_minutes),
        "jti": jti,
        "com.cisco.datasource.url": ds.url,
        "com.cisco.datasource.schema.uuid": ds.schema_id,
        "com.cisco.org.uuid": ds.org_id,
    })
}

/// Signs a fresh JWS for `ds` as of `iat` and stores it with its expiry. A `presigned` token is
/// used instead when it was signed for exactly these claims by the same key.
pub fn issue_jws(
    keys: &Keys,
    rotated: bool,
    issuer: &str,
    ds: &mut DataSource,
    iat: i64,
    presigned: Option<&Presigned>,
) -> Result<()> {
    let jti = presigned.map_or_else(|| uuid::Uuid::new_v4().to_string(), |p| p.jti.clone());
    let claims = claims(ds, issuer, iat, &jti);
    ds.jws_token = match presigned {
        Some(p) if p.rotated == rotated && p.claims == claims => p.token.clone(),
        _ => keys.sign(rotated, &claims)?,
    };
    ds.token_expires_at = iat + 60 * i64::from(ds.token_lifetime_minutes);
    Ok(())
}

/// A token signed before the state lock was taken (`presign`).
pub struct Presigned {
    rotated: bool,
    jti: String,
    claims: Value,
    token: String,
}

/// What `presign` reads from the state, under a brief lock.
pub struct Basis {
    pub rotated: bool,
    pub org_id: String,
    /// The data source a PUT names, when it exists.
    pub current: Option<DataSource>,
}

/// Signs, with no lock held, the token a POST or PUT of a data source is about to issue. RSA
/// signing is most of a write's cost, and done under the one state lock it made parallel writes
/// take turns. The write compares its claims under the lock and signs afresh when anything
/// differs (another write came between, the second changed): this saves time, never changes an
/// answer. `basis` reads the state for the PUT's data source id (None for a POST).
pub fn presign(
    req: &Req,
    keys: &Keys,
    issuer: &str,
    basis: impl FnOnce(Option<&str>) -> Basis,
) -> Option<Presigned> {
    let rest = req.path.strip_prefix("/v1/dataSources")?;
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let id = match (req.method.as_str(), segments.as_slice()) {
        ("POST", []) => None,
        ("PUT", [id]) => Some(*id),
        _ => return None,
    };
    let body = req.json_object().ok()?;
    let basis = basis(id);
    let f = validate(&body, basis.current.as_ref()).ok()?;
    let ds = match basis.current {
        Some(mut ds) => {
            if same_token_inputs(&ds, &f) {
                return None;
            }
            apply_fields(&mut ds, f);
            ds
        }
        None if id.is_none() => registered(f, basis.org_id, String::new(), 0),
        None => return None,
    };
    let jti = uuid::Uuid::new_v4().to_string();
    let claims = claims(&ds, issuer, super::util::now_unix(), &jti);
    let token = keys.sign(basis.rotated, &claims).ok()?;
    Some(Presigned {
        rotated: basis.rotated,
        jti,
        claims,
        token,
    })
}

/// (header, claims) of a compact JWS, unverified.
pub fn decode_jws(token: &str) -> Option<(Value, Value)> {
    use base64::Engine;
    let mut parts = token.split('.');
    let mut part = || -> Option<Value> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(parts.next()?)
            .ok()?;
        serde_json::from_slice(&bytes).ok()
    };
    Some((part()?, part()?))
}

/// Routes `/v1/dataSources...`; `rest` is what follows `/v1/dataSources`.
pub fn handle(ctx: &mut Ctx, rest: &str) -> Reply {
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let method = ctx.req.method.as_str();
    match (method, segments.as_slice()) {
        ("GET", ["schemas"]) => match ctx.authorize(None) {
            Ok(_) => ctx.paginated(schemas(), "/v1/dataSources/schemas"),
            Err(r) => r,
        },
        ("GET", ["schemas", id]) => match ctx.authorize(None) {
            Ok(_) => schemas()
                .into_iter()
                .find(|s| s["id"] == *id)
                .map(Reply::ok)
                .unwrap_or_else(|| Reply::error(404, format!("Schema '{id}' not found."))),
            Err(r) => r,
        },
        ("GET", []) => match ctx.authorize(Some(SCOPE_DS_READ)) {
            Ok(_) => {
                let spec = ctx.faults.spec_shapes;
                let mut items: Vec<Value> = ctx
                    .state
                    .data_sources
                    .iter()
                    .enumerate()
                    .map(|(i, d)| {
                        if spec {
                            spec_list_item(d, i % 2 == 1)
                        } else {
                            d.to_api(false)
                        }
                    })
                    .collect();
                if ctx.faults.idless_list_item {
                    match idless_item(ctx) {
                        Ok(item) => items.push(item),
                        Err(e) => return Reply::error(500, e.to_string()),
                    }
                }
                ctx.paginated(items, "/v1/dataSources")
            }
            Err(r) => r,
        },
        ("POST", []) => create(ctx),
        ("GET", [id]) => match ctx.authorize(Some(SCOPE_DS_READ)) {
            Ok(_) => match ctx.state.data_sources.iter().find(|d| d.id == *id) {
                Some(d) => Reply::ok(d.to_api(false)),
                None => not_found(id),
            },
            Err(r) => r,
        },
        ("PUT", [id]) => update(ctx, id),
        ("DELETE", [id]) => match ctx.authorize(Some(SCOPE_DS_WRITE)) {
            Ok(_) => {
                let before = ctx.state.data_sources.len();
                ctx.state.data_sources.retain(|d| d.id != *id);
                if ctx.state.data_sources.len() == before {
                    return not_found(id);
                }
                ctx.changes.data_sources.push(id.to_string());
                Reply::empty(204)
            }
            Err(r) => r,
        },
        (_, [] | ["schemas"] | ["schemas", _] | [_]) => {
            Reply::error(405, format!("Method {method} is not allowed here."))
        }
        _ => Reply::error(404, "The requested resource could not be found."),
    }
}

fn not_found(id: &str) -> Reply {
    Reply::error(404, format!("Data source '{id}' not found."))
}

/// The validated body of a register or update.
struct Fields {
    schema_id: String,
    url: String,
    audience: String,
    subject: String,
    nonce: String,
    lifetime: u32,
    /// PUT only.
    status: String,
    error_message: String,
}

/// `current` is the data source a PUT replaces (None for a register): a PUT without `status`
/// keeps its status and message, as the spec makes `status` optional.
fn validate(body: &Map<String, Value>, current: Option<&DataSource>) -> Result<Fields, Reply> {
    let bad = |m: String| Reply::error(400, m);
    let text = |name: &str| -> Result<String, Reply> {
        match body.get(name) {
            None | Some(Value::Null) => Err(bad(format!("Missing required field '{name}'."))),
            Some(Value::String(s)) if s.trim().is_empty() => {
                Err(bad(format!("Field '{name}' must not be empty.")))
            }
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(bad(format!("Field '{name}' must be a string."))),
        }
    };
    let schema_id = text("schemaId")?;
    let url = text("url")?;
    let audience = text("audience")?;
    let subject = text("subject")?;
    let nonce = text("nonce")?;
    let lifetime = match body.get("tokenLifetimeMinutes") {
        None | Some(Value::Null) => {
            return Err(bad("Missing required field 'tokenLifetimeMinutes'.".into()));
        }
        // The spec types it `number`: 60.0 is as good as 60, 60.5 is not a whole minute.
        Some(Value::Number(n)) => match n.as_f64().filter(|m| m.fract() == 0.0) {
            Some(m) if (1.0..=1440.0).contains(&m) => m as u32,
            _ => {
                return Err(bad(
                    "tokenLifetimeMinutes must be an integer between 1 and 1440.".into(),
                ));
            }
        },
        Some(_) => return Err(bad("tokenLifetimeMinutes must be a number.".into())),
    };
    if !schemas().iter().any(|s| s["id"] == schema_id.as_str()) {
        return Err(bad(format!("Unknown schemaId '{schema_id}'.")));
    }
    if !is_absolute_http_url(&url) {
        return Err(bad(format!("url '{url}' must be an absolute http(s) URL.")));
    }
    let (mut status, mut error_message) = ("active".to_string(), String::new());
    if let Some(current) = current {
        status = match body.get("status") {
            None | Some(Value::Null) => current.status.clone(),
            Some(_) => text("status")?,
        };
        if status != "active" && status != "disabled" {
            return Err(bad(format!(
                "status must be 'active' or 'disabled', not '{status}'."
            )));
        }
        error_message = match body.get("errorMessage") {
            None | Some(Value::Null) if body.get("status").is_none_or(Value::is_null) => {
                current.error_message.clone()
            }
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(bad("Field 'errorMessage' must be a string.".into())),
        };
        if status == "disabled" && error_message.trim().is_empty() {
            return Err(bad(
                "errorMessage is required to disable a data source.".into()
            ));
        }
        if status == "active" {
            // Re-enabling clears the message (clients send errorMessage: "").
            error_message.clear();
        }
    }
    Ok(Fields {
        schema_id,
        url,
        audience,
        subject,
        nonce,
        lifetime,
        status,
        error_message,
    })
}

/// A write needs the write scope and a JSON object body: the caller's client id and that body.
fn write_request(ctx: &Ctx) -> Result<(String, Map<String, Value>), Reply> {
    let actor = ctx.authorize(Some(SCOPE_DS_WRITE))?.client_id.clone();
    Ok((actor, ctx.req.json_object()?))
}

/// A newly registered data source, without its token yet.
fn registered(f: Fields, org_id: String, actor: String, now: i64) -> DataSource {
    let now_text = rfc3339(now);
    DataSource {
        id: uuid::Uuid::new_v4().to_string(),
        schema_id: f.schema_id,
        org_id,
        application_id: actor.clone(),
        url: f.url,
        audience: f.audience,
        subject: f.subject,
        nonce: f.nonce,
        status: "active".into(),
        error_message: String::new(),
        token_lifetime_minutes: f.lifetime,
        jws_token: String::new(),
        created_by: actor.clone(),
        created_at: now_text.clone(),
        updated_by: actor,
        updated_at: now_text,
        token_expires_at: 0,
    }
}

/// Known: a new nonce gets a new token (that is how every sample extends). Inferred: the same
/// nonce with the same claims is a no-op for the token — the one it answers is the current one.
fn same_token_inputs(ds: &DataSource, f: &Fields) -> bool {
    f.nonce == ds.nonce
        && f.url == ds.url
        && f.audience == ds.audience
        && f.subject == ds.subject
        && f.schema_id == ds.schema_id
        && f.lifetime == ds.token_lifetime_minutes
}

/// A PUT's fields on the data source (its token aside).
fn apply_fields(ds: &mut DataSource, f: Fields) {
    ds.schema_id = f.schema_id;
    ds.url = f.url;
    ds.audience = f.audience;
    ds.subject = f.subject;
    ds.nonce = f.nonce;
    ds.token_lifetime_minutes = f.lifetime;
    ds.status = f.status;
    ds.error_message = f.error_message;
}

/// Issues `ds` a fresh token as of this request (the presigned one when it fits).
fn issue(ctx: &Ctx, ds: &mut DataSource) -> Result<()> {
    issue_jws(
        ctx.keys,
        ctx.state.rotated,
        ctx.issuer,
        ds,
        ctx.now,
        ctx.presigned,
    )
}

fn create(ctx: &mut Ctx) -> Reply {
    let (actor, body) = match write_request(ctx) {
        Ok(w) => w,
        Err(r) => return r,
    };
    let f = match validate(&body, None) {
        Ok(f) => f,
        Err(r) => return r,
    };
    let mut ds = registered(f, ctx.state.org_id.clone(), actor, ctx.now);
    if let Err(e) = issue(ctx, &mut ds) {
        return Reply::error(500, e.to_string());
    }
    let out = ds.to_api(false);
    ctx.changes.data_sources.push(ds.id.clone());
    ctx.state.data_sources.push(ds);
    Reply::ok(out)
}

fn update(ctx: &mut Ctx, id: &str) -> Reply {
    let (actor, body) = match write_request(ctx) {
        Ok(w) => w,
        Err(r) => return r,
    };
    let Some(index) = ctx.state.data_sources.iter().position(|d| d.id == id) else {
        return not_found(id);
    };
    let mut ds = ctx.state.data_sources[index].clone();
    let f = match validate(&body, Some(&ds)) {
        Ok(f) => f,
        Err(r) => return r,
    };
    let same_token_inputs = same_token_inputs(&ds, &f);
    apply_fields(&mut ds, f);
    ds.updated_by = actor;
    ds.updated_at = rfc3339(ctx.now);
    if !ctx.faults.stale_jws_on_update
        && !same_token_inputs
        && let Err(e) = issue(ctx, &mut ds)
    {
        return Reply::error(500, e.to_string());
    }
    let out = if ctx.faults.spec_shapes {
        spec_put_answer(&ds)
    } else {
        ds.to_api(true)
    };
    ctx.state.data_sources[index] = ds;
    ctx.changes.data_sources.push(id.to_string());
    Reply::ok(out)
}

#[cfg(test)]
mod presign_tests {
    use super::*;

    fn req(method: &str, path: &str, body: &Value) -> Req {
        Req {
            method: method.into(),
            path: path.into(),
            query: String::new(),
            headers: Vec::new(),
            body: body.to_string().into_bytes(),
        }
    }

    fn fields(body: &Value, current: Option<&DataSource>) -> Fields {
        validate(body.as_object().unwrap(), current)
            .ok()
            .expect("a valid body")
    }

    const ISSUER: &str = "http://127.0.0.1:1/idb";

    #[test]
    fn a_presigned_token_serves_only_the_claims_it_was_signed_for() {
        let keys = Keys::load().unwrap();
        let body = json!({"schemaId": SCHEMA_VVA, "url": "https://a.example/x", "audience": "aud",
            "subject": "sub", "nonce": "n1", "tokenLifetimeMinutes": 60});
        let basis = |id: Option<&str>| {
            assert!(id.is_none(), "a POST names no data source");
            Basis {
                rotated: false,
                org_id: "org".into(),
                current: None,
            }
        };
        let pre = presign(&req("POST", "/v1/dataSources", &body), &keys, ISSUER, basis)
            .expect("a POST is presigned");
        let iat = pre.claims["iat"].as_i64().unwrap();
        let issue = |rotated: bool, iat: i64, body: &Value| {
            let mut ds = registered(fields(body, None), "org".into(), "app".into(), 0);
            issue_jws(&keys, rotated, ISSUER, &mut ds, iat, Some(&pre)).unwrap();
            ds
        };
        assert_eq!(issue(false, iat, &body).jws_token, pre.token);
        // Another second, the other key, another field: signed afresh, for what was asked.
        let mut moved = body.clone();
        moved["url"] = json!("https://b.example/y");
        for (rotated, at, body) in [
            (false, iat + 1, &body),
            (true, iat, &body),
            (false, iat, &moved),
        ] {
            let ds = issue(rotated, at, body);
            assert_ne!(ds.jws_token, pre.token);
            let (header, claims) = decode_jws(&ds.jws_token).unwrap();
            assert_eq!(claims["iat"], at);
            assert_eq!(claims["com.cisco.datasource.url"], body["url"]);
            assert_eq!(header["kid"], keys.jwks(rotated)["keys"][0]["kid"]);
        }
    }

    #[test]
    fn only_writes_that_issue_a_token_are_presigned() {
        let keys = Keys::load().unwrap();
        let body = json!({"schemaId": SCHEMA_VVA, "url": "https://a.example/x", "audience": "aud",
            "subject": "sub", "nonce": "n1", "tokenLifetimeMinutes": 60});
        let mut current = registered(fields(&body, None), "org".into(), "app".into(), 0);
        current.id = "ds-1".into();
        let basis = |current: Option<DataSource>| {
            move |_: Option<&str>| Basis {
                rotated: false,
                org_id: "org".into(),
                current,
            }
        };
        let put = |path: &str, body: &Value, current: Option<DataSource>| {
            presign(&req("PUT", path, body), &keys, ISSUER, basis(current))
        };
        // The same nonce and claims keep the token: nothing to sign.
        assert!(put("/v1/dataSources/ds-1", &body, Some(current.clone())).is_none());
        let mut renewed = body.clone();
        renewed["nonce"] = json!("n2");
        assert!(put("/v1/dataSources/ds-1", &renewed, Some(current.clone())).is_some());
        // An unknown id, an invalid body, a read, a delete: nothing.
        assert!(put("/v1/dataSources/ds-2", &renewed, None).is_none());
        assert!(
            put(
                "/v1/dataSources/ds-1",
                &json!({"url": 3}),
                Some(current.clone())
            )
            .is_none()
        );
        for method in ["GET", "DELETE"] {
            let r = req(method, "/v1/dataSources/ds-1", &renewed);
            assert!(presign(&r, &keys, ISSUER, basis(Some(current.clone()))).is_none());
        }
    }
}
