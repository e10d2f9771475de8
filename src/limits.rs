//! Input limits: every file, stdin, helper output and response body byods reads is bounded (the
//! README's "Limits" table), so `--from /dev/zero` ends at once with a clear error instead of
//! filling memory. A utility: the terminal layer reads secrets through it too.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Documents and id lists: `--from`, `config import`, ids on stdin (16 MiB).
pub const MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;
/// One secret or token: `--token-file`, secrets on stdin, credential helper output (64 KiB).
pub const MAX_SECRET_BYTES: u64 = 64 * 1024;
/// A key set (`--jwks FILE`, a key server's answer, the cache): 1 MiB.
pub const MAX_KEY_SET_BYTES: u64 = 1024 * 1024;

/// Reads at most `limit` bytes of UTF-8 text from `reader`; `what` names the input in messages.
/// More than `limit` is a usage error (exit 2).
pub fn read_limited(reader: impl Read, limit: u64, what: &str) -> Result<String> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::usage(format!("cannot read {what}: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(Error::usage(format!(
            "{what} is larger than the {} limit",
            size_text(limit)
        )));
    }
    String::from_utf8(bytes).map_err(|_| Error::usage(format!("{what} is not UTF-8 text")))
}

/// `read_limited` on a file, or on stdin for `-`. `what` prefixes the path in messages ("JWKS
/// file"); empty names the path alone.
pub fn read_path_limited(path: &Path, limit: u64, what: &str) -> Result<String> {
    let name = if path.as_os_str() == "-" {
        "stdin".to_string()
    } else if what.is_empty() {
        path.display().to_string()
    } else {
        format!("{what} {}", path.display())
    };
    if path.as_os_str() == "-" {
        return read_limited(std::io::stdin().lock(), limit, &name);
    }
    let file =
        std::fs::File::open(path).map_err(|e| Error::usage(format!("cannot read {name}: {e}")))?;
    read_limited(file, limit, &name)
}

/// "16 MiB", "64 KiB": limits as people say them.
pub fn size_text(bytes: u64) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}
