//! A faithful local emulator of the Webex APIs byods uses: data sources with real RS256 JWS tokens,
//! the JWKS, Service App / OAuth token endpoints, and injectable faults. A product feature
//! (`byods sandbox`, `byods --sandbox`), also used by the tests.
//!
//! Control endpoints (no auth, never logged, never faulted): `GET /_sandbox/info`,
//! `POST /_sandbox/rotate-key`, `POST /_sandbox/expire-tokens {"kind"}`, `GET|POST /_sandbox/faults`,
//! `GET|DELETE /_sandbox/requests`, `POST /_sandbox/shutdown`.

mod control;
mod datasources;
mod faults;
mod http;
mod jws;
mod oauth;
mod state;
#[cfg(test)]
mod tests;

use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{Value, json};

pub use faults::{FailRule, Faults};

use crate::error::{Error, Result};
use crate::fsutil::FileLock;
use faults::{FaultState, Injected};
use http::{MAX_BODY, Reply, Req};
use jws::Keys;
use state::{State, Store, Token, TokenKind};

/// How to run the sandbox.
#[derive(Clone, Debug)]
pub struct Options {
    /// Listen address; port 0 picks a free one.
    pub addr: String,
    /// State file; `None` keeps everything in memory.
    pub state: Option<PathBuf>,
    /// Reseed the demo data, discarding saved state.
    pub reset: bool,
    pub workers: usize,
    pub faults: Faults,
}

impl Options {
    /// From `byods sandbox` flags; the state file defaults to `<state dir>/sandbox.json`.
    pub fn from_args(args: &crate::cli::SandboxArgs) -> Result<Options> {
        let state = match &args.state {
            Some(p) => p.clone(),
            None => crate::paths::state_dir()?.join("sandbox.json"),
        };
        Ok(Options {
            addr: args.addr.clone(),
            state: Some(state),
            reset: args.reset,
            workers: args.workers,
            faults: Faults {
                latency_ms: args.latency_ms,
                rate_limit_every: args.rate_limit_every,
                retry_after: args.retry_after,
                error_rate: args.error_rate.clamp(0.0, 1.0),
                access_token_lifetime: args.access_token_lifetime,
                rotate_refresh_tokens: args.rotate_refresh_tokens,
                page_size: args.page_size,
                ..Faults::default()
            },
        })
    }
}

/// A running sandbox server. Dropping it stops the server.
pub struct Sandbox {
    shared: Arc<Shared>,
    workers: Vec<JoinHandle<()>>,
}

struct Shared {
    server: tiny_http::Server,
    store: Mutex<Store>,
    faults: Mutex<FaultState>,
    log: Mutex<RequestLog>,
    keys: Keys,
    /// `http://127.0.0.1:PORT`
    root: String,
    stop: AtomicBool,
    worker_count: usize,
}

#[derive(Default)]
struct RequestLog {
    next_seq: u64,
    entries: Vec<Value>,
}

/// Oldest entries are dropped beyond this.
const LOG_CAP: usize = 10_000;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking handler must not take the whole sandbox down with a poisoned lock.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Sandbox {
    pub fn start(opts: Options) -> Result<Sandbox> {
        let server = tiny_http::Server::http(opts.addr.as_str())
            .map_err(|e| Error::Config(format!("sandbox cannot listen on {}: {e}", opts.addr)))?;
        let mut addr = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| Error::internal("sandbox is not listening on an IP address"))?;
        if addr.ip().is_unspecified() {
            addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
        }
        let root = format!("http://{addr}");
        let issuer = format!("{root}/idb");
        let keys = Keys::load()?;
        let now = crate::timefmt::now_unix();
        let store = match &opts.state {
            Some(path) => {
                let _guard = FileLock::acquire(path)?;
                Store::open(
                    path.clone(),
                    opts.reset,
                    || State::seed(&keys, &issuer, now),
                    |state| {
                        state.reissue_for(&keys, &issuer);
                    },
                )?
            }
            None => Store::in_memory(State::seed(&keys, &issuer, now)?),
        };
        let worker_count = opts.workers.max(1);
        let shared = Arc::new(Shared {
            server,
            store: Mutex::new(store),
            faults: Mutex::new(FaultState::new(opts.faults)),
            log: Mutex::new(RequestLog::default()),
            keys,
            root,
            stop: AtomicBool::new(false),
            worker_count,
        });
        let workers = (0..worker_count)
            .map(|i| {
                let shared = Arc::clone(&shared);
                std::thread::Builder::new()
                    .name(format!("sandbox-{i}"))
                    .spawn(move || worker(&shared))
                    .map_err(|e| Error::internal(format!("cannot start sandbox worker: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Sandbox { shared, workers })
    }

    /// `http://127.0.0.1:PORT/v1`
    pub fn base_url(&self) -> String {
        format!("{}/v1", self.shared.root)
    }

    /// `http://127.0.0.1:PORT/idb`, the `iss` of every JWS this sandbox signs.
    pub fn issuer(&self) -> String {
        format!("{}/idb", self.shared.root)
    }

    /// A long-lived service app access token with datasource read + write.
    pub fn admin_token(&self) -> String {
        let mut store = lock(&self.shared.store);
        store.refresh();
        store.state.credentials.admin_token.clone()
    }

    /// URLs, tokens and the demo credentials (token-config.json shape) as one object.
    pub fn startup_info(&self) -> Value {
        startup_info(&self.shared)
    }

    /// Blocks until the server stops (`POST /_sandbox/shutdown`, or the process ends).
    pub fn wait(mut self) {
        for w in std::mem::take(&mut self.workers) {
            let _ = w.join();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        stop(&self.shared);
        for w in std::mem::take(&mut self.workers) {
            let _ = w.join();
        }
    }
}

fn stop(shared: &Shared) {
    shared.stop.store(true, Ordering::SeqCst);
    // unblock() wakes exactly one recv(), so once per worker.
    for _ in 0..shared.worker_count {
        shared.server.unblock();
    }
}

fn startup_info(shared: &Shared) -> Value {
    let mut store = lock(&shared.store);
    store.refresh();
    let state = &store.state;
    let mut info = json!({
        "baseUrl": format!("{}/v1", shared.root),
        "issuer": format!("{}/idb", shared.root),
        "jwksUrl": format!("{}/idb/oauth2/v2/keys/verificationjwk", shared.root),
        "token": state.credentials.admin_token,
        "readOnlyToken": state.credentials.read_only_token,
    });
    if let (Value::Object(info), Value::Object(creds)) = (&mut info, state::credentials_json(state))
    {
        info.extend(creds);
    }
    info
}

fn worker(shared: &Shared) {
    while !shared.stop.load(Ordering::SeqCst) {
        match shared.server.recv() {
            Ok(rq) => serve(shared, rq),
            // Accept errors and unblock() both land here; only the stop flag ends the loop.
            Err(_) => {
                if !shared.stop.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
        }
    }
}

/// Reads one request, answers it, logs it. Never panics outward; a vanished client is ignored.
fn serve(shared: &Shared, mut rq: tiny_http::Request) {
    let url = rq.url().to_string();
    let (path, query) = match url.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (url.clone(), String::new()),
    };
    let headers = rq
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.as_str().as_str().to_string(),
                h.value.as_str().to_string(),
            )
        })
        .collect();
    let mut req = Req {
        method: rq.method().as_str().to_ascii_uppercase(),
        path,
        query,
        headers,
        body: Vec::new(),
    };
    let declared_too_big = rq.body_length().is_some_and(|n| n > MAX_BODY);
    let mut read_failed = false;
    if !declared_too_big {
        read_failed = rq
            .as_reader()
            .take(MAX_BODY as u64 + 1)
            .read_to_end(&mut req.body)
            .is_err();
    }
    let tracking_id = format!("ROUTER_{}", uuid::Uuid::new_v4());
    let reply = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if declared_too_big || req.body.len() > MAX_BODY {
            Reply::error(413, "The request body is larger than 1 MiB.")
        } else if read_failed {
            Reply::error(400, "The request body could not be read.")
        } else {
            dispatch(shared, &req)
        }
    }))
    .unwrap_or_else(|_| Reply::error(500, "Internal sandbox error."));

    if is_api_path(&req.path) {
        log_request(shared, &req, reply.status);
    }
    let body = reply.render(&tracking_id);
    let mut response = tiny_http::Response::from_data(body.clone()).with_status_code(reply.status);
    let mut add = |name: &str, value: &str| {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    };
    add("TrackingID", &tracking_id);
    if !body.is_empty() {
        add("Content-Type", "application/json;charset=UTF-8");
    }
    for (k, v) in &reply.headers {
        add(k, v);
    }
    let _ = rq.respond(response);
}

fn is_api_path(path: &str) -> bool {
    path == "/v1" || path.starts_with("/v1/") || path == "/idb" || path.starts_with("/idb/")
}

fn log_request(shared: &Shared, req: &Req, status: u16) {
    let mut entry = json!({
        "method": req.method,
        "path": req.path,
        "query": http::redact_query(&req.query),
        "status": status,
        "auth": req.auth_kind(),
        "time": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    });
    if req.path == "/v1/access_token" {
        let grant = req
            .form()
            .into_iter()
            .find(|(k, _)| k == "grant_type")
            .map(|(_, v)| v);
        entry["grantType"] = json!(grant);
    }
    let mut log = lock(&shared.log);
    log.next_seq += 1;
    entry["seq"] = json!(log.next_seq);
    if log.entries.len() >= LOG_CAP {
        log.entries.remove(0);
    }
    log.entries.push(entry);
}

fn dispatch(shared: &Shared, req: &Req) -> Reply {
    if req.path == "/_sandbox" || req.path.starts_with("/_sandbox/") {
        return control::handle(shared, req);
    }
    if !is_api_path(&req.path) {
        return Reply::error(404, "The requested resource could not be found.");
    }
    let (faults, injected) = {
        let mut fs = lock(&shared.faults);
        let injected = fs.judge(&req.method, &req.path);
        (fs.faults.clone(), injected)
    };
    let write_latency = if req.method == "GET" {
        0
    } else {
        faults.write_latency_ms
    };
    let latency = faults.latency_ms + write_latency;
    if latency > 0 {
        std::thread::sleep(Duration::from_millis(latency));
    }
    match injected {
        Some(Injected::RateLimited { retry_after }) => {
            return Reply::error(429, "Too many requests; retry later.")
                .with_header("Retry-After", retry_after.to_string());
        }
        Some(Injected::Unavailable) => {
            return Reply::error(503, "Service temporarily unavailable.");
        }
        Some(Injected::Status(status)) => {
            return Reply::error(status, format!("Injected failure (HTTP {status})."));
        }
        None => {}
    }
    // Writes (and /authorize, which stores a code) go through the state file lock.
    let writes = req.method != "GET" || req.path == "/v1/authorize";
    with_state(shared, writes, |state, now| {
        let issuer = format!("{}/idb", shared.root);
        let mut ctx = Ctx {
            req,
            state,
            keys: &shared.keys,
            faults: &faults,
            issuer: &issuer,
            root: &shared.root,
            now,
            dirty: false,
        };
        let reply = route(&mut ctx);
        (reply, ctx.dirty)
    })
}

/// Runs `f` on fresh state; saves when it reports a change. `writes` takes the sidecar file lock
/// so processes sharing one state file do not lose each other's updates.
fn with_state(
    shared: &Shared,
    writes: bool,
    f: impl FnOnce(&mut State, i64) -> (Reply, bool),
) -> Reply {
    let mut store = lock(&shared.store);
    let _file_lock = match (&store.path, writes) {
        (Some(path), true) => match FileLock::acquire(path) {
            Ok(l) => Some(l),
            Err(e) => return Reply::error(500, format!("Sandbox state is locked: {e}")),
        },
        _ => None,
    };
    store.refresh();
    let now = crate::timefmt::now_unix();
    let (reply, dirty) = f(&mut store.state, now);
    if dirty {
        store.state.prune(now);
        if let Err(e) = store.save() {
            return Reply::error(500, format!("Sandbox state could not be saved: {e}"));
        }
    }
    reply
}

/// What an API handler sees.
pub(crate) struct Ctx<'a> {
    pub req: &'a Req,
    pub state: &'a mut State,
    pub keys: &'a Keys,
    pub faults: &'a Faults,
    pub issuer: &'a str,
    pub root: &'a str,
    pub now: i64,
    /// Set by handlers that changed the state.
    pub dirty: bool,
}

impl Ctx<'_> {
    /// The bearer token if valid (401 otherwise) and holding `scope` (403 otherwise).
    pub fn authorize(&self, scope: Option<&str>) -> std::result::Result<Token, Reply> {
        let Some(value) = self.req.bearer() else {
            return Err(Reply::error(
                401,
                "The request requires a valid access token set in the Authorization request header.",
            ));
        };
        let token = match self.state.valid_token(value, self.now) {
            Some(t) if t.kind != TokenKind::Refresh => t,
            _ => {
                return Err(Reply::error(
                    401,
                    "The access token is invalid or has expired.",
                ));
            }
        };
        if let Some(scope) = scope
            && !token.scopes.iter().any(|s| s == scope)
        {
            return Err(Reply::error(
                403,
                format!("The access token does not have the required scope {scope}."),
            ));
        }
        Ok(token.clone())
    }

    /// `{"items": [...]}`, paged with `Link: <...?cursor=N>; rel="next"` when `pageSize` is set.
    pub fn paginated(&self, items: Vec<Value>, path: &str) -> Reply {
        let Some(size) = self.faults.page_size.filter(|n| *n > 0) else {
            return Reply::ok(json!({ "items": items }));
        };
        let cursor = match self.req.query_param("cursor") {
            None => 0,
            Some(c) => match c.parse::<usize>() {
                Ok(n) if n <= items.len() => n,
                _ => return Reply::error(400, format!("Invalid cursor '{c}'.")),
            },
        };
        let end = (cursor + size).min(items.len());
        let page: Vec<Value> = items[cursor..end].to_vec();
        let reply = Reply::ok(json!({ "items": page }));
        if end < items.len() {
            reply.with_header(
                "Link",
                format!("<{}{path}?cursor={end}>; rel=\"next\"", self.root),
            )
        } else {
            reply
        }
    }
}

fn route(ctx: &mut Ctx) -> Reply {
    let path = ctx.req.path.clone();
    let method = ctx.req.method.clone();
    if let Some(rest) = path.strip_prefix("/v1/dataSources")
        && (rest.is_empty() || rest.starts_with('/'))
    {
        return datasources::handle(ctx, rest);
    }
    if let Some(app) = path
        .strip_prefix("/v1/applications/")
        .and_then(|r| r.strip_suffix("/token"))
        .filter(|a| !a.is_empty() && !a.contains('/'))
    {
        return match method.as_str() {
            "POST" => oauth::app_token(ctx, &http::percent_decode(app)),
            _ => Reply::error(405, format!("Method {method} is not allowed here.")),
        };
    }
    match (method.as_str(), path.as_str()) {
        ("POST", "/v1/access_token") => oauth::access_token(ctx),
        ("GET", "/v1/authorize") => oauth::authorize(ctx),
        ("GET", "/v1/people/me") => oauth::people_me(ctx),
        ("POST", "/v1/device/authorize") => oauth::device_authorize(ctx),
        ("POST", "/v1/device/token") => oauth::device_token(ctx),
        ("GET", "/idb/oauth2/v2/keys/verificationjwk") => {
            Reply::ok(ctx.keys.jwks(ctx.state.rotated))
        }
        (
            _,
            "/v1/access_token"
            | "/v1/authorize"
            | "/v1/people/me"
            | "/idb/oauth2/v2/keys/verificationjwk",
        ) => Reply::error(405, format!("Method {method} is not allowed here.")),
        _ => Reply::error(404, "The requested resource could not be found."),
    }
}
