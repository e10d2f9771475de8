//! `byods auth login`: the token-manager credential from a personal access token (`--with-token`),
//! the browser flow (authorization code with PKCE) or the device grant.

use std::net::TcpListener;
use std::time::Duration;

use serde_json::json;

use super::{person_summary, whoami};
use crate::app::Ctx;
use crate::auth::oauth::{self, Callback};
use crate::cli::LoginArgs;
use crate::error::{Error, Result};
use crate::redact::fingerprint;
use crate::ui::Outcome;

pub fn run(ctx: &Ctx, args: &LoginArgs) -> Result<Outcome> {
    if args.with_token {
        return with_token(ctx);
    }
    if args.device {
        return with_device(ctx, args);
    }
    with_browser(ctx, args)
}

fn with_token(ctx: &Ctx) -> Result<Outcome> {
    let settings = ctx.auth_settings()?;
    let store = settings.open_store()?;
    crate::auth::check_api_binding(&ctx.base_url()?, &settings, store.as_ref())?;
    if !store.writable() {
        return Err(store.save(&Default::default()).unwrap_err());
    }
    let token = ctx.ui.read_secret("personal access token")?;
    let token = token.as_str();
    let me = whoami(ctx, token)?;
    let _lock = store.lock()?;
    let mut secrets = store.load()?;
    // The new token replaces the integration's access token (which would otherwise be used
    // first); the integration's refresh token stays, to renew from if the personal token is
    // refused, and so do the service app's credentials.
    secrets.oauth_access_token = None;
    secrets.oauth_access_token_expires_at = None;
    secrets.personal_access_token = Some(token.to_string());
    store.save(&secrets)?;
    if secrets.oauth_refresh_token.is_some() {
        ctx.ui.info(
            "kept the integration refresh token: it renews access if the personal access token is refused",
        );
    }
    ctx.ui.info(&format!(
        "logged in as {} with a personal access token {} (valid 12 h from its creation)",
        person_summary(&me),
        fingerprint(token)
    ));
    Ok(Outcome::json(json!({
        "credential": "personalAccessToken",
        "fingerprint": fingerprint(token),
        "person": me.get("emails").and_then(|e| e.get(0)).cloned(),
        "store": store.uri(),
    })))
}

/// The token-manager integration's id and secret, and a store that can keep its tokens.
fn integration(
    ctx: &Ctx,
) -> Result<(
    crate::auth::Settings,
    Box<dyn crate::auth::Store>,
    String,
    String,
)> {
    let settings = ctx.auth_settings()?;
    let store = settings.open_store()?;
    crate::auth::check_api_binding(&ctx.base_url()?, &settings, store.as_ref())?;
    let client_id = settings.oauth_client_id.clone().ok_or_else(|| {
        Error::Config(format!(
            "profile '{}' has no oauthClientId (the token-manager integration): set it with \
             `byods config set oauthClientId ID`, or use `byods auth login --with-token`",
            settings.profile
        ))
    })?;
    let client_secret = store.load()?.oauth_client_secret.ok_or_else(|| {
        Error::Config(format!(
            "profile '{}' has no oauthClientSecret: store it with \
             `byods config set oauthClientSecret -` (reads stdin)",
            settings.profile
        ))
    })?;
    if !store.writable() {
        return Err(store.save(&Default::default()).unwrap_err());
    }
    Ok((settings, store, client_id, client_secret))
}

/// The browser flow: authorization code with PKCE, redirected to a loopback listener.
fn with_browser(ctx: &Ctx, args: &LoginArgs) -> Result<Outcome> {
    let (settings, store, client_id, client_secret) = integration(ctx)?;
    let port = args.port.unwrap_or(settings.redirect_port);
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        Error::Config(format!(
            "cannot listen on 127.0.0.1:{port} for the login redirect: {e}; free the port or \
             choose another with --port (it must match the integration's redirect URI)"
        ))
    })?;
    let port = listener.local_addr()?.port();
    let redirect_uri = format!("http://localhost:{port}/callback");
    let state = oauth::random_token()?;
    let verifier = oauth::random_token()?;
    let url = oauth::authorize_url(
        &ctx.base_url()?,
        &client_id,
        &redirect_uri,
        &state,
        &oauth::pkce_challenge(&verifier),
    );
    let opened = !args.no_browser && open_browser(&url);
    // The URL is the one thing the user must see, so it is printed even with --quiet.
    if opened {
        ctx.ui.line(&format!(
            "Opened a browser to authorize byods. If nothing appeared, open:\n{url}"
        ));
    } else {
        ctx.ui.line(&format!(
            "Open this URL in a browser to authorize byods:\n{url}"
        ));
    }
    ctx.ui
        .line(&format!("Waiting for the redirect to {redirect_uri} ..."));
    let code = match oauth::wait_for_callback(&listener, &state, Duration::from_secs(args.wait))? {
        Callback::Code(code) => code,
        Callback::Denied(why) => {
            return Err(Error::Auth(format!("authorization was not granted: {why}")));
        }
    };
    let http = ctx.token_endpoint_client()?;
    let tokens = match oauth::exchange_code(
        &http,
        &client_id,
        &client_secret,
        &code,
        &redirect_uri,
        &verifier,
    ) {
        Ok(t) => t,
        Err(Error::Api(e)) if e.status == 400 || e.status == 401 => {
            return Err(Error::Auth(format!(
                "the authorization code was refused ({e}); run `byods auth login` again"
            )));
        }
        Err(e) => return Err(e),
    };
    save_integration_tokens(ctx, store.as_ref(), &client_id, &tokens)
}

/// The device grant: the user approves on any browser; byods polls until then.
fn with_device(ctx: &Ctx, args: &LoginArgs) -> Result<Outcome> {
    let (_settings, store, client_id, client_secret) = integration(ctx)?;
    let http = ctx.token_endpoint_client()?;
    let start = oauth::device_authorize(&http, &client_id)?;
    let page = start
        .verification_uri_complete
        .clone()
        .unwrap_or_else(|| start.verification_uri.clone());
    let opened = !args.no_browser && open_browser(&page);
    // The code is the one thing the user must see, so it is printed even with --quiet.
    ctx.ui.line(&format!(
        "{} {} and enter the code {}",
        if opened { "Opened" } else { "Open" },
        start.verification_uri,
        start.user_code
    ));
    let deadline =
        std::time::Instant::now() + Duration::from_secs(start.expires_in.min(args.wait.max(1)));
    let mut interval = Duration::from_secs(start.interval);
    loop {
        match oauth::device_poll(&http, &client_id, &client_secret, &start.device_code) {
            Ok(oauth::DevicePoll::Approved(tokens)) => {
                return save_integration_tokens(ctx, store.as_ref(), &client_id, &tokens);
            }
            Ok(oauth::DevicePoll::Pending) => {}
            // RFC 8628 §3.5: 5 seconds more, for this poll and every later one.
            Ok(oauth::DevicePoll::SlowDown) => {
                interval += Duration::from_secs(5);
                ctx.ui.info(&format!(
                    "the server asked to poll more slowly: every {} s now",
                    interval.as_secs()
                ));
            }
            Err(Error::Api(e)) if e.status == 400 || e.status == 401 => {
                return Err(Error::Auth(format!(
                    "the device authorization was refused ({e}); run `byods auth login --device` again"
                )));
            }
            Err(e) => return Err(e),
        }
        if std::time::Instant::now() + interval > deadline {
            return Err(Error::Auth(format!(
                "the code {} was not approved in time; run `byods auth login --device` again",
                start.user_code
            )));
        }
        std::thread::sleep(interval.mul_f64(crate::api::test_wait_scale()));
    }
}

/// Keeps the integration's tokens (replacing any earlier token-manager credential) and says who.
fn save_integration_tokens(
    ctx: &Ctx,
    store: &dyn crate::auth::Store,
    client_id: &str,
    tokens: &oauth::Tokens,
) -> Result<Outcome> {
    let me = whoami(ctx, &tokens.access_token).ok();
    let _lock = store.lock()?;
    let mut secrets = store.load()?;
    secrets.clear_token_manager();
    secrets.oauth_access_token = Some(tokens.access_token.clone());
    secrets.oauth_access_token_expires_at = tokens.expires_at;
    secrets.oauth_refresh_token = tokens.refresh_token.clone();
    secrets.oauth_refresh_token_expires_at = tokens.refresh_expires_at;
    store.save(&secrets)?;
    let who = me.as_ref().map(person_summary).unwrap_or_default();
    ctx.ui.info(&format!(
        "logged in{} through integration {client_id}; tokens stored in {}",
        if who.is_empty() {
            String::new()
        } else {
            format!(" as {who}")
        },
        store.uri()
    ));
    Ok(Outcome::json(json!({
        "credential": "integration",
        "fingerprint": fingerprint(&tokens.access_token),
        "expiresAt": tokens.expires_at.map(crate::ui::timefmt::rfc3339),
        "person": me.and_then(|m| m.get("emails").and_then(|e| e.get(0)).cloned()),
        "store": store.uri(),
    })))
}

fn open_browser(url: &str) -> bool {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
