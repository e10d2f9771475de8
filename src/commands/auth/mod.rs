//! `byods auth login|status|logout`: the token-manager credential that mints service app tokens.
//! login (three ways) is in `login.rs`; status and logout are here.

mod login;

use serde_json::{Value, json};

use crate::api::Method;
use crate::app::Ctx;
use crate::cli::{AuthArgs, AuthCommand, LogoutArgs};
use crate::error::{Error, ExitStatus, Result};
use crate::ui::{Outcome, View};

use super::token::{layers_table, secret_layers};

pub fn run(ctx: &Ctx, args: &AuthArgs) -> Result<Outcome> {
    match &args.command {
        AuthCommand::Login(a) => login::run(ctx, a),
        AuthCommand::Status => status(ctx),
        AuthCommand::Token => super::token::print(ctx),
        AuthCommand::Logout(a) => logout(ctx, a),
    }
}

/// `GET /people/me` with `token`: who the credential belongs to (and proof that it works).
fn whoami(ctx: &Ctx, token: &str) -> Result<Value> {
    let http = ctx.token_endpoint_client()?;
    let url = http.url("/people/me");
    match http.send_with(Method::Get, &url, &crate::api::Body::None, Some(token)) {
        Ok(r) => Ok(r.body),
        Err(Error::Api(e)) if e.status == 401 => Err(Error::Auth(format!(
            "the token was refused (HTTP 401: expired, revoked or mistyped); nothing was stored. ({e})"
        ))),
        Err(e) => Err(e),
    }
}

fn person_summary(me: &Value) -> String {
    let email = me["emails"][0].as_str().unwrap_or("");
    let name = me["displayName"].as_str().unwrap_or("");
    format!("{name} <{email}>").trim().to_string()
}

fn status(ctx: &Ctx) -> Result<Outcome> {
    let settings = ctx.auth_settings()?;
    let store = settings.open_store()?;
    let secrets = store.load()?;
    let layers = secret_layers(&secrets);
    let credential =
        if secrets.oauth_access_token.is_some() || secrets.oauth_refresh_token.is_some() {
            "integration"
        } else if secrets.personal_access_token.is_some() {
            "personalAccessToken"
        } else {
            "none"
        };
    if credential == "none" {
        ctx.ui.warn("no token-manager credential stored");
        ctx.ui
            .hint("run `byods auth login` or `byods auth login --with-token`");
    }
    let data = json!({
        "profile": settings.profile,
        "store": store.uri(),
        "credential": credential,
        "oauthClientId": settings.oauth_client_id,
        "layers": layers,
    });
    let outcome = Outcome::new(data, View::Table(layers_table(&layers)));
    // As `gh auth status`: nothing to authenticate with is a failure a script can test.
    Ok(if credential == "none" {
        outcome.with_exit(ExitStatus::Auth)
    } else {
        outcome
    })
}

fn logout(ctx: &Ctx, args: &LogoutArgs) -> Result<Outcome> {
    let store = ctx.auth_settings()?.open_store()?;
    let _lock = store.lock()?;
    let mut secrets = store.load()?;
    if args.all {
        secrets = Default::default();
    } else {
        secrets.clear_token_manager();
        secrets.clear_service_tokens();
    }
    store.save(&secrets)?;
    ctx.ui.info(&format!(
        "forgot the stored {} of profile '{}' in {}",
        if args.all { "secrets" } else { "tokens" },
        ctx.profile,
        store.uri()
    ));
    Ok(Outcome::nothing())
}
