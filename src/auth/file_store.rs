//! `file:` store: `credentials.json` in the config dir (or the path after `file:`), one section per
//! profile, 0600 in a 0700 dir, replaced atomically, guarded by a sidecar lock.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::store::{Secrets, Store};
use crate::error::{Error, Result};
use crate::fsutil::{FileLock, write_private};

pub struct FileStore {
    path: PathBuf,
    profile: String,
}

#[derive(Default, Serialize, Deserialize)]
struct FileContents {
    #[serde(default)]
    profiles: BTreeMap<String, Secrets>,
}

impl FileStore {
    pub fn new(path: PathBuf, profile: &str) -> FileStore {
        FileStore {
            path,
            profile: profile.to_string(),
        }
    }

    pub fn default_path() -> Result<PathBuf> {
        Ok(crate::paths::config_dir()?.join("credentials.json"))
    }

    fn read_all(&self) -> Result<FileContents> {
        let meta = match std::fs::metadata(&self.path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(FileContents::default());
            }
            Err(e) => {
                return Err(Error::Config(format!(
                    "cannot read {}: {e}",
                    self.path.display()
                )));
            }
        };
        // Secrets readable by anyone else are already leaked; refuse rather than keep using them.
        if meta.permissions().mode() & 0o077 != 0 {
            return Err(Error::Config(format!(
                "refusing to use credential store {path}: it is readable or writable by group or others \
                 (mode {mode:o}); fix with: chmod 600 {path}",
                path = self.path.display(),
                mode = meta.permissions().mode() & 0o777
            )));
        }
        let text = crate::fsutil::read_capped(&self.path, crate::limits::MAX_DOCUMENT_BYTES)
            .map_err(|e| Error::Config(format!("cannot read {}: {e}", self.path.display())))?;
        if text.trim().is_empty() {
            return Ok(FileContents::default());
        }
        // The position only: serde's message may quote a value, and every value here is a secret.
        serde_json::from_str(&text).map_err(|e| {
            Error::Config(format!(
                "invalid credential store {} (line {}, column {}): fix or remove it",
                self.path.display(),
                e.line(),
                e.column()
            ))
        })
    }
}

impl Store for FileStore {
    fn uri(&self) -> String {
        format!("file:{}", self.path.display())
    }

    fn load(&self) -> Result<Secrets> {
        Ok(self
            .read_all()?
            .profiles
            .remove(&self.profile)
            .unwrap_or_default())
    }

    fn save(&self, secrets: &Secrets) -> Result<()> {
        let mut all = self.read_all()?;
        if secrets.is_empty() {
            all.profiles.remove(&self.profile);
        } else {
            all.profiles.insert(self.profile.clone(), secrets.clone());
        }
        let text = serde_json::to_string_pretty(&all)? + "\n";
        write_private(&self.path, text.as_bytes())
    }

    fn lock(&self) -> Result<FileLock> {
        FileLock::acquire(&self.path)
    }
}
