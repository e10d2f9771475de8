//! A scripted HTTP server on loopback for what the sandbox does not serve: an HTTP-date
//! `Retry-After`, 423, a `Link` to another origin, a proxy. A route is a path prefix (`/v1/x`, any
//! method) or a method and one (`POST /v1/x`); the longest match answers with its replies in order,
//! repeating the last. Every request head is recorded.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: body.to_string(),
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

pub struct Scripted {
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    pub fn start(routes: Vec<(&'static str, Vec<Reply>)>) -> Scripted {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let heads = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&heads);
        let mut routes: Vec<(&'static str, Vec<Reply>, usize)> =
            routes.into_iter().map(|(p, r)| (p, r, 0)).collect();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let Some(head) = read_head(&mut stream) else {
                    continue;
                };
                seen.lock().unwrap().push(head.clone());
                let method = head.split_whitespace().next().unwrap_or("").to_string();
                let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
                // A proxy gets absolute URLs: route on the path either way.
                let path = match target.split_once("://") {
                    Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]).to_string(),
                    None => target,
                };
                let reply = routes
                    .iter_mut()
                    .filter(|(route, _, _)| match route.split_once(' ') {
                        Some((m, prefix)) => m == method && path.starts_with(prefix),
                        None => path.starts_with(route),
                    })
                    .max_by_key(|(route, _, _)| route.len())
                    .map(|(_, replies, next)| {
                        let r = replies[(*next).min(replies.len() - 1)].clone();
                        *next += 1;
                        r
                    })
                    .unwrap_or_else(|| Reply::json(404, serde_json::json!({})));
                let mut text = format!("HTTP/1.1 {} X\r\n", reply.status);
                for (k, v) in &reply.headers {
                    text += &format!("{k}: {v}\r\n");
                }
                text += &format!(
                    "Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
                    reply.body.len(),
                    reply.body
                );
                let _ = stream.write_all(text.as_bytes());
            }
        });
        Scripted { origin, heads }
    }

    /// The API base URL on this server.
    pub fn base_url(&self) -> String {
        format!("{}/v1", self.origin)
    }

    /// Every request head received so far (request line and headers).
    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    /// The request lines (`GET /v1/... HTTP/1.1`) received so far.
    pub fn request_lines(&self) -> Vec<String> {
        self.heads()
            .iter()
            .map(|h| h.lines().next().unwrap_or("").to_string())
            .collect()
    }
}

/// The head of one request, and its body (by Content-Length) read and dropped.
fn read_head(stream: &mut std::net::TcpStream) -> Option<String> {
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .ok()?;
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    let end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return None,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    };
    let head = String::from_utf8_lossy(&data[..end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    let mut left = length.saturating_sub(data.len() - end);
    while left > 0 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => left = left.saturating_sub(n),
        }
    }
    Some(head)
}
