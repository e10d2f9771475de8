//! `exec:COMMAND` store: an external helper in the spirit of git credential helpers, so any secret
//! manager plugs in without linking its SDK. Protocol in `EXEC_PROTOCOL` (shown in the man page).

use std::io::Write;
use std::process::{Command, Stdio};

use super::store::{Secrets, Store};
use crate::error::{Error, Result};
use crate::fsutil::FileLock;

pub struct ExecStore {
    command: String,
    profile: String,
}

impl ExecStore {
    pub fn new(command: &str, profile: &str) -> ExecStore {
        ExecStore {
            command: command.trim().to_string(),
            profile: profile.to_string(),
        }
    }

    /// Runs `sh -c 'COMMAND "$1"' byods ACTION` so COMMAND may carry its own arguments.
    fn run(&self, action: &str, input: Option<&[u8]>) -> Result<Vec<u8>> {
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(format!("{} \"$1\"", self.command))
            .arg("byods")
            .arg(action)
            .env("BYODS_STORE_PROFILE", &self.profile)
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| Error::Config(format!("cannot run store helper {}: {e}", self.uri())))?;
        if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
            stdin.write_all(bytes).map_err(|e| {
                Error::Config(format!("cannot write to store helper {}: {e}", self.uri()))
            })?;
        }
        let output = child
            .wait_with_output()
            .map_err(|e| Error::Config(format!("store helper {} failed: {e}", self.uri())))?;
        if !output.status.success() {
            return Err(Error::Config(format!(
                "store helper {} failed on '{action}' ({})",
                self.uri(),
                output.status
            )));
        }
        Ok(output.stdout)
    }
}

impl Store for ExecStore {
    fn uri(&self) -> String {
        format!("exec:{}", self.command)
    }

    fn load(&self) -> Result<Secrets> {
        let out = self.run("get", None)?;
        if out.iter().all(u8::is_ascii_whitespace) {
            return Ok(Secrets::default());
        }
        // Never echo the helper's output in the error: it holds secrets.
        serde_json::from_slice(&out).map_err(|e| {
            Error::Config(format!(
                "store helper {} printed something that is not a JSON object of secrets \
                 (line {}, column {})",
                self.uri(),
                e.line(),
                e.column()
            ))
        })
    }

    fn save(&self, secrets: &Secrets) -> Result<()> {
        let mut bytes = serde_json::to_vec(secrets)?;
        bytes.push(b'\n');
        self.run("store", Some(&bytes)).map(|_| ())
    }

    fn lock(&self) -> Result<FileLock> {
        let digest = ring::digest::digest(&ring::digest::SHA256, self.command.as_bytes());
        let name: String = digest.as_ref()[..6]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        FileLock::acquire(&crate::paths::state_dir()?.join(format!("exec-store-{name}")))
    }
}

/// The helper protocol, for the man page and `--help`.
pub const EXEC_PROTOCOL: &str = "\
Credential stores (--store URI, BYODS_STORE, or the profile's 'store' setting):
  file:[PATH]     default: credentials.json in the config dir, mode 0600 in a 0700 dir, replaced
                  atomically under a sidecar lock; refused when group/others can read it
  env:[PREFIX]    read-only, from PREFIX (default BYODS_) + CLIENT_SECRET, PERSONAL_ACCESS_TOKEN,
                  OAUTH_CLIENT_SECRET, OAUTH_REFRESH_TOKEN, REFRESH_TOKEN; WEBEX_CLIENT_SECRET and
                  WEBEX_PERSONAL_ACCESS_TOKEN / WEBEX_ACCESS_TOKEN are accepted too. Tokens obtained
                  during a run are not kept.
  exec:COMMAND    an external helper, like git credential helpers. byods runs `sh -c 'COMMAND \"$1\"'
                  byods ACTION` with BYODS_STORE_PROFILE set to the profile name:
                    COMMAND get    print the profile's secrets as one JSON object on stdout
                                   (empty output = no secrets yet); exit 0
                    COMMAND store  read the profile's secrets, one JSON object, on stdin and keep
                                   them; exit 0
                  Keys (all optional strings; *ExpiresAt are Unix seconds): clientSecret,
                  accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt,
                  personalAccessToken, oauthClientSecret, oauthAccessToken,
                  oauthAccessTokenExpiresAt, oauthRefreshToken, oauthRefreshTokenExpiresAt.
                  `store` always gets the complete set, so
                  the helper may replace what it kept. A non-zero exit fails the command (exit 3); the helper's
                  stderr is passed through. byods serialises calls with a lock in the state dir.
  aws-sm:SECRET   an AWS Secrets Manager secret (name or ARN) holding the original tool's
                  token-config.json (serviceApp, tokenManager): it works unchanged, and also
                  supplies clientId, appId, targetOrgId and oauthClientId. Tokens byods obtains are
                  written under the secret's \"byods\" key; other keys are kept. Region from
                  AWS_REGION / AWS_DEFAULT_REGION (or the ARN), endpoint from
                  AWS_ENDPOINT_URL_SECRETS_MANAGER / AWS_ENDPOINT_URL, credentials from
                  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN. Needs
                  secretsmanager:GetSecretValue and PutSecretValue. No compare-and-swap exists:
                  byods writes, reads back, and merges again when another writer won, keeping the
                  later-expiring copy of each token. Missing secret: exit 3; refused: exit 4;
                  AWS 5xx: exit 7.";
