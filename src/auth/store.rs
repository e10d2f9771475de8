//! Credential stores: where a profile's secrets live. Chosen by URI (`--store`, `BYODS_STORE`, the
//! profile's `store` setting, else `file:`): `file:` (default), `env:` (read-only), `exec:COMMAND`
//! or `aws-sm:SECRET` (AWS Secrets Manager).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil::FileLock;

pub use super::env_store::EnvStore;
pub use super::exec_store::ExecStore;
pub use super::file_store::FileStore;

/// Every secret of one profile. Field names are the store's JSON keys (also the `exec:` protocol).
/// Expiries are Unix seconds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Secrets {
    /// The service app's client secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The service app access token (the bearer of every data source request).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token_expires_at: Option<i64>,
    /// The service app refresh token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token_expires_at: Option<i64>,
    /// Token manager: a developer personal access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal_access_token: Option<String>,
    /// Token manager: the integration's client secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_client_secret: Option<String>,
    /// Token manager: the integration's access token (from `auth login`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_access_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_access_token_expires_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_refresh_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_refresh_token_expires_at: Option<i64>,
}

impl Secrets {
    /// The secret setting names `config set NAME -` and `config import` write.
    pub const SETTABLE: &'static [&'static str] = &[
        "clientSecret",
        "personalAccessToken",
        "oauthClientSecret",
        "oauthRefreshToken",
    ];

    pub fn get(&self, name: &str) -> Option<&str> {
        match name {
            "clientSecret" => self.client_secret.as_deref(),
            "personalAccessToken" => self.personal_access_token.as_deref(),
            "oauthClientSecret" => self.oauth_client_secret.as_deref(),
            "oauthRefreshToken" => self.oauth_refresh_token.as_deref(),
            _ => None,
        }
    }

    pub fn set(&mut self, name: &str, value: Option<String>) {
        match name {
            "clientSecret" => self.client_secret = value,
            "personalAccessToken" => self.personal_access_token = value,
            "oauthClientSecret" => self.oauth_client_secret = value,
            "oauthRefreshToken" => {
                self.oauth_refresh_token = value;
                self.oauth_refresh_token_expires_at = None;
            }
            _ => {}
        }
    }

    /// Forgets the service app tokens (they belong to the old app or org after a settings change).
    pub fn clear_service_tokens(&mut self) {
        self.access_token = None;
        self.access_token_expires_at = None;
        self.refresh_token = None;
        self.refresh_token_expires_at = None;
    }

    /// Forgets the token-manager credential (before storing another one).
    pub fn clear_token_manager(&mut self) {
        self.personal_access_token = None;
        self.oauth_access_token = None;
        self.oauth_access_token_expires_at = None;
        self.oauth_refresh_token = None;
        self.oauth_refresh_token_expires_at = None;
    }

    pub fn is_empty(&self) -> bool {
        self == &Secrets::default()
    }
}

/// A place to keep one profile's secrets.
pub trait Store: Send + Sync {
    /// The URI, for messages (never contains a secret).
    fn uri(&self) -> String;
    fn load(&self) -> Result<Secrets>;
    /// Fails on a read-only store.
    fn save(&self, secrets: &Secrets) -> Result<()>;
    fn writable(&self) -> bool {
        true
    }
    /// An exclusive lock across processes, held while deciding whether to refresh and saving.
    fn lock(&self) -> Result<FileLock>;
    /// Non-secret settings the store holds too (`aws-sm:` keeps clientId, targetOrgId... in the
    /// secret), as of the last `load`. They fill what the config file and environment leave unset.
    fn settings(&self) -> serde_json::Map<String, serde_json::Value> {
        serde_json::Map::new()
    }
}

/// Opens the store named by `uri` for `profile`.
pub fn open(uri: &str, profile: &str) -> Result<Box<dyn Store>> {
    let uri = uri.trim();
    if uri == "file:" || uri == "file" || uri.is_empty() {
        return Ok(Box::new(FileStore::new(
            FileStore::default_path()?,
            profile,
        )));
    }
    if let Some(path) = uri.strip_prefix("file:") {
        return Ok(Box::new(FileStore::new(path.into(), profile)));
    }
    if uri == "env" {
        return Ok(Box::new(EnvStore::new("BYODS_")));
    }
    if let Some(prefix) = uri.strip_prefix("env:") {
        let prefix = if prefix.is_empty() { "BYODS_" } else { prefix };
        return Ok(Box::new(EnvStore::new(prefix)));
    }
    if let Some(command) = uri.strip_prefix("exec:") {
        if command.trim().is_empty() {
            return Err(Error::Config(
                "store 'exec:' needs a command, e.g. exec:/usr/local/bin/byods-vault".into(),
            ));
        }
        return Ok(Box::new(ExecStore::new(command, profile)));
    }
    if let Some(secret) = uri.strip_prefix("aws-sm:") {
        return Ok(Box::new(super::aws_sm::AwsSmStore::from_env(secret)?));
    }
    Err(Error::Config(format!(
        "unknown credential store '{uri}': use file:[PATH], env:[PREFIX], exec:COMMAND or \
         aws-sm:SECRET_NAME_OR_ARN"
    )))
}
