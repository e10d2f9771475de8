//! `byods token print|refresh|status`.

use serde_json::{Value, json};

use crate::api::TokenProvider;
use crate::app::Ctx;
use crate::auth::{SAFETY_MARGIN_SECS, Secrets};
use crate::cli::{TokenArgs, TokenCommand};
use crate::error::{Error, Result};
use crate::redact::fingerprint;
use crate::ui::timefmt::{now_unix, relative_expiry, rfc3339};
use crate::ui::{Cell, Outcome, Style, Table, View};

pub fn run(ctx: &Ctx, args: &TokenArgs) -> Result<Outcome> {
    match args.command {
        TokenCommand::Print => print(ctx),
        TokenCommand::Refresh => refresh(ctx),
        TokenCommand::Status => status(ctx),
    }
}

/// Also `byods auth token`, as in gh.
pub(super) fn print(ctx: &Ctx) -> Result<Outcome> {
    let token = match ctx.token_override()? {
        Some(t) => t,
        None => match ctx.sandbox_token()? {
            Some(t) => t,
            None => ctx.credential_chain()?.bearer()?,
        },
    };
    Ok(Outcome::raw(token + "\n"))
}

fn refresh(ctx: &Ctx) -> Result<Outcome> {
    if ctx.token_override()?.is_some() {
        return Err(Error::usage(
            "BYODS_TOKEN or --token-file is set: that token is used as is and cannot be refreshed; \
             unset it to use the credential chain",
        ));
    }
    let chain = ctx.credential_chain()?;
    let token = chain.obtain(true, None)?;
    let secrets = chain.store.load()?;
    // A read-only store keeps nothing: report what was obtained.
    let expires_at = (secrets.access_token.as_deref() == Some(token.as_str()))
        .then_some(secrets.access_token_expires_at)
        .flatten();
    ctx.ui.info(&format!(
        "new service app access token {}{}",
        fingerprint(&token),
        expires_at
            .map(|at| format!(", expires {}", rfc3339(at)))
            .unwrap_or_default()
    ));
    Ok(Outcome::json(json!({
        "refreshed": true,
        "fingerprint": fingerprint(&token),
        "expiresAt": expires_at.map(rfc3339),
        "store": chain.store.uri(),
    })))
}

/// One row of `token status` / `auth status`.
pub fn layer(name: &str, value: Option<&str>, expires_at: Option<i64>) -> Value {
    let now = now_unix();
    json!({
        "layer": name,
        "present": value.is_some(),
        "fingerprint": value.map(fingerprint),
        "expiresAt": value.and(expires_at).map(rfc3339),
        "secondsLeft": value.and(expires_at).map(|at| at.saturating_sub(now)),
    })
}

pub fn secret_layers(secrets: &Secrets) -> Vec<Value> {
    let s = secrets;
    vec![
        layer(
            "service app access token",
            s.access_token.as_deref(),
            s.access_token_expires_at,
        ),
        layer(
            "service app refresh token",
            s.refresh_token.as_deref(),
            s.refresh_token_expires_at,
        ),
        layer(
            "service app client secret",
            s.client_secret.as_deref(),
            None,
        ),
        layer(
            "integration access token",
            s.oauth_access_token.as_deref(),
            s.oauth_access_token_expires_at,
        ),
        layer(
            "integration refresh token",
            s.oauth_refresh_token.as_deref(),
            s.oauth_refresh_token_expires_at,
        ),
        layer(
            "integration client secret",
            s.oauth_client_secret.as_deref(),
            None,
        ),
        layer(
            "personal access token",
            s.personal_access_token.as_deref(),
            None,
        ),
    ]
}

pub fn layers_table(layers: &[Value]) -> Table {
    Table {
        columns: vec!["layer", "present", "expires", "fingerprint"],
        rows: layers
            .iter()
            .map(|l| {
                let present = l["present"] == true;
                let expires = match l["secondsLeft"].as_i64() {
                    Some(left) => Cell::new(
                        format!(
                            "{} ({})",
                            l["expiresAt"].as_str().unwrap_or(""),
                            relative_expiry(left)
                        ),
                        if left <= 0 {
                            Style::Bad
                        } else if left <= SAFETY_MARGIN_SECS {
                            Style::Warn
                        } else {
                            Style::Good
                        },
                    ),
                    None => Cell::new(if present { "unknown" } else { "" }, Style::Dim),
                };
                vec![
                    Cell::from(l["layer"].as_str().unwrap_or("")),
                    Cell::new(
                        if present { "yes" } else { "no" },
                        if present { Style::Good } else { Style::Dim },
                    ),
                    expires,
                    Cell::from(l["fingerprint"].as_str().unwrap_or("")),
                ]
            })
            .collect(),
    }
}

fn status(ctx: &Ctx) -> Result<Outcome> {
    let mut layers = vec![layer(
        "override (BYODS_TOKEN / --token-file)",
        ctx.token_override()?.as_deref(),
        None,
    )];
    if ctx.global.sandbox {
        // With nothing configured, --sandbox uses the emulator's admin token (see `sandbox_token`).
        layers.push(layer(
            "sandbox admin token (--sandbox)",
            ctx.sandbox_token()?.as_deref(),
            None,
        ));
    }
    let chain = ctx.credential_chain()?;
    let secrets = chain.store.load()?;
    layers.extend(secret_layers(&secrets));
    let data = json!({
        "profile": chain.settings.profile,
        "store": chain.store.uri(),
        "layers": layers,
    });
    let outcome = Outcome::new(data, View::Table(layers_table(&layers)));
    // No layer can give a token: exit 4 (no usable credential), as `gh auth status` fails.
    if !layers.iter().any(|l| l["present"] == true) {
        ctx.ui.warn("no credential is configured");
        ctx.ui
            .hint("run `byods auth login`, or `byods config import token-config.json`");
        return Ok(outcome.with_exit(crate::error::ExitStatus::Auth));
    }
    Ok(outcome)
}
