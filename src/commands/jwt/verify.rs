//! `byods jwt verify`: plan (issuers, key source, expected claims) → verify → report.

use super::read_token;
use crate::api::{self, datasources};
use crate::app::Ctx;
use crate::cli::JwtVerifyArgs;
use crate::datasource;
use crate::error::{Error, ExitStatus, Result};
use crate::jws::{
    self, Expectations, IssuerAllowList, Jwks, JwksSource, KeyStore, Report, VerifyPolicy,
};
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Style, Table, Ui, View};

pub fn run(ctx: &Ctx, args: &JwtVerifyArgs) -> Result<Outcome> {
    // Everything that can be wrong locally fails here, before any request.
    if args.leeway > jws::MAX_LEEWAY {
        return Err(Error::usage(format!(
            "--leeway {} is more than the {} maximum: a leeway is for clock skew, not for \
             accepting expired tokens",
            timefmt::humanize(args.leeway),
            timefmt::humanize(jws::MAX_LEEWAY)
        )));
    }
    let mut issuers = allowed_issuers(args)?;
    let jwks_arg = args.jwks.as_deref().map(JwksArg::parse).transpose()?;
    if let Some(id) = &args.data_source {
        datasources::check_id("data source", id)?;
    }
    let token = read_token(&ctx.ui, args.token.as_deref())?;
    let decoded = jws::decode(&token)?;
    let expectations = expectations(ctx, args)?;
    let sandbox_jwks = trust_sandbox(ctx, &decoded, &mut issuers)?;

    let timeout = ctx.timeout()?;
    let ui = &ctx.ui;
    let fetch = move |url: &str| fetch_key_set(&api::build_agent(timeout, url), url, ui);
    let temp_cache;
    let mut store = if args.no_cache || sandbox_jwks.is_some() {
        temp_cache = tempfile::tempdir()
            .map_err(|e| Error::internal(format!("cannot create a temporary directory: {e}")))?;
        KeyStore::new(temp_cache.path())
    } else {
        KeyStore::default_location()?
    };
    store.ttl = args.jwks_ttl;
    store.max_stale = args.jwks_max_stale;
    let policy = VerifyPolicy {
        issuers,
        expectations,
    };
    let source = match (jwks_arg, sandbox_jwks) {
        (Some(JwksArg::File(jwks)), _) => JwksSource::Local(jwks),
        (Some(JwksArg::Url(url)), _) | (None, Some(url)) => JwksSource::Url {
            store: &store,
            fetch: &fetch,
            url,
        },
        (None, None) => JwksSource::Remote {
            store: &store,
            fetch: &fetch,
        },
    };
    let report = jws::verify(&token, &policy, &source, timefmt::now_unix())?;
    Ok(view(ctx, &report))
}

/// `--region` (default: every Webex issuer) plus `--issuer`.
fn allowed_issuers(args: &JwtVerifyArgs) -> Result<IssuerAllowList> {
    let mut issuers = if args.region.is_empty() {
        IssuerAllowList::default()
    } else {
        let mut list = IssuerAllowList::empty();
        for region in &args.region {
            for iss in jws::issuers_for_region(region)? {
                list.add(&iss)?;
            }
        }
        list
    };
    for iss in &args.issuer {
        issuers.add(iss)?;
    }
    Ok(issuers)
}

/// The claims to expect: `--data-source`'s registered values, overridden by explicit flags.
fn expectations(ctx: &Ctx, args: &JwtVerifyArgs) -> Result<Expectations> {
    let mut expectations = Expectations {
        leeway: args.leeway,
        ..Expectations::default()
    };
    if let Some(id) = &args.data_source {
        let ds = datasources::get(ctx.client()?, id)?;
        expectations.aud = datasource::field(&ds, "audience");
        expectations.sub = datasource::field(&ds, "subject");
        expectations.url = datasource::field(&ds, "url");
        expectations.schema = datasource::field(&ds, "schemaId");
        expectations.org = datasource::field(&ds, "orgId");
    }
    let explicit = [
        (&mut expectations.aud, &args.aud),
        (&mut expectations.sub, &args.sub),
        (&mut expectations.url, &args.url),
        (&mut expectations.schema, &args.schema),
        (&mut expectations.org, &args.org),
    ];
    for (slot, flag) in explicit {
        if flag.is_some() {
            slot.clone_from(flag);
        }
    }
    Ok(expectations)
}

/// A sandbox is trusted only when it is what byods talks to, and only on a loopback host.
/// Returns the in-process sandbox's key set URL when there is one.
fn trust_sandbox(
    ctx: &Ctx,
    decoded: &jws::Decoded,
    issuers: &mut IssuerAllowList,
) -> Result<Option<String>> {
    if let Some(sandbox) = ctx.sandbox()? {
        // Only sandbox issuers: the emulator's signing key is published, so a token claiming a real
        // Webex issuer that it verifies is a forgery.
        *issuers = IssuerAllowList::empty();
        // The in-process sandbox gets a new port each run while tokens saved in its state keep
        // the issuer of an earlier run: trust the token's loopback /idb issuer, verify with the
        // running sandbox's keys (which never change).
        if let Some(iss) = decoded.issuer().filter(|i| is_loopback_idb(i)) {
            issuers.add(iss)?;
        }
        issuers.add(&sandbox.issuer())?;
        return Ok(Some(jws::jwks_url(&sandbox.issuer())));
    }
    if let Some(iss) = loopback_sandbox_issuer(&ctx.base_url()?) {
        issuers.add(&iss)?;
    }
    Ok(None)
}

/// The report; exit 8 when a check failed.
fn view(ctx: &Ctx, report: &Report) -> Outcome {
    for w in &report.warnings {
        ctx.ui.warn(w);
    }
    let outcome = Outcome::new(report.to_json(), View::Table(report_table(report)));
    if report.ok() {
        return outcome;
    }
    let names: Vec<&str> = report.failed().map(|c| c.name).collect();
    ctx.ui
        .info(&format!("verification failed: {}", names.join(", ")));
    outcome.with_exit(ExitStatus::CheckFailed)
}

enum JwksArg {
    File(Jwks),
    Url(String),
}

impl JwksArg {
    fn parse(arg: &str) -> Result<JwksArg> {
        let lower = arg.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            return api::check_transport(arg, "--jwks URL", "the key set")
                .map(|_| JwksArg::Url(arg.to_string()))
                .map_err(Error::Usage);
        }
        Ok(JwksArg::File(Jwks::from_file(std::path::Path::new(arg))?))
    }
}

/// `http(s)://<loopback>[:port]/idb`: what a sandbox signs with.
fn is_loopback_idb(issuer: &str) -> bool {
    let Some(rest) = issuer
        .strip_prefix("http://")
        .or_else(|| issuer.strip_prefix("https://"))
    else {
        return false;
    };
    let Some(authority) = rest.strip_suffix("/idb") else {
        return false;
    };
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if !port.contains(']') => h,
        _ => authority,
    };
    !authority.contains(['/', '@']) && api::is_loopback(host)
}

/// For a base URL on a loopback host (a `byods sandbox`), that sandbox's issuer `scheme://host:port/idb`.
fn loopback_sandbox_issuer(base_url: &str) -> Option<String> {
    let uri: ureq::http::Uri = base_url.trim().parse().ok()?;
    let host = uri.host()?;
    if !api::is_loopback(host) {
        return None;
    }
    Some(format!(
        "{}://{}/idb",
        uri.scheme_str()?,
        uri.authority()?.as_str()
    ))
}

/// One GET of a key set. Never sends credentials: a key server gets no bearer token.
fn fetch_key_set(agent: &ureq::Agent, url: &str, ui: &Ui) -> Result<(u16, String)> {
    ui.trace(&format!("> GET {url} (key set; no credentials sent)"));
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| Error::Transient(format!("cannot fetch the key set {url}: {e}")))?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(crate::limits::MAX_KEY_SET_BYTES)
        .read_to_string()
        .map_err(|e| Error::Transient(format!("cannot read the key set from {url}: {e}")))?;
    ui.trace(&format!("< HTTP {status} ({} bytes)", body.len()));
    Ok((status, body))
}

fn report_table(report: &Report) -> Table {
    Table {
        columns: vec!["check", "result", "detail"],
        rows: report
            .checks
            .iter()
            .map(|c| {
                vec![
                    Cell::from(c.name),
                    if c.ok {
                        Cell::new("PASS", Style::Good)
                    } else {
                        Cell::new("FAIL", Style::Bad)
                    },
                    Cell::from(c.detail.clone()),
                ]
            })
            .collect(),
    }
}
