//! The soak (issue 8 §6): many scheduled keepalive runs against the sandbox with lifetimes scaled
//! down — once as cron runs `scripts/deploy/byods-keepalive` with the file store, once as the native
//! Lambda loop (`byods` as bootstrap, a fake Runtime API) with the `aws-sm:` store on moto.
//!
//! Scale: data source tokens live 60 s (the API's minimum) and are extended when they expire within
//! 50 s; Service App access tokens live 303 s, so with byods's 5-minute safety margin each is used for
//! about 3 s (a refresh every few runs); refresh tokens rotate on every refresh; the personal access
//! token is expired from the start (the chain must get by on the integration's refresh token); a 429
//! or 503 is injected in most runs; one run is killed with `kill -9` (every 50 runs in long soaks).
//! After every run: every data source unexpired, the run exited 0 (no human step), at most one
//! accepted PUT per data source, and the store holds the sandbox's newest refresh token.
//! Runs: `BYODS_SOAK_RUNS` (default 15 for CI); `BYODS_SOAK_INTERVAL_MS` between runs (default
//! 1000). `scripts/soak [RUNS]` runs both soaks with 300.

use std::collections::HashMap;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use base64::Engine;
use serde_json::{Value, json};

use crate::aws_support::{AWS_CLEARED, Stub, aws_env, create_secret, moto, secret};
use crate::common::{Env, stderr_text};

/// Data source token lifetime, minutes (the API's minimum).
const DS_LIFETIME_MINUTES: u32 = 1;
/// Extend what expires within this: with 60 s tokens, an extension every ~10 s.
const EXTEND_WITHIN: &str = "50s";
/// byods refreshes a stored access token 300 s before it expires: 303 s means it serves ~3 s.
const ACCESS_TOKEN_LIFETIME: u64 = 303;
/// Long enough that the integration's refresh token (used only after a kill lost a rotated token)
/// outlives the longest soak; the Service App's are renewed by rotation every few runs.
const REFRESH_TOKEN_LIFETIME: u64 = 3600;
const SOAK_DATA_SOURCES: usize = 5;

fn runs() -> usize {
    std::env::var("BYODS_SOAK_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15)
}

fn interval() -> Duration {
    Duration::from_millis(
        std::env::var("BYODS_SOAK_INTERVAL_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1000),
    )
}

/// Runs killed with kill -9: the middle one in a short soak, then every 50th.
fn is_kill_run(run: usize, runs: usize) -> bool {
    run == runs / 2 || (run > 0 && run.is_multiple_of(50))
}

/// The faults for one run, on a fixed schedule (the sandbox counts, so they are deterministic):
/// `fail` rules good for one matching request each. A run to be killed is slowed (150 ms per
/// request) so the kill lands in the middle of it.
fn faults_for(run: usize, runs: usize) -> Value {
    let rules = match run % 4 {
        0 => {
            vec![json!({"method": "GET", "pathPrefix": "/dataSources", "status": 503, "times": 1})]
        }
        1 => {
            vec![json!({"method": "PUT", "pathPrefix": "/dataSources/", "status": 429, "times": 1})]
        }
        2 => vec![
            json!({"method": "POST", "pathPrefix": "/access_token", "status": 429, "times": 1}),
            json!({"method": "GET", "pathPrefix": "/dataSources", "status": 429, "times": 1}),
        ],
        _ => {
            vec![json!({"method": "PUT", "pathPrefix": "/dataSources/", "status": 503, "times": 1})]
        }
    };
    let latency = if is_kill_run(run, runs) { 150 } else { 0 };
    json!({"fail": rules, "latencyMs": latency})
}

/// What the soak counted; printed at the end (scripts/soak reports it).
#[derive(Default, Debug)]
struct Figures {
    runs: usize,
    extensions: usize,
    token_calls: usize,
    faults: usize,
    kills: usize,
}

impl Figures {
    #[allow(clippy::print_stderr)] // the figures scripts/soak reports
    fn report(&self, mode: &str, data_sources: usize) {
        eprintln!(
            "soak {mode}: {} runs over {data_sources} data sources, {} extensions, {} token calls \
             (refreshes and mints), {} faults injected (429/503), {} runs killed by kill -9: \
             every data source unexpired after every run, 0 duplicate PUTs, 0 human steps, the store \
             held the newest refresh token after every completed run",
            self.runs, self.extensions, self.token_calls, self.faults, self.kills
        );
    }
}

/// Starts the sandbox with scaled lifetimes and rotation, registers the short-lived data sources
/// and expires the personal access token.
fn soak_sandbox() -> Env {
    let env = Env::start_with(&[
        "--access-token-lifetime",
        &ACCESS_TOKEN_LIFETIME.to_string(),
        "--refresh-token-lifetime",
        &REFRESH_TOKEN_LIFETIME.to_string(),
        "--rotate-refresh-tokens",
    ]);
    let bodies: String = (0..SOAK_DATA_SOURCES)
        .map(|i| {
            json!({"url": format!("https://soak{i}.example/ds"),
                   "tokenLifetimeMinutes": DS_LIFETIME_MINUTES})
            .to_string()
                + "\n"
        })
        .collect();
    let out = env
        .cmd()
        .args(["register", "--from", "-", "--json"])
        .write_stdin(bodies)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let expired = env.control_post("expire-tokens", json!({"kind": "personal"}));
    assert!(expired["expired"].as_u64().unwrap() >= 1, "{expired}");
    env
}

/// The token (sandbox) view of the world: the tokens it has issued and not revoked, in issue order,
/// from its state file with its journal replayed (the last journal line with `rest` is current).
fn sandbox_tokens(env: &Env) -> Vec<Value> {
    let state = env.path().join("sandbox-state.json");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let mut tokens = file["tokens"].clone();
    let journal =
        std::fs::read_to_string(env.path().join("sandbox-state.json.journal")).unwrap_or_default();
    for line in journal.lines() {
        if let Ok(entry) = serde_json::from_str::<Value>(line)
            && entry["rest"]["tokens"].is_array()
        {
            tokens = entry["rest"]["tokens"].clone();
        }
    }
    tokens.as_array().cloned().unwrap()
}

/// The newest refresh token the sandbox issued to `client_id`, if any.
fn newest_refresh(env: &Env, client_id: &str) -> Option<String> {
    sandbox_tokens(env)
        .iter()
        .rev()
        .find(|t| t["kind"] == "refresh" && t["clientId"] == client_id)
        .map(|t| t["value"].as_str().unwrap().to_string())
}

fn jws_exp(token: &str) -> i64 {
    let payload = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    serde_json::from_slice::<Value>(&bytes).unwrap()["exp"]
        .as_i64()
        .unwrap()
}

/// Every data source's token is unexpired now (by the sandbox's own answer).
fn assert_all_unexpired(env: &Env, run: usize) {
    let now = chrono::Utc::now().timestamp();
    for ds in env.data_sources() {
        let exp = jws_exp(ds["jwsToken"].as_str().unwrap());
        assert!(
            exp > now,
            "run {run}: data source {} expired {} s ago",
            ds["id"],
            now - exp
        );
    }
}

/// Checks one run's request log and counts it: at most one accepted PUT per data source.
fn check_requests(env: &Env, run: usize, figures: &mut Figures) {
    let requests = env.requests();
    let mut accepted: HashMap<String, usize> = HashMap::new();
    for r in &requests {
        let path = r["path"].as_str().unwrap_or("");
        let status = r["status"].as_u64().unwrap_or(0);
        if r["method"] == "PUT" && (200..300).contains(&status) {
            *accepted.entry(path.to_string()).or_default() += 1;
        }
        if status == 429 || status == 503 {
            figures.faults += 1;
        }
        if r["method"] == "POST"
            && (path == "/v1/access_token" || path.starts_with("/v1/applications/"))
            && status == 200
        {
            figures.token_calls += 1;
        }
    }
    for (path, n) in &accepted {
        assert_eq!(*n, 1, "run {run}: {n} accepted PUTs to {path}");
    }
    figures.extensions += accepted.len();
}

fn service_app_client(env: &Env) -> String {
    env.info["serviceApp"]["clientId"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Kills the run in `child`'s process group with `kill -9` once it has sent its first API request,
/// after a further random 0-300 ms (it is slowed to 150 ms per request). Whether the kill ended it before it finished.
fn kill_mid_run(env: &Env, child: &mut Child, finished: impl Fn() -> bool) -> bool {
    while env.requests().is_empty() && child.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(5));
    }
    let delay = (uuid::Uuid::new_v4().as_u128() % 300_000) as u64;
    std::thread::sleep(Duration::from_micros(delay));
    let done_before = finished();
    let group = format!("-{}", child.id());
    let _ = std::process::Command::new("kill")
        .args(["-9", "--", &group])
        .status();
    let status = child.wait().unwrap();
    status.signal() == Some(9) && !done_before
}

fn keepalive_script() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deploy/byods-keepalive")
}

/// (a) As cron runs it: `scripts/deploy/byods-keepalive` over the file store, one run per tick.
#[test]
fn cron_keepalive_with_the_file_store_keeps_every_data_source_alive() {
    let env = soak_sandbox();
    // Set up as a user would: the original tool's file imported, the API pinned in the profile.
    let info = env.path().join("token-config.json");
    std::fs::write(&info, env.info.to_string()).unwrap();
    for args in [
        vec!["config", "import", info.to_str().unwrap()],
        vec!["config", "set", "baseUrl", &env.base_url],
    ] {
        let out = env.bare_cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{}", stderr_text(&out));
    }
    std::fs::remove_file(&info).unwrap();
    let store = env.path().join("config").join("credentials.json");
    let client = service_app_client(&env);
    let keepalive = || {
        let c = crate::common::std_cmd(env.path());
        let mut script = std::process::Command::new(keepalive_script());
        for (k, v) in c.get_envs() {
            match v {
                Some(v) => script.env(k, v),
                None => script.env_remove(k),
            };
        }
        // Its own process group, so kill -9 reaches byods as well as the shell.
        script
            .process_group(0)
            .env("BYODS_BIN", crate::common::bin())
            .env("BYODS_EXTEND_WITHIN", EXTEND_WITHIN)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        script
    };
    let runs = runs();
    let mut figures = Figures::default();
    for run in 0..runs {
        env.clear_requests();
        env.faults(faults_for(run, runs));
        if is_kill_run(run, runs) {
            // The killed run has a token to refresh: kill -9 may land between rotation and save.
            env.control_post("expire-tokens", json!({"kind": "access"}));
        }
        if is_kill_run(run, runs) {
            let mut child = keepalive().spawn().unwrap();
            if kill_mid_run(&env, &mut child, || false) {
                figures.kills += 1;
            }
            // A kill leaves the store whole (the rotated token may be lost: the next run recovers).
            let text = std::fs::read_to_string(&store).unwrap();
            serde_json::from_str::<Value>(&text).expect("the store parses after kill -9");
        } else {
            let out = keepalive().output().unwrap();
            assert!(
                out.status.success(),
                "run {run}: exit {:?} (a human would be needed)\n{}",
                out.status.code(),
                stderr_text(&out)
            );
            for line in String::from_utf8_lossy(&out.stdout).lines() {
                let r: Value = serde_json::from_str(line).expect("one JSON line per data source");
                assert_ne!(r["result"], "failed", "run {run}: {r}");
            }
            let stored: Value = serde_json::from_str(&std::fs::read_to_string(&store).unwrap())
                .expect("the store parses");
            let stored = &stored["profiles"]["default"]["refreshToken"];
            let newest = newest_refresh(&env, &client);
            assert_eq!(
                stored.as_str(),
                newest.as_deref(),
                "run {run}: the store lost the newest refresh token"
            );
        }
        // Disarmed before the test's own requests (a killed run may not have met its fault).
        env.faults(json!({"fail": [], "latencyMs": 0}));
        check_requests(&env, run, &mut figures);
        assert_all_unexpired(&env, run);
        figures.runs += 1;
        std::thread::sleep(interval());
    }
    assert!(figures.extensions >= SOAK_DATA_SOURCES, "{figures:?}");
    assert!(figures.token_calls >= 2, "{figures:?}");
    assert!(figures.faults >= 1, "{figures:?}");
    figures.report("cron (file store)", env.data_sources().len());
}

/// A fake Runtime API that holds each `next` until the test says go (so the test checks the world
/// between invocations, when the function is idle): `ready` gets each `next` with its answer
/// channel — true hands out an invocation, false (or dropping it) fails `next`, which ends the loop.
fn paced_runtime(ready: Sender<Sender<bool>>) -> Stub {
    let ready = Mutex::new(ready);
    let asked = Mutex::new(0usize);
    Stub::start(move |seen| {
        if seen.method == "GET" && seen.path == "/2018-06-01/runtime/invocation/next" {
            let n = {
                let mut asked = asked.lock().unwrap();
                *asked += 1;
                *asked
            };
            let (go, answer) = channel();
            ready.lock().unwrap().send(go).unwrap();
            if !answer.recv().unwrap_or(false) {
                return (500, vec![], "{}".into());
            }
            let headers = vec![
                (
                    "Lambda-Runtime-Aws-Request-Id".to_string(),
                    format!("req-{n}"),
                ),
                (
                    "Lambda-Runtime-Deadline-Ms".to_string(),
                    "4102444800000".to_string(),
                ),
            ];
            return (200, headers, json!({"source": "aws.events"}).to_string());
        }
        (202, vec![], json!({"status": "OK"}).to_string())
    })
}

/// (b) As Lambda runs it: the binary as bootstrap serving invocations from a fake Runtime API, the
/// credentials in a Secrets Manager secret (moto) through `SECRET_NAME`.
#[test]
fn lambda_loop_with_secrets_manager_keeps_every_data_source_alive() {
    let Some(moto) = moto("soak lambda") else {
        return;
    };
    let env = soak_sandbox();
    let doc =
        json!({"serviceApp": env.info["serviceApp"], "tokenManager": env.info["tokenManager"]});
    create_secret(&moto.endpoint, "byods/soak", &doc);
    let client = service_app_client(&env);
    let (ready_tx, ready) = channel();
    let runtime = paced_runtime(ready_tx);
    let log = env.path().join("lambda.log");
    let bootstrap = || -> Child {
        let mut c = crate::common::std_cmd(env.path());
        for var in AWS_CLEARED {
            c.env_remove(var);
        }
        for (k, v) in aws_env(&moto.endpoint) {
            c.env(k, v);
        }
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        c.env(
            "AWS_LAMBDA_RUNTIME_API",
            runtime.url.trim_start_matches("http://"),
        )
        .env("BYODS_BASE_URL", &env.base_url)
        .env("SECRET_NAME", "byods/soak")
        .env("BYODS_EXTEND_WITHIN", EXTEND_WITHIN)
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
    };
    let wait_ready = |ready: &Receiver<Sender<bool>>| {
        ready
            .recv_timeout(Duration::from_secs(120))
            .expect("the function asked for its next invocation")
    };
    let runs = runs();
    let mut figures = Figures::default();
    let mut child = bootstrap();
    let mut next = wait_ready(&ready);
    for run in 0..runs {
        env.clear_requests();
        env.faults(faults_for(run, runs));
        if is_kill_run(run, runs) {
            // The killed run has a token to refresh: kill -9 may land between rotation and save.
            env.control_post("expire-tokens", json!({"kind": "access"}));
        }
        let answers_before = runtime.seen().iter().filter(|s| s.method == "POST").count();
        next.send(true).unwrap();
        let killed = is_kill_run(run, runs);
        if killed {
            let answered =
                || runtime.seen().iter().filter(|s| s.method == "POST").count() > answers_before;
            if kill_mid_run(&env, &mut child, answered) {
                figures.kills += 1;
            }
            // A `next` the dead process sent (if it got that far) is never answered.
            while ready.try_recv().is_ok() {}
            // Lambda starts a new execution environment; the killed invocation got no answer.
            child = bootstrap();
        }
        next = wait_ready(&ready);
        if !killed {
            let posts: Vec<_> = runtime
                .seen()
                .into_iter()
                .filter(|s| s.method == "POST")
                .collect();
            let last = posts.last().expect("an answer");
            let body: Value = serde_json::from_str(&last.body).unwrap();
            assert!(
                last.path.ends_with("/response") && body["success"] == true,
                "run {run}: {} {body}\n{}",
                last.path,
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            assert_eq!(body["statusCode"], 200);
            let stored = secret(&moto.endpoint, "byods/soak");
            assert_eq!(
                stored["byods"]["refreshToken"].as_str(),
                newest_refresh(&env, &client).as_deref(),
                "run {run}: the secret lost the newest refresh token"
            );
            assert_eq!(stored["serviceApp"], doc["serviceApp"], "other keys kept");
        }
        // Disarmed before the test's own requests (a killed run may not have met its fault).
        env.faults(json!({"fail": [], "latencyMs": 0}));
        check_requests(&env, run, &mut figures);
        assert_all_unexpired(&env, run);
        figures.runs += 1;
        std::thread::sleep(interval());
    }
    next.send(false).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(7), "the loop ends when next fails");
    let mut text = String::new();
    std::fs::File::open(&log)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    assert!(
        !text.contains(env.info["serviceApp"]["clientSecret"].as_str().unwrap()),
        "no secret in the logs"
    );
    assert!(figures.extensions >= SOAK_DATA_SOURCES, "{figures:?}");
    assert!(figures.token_calls >= 2, "{figures:?}");
    assert!(figures.faults >= 1, "{figures:?}");
    figures.report("lambda (aws-sm store)", env.data_sources().len());
}
