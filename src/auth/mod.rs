//! The Service App token chain (`TokenProvider` for every API call) and the settings and store it
//! reads. Steps, first that yields a token wins:
//! 1. `BYODS_TOKEN` / `--token-file` as is (handled by `app.rs`, which then skips the chain);
//! 2. the stored service app access token, unless it expires within `SAFETY_MARGIN_SECS`;
//! 3. the stored service app refresh token → `POST /access_token`;
//! 4. the token-manager credential (integration access token, else personal access token) →
//!    `POST /applications/{appId}/token`;
//! 5. on 401 there with an integration refresh token: refresh it, store it, retry step 4 once;
//! 6. otherwise exit 4 saying what to do.

pub mod aws_sm;
mod env_store;
mod exec_store;
mod file_store;
pub mod oauth;

pub mod store;

use std::sync::Mutex;

use crate::api::{Client, TokenProvider};
use crate::error::{Error, Result};
use crate::ui::timefmt::now_unix;

pub use exec_store::EXEC_PROTOCOL;
pub use store::{Secrets, Store};

/// A stored access token is replaced when it expires within this many seconds.
pub const SAFETY_MARGIN_SECS: i64 = 300;
/// The original tool documents `http://localhost:3000/callback` as the integration's redirect URI.
pub const DEFAULT_REDIRECT_PORT: u16 = 3000;

/// Non-secret settings of a profile (config file keys in camelCase).
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub profile: String,
    pub client_id: Option<String>,
    pub app_id: Option<String>,
    pub target_org_id: Option<String>,
    pub oauth_client_id: Option<String>,
    pub redirect_port: u16,
    pub store_uri: String,
    /// The API the profile's credentials belong to: its `baseUrl`, else Webex.
    pub bound_base_url: String,
}

/// Non-secret keys `config set` accepts, with what they mean (for `config list` and errors).
pub const SETTING_KEYS: &[(&str, &str)] = &[
    ("baseUrl", "Webex API base URL"),
    ("timeout", "HTTP timeout in seconds"),
    ("clientId", "service app client id"),
    (
        "appId",
        "service app application id (derived from clientId when unset)",
    ),
    ("targetOrgId", "org the service app is authorized in"),
    (
        "oauthClientId",
        "token-manager integration client id (auth login)",
    ),
    ("redirectPort", "auth login loopback port (default 3000)"),
    (
        "auditLog",
        "false turns the audit log of changes off (default true)",
    ),
    (
        "store",
        "credential store URI: file:[PATH], env:[PREFIX], exec:COMMAND, aws-sm:SECRET",
    ),
];

impl Settings {
    /// The configured appId, else the one derived from clientId.
    pub fn app_id(&self) -> Option<String> {
        self.app_id
            .clone()
            .or_else(|| self.client_id.as_deref().map(oauth::app_id_from_client_id))
    }

    pub fn open_store(&self) -> Result<Box<dyn Store>> {
        store::open(&self.store_uri, &self.profile)
    }

    /// Fills settings still unset from those the store holds (read by its last `load`).
    pub fn fill_from_store(&mut self, store: &dyn Store) -> Result<()> {
        let unset = self.client_id.is_none()
            || self.target_org_id.is_none()
            || self.oauth_client_id.is_none();
        // Only `aws-sm:` holds settings; other stores are not asked (an exec: helper runs per load).
        if unset && store.uri().starts_with("aws-sm:") && store.settings().is_empty() {
            store.load()?;
        }
        let held = store.settings();
        let get = |k: &str| {
            held.get(k)
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        };
        self.client_id = self.client_id.take().or_else(|| get("clientId"));
        self.app_id = self.app_id.take().or_else(|| get("appId"));
        self.target_org_id = self.target_org_id.take().or_else(|| get("targetOrgId"));
        self.oauth_client_id = self.oauth_client_id.take().or_else(|| get("oauthClientId"));
        Ok(())
    }
}

/// A token is usable when it exists and does not expire within the safety margin (unknown expiry
/// counts as usable: the API's 401 will say otherwise).
pub fn fresh(token: &Option<String>, expires_at: Option<i64>) -> Option<String> {
    let token = token.as_ref()?;
    match expires_at {
        Some(at) if at.saturating_sub(now_unix()) <= SAFETY_MARGIN_SECS => None,
        _ => Some(token.clone()),
    }
}

/// The credential chain. One per run; the Mutex keeps concurrent requests to one refresh.
pub struct Chain {
    pub settings: Settings,
    pub store: Box<dyn Store>,
    http: Client,
    current: Mutex<Option<String>>,
    /// Set once the chain was re-run after a 401 and the API rejected its token too: every later
    /// request of this run fails at once with this message instead of asking for yet another token.
    given_up: Mutex<Option<String>>,
    /// The chain is re-run after a 401 at most once per run (README: "once per command").
    rerun_after_401: std::sync::atomic::AtomicBool,
}

impl Chain {
    /// `http` is a client for the token endpoints (it sends no token of its own); `api_base_url`
    /// is the API this run talks to, checked against the one the credentials belong to.
    pub fn new(mut settings: Settings, http: Client, api_base_url: &str) -> Result<Chain> {
        let store = settings.open_store()?;
        check_api_binding(api_base_url, &settings, store.as_ref())?;
        settings.fill_from_store(store.as_ref())?;
        Ok(Chain {
            settings,
            store,
            http,
            current: Mutex::new(None),
            given_up: Mutex::new(None),
            rerun_after_401: std::sync::atomic::AtomicBool::new(false),
        })
    }

    fn lock_current(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.current.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A service app access token, minting one when needed. `force` skips the stored token;
    /// `rejected` is a token the API just refused (skipped even if another process stored it).
    pub fn obtain(&self, force: bool, rejected: Option<&str>) -> Result<String> {
        let usable = |s: &Secrets| {
            fresh(&s.access_token, s.access_token_expires_at)
                .filter(|t| !force && Some(t.as_str()) != rejected)
        };
        if let Some(token) = usable(&self.store.load()?) {
            return Ok(token);
        }
        let _lock = self.store.lock()?;
        // Another process may have refreshed while we waited for the lock.
        let mut secrets = self.store.load()?;
        if let Some(token) = usable(&secrets) {
            return Ok(token);
        }
        let token = self.mint(&mut secrets)?;
        if self.store.writable() {
            self.store.save(&secrets)?;
        }
        Ok(token)
    }

    /// Steps 3-6. Updates `secrets` with whatever was obtained.
    fn mint(&self, secrets: &mut Secrets) -> Result<String> {
        if self.settings.client_id.is_none() && secrets.is_empty() {
            return Err(Error::Auth(format!(
                "no credentials for profile '{}'\n\
                 hint: set BYODS_TOKEN to a Service App access token \
                 (or pass --token-file FILE), or configure the service app with \
                 `byods config import token-config.json` and log the token manager in with \
                 `byods auth login`",
                self.settings.profile
            )));
        }
        let client_id = self.required(self.settings.client_id.as_deref(), "clientId")?;
        let mut refresh_problem = None;
        if let (Some(refresh_token), Some(client_secret)) = (
            fresh(&secrets.refresh_token, secrets.refresh_token_expires_at),
            secrets.client_secret.clone(),
        ) {
            match oauth::refresh(&self.http, &client_id, &client_secret, &refresh_token) {
                Ok(tokens) => {
                    apply_service_tokens(secrets, tokens.clone());
                    return Ok(tokens.access_token);
                }
                Err(e) if oauth::needs_reauthorization(&e) => {
                    // Dead refresh token: forget it and fall through to the token manager.
                    refresh_problem = Some(e.to_string());
                    secrets.clear_service_tokens();
                }
                Err(e) => return Err(e),
            }
        }
        let client_secret = self.required(secrets.client_secret.as_deref(), "clientSecret")?;
        let target_org_id = self.required(self.settings.target_org_id.as_deref(), "targetOrgId")?;
        let app_id = self.settings.app_id().unwrap_or_default();
        let bearer = secrets
            .oauth_access_token
            .clone()
            .or_else(|| secrets.personal_access_token.clone());
        let Some(mut bearer) = bearer else {
            let why = refresh_problem
                .map(|p| format!("the service app refresh token is no longer valid ({p}), and "))
                .unwrap_or_default();
            return Err(Error::Auth(format!(
                "no usable credential for profile '{}': {why}no token-manager credential is stored.\n\
                 hint: run `byods auth login` (integration, OAuth) or `byods auth login --with-token` \
                 (personal access token from stdin), or `byods config import token-config.json`",
                self.settings.profile
            )));
        };
        let mut renewed_integration = false;
        loop {
            let result = oauth::service_app_token(
                &self.http,
                &app_id,
                &bearer,
                &client_id,
                &client_secret,
                &target_org_id,
            );
            match result {
                Ok(tokens) => {
                    apply_service_tokens(secrets, tokens.clone());
                    return Ok(tokens.access_token);
                }
                Err(Error::Api(e)) if e.status == 401 && !renewed_integration => {
                    match self.renew_integration(secrets)? {
                        Some(token) => {
                            bearer = token;
                            renewed_integration = true;
                        }
                        None => return Err(explain_app_token_error(Error::Api(e), &app_id)),
                    }
                }
                Err(e) => return Err(explain_app_token_error(e, &app_id)),
            }
        }
    }

    /// Step 5: refresh the integration's access token. `None` when there is nothing to refresh with.
    fn renew_integration(&self, secrets: &mut Secrets) -> Result<Option<String>> {
        let (Some(refresh_token), Some(client_id), Some(client_secret)) = (
            secrets.oauth_refresh_token.clone(),
            self.settings.oauth_client_id.clone(),
            secrets.oauth_client_secret.clone(),
        ) else {
            return Ok(None);
        };
        match oauth::refresh(&self.http, &client_id, &client_secret, &refresh_token) {
            Ok(tokens) => {
                secrets.oauth_access_token = Some(tokens.access_token.clone());
                secrets.oauth_access_token_expires_at = tokens.expires_at;
                // Rotation is undocumented: keep the old refresh token when none comes back.
                if let Some(rotated) = tokens.refresh_token {
                    secrets.oauth_refresh_token = Some(rotated);
                    secrets.oauth_refresh_token_expires_at = tokens.refresh_expires_at;
                }
                // A personal access token would be stale too; the integration token replaces it.
                secrets.personal_access_token = None;
                if self.store.writable() {
                    self.store.save(secrets)?;
                }
                Ok(Some(tokens.access_token))
            }
            Err(e) if oauth::needs_reauthorization(&e) => Err(Error::Auth(format!(
                "the token-manager integration's refresh token was refused ({e}): re-authorize \
                 with `byods auth login`"
            ))),
            Err(e) => Err(e),
        }
    }

    fn required(&self, value: Option<&str>, key: &str) -> Result<String> {
        match value {
            Some(v) if !v.is_empty() => Ok(v.to_string()),
            _ => {
                let how = if Secrets::SETTABLE.contains(&key) {
                    format!("`byods config set {key} -` (reads it from stdin)")
                } else {
                    format!("`byods config set {key} VALUE`")
                };
                Err(Error::Config(format!(
                    "profile '{}' has no {key}\n\
                     hint: set it with {how}, or import the original tool's file with \
                     `byods config import token-config.json`",
                    self.settings.profile
                )))
            }
        }
    }
}

fn apply_service_tokens(secrets: &mut Secrets, tokens: oauth::Tokens) {
    secrets.access_token = Some(tokens.access_token);
    secrets.access_token_expires_at = tokens.expires_at;
    // Rotation is undocumented: keep the old refresh token when none comes back.
    if let Some(refresh) = tokens.refresh_token {
        secrets.refresh_token = Some(refresh);
        secrets.refresh_token_expires_at = tokens.refresh_expires_at;
    }
}

/// Turns a failed `POST /applications/{appId}/token` into what to do about it.
fn explain_app_token_error(e: Error, app_id: &str) -> Error {
    let Error::Api(api) = &e else { return e };
    let advice = match api.status {
        401 => "the token-manager credential expired or was revoked (HTTP 401). Renew it: \
                `byods auth login`, or a fresh personal access token with \
                `byods auth login --with-token`"
            .to_string(),
        403 => "the service app is not authorized in the target org (HTTP 403): a full \
                administrator must authorize it in Control Hub, or targetOrgId is wrong"
            .to_string(),
        404 => format!(
            "no application with appId {app_id} (HTTP 404): check appId, or clientId it is \
             derived from (`byods config get appId`)"
        ),
        400 => "the service app credentials were refused (HTTP 400): check clientId, \
                clientSecret (`byods config set clientSecret -`) and targetOrgId"
            .to_string(),
        _ => return e,
    };
    Error::Auth(format!("cannot get a service app token: {advice}. ({api})"))
}

/// A profile's credentials belong to the API of its `baseUrl` (default: Webex). A base URL given
/// for one run (`--base-url`, `BYODS_BASE_URL`, `--sandbox`) must not receive them: refused before
/// anything is sent, unless the profile holds no credential at all.
pub fn check_api_binding(effective: &str, settings: &Settings, store: &dyn Store) -> Result<()> {
    let bound = settings.bound_base_url.as_str();
    let same = |a: &str, b: &str| a.trim_end_matches('/') == b.trim_end_matches('/');
    if same(effective, bound) {
        return Ok(());
    }
    // A function or container configured entirely by its environment: the base URL and the store
    // were given together, so the store's credentials are meant for that API.
    let env_is = |name: &str, value: &str| {
        std::env::var(name).is_ok_and(|v| !v.trim().is_empty() && same(v.trim(), value))
    };
    let store_from_env = settings.store_uri.trim().starts_with("env")
        || env_is("BYODS_STORE", &settings.store_uri)
        || settings
            .store_uri
            .strip_prefix("aws-sm:")
            .is_some_and(|secret| env_is("SECRET_NAME", secret));
    if env_is("BYODS_BASE_URL", effective) && store_from_env {
        return Ok(());
    }
    let has_credentials = settings.client_id.is_some()
        || settings.oauth_client_id.is_some()
        || !store.load()?.is_empty();
    if !has_credentials {
        return Ok(());
    }
    // A URL refused anyway gets its own message; the rest never show user info or secrets.
    crate::api::check_base_url(effective)?;
    let (bound, effective) = (crate::redact::url(bound), crate::redact::url(effective));
    Err(Error::Config(format!(
        "profile '{}' holds credentials for {bound}, and this run's API is {effective}: byods does \
         not send them to another API. Use a profile for that API (`byods --profile NAME config \
         set baseUrl {effective}`), change this profile's API with `byods config set baseUrl` \
         (which forgets its tokens), or give a token with BYODS_TOKEN",
        settings.profile
    )))
}

impl TokenProvider for Chain {
    fn bearer(&self) -> Result<String> {
        if let Some(message) = self
            .given_up
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
        {
            return Err(Error::Auth(message));
        }
        let mut current = self.lock_current();
        if let Some(token) = current.as_ref() {
            return Ok(token.clone());
        }
        let token = self.obtain(false, None)?;
        *current = Some(token.clone());
        Ok(token)
    }

    fn unauthorized(&self, rejected: &str) -> Result<bool> {
        let mut current = self.lock_current();
        // Another request already replaced the rejected token: just retry with the new one.
        if current.as_deref().is_some_and(|t| t != rejected) {
            return Ok(true);
        }
        use std::sync::atomic::Ordering;
        if self.rerun_after_401.swap(true, Ordering::SeqCst) {
            // The token the re-run produced was rejected too: asking again would only storm the
            // token endpoint.
            *self.given_up.lock().unwrap_or_else(|e| e.into_inner()) = Some(format!(
                "the API rejected the service app token (401) even after it was renewed; \
                 nothing more was sent. Check that the service app is authorized in the org \
                 (profile '{}'), then run `byods token refresh`",
                self.settings.profile
            ));
            return Ok(false);
        }
        let token = self.obtain(false, Some(rejected))?;
        *current = Some(token);
        Ok(true)
    }
}
