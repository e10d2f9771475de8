//! The sandbox's HTTP/1.1 transport: an accept thread and one thread per connection, so a client
//! that keeps a connection alive and idle never delays another one (tiny_http 0.12's task pool
//! could leave a new connection queued until some other connection closed).
//!
//! Per connection: keep-alive per HTTP/1.1 (closed after `Connection: close`, or HTTP/1.0 without
//! `keep-alive`), an idle timeout, a cap on the request head (431) and body (413, then closed),
//! `Content-Length` and `chunked` request bodies, `Expect: 100-continue`. Responses always carry
//! `Date` and `Content-Length` (except 1xx/204/304, which have no body), and `Connection: close`
//! when the server closes. A malformed request gets 400 and the connection is closed. Whatever the
//! input, nothing panics; a vanished client is simply dropped.

use std::io::{self, ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Limits of one server.
#[derive(Clone, Debug)]
pub struct Config {
    /// Open connections beyond this are answered 503 and closed at once.
    pub max_connections: usize,
    /// Requests handled at once; further ones wait (idle connections do not count).
    pub max_handlers: usize,
    /// A connection with no request for this long is closed; also the limit for each read and
    /// write within a request, and for receiving a whole request head.
    pub idle_timeout: Duration,
    /// Request line plus headers; beyond it 431.
    pub max_head: usize,
    /// Request body; beyond it 413.
    pub max_body: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_connections: 256,
            max_handlers: 4,
            idle_timeout: Duration::from_secs(30),
            max_head: 64 * 1024,
            max_body: 1024 * 1024,
        }
    }
}

/// One request as read from the wire.
pub struct Request {
    pub method: String,
    /// The request target as sent (`/path?query`); an absolute-form target loses its scheme and
    /// authority.
    pub target: String,
    pub headers: Vec<(String, String)>,
    /// The body, or why it could not be had (the connection is closed after the response).
    pub body: Result<Vec<u8>, BodyError>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyError {
    /// Declared or sent body larger than `Config::max_body`.
    TooLarge,
    /// The client stopped sending, timed out, or broke the chunked framing.
    Unreadable,
}

/// What to send back; the server adds the framing headers (`Content-Length`, `Date`, `Connection`).
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delivery: Delivery,
}

/// How the response reaches the client: whole, or broken on purpose (fault injection).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Delivery {
    #[default]
    Whole,
    /// The head and half the body, then a TCP reset.
    ResetMidway,
    /// The head and half the body, then nothing for this long, then the rest.
    StallMidway(Duration),
}

/// The application behind the server.
pub trait Handler: Send + Sync + 'static {
    fn handle(&self, req: Request) -> Response;
    /// The answer to a request refused by the transport itself (malformed, too large head,
    /// unsupported transfer coding, too many connections), never seen by `handle`.
    fn reject(&self, status: u16, message: &str) -> Response;
    /// Simulated network latency: how long a request travels before it is handled, and its
    /// answer after. Neither wait takes one of the `max_handlers` slots: a slow network does not
    /// occupy a server.
    fn delay(&self, _method: &str, _target: &str) -> Latency {
        Latency::default()
    }
}

/// The two halves of a simulated round trip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Latency {
    /// Before the request is handled (the request on the wire).
    pub request: Duration,
    /// After it was handled, before the answer is sent (the answer on the wire).
    pub response: Duration,
}

/// A bound listener, not yet serving: its address is known before the application is built.
pub struct Server {
    listener: TcpListener,
    control: Arc<Control>,
}

/// A serving server. Dropping it stops it.
pub struct Running {
    control: Arc<Control>,
    accept: Option<JoinHandle<()>>,
}

/// Stops a server from anywhere, including from inside a handler.
#[derive(Clone)]
pub struct Stopper(Arc<Control>);

struct Control {
    config: Config,
    stop: AtomicBool,
    /// Where `stop` connects to wake the blocked `accept`.
    wake_addr: SocketAddr,
    counts: Mutex<Counts>,
    changed: Condvar,
}

#[derive(Default)]
struct Counts {
    connections: usize,
    /// Connections between the first byte of a request and the end of its response.
    busy: usize,
    handlers: usize,
}

/// How often an idle connection looks at the stop flag.
const IDLE_POLL: Duration = Duration::from_millis(250);
/// How long a closing connection keeps reading (and discarding) what the client still sends, so
/// that the client reads our final response instead of a connection reset.
const LINGER: Duration = Duration::from_secs(2);
const LINGER_MAX_BYTES: usize = 16 * 1024 * 1024;
/// How long `wait` and `Drop` wait for requests in progress after the listener closed.
const DRAIN: Duration = Duration::from_secs(5);
const MAX_HEADERS: usize = 128;
const MAX_CHUNK_LINE: usize = 4096;

fn lock(m: &Mutex<Counts>) -> MutexGuard<'_, Counts> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Server {
    /// Binds `addr` (port 0 picks a free port).
    pub fn bind(addr: &str, config: Config) -> io::Result<Server> {
        let listener = TcpListener::bind(addr)?;
        let mut wake_addr = listener.local_addr()?;
        if wake_addr.ip().is_unspecified() {
            wake_addr.set_ip(match wake_addr {
                SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            });
        }
        let control = Arc::new(Control {
            config,
            stop: AtomicBool::new(false),
            wake_addr,
            counts: Mutex::new(Counts::default()),
            changed: Condvar::new(),
        });
        Ok(Server { listener, control })
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn stopper(&self) -> Stopper {
        Stopper(Arc::clone(&self.control))
    }

    /// Starts the accept thread.
    pub fn spawn(self, handler: Arc<dyn Handler>) -> io::Result<Running> {
        let control = Arc::clone(&self.control);
        let listener = self.listener;
        let accept = std::thread::Builder::new()
            .name("sandbox-accept".into())
            .spawn(move || accept_loop(&listener, &control, &handler))?;
        Ok(Running {
            control: self.control,
            accept: Some(accept),
        })
    }
}

impl Stopper {
    /// Closes the listener promptly; requests in progress finish, idle connections close.
    pub fn stop(&self) {
        self.0.stop();
    }
}

impl Running {
    /// Blocks until the server is stopped (by a `Stopper`), then lets requests in progress finish
    /// (for a few seconds at most).
    pub fn wait(mut self) {
        self.join();
    }

    fn join(&mut self) {
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
        self.control.drain();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.control.stop();
        self.join();
    }
}

impl Control {
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    fn stop(&self) {
        if !self.stop.swap(true, Ordering::SeqCst) {
            // `accept` has no timeout: one connection wakes it to see the flag.
            let _ = TcpStream::connect_timeout(&self.wake_addr, Duration::from_secs(1));
        }
    }

    fn drain(&self) {
        let deadline = Instant::now() + DRAIN;
        let mut counts = lock(&self.counts);
        while counts.busy > 0 {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                return;
            };
            counts = match self.changed.wait_timeout(counts, left) {
                Ok((c, _)) => c,
                Err(e) => e.into_inner().0,
            };
        }
    }

    fn update(&self, f: impl FnOnce(&mut Counts)) {
        f(&mut lock(&self.counts));
        self.changed.notify_all();
    }

    /// Takes a connection slot, unless all are in use.
    fn open_connection(self: &Arc<Self>) -> Option<ConnectionSlot> {
        let mut counts = lock(&self.counts);
        if counts.connections >= self.config.max_connections {
            return None;
        }
        counts.connections += 1;
        Some(ConnectionSlot(Arc::clone(self)))
    }

    /// Runs `f` once fewer than `max_handlers` others are running.
    fn with_handler_slot<T>(&self, f: impl FnOnce() -> T) -> T {
        {
            let mut counts = lock(&self.counts);
            while counts.handlers >= self.config.max_handlers.max(1) {
                counts = self.changed.wait(counts).unwrap_or_else(|e| e.into_inner());
            }
            counts.handlers += 1;
        }
        struct Release<'a>(&'a Control);
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                self.0.update(|c| c.handlers -= 1);
            }
        }
        let _release = Release(self);
        f()
    }
}

/// Counts an open connection; released when dropped, even by a panicking thread.
struct ConnectionSlot(Arc<Control>);

impl Drop for ConnectionSlot {
    fn drop(&mut self) {
        self.0.update(|c| c.connections -= 1);
    }
}

/// Marks a connection busy with a request.
struct Busy<'a>(&'a Control);

impl<'a> Busy<'a> {
    fn new(control: &'a Control) -> Busy<'a> {
        control.update(|c| c.busy += 1);
        Busy(control)
    }
}

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.update(|c| c.busy -= 1);
    }
}

fn accept_loop(listener: &TcpListener, control: &Arc<Control>, handler: &Arc<dyn Handler>) {
    loop {
        let accepted = listener.accept();
        if control.stopping() {
            return;
        }
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of descriptors and the like: do not spin.
                if e.kind() != ErrorKind::Interrupted {
                    std::thread::sleep(Duration::from_millis(10));
                }
                continue;
            }
        };
        let Some(slot) = control.open_connection() else {
            refuse_overloaded(stream, handler.as_ref());
            continue;
        };
        let (control, handler) = (Arc::clone(control), Arc::clone(handler));
        // On a spawn failure the closure, with the stream and the slot, is dropped: the client
        // sees the connection close.
        let _ = std::thread::Builder::new()
            .name("sandbox-conn".into())
            .spawn(move || {
                let _slot = slot;
                Connection::new(stream, &control).serve(handler.as_ref());
            });
    }
}

/// 503 from the accept thread itself, without a thread or a wait for the request.
fn refuse_overloaded(mut stream: TcpStream, handler: &dyn Handler) {
    // Discard what already arrived so closing does not reset the connection over our answer.
    if stream.set_nonblocking(true).is_ok() {
        let mut sink = [0u8; 8192];
        while matches!(stream.read(&mut sink), Ok(n) if n > 0) {}
        let _ = stream.set_nonblocking(false);
    }
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let response = handler.reject(503, "The sandbox has too many open connections.");
    let _ = stream.write_all(&render(&response, false, true, false));
    let _ = stream.shutdown(Shutdown::Write);
}

/// Closes `stream` with a TCP reset rather than an orderly FIN (`SO_LINGER` 0), as a crashed server
/// or a middlebox would.
#[allow(unsafe_code)] // the one socket option std does not expose
fn reset(stream: &TcpStream) {
    use std::os::fd::AsRawFd;
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: a valid socket descriptor owned by `stream`, a properly sized `linger` value.
    unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        );
    }
}

/// The parsed request line and headers, and what they say about framing.
struct Head {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    keep_alive: bool,
    http10: bool,
    body: Framing,
    expect_continue: bool,
}

enum Framing {
    Length(u64),
    Chunked,
}

/// Why no request could be read.
enum ReadError {
    /// The client closed, went quiet, or the server is stopping: close without answering.
    Gone,
    /// Answer this status and close.
    Refuse(u16, &'static str),
}

struct Connection<'a> {
    stream: TcpStream,
    control: &'a Control,
    /// Received but not yet consumed bytes.
    buf: Vec<u8>,
}

impl<'a> Connection<'a> {
    fn new(stream: TcpStream, control: &'a Control) -> Connection<'a> {
        let _ = stream.set_nodelay(true);
        let _ = stream.set_write_timeout(Some(control.config.idle_timeout));
        Connection {
            stream,
            control,
            buf: Vec::new(),
        }
    }

    fn config(&self) -> &Config {
        &self.control.config
    }

    fn serve(mut self, handler: &dyn Handler) {
        loop {
            if !self.await_request() {
                return;
            }
            let _busy = Busy::new(self.control);
            let head = match self.read_head() {
                Ok(head) => head,
                Err(ReadError::Gone) => return,
                Err(ReadError::Refuse(status, message)) => {
                    let reply = handler.reject(status, message);
                    let _ = self.stream.write_all(&render(&reply, false, true, false));
                    self.linger_close();
                    return;
                }
            };
            let body = self.read_body(&head);
            let mut close = !head.keep_alive || body.is_err();
            let (method, http10) = (head.method.clone(), head.http10);
            let request = Request {
                method: head.method,
                target: head.target,
                headers: head.headers,
                body,
            };
            let latency = handler.delay(&request.method, &request.target);
            if !latency.request.is_zero() {
                std::thread::sleep(latency.request);
            }
            let response = self.control.with_handler_slot(|| {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handler.handle(request)))
                    .unwrap_or_else(|_| handler.reject(500, "Internal sandbox error."))
            });
            if !latency.response.is_zero() {
                std::thread::sleep(latency.response);
            }
            close |= self.control.stopping();
            let bytes = render(
                &response,
                method.eq_ignore_ascii_case("HEAD"),
                close,
                http10 && !close,
            );
            if !self.deliver(&bytes, response.delivery) {
                return;
            }
            if close {
                self.linger_close();
                return;
            }
        }
    }

    /// Writes a rendered response as `delivery` says; false when the connection is done.
    fn deliver(&mut self, bytes: &[u8], delivery: Delivery) -> bool {
        let midway = || {
            let head = bytes
                .windows(4)
                .position(|w| w == b"\r\n\r\n")
                .map_or(bytes.len(), |i| i + 4);
            if head < bytes.len() {
                head + (bytes.len() - head) / 2
            } else {
                head / 2
            }
        };
        match delivery {
            Delivery::Whole => self.stream.write_all(bytes).is_ok(),
            Delivery::ResetMidway => {
                let _ = self.stream.write_all(&bytes[..midway()]);
                let _ = self.stream.flush();
                reset(&self.stream);
                false
            }
            Delivery::StallMidway(pause) => {
                let cut = midway();
                if self.stream.write_all(&bytes[..cut]).is_err() {
                    return false;
                }
                std::thread::sleep(pause);
                self.stream.write_all(&bytes[cut..]).is_ok()
            }
        }
    }

    /// Waits for the first byte of the next request: false when the client closed, stayed idle
    /// past the timeout, or the server is stopping.
    fn await_request(&mut self) -> bool {
        if !self.buf.is_empty() {
            return !self.control.stopping();
        }
        let idle_since = Instant::now();
        let _ = self.stream.set_read_timeout(Some(IDLE_POLL));
        loop {
            if self.control.stopping() || idle_since.elapsed() >= self.config().idle_timeout {
                return false;
            }
            match self.fill() {
                Ok(0) => return false,
                Ok(_) => {
                    let _ = self
                        .stream
                        .set_read_timeout(Some(self.config().idle_timeout));
                    return true;
                }
                Err(e) if is_timeout(&e) || e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
    }

    /// Reads more bytes into `buf`; `Ok(0)` at end of stream.
    fn fill(&mut self) -> io::Result<usize> {
        let mut chunk = [0u8; 8192];
        let n = self.stream.read(&mut chunk)?;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    fn read_head(&mut self) -> Result<Head, ReadError> {
        let deadline = Instant::now() + self.config().idle_timeout;
        loop {
            let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let mut parsed = httparse::Request::new(&mut slots);
            match parsed.parse(&self.buf) {
                Ok(httparse::Status::Complete(len)) if len > self.config().max_head => {
                    return Err(ReadError::Refuse(431, "The request headers are too large."));
                }
                Ok(httparse::Status::Complete(len)) => {
                    let head = interpret(&parsed)?;
                    self.buf.drain(..len);
                    return Ok(head);
                }
                Ok(httparse::Status::Partial) => {
                    if self.buf.len() > self.config().max_head {
                        return Err(ReadError::Refuse(431, "The request headers are too large."));
                    }
                }
                Err(httparse::Error::TooManyHeaders) => {
                    return Err(ReadError::Refuse(431, "The request has too many headers."));
                }
                Err(_) => return Err(ReadError::Refuse(400, "Malformed HTTP request.")),
            }
            if Instant::now() >= deadline {
                return Err(ReadError::Gone);
            }
            match self.fill() {
                Ok(0) => return Err(ReadError::Gone),
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return Err(ReadError::Gone),
            }
        }
    }

    fn read_body(&mut self, head: &Head) -> Result<Vec<u8>, BodyError> {
        let max = self.config().max_body;
        if let Framing::Length(n) = head.body
            && n > max as u64
        {
            return Err(BodyError::TooLarge);
        }
        let has_body = !matches!(head.body, Framing::Length(0));
        if head.expect_continue && has_body && self.buf.is_empty() {
            self.stream
                .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .map_err(|_| BodyError::Unreadable)?;
        }
        match head.body {
            Framing::Length(n) => self.take(n as usize),
            Framing::Chunked => self.read_chunked(max),
        }
    }

    /// Exactly `n` bytes of the stream.
    fn take(&mut self, n: usize) -> Result<Vec<u8>, BodyError> {
        while self.buf.len() < n {
            match self.fill() {
                Ok(0) => return Err(BodyError::Unreadable),
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return Err(BodyError::Unreadable),
            }
        }
        Ok(self.buf.drain(..n).collect())
    }

    /// One CRLF-terminated line, without the CRLF.
    fn line(&mut self, max: usize) -> Result<Vec<u8>, BodyError> {
        let mut searched = 0;
        loop {
            if let Some(i) = self.buf[searched..].windows(2).position(|w| w == b"\r\n") {
                let end = searched + i;
                let line = self.buf[..end].to_vec();
                self.buf.drain(..end + 2);
                return Ok(line);
            }
            if self.buf.len() > max {
                return Err(BodyError::Unreadable);
            }
            searched = self.buf.len().saturating_sub(1);
            match self.fill() {
                Ok(0) => return Err(BodyError::Unreadable),
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return Err(BodyError::Unreadable),
            }
        }
    }

    /// A `Transfer-Encoding: chunked` body; extensions and trailers are ignored.
    fn read_chunked(&mut self, max: usize) -> Result<Vec<u8>, BodyError> {
        let mut body = Vec::new();
        loop {
            let line = self.line(MAX_CHUNK_LINE)?;
            let size = std::str::from_utf8(&line)
                .ok()
                .and_then(|l| l.split(';').next())
                .map(str::trim)
                .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit()))
                .and_then(|s| usize::from_str_radix(s, 16).ok())
                .ok_or(BodyError::Unreadable)?;
            if size == 0 {
                break;
            }
            if size > max - body.len() {
                return Err(BodyError::TooLarge);
            }
            body.extend(self.take(size)?);
            if !self.line(2)?.is_empty() {
                return Err(BodyError::Unreadable);
            }
        }
        let mut trailer_bytes = 0;
        loop {
            let line = self.line(self.config().max_head)?;
            if line.is_empty() {
                return Ok(body);
            }
            trailer_bytes += line.len();
            if trailer_bytes > self.config().max_head {
                return Err(BodyError::Unreadable);
            }
        }
    }

    /// Closes after a final response: stop sending, then read and discard what the client still
    /// sends for a moment, so that it sees our response rather than a reset.
    fn linger_close(mut self) {
        let _ = self.stream.shutdown(Shutdown::Write);
        let _ = self
            .stream
            .set_read_timeout(Some(Duration::from_millis(100)));
        let deadline = Instant::now() + LINGER;
        let mut discarded = 0;
        let mut sink = [0u8; 8192];
        while Instant::now() < deadline && discarded < LINGER_MAX_BYTES && !self.control.stopping()
        {
            match self.stream.read(&mut sink) {
                Ok(0) => return,
                Ok(n) => discarded += n,
                Err(e) if is_timeout(&e) || e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return,
            }
        }
    }
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut)
}

/// The head's meaning: target, keep-alive, body framing, expectations.
fn interpret(parsed: &httparse::Request) -> Result<Head, ReadError> {
    let malformed = ReadError::Refuse(400, "Malformed HTTP request.");
    let (Some(method), Some(target), Some(version)) = (parsed.method, parsed.path, parsed.version)
    else {
        return Err(malformed);
    };
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_string(),
                String::from_utf8_lossy(h.value).trim().to_string(),
            )
        })
        .collect();
    let values = |name: &'static str| {
        headers
            .iter()
            .filter(move |(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let tokens = |name: &'static str| -> Vec<String> {
        values(name)
            .flat_map(|v| v.split(','))
            .map(|t| t.trim().to_ascii_lowercase())
            .filter(|t| !t.is_empty())
            .collect()
    };

    let http10 = version == 0;
    let connection = tokens("Connection");
    let keep_alive = if http10 {
        connection.iter().any(|t| t == "keep-alive")
    } else {
        !connection.iter().any(|t| t == "close")
    };

    let mut lengths = values("Content-Length").flat_map(|v| v.split(','));
    let length = match lengths.next() {
        None => None,
        Some(first) => {
            let n = parse_length(first).ok_or(ReadError::Refuse(400, "Invalid Content-Length."))?;
            if !lengths.all(|v| parse_length(v) == Some(n)) {
                return Err(ReadError::Refuse(
                    400,
                    "Conflicting Content-Length headers.",
                ));
            }
            Some(n)
        }
    };
    let codings = tokens("Transfer-Encoding");
    let body = if codings.is_empty() {
        Framing::Length(length.unwrap_or(0))
    } else if length.is_some() {
        // Both framings at once is how requests get smuggled: refuse.
        return Err(ReadError::Refuse(
            400,
            "Both Transfer-Encoding and Content-Length were sent.",
        ));
    } else if codings == ["chunked"] {
        Framing::Chunked
    } else {
        return Err(ReadError::Refuse(
            501,
            "Only the chunked transfer coding is supported.",
        ));
    };

    let expect = tokens("Expect");
    let expect_continue = match expect.as_slice() {
        [] => false,
        [e] if e == "100-continue" => !http10,
        _ => return Err(ReadError::Refuse(417, "Unsupported expectation.")),
    };

    Ok(Head {
        method: method.to_string(),
        target: origin_form(target),
        headers,
        keep_alive,
        http10,
        body,
        expect_continue,
    })
}

fn parse_length(v: &str) -> Option<u64> {
    let v = v.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
}

/// `http://host:port/p?q` → `/p?q`; other targets unchanged.
fn origin_form(target: &str) -> String {
    let lower = target.get(..8).unwrap_or(target).to_ascii_lowercase();
    let rest = if lower.starts_with("http://") {
        &target[7..]
    } else if lower.starts_with("https://") {
        &target[8..]
    } else {
        return target.to_string();
    };
    match rest.find(['/', '?']) {
        Some(i) if rest[i..].starts_with('/') => rest[i..].to_string(),
        Some(i) => format!("/{}", &rest[i..]),
        None => "/".to_string(),
    }
}

/// The standard reason phrase of the statuses an emulator of a REST API sends; empty for others
/// (allowed: clients read the code).
fn reason_phrase(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        417 => "Expectation Failed",
        423 => "Locked",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// Status line, headers and body. `head_only` leaves the body out (HEAD), `close` announces the
/// close, `keep_alive` announces keep-alive to an HTTP/1.0 client.
fn render(response: &Response, head_only: bool, close: bool, keep_alive: bool) -> Vec<u8> {
    let status = response.status;
    let reason = reason_phrase(status);
    let mut out = format!("HTTP/1.1 {status} {reason}\r\n");
    out.push_str(&format!(
        "Date: {}\r\n",
        chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S GMT")
    ));
    let bodiless = (100..200).contains(&status) || status == 204 || status == 304;
    if !bodiless {
        out.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
    }
    for (name, value) in &response.headers {
        let framing = ["content-length", "transfer-encoding", "connection", "date"]
            .iter()
            .any(|f| name.eq_ignore_ascii_case(f));
        let injectable = |s: &str| s.bytes().any(|b| b == b'\r' || b == b'\n');
        if framing || name.is_empty() || injectable(name) || injectable(value) {
            continue;
        }
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    if close {
        out.push_str("Connection: close\r\n");
    } else if keep_alive {
        out.push_str("Connection: keep-alive\r\n");
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    if !head_only && !bodiless {
        bytes.extend_from_slice(&response.body);
    }
    bytes
}

#[cfg(test)]
mod tests;
