//! The Webex token endpoints, PKCE, and the loopback listener of `auth login`.

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

use crate::api::{Body, Client, Method};
use crate::error::{Error, Result};
use crate::urlenc::percent_decode;

/// Scopes `auth login` asks for: enough to mint service app tokens and to say who logged in.
pub const LOGIN_SCOPES: &str = "spark:applications_token spark:people_read";

/// What a token endpoint answered.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access_token: String,
    pub expires_at: Option<i64>,
    pub refresh_token: Option<String>,
    pub refresh_expires_at: Option<i64>,
}

fn parse_tokens(body: &Value, what: &str) -> Result<Tokens> {
    let now = crate::ui::timefmt::now_unix();
    let access_token = body
        .get("access_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| Error::Auth(format!("{what}: the response carried no access_token")))?;
    let secs = |k: &str| body.get(k).and_then(Value::as_i64).map(|s| now + s);
    Ok(Tokens {
        access_token: access_token.to_string(),
        expires_at: secs("expires_in"),
        refresh_token: body
            .get("refresh_token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        refresh_expires_at: secs("refresh_token_expires_in"),
    })
}

/// `base64("ciscospark://us/APPLICATION/<clientId>")`, as Webex shows application ids.
pub fn app_id_from_client_id(client_id: &str) -> String {
    base64::engine::general_purpose::STANDARD
        .encode(format!("ciscospark://us/APPLICATION/{client_id}"))
}

/// `POST /applications/{appId}/token` with the token-manager bearer.
pub fn service_app_token(
    http: &Client,
    app_id: &str,
    bearer: &str,
    client_id: &str,
    client_secret: &str,
    target_org_id: &str,
) -> Result<Tokens> {
    let body =
        json!({"clientId": client_id, "clientSecret": client_secret, "targetOrgId": target_org_id});
    let url = http.url(&format!("/applications/{app_id}/token"));
    let response = http.send_with(Method::Post, &url, &Body::Json(&body), Some(bearer))?;
    parse_tokens(&response.body, "service app token")
}

/// `POST /access_token` with `grant_type=refresh_token`.
pub fn refresh(
    http: &Client,
    client_id: &str,
    client_secret: &str,
    refresh_token: &str,
) -> Result<Tokens> {
    let form = [
        ("grant_type", "refresh_token"),
        ("client_id", client_id),
        ("client_secret", client_secret),
        ("refresh_token", refresh_token),
    ];
    post_access_token(http, &form, "token refresh")
}

/// `POST /access_token` with `grant_type=authorization_code` and the PKCE verifier.
pub fn exchange_code(
    http: &Client,
    client_id: &str,
    client_secret: &str,
    code: &str,
    redirect_uri: &str,
    verifier: &str,
) -> Result<Tokens> {
    let form = [
        ("grant_type", "authorization_code"),
        ("client_id", client_id),
        ("client_secret", client_secret),
        ("code", code),
        ("redirect_uri", redirect_uri),
        ("code_verifier", verifier),
    ];
    post_access_token(http, &form, "authorization code exchange")
}

/// `POST /access_token` with a form carrying its own client credentials (no bearer).
fn post_access_token(http: &Client, form: &[(&str, &str)], what: &str) -> Result<Tokens> {
    let url = http.url("/access_token");
    let response = http.send_with(Method::Post, &url, &Body::Form(form), None)?;
    parse_tokens(&response.body, what)
}

/// The OAuth device grant's token request type.
pub const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// What `POST /device/authorize` answered: the code the user types and where.
#[derive(Debug, Clone)]
pub struct DeviceStart {
    pub device_code: String,
    pub user_code: String,
    pub verification_uri: String,
    pub verification_uri_complete: Option<String>,
    pub expires_in: u64,
    pub interval: u64,
}

/// `POST /device/authorize`: starts a device grant for the token-manager integration.
pub fn device_authorize(http: &Client, client_id: &str) -> Result<DeviceStart> {
    let form = [("client_id", client_id), ("scope", LOGIN_SCOPES)];
    let url = http.url("/device/authorize");
    let body = http
        .send_with(Method::Post, &url, &Body::Form(&form), None)?
        .body;
    let text = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_string);
    let missing = || {
        Error::Auth(
            "device authorization: the response lacks device_code, user_code or verification_uri"
                .into(),
        )
    };
    Ok(DeviceStart {
        device_code: text("device_code").ok_or_else(missing)?,
        user_code: text("user_code").ok_or_else(missing)?,
        verification_uri: text("verification_uri").ok_or_else(missing)?,
        verification_uri_complete: text("verification_uri_complete"),
        expires_in: body
            .get("expires_in")
            .and_then(Value::as_u64)
            .unwrap_or(300),
        interval: body
            .get("interval")
            .and_then(Value::as_u64)
            .unwrap_or(5)
            .max(1),
    })
}

/// One poll of `POST /device/token`: `None` while the user has not approved yet (428 or
/// `authorization_pending`), `Some(wait)` when asked to slow down, tokens when approved.
pub enum DevicePoll {
    Pending,
    SlowDown,
    Approved(Tokens),
}

pub fn device_poll(
    http: &Client,
    client_id: &str,
    client_secret: &str,
    device_code: &str,
) -> Result<DevicePoll> {
    let form = [
        ("grant_type", DEVICE_GRANT),
        ("device_code", device_code),
        ("client_id", client_id),
        ("client_secret", client_secret),
    ];
    let url = http.url("/device/token");
    match http.send_with(Method::Post, &url, &Body::Form(&form), None) {
        Ok(r) => parse_tokens(&r.body, "device authorization").map(DevicePoll::Approved),
        Err(Error::Api(e)) if e.status == 428 || e.has_oauth_error("authorization_pending") => {
            Ok(DevicePoll::Pending)
        }
        Err(Error::Api(e)) if e.has_oauth_error("slow_down") => Ok(DevicePoll::SlowDown),
        Err(e) => Err(e),
    }
}

/// True when an `/access_token` failure means the refresh token (or code) is dead: re-authorize.
/// Webex answers `invalid_grant` with 400 (the body's `message` may hide the error code) or 401.
pub fn needs_reauthorization(e: &Error) -> bool {
    matches!(e, Error::Api(api) if api.status == 400 || api.status == 401)
}

fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// 32 random bytes, base64url: PKCE verifiers and `state` values.
pub fn random_token() -> Result<String> {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 32];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| Error::internal("the system random generator failed"))?;
    Ok(b64url(&bytes))
}

/// The S256 code challenge of a PKCE verifier.
pub fn pkce_challenge(verifier: &str) -> String {
    b64url(ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes()).as_ref())
}

pub fn percent_encode(s: &str) -> String {
    crate::urlenc::form_encode(&[("", s)])[1..].to_string()
}

/// The authorization URL the user's browser opens.
pub fn authorize_url(
    base_url: &str,
    client_id: &str,
    redirect_uri: &str,
    state: &str,
    challenge: &str,
) -> String {
    format!(
        "{base_url}/authorize?response_type=code&client_id={}&redirect_uri={}&scope={}&state={}\
         &code_challenge={}&code_challenge_method=S256",
        percent_encode(client_id),
        percent_encode(redirect_uri),
        percent_encode(LOGIN_SCOPES),
        percent_encode(state),
        percent_encode(challenge)
    )
}

/// What came back to the loopback redirect URI.
pub enum Callback {
    Code(String),
    /// The authorization server said no (`error=...`).
    Denied(String),
}

/// Waits for the browser's redirect to `/callback` and checks `state`. Other paths (a browser's
/// favicon request) get a 404 and the wait goes on.
pub fn wait_for_callback(
    listener: &TcpListener,
    expected_state: &str,
    timeout: Duration,
) -> Result<Callback> {
    listener.set_nonblocking(true)?;
    let deadline = Instant::now() + timeout;
    loop {
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if Instant::now() >= deadline {
                    return Err(Error::Auth(format!(
                        "no answer from the browser within {} s; run `byods auth login` again",
                        timeout.as_secs()
                    )));
                }
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        stream.set_nonblocking(false)?;
        if let Some(result) = handle_callback(stream, expected_state)? {
            return result;
        }
    }
}

fn respond(mut stream: &TcpStream, status: &str, text: &str) {
    let body = format!("<!doctype html><meta charset=utf-8><title>byods</title><p>{text}</p>");
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Connection: close\r\nCache-Control: no-store\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.flush();
}

/// The request line and headers of one connection, read within a few seconds and 16 KiB: a local
/// client trickling bytes cannot hold the listener and keep the real redirect waiting.
fn read_request_head(mut stream: &TcpStream) -> Option<String> {
    const LIMIT: usize = 16 * 1024;
    let deadline = Instant::now() + Duration::from_secs(5).mul_f64(crate::api::test_wait_scale());
    let mut head = Vec::new();
    let mut chunk = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let left = deadline.checked_duration_since(Instant::now())?;
        stream
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .ok()?;
        let n = std::io::Read::read(&mut stream, &mut chunk).ok()?;
        if n == 0 || head.len() + n > LIMIT {
            return None;
        }
        head.extend_from_slice(&chunk[..n]);
    }
    Some(String::from_utf8_lossy(&head).into_owned())
}

fn handle_callback(stream: TcpStream, expected_state: &str) -> Result<Option<Result<Callback>>> {
    let Some(head) = read_request_head(&stream) else {
        return Ok(None);
    };
    let line = head.lines().next().unwrap_or("");
    let target = line.split_whitespace().nth(1).unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path != "/callback" {
        respond(&stream, "404 Not Found", "Not found.");
        return Ok(None);
    }
    let params: Vec<(String, String)> = query
        .split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (percent_decode(k), percent_decode(v)))
        .collect();
    let param = |k: &str| {
        params
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    // The state is the only thing tying this redirect to the request byods made.
    let state_ok = param("state").is_some_and(|s| s == expected_state);
    if !state_ok {
        respond(
            &stream,
            "400 Bad Request",
            "Login refused: the state parameter does not match. Start again with byods auth login.",
        );
        return Ok(Some(Err(Error::Auth(
            "login refused: the redirect's state parameter does not match the one byods sent \
             (a stale or forged redirect); nothing was exchanged. Run `byods auth login` again"
                .into(),
        ))));
    }
    if let Some(error) = param("error") {
        let description = param("error_description").unwrap_or_default();
        respond(&stream, "400 Bad Request", "Login was not approved.");
        return Ok(Some(Ok(Callback::Denied(
            format!("{error} {description}").trim().to_string(),
        ))));
    }
    match param("code").filter(|c| !c.is_empty()) {
        Some(code) => {
            respond(
                &stream,
                "200 OK",
                "byods is logged in. You can close this window.",
            );
            Ok(Some(Ok(Callback::Code(code))))
        }
        None => {
            respond(&stream, "400 Bad Request", "The redirect carried no code.");
            Ok(Some(Err(Error::Auth(
                "the redirect carried no authorization code; run `byods auth login` again".into(),
            ))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_challenge_matches_rfc7636_example() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn app_id_is_derived_from_client_id() {
        assert_eq!(
            app_id_from_client_id("abc"),
            "Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL2FiYw=="
        );
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%2Fb+c%3d"), "a/b c=");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
