//! The audit log: one JSON line per change sent to Webex, appended to `audit.log` in the state dir
//! (0600, appends serialised by a sidecar lock). Request bodies are redacted: no jwsToken, no secret.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::api::Response;
use crate::error::{Error, Result};
use crate::fsutil::FileLock;
use crate::ui::timefmt;
use crate::{paths, redact};

pub fn path() -> Result<PathBuf> {
    Ok(paths::state_dir()?.join("audit.log"))
}

/// Where a command records its changes. Shared by bulk workers (it is Send + Sync).
pub struct Audit {
    /// None when logging is off.
    path: Option<PathBuf>,
    profile: String,
    /// The API the changes went to, and whether it was the `--sandbox` emulator: a sandbox
    /// change is not a change of the profile's real data sources.
    base_url: Option<String>,
    sandbox: bool,
    /// Shows a warning (the log could not be written).
    warn: Box<dyn Fn(&str) + Send + Sync>,
}

impl Audit {
    /// `enabled` is false with `--no-log` or the profile setting `"auditLog": false`.
    pub fn new(
        profile: &str,
        enabled: bool,
        warn: Box<dyn Fn(&str) + Send + Sync>,
    ) -> Result<Audit> {
        Ok(Audit {
            path: enabled.then(path).transpose()?,
            profile: profile.to_string(),
            base_url: None,
            sandbox: false,
            warn,
        })
    }

    /// Records the API the changes go to with each entry.
    pub fn at(mut self, base_url: &str, sandbox: bool) -> Audit {
        self.base_url = Some(redact::url(base_url));
        self.sandbox = sandbox;
        self
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
        self.record_details(
            operation,
            id,
            request,
            outcome,
            post_check_error,
            Value::Null,
        );
    }

    /// `record`, with the fields of `details` (an object) added to the entry (an extend's new
    /// expiry).
    pub fn record_details(
        &self,
        operation: &str,
        id: Option<&str>,
        request: Option<&Value>,
        outcome: std::result::Result<&Response, &Error>,
        post_check_error: Option<&str>,
        details: Value,
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
            "baseUrl": self.base_url,
            "operation": operation,
            "id": id,
            "request": request.map(redact::json),
            "status": status,
            "trackingId": tracking_id,
            "result": result,
        });
        if self.sandbox {
            entry["sandbox"] = json!(true);
        }
        if let Value::Object(details) = details {
            for (k, v) in details {
                entry[k.as_str()] = v;
            }
        }
        if let Some(error) = error {
            entry["error"] = json!(error);
        }
        if let Err(e) = append(path, &entry) {
            (self.warn)(&format!("could not write the audit log: {e}"));
        }
    }
}

/// Whether an entry belongs to `profile` against the real API (`sandbox` false) or the emulator.
/// Entries written before the log kept `sandbox` count as real.
pub fn belongs_to(entry: &Value, profile: &str, sandbox: bool) -> bool {
    entry.get("profile").and_then(Value::as_str) == Some(profile)
        && entry
            .get("sandbox")
            .and_then(Value::as_bool)
            .unwrap_or(false)
            == sandbox
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_named_fields_of_a_request_never_reach_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("audit.log");
        let audit = Audit {
            path: Some(log.clone()),
            profile: "default".into(),
            base_url: None,
            sandbox: false,
            warn: Box::new(|_| {}),
        };
        let body = json!({
            "url": "https://kept.example/x",
            "clientSecret": "s3cret-client-value",
            "nested": {"jwsToken": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"},
            "list": [{"refresh_token": "refresh-token-value"}],
            "password": "hunter2-value",
        });
        let refused = Error::usage("refused");
        audit.record("register", Some("id-1"), Some(&body), Err(&refused), None);
        let text = std::fs::read_to_string(&log).unwrap();
        for secret in [
            "s3cret-client-value",
            "eyJhbGciOiJSUzI1NiJ9",
            "refresh-token-value",
            "hunter2-value",
        ] {
            assert!(!text.contains(secret), "{secret} in the audit log: {text}");
        }
        let entry: Value = serde_json::from_str(text.trim()).unwrap();
        let request = &entry["request"];
        assert_eq!(request["url"], "https://kept.example/x");
        assert_eq!(request["clientSecret"], redact::REDACTED);
        assert_eq!(request["nested"]["jwsToken"], redact::REDACTED);
        assert_eq!(request["list"][0]["refresh_token"], redact::REDACTED);
        assert_eq!(request["password"], redact::REDACTED);
    }
}
