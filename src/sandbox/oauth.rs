//! Token endpoints: the Service App token, `/access_token` (refresh and PKCE code grants), the
//! auto-approving `/authorize`, and `/people/me`.

use base64::Engine;
use serde_json::{Value, json};

use super::Ctx;
use super::http::{Reply, b64url, is_absolute_http_url, percent_encode};
use super::state::{
    AuthCode, DEFAULT_ACCESS_LIFETIME, DEFAULT_REFRESH_LIFETIME, DeviceCode, PERSON_EMAIL,
    PERSON_ID, SCOPE_APP_TOKEN, SCOPE_DS_READ, SCOPE_DS_WRITE, SCOPE_PEOPLE_READ, TokenKind,
    org_id_b64,
};

const CODE_LIFETIME: i64 = 600;
const DEVICE_CODE_LIFETIME: i64 = 300;
pub const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

fn access_lifetime(ctx: &Ctx) -> i64 {
    ctx.faults
        .access_token_lifetime
        .map(|s| s as i64)
        .unwrap_or(DEFAULT_ACCESS_LIFETIME)
}

fn refresh_lifetime(ctx: &Ctx) -> i64 {
    ctx.faults
        .refresh_token_lifetime
        .map(|s| s as i64)
        .unwrap_or(DEFAULT_REFRESH_LIFETIME)
}

/// Decodes an application id in any base64 flavour Webex users have been seen to paste.
fn client_id_from_app_id(app_id: &str) -> Option<String> {
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let raw = [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
        .iter()
        .find_map(|e| e.decode(app_id).ok())?;
    let text = String::from_utf8(raw).ok()?;
    text.strip_prefix("ciscospark://us/APPLICATION/")
        .map(str::to_string)
}

/// Accepts the org as a plain uuid or as Control Hub's base64 `ciscospark://us/ORGANIZATION/<uuid>`.
fn org_matches(given: &str, org: &str) -> bool {
    given == org || given.trim_end_matches('=') == org_id_b64(org).trim_end_matches('=')
}

/// `POST /v1/applications/{applicationId}/token`. Wrong client secret or org answers 400 (the
/// bearer itself is fine; the body is what is wrong).
pub fn app_token(ctx: &mut Ctx, app_id: &str) -> Reply {
    if let Err(r) = ctx.authorize(Some(SCOPE_APP_TOKEN)) {
        return r;
    }
    let creds = ctx.state.credentials.clone();
    if client_id_from_app_id(app_id).as_deref() != Some(creds.service_app_client_id.as_str()) {
        return Reply::error(404, format!("Application '{app_id}' not found."));
    }
    if !ctx.faults.service_app_authorized {
        return Reply::error(
            403,
            "The service app is not authorized for this organization: a full administrator must authorize it in Control Hub.",
        );
    }
    let body = match ctx.req.json_object() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let field = |k: &str| body.get(k).and_then(|v| v.as_str()).unwrap_or("");
    for k in ["clientId", "clientSecret", "targetOrgId"] {
        if field(k).is_empty() {
            return Reply::error(400, format!("Missing required field '{k}'."));
        }
    }
    if field("clientId") != creds.service_app_client_id
        || field("clientSecret") != creds.service_app_client_secret
    {
        return Reply::error(
            400,
            "Invalid clientId or clientSecret for this application.",
        );
    }
    if !org_matches(field("targetOrgId"), &ctx.state.org_id) {
        return Reply::error(400, "The service app is not available in targetOrgId.");
    }
    let client = creds.service_app_client_id.clone();
    let tokens = issue_token_pair(
        ctx,
        &client,
        &[SCOPE_DS_READ, SCOPE_DS_WRITE, SCOPE_PEOPLE_READ],
    );
    Reply::ok(tokens)
}

/// A new access + refresh token pair for `client`, answered as Webex's token endpoints do.
fn issue_token_pair(ctx: &mut Ctx, client: &str, scopes: &[&str]) -> Value {
    let now = ctx.now;
    let (access, refresh) = (access_lifetime(ctx), refresh_lifetime(ctx));
    let access_token = ctx
        .state
        .issue(TokenKind::Access, client, scopes, now + access);
    let refresh_token = ctx
        .state
        .issue(TokenKind::Refresh, client, scopes, now + refresh);
    ctx.changes.rest = true;
    json!({
        "access_token": access_token,
        "expires_in": access,
        "refresh_token": refresh_token,
        "refresh_token_expires_in": refresh,
        "token_type": "Bearer",
    })
}

/// Client credentials from the form, else from HTTP Basic.
fn client_credentials(ctx: &Ctx, form: &[(String, String)]) -> (String, String) {
    let get = |k: &str| {
        form.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (id, secret) = (get("client_id"), get("client_secret"));
    match ctx.req.basic() {
        Some((u, p)) if id.is_empty() || (id == u && secret.is_empty()) => (u, p),
        _ => (id, secret),
    }
}

/// `POST /v1/device/authorize` (form `client_id`, `scope`): starts a device grant for the integration.
pub fn device_authorize(ctx: &mut Ctx) -> Reply {
    let form = ctx.req.form();
    let (client_id, _) = client_credentials(ctx, &form);
    if client_id != ctx.state.credentials.integration_client_id {
        return Reply::oauth(400, "invalid_client", "Unknown client_id.");
    }
    let device_code = super::state::random_secret();
    let user_code = uuid::Uuid::new_v4().simple().to_string()[..8].to_ascii_uppercase();
    ctx.state.device_codes.push(DeviceCode {
        device_code: device_code.clone(),
        user_code: user_code.clone(),
        client_id,
        approved: false,
        expires_at: ctx.now + DEVICE_CODE_LIFETIME,
    });
    ctx.changes.rest = true;
    let verify = format!("{}/v1/device/verify", ctx.root);
    Reply::ok(json!({
        "device_code": device_code,
        "user_code": user_code,
        "verification_uri": verify,
        "verification_uri_complete": format!("{verify}?userCode={user_code}"),
        "expires_in": DEVICE_CODE_LIFETIME,
        "interval": 1,
    }))
}

/// `POST /v1/device/token`: 428 `authorization_pending` at the first poll (which approves), then tokens.
pub fn device_token(ctx: &mut Ctx) -> Reply {
    let form = ctx.req.form();
    let (client_id, client_secret) = client_credentials(ctx, &form);
    let creds = &ctx.state.credentials;
    if client_id != creds.integration_client_id || client_secret != creds.integration_client_secret
    {
        return Reply::oauth(
            401,
            "invalid_client",
            "Unknown client_id or wrong client_secret.",
        );
    }
    let get = |k: &str| {
        form.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    if get("grant_type") != DEVICE_GRANT {
        return Reply::oauth(
            400,
            "unsupported_grant_type",
            format!("grant_type must be {DEVICE_GRANT}."),
        );
    }
    let device_code = get("device_code");
    let now = ctx.now;
    let Some(index) = ctx.state.device_codes.iter().position(|d| {
        d.device_code == device_code && !device_code.is_empty() && d.client_id == client_id
    }) else {
        return Reply::oauth(
            400,
            "invalid_grant",
            "The device code is unknown or was already used.",
        );
    };
    if ctx.state.device_codes[index].expires_at <= now {
        return Reply::oauth(400, "expired_token", "The device code has expired.");
    }
    if !ctx.state.device_codes[index].approved {
        ctx.state.device_codes[index].approved = true;
        ctx.changes.rest = true;
        return Reply::oauth(
            428,
            "authorization_pending",
            "The user has not approved the request yet.",
        );
    }
    ctx.state.device_codes.remove(index);
    issue_integration_tokens(ctx, &client_id)
}

fn issue_integration_tokens(ctx: &mut Ctx, client_id: &str) -> Reply {
    let scopes = [SCOPE_APP_TOKEN, SCOPE_PEOPLE_READ];
    let mut tokens = issue_token_pair(ctx, client_id, &scopes);
    tokens["scope"] = json!(scopes.join(" "));
    Reply::ok(tokens)
}

/// `POST /v1/access_token` (form-encoded; client credentials in the form or HTTP Basic).
pub fn access_token(ctx: &mut Ctx) -> Reply {
    let form = ctx.req.form();
    let get = |k: &str| {
        form.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (client_id, client_secret) = client_credentials(ctx, &form);
    let grant = get("grant_type");
    if grant.is_empty() {
        return Reply::oauth(400, "invalid_request", "grant_type is required.");
    }
    if grant != "refresh_token" && grant != "authorization_code" {
        return Reply::oauth(
            400,
            "unsupported_grant_type",
            format!("Unsupported grant_type '{grant}'."),
        );
    }
    let creds = &ctx.state.credentials;
    let known = (client_id == creds.service_app_client_id
        && client_secret == creds.service_app_client_secret)
        || (client_id == creds.integration_client_id
            && client_secret == creds.integration_client_secret);
    if client_id.is_empty() || !known {
        return Reply::oauth(
            401,
            "invalid_client",
            "Unknown client_id or wrong client_secret.",
        );
    }
    let is_integration = client_id == creds.integration_client_id;
    if grant == "refresh_token" {
        refresh(ctx, &client_id, &get("refresh_token"))
    } else if !is_integration {
        Reply::oauth(
            400,
            "unauthorized_client",
            "This client may not use the authorization_code grant.",
        )
    } else {
        exchange_code(
            ctx,
            &client_id,
            &get("code"),
            &get("redirect_uri"),
            &get("code_verifier"),
        )
    }
}

fn refresh(ctx: &mut Ctx, client_id: &str, refresh_token: &str) -> Reply {
    let now = ctx.now;
    let Some(index) = ctx.state.tokens.iter().position(|t| {
        t.kind == TokenKind::Refresh && t.value == refresh_token && !refresh_token.is_empty()
    }) else {
        return Reply::oauth(
            400,
            "invalid_grant",
            "The refresh token is unknown or was revoked.",
        );
    };
    let old = ctx.state.tokens[index].clone();
    if old.expires_at <= now {
        return Reply::oauth(400, "invalid_grant", "The refresh token has expired.");
    }
    if old.client_id != client_id {
        return Reply::oauth(
            400,
            "invalid_grant",
            "The refresh token was issued to another client.",
        );
    }
    let scopes: Vec<&str> = old.scopes.iter().map(String::as_str).collect();
    let access = access_lifetime(ctx);
    let access_token = ctx
        .state
        .issue(TokenKind::Access, client_id, &scopes, now + access);
    let (refresh_value, refresh_left) = if ctx.faults.rotate_refresh_tokens {
        let life = refresh_lifetime(ctx);
        let new = ctx
            .state
            .issue(TokenKind::Refresh, client_id, &scopes, now + life);
        ctx.state.tokens.retain(|t| t.value != old.value);
        if ctx.state.credentials.integration_refresh_token == old.value {
            ctx.state.credentials.integration_refresh_token = new.clone();
        }
        (new, life)
    } else {
        (old.value.clone(), old.expires_at - now)
    };
    ctx.changes.rest = true;
    let mut out = json!({
        "access_token": access_token,
        "expires_in": access,
        "token_type": "Bearer",
    });
    if !ctx.faults.omit_refresh_token_on_refresh {
        out["refresh_token"] = json!(refresh_value);
        out["refresh_token_expires_in"] = json!(refresh_left);
    }
    Reply::ok(out)
}

fn exchange_code(
    ctx: &mut Ctx,
    client_id: &str,
    code: &str,
    redirect_uri: &str,
    verifier: &str,
) -> Reply {
    let now = ctx.now;
    let Some(index) = ctx
        .state
        .codes
        .iter()
        .position(|c| c.code == code && !code.is_empty() && c.expires_at > now)
    else {
        return Reply::oauth(
            400,
            "invalid_grant",
            "The authorization code is invalid, expired or already used.",
        );
    };
    let grant = ctx.state.codes[index].clone();
    if grant.client_id != client_id || grant.redirect_uri != redirect_uri {
        return Reply::oauth(
            400,
            "invalid_grant",
            "The authorization code was issued to another client or redirect_uri.",
        );
    }
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    if verifier.is_empty() || b64url(digest.as_ref()) != grant.code_challenge {
        return Reply::oauth(
            400,
            "invalid_grant",
            "PKCE verification failed: code_verifier does not match code_challenge.",
        );
    }
    // Single use: consumed only by a successful exchange.
    ctx.state.codes.remove(index);
    issue_integration_tokens(ctx, client_id)
}

/// `GET /v1/authorize`: approves at once and redirects back with a code.
pub fn authorize(ctx: &mut Ctx) -> Reply {
    let q = |k: &str| ctx.req.query_param(k).unwrap_or_default();
    for k in [
        "response_type",
        "client_id",
        "redirect_uri",
        "scope",
        "code_challenge",
        "code_challenge_method",
    ] {
        if q(k).is_empty() {
            return Reply::error(400, format!("Missing required parameter '{k}'."));
        }
    }
    if q("response_type") != "code" {
        return Reply::error(400, "response_type must be 'code'.");
    }
    if q("client_id") != ctx.state.credentials.integration_client_id {
        return Reply::error(400, "Unknown client_id.");
    }
    let redirect_uri = q("redirect_uri");
    if !is_absolute_http_url(&redirect_uri) {
        return Reply::error(400, "redirect_uri must be an absolute http(s) URL.");
    }
    if q("code_challenge_method") != "S256" {
        return Reply::error(400, "code_challenge_method must be S256.");
    }
    let code = super::state::random_secret();
    ctx.state.codes.push(AuthCode {
        code: code.clone(),
        client_id: q("client_id"),
        redirect_uri: redirect_uri.clone(),
        code_challenge: q("code_challenge"),
        expires_at: ctx.now + CODE_LIFETIME,
    });
    ctx.changes.rest = true;
    let sep = if redirect_uri.contains('?') { '&' } else { '?' };
    let mut location = format!("{redirect_uri}{sep}code={}", percent_encode(&code));
    if let Some(state) = ctx.req.query_param("state") {
        location.push_str(&format!("&state={}", percent_encode(&state)));
    }
    Reply::empty(302).with_header("Location", location)
}

/// `GET /v1/people/me` for any valid token.
pub fn people_me(ctx: &mut Ctx) -> Reply {
    if let Err(r) = ctx.authorize(None) {
        return r;
    }
    let id = base64::engine::general_purpose::STANDARD
        .encode(format!("ciscospark://us/PEOPLE/{PERSON_ID}"));
    Reply::ok(json!({
        "id": id,
        "emails": [PERSON_EMAIL],
        "displayName": "Sandbox Admin",
        "orgId": org_id_b64(&ctx.state.org_id),
        "type": "person",
    }))
}
