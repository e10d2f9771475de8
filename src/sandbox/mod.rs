//! A faithful local emulator of the Webex APIs byods uses: data sources with real RS256 JWS tokens,
//! the JWKS, Service App / OAuth token endpoints, and injectable faults. A product feature
//! (`byods sandbox`, `byods --sandbox`), also used by the tests.
//!
//! Control endpoints (no auth, never logged, never faulted): `GET /_sandbox/info`,
//! `POST /_sandbox/rotate-key`, `POST /_sandbox/expire-tokens {"kind"}`, `GET|POST /_sandbox/faults`,
//! `GET|DELETE /_sandbox/requests`, `POST /_sandbox/shutdown`.
//!
//! It stands alone: nothing here names another module of the crate (its own `Options`, `Error`
//! and `util`), so it could become its own crate as is; the command line turns its flags into
//! `Options` and its `Error` into exit codes (`commands/sandbox.rs`).

mod control;
mod datasources;
mod error;
mod faults;
mod http;
mod jws;
mod oauth;
mod server;
mod state;
mod store;
#[cfg(test)]
mod tests;
mod util;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{Value, json};

pub use faults::{FailRule, Faults};

pub use error::{Error, Result};
use faults::{FaultState, Injected};
use http::{MAX_BODY, Reply, Req};
use jws::Keys;
use state::{State, Token, TokenKind};
use store::{Changes, Store};
use util::FileLock;

/// How to run the sandbox.
#[derive(Clone, Debug)]
pub struct Options {
    /// Listen address; port 0 picks a free one.
    pub addr: String,
    /// State file; `None` keeps everything in memory.
    pub state: Option<PathBuf>,
    /// Reseed the demo data, discarding saved state.
    pub reset: bool,
    /// Requests handled at once (at least 1); idle keep-alive connections do not count.
    pub workers: usize,
    pub faults: Faults,
}

/// The emulator hands its admin token and demo secrets to anyone who asks (`/_sandbox/info`) and
/// can be shut down by anyone: it listens on loopback addresses only.
fn check_loopback(addr: &str) -> Result<()> {
    use std::net::ToSocketAddrs;
    let resolved: Vec<std::net::SocketAddr> = addr
        .to_socket_addrs()
        .map_err(|e| Error::Usage(format!("invalid sandbox address '{addr}': {e}")))?
        .collect();
    if resolved.is_empty() || resolved.iter().any(|a| !a.ip().is_loopback()) {
        return Err(Error::Usage(format!(
            "the sandbox only listens on a loopback address (127.0.0.1, [::1], localhost), not \
             '{addr}': its control endpoints hand out its tokens and demo secrets without asking"
        )));
    }
    Ok(())
}

/// A running sandbox server. Dropping it stops the server.
pub struct Sandbox {
    shared: Arc<Shared>,
    /// Taken by `wait`.
    running: Option<server::Running>,
}

struct Shared {
    stopper: server::Stopper,
    store: Mutex<Store>,
    faults: Mutex<FaultState>,
    log: Mutex<RequestLog>,
    keys: Keys,
    /// `http://127.0.0.1:PORT`
    root: String,
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
        check_loopback(&opts.addr)?;
        let config = server::Config {
            max_handlers: opts.workers.max(1),
            max_body: MAX_BODY,
            ..server::Config::default()
        };
        let listen_error = |e: std::io::Error| {
            Error::Setup(format!("sandbox cannot listen on {}: {e}", opts.addr))
        };
        let server = server::Server::bind(&opts.addr, config).map_err(listen_error)?;
        let mut addr = server.local_addr().map_err(listen_error)?;
        if addr.ip().is_unspecified() {
            addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
        }
        let root = format!("http://{addr}");
        let issuer = format!("{root}/idb");
        let keys = Keys::load()?;
        let now = util::now_unix();
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
        let shared = Arc::new(Shared {
            stopper: server.stopper(),
            store: Mutex::new(store),
            faults: Mutex::new(FaultState::new(opts.faults)),
            log: Mutex::new(RequestLog::default()),
            keys,
            root,
        });
        let running = server
            .spawn(Arc::clone(&shared) as Arc<dyn server::Handler>)
            .map_err(|e| Error::Internal(format!("cannot start the sandbox server: {e}")))?;
        Ok(Sandbox {
            shared,
            running: Some(running),
        })
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

    /// Blocks until the server stops (`POST /_sandbox/shutdown`, or the process ends), then lets
    /// requests in progress finish.
    pub fn wait(mut self) {
        if let Some(running) = self.running.take() {
            running.wait();
        }
    }
}

impl Drop for Sandbox {
    /// Stops the server and folds the journal into the state file, so a stopped sandbox leaves one
    /// compact file (a killed one leaves the journal, replayed at the next start).
    fn drop(&mut self) {
        stop(&self.shared);
        drop(self.running.take());
        let mut store = lock(&self.shared.store);
        let Some(path) = store.path.clone() else {
            return;
        };
        if let Ok(_file_lock) = FileLock::acquire(&path) {
            store.refresh();
            let _ = store.fold_journal();
        }
    }
}

fn stop(shared: &Shared) {
    shared.stopper.stop();
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

impl server::Handler for Shared {
    fn handle(&self, request: server::Request) -> server::Response {
        serve(self, request)
    }

    fn reject(&self, status: u16, message: &str) -> server::Response {
        respond(&Reply::error(status, message))
    }

    /// `latencyMs` for every API request, half before it is handled and half after, as a request
    /// and its answer each cross the network; plus `writeLatencyMs` before a write (which still
    /// happens after the wait). Control endpoints are never delayed.
    ///
    /// Handling between the two halves matters when requests come in parallel: with the whole
    /// round trip before handling, requests sent together reached the emulator together, every
    /// round of them, and queued for its one state lock.
    fn delay(&self, method: &str, target: &str) -> server::Latency {
        let path = target.split('?').next().unwrap_or_default();
        if !is_api_path(path) {
            return server::Latency::default();
        }
        let faults = &lock(&self.faults).faults;
        let write = if method.eq_ignore_ascii_case("GET") {
            0
        } else {
            faults.write_latency_ms
        };
        let there = faults.latency_ms / 2;
        server::Latency {
            request: Duration::from_millis(there + write),
            response: Duration::from_millis(faults.latency_ms - there),
        }
    }
}

/// Answers one request and logs it. Never panics outward.
fn serve(shared: &Shared, request: server::Request) -> server::Response {
    let (path, query) = match request.target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (request.target.clone(), String::new()),
    };
    let (body, body_error) = match request.body {
        Ok(body) => (body, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    let req = Req {
        method: request.method.to_ascii_uppercase(),
        path,
        query,
        headers: request.headers,
        body,
    };
    let reply = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match body_error {
        Some(server::BodyError::TooLarge) => {
            Reply::error(413, "The request body is larger than 1 MiB.")
        }
        Some(server::BodyError::Unreadable) => {
            Reply::error(400, "The request body could not be read.")
        }
        None => dispatch(shared, &req),
    }))
    .unwrap_or_else(|_| Reply::error(500, "Internal sandbox error."));

    if is_api_path(&req.path) {
        log_request(shared, &req, reply.status);
    }
    respond(&reply)
}

/// The wire form of a reply, with a fresh tracking id.
fn respond(reply: &Reply) -> server::Response {
    let tracking_id = format!("ROUTER_{}", uuid::Uuid::new_v4());
    let body = reply.render(&tracking_id);
    let mut headers = vec![("TrackingID".to_string(), tracking_id)];
    if !body.is_empty() {
        headers.push((
            "Content-Type".to_string(),
            "application/json;charset=UTF-8".to_string(),
        ));
    }
    headers.extend(reply.headers.iter().cloned());
    server::Response {
        status: reply.status,
        headers,
        body,
        delivery: reply.delivery,
    }
}

fn is_api_path(path: &str) -> bool {
    path == "/v1" || path.starts_with("/v1/") || path == "/idb" || path.starts_with("/idb/")
}

fn log_request(shared: &Shared, req: &Req, status: u16) {
    let mut entry = json!({
        "method": req.method,
        "path": req.path,
        "query": util::redact_query(&req.query),
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
        Some(Injected::SlowDown) => {
            return Reply::oauth(
                400,
                "slow_down",
                "Polling too fast: wait 5 seconds longer between polls.",
            );
        }
        Some(Injected::Reset | Injected::Stall(_)) | None => {}
    }
    let delivery = match injected {
        Some(Injected::Reset) => server::Delivery::ResetMidway,
        Some(Injected::Stall(ms)) => server::Delivery::StallMidway(Duration::from_millis(ms)),
        _ => server::Delivery::Whole,
    };
    // Writes (and /authorize, which stores a code) go through the state file lock.
    let writes = req.method != "GET" || req.path == "/v1/authorize";
    let issuer = format!("{}/idb", shared.root);
    let presigned = datasources::presign(req, &shared.keys, &issuer, |id| {
        let store = lock(&shared.store);
        datasources::Basis {
            rotated: store.state.rotated,
            org_id: store.state.org_id.clone(),
            current: id.and_then(|id| {
                store
                    .state
                    .data_sources
                    .iter()
                    .find(|d| d.id == id)
                    .cloned()
            }),
        }
    });
    let mut reply = with_state(shared, writes, |state, now| {
        let mut ctx = Ctx {
            req,
            state,
            keys: &shared.keys,
            faults: &faults,
            issuer: &issuer,
            root: &shared.root,
            now,
            changes: Changes::default(),
            presigned: presigned.as_ref(),
        };
        let reply = route(&mut ctx);
        (reply, ctx.changes)
    });
    reply.delivery = delivery;
    reply
}

/// Runs `f` on fresh state; persists what it reports changed. `writes` takes the sidecar file
/// lock so processes sharing one state file do not lose each other's updates.
fn with_state(
    shared: &Shared,
    writes: bool,
    f: impl FnOnce(&mut State, i64) -> (Reply, Changes),
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
    let now = util::now_unix();
    let (reply, mut changes) = f(&mut store.state, now);
    if changes.any() {
        changes.rest |= store.state.prune(now);
        if let Err(e) = store.record(&changes) {
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
    /// What handlers changed, for the store to persist.
    pub changes: Changes,
    /// The token signed for this request before the lock was taken, if any.
    pub presigned: Option<&'a datasources::Presigned>,
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
