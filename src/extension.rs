//! Extending one data source's token: PUT its configuration unchanged with a new nonce, under a
//! per-data-source lock shared by every byods process, and check that Webex really issued a newer
//! token. Used by `byods extend` workers (everything here is Send + Sync).

use std::path::PathBuf;

use serde_json::{Map, Value, json};

use crate::api::{Client, Method, datasources};
use crate::audit::Audit;
use crate::datasource;
use crate::error::{Error, ExitStatus};
use crate::fsutil::FileLock;
use crate::mutation::{self, Request};
use crate::ui::timefmt;

/// A data source to extend; `listed` is its entry from the listing when it came from one.
pub struct Target {
    pub id: String,
    pub listed: Option<Value>,
}

pub struct Extender<'a> {
    pub client: &'a Client,
    pub audit: &'a Audit,
    /// New lifetime; None keeps each data source's own.
    pub lifetime: Option<u32>,
    /// Only extend tokens expiring within this many seconds.
    pub within: Option<i64>,
    /// `<state dir>/locks`
    pub lock_dir: PathBuf,
    pub dry_run: bool,
}

/// What happened to one data source.
pub struct Extended {
    /// `{id, oldExpiresAt, newExpiresAt, gainedSeconds, nonceChanged, result, reason?, error?}`
    pub record: Value,
    /// How a failure would end the run.
    pub failure: Option<ExitStatus>,
    /// With `dry_run`: the request that would have been sent.
    pub request: Option<Request>,
}

impl Extended {
    pub fn result(&self) -> &str {
        self.record["result"].as_str().unwrap_or("")
    }
}

pub const LOCKED: &str = "locked by another run";

impl Extender<'_> {
    pub fn extend(&self, target: &Target) -> Extended {
        let id = target.id.as_str();
        // Ids from a listing come from the server: they name a lock file and a URL path.
        if let Err(e) = datasources::check_id("data source", id) {
            return failed(id, None, &e);
        }
        // Fresh ones are skipped straight from the listing, without a request.
        if let (Some(ds), Some(within)) = (&target.listed, self.within)
            && let Some(reason) = fresh(ds, within)
        {
            return skipped(id, ds, &reason);
        }
        let _lock = match FileLock::try_acquire(&self.lock_dir.join(id)) {
            Ok(Some(lock)) => lock,
            Ok(None) => return skipped(id, target.listed.as_ref().unwrap_or(&Value::Null), LOCKED),
            Err(e) => return failed(id, None, &e),
        };
        // The listing is enough unless it lacks a field, or another run may have just extended it.
        let current = match &target.listed {
            Some(ds) if self.within.is_none() && mutation::put_body(ds, &Map::new()).is_ok() => {
                ds.clone()
            }
            _ => match datasources::get(self.client, id) {
                Ok(ds) => ds,
                Err(e) => return failed(id, None, &e),
            },
        };
        if let Some(within) = self.within
            && let Some(reason) = fresh(&current, within)
        {
            return skipped(id, &current, &reason);
        }
        let old_expiry = datasource::expires_at(&current);
        let mut changes = Map::new();
        changes.insert("nonce".into(), json!(mutation::new_nonce()));
        if let Some(m) = self.lifetime {
            changes.insert("tokenLifetimeMinutes".into(), json!(m));
        }
        let body = match mutation::put_body(&current, &changes) {
            Ok(b) => b,
            Err(e) => return failed(id, old_expiry, &e),
        };
        if self.dry_run {
            return Extended {
                record: json!({"id": id, "result": "dry-run"}),
                failure: None,
                request: Some(Request {
                    method: Method::Put,
                    path: datasources::path(id),
                    body: Some(body),
                }),
            };
        }
        self.send(id, &current, &body, old_expiry)
    }

    /// PUTs the body, reads the token back when the answer lacks it, and checks that Webex
    /// issued a newer token. Audited either way.
    fn send(&self, id: &str, current: &Value, body: &Value, old_expiry: Option<i64>) -> Extended {
        let response = match datasources::update(self.client, id, body) {
            Ok(r) => r,
            Err(e) => {
                self.audit
                    .record("extend", Some(id), Some(body), Err(&e), None);
                return failed(id, old_expiry, &e);
            }
        };
        // Some responses leave the token out: read it back to check.
        let after = if response.body.get("jwsToken").is_some() {
            response.body.clone()
        } else {
            datasources::get(self.client, id).unwrap_or(Value::Null)
        };
        let new_expiry = datasource::expires_at(&after);
        // A shorter --lifetime legitimately moves exp earlier: then the token must be newer.
        let shortened = self
            .lifetime
            .is_some_and(|m| mutation::current_lifetime(current).is_some_and(|old| m < old));
        let renewed = is_renewed(current, &after, shortened);
        let check_error = (!renewed).then_some(
            "Webex accepted the update (HTTP 2xx) but issued no newer token (the same jwsToken, or \
             one that does not expire later): the token was not extended",
        );
        self.audit.record_details(
            "extend",
            Some(id),
            Some(body),
            Ok(&response),
            check_error,
            json!({"newExpiresAt": new_expiry.map(timefmt::rfc3339)}),
        );
        let nonce_changed = after
            .get("nonce")
            .or(body.get("nonce"))
            .is_some_and(|n| Some(n) != current.get("nonce"));
        let mut record = json!({
            "id": id,
            "oldExpiresAt": old_expiry.map(timefmt::rfc3339),
            "newExpiresAt": new_expiry.map(timefmt::rfc3339),
            "gainedSeconds": old_expiry.zip(new_expiry).map(|(o, n)| n.saturating_sub(o)),
            "nonceChanged": nonce_changed,
            "result": if renewed { "extended" } else { "failed" },
        });
        if let Some(e) = check_error {
            record["error"] = json!(e);
        }
        Extended {
            record,
            failure: (!renewed).then_some(ExitStatus::CheckFailed),
            request: None,
        }
    }
}

/// Whether `after` carries a newer token than `current`: a different one that expires later, or,
/// when the lifetime was `shortened`, one issued later.
fn is_renewed(current: &Value, after: &Value, shortened: bool) -> bool {
    let issued_at = |ds: &Value| {
        datasource::claims(ds).and_then(|c| c.get("iat").and_then(crate::jws::json_seconds))
    };
    after.get("jwsToken").is_some()
        && after.get("jwsToken") != current.get("jwsToken")
        && match (
            datasource::expires_at(current),
            datasource::expires_at(after),
        ) {
            (Some(old), Some(new)) if shortened => {
                new != old && issued_at(after) > issued_at(current)
            }
            (Some(old), Some(new)) => new > old,
            (None, Some(_)) => true,
            _ => false,
        }
}

/// Why `ds` needs no extension yet, if it doesn't (its token outlives `within` seconds).
fn fresh(ds: &Value, within: i64) -> Option<String> {
    let left = datasource::expires_at(ds)?.saturating_sub(timefmt::now_unix());
    (left > within).then(|| {
        format!(
            "token expires in {}, not within {}",
            timefmt::humanize(left),
            timefmt::humanize(within)
        )
    })
}

fn skipped(id: &str, ds: &Value, reason: &str) -> Extended {
    let expiry = datasource::expires_at(ds).map(timefmt::rfc3339);
    Extended {
        record: json!({
            "id": id,
            "oldExpiresAt": expiry,
            "newExpiresAt": expiry,
            "gainedSeconds": 0,
            "nonceChanged": false,
            "result": "skipped",
            "reason": reason,
        }),
        failure: None,
        request: None,
    }
}

fn failed(id: &str, old_expiry: Option<i64>, e: &Error) -> Extended {
    Extended {
        record: json!({
            "id": id,
            "oldExpiresAt": old_expiry.map(timefmt::rfc3339),
            "newExpiresAt": null,
            "gainedSeconds": null,
            "nonceChanged": false,
            "result": "failed",
            "error": e.to_string(),
        }),
        failure: Some(e.exit_status()),
        request: None,
    }
}
