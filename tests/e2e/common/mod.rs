//! End-to-end harness: a `byods sandbox` child process on an ephemeral port, and `byods` commands run
//! with an isolated HOME, XDG dirs, BYODS_* dirs and no proxy variables.
#![allow(dead_code)]

pub mod pty;
pub mod scripted;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Output, Stdio};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

pub struct Env {
    pub dir: tempfile::TempDir,
    child: Child,
    pub info: Value,
    pub base_url: String,
    pub token: String,
    control: String,
    agent: ureq::Agent,
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_byods"))
}

/// The binary as a plain `std::process::Command` (for spawning and pipes), isolated under `dir`.
pub fn std_cmd(dir: &Path) -> StdCommand {
    let mut command = StdCommand::new(bin());
    isolate_std(&mut command, dir);
    command
}

/// The binary as an `assert_cmd::Command`, isolated under `dir`, with no sandbox and no API settings.
pub fn isolated_cmd(dir: &Path) -> Command {
    let mut c = Command::new(bin());
    isolate(&mut c, dir);
    c.timeout(Duration::from_secs(120));
    c
}

impl Env {
    /// Configures the profile from the sandbox's `--json` info (service app + token manager, in
    /// `sandbox-info.json` under the test dir), bound to the sandbox's API, so the credential chain
    /// runs rather than `BYODS_TOKEN`.
    pub fn use_credential_chain(&self) {
        let file = self.path().join("sandbox-info.json");
        std::fs::write(&file, self.info.to_string()).unwrap();
        let import = vec![
            "config".to_string(),
            "import".into(),
            file.display().to_string(),
        ];
        let bind = vec![
            "config".into(),
            "set".into(),
            "baseUrl".into(),
            self.base_url.clone(),
        ];
        for args in [import, bind] {
            let out = self
                .bare_cmd()
                .env("BYODS_BASE_URL", &self.base_url)
                .args(&args)
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", stderr_text(&out));
        }
    }

    pub fn start() -> Env {
        Env::start_with(&[])
    }

    /// Starts a sandbox with extra `byods sandbox` flags (faults, lifetimes...).
    pub fn start_with(extra: &[&str]) -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = dir.path().join("sandbox-state.json");
        let mut command = std_cmd(dir.path());
        command
            .args(["sandbox", "--addr", "127.0.0.1:0", "--json", "--state"])
            .arg(&state)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = command.spawn().expect("spawn byods sandbox");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read sandbox info");
        let info: Value = serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("sandbox printed no JSON line ({e}): {line:?}"));
        let base_url = info["baseUrl"].as_str().expect("baseUrl").to_string();
        let token = info["token"].as_str().expect("token").to_string();
        let control = base_url.trim_end_matches("/v1").to_string() + "/_sandbox";
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .proxy(None)
            .build()
            .new_agent();
        Env {
            dir,
            child,
            info,
            base_url,
            token,
            control,
            agent,
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `byods` pointed at this sandbox through BYODS_BASE_URL and BYODS_TOKEN.
    pub fn cmd(&self) -> Command {
        let mut c = self.bare_cmd();
        c.env("BYODS_BASE_URL", &self.base_url)
            .env("BYODS_TOKEN", &self.token);
        c
    }

    /// Another program (e.g. a pseudo-terminal driver) with the environment `cmd()` gives byods.
    pub fn cmd_for(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        isolate(&mut c, self.dir.path());
        c.env("BYODS_BASE_URL", &self.base_url)
            .env("BYODS_TOKEN", &self.token)
            .timeout(Duration::from_secs(120));
        c
    }

    /// `byods` with the isolated environment but no API settings.
    pub fn bare_cmd(&self) -> Command {
        let mut c = Command::new(bin());
        isolate(&mut c, self.dir.path());
        c.timeout(Duration::from_secs(120));
        c
    }

    /// `byods` as a plain std Command (for spawning), isolated, pointed at the sandbox by
    /// BYODS_BASE_URL only (no token: the credential chain runs).
    pub fn std_cmd(&self) -> StdCommand {
        let mut c = std_cmd(self.dir.path());
        c.env("BYODS_BASE_URL", &self.base_url);
        c
    }

    /// The sandbox's request log (never contains secrets).
    pub fn requests(&self) -> Vec<Value> {
        let mut r = self
            .agent
            .get(format!("{}/requests", self.control))
            .call()
            .expect("request log");
        let v: Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
        v.as_array().cloned().expect("request log is an array")
    }

    /// Requests other than GET (what changed or tried to change something).
    pub fn write_requests(&self) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r["method"] != "GET")
            .collect()
    }

    pub fn clear_requests(&self) {
        self.agent
            .delete(format!("{}/requests", self.control))
            .call()
            .expect("clear log");
    }

    pub fn faults(&self, faults: Value) -> Value {
        self.control_post("faults", faults)
    }

    pub fn control_post(&self, what: &str, body: Value) -> Value {
        let mut r = self
            .agent
            .post(format!("{}/{what}", self.control))
            .send_json(&body)
            .expect("control request");
        let text = r.body_mut().read_to_string().unwrap();
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    /// A data source straight from the API (for assertions independent of byods).
    pub fn api_get(&self, path: &str) -> (u16, Value) {
        let mut r = self
            .agent
            .get(format!("{}{path}", self.base_url))
            .header("authorization", format!("Bearer {}", self.token))
            .call()
            .expect("api get");
        let status = r.status().as_u16();
        let text = r.body_mut().read_to_string().unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub fn data_sources(&self) -> Vec<Value> {
        self.api_get("/dataSources").1["items"]
            .as_array()
            .cloned()
            .unwrap()
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const CLEARED: &[&str] = &[
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
    "BYODS_TOKEN",
    "BYODS_BASE_URL",
    "BYODS_PROFILE",
    "BYODS_OUTPUT",
    "BYODS_TIMEOUT",
    "BYODS_NO_INPUT",
    "BYODS_STORE",
    "BYODS_FORCE_TTY",
    "NO_COLOR",
    "XDG_RUNTIME_DIR",
    // Tables are fitted to COLUMNS: a developer's exported width must not change what tests see.
    "COLUMNS",
];

/// Debug builds of byods multiply their own waits (retry backoff, Retry-After, the login listener's
/// deadline) by this, so tests go through real retries without sitting them out.
const WAIT_SCALE: (&str, &str) = ("BYODS_TEST_WAIT_SCALE", "0.1");

fn isolate(c: &mut Command, dir: &Path) {
    for var in CLEARED {
        c.env_remove(var);
    }
    for (k, v) in isolated_vars(dir) {
        c.env(k, v);
    }
    c.env(WAIT_SCALE.0, WAIT_SCALE.1);
}

fn isolate_std(c: &mut StdCommand, dir: &Path) {
    for var in CLEARED {
        c.env_remove(var);
    }
    for (k, v) in isolated_vars(dir) {
        c.env(k, v);
    }
    c.env(WAIT_SCALE.0, WAIT_SCALE.1);
}

fn isolated_vars(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    vec![
        ("HOME", dir.join("home")),
        ("XDG_CONFIG_HOME", dir.join("xdg-config")),
        ("XDG_STATE_HOME", dir.join("xdg-state")),
        ("XDG_CACHE_HOME", dir.join("xdg-cache")),
        ("XDG_DATA_HOME", dir.join("xdg-data")),
        ("BYODS_CONFIG_DIR", dir.join("config")),
        ("BYODS_STATE_DIR", dir.join("state")),
        ("BYODS_CACHE_DIR", dir.join("cache")),
    ]
}

pub fn stdout_json(output: &std::process::Output) -> Value {
    let text = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {text}"))
}

pub fn stdout_text(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_text(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A test whose outside tool is missing says so and passes on a developer's machine; in CI (`CI`
/// set) it fails instead, so a green CI never hides a test that did not run.
#[allow(clippy::print_stderr)]
pub fn skip(reason: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "{reason}: .ci/run must install it"
    );
    eprintln!("SKIPPED: {reason}");
}

/// Runs byods with `args` in `env`.
pub fn run(env: &Env, args: &[&str]) -> Output {
    env.cmd().args(args).output().unwrap()
}

/// Asserts a run succeeded, showing its exit code and both streams when it did not.
pub fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        stdout_text(out),
        stderr_text(out)
    );
}

/// `byods sandbox --json --state STATE` (plus `extra`) as a child with HOME in `dir`, and the
/// connection details it printed first.
pub fn sandbox_child(dir: &Path, state: &Path, extra: &[&str]) -> (Child, Value) {
    let mut child = std_cmd(dir)
        .args(["sandbox", "--addr", "127.0.0.1:0", "--json", "--state"])
        .arg(state)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    (child, serde_json::from_str(&line).unwrap())
}
