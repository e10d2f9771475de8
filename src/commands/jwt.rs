//! `byods jwt decode` and `byods jwt verify`: the CLI over `crate::jws`.

use std::io::Read;

use serde_json::Value;

use crate::api::{self, datasources};
use crate::app::Ctx;
use crate::cli::{JwtArgs, JwtCommand, JwtDecodeArgs, JwtVerifyArgs};
use crate::datasource;
use crate::error::{Error, Result, exit};
use crate::jws::{
    self, Expectations, IssuerAllowList, Jwks, JwksSource, KeyStore, Report, VerifyPolicy,
};
use crate::output::{self, Cell, Outcome, Style, Table, View};
use crate::timefmt;

pub fn run(ctx: &Ctx, args: &JwtArgs) -> Result<Outcome> {
    match &args.command {
        JwtCommand::Decode(a) => decode(a),
        JwtCommand::Verify(a) => verify(ctx, a),
    }
}

/// Stdin beyond this is refused before decoding (a JWS is accepted up to 16 KiB anyway).
const MAX_STDIN_BYTES: u64 = 1024 * 1024;

/// The token from the argument, or from stdin for `-` or no argument. An `Authorization:` header
/// name in front is dropped, so a request header can be piped in as it is.
fn read_token(arg: Option<&str>) -> Result<String> {
    let text = match arg {
        Some(t) if t != "-" => t.to_string(),
        _ => {
            if arg.is_none() && output::stdin_is_terminal() {
                return Err(Error::usage(
                    "no token: give it as an argument, or pipe it in (use '-' to read stdin)",
                ));
            }
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_STDIN_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Error::usage(format!("cannot read the token from stdin: {e}")))?;
            if bytes.len() as u64 > MAX_STDIN_BYTES {
                return Err(Error::usage(format!(
                    "stdin holds more than {MAX_STDIN_BYTES} bytes: that is not a JWS (Webex data source tokens are about 1 KiB)"
                )));
            }
            String::from_utf8(bytes)
                .map_err(|_| Error::usage("the token on stdin is not UTF-8 text: is this a JWS?"))?
        }
    };
    let trimmed = text.trim();
    let without_header = match trimmed.split_once(':') {
        Some((name, rest)) if name.trim().eq_ignore_ascii_case("authorization") => rest.trim(),
        _ => trimmed,
    };
    Ok(without_header.to_string())
}

fn decode(args: &JwtDecodeArgs) -> Result<Outcome> {
    let token = read_token(args.token.as_deref())?;
    let decoded = jws::decode(&token)?;
    let now = timefmt::now_unix();
    let data = jws::describe(&decoded, now);
    let record = decode_record(&decoded, now);
    Ok(Outcome::new(data, View::Records(vec![record])))
}

fn decode_record(decoded: &jws::Decoded, now: i64) -> Vec<(String, Cell)> {
    let mut rows = vec![(
        "signature".to_string(),
        Cell::new(
            "NOT verified (decode only; use `byods jwt verify`)",
            Style::Warn,
        ),
    )];
    let label = |name: &str| {
        let plain = jws::claim_label(name);
        if plain == name {
            name.to_string()
        } else {
            format!("{plain} ({name})")
        }
    };
    let push = |rows: &mut Vec<(String, Cell)>, name: &str, value: &Value| {
        let cell = match (name, jws::json_seconds(value)) {
            ("exp", Some(t)) => {
                let left = t.saturating_sub(now);
                let style = if left <= 0 { Style::Bad } else { Style::Plain };
                Cell::new(
                    format!(
                        "{} ({})",
                        timefmt::rfc3339(t),
                        timefmt::relative_expiry(left)
                    ),
                    style,
                )
            }
            ("iat" | "nbf", Some(t)) => {
                let ago = now.saturating_sub(t);
                let when = if ago >= 0 {
                    format!("{} ago", timefmt::humanize(ago))
                } else {
                    format!("in {}, in the future", timefmt::humanize(ago))
                };
                Cell::from(format!("{} ({when})", timefmt::rfc3339(t)))
            }
            _ => Cell::from(match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            }),
        };
        rows.push((label(name), cell));
    };
    // Known names first, in the library's order; then whatever else the token carries.
    for part in [&decoded.claims, &decoded.header] {
        let Some(map) = part.as_object() else {
            continue;
        };
        for (name, _) in jws::claim_labels() {
            if let Some(v) = map.get(*name) {
                push(&mut rows, name, v);
            }
        }
        for (name, v) in map {
            if !jws::claim_labels().iter().any(|(k, _)| k == name) {
                push(&mut rows, name, v);
            }
        }
    }
    if let (Some(iat), Some(exp)) = (decoded.iat(), decoded.exp())
        && let Some(span) = exp.checked_sub(iat).filter(|s| *s >= 0)
    {
        rows.push(("lifetime".into(), format!("{} minutes", span / 60).into()));
    }
    rows
}

fn verify(ctx: &Ctx, args: &JwtVerifyArgs) -> Result<Outcome> {
    // Everything that can be wrong locally fails here, before any request.
    let leeway = timefmt::parse_duration(&args.leeway)?;
    if leeway > jws::MAX_LEEWAY {
        return Err(Error::usage(format!(
            "--leeway {} is more than the {} maximum: a leeway is for clock skew, not for \
             accepting expired tokens",
            args.leeway,
            timefmt::humanize(jws::MAX_LEEWAY)
        )));
    }
    let max_stale = timefmt::parse_duration(&args.jwks_max_stale)?;
    let ttl = timefmt::parse_duration(&args.jwks_ttl)?;
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
    let jwks_arg = args.jwks.as_deref().map(JwksArg::parse).transpose()?;
    if let Some(id) = &args.data_source {
        datasources::check_id("data source", id)?;
    }
    let token = read_token(args.token.as_deref())?;
    let decoded = jws::decode(&token)?;

    let mut expectations = Expectations {
        leeway,
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

    // A sandbox is trusted only when it is what byods talks to, and only on a loopback host.
    let mut sandbox_jwks = None;
    if let Some(sandbox) = ctx.sandbox()? {
        // Only sandbox issuers: the emulator's signing key is published, so a token claiming a real
        // Webex issuer that it verifies is a forgery.
        issuers = IssuerAllowList::empty();
        // The in-process sandbox gets a new port each run while tokens saved in its state keep
        // the issuer of an earlier run: trust the token's loopback /idb issuer, verify with the
        // running sandbox's keys (which never change).
        if let Some(iss) = decoded.issuer().filter(|i| is_loopback_idb(i)) {
            issuers.add(iss)?;
        }
        issuers.add(&sandbox.issuer())?;
        sandbox_jwks = Some(jws::jwks_url(&sandbox.issuer()));
    } else if let Some(iss) = loopback_sandbox_issuer(&ctx.base_url()?) {
        issuers.add(&iss)?;
    }

    let timeout = ctx.timeout()?;
    let verbose = ctx.global.verbose;
    let fetch = move |url: &str| fetch_key_set(&api::build_agent(timeout, url), url, verbose);
    let temp_cache;
    let mut store = if args.no_cache || sandbox_jwks.is_some() {
        temp_cache = tempfile::tempdir()
            .map_err(|e| Error::internal(format!("cannot create a temporary directory: {e}")))?;
        KeyStore::new(temp_cache.path())
    } else {
        KeyStore::default_location()?
    };
    store.ttl = ttl;
    store.max_stale = max_stale;
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
    for w in &report.warnings {
        ctx.out.warn(w);
    }
    let ok = report.ok();
    if !ok {
        let names: Vec<&str> = report.failed().map(|c| c.name).collect();
        ctx.out
            .info(&format!("verification failed: {}", names.join(", ")));
    }
    let outcome = Outcome::new(report.to_json(), View::Table(report_table(&report)));
    Ok(if ok {
        outcome
    } else {
        outcome.with_exit(exit::CHECK_FAILED)
    })
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
fn fetch_key_set(agent: &ureq::Agent, url: &str, verbose: bool) -> Result<(u16, String)> {
    if verbose {
        eprintln!("> GET {url} (key set; no credentials sent)");
    }
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| Error::Transient(format!("cannot fetch the key set {url}: {e}")))?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(crate::input::MAX_KEY_SET_BYTES)
        .read_to_string()
        .map_err(|e| Error::Transient(format!("cannot read the key set from {url}: {e}")))?;
    if verbose {
        eprintln!("< HTTP {status} ({} bytes)", body.len());
    }
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
