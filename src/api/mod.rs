//! The Webex HTTP client: one ureq agent per run, timeouts always set, Webex error bodies, retries
//! with Retry-After and backoff, Link pagination, and a redacted trace. Typed endpoints live in the
//! submodules.

pub mod datasources;
mod page;
mod resolve;
mod retry;
pub mod tls;

use std::time::{Duration, Instant};

use serde_json::Value;
use ureq::http;

use crate::error::{ApiError, Error, Result};
use crate::redact;
use crate::urlenc::form_encode;

pub use retry::{RetryPolicy, test_wait_scale};

/// Where the bearer token comes from. The credential chain implements this; so does a fixed token.
pub trait TokenProvider: Send + Sync {
    /// The bearer token to send now.
    fn bearer(&self) -> Result<String>;
    /// The API answered 401 to `rejected`. Return true when a different token may now be available
    /// (the request is then retried once).
    fn unauthorized(&self, _rejected: &str) -> Result<bool> {
        Ok(false)
    }
}

/// A token given as is (`BYODS_TOKEN`, `--token-file`, the in-process sandbox).
pub struct StaticToken(pub String);

impl TokenProvider for StaticToken {
    fn bearer(&self) -> Result<String> {
        Ok(self.0.clone())
    }
}

/// Receives the lines of the request trace; the caller decides where they are shown.
pub type Trace = std::sync::Arc<dyn Fn(&str) + Send + Sync>;

pub struct ClientConfig {
    pub base_url: String,
    pub timeout: Duration,
    /// Where the `-v` trace goes (secrets redacted); None: no trace.
    pub trace: Option<Trace>,
    /// Where a retry is announced ("retrying in 2 s (503)") when there is no trace; None: silent.
    pub notice: Option<Trace>,
    pub retry: RetryPolicy,
}

pub struct Client {
    agent: ureq::Agent,
    base_url: String,
    tokens: Box<dyn TokenProvider>,
    trace: Option<Trace>,
    notice: Option<Trace>,
    retry: RetryPolicy,
}

/// A successful (2xx) response.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Value,
    pub tracking_id: Option<String>,
    next_link: Option<String>,
}

/// What an HTTP method may safely do again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// A request body: JSON for the data source API, a form for the OAuth endpoints.
pub enum Body<'a> {
    None,
    Json(&'a Value),
    Form(&'a [(&'a str, &'a str)]),
}

/// One agent for requests to `target`'s host. Proxies come from the environment, but never for a
/// loopback host: plain http is allowed there only because it does not leave the machine.
pub fn build_agent(timeout: Duration, target: &str) -> ureq::Agent {
    let loopback = target
        .parse::<http::Uri>()
        .ok()
        .and_then(|u| u.host().map(is_loopback))
        .unwrap_or(false);
    let proxy = if loopback {
        None
    } else {
        ureq::Proxy::try_from_env()
    };
    let builder = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .timeout_connect(Some(timeout.min(Duration::from_secs(10))))
        .http_status_as_error(false)
        .max_redirects(0)
        .proxy(proxy)
        .user_agent(concat!("byods/", env!("CARGO_PKG_VERSION")));
    // Reading the system's root certificates costs more than a whole run against a loopback
    // sandbox over plain http, which needs none.
    let plain_loopback = loopback && target.trim_start().starts_with("http://");
    let builder = if plain_loopback {
        builder
    } else {
        builder.tls_config(tls::config())
    };
    ureq::Agent::with_parts(
        builder.build(),
        ureq::unversioned::transport::DefaultConnector::default(),
        resolve::CachingResolver::default(),
    )
}

/// Refuses a base URL that would send a token in clear text: https, or http to a loopback host only.
pub fn check_base_url(base_url: &str) -> Result<String> {
    check_transport(base_url, "base URL", "the bearer token").map_err(Error::Config)
}

/// `url` is https, or http to a loopback host (no user info), else the reason why not. `what` names
/// the URL in the message, `carried` what would travel in clear text.
pub fn check_transport(
    url: &str,
    what: &str,
    carried: &str,
) -> std::result::Result<String, String> {
    let trimmed = url.trim().trim_end_matches('/');
    let shown = redact::url(url);
    let uri: http::Uri = trimmed
        .parse()
        .map_err(|_| format!("invalid {what} '{shown}'"))?;
    let host = uri.host().unwrap_or("");
    // Scheme and host first (their messages say more), then user info.
    let transport_ok = match uri.scheme_str() {
        Some("https") => !host.is_empty(),
        Some("http") => is_loopback(host),
        _ => false,
    };
    if transport_ok && uri.authority().is_some_and(|a| a.as_str().contains('@')) {
        return Err(format!(
            "refusing {what} '{shown}': it carries a user name or password; \
             byods authenticates with a bearer token"
        ));
    }
    match uri.scheme_str() {
        Some("https") if !host.is_empty() => Ok(trimmed.to_string()),
        Some("http") if is_loopback(host) => Ok(trimmed.to_string()),
        Some("http") => Err(format!(
            "refusing {what} '{shown}': plain http is only allowed to a loopback host \
             (127.0.0.1, ::1, localhost), because {carried} would travel in clear text; use https"
        )),
        _ => Err(format!(
            "invalid {what} '{shown}': expected https://host/... (e.g. https://webexapis.com/v1)"
        )),
    }
}

pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

fn origin(url: &str) -> Option<String> {
    let uri: http::Uri = url.parse().ok()?;
    Some(format!(
        "{}://{}",
        uri.scheme_str()?,
        uri.authority()?.as_str()
    ))
}

impl Client {
    pub fn new(config: ClientConfig, tokens: Box<dyn TokenProvider>) -> Result<Client> {
        let base_url = check_base_url(&config.base_url)?;
        Ok(Client {
            agent: build_agent(config.timeout, &base_url),
            base_url,
            tokens,
            trace: config.trace,
            notice: config.notice,
            retry: config.retry,
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// `path` relative to the base URL (`/dataSources`) or an absolute URL on the same origin.
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}{}", self.base_url, path)
        }
    }

    pub fn get(&self, path: &str) -> Result<Response> {
        self.send(Method::Get, path, Body::None)
    }

    /// All items of a list endpoint (`{"items": [...]}`), following `Link: <...>; rel="next"`.
    pub fn list(&self, path: &str) -> Result<Vec<Value>> {
        let mut collected = Collected::default();
        self.list_each(path, &mut collected)?;
        Ok(collected.items)
    }

    /// Every item of a list endpoint handed to `items` as it is parsed from the response, page
    /// after page: a long listing is never held whole here.
    pub fn list_each(&self, path: &str, items: &mut dyn Items) -> Result<()> {
        let mut next = Some(self.url(path));
        let base_origin = origin(&self.base_url);
        // A Link back to a page already read would loop forever (or until the page cap).
        let mut visited = std::collections::HashSet::new();
        let mut pages = 0;
        while let Some(url) = next.take() {
            if !visited.insert(url.clone()) {
                return Err(Error::internal(format!(
                    "the API's pagination loops: page {} links back to {} (already read); \
                     stopped after {pages} pages",
                    pages,
                    redact::url(&url)
                )));
            }
            pages += 1;
            if pages > 10_000 {
                return Err(Error::internal("pagination did not end after 10000 pages"));
            }
            items.page_start();
            let mut sink = Sink {
                items: &mut *items,
                emitted: 0,
                failed: None,
                saw_items: false,
            };
            let next_link = self.send_items(&url, &mut sink)?;
            if !sink.saw_items {
                return Err(Error::internal(format!(
                    "unexpected response from GET {}: no \"items\" array",
                    redact::url(&url)
                )));
            }
            let next_link = next_link.map(|l| resolve_link(l, base_origin.as_deref()));
            if let Some(link) = next_link {
                // The bearer token must never follow a link to another host.
                if origin(&link) != base_origin {
                    return Err(Error::internal(format!(
                        "refusing to follow pagination link to another origin: {}",
                        redact::url(&link)
                    )));
                }
                next = Some(link);
            }
        }
        Ok(())
    }

    /// One page of a listing, its items streamed into `sink`, with `send`'s token renewal.
    /// Returns the page's next link.
    fn send_items(&self, url: &str, sink: &mut Sink<'_>) -> Result<Option<String>> {
        let sent = self.with_renewal(|token| {
            self.send_with_sink(Method::Get, url, &Body::None, Some(token), Some(&mut *sink))
        });
        // The receiver's own failure (e.g. a closed stdout) is the error to report.
        if let Some(e) = sink.failed.take() {
            return Err(e);
        }
        Ok(sent?.next_link)
    }

    /// Sends one API request with the bearer token, retrying as `RetryPolicy` allows and re-asking
    /// the token provider once after a 401.
    pub fn send(&self, method: Method, path: &str, body: Body<'_>) -> Result<Response> {
        let url = self.url(path);
        self.with_renewal(|token| self.send_with(method, &url, &body, Some(token)))
    }

    /// `attempt` with the provider's bearer token; after a 401, once more with a renewed one
    /// when the provider has one.
    fn with_renewal<T>(&self, mut attempt: impl FnMut(&str) -> Result<T>) -> Result<T> {
        let token = self.tokens.bearer()?;
        match attempt(&token) {
            Err(Error::Api(e)) if e.status == 401 => {
                if !self.tokens.unauthorized(&token)? {
                    return Err(Error::Api(e));
                }
                let token = self.tokens.bearer()?;
                self.trace_line("* 401: retrying once with a renewed token");
                attempt(&token)
            }
            other => other,
        }
    }

    /// Sends without the client's token provider (OAuth token endpoints take their own credentials).
    pub fn send_with(
        &self,
        method: Method,
        url: &str,
        body: &Body<'_>,
        bearer: Option<&str>,
    ) -> Result<Response> {
        self.send_with_sink(method, url, body, bearer, None)
    }

    /// `send_with`, with a list page's items streamed into `sink` when there is one. A page whose
    /// items were already handed on is not fetched again after a failure unless the sink can
    /// take the page again from its start.
    fn send_with_sink(
        &self,
        method: Method,
        url: &str,
        body: &Body<'_>,
        bearer: Option<&str>,
        mut sink: Option<&mut Sink<'_>>,
    ) -> Result<Response> {
        if let Some(token) = bearer {
            check_bearer(token)?;
        }
        let deadline = Instant::now() + self.retry.total;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let started = Instant::now();
            self.trace_request(method, url, body, bearer.is_some());
            if let Some(sink) = sink.as_deref_mut()
                && sink.emitted > 0
            {
                sink.items.page_retry();
                sink.emitted = 0;
            }
            let outcome = self.send_once(method, url, body, bearer, sink.as_deref_mut());
            match outcome {
                Ok((status, headers, payload)) => {
                    let tracking_id = header(&headers, "trackingid");
                    self.trace_line(&format!(
                        "< {status} ({} ms){}",
                        started.elapsed().as_millis(),
                        tracking_id
                            .as_deref()
                            .map(|t| format!(" trackingId={t}"))
                            .unwrap_or_default()
                    ));
                    let text = match payload {
                        Payload::Json(body) => {
                            return Ok(Response {
                                status,
                                body,
                                tracking_id,
                                next_link: header(&headers, "link").and_then(|l| next_link(&l)),
                            });
                        }
                        Payload::NotJson(e) => {
                            return Err(Error::internal(format!(
                                "{} {} answered {status} with a body that is not JSON: {e}",
                                method.as_str(),
                                redact::url(url)
                            )));
                        }
                        // Only a status outside 2xx is kept as text.
                        Payload::Text(text) => text,
                    };
                    let mut error = api_error(method, url, status, &headers, &text, tracking_id);
                    if method == Method::Post && outcome_unknown(status) {
                        error.descriptions.push(UNKNOWN_OUTCOME.to_string());
                    }
                    // A server may echo the request back: never show what it was sent in secret.
                    scrub_echoed_secrets(&mut error, body, bearer);
                    match self
                        .retry
                        .after_status(method, status, &headers, attempt, deadline)
                    {
                        Some(wait) => {
                            self.trace_line(&format!(
                                "* HTTP {status}: retry {attempt} in {} ms",
                                wait.as_millis()
                            ));
                            self.announce_retry(method, url, wait, &status.to_string());
                            std::thread::sleep(wait);
                        }
                        None => return Err(Error::Api(Box::new(error))),
                    }
                }
                Err(ureq::Error::BodyExceedsLimit(limit)) => {
                    // The answer came: whatever was asked was processed; a retry would not help.
                    let mut message = format!(
                        "{} {} answered with a body larger than the {} limit",
                        method.as_str(),
                        redact::url(url),
                        crate::limits::size_text(limit)
                    );
                    if method == Method::Post {
                        message.push_str(&format!("; {UNKNOWN_OUTCOME}"));
                    }
                    return Err(Error::Transient(message));
                }
                Err(ureq::Error::Http(e)) => {
                    // The request could not be built (a header value no header may carry):
                    // nothing was sent, and sending again would fail the same way.
                    return Err(Error::Config(format!(
                        "{} {}: invalid request: {e}",
                        method.as_str(),
                        redact::url(url)
                    )));
                }
                Err(e) => {
                    let may_have_reached_server = retry::may_have_been_sent(&e);
                    // Items already handed on cannot be taken back: no second try of this page.
                    if sink
                        .as_deref()
                        .is_some_and(|s| s.emitted > 0 && !s.items.can_restart())
                    {
                        return Err(transport_error(method, url, e, may_have_reached_server));
                    }
                    match self.retry.after_failure(
                        method,
                        may_have_reached_server,
                        attempt,
                        deadline,
                    ) {
                        Some(wait) => {
                            self.trace_line(&format!(
                                "* {e}: retry {attempt} in {} ms",
                                wait.as_millis()
                            ));
                            self.announce_retry(method, url, wait, &transport_reason(&e));
                            std::thread::sleep(wait);
                        }
                        None => {
                            return Err(transport_error(method, url, e, may_have_reached_server));
                        }
                    }
                }
            }
        }
    }

    fn send_once(
        &self,
        method: Method,
        url: &str,
        body: &Body<'_>,
        bearer: Option<&str>,
        sink: Option<&mut Sink<'_>>,
    ) -> std::result::Result<(u16, http::HeaderMap, Payload), ureq::Error> {
        let mut builder = http::Request::builder()
            .method(method.as_str())
            .uri(url)
            .header("accept", "application/json");
        if let Some(token) = bearer {
            builder = builder.header("authorization", format!("Bearer {token}"));
        }
        let bytes: Vec<u8> = match body {
            Body::None => Vec::new(),
            Body::Json(v) => {
                builder = builder.header("content-type", "application/json");
                serde_json::to_vec(v).expect("JSON values serialize")
            }
            Body::Form(pairs) => {
                builder = builder.header("content-type", "application/x-www-form-urlencoded");
                form_encode(pairs).into_bytes()
            }
        };
        let request = builder.body(bytes).map_err(ureq::Error::Http)?;
        let mut response = self.agent.run(request)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.body_mut().with_config().limit(MAX_BODY_BYTES);
        if (200..300).contains(&status) {
            return Ok((status, headers, parse_streamed(body.reader(), sink)?));
        }
        Ok((status, headers, Payload::Text(body.read_to_string()?)))
    }

    fn trace_request(&self, method: Method, url: &str, body: &Body<'_>, bearer: bool) {
        if self.trace.is_none() {
            return;
        }
        let mut line = format!("> {} {}", method.as_str(), redact::url(url));
        if bearer {
            line.push_str("\n> authorization: Bearer [REDACTED]");
        }
        match body {
            Body::None => {}
            Body::Json(v) => line.push_str(&format!("\n> {}", redact::json(v))),
            Body::Form(pairs) => {
                line.push_str(&format!("\n> {}", redact::query(&form_encode(pairs))))
            }
        }
        self.trace_line(&line);
    }

    /// A wait before a retry is said, so seconds of silence do not look like a hang. The `-v`
    /// trace already says it.
    fn announce_retry(&self, method: Method, url: &str, wait: Duration, reason: &str) {
        if self.trace.is_some() {
            return;
        }
        if let Some(notice) = &self.notice {
            let secs = wait.as_secs_f64();
            let shown = if secs >= 1.0 && wait.subsec_millis() == 0 {
                format!("{secs:.0} s")
            } else {
                format!("{secs:.1} s")
            };
            notice(&format!(
                "{} {}: retrying in {shown} ({reason})",
                method.as_str(),
                redact::url(url)
            ));
        }
    }

    fn trace_line(&self, line: &str) {
        if let Some(trace) = &self.trace {
            trace(line);
        }
    }
}

/// The longest bearer token sent (Webex tokens are about 100-2,000 characters).
pub const MAX_BEARER_CHARS: usize = 16 * 1024;

/// A bearer token must fit in an HTTP header as is: visible ASCII without spaces (RFC 6750's
/// b64token, loosely). Anything else (`$'abc\r\nX: 1'`, a pasted multi-line value) is refused before
/// a request is made, with exit 3, instead of failing at the socket and being retried.
pub fn check_bearer(token: &str) -> Result<()> {
    if token.is_empty() {
        return Err(Error::Config("the bearer token is empty".into()));
    }
    if token.len() > MAX_BEARER_CHARS {
        return Err(Error::Config(format!(
            "the bearer token is longer than {MAX_BEARER_CHARS} characters: is it really a token?"
        )));
    }
    if let Some(bad) = token.chars().find(|c| !c.is_ascii_graphic()) {
        let what = match bad {
            '\r' | '\n' => "a line break".to_string(),
            ' ' | '\t' => "a space".to_string(),
            c if c.is_control() => format!("a control character (U+{:04X})", c as u32),
            _ => "a non-ASCII character".to_string(),
        };
        return Err(Error::Config(format!(
            "the bearer token contains {what}, which an HTTP header cannot carry: check \
             BYODS_TOKEN, --token-file or the stored token (nothing was sent)"
        )));
    }
    Ok(())
}

fn header(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// A path-absolute link (RFC 8288 allows relative ones) is on the base's origin.
fn resolve_link(link: String, base_origin: Option<&str>) -> String {
    match base_origin {
        Some(origin) if link.starts_with('/') && !link.starts_with("//") => {
            format!("{origin}{link}")
        }
        _ => link,
    }
}

/// The `rel="next"` target of a Link header.
pub fn next_link(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let (target, params) = part.trim().split_once(';')?;
        let is_next = params.split(';').any(|p| {
            let p = p.trim().replace(' ', "");
            p.eq_ignore_ascii_case("rel=\"next\"") || p.eq_ignore_ascii_case("rel=next")
        });
        let target = target.trim();
        (is_next && target.starts_with('<') && target.ends_with('>'))
            .then(|| target[1..target.len() - 1].to_string())
    })
}

/// Replaces, in an error's text, every secret value the request carried (the bearer token, secret
/// form fields, secret JSON fields).
fn scrub_echoed_secrets(error: &mut ApiError, body: &Body<'_>, bearer: Option<&str>) {
    let mut secrets: Vec<String> = bearer.map(str::to_string).into_iter().collect();
    match body {
        Body::None => {}
        Body::Form(pairs) => secrets.extend(
            pairs
                .iter()
                .filter(|(k, _)| redact::is_secret_key(k))
                .map(|(_, v)| v.to_string()),
        ),
        Body::Json(Value::Object(map)) => secrets.extend(
            map.iter()
                .filter(|(k, _)| redact::is_secret_key(k))
                .filter_map(|(_, v)| v.as_str().map(str::to_string)),
        ),
        Body::Json(_) => {}
    }
    // Echoed form bodies carry the values percent-encoded.
    let encoded: Vec<String> = secrets
        .iter()
        .map(|v| form_encode(&[("", v)])[1..].to_string())
        .collect();
    secrets.extend(encoded);
    // Very short values would blank out ordinary words.
    secrets.retain(|s| s.len() >= 6);
    let scrub = |text: &mut String| {
        for secret in &secrets {
            if text.contains(secret.as_str()) {
                *text = text.replace(secret.as_str(), redact::REDACTED);
            }
        }
    };
    scrub(&mut error.message);
    error.descriptions.iter_mut().for_each(scrub);
}

/// Webex's error body (`message`, `errors[].description`, `trackingId`), an OAuth error body
/// (`error`, `error_description`), or whatever text came back.
fn api_error(
    method: Method,
    url: &str,
    status: u16,
    _headers: &http::HeaderMap,
    text: &str,
    header_tracking_id: Option<String>,
) -> ApiError {
    let parsed: Option<Value> = serde_json::from_str(text).ok();
    let mut message = String::new();
    let mut descriptions = Vec::new();
    let mut tracking_id = header_tracking_id;
    let mut oauth_error = None;
    if let Some(Value::Object(map)) = &parsed {
        oauth_error = map.get("error").and_then(Value::as_str).map(str::to_string);
        if let Some(m) = map.get("message").and_then(Value::as_str) {
            message = m.to_string();
        }
        if let Some(Value::Array(errors)) = map.get("errors") {
            descriptions.extend(
                errors
                    .iter()
                    .filter_map(|e| e.get("description").and_then(Value::as_str))
                    .map(str::to_string),
            );
        }
        if message.is_empty() {
            let oauth = [map.get("error"), map.get("error_description")];
            message = oauth
                .iter()
                .flatten()
                .filter_map(|v| v.as_str())
                .collect::<Vec<_>>()
                .join(": ");
        }
        if let Some(t) = map.get("trackingId").and_then(Value::as_str) {
            tracking_id = Some(t.to_string());
        }
    } else if !text.trim().is_empty() {
        let snippet: String = text.trim().chars().take(200).collect();
        message = snippet;
    }
    if message.is_empty() {
        message = http::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("error")
            .to_string();
    }
    ApiError {
        status,
        method: method.as_str().to_string(),
        url: redact::url(url),
        message,
        descriptions,
        tracking_id,
        oauth_error,
    }
}

/// What is said whenever a POST may have been processed without byods learning the result (a
/// timeout, a reset, a 5xx answer): the same words each time, so scripts and people can rely on them.
pub const UNKNOWN_OUTCOME: &str = "it may or may not have taken effect, so it was not re-sent: \
check the result (`byods ls`) before trying again";

/// Statuses after which a POST may have been processed: a timeout or a server error.
fn outcome_unknown(status: u16) -> bool {
    status == 408 || (500..=599).contains(&status) && status != 501
}

fn transport_error(method: Method, url: &str, e: ureq::Error, may_have_been_sent: bool) -> Error {
    let url = redact::url(url);
    let what = transport_reason(&e);
    if method == Method::Post && may_have_been_sent {
        Error::Transient(format!(
            "{} {url} {what} after the request was sent: {UNKNOWN_OUTCOME}",
            method.as_str()
        ))
    } else {
        Error::Transient(format!("{} {url} {what}", method.as_str()))
    }
}

/// A transport failure in a few words.
fn transport_reason(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Timeout(_) => "timed out".to_string(),
        ureq::Error::HostNotFound => "host not found".to_string(),
        ureq::Error::ConnectionFailed => "connection failed".to_string(),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "connection refused: nothing is listening there".to_string()
        }
        ureq::Error::Io(io) => format!("network error: {io}"),
        other => other.to_string(),
    }
}

// Bulk commands share one client across worker threads.
const _: () = {
    const fn assert_sync<T: Sync + Send>() {}
    assert_sync::<Client>();
};

/// The most a response body may hold.
const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;

/// A response body as `send_once` read it: a success is parsed as it arrives (a long listing is
/// never held twice, as text and as JSON, and parsing overlaps the download); anything else is
/// kept as text for the error message.
enum Payload {
    /// A 2xx body parsed as JSON (Null when empty).
    Json(Value),
    /// A 2xx body that is not JSON: the parser's message.
    NotJson(String),
    /// Any other status's body.
    Text(String),
}

fn parse_streamed(
    reader: impl std::io::Read,
    sink: Option<&mut Sink<'_>>,
) -> std::result::Result<Payload, ureq::Error> {
    use std::io::{BufRead, Read};
    let mut reader = std::io::BufReader::with_capacity(64 * 1024, reader);
    // An empty (or blank) body is a success without content, e.g. a 204.
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(Payload::Json(Value::Null));
        }
        let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let whole = blank == buf.len();
        reader.consume(blank);
        if !whole {
            break;
        }
    }
    let Some(sink) = sink else {
        // A single answer is small (and capped): read whole, it parses faster from a slice.
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        return Ok(match serde_json::from_slice(&bytes) {
            Ok(v) => Payload::Json(v),
            Err(e) => Payload::NotJson(e.to_string()),
        });
    };
    let parsed = page::parse(reader, |item| match sink.items.item(item) {
        Ok(()) => {
            sink.emitted += 1;
            true
        }
        Err(e) => {
            sink.failed = Some(e);
            false
        }
    });
    match parsed {
        Ok((rest, saw_items)) => {
            sink.saw_items |= saw_items;
            Ok(Payload::Json(Value::Object(rest)))
        }
        // A transport failure mid-body stays one (retried like any other).
        Err(page::PageError::Io(e)) => Err(ureq::Error::from(e)),
        Err(page::PageError::NotJson(m)) => Ok(Payload::NotJson(m)),
        Err(page::PageError::Stopped) => {
            Ok(Payload::NotJson("the receiver of the items stopped".into()))
        }
    }
}

/// Where `Client::list_each` hands the items of a listing, one at a time.
pub trait Items {
    /// The next item.
    fn item(&mut self, item: Value) -> Result<()>;
    /// A page starts.
    fn page_start(&mut self) {}
    /// The page is fetched again after a failed attempt: drop what that attempt handed on (only
    /// called when `can_restart`).
    fn page_retry(&mut self) {}
    /// Whether a page whose items were partly handed on can be fetched again.
    fn can_restart(&self) -> bool {
        false
    }
}

/// A listing's items gathered whole (`list`, and `ls` after its filters): a page that failed
/// half-way is dropped and fetched again.
#[derive(Default)]
pub struct Collected {
    pub items: Vec<Value>,
    page_starts_at: usize,
}

impl Items for Collected {
    fn item(&mut self, item: Value) -> Result<()> {
        self.items.push(item);
        Ok(())
    }
    fn page_start(&mut self) {
        self.page_starts_at = self.items.len();
    }
    fn page_retry(&mut self) {
        self.items.truncate(self.page_starts_at);
    }
    fn can_restart(&self) -> bool {
        true
    }
}

/// One page's streaming state: the items so far and the first error of the receiver.
struct Sink<'a> {
    items: &'a mut dyn Items,
    emitted: usize,
    failed: Option<Error>,
    saw_items: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn success_bodies_are_parsed_as_they_arrive() {
        let parse = |text: &str| parse_streamed(text.as_bytes(), None).unwrap();
        assert!(matches!(parse(""), Payload::Json(Value::Null)));
        assert!(matches!(parse(" \n "), Payload::Json(Value::Null)));
        match parse(" {\"items\": [1, 2]} \n") {
            Payload::Json(v) => assert_eq!(v["items"][1], 2),
            _ => panic!("JSON expected"),
        }
        assert!(matches!(parse("<html>"), Payload::NotJson(_)));
        assert!(matches!(parse("{} trailing"), Payload::NotJson(_)));
    }

    #[test]
    fn parses_link_next() {
        assert_eq!(
            next_link("<https://h/v1/x?cursor=2>; rel=\"next\"").as_deref(),
            Some("https://h/v1/x?cursor=2")
        );
        assert_eq!(
            next_link("<https://h/a>; rel=\"prev\", <https://h/b>; rel=\"next\"").as_deref(),
            Some("https://h/b")
        );
        assert_eq!(next_link("<https://h/a>; rel=\"prev\""), None);
        let origin = Some("https://h:8443");
        assert_eq!(
            resolve_link("/v1/x?cursor=2".into(), origin),
            "https://h:8443/v1/x?cursor=2"
        );
        assert_eq!(resolve_link("//evil/x".into(), origin), "//evil/x");
        assert_eq!(resolve_link("https://o/x".into(), origin), "https://o/x");
    }

    #[test]
    fn base_url_must_protect_the_token() {
        assert!(check_base_url("https://webexapis.com/v1/").is_ok());
        assert!(check_base_url("http://127.0.0.1:8765/v1").is_ok());
        assert!(check_base_url("http://localhost:1/v1").is_ok());
        assert!(check_base_url("http://[::1]:1/v1").is_ok());
        assert!(check_base_url("http://example.com/v1").is_err());
        assert!(check_base_url("ftp://example.com").is_err());
        assert!(check_base_url("webexapis.com").is_err());
    }

    #[test]
    fn parses_webex_and_oauth_errors() {
        let h = http::HeaderMap::new();
        let e = api_error(
            Method::Post,
            "https://h/v1/x",
            400,
            &h,
            r#"{"message":"bad","errors":[{"description":"lifetime too long"}],"trackingId":"ROUTER_1"}"#,
            None,
        );
        assert_eq!(e.message, "bad");
        assert_eq!(e.descriptions, vec!["lifetime too long"]);
        assert_eq!(e.tracking_id.as_deref(), Some("ROUTER_1"));
        let e = api_error(
            Method::Post,
            "u",
            400,
            &h,
            r#"{"error":"invalid_grant","error_description":"expired"}"#,
            Some("T".into()),
        );
        assert_eq!(e.message, "invalid_grant: expired");
        assert_eq!(e.tracking_id.as_deref(), Some("T"));
        assert!(e.has_oauth_error("invalid_grant"));
        // Webex sends its own `message` with the OAuth code: the code is still recognised.
        let e = api_error(
            Method::Post,
            "u",
            400,
            &h,
            r#"{"error":"slow_down","error_description":"wait","message":"wait"}"#,
            None,
        );
        assert_eq!(e.message, "wait");
        assert!(e.has_oauth_error("slow_down") && !e.has_oauth_error("invalid_grant"));
        let e = api_error(Method::Get, "u", 502, &h, "", None);
        assert_eq!(e.message, "Bad Gateway");
        let e = api_error(Method::Get, "u", 500, &h, "<html>oops</html>", None);
        assert_eq!(e.message, "<html>oops</html>");
    }

    #[test]
    fn echoed_secrets_are_scrubbed_from_errors() {
        let h = http::HeaderMap::new();
        let form = [("client_id", "C1"), ("client_secret", "s3cr3t/value+x")];
        let echo = format!("<html>bad request: {}</html>", form_encode(&form));
        let mut e = api_error(Method::Post, "u", 400, &h, &echo, None);
        scrub_echoed_secrets(&mut e, &Body::Form(&form), Some("bearer-token-123"));
        assert!(!e.message.contains("s3cr3t"), "{}", e.message);
        assert!(e.message.contains("client_id=C1"));
        let json = serde_json::json!({"clientSecret": "another-secret", "url": "https://x"});
        let mut e = api_error(
            Method::Post,
            "u",
            400,
            &h,
            r#"{"message":"got another-secret and bearer-token-123"}"#,
            None,
        );
        scrub_echoed_secrets(&mut e, &Body::Json(&json), Some("bearer-token-123"));
        assert_eq!(e.message, "got [REDACTED] and [REDACTED]");
    }
}
