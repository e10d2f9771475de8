//! The JWKS cache: one file per key-set URL under `cache_dir()/jwks/`, with a TTL, a rate-limited
//! refetch when a `kid` is missing (key rotation), and stale keys as a fallback when the identity
//! broker cannot be reached. No networking here: the fetch is a closure, and `now` is a parameter.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::verify::Jwks;
use crate::error::{ApiError, Error, Result};
use crate::fsutil::{FileLock, write_private};
use crate::ui::timefmt::humanize;

/// `GET url` → `(status, body)`. Transport failures are `Err`.
pub type Fetch<'a> = &'a dyn Fn(&str) -> Result<(u16, String)>;

pub const DEFAULT_TTL: i64 = 3600;
pub const DEFAULT_COOLDOWN: i64 = 60;
/// How old a cached key set may be and still stand in when the key server cannot be reached:
/// 7 days. Older keys may have been revoked; verifying against them is then refused (exit 7).
pub const DEFAULT_MAX_STALE: i64 = 7 * 86_400;

/// Where key sets are cached and how long they are trusted (seconds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyStore {
    pub dir: PathBuf,
    /// A cached key set younger than this is used without fetching.
    pub ttl: i64,
    /// Minimum time between two fetches of the same URL (kid misses, failures).
    pub cooldown: i64,
    /// The oldest cached key set used when fetching fails or is rate-limited.
    pub max_stale: i64,
}

/// Where the keys in `Keys` came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// Fetched during this call.
    Fetched,
    /// From a cache entry younger than the TTL.
    Cache,
    /// From an expired cache entry, because fetching failed or was rate-limited.
    Stale,
}

/// The result of `KeyStore::keys_for`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    pub jwks: Jwks,
    pub source: KeySource,
    /// Unix time of the fetch that produced these keys.
    pub fetched_at: i64,
    /// Things the caller should show (stale keys, rate-limited refetch, ignored keys).
    pub warnings: Vec<String>,
    /// How many fetches this call made (0 or 1).
    pub fetches: u32,
}

struct Entry {
    /// Last successful fetch.
    fetched_at: i64,
    /// Last fetch attempt, successful or not (the cooldown counts from here).
    last_fetch: i64,
    jwks: Value,
}

impl KeyStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        KeyStore {
            dir: dir.into(),
            ttl: DEFAULT_TTL,
            cooldown: DEFAULT_COOLDOWN,
            max_stale: DEFAULT_MAX_STALE,
        }
    }

    /// `paths::cache_dir()/jwks` with the default TTL and cooldown.
    pub fn default_location() -> Result<Self> {
        Ok(KeyStore::new(crate::paths::cache_dir()?.join("jwks")))
    }

    /// `<dir>/<sha256(url) hex>.json`.
    pub fn cache_path(&self, jwks_url: &str) -> PathBuf {
        let digest = ring::digest::digest(&ring::digest::SHA256, jwks_url.as_bytes());
        let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{hex}.json"))
    }

    /// The keys for `jwks_url`: from the cache while fresh; fetched when missing or older than the
    /// TTL, or when `wanted_kid` is not in the cached set and the last fetch is older than the
    /// cooldown. At most one fetch per call. When the fetch fails (transport error, 429, 5xx, or a
    /// body that is not a key set) a cached set is used, stale or not, with a warning; without one the
    /// error is returned (`Error::Transient`, or `Error::Api` for other HTTP statuses).
    pub fn keys_for(
        &self,
        jwks_url: &str,
        wanted_kid: Option<&str>,
        fetch: Fetch<'_>,
        now: i64,
    ) -> Result<Keys> {
        let path = self.cache_path(jwks_url);
        let _lock = FileLock::acquire(&path)?;
        let mut warnings = Vec::new();
        let entry = match read_entry(&path, jwks_url) {
            Ok(e) => e,
            Err(msg) => {
                warnings.push(msg);
                None
            }
        };
        // Clock jumps backwards: ignore timestamps from the future.
        let age = |t: i64| if t > now { i64::MAX } else { now - t };
        let cached = entry
            .as_ref()
            .and_then(|e| Jwks::from_value(&e.jwks).ok().map(|j| (e, j)));
        if let Some((e, jwks)) = &cached {
            let fresh = age(e.fetched_at) < self.ttl;
            // Keys past the maximum stale age are never used: fetch even within the cooldown.
            let cooling = age(e.last_fetch) < self.cooldown && age(e.fetched_at) <= self.max_stale;
            let kid_missing = wanted_kid.is_some_and(|k| jwks.find(k).is_none());
            if fresh && !kid_missing {
                return Ok(self.keys(jwks.clone(), KeySource::Cache, e.fetched_at, warnings, 0));
            }
            if cooling {
                let why = if kid_missing && fresh {
                    format!(
                        "key \"{}\" is not in the cached key set from {jwks_url}",
                        wanted_kid.unwrap_or_default()
                    )
                } else {
                    format!("the cached key set from {jwks_url} has expired")
                };
                warnings.push(format!(
                    "{why}; not fetching again within {} of the last attempt ({} ago)",
                    humanize(self.cooldown),
                    humanize(age(e.last_fetch))
                ));
                let source = if fresh {
                    KeySource::Cache
                } else {
                    KeySource::Stale
                };
                return Ok(self.keys(jwks.clone(), source, e.fetched_at, warnings, 0));
            }
        }
        match fetch_jwks(jwks_url, fetch) {
            Ok((jwks, raw)) => {
                let doc = json!({"url": jwks_url, "fetchedAt": now, "lastFetch": now, "jwks": raw});
                if let Err(e) = write_private(&path, doc.to_string().as_bytes()) {
                    warnings.push(format!("could not cache the key set: {e}"));
                }
                Ok(self.keys(jwks, KeySource::Fetched, now, warnings, 1))
            }
            Err(err) => {
                let fallback_ok = matches!(err, Error::Transient(_));
                match cached {
                    Some((e, _)) if fallback_ok && age(e.fetched_at) > self.max_stale => {
                        Err(Error::Transient(format!(
                            "{err}; the cached key set was fetched {} ago, more than the {} \
                             a stale key set may stand in (--jwks-max-stale): not used",
                            humanize(age(e.fetched_at)),
                            humanize(self.max_stale)
                        )))
                    }
                    Some((e, jwks)) if fallback_ok => {
                        let doc = json!({"url": jwks_url, "fetchedAt": e.fetched_at,
                            "lastFetch": now, "jwks": e.jwks});
                        let _ = write_private(&path, doc.to_string().as_bytes());
                        let fresh = age(e.fetched_at) < self.ttl;
                        warnings.push(format!(
                            "{err}; using the {} key set fetched {} ago",
                            if fresh { "cached" } else { "stale cached" },
                            humanize(age(e.fetched_at))
                        ));
                        let source = if fresh {
                            KeySource::Cache
                        } else {
                            KeySource::Stale
                        };
                        Ok(self.keys(jwks, source, e.fetched_at, warnings, 1))
                    }
                    _ => Err(err),
                }
            }
        }
    }

    fn keys(
        &self,
        jwks: Jwks,
        source: KeySource,
        fetched_at: i64,
        mut warnings: Vec<String>,
        fetches: u32,
    ) -> Keys {
        for m in &jwks.ignored {
            warnings.push(format!("ignored an unusable key: {m}"));
        }
        Keys {
            jwks,
            source,
            fetched_at,
            warnings,
            fetches,
        }
    }
}

fn read_entry(path: &Path, url: &str) -> std::result::Result<Option<Entry>, String> {
    let text = match crate::fsutil::read_capped(path, 2 * crate::limits::MAX_KEY_SET_BYTES) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(format!(
                "cannot read the key set cache {}: {e}",
                path.display()
            ));
        }
    };
    let bad = || format!("ignoring the unreadable key set cache {}", path.display());
    let v: Value = serde_json::from_str(&text).map_err(|_| bad())?;
    if v.get("url").and_then(Value::as_str) != Some(url) {
        return Ok(None);
    }
    let fetched_at = v.get("fetchedAt").and_then(Value::as_i64).ok_or_else(bad)?;
    let last_fetch = v
        .get("lastFetch")
        .and_then(Value::as_i64)
        .unwrap_or(fetched_at);
    let jwks = v.get("jwks").cloned().ok_or_else(bad)?;
    Ok(Some(Entry {
        fetched_at,
        last_fetch,
        jwks,
    }))
}

/// One GET. Transport failures, 429, 5xx and non-JWKS bodies are `Error::Transient` (worth falling
/// back to a cached set); other non-2xx statuses are `Error::Api`.
fn fetch_jwks(url: &str, fetch: Fetch<'_>) -> Result<(Jwks, Value)> {
    let (status, body) = fetch(url).map_err(|e| match e {
        Error::Transient(m) => Error::Transient(m),
        other => Error::Transient(format!("cannot fetch the key set {url}: {other}")),
    })?;
    match status {
        200..=299 => {}
        429 | 500..=599 => {
            return Err(Error::Transient(format!(
                "fetching the key set {url} answered HTTP {status}"
            )));
        }
        _ => {
            return Err(Error::Api(Box::new(ApiError {
                status,
                method: "GET".into(),
                url: url.into(),
                message: "cannot fetch the key set (JWKS)".into(),
                descriptions: Vec::new(),
                tracking_id: None,
                oauth_error: None,
            })));
        }
    }
    let raw: Value = serde_json::from_str(&body)
        .map_err(|e| Error::Transient(format!("the key set from {url} is not JSON: {e}")))?;
    let jwks = Jwks::from_value(&raw)
        .map_err(|e| Error::Transient(format!("the answer from {url} is not a key set: {e}")))?;
    Ok((jwks, raw))
}
