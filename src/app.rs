//! The run context every command gets: resolved settings, the printer, and the API client (created
//! on first use, so commands that need no network never build one).

use std::cell::OnceCell;
use std::time::Duration;

use crate::api::{Client, ClientConfig, RetryPolicy, StaticToken, TokenProvider};
use crate::cli::GlobalArgs;
use crate::config::{self, ConfigFile};
use crate::error::{Error, Result};
use crate::output::Output;
use crate::sandbox::Sandbox;

pub struct Ctx {
    pub global: GlobalArgs,
    pub out: Output,
    pub config: ConfigFile,
    pub profile: String,
    sandbox: OnceCell<Sandbox>,
    client: OnceCell<Client>,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Result<Ctx> {
        let out = Output::new(
            // --json is the more specific request: it wins over -o and BYODS_OUTPUT.
            global
                .json
                .then_some(crate::cli::OutputFormat::Json)
                .or(global.output),
            global.jq.as_deref(),
            global.color,
            global.quiet,
        )?;
        let config = ConfigFile::load()?;
        let profile = config.profile_name(global.profile.as_deref());
        Ok(Ctx {
            global,
            out,
            config,
            profile,
            sandbox: OnceCell::new(),
            client: OnceCell::new(),
        })
    }

    /// Whether structured output was asked for (`--json`, `-o json|ndjson`, `BYODS_OUTPUT`, `--jq`):
    /// commands whose natural output is plain text (a plugin line, export lines, one value) then
    /// print JSON instead.
    pub fn structured_output_requested(&self) -> bool {
        self.global.jq.is_some()
            || self.global.json
            || matches!(
                self.global.output,
                Some(crate::cli::OutputFormat::Json | crate::cli::OutputFormat::Ndjson)
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
        let config = ClientConfig {
            base_url: self.base_url()?,
            timeout: self.timeout()?,
            trace: self.global.verbose,
            retry: RetryPolicy::default(),
        };
        let client = Client::new(config, self.token_provider()?)?;
        Ok(self.client.get_or_init(|| client))
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
        Ok(Box::new(crate::auth::Chain::new(self)?))
    }
}

fn read_token_file(path: &std::path::Path) -> Result<String> {
    let text = crate::input::read_path_limited(path, crate::input::MAX_SECRET_BYTES, "")?;
    let token = text.trim();
    if token.is_empty() {
        return Err(Error::usage(format!(
            "token file {} is empty",
            path.display()
        )));
    }
    Ok(token.strip_prefix("Bearer ").unwrap_or(token).to_string())
}
