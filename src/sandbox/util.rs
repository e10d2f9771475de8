//! The few helpers the emulator needs from outside HTTP: time, percent-decoding, query redaction,
//! private files and a sidecar lock. Kept here rather than borrowed from the client's modules so the
//! emulator depends on nothing of the client (it could become its own crate as is).

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::error::{Error, Result};

pub fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

/// RFC 3339 UTC with seconds (`2026-11-29T15:16:23Z`); the bare number when out of range.
pub fn rfc3339(unix: i64) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp(unix, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_else(|| unix.to_string())
}

/// `%XX` and `+` decoding of query strings and form bodies; a broken escape stays as it is.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                Some(b) => {
                    out.push(b);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Query parameters whose values the request log never shows: any name ending in "token" or
/// holding "secret", and the OAuth codes.
fn is_secret_param(name: &str) -> bool {
    let folded: String = name
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    folded.ends_with("token")
        || folded.contains("secret")
        || [
            "password",
            "code",
            "codeverifier",
            "devicecode",
            "authorization",
        ]
        .contains(&folded.as_str())
}

/// `a=1&client_secret=x` → `a=1&client_secret=[REDACTED]`.
pub fn redact_query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if is_secret_param(&percent_decode(k)) => format!("{k}=[REDACTED]"),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Creates `dir` (and parents) 0700 where missing.
pub fn ensure_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::Setup(format!("cannot create {}: {e}", dir.display())))
}

/// Replaces `path` atomically (temp file in the same directory, fsync, rename) with mode 0600.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    ensure_private_dir(dir)?;
    let fail = |e: std::io::Error| Error::Internal(format!("cannot write {}: {e}", path.display()));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// `<path>` + `suffix`, e.g. `sandbox.json.lock`.
pub fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// An exclusive advisory lock on `<path>.lock`, held until dropped (the same sidecar the client's
/// own stores use, so a sandbox never shares a state file unlocked).
pub struct FileLock {
    file: File,
}

impl FileLock {
    /// Waits until the lock is free.
    pub fn acquire(path: &Path) -> Result<FileLock> {
        let lock_path = sidecar(path, ".lock");
        if let Some(dir) = lock_path.parent() {
            ensure_private_dir(dir)?;
        }
        if lock_path
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            return Err(Error::Setup(format!(
                "refusing to use {}: it is a symbolic link",
                lock_path.display()
            )));
        }
        let fail = |e: std::io::Error| {
            Error::Internal(format!("cannot lock {}: {e}", lock_path.display()))
        };
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(fail)?;
        let _ = file.set_permissions(std::fs::Permissions::from_mode(0o600));
        file.lock().map_err(fail)?;
        Ok(FileLock { file })
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_redacts() {
        assert_eq!(percent_decode("a%20b+c%2"), "a b c%2");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(
            redact_query("a=1&client_secret=x&refresh_token=y&code=z&tokenLifetimeMinutes=5"),
            "a=1&client_secret=[REDACTED]&refresh_token=[REDACTED]&code=[REDACTED]&tokenLifetimeMinutes=5"
        );
    }

    #[test]
    fn formats_times() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(i64::MAX), i64::MAX.to_string());
    }
}
