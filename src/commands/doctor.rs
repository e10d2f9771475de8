//! `byods doctor`: one line per check of everything byods depends on, with the fix to apply.
//! Exit 0 only when no check failed (skipped checks say why they could not be made).

use std::time::Duration;

use serde_json::{Value, json};

use crate::app::Ctx;
use crate::cli::DoctorArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::ui::timefmt::{humanize, now_unix};
use crate::ui::{Cell, Outcome, Style, Table, View};

/// What doctor cannot know, shown with `--json` and in the man page.
pub const DOCTOR_LIMITS: &str = "\
What doctor cannot know: the scopes of a token (Webex reports them only when minting it, and byods \
does not keep them: a 403 from the API is the sign of a missing scope); whether Webex can reach a \
data source URL (doctor only resolves its host from this machine, and skips that against the \
sandbox, whose URLs are examples); the clock skew when the API sends no Date header; TLS trust of \
a plain-http loopback API (no TLS is used).";

/// How far the local clock may be from the API's before tokens are judged wrongly (`iat`, `exp`).
const MAX_SKEW_SECS: i64 = 60;
/// Host lookups for data source URLs stop after this, all together.
const RESOLVE_DEADLINE: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

impl Status {
    fn word(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }

    fn style(self) -> Style {
        match self {
            Status::Pass => Style::Good,
            Status::Warn => Style::Warn,
            Status::Fail => Style::Bad,
            Status::Skip => Style::Dim,
        }
    }
}

struct Finding {
    name: String,
    status: Status,
    detail: String,
    fix: String,
}

fn finding(
    name: &str,
    status: Status,
    detail: impl Into<String>,
    fix: impl Into<String>,
) -> Finding {
    Finding {
        name: name.to_string(),
        status,
        detail: detail.into(),
        fix: fix.into(),
    }
}

pub fn run(ctx: &Ctx, args: &DoctorArgs) -> Result<Outcome> {
    let mut findings = Vec::new();
    findings.push(check_config(ctx));
    let store_ok = check_store(ctx, &mut findings);
    let api_ok = check_api(ctx, store_ok, &mut findings);
    if store_ok {
        // After the API check: the layers as the chain left them (a token it just minted included).
        token_layers(ctx, &mut findings);
    }
    findings.push(check_clock(ctx));
    findings.push(check_key_set(ctx, &args.region));
    findings.push(check_tls(ctx));
    if api_ok {
        check_data_sources(ctx, &mut findings);
    } else {
        findings.push(finding(
            "data sources",
            Status::Skip,
            "the API could not be used (see above)",
            "",
        ));
    }
    let failed = findings.iter().filter(|f| f.status == Status::Fail).count();
    let data = json!({
        "ok": failed == 0,
        "profile": ctx.profile,
        "checks": findings.iter().map(|f| json!({
            "name": f.name, "status": f.status.word(), "detail": f.detail, "fix": f.fix,
        })).collect::<Vec<Value>>(),
        "cannotKnow": DOCTOR_LIMITS,
    });
    let table = Table {
        columns: vec!["check", "result", "detail", "fix"],
        rows: findings
            .iter()
            .map(|f| {
                vec![
                    Cell::from(f.name.as_str()),
                    Cell::new(f.status.word(), f.status.style()),
                    Cell::from(f.detail.as_str()),
                    Cell::from(f.fix.as_str()),
                ]
            })
            .collect(),
    };
    if failed > 0 {
        ctx.ui.info(&format!("{failed} check(s) failed"));
    }
    let outcome = Outcome::new(data, View::Table(table));
    Ok(if failed == 0 {
        outcome
    } else {
        outcome.with_exit(ExitStatus::CheckFailed)
    })
}

fn check_config(ctx: &Ctx) -> Finding {
    let path = crate::config::path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|e| format!("(no config dir: {e})"));
    let base = ctx
        .base_url()
        .map(|u| crate::redact::url(&u))
        .unwrap_or_else(|e| e.to_string());
    match ctx.timeout() {
        Ok(t) => finding(
            "config",
            Status::Pass,
            format!(
                "profile '{}' from {path}; API {base}; timeout {} s",
                ctx.profile,
                t.as_secs()
            ),
            "",
        ),
        Err(e) => finding(
            "config",
            Status::Fail,
            e.to_string(),
            "byods config set timeout SECONDS",
        ),
    }
}

/// The store opens and loads; its token layers are listed with their expiry. True when usable.
fn check_store(ctx: &Ctx, findings: &mut Vec<Finding>) -> bool {
    if ctx.global.sandbox || ctx.token_override().ok().flatten().is_some() {
        let why = if ctx.global.sandbox {
            "--sandbox uses the emulator's own token"
        } else {
            "BYODS_TOKEN / --token-file is used as is"
        };
        findings.push(finding("store", Status::Skip, why, ""));
        return true;
    }
    let store = match ctx.auth_settings().and_then(|s| s.open_store()) {
        Ok(store) => store,
        Err(e) => {
            findings.push(finding(
                "store",
                Status::Fail,
                e.to_string(),
                "byods config set store URI (file:, env:, exec:)",
            ));
            return false;
        }
    };
    if let Err(e) = store.load() {
        findings.push(finding(
            "store",
            Status::Fail,
            e.to_string(),
            "fix the store as the message says, or choose another with --store",
        ));
        return false;
    }
    findings.push(finding(
        "store",
        Status::Pass,
        format!("{} is readable and private", store.uri()),
        "",
    ));
    true
}

/// Each stored token with its expiry, and the command that renews it.
fn token_layers(ctx: &Ctx, findings: &mut Vec<Finding>) {
    if ctx.global.sandbox || ctx.token_override().ok().flatten().is_some() {
        return;
    }
    let Ok(secrets) = ctx
        .auth_settings()
        .and_then(|s| s.open_store())
        .and_then(|store| store.load())
    else {
        return;
    };
    let now = now_unix();
    let layers = [
        (
            "service app access token",
            secrets.access_token.is_some(),
            secrets.access_token_expires_at,
            "byods token refresh",
        ),
        (
            "service app refresh token",
            secrets.refresh_token.is_some(),
            secrets.refresh_token_expires_at,
            "byods token refresh (mints a new pair through the token manager)",
        ),
        (
            "integration access token",
            secrets.oauth_access_token.is_some(),
            secrets.oauth_access_token_expires_at,
            "byods auth login",
        ),
        (
            "integration refresh token",
            secrets.oauth_refresh_token.is_some(),
            secrets.oauth_refresh_token_expires_at,
            "byods auth login",
        ),
    ];
    for (name, present, expires_at, fix) in layers {
        if !present {
            continue;
        }
        let f = match expires_at {
            Some(at) if at <= now => finding(
                name,
                Status::Warn,
                format!("expired {} ago", humanize(now - at)),
                fix,
            ),
            Some(at) => finding(
                name,
                Status::Pass,
                format!("valid for {}", humanize(at - now)),
                "",
            ),
            None => finding(name, Status::Pass, "present (expiry unknown)", ""),
        };
        findings.push(f);
    }
}

/// One authenticated request: the credential chain yields a token the API accepts.
fn check_api(ctx: &Ctx, store_ok: bool, findings: &mut Vec<Finding>) -> bool {
    if !store_ok {
        findings.push(finding("api", Status::Skip, "no usable store", ""));
        return false;
    }
    let result = ctx
        .client()
        .and_then(|c| c.get("/dataSources/schemas").map(|_| ()));
    let f = match result {
        Ok(()) => finding(
            "api",
            Status::Pass,
            "a token was obtained and the API accepted it",
            "",
        ),
        Err(e) => {
            let fix = match &e {
                Error::Auth(m) if m.contains("no credentials") => {
                    "byods config import token-config.json, then byods auth login"
                }
                Error::Auth(_) => RENEW,
                Error::Api(api) if api.status == 401 => RENEW,
                Error::Api(api) if api.status == 403 => {
                    "authorize the service app in Control Hub, with the spark-admin:datasource scopes"
                }
                Error::Transient(m) if m.to_lowercase().contains("certificate") => {
                    "if a proxy inspects TLS, name its CA with SSL_CERT_FILE=FILE or SSL_CERT_DIR=DIR"
                }
                Error::Transient(_) => "check the network, proxies (HTTPS_PROXY) and --base-url",
                Error::Config(_) | Error::Usage(_) => "fix the setting the message names",
                _ => "",
            };
            let f = finding("api", Status::Fail, e.to_string(), fix);
            findings.push(f);
            return false;
        }
    };
    findings.push(f);
    true
}

const RENEW: &str =
    "byods token refresh; else byods auth login (byods token status shows each layer)";

/// The local clock against the API's `Date` header.
fn check_clock(ctx: &Ctx) -> Finding {
    let Ok(base) = ctx.base_url() else {
        return finding("clock", Status::Skip, "no API base URL", "");
    };
    let timeout = ctx.timeout().unwrap_or(Duration::from_secs(10));
    let agent = crate::api::build_agent(timeout, &base);
    let before = now_unix();
    let date = agent.get(&base).call().ok().and_then(|r| {
        r.headers()
            .get("date")
            .and_then(|v| v.to_str().ok())
            .and_then(|d| chrono::DateTime::parse_from_rfc2822(d).ok())
            .map(|d| d.timestamp())
    });
    let Some(server) = date else {
        return finding(
            "clock",
            Status::Skip,
            "the API sent no Date header: skew unknown",
            "",
        );
    };
    let skew = server - before;
    if skew.abs() <= MAX_SKEW_SECS {
        finding(
            "clock",
            Status::Pass,
            format!("within {}s of the API's clock", skew.abs().max(1)),
            "",
        )
    } else {
        finding(
            "clock",
            Status::Fail,
            format!(
                "this clock is {} {} the API's",
                humanize(skew.abs()),
                if skew > 0 { "behind" } else { "ahead of" }
            ),
            "synchronise the clock (NTP: timedatectl set-ntp true)",
        )
    }
}

/// The key set of the region's identity broker (or the sandbox's) is reachable and usable.
fn check_key_set(ctx: &Ctx, region: &str) -> Finding {
    let loopback = ctx.base_url().ok().and_then(|b| {
        let uri: ureq::http::Uri = b.parse().ok()?;
        if !crate::api::is_loopback(uri.host()?) {
            return None;
        }
        Some(format!(
            "{}://{}/idb",
            uri.scheme_str()?,
            uri.authority()?.as_str()
        ))
    });
    let issuer = match (ctx.sandbox(), loopback) {
        (Ok(Some(sandbox)), _) => sandbox.issuer(),
        // A local emulator (`byods sandbox`) signs with its own issuer.
        (_, Some(local)) => local,
        _ => match crate::jws::issuers_for_region(region) {
            Ok(list) if !list.is_empty() => list[0].clone(),
            Ok(_) => return finding("key set", Status::Skip, "no issuer for the region", ""),
            Err(e) => {
                return finding(
                    "key set",
                    Status::Fail,
                    e.to_string(),
                    "--region us|eu|ca|...",
                );
            }
        },
    };
    let url = crate::jws::jwks_url(&issuer);
    let timeout = ctx.timeout().unwrap_or(Duration::from_secs(10));
    let fetched = crate::api::build_agent(timeout, &url)
        .get(&url)
        .call()
        .map_err(|e| e.to_string())
        .and_then(|mut r| {
            let status = r.status().as_u16();
            let body = r
                .body_mut()
                .with_config()
                .limit(crate::limits::MAX_KEY_SET_BYTES)
                .read_to_string()
                .map_err(|e| e.to_string())?;
            if status != 200 {
                return Err(format!("HTTP {status}"));
            }
            crate::jws::Jwks::parse(&body).map_err(|e| e.to_string())
        });
    match fetched {
        Ok(jwks) if !jwks.keys.is_empty() => finding(
            "key set",
            Status::Pass,
            format!("{url}: {} signing key(s)", jwks.keys.len()),
            "",
        ),
        Ok(_) => finding(
            "key set",
            Status::Fail,
            format!("{url}: no usable RSA key"),
            "",
        ),
        Err(e) => finding(
            "key set",
            Status::Fail,
            format!("{url}: {e}"),
            "check the network and proxies; jwt verify can use a cached or --jwks FILE key set",
        ),
    }
}

/// Which TLS roots are trusted: the system store, or what `SSL_CERT_FILE`/`SSL_CERT_DIR` name.
fn check_tls(ctx: &Ctx) -> Finding {
    let base = ctx.base_url().unwrap_or_default();
    if base.starts_with("http://") {
        return finding(
            "tls",
            Status::Skip,
            "plain http to a loopback API: no TLS",
            "",
        );
    }
    match crate::api::tls::roots_in_use() {
        (roots, true) => finding("tls", Status::Pass, roots, ""),
        (roots, false) => finding(
            "tls",
            Status::Warn,
            roots,
            "point SSL_CERT_FILE at a PEM bundle (or SSL_CERT_DIR at a directory of PEM files)",
        ),
    }
}

/// Every data source's URL host resolves from here (Webex, not this machine, calls it; a name that
/// does not resolve anywhere is still worth knowing).
fn check_data_sources(ctx: &Ctx, findings: &mut Vec<Finding>) {
    let list = match ctx.client().and_then(crate::api::datasources::list) {
        Ok(l) => l,
        Err(e) => {
            findings.push(finding("data sources", Status::Fail, e.to_string(), ""));
            return;
        }
    };
    if ctx.global.sandbox || ctx.base_url().is_ok_and(|b| b.starts_with("http://")) {
        findings.push(finding(
            "data sources",
            Status::Skip,
            format!(
                "{} data source(s); URLs are not resolved against an emulator",
                list.len()
            ),
            "",
        ));
        return;
    }
    if list.is_empty() {
        findings.push(finding("data sources", Status::Pass, "none registered", ""));
        return;
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let mut pending = 0;
    for ds in &list {
        let id = crate::datasource::text(ds, "id");
        let url = crate::datasource::field(ds, "url").unwrap_or_default();
        let host = url
            .split_once("://")
            .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
            .unwrap_or("")
            .to_string();
        let tx = tx.clone();
        pending += 1;
        std::thread::spawn(move || {
            let target = if host.contains(':') && !host.ends_with(']') {
                host.clone()
            } else {
                format!("{host}:443")
            };
            let resolved = std::net::ToSocketAddrs::to_socket_addrs(&target)
                .map(|mut a| a.next().is_some())
                .unwrap_or(false);
            let _ = tx.send((id, url, resolved));
        });
    }
    drop(tx);
    let deadline = std::time::Instant::now() + RESOLVE_DEADLINE;
    while pending > 0 {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok((id, url, true)) => {
                findings.push(finding(
                    &format!("data source {id}"),
                    Status::Pass,
                    format!("{url} resolves"),
                    "",
                ));
            }
            Ok((id, url, false)) => findings.push(finding(
                &format!("data source {id}"),
                Status::Fail,
                format!("{url}: the host does not resolve"),
                format!("byods update {id} --url URL, or byods delete {id}"),
            )),
            Err(_) => {
                findings.push(finding(
                    "data sources",
                    Status::Warn,
                    format!(
                        "{pending} host lookup(s) did not finish within {}s",
                        RESOLVE_DEADLINE.as_secs()
                    ),
                    "check DNS",
                ));
                break;
            }
        }
        pending -= 1;
    }
}
