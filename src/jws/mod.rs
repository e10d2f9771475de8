//! Data source JWS tokens: decode (no verification), RS256 signature verification against an
//! issuer's JWKS, a JWKS cache, and the checks behind `byods jwt verify` and `byods check`.
//!
//! Verification order, always: decode → issuer in the allow-list? → key set (cache or fetch) →
//! signature → claim checks. A token whose issuer is not allowed causes no fetch at all. This
//! module does no networking: fetching is a closure supplied by the caller.

// `crate::error::Error` is large (its `Api` variant); boxing it is the error module's call.

mod cache;
mod checks;
mod decode;
mod issuers;
mod verify;

#[cfg(test)]
mod tests;

use serde_json::{Value, json};

pub use cache::{
    DEFAULT_COOLDOWN, DEFAULT_MAX_STALE, DEFAULT_TTL, Fetch, KeySource, KeyStore, Keys,
};
pub use checks::{
    Check, DEFAULT_LEEWAY, Expectations, MAX_LEEWAY, SignatureStatus, run_checks, url_near_miss,
};
pub use decode::{
    CLAIM_ORG, CLAIM_SCHEMA, CLAIM_URL, Decoded, MAX_TOKEN_BYTES, claim_label, claim_labels,
    decode, describe, expiry, json_seconds,
};
pub use issuers::{
    ISSUER_PRESETS, IssuerAllowList, REGIONS, issuer_url, issuers_for_region, jwks_url,
};
pub use verify::{FORBIDDEN_HEADERS, Jwks, RsaJwk, VerifyError, verify_signature};

use crate::error::Result;

/// What a token must satisfy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyPolicy {
    pub issuers: IssuerAllowList,
    pub expectations: Expectations,
}

/// Where the verification keys come from.
pub enum JwksSource<'a> {
    /// `jwks_url(iss)` through the cache, fetching with the closure when needed (only for issuers in
    /// the allow-list).
    Remote {
        store: &'a KeyStore,
        fetch: Fetch<'a>,
    },
    /// A key set URL given by the user (`--jwks URL`, or the running sandbox's), through the cache.
    /// Like `Remote`, it is fetched only for an allowed issuer.
    Url {
        store: &'a KeyStore,
        fetch: Fetch<'a>,
        url: String,
    },
    /// A key set given by the user (e.g. `--jwks FILE`); nothing is fetched.
    Local(Jwks),
}

/// The result of `verify`. `ok()` is true when every check passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub checks: Vec<Check>,
    /// The kid of the key that verified the signature, else the token's header kid.
    pub kid: Option<String>,
    /// The token's `iss`.
    pub issuer: Option<String>,
    /// The key set URL used (remote source only, and only when the issuer was allowed).
    pub jwks_url: Option<String>,
    /// Where the keys came from (remote source only).
    pub key_source: Option<KeySource>,
    /// Things to show on stderr (stale keys, rate-limited refetch, ...).
    pub warnings: Vec<String>,
}

impl Report {
    pub fn ok(&self) -> bool {
        !self.checks.is_empty() && self.checks.iter().all(|c| c.ok)
    }

    pub fn failed(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.ok)
    }

    /// `{"ok":bool,"issuer":..,"kid":..,"jwksUrl":..,"keySource":"fetched"|"cache"|"stale"|null,
    /// "checks":[{"name","ok","detail"}...],"warnings":[..]}`
    pub fn to_json(&self) -> Value {
        json!({
            "ok": self.ok(),
            "issuer": self.issuer,
            "kid": self.kid,
            "jwksUrl": self.jwks_url,
            "keySource": self.key_source.map(|s| match s {
                KeySource::Fetched => "fetched",
                KeySource::Cache => "cache",
                KeySource::Stale => "stale",
            }),
            "checks": self.checks,
            "warnings": self.warnings,
        })
    }
}

/// Decodes and verifies `token`: issuer allow-list first, then keys, then signature and claims.
/// Malformed token: `Error::Usage`. Keys unobtainable (fetch failed with no cached set):
/// the fetch error (`Error::Transient` or `Error::Api`). Otherwise a `Report`, passing or not;
/// the caller turns `!report.ok()` into `Error::CheckFailed`.
pub fn verify(
    token: &str,
    policy: &VerifyPolicy,
    source: &JwksSource<'_>,
    now: i64,
) -> Result<Report> {
    let decoded = decode(token)?;
    let issuer = decoded.issuer().map(str::to_string);
    let allowed = issuer
        .as_deref()
        .is_some_and(|i| policy.issuers.contains(i));
    let mut warnings = Vec::new();
    let mut jwks_url_used = None;
    let mut key_source = None;
    let sig = match source {
        JwksSource::Local(jwks) => SignatureStatus::from(verify_signature(&decoded, jwks)),
        JwksSource::Remote { store, fetch } | JwksSource::Url { store, fetch, .. } => {
            match issuer.as_deref() {
                Some(iss) if allowed => {
                    // Refuse forbidden algs/headers before touching the network, too.
                    match verify_signature(&decoded, &Jwks::default()) {
                        Err(e) if e.is_forbidden() => SignatureStatus::Failed(e),
                        _ => {
                            let url = match source {
                                JwksSource::Url { url, .. } => url.clone(),
                                _ => jwks_url(iss),
                            };
                            let keys = store.keys_for(&url, decoded.kid(), *fetch, now)?;
                            warnings.extend(keys.warnings.iter().cloned());
                            jwks_url_used = Some(url);
                            key_source = Some(keys.source);
                            SignatureStatus::from(verify_signature(&decoded, &keys.jwks))
                        }
                    }
                }
                Some(_) => SignatureStatus::NotAttempted("issuer not allowed".into()),
                None => SignatureStatus::NotAttempted("the token has no issuer".into()),
            }
        }
    };
    let kid = match &sig {
        SignatureStatus::Verified(k) => Some(k.clone()),
        _ => decoded.kid().map(str::to_string),
    };
    let mut checks = run_checks(&decoded, allowed, &sig, &policy.expectations, now);
    if let (false, Some(iss)) = (allowed, issuer.as_deref())
        && let Some(c) = checks.iter_mut().find(|c| c.name == "issuer")
    {
        c.detail = policy.issuers.explain_rejection(iss);
    }
    Ok(Report {
        checks,
        kid,
        issuer,
        jwks_url: jwks_url_used,
        key_source,
        warnings,
    })
}
