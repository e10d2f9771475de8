//! The run context every command gets: resolved settings, the printer, and the API client (created
//! on first use, so commands that need no network never build one).

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::api::{Client, ClientConfig, RetryPolicy, StaticToken, TokenProvider};
use crate::audit::Audit;
use crate::auth::{Chain, Settings as AuthSettings};
use crate::cli::GlobalArgs;
use crate::config::{self, ConfigFile};
use crate::error::{Error, Result};
use crate::sandbox::Sandbox;
use crate::ui::{OutputFormat, Ui};

pub struct Ctx {
    pub global: GlobalArgs,
    pub ui: Arc<Ui>,
    pub config: ConfigFile,
    pub profile: String,
    sandbox: OnceLock<Sandbox>,
    client: OnceLock<Client>,
    /// Part of a fleet run (`--profiles`): its warnings name the profile.
    in_fleet: bool,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Result<Ctx> {
        let ui = Ui::new(&global.ui_settings())?;
        Ctx::with_ui(global, ui)
    }

    /// A context that never writes to the terminal or prompts: shell completion runs inside the
    /// user's command line, where any message would garble it.
    pub fn silent(global: GlobalArgs) -> Result<Ctx> {
        let no_terminals = crate::ui::Terminals {
            stdout: false,
            stderr: false,
            stdin: false,
        };
        let (ui, _) = Ui::buffered(&global.ui_settings(), no_terminals, "")?;
        Ctx::with_ui(global, ui)
    }

    fn with_ui(global: GlobalArgs, ui: Ui) -> Result<Ctx> {
        let ui = Arc::new(ui);
        let config = ConfigFile::load()?;
        let profile = config.profile_name(global.profile.as_deref());
        Ok(Ctx {
            global,
            ui,
            config,
            profile,
            sandbox: OnceLock::new(),
            client: OnceLock::new(),
            in_fleet: false,
        })
    }

    /// The same run for another profile: its own settings, credentials and client (created on
    /// first use), sharing the terminal. Used by `--profiles`/`--all-profiles` (the fleet run).
    pub fn for_profile(&self, profile: &str) -> Ctx {
        let mut global = self.global.clone();
        global.profile = Some(profile.to_string());
        Ctx {
            global,
            ui: Arc::clone(&self.ui),
            config: self.config.clone(),
            profile: profile.to_string(),
            sandbox: OnceLock::new(),
            client: OnceLock::new(),
            in_fleet: true,
        }
    }

    /// A warning on stderr; in a fleet run it starts with the profile it concerns.
    pub fn warn(&self, message: &str) {
        if self.in_fleet {
            self.ui
                .warn(&format!("profile {}: {message}", self.profile));
        } else {
            self.ui.warn(message);
        }
    }

    /// The settings given for the whole run that would override every profile's own API and
    /// credentials (so a fleet run refuses them): flags and variables, by name.
    pub fn run_wide_api_overrides(&self) -> Vec<&'static str> {
        let token_set = std::env::var("BYODS_TOKEN").is_ok_and(|t| !t.trim().is_empty());
        [
            (self.global.sandbox, "--sandbox"),
            (self.global.base_url.is_some(), "--base-url/BYODS_BASE_URL"),
            (self.global.token_file.is_some(), "--token-file"),
            (token_set, "BYODS_TOKEN"),
        ]
        .into_iter()
        .filter_map(|(set, name)| set.then_some(name))
        .collect()
    }

    /// Whether structured output was asked for (`--json`, `-o json|ndjson`, `BYODS_OUTPUT`, `--jq`):
    /// commands whose natural output is plain text (a plugin line, export lines, one value) then
    /// print JSON instead.
    pub fn structured_output_requested(&self) -> bool {
        self.global.jq.is_some()
            || self.global.json
            || matches!(
                self.global.output,
                Some(OutputFormat::Json | OutputFormat::Ndjson)
            )
    }

    /// A setting from the active profile.
    pub fn setting(&self, key: &str) -> Option<&serde_json::Value> {
        self.config.get(&self.profile, key)
    }

    pub fn timeout(&self) -> Result<Duration> {
        let secs = match self.global.timeout {
            Some(s) => s,
            None => match self.setting("timeout") {
                Some(v) => v.as_u64().ok_or_else(|| {
                    Error::Config(format!(
                        "profile '{}': timeout must be a whole number of seconds",
                        self.profile
                    ))
                })?,
                None => config::DEFAULT_TIMEOUT_SECS,
            },
        };
        if !(1..=config::MAX_TIMEOUT_SECS).contains(&secs) {
            return Err(Error::usage(format!(
                "--timeout must be from 1 to {} seconds (got {secs})",
                config::MAX_TIMEOUT_SECS
            )));
        }
        Ok(Duration::from_secs(secs))
    }

    /// The in-process sandbox of `--sandbox`, started on first use.
    pub fn sandbox(&self) -> Result<Option<&Sandbox>> {
        if !self.global.sandbox {
            return Ok(None);
        }
        if let Some(s) = self.sandbox.get() {
            return Ok(Some(s));
        }
        let started = Sandbox::start(crate::sandbox::Options {
            addr: "127.0.0.1:0".into(),
            state: Some(crate::paths::state_dir()?.join("sandbox.json")),
            reset: false,
            workers: 2,
            faults: crate::sandbox::Faults::default(),
        })?;
        Ok(Some(self.sandbox.get_or_init(|| started)))
    }

    pub fn base_url(&self) -> Result<String> {
        if let Some(sandbox) = self.sandbox()? {
            return Ok(sandbox.base_url());
        }
        Ok(self
            .global
            .base_url
            .clone()
            .or_else(|| {
                self.config
                    .get_str(&self.profile, "baseUrl")
                    .map(str::to_string)
            })
            .unwrap_or_else(|| config::DEFAULT_BASE_URL.to_string()))
    }

    pub fn client(&self) -> Result<&Client> {
        if let Some(c) = self.client.get() {
            return Ok(c);
        }
        let client = Client::new(self.client_config()?, self.token_provider()?)?;
        Ok(self.client.get_or_init(|| client))
    }

    /// The profile's credential settings, resolved once from flags, environment and config file.
    pub fn auth_settings(&self) -> Result<AuthSettings> {
        // BYODS_<SETTING> wins over the profile: a function or container needs no config file.
        let text = |k: &str| {
            config::env_setting(k).or_else(|| {
                self.config
                    .get_str(&self.profile, k)
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
            })
        };
        let redirect_env = config::env_setting("redirectPort").map(serde_json::Value::from);
        let redirect_port = match redirect_env.as_ref().or(self.setting("redirectPort")) {
            None => crate::auth::DEFAULT_REDIRECT_PORT,
            Some(v) => v
                .as_u64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
                .and_then(|p| u16::try_from(p).ok())
                .ok_or_else(|| {
                    Error::Config(format!(
                        "profile '{}': redirectPort must be a port number",
                        self.profile
                    ))
                })?,
        };
        Ok(AuthSettings {
            profile: self.profile.clone(),
            client_id: text("clientId"),
            app_id: text("appId"),
            target_org_id: text("targetOrgId"),
            oauth_client_id: text("oauthClientId"),
            redirect_port,
            store_uri: self
                .global
                .store
                .clone()
                .or_else(|| text("store"))
                .unwrap_or_else(|| "file:".into()),
            bound_base_url: self
                .config
                .get_str(&self.profile, "baseUrl")
                .unwrap_or(config::DEFAULT_BASE_URL)
                .to_string(),
        })
    }

    /// The audit log of this run's changes: off with `--no-log` or `"auditLog": false`.
    pub fn audit(&self, no_log: bool) -> Result<Audit> {
        // BYODS_AUDIT_LOG wins over the profile (a Lambda function has no config file).
        let from_env = crate::config::env_setting("auditLog").map(|v| {
            crate::envflag::parse_bool(&v)
                .map_or(serde_json::Value::String(v), serde_json::Value::Bool)
        });
        let configured = match from_env.as_ref().or(self.setting("auditLog")) {
            None => true,
            Some(serde_json::Value::Bool(b)) => *b,
            Some(_) => {
                return Err(Error::Config(format!(
                    "profile '{}': auditLog (or BYODS_AUDIT_LOG) must be true or false",
                    self.profile
                )));
            }
        };
        let ui = Arc::clone(&self.ui);
        Ok(Audit::new(
            &self.profile,
            configured && !no_log,
            Box::new(move |message: &str| ui.warn(message)),
        )?
        .at(&self.base_url()?, self.global.sandbox))
    }

    /// A client for the token endpoints: same base URL, timeout and trace as the API client, but
    /// it never sends the chain's token (each endpoint takes its own credentials).
    pub fn token_endpoint_client(&self) -> Result<Client> {
        Client::new(self.client_config()?, Box::new(StaticToken(String::new())))
    }

    fn client_config(&self) -> Result<ClientConfig> {
        Ok(ClientConfig {
            base_url: self.base_url()?,
            timeout: self.timeout()?,
            trace: self.global.verbose.then(|| {
                let ui = Arc::clone(&self.ui);
                Arc::new(move |line: &str| ui.trace(line)) as crate::api::Trace
            }),
            notice: Some({
                let ui = Arc::clone(&self.ui);
                Arc::new(move |line: &str| ui.warn(line)) as crate::api::Trace
            }),
            retry: RetryPolicy::default(),
        })
    }

    /// The Service App credential chain, bound to this run's API.
    pub fn credential_chain(&self) -> Result<Chain> {
        Chain::new(
            self.auth_settings()?,
            self.token_endpoint_client()?,
            &self.base_url()?,
        )
    }

    /// Step 1 of the credential chain: `--token-file`, else `BYODS_TOKEN`, used as is.
    pub fn token_override(&self) -> Result<Option<String>> {
        // BYODS_TOKEN and --token-file are for a real API: the emulator has its own token.
        if self.global.sandbox {
            return Ok(None);
        }
        if let Some(path) = &self.global.token_file {
            return Ok(Some(read_token_file(path)?));
        }
        Ok(std::env::var("BYODS_TOKEN")
            .ok()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()))
    }

    /// `--sandbox`: the emulator's admin token, so `byods --sandbox CMD` works with no setup and a
    /// profile's real credentials never go to the emulator.
    pub fn sandbox_token(&self) -> Result<Option<String>> {
        Ok(self.sandbox()?.map(Sandbox::admin_token))
    }

    fn token_provider(&self) -> Result<Box<dyn TokenProvider>> {
        if let Some(token) = self.token_override()? {
            return Ok(Box::new(StaticToken(token)));
        }
        if let Some(token) = self.sandbox_token()? {
            return Ok(Box::new(StaticToken(token)));
        }
        Ok(Box::new(self.credential_chain()?))
    }
}

fn read_token_file(path: &std::path::Path) -> Result<String> {
    let text = crate::limits::read_path_limited(path, crate::limits::MAX_SECRET_BYTES, "")?;
    let token = text.trim();
    if token.is_empty() {
        return Err(Error::usage(format!(
            "token file {} is empty",
            path.display()
        )));
    }
    Ok(token.strip_prefix("Bearer ").unwrap_or(token).to_string())
}
