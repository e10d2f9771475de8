//! The config file: non-secret settings per profile, as JSON in the config dir.
//! Precedence for every setting: flag > environment (`BYODS_*`) > profile > default.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::paths;

pub const DEFAULT_BASE_URL: &str = "https://webexapis.com/v1";
pub const DEFAULT_PROFILE: &str = "default";
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;
/// One day: longer is a mistake, and would overflow deadline arithmetic.
pub const MAX_TIMEOUT_SECS: u64 = 86_400;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Map<String, Value>>,
}

pub fn path() -> Result<PathBuf> {
    Ok(paths::config_dir()?.join("config.json"))
}

impl ConfigFile {
    /// The config file, or an empty one when there is none yet.
    pub fn load() -> Result<ConfigFile> {
        let path = path()?;
        match crate::fsutil::read_capped(&path, crate::limits::MAX_DOCUMENT_BYTES) {
            Ok(text) => serde_json::from_str(&text)
                .map_err(|e| Error::Config(format!("invalid config file {}: {e}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
            Err(e) => Err(Error::Config(format!(
                "cannot read {}: {e}",
                path.display()
            ))),
        }
    }

    /// The config file's lock. A read-modify-write (`config set`) holds it from before `load` until
    /// after `save`, so parallel changes to different profiles are all kept.
    pub fn lock() -> Result<crate::fsutil::FileLock> {
        crate::fsutil::FileLock::acquire(&path()?)
    }

    pub fn save(&self) -> Result<()> {
        let text = serde_json::to_string_pretty(self)? + "\n";
        crate::fsutil::write_private(&path()?, text.as_bytes())
    }

    /// The profile to use: the flag or `BYODS_PROFILE`, else the file's default, else "default".
    pub fn profile_name(&self, requested: Option<&str>) -> String {
        requested
            .map(str::to_string)
            .or_else(|| self.default_profile.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
    }

    pub fn get(&self, profile: &str, key: &str) -> Option<&Value> {
        self.profiles.get(profile).and_then(|p| p.get(key))
    }

    pub fn get_str(&self, profile: &str, key: &str) -> Option<&str> {
        self.get(profile, key).and_then(Value::as_str)
    }
}

impl ConfigFile {
    /// Sets `key` in `profile` (created when missing). Returns the previous value.
    pub fn set(&mut self, profile: &str, key: &str, value: Value) -> Option<Value> {
        self.profiles
            .entry(profile.to_string())
            .or_default()
            .insert(key.to_string(), value)
    }

    /// Removes `key` from `profile`. Returns the removed value.
    pub fn unset(&mut self, profile: &str, key: &str) -> Option<Value> {
        self.profiles.get_mut(profile)?.remove(key)
    }
}

/// A profile setting given in the environment: `clientId` → `BYODS_CLIENT_ID`, so a function or
/// container needs no config file. Empty values count as unset.
pub fn env_setting(key: &str) -> Option<String> {
    let mut name = String::from("BYODS_");
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            name.push('_');
        }
        name.push(c.to_ascii_uppercase());
    }
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}
