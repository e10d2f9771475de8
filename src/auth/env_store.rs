//! `env:[PREFIX]` store: read-only, from environment variables (CI, containers). Tokens obtained
//! during a run are used for that run only.

use super::store::{Secrets, Store};
use crate::error::{Error, Result};
use crate::fsutil::FileLock;

pub struct EnvStore {
    prefix: String,
}

/// (secret field, variable suffix, other names users already have)
pub const VARIABLES: &[(&str, &str, &[&str])] = &[
    ("clientSecret", "CLIENT_SECRET", &["WEBEX_CLIENT_SECRET"]),
    (
        "personalAccessToken",
        "PERSONAL_ACCESS_TOKEN",
        &["WEBEX_PERSONAL_ACCESS_TOKEN", "WEBEX_ACCESS_TOKEN"],
    ),
    ("oauthClientSecret", "OAUTH_CLIENT_SECRET", &[]),
    ("oauthRefreshToken", "OAUTH_REFRESH_TOKEN", &[]),
    ("refreshToken", "REFRESH_TOKEN", &[]),
];

impl EnvStore {
    pub fn new(prefix: &str) -> EnvStore {
        EnvStore {
            prefix: prefix.to_string(),
        }
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

impl Store for EnvStore {
    fn uri(&self) -> String {
        format!("env:{}", self.prefix)
    }

    fn load(&self) -> Result<Secrets> {
        let mut secrets = Secrets::default();
        for (field, suffix, aliases) in VARIABLES {
            let value = var(&format!("{}{suffix}", self.prefix))
                .or_else(|| aliases.iter().find_map(|a| var(a)));
            match *field {
                "refreshToken" => secrets.refresh_token = value,
                other => secrets.set(other, value),
            }
        }
        Ok(secrets)
    }

    fn save(&self, _: &Secrets) -> Result<()> {
        Err(Error::Config(format!(
            "the credential store {} is read-only: set the environment variables instead, \
             or choose a writable store with --store file: or --store exec:COMMAND",
            self.uri()
        )))
    }

    fn writable(&self) -> bool {
        false
    }

    fn lock(&self) -> Result<FileLock> {
        FileLock::acquire(&crate::paths::state_dir()?.join("env-store"))
    }
}
