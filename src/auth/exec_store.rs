//! `exec:COMMAND` store: an external helper in the spirit of git credential helpers, so any secret
//! manager plugs in without linking its SDK. Protocol in `EXEC_PROTOCOL` (shown in the man page).

use std::io::{IsTerminal, Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

    /// Runs `sh -c 'COMMAND "$1"' byods ACTION` so COMMAND may carry its own arguments. The helper
    /// gets `helper_timeout()` to finish and may print at most `MAX_SECRET_BYTES`: a hung or runaway
    /// helper fails the command (exit 3) instead of hanging it.
    fn run(&self, action: &str, input: Option<&[u8]>) -> Result<Vec<u8>> {
        let timeout = helper_timeout()?;
        let mut command = Command::new("sh");
        command
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
            .stderr(Stdio::inherit());
        // Unattended (no terminal), the helper gets its own process group so a timeout stops
        // everything it started (a leftover child would hold our stderr open). With a terminal it
        // stays in the foreground group: it may prompt there (a GPG passphrase), and Ctrl-C reaches it.
        let grouped = !std::io::stdin().is_terminal();
        if grouped {
            command.process_group(0);
        }
        let mut child = command
            .spawn()
            .map_err(|e| Error::Config(format!("cannot run store helper {}: {e}", self.uri())))?;
        // Reading and writing happen on threads so a helper that neither reads nor exits cannot
        // block the deadline below.
        let writer = match (input, child.stdin.take()) {
            (Some(bytes), Some(mut stdin)) => {
                let bytes = bytes.to_vec();
                Some(std::thread::spawn(move || stdin.write_all(&bytes)))
            }
            _ => None,
        };
        let stdout = child.stdout.take().expect("stdout is piped");
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            let read = stdout
                .take(crate::limits::MAX_SECRET_BYTES + 1)
                .read_to_end(&mut out);
            read.map(|_| out)
        });
        let deadline = Instant::now() + timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() >= deadline => {
                    stop(&mut child, grouped);
                    return Err(Error::Config(format!(
                        "store helper {} did not finish '{action}' within {} s (BYODS_HELPER_TIMEOUT); \
                         it was stopped",
                        self.uri(),
                        timeout.as_secs_f64()
                    )));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(10)),
                Err(e) => {
                    return Err(Error::Config(format!(
                        "store helper {} failed: {e}",
                        self.uri()
                    )));
                }
            }
        };
        if let Some(Ok(Err(e))) = writer.map(std::thread::JoinHandle::join) {
            // A helper may exit without reading stdin for `get`; for `store` it must read.
            if action == "store" {
                return Err(Error::Config(format!(
                    "cannot write to store helper {}: {e}",
                    self.uri()
                )));
            }
        }
        let out = match reader.join() {
            Ok(Ok(out)) => out,
            _ => {
                return Err(Error::Config(format!(
                    "cannot read the output of store helper {}",
                    self.uri()
                )));
            }
        };
        // Checked before the exit status: a runaway helper dies of SIGPIPE once we stop reading.
        if out.len() as u64 > crate::limits::MAX_SECRET_BYTES {
            return Err(Error::Config(format!(
                "store helper {} printed more than {}: that is not a set of secrets",
                self.uri(),
                crate::limits::size_text(crate::limits::MAX_SECRET_BYTES)
            )));
        }
        if !status.success() {
            return Err(Error::Config(format!(
                "store helper {} failed on '{action}' ({status})",
                self.uri()
            )));
        }
        Ok(out)
    }
}

/// How long a credential helper may run: `BYODS_HELPER_TIMEOUT` seconds (fractions allowed, at
/// most 600), default 30.
pub fn helper_timeout() -> Result<Duration> {
    const DEFAULT: f64 = 30.0;
    const MAX: f64 = 600.0;
    let Some(text) = std::env::var_os("BYODS_HELPER_TIMEOUT") else {
        return Ok(Duration::from_secs_f64(DEFAULT));
    };
    let text = text.to_string_lossy();
    match text.trim().parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= MAX => Ok(Duration::from_secs_f64(secs)),
        _ => Err(Error::usage(format!(
            "BYODS_HELPER_TIMEOUT must be a number of seconds above 0 and at most {MAX} (got '{text}')"
        ))),
    }
}

/// Stops the helper, and with `grouped` everything in its process group.
#[allow(unsafe_code)] // kill(2) on a process group: std only signals one child
fn stop(child: &mut std::process::Child, grouped: bool) {
    if grouped && let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: kill(2) with a negative pid signals the group the helper leads; no memory is shared.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
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
  file:[PATH]     default: credentials.json in the config dir, mode 0600 in a 0700 dir,
                  replaced atomically under a sidecar lock; refused when group/others
                  can read it
  env:[PREFIX]    read-only, from PREFIX (default BYODS_) + CLIENT_SECRET,
                  PERSONAL_ACCESS_TOKEN, OAUTH_CLIENT_SECRET, OAUTH_REFRESH_TOKEN,
                  REFRESH_TOKEN; WEBEX_CLIENT_SECRET and WEBEX_PERSONAL_ACCESS_TOKEN /
                  WEBEX_ACCESS_TOKEN are accepted too. Tokens obtained during a run are
                  not kept.
  exec:COMMAND    an external helper, like git credential helpers. byods runs `sh -c
                  'COMMAND \"$1\"' byods ACTION` with BYODS_STORE_PROFILE set to the
                  profile name:
                    COMMAND get    print the profile's secrets as one JSON object on
                                   stdout (empty output = no secrets yet); exit 0
                    COMMAND store  read the profile's secrets, one JSON object, on stdin
                                   and keep them; exit 0
                  Keys (all optional strings; *ExpiresAt are Unix seconds):
                  clientSecret, accessToken, accessTokenExpiresAt, refreshToken,
                  refreshTokenExpiresAt, personalAccessToken, oauthClientSecret,
                  oauthAccessToken, oauthAccessTokenExpiresAt, oauthRefreshToken,
                  oauthRefreshTokenExpiresAt. `store` always gets the complete set, so
                  the helper may replace what it kept. A non-zero exit fails the command
                  (exit 3); the helper's stderr is passed through. A helper must finish
                  within BYODS_HELPER_TIMEOUT seconds (default 30) and print at most 64
                  KiB, else it is stopped (exit 3). byods serialises calls with a lock
                  in the state dir.
  aws-sm:SECRET   an AWS Secrets Manager secret (name or ARN) holding the original
                  tool's token-config.json (serviceApp, tokenManager): it works
                  unchanged, and also supplies clientId, appId, targetOrgId and
                  oauthClientId. Tokens byods obtains are written under the secret's
                  \"byods\" key; other keys are kept. Region from AWS_REGION /
                  AWS_DEFAULT_REGION (or the ARN), endpoint from
                  AWS_ENDPOINT_URL_SECRETS_MANAGER / AWS_ENDPOINT_URL, credentials from
                  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN. Needs
                  secretsmanager:GetSecretValue and PutSecretValue. No compare-and-swap
                  exists: byods writes, reads back, and merges again when another writer
                  won, keeping the later-expiring copy of each token. Missing secret:
                  exit 3; refused: exit 4; AWS 5xx: exit 7.";
