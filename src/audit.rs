//! The audit log: one JSON line per change sent to Webex, appended to `audit.log` in the state dir
//! (0600, appends serialised by a sidecar lock). Request bodies are redacted: no jwsToken, no secret.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::api::Response;
use crate::error::{Error, Result};
use crate::fsutil::FileLock;
use crate::{paths, redact, timefmt};

pub fn path() -> Result<PathBuf> {
    Ok(paths::state_dir()?.join("audit.log"))
}

/// Where a command records its changes. Shared by bulk workers (it is Send + Sync).
pub struct Audit {
    /// None when logging is off.
    path: Option<PathBuf>,
    profile: String,
    quiet: bool,
}

impl Audit {
    /// Off with `--no-log` or the profile setting `"auditLog": false`.
    pub fn new(ctx: &crate::app::Ctx, no_log: bool) -> Result<Audit> {
        let from_env = crate::config::env_setting("auditLog").map(|v| match v.as_str() {
            "true" | "1" => Value::Bool(true),
            "false" | "0" => Value::Bool(false),
            _ => Value::String(v),
        });
        let configured = match from_env.as_ref().or(ctx.setting("auditLog")) {
            None => true,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                return Err(Error::Config(format!(
                    "profile '{}': auditLog (or BYODS_AUDIT_LOG) must be true or false",
                    ctx.profile
                )));
            }
        };
        Ok(Audit {
            path: (configured && !no_log).then(path).transpose()?,
            profile: ctx.profile.clone(),
            quiet: ctx.out.quiet(),
        })
    }

    /// Records one request and what came of it. A log that cannot be written is a warning, not a
    /// failure: the change has already happened.
    pub fn record(
        &self,
        operation: &str,
        id: Option<&str>,
        request: Option<&Value>,
        outcome: std::result::Result<&Response, &Error>,
        post_check_error: Option<&str>,
    ) {
        let Some(path) = &self.path else { return };
        let (status, tracking_id, result, error) = match outcome {
            Ok(r) => (
                Some(r.status),
                r.tracking_id.clone(),
                if post_check_error.is_some() {
                    "failed"
                } else {
                    "ok"
                },
                post_check_error.map(str::to_string),
            ),
            Err(e) => {
                let (status, tracking) = error_facts(e);
                // A timeout after sending leaves the outcome unknown.
                let result = if matches!(e, Error::Transient(_)) {
                    "unknown"
                } else {
                    "failed"
                };
                (status, tracking, result, Some(e.to_string()))
            }
        };
        let mut entry = json!({
            "time": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "profile": self.profile,
            "operation": operation,
            "id": id,
            "request": request.map(redact::json),
            "status": status,
            "trackingId": tracking_id,
            "result": result,
        });
        if let Some(error) = error {
            entry["error"] = json!(error);
        }
        if let Err(e) = append(path, &entry)
            && !self.quiet
        {
            eprintln!("warning: could not write the audit log: {e}");
        }
    }
}

/// HTTP status and tracking id of a failed request, where known.
pub fn error_facts(e: &Error) -> (Option<u16>, Option<String>) {
    match e {
        Error::Api(api) => (Some(api.status), api.tracking_id.clone()),
        Error::NotFound(_) => (Some(404), None),
        _ => (None, None),
    }
}

fn append(path: &std::path::Path, entry: &Value) -> Result<()> {
    let _lock = FileLock::acquire(path)?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::internal(format!("cannot open {}: {e}", path.display())))?;
    let line = serde_json::to_string(entry)? + "\n";
    file.write_all(line.as_bytes())
        .map_err(|e| Error::internal(format!("cannot write {}: {e}", path.display())))
}

/// The entries, oldest first, newer than `since_secs` ago and of `operation` when given. Lines
/// that are not JSON objects are skipped with a warning.
pub fn read(since_secs: Option<i64>, operation: Option<&str>) -> Result<(Vec<Value>, usize)> {
    let path = path()?;
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Error::Config(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    let cutoff = since_secs.map(|s| timefmt::now_unix() - s);
    let mut skipped = 0;
    let mut entries = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(entry @ Value::Object(_)) = serde_json::from_str::<Value>(line) else {
            skipped += 1;
            continue;
        };
        let time = entry
            .get("time")
            .and_then(Value::as_str)
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.timestamp());
        if let Some(cutoff) = cutoff
            && time.is_none_or(|t| t < cutoff)
        {
            continue;
        }
        if let Some(op) = operation
            && entry.get("operation").and_then(Value::as_str) != Some(op)
        {
            continue;
        }
        entries.push(entry);
    }
    Ok((entries, skipped))
}
