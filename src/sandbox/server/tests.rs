//! The transport alone, with an echo handler, spoken to over raw TCP.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::AtomicUsize;

use serde_json::{Value, json};

use super::*;

/// Generous: a bound for "answered at all", never a performance assertion.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Default)]
struct Echo {
    running: AtomicUsize,
    most_running: AtomicUsize,
}

impl Handler for Echo {
    fn handle(&self, req: Request) -> Response {
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.most_running.fetch_max(now, Ordering::SeqCst);
        let response = match (req.target.as_str(), req.body) {
            ("/panic", _) => panic!("handler bug"),
            ("/slow", _) => {
                std::thread::sleep(Duration::from_millis(200));
                reply(200, json!({}))
            }
            ("/empty", _) => Response {
                delivery: Delivery::Whole,
                status: 204,
                headers: vec![("X-Empty".into(), "yes".into())],
                body: Vec::new(),
            },
            (_, Err(BodyError::TooLarge)) => reply(413, json!({"error": "too large"})),
            (_, Err(BodyError::Unreadable)) => reply(400, json!({"error": "unreadable"})),
            (target, Ok(body)) => reply(
                200,
                json!({
                    "method": req.method,
                    "target": target,
                    "body": String::from_utf8_lossy(&body),
                    "headers": req.headers.len(),
                }),
            ),
        };
        self.running.fetch_sub(1, Ordering::SeqCst);
        response
    }

    fn reject(&self, status: u16, message: &str) -> Response {
        reply(status, json!({ "rejected": message }))
    }
}

fn reply(status: u16, value: Value) -> Response {
    Response {
        delivery: Delivery::Whole,
        status,
        headers: vec![
            ("Content-Type".into(), "application/json".into()),
            // A handler cannot break the framing.
            ("Content-Length".into(), "999".into()),
            ("X-Bad".into(), "a\r\nInjected: yes".into()),
        ],
        body: serde_json::to_vec(&value).unwrap(),
    }
}

struct Test {
    running: Option<Running>,
    stopper: Stopper,
    addr: SocketAddr,
    echo: Arc<Echo>,
}

fn start_with(config: Config) -> Test {
    let server = Server::bind("127.0.0.1:0", config).unwrap();
    let addr = server.local_addr().unwrap();
    let stopper = server.stopper();
    let echo = Arc::new(Echo::default());
    let running = server.spawn(Arc::clone(&echo) as Arc<dyn Handler>).unwrap();
    Test {
        running: Some(running),
        stopper,
        addr,
        echo,
    }
}

fn start() -> Test {
    start_with(Config {
        max_body: 1000,
        ..Config::default()
    })
}

struct Client {
    stream: TcpStream,
    buf: Vec<u8>,
}

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    fn closes(&self) -> bool {
        self.header("Connection") == Some("close")
    }
}

impl Client {
    fn connect(t: &Test) -> Client {
        let stream = TcpStream::connect(t.addr).unwrap();
        stream.set_read_timeout(Some(CLIENT_TIMEOUT)).unwrap();
        Client {
            stream,
            buf: Vec::new(),
        }
    }

    fn send(&mut self, bytes: &[u8]) -> &mut Client {
        self.stream.write_all(bytes).unwrap();
        self
    }

    fn fill(&mut self) -> usize {
        let mut chunk = [0u8; 8192];
        let n = self.stream.read(&mut chunk).expect("answered in time");
        self.buf.extend_from_slice(&chunk[..n]);
        n
    }

    /// One response; `head_only` for HEAD (Content-Length describes a body that is not sent).
    fn read_response(&mut self, head_only: bool) -> Resp {
        loop {
            let mut slots = [httparse::EMPTY_HEADER; 64];
            let mut parsed = httparse::Response::new(&mut slots);
            if let httparse::Status::Complete(len) = parsed.parse(&self.buf).unwrap() {
                let status = parsed.code.unwrap();
                let headers: Vec<(String, String)> = parsed
                    .headers
                    .iter()
                    .map(|h| {
                        (
                            h.name.to_string(),
                            String::from_utf8(h.value.to_vec()).unwrap(),
                        )
                    })
                    .collect();
                self.buf.drain(..len);
                let mut resp = Resp {
                    status,
                    headers,
                    body: Vec::new(),
                };
                let length: usize = match resp.header("Content-Length") {
                    Some(n) if !head_only => n.parse().unwrap(),
                    _ => 0,
                };
                while self.buf.len() < length {
                    assert!(self.fill() > 0, "connection closed inside a body");
                }
                resp.body = self.buf.drain(..length).collect();
                return resp;
            }
            assert!(self.fill() > 0, "connection closed before a response");
        }
    }

    fn response(&mut self) -> Resp {
        self.read_response(false)
    }

    /// True when the server closes the connection with nothing more to say. This client's own read
    /// timeout is not a close: the server left the connection open.
    fn closed(&mut self) -> bool {
        if !self.buf.is_empty() {
            return false;
        }
        match self.stream.read(&mut [0u8; 64]) {
            Ok(n) => n == 0,
            Err(e) => !matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ),
        }
    }
}

fn get(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").into_bytes()
}

fn post(path: &str, body: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[test]
fn keep_alive_serves_requests_one_after_another_and_pipelined() {
    let t = start();
    let mut c = Client::connect(&t);
    let first = c.send(&get("/one")).response();
    assert_eq!(first.status, 200);
    assert_eq!(first.json()["target"], "/one");
    assert!(!first.closes(), "{first:?}");
    let second = c.send(&post("/two", "hello")).response();
    assert_eq!(second.json()["body"], "hello");
    assert_eq!(second.json()["method"], "POST");

    let mut both = get("/three");
    both.extend(post("/four", "x"));
    c.send(&both);
    assert_eq!(c.response().json()["target"], "/three");
    assert_eq!(c.response().json()["target"], "/four");
}

#[test]
fn responses_carry_date_and_length_and_keep_framing_headers_to_themselves() {
    let t = start();
    let mut c = Client::connect(&t);
    let r = c.send(&get("/x")).response();
    assert!(
        r.header("Date").is_some_and(|d| d.ends_with(" GMT")),
        "{r:?}"
    );
    assert_eq!(
        r.header("Content-Length"),
        Some(r.body.len().to_string().as_str())
    );
    assert_eq!(
        r.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .count(),
        1
    );
    assert!(r.header("X-Bad").is_none() && r.header("Injected").is_none());

    let empty = c.send(&get("/empty")).response();
    assert_eq!(empty.status, 204);
    assert_eq!(empty.header("X-Empty"), Some("yes"));
    assert!(empty.header("Content-Length").is_none());
    assert_eq!(c.send(&get("/after")).response().status, 200);
}

#[test]
fn connection_close_is_honoured() {
    let t = start();
    let mut c = Client::connect(&t);
    let r = c
        .send(b"GET /bye HTTP/1.1\r\nHost: x\r\nConnection: Keep-Alive, Close\r\n\r\n")
        .response();
    assert_eq!(r.status, 200);
    assert!(r.closes(), "{r:?}");
    assert!(c.closed());
}

#[test]
fn http10_closes_unless_keep_alive_is_asked_for() {
    let t = start();
    let mut c = Client::connect(&t);
    let r = c.send(b"GET /old HTTP/1.0\r\n\r\n").response();
    assert_eq!(r.status, 200);
    assert!(r.closes(), "{r:?}");
    assert!(c.closed());

    let mut c = Client::connect(&t);
    let r = c
        .send(b"GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        .response();
    assert_eq!(r.header("Connection"), Some("keep-alive"));
    let r = c.send(b"GET /again HTTP/1.0\r\n\r\n").response();
    assert_eq!(r.json()["target"], "/again");
    assert!(r.closes());
    assert!(c.closed());
}

#[test]
fn head_gets_the_length_without_a_body() {
    let t = start();
    let mut c = Client::connect(&t);
    let get_len = c.send(&get("/same")).response().body.len();
    let head = c
        .send(b"HEAD /same HTTP/1.1\r\nHost: x\r\n\r\n")
        .read_response(true);
    assert_eq!(head.status, 200);
    // The echo body differs only in the method name: HEAD vs GET.
    assert_eq!(
        head.header("Content-Length"),
        Some((get_len + 1).to_string().as_str())
    );
    // No body bytes were sent: the next response parses straight away.
    assert_eq!(c.send(&get("/next")).response().json()["target"], "/next");
}

#[test]
fn oversized_or_too_many_headers_get_431_and_close() {
    let t = start();
    let mut c = Client::connect(&t);
    let big = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(70 * 1024)
    );
    let r = c.send(big.as_bytes()).response();
    assert_eq!(r.status, 431);
    assert!(r.closes());
    assert!(c.closed());

    let mut c = Client::connect(&t);
    let many: String = (0..200).map(|i| format!("X-H{i}: v\r\n")).collect();
    let r = c
        .send(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes())
        .response();
    assert_eq!(r.status, 431);
    assert!(c.closed());
    assert_eq!(
        t.echo.most_running.load(Ordering::SeqCst),
        0,
        "never handled"
    );
}

#[test]
fn oversized_body_gets_413_and_close_and_the_client_still_reads_it() {
    let t = start();
    let mut c = Client::connect(&t);
    // The whole body is sent before reading, as a simple client does: no reset may eat the 413.
    let r = c.send(&post("/big", &"b".repeat(5000))).response();
    assert_eq!(r.status, 413);
    assert!(r.closes());
    assert!(c.closed());

    let mut c = Client::connect(&t);
    let chunked = format!(
        "POST /big HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{}\r\n0\r\n\r\n",
        2000,
        "c".repeat(2000)
    );
    let r = c.send(chunked.as_bytes()).response();
    assert_eq!(r.status, 413);
    assert!(c.closed());
}

#[test]
fn chunked_bodies_are_decoded() {
    let t = start();
    let mut c = Client::connect(&t);
    let r = c
        .send(
            b"POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\
              5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n",
        )
        .response();
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["body"], "hello, world");
    assert!(!r.closes());
    // The framing was consumed exactly: the connection goes on.
    assert_eq!(c.send(&get("/after")).response().status, 200);

    let mut c = Client::connect(&t);
    let r = c
        .send(b"POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
        .response();
    assert_eq!(r.status, 400, "bad chunk size");
    assert!(c.closed());

    let mut c = Client::connect(&t);
    let r = c
        .send(b"POST /c HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
        .response();
    assert_eq!(r.status, 501);
    assert!(c.closed());

    let mut c = Client::connect(&t);
    let r = c
        .send(b"POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc")
        .response();
    assert_eq!(r.status, 400, "both framings");
    assert!(c.closed());
}

#[test]
fn expect_100_continue_is_answered_before_the_body() {
    let t = start();
    let mut c = Client::connect(&t);
    let interim = c
        .send(b"PUT /e HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        .response();
    assert_eq!(interim.status, 100);
    let r = c.send(b"hello").response();
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["body"], "hello");

    let r = c
        .send(b"PUT /e HTTP/1.1\r\nExpect: something-else\r\nContent-Length: 0\r\n\r\n")
        .response();
    assert_eq!(r.status, 417);
    assert!(c.closed());
}

#[test]
fn malformed_requests_get_400_and_close_and_never_break_the_server() {
    let t = start();
    let junk: [&[u8]; 7] = [
        b"GARBAGE\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET  / HTTP/1.1\r\n\r\n",
        b"GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
        b"\x00\x01\x02\xff\xfe\r\n\r\n",
        b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        b"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
    ];
    for bytes in junk {
        let mut c = Client::connect(&t);
        let r = c.send(bytes).response();
        assert_eq!(r.status, 400, "{}", String::from_utf8_lossy(bytes));
        assert!(r.closes());
        assert!(r.json()["rejected"].is_string());
        assert!(c.closed());
    }
    // Clients that vanish mid-head or mid-body, and a handler that panics.
    for bytes in [
        &b"GET / HT"[..],
        b"POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc",
    ] {
        Client::connect(&t).send(bytes);
    }
    let mut c = Client::connect(&t);
    assert_eq!(c.send(&get("/panic")).response().status, 500);
    assert_eq!(c.send(&get("/fine")).response().status, 200);
}

#[test]
fn absolute_form_targets_are_reduced_to_the_path() {
    assert_eq!(origin_form("http://h:1/a/b?c=d"), "/a/b?c=d");
    assert_eq!(origin_form("HTTPS://h?x=1"), "/?x=1");
    assert_eq!(origin_form("http://h"), "/");
    assert_eq!(origin_form("/plain?q"), "/plain?q");
    assert_eq!(origin_form("*"), "*");
    assert_eq!(origin_form("ht"), "ht");
    assert_eq!(origin_form("httpé://"), "httpé://");
}

#[test]
fn idle_connections_are_closed_after_the_idle_timeout() {
    let t = start_with(Config {
        idle_timeout: Duration::from_millis(300),
        ..Config::default()
    });
    let mut c = Client::connect(&t);
    assert_eq!(c.send(&get("/x")).response().status, 200);
    assert!(
        c.closed(),
        "closed by the server, well before the client's timeout"
    );
}

#[test]
fn connections_beyond_the_limit_get_503_and_close() {
    let t = start_with(Config {
        max_connections: 2,
        ..Config::default()
    });
    let mut held: Vec<Client> = (0..2).map(|_| Client::connect(&t)).collect();
    for c in &mut held {
        assert_eq!(c.send(&get("/hold")).response().status, 200);
    }
    let mut over = Client::connect(&t);
    let r = over.response();
    assert_eq!(r.status, 503);
    assert!(r.closes());
    assert!(over.closed());

    // A freed slot serves again (the server notices the close asynchronously).
    drop(held.pop());
    let deadline = Instant::now() + CLIENT_TIMEOUT;
    loop {
        let mut c = Client::connect(&t);
        if c.send(&get("/again")).response().status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "slot never freed");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn handlers_running_at_once_are_bounded() {
    let t = start_with(Config {
        max_handlers: 2,
        ..Config::default()
    });
    let addr = t.addr;
    let threads: Vec<_> = (0..6)
        .map(|_| {
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(addr).unwrap();
                s.set_read_timeout(Some(CLIENT_TIMEOUT)).unwrap();
                s.write_all(b"GET /slow HTTP/1.1\r\nConnection: close\r\n\r\n")
                    .unwrap();
                let mut all = String::new();
                s.read_to_string(&mut all).unwrap();
                all
            })
        })
        .collect();
    for th in threads {
        assert!(th.join().unwrap().starts_with("HTTP/1.1 200 "));
    }
    let most = t.echo.most_running.load(Ordering::SeqCst);
    assert!((1..=2).contains(&most), "{most} handlers at once");
}

#[test]
fn stop_ends_wait_and_closes_idle_connections() {
    let mut t = start();
    let mut idle = Client::connect(&t);
    assert_eq!(idle.send(&get("/x")).response().status, 200);
    let running = t.running.take().unwrap();
    let stopper = t.stopper.clone();
    let waiter = std::thread::spawn(move || running.wait());
    stopper.stop();
    waiter.join().unwrap();
    assert!(idle.closed());
    // Stopping twice is harmless.
    t.stopper.stop();
}

#[test]
fn port_zero_reports_the_real_port() {
    let t = start();
    assert_ne!(t.addr.port(), 0);
    assert_eq!(Client::connect(&t).send(&get("/p")).response().status, 200);
}
