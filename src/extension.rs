//! Extending one data source's token: PUT its configuration unchanged with a new nonce, under a
//! per-data-source lock shared by every byods process, and check that Webex really issued a newer
//! token. Used by `byods extend` workers (everything here is Send + Sync).

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::api::{Client, Method, datasources};
use crate::audit::Audit;
use crate::datasource;
use crate::error::{Error, ExitStatus};
use crate::fsutil::FileLock;
use crate::mutation::{self, Request};
use crate::ui::timefmt;

pub mod verdict;

pub use verdict::EXTENDED_BY_ANOTHER_RUN;
use verdict::Stamp;

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
    /// When this run started (before it listed anything), in Unix milliseconds.
    pub run_started_ms: i64,
    /// How long to wait for a data source another run holds locked before skipping it.
    pub lock_wait: Duration,
}

/// What came of one data source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtendResult {
    /// Webex issued a newer token.
    Extended,
    /// Nothing sent: the token is fresh enough, or another run holds the lock.
    Skipped,
    /// With how the failure would end the run.
    Failed(ExitStatus),
    /// `--dry-run`: the request was built, not sent.
    DryRun,
}

impl ExtendResult {
    /// The `result` of the JSON record and the label of the progress bar.
    pub fn as_str(self) -> &'static str {
        match self {
            ExtendResult::Extended => "extended",
            ExtendResult::Skipped => "skipped",
            ExtendResult::Failed(_) => "failed",
            ExtendResult::DryRun => "dry-run",
        }
    }

    /// How the run ends because of this data source, when it failed.
    pub fn failure(self) -> Option<ExitStatus> {
        match self {
            ExtendResult::Failed(status) => Some(status),
            _ => None,
        }
    }
}

/// What happened to one data source.
pub struct Extended {
    pub result: ExtendResult,
    /// `{id, oldExpiresAt, newExpiresAt, gainedSeconds, nonceChanged, result, reason?, error?}`
    pub record: Value,
    /// With `dry_run`: the request that would have been sent.
    pub request: Option<Request>,
}

impl Extended {
    /// `record` carries `"result": result.as_str()` where the output wants it.
    fn new(result: ExtendResult, mut record: Value, request: Option<Request>) -> Extended {
        record["result"] = json!(result.as_str());
        Extended {
            result,
            record,
            request,
        }
    }
}

pub const LOCKED: &str = "locked by another run";

impl Extender<'_> {
    pub fn extend(&self, target: &Target) -> Extended {
        let id = target.id.as_str();
        if id.is_empty()
            && let Some(ds) = &target.listed
        {
            return without_id(ds);
        }
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
        let _lock = match FileLock::acquire_within(&self.lock_dir.join(id), self.lock_wait) {
            Ok(Some(lock)) => lock,
            Ok(None) => return skipped(id, target.listed.as_ref().unwrap_or(&Value::Null), LOCKED),
            Err(e) => return failed(id, None, &e),
        };
        // Decided from the state read under the lock: another run may have extended it meanwhile.
        let current = match datasources::get(self.client, id) {
            Ok(ds) => ds,
            Err(e) => return failed(id, None, &e),
        };
        let stamp_path = self.lock_dir.join(format!("{id}.extended"));
        let stamp = std::fs::read(&stamp_path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Stamp>(&b).ok());
        if verdict::extended_by_another_run(
            target.listed.as_ref(),
            &current,
            self.run_started_ms,
            stamp.as_ref(),
        ) {
            return skipped(id, &current, EXTENDED_BY_ANOTHER_RUN);
        }
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
            let request = Request {
                method: Method::Put,
                path: datasources::path(id),
                body: Some(body),
            };
            return Extended::new(ExtendResult::DryRun, json!({"id": id}), Some(request));
        }
        self.send(id, &current, &body, old_expiry)
    }

    /// PUTs the body, reads the token back when the answer lacks it, and judges whether the data
    /// source now holds a token valid for its full lifetime. Audited either way.
    fn send(&self, id: &str, current: &Value, body: &Value, old_expiry: Option<i64>) -> Extended {
        let request_started = timefmt::now_unix();
        let response = match datasources::update(self.client, id, body) {
            Ok(r) => r,
            Err(e) => {
                self.audit
                    .record("extend", Some(id), Some(body), Err(&e), None);
                return failed(id, old_expiry, &e);
            }
        };
        // The spec's PUT answer has no jwsToken: then read the data source back, once, and judge that.
        let after = if response.body.get("jwsToken").is_some() {
            response.body.clone()
        } else {
            match datasources::get(self.client, id) {
                Ok(ds) => ds,
                Err(e) => {
                    let why = format!(
                        "Webex accepted the update (HTTP 2xx) without returning the token, and \
                         reading it back failed: {e}"
                    );
                    self.audit
                        .record("extend", Some(id), Some(body), Ok(&response), Some(&why));
                    let mut out = failed(id, old_expiry, &e);
                    out.record["error"] = json!(why);
                    return out;
                }
            }
        };
        let new_expiry = datasource::expires_at(&after);
        let lifetime = body["tokenLifetimeMinutes"]
            .as_u64()
            .and_then(|m| u32::try_from(m).ok())
            .unwrap_or(mutation::DEFAULT_LIFETIME);
        let verdict = verdict::judge(current, &after, request_started, lifetime);
        let renewed = verdict.is_extended();
        let check_error = verdict.error();
        let check_error = check_error.as_deref();
        if renewed && let Some(stamp) = Stamp::new(&after, verdict::now_ms()) {
            // Best effort: without it an overlapping run still has the listing and iat to go by.
            let _ = serde_json::to_vec(&stamp)
                .map_err(|e| Error::Internal(e.to_string()))
                .and_then(|b| {
                    // Written and read only under the data source's lock.
                    crate::fsutil::overwrite_locked(
                        &self.lock_dir.join(format!("{id}.extended")),
                        &b,
                    )
                });
        }
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
        let result = if renewed {
            ExtendResult::Extended
        } else {
            ExtendResult::Failed(ExitStatus::CheckFailed)
        };
        let mut record = json!({
            "id": id,
            "oldExpiresAt": old_expiry.map(timefmt::rfc3339),
            "newExpiresAt": new_expiry.map(timefmt::rfc3339),
            "gainedSeconds": old_expiry.zip(new_expiry).map(|(o, n)| n.saturating_sub(o)),
            "nonceChanged": nonce_changed,
            "result": result.as_str(),
        });
        if let Some(e) = check_error {
            record["error"] = json!(e);
        }
        Extended::new(result, record, None)
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
    let record = json!({
        "id": id,
        "oldExpiresAt": expiry,
        "newExpiresAt": expiry,
        "gainedSeconds": 0,
        "nonceChanged": false,
        "result": ExtendResult::Skipped.as_str(),
        "reason": reason,
    });
    Extended::new(ExtendResult::Skipped, record, None)
}

fn failed(id: &str, old_expiry: Option<i64>, e: &Error) -> Extended {
    let result = ExtendResult::Failed(e.exit_status());
    let record = json!({
        "id": id,
        "oldExpiresAt": old_expiry.map(timefmt::rfc3339),
        "newExpiresAt": null,
        "gainedSeconds": null,
        "nonceChanged": false,
        "result": result.as_str(),
        "error": e.to_string(),
    });
    Extended::new(result, record, None)
}

/// A listing entry without an id cannot be extended (nothing to name in the URL): a failed item,
/// named by what it does carry, while the rest of the run goes on.
fn without_id(ds: &Value) -> Extended {
    let named: Vec<String> = ["url", "audience"]
        .iter()
        .filter_map(|k| datasource::field(ds, k).map(|v| format!("{k} {v}")))
        .collect();
    let named = if named.is_empty() {
        String::new()
    } else {
        format!(" ({})", named.join(", "))
    };
    let error =
        format!("the listing has a data source without an id{named}: it cannot be extended");
    let record = json!({
        "id": null,
        "oldExpiresAt": datasource::expires_at(ds).map(timefmt::rfc3339),
        "newExpiresAt": null,
        "gainedSeconds": null,
        "nonceChanged": false,
        "error": error,
    });
    Extended::new(ExtendResult::Failed(ExitStatus::CheckFailed), record, None)
}
