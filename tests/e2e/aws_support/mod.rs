//! AWS test doubles: moto's Secrets Manager server on a loopback port (one shared by the tests of
//! this process, each using its own secret names; a differently configured one per test), a
//! signed-call helper to seed and read secrets, and a tiny stub server for answers moto
//! cannot give (5xx).
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub const REGION: &str = "us-east-1";
pub const KEY_ID: &str = "AKIDTESTING";
pub const SECRET_KEY: &str = "testing-secret-key";

/// A moto server: the test's own (killed when dropped) or the shared one (`child` None).
pub struct Moto {
    child: Option<Child>,
    pub endpoint: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Whether moto's server can run here (CI installs it: `.ci/run`). Asked once per process: the
/// import alone takes a second.
pub fn moto_installed() -> bool {
    static INSTALLED: OnceLock<bool> = OnceLock::new();
    *INSTALLED.get_or_init(|| {
        Command::new("python3")
            .args(["-c", "import moto.server, flask"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// The moto server shared by this test process (tests keep apart by secret name), or prints why
/// the test is skipped and returns None.
pub fn moto(test: &str) -> Option<Moto> {
    moto_with(test, &[])
}

/// With `env` empty, the shared server; otherwise a server of the test's own, configured by `env`.
pub fn moto_with(test: &str, env: &[(&str, &str)]) -> Option<Moto> {
    if !moto_installed() {
        crate::common::skip(&format!(
            "{test}: moto is not installed (python3 -m pip install 'moto[server]')"
        ));
        return None;
    }
    if env.is_empty() {
        return Some(Moto {
            child: None,
            endpoint: shared_endpoint().to_string(),
        });
    }
    let port = free_port();
    let mut command = Command::new("python3");
    command
        .args(["-m", "moto.server", "-H", "127.0.0.1", "-p"])
        .arg(port.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (k, v) in env {
        command.env(k, v);
    }
    let child = command.spawn().expect("spawn moto");
    let moto = Moto {
        child: Some(child),
        endpoint: format!("http://127.0.0.1:{port}"),
    };
    wait_for(port);
    Some(moto)
}

/// Starts the shared server on first use. It must not outlive this process, which never drops a
/// static: a shell runs moto in the background and kills it when its stdin, a pipe only this
/// process holds, closes, as it does however the process ends.
fn shared_endpoint() -> &'static str {
    static SHARED: OnceLock<(String, Mutex<Child>)> = OnceLock::new();
    &SHARED
        .get_or_init(|| {
            let port = free_port();
            let script = format!(
                "python3 -m moto.server -H 127.0.0.1 -p {port} >/dev/null 2>&1 & \
                 moto=$!; read _; kill $moto"
            );
            let child = Command::new("sh")
                .args(["-c", &script])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn moto");
            wait_for(port);
            (format!("http://127.0.0.1:{port}"), Mutex::new(child))
        })
        .0
}

fn wait_for(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "moto did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .proxy(None)
        .build()
        .new_agent()
}

/// One signed Secrets Manager call (as the test's own client): (status, answer).
pub fn call(endpoint: &str, action: &str, body: &Value) -> (u16, Value) {
    let body = serde_json::to_vec(body).unwrap();
    let host = endpoint.trim_start_matches("http://").to_string();
    let target = format!("secretsmanager.{action}");
    let credentials = byods::sigv4::Credentials {
        access_key_id: KEY_ID.into(),
        secret_access_key: SECRET_KEY.into(),
        session_token: None,
    };
    let signed = byods::sigv4::sign(
        &byods::sigv4::Request {
            method: "POST",
            host: &host,
            path: "/",
            query: "",
            headers: &[
                ("content-type", "application/x-amz-json-1.1"),
                ("x-amz-target", &target),
            ],
            body: &body,
        },
        &credentials,
        REGION,
        "secretsmanager",
        &byods::sigv4::amz_date(chrono::Utc::now().timestamp()),
    );
    let mut request = agent()
        .post(format!("{endpoint}/"))
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amz-target", &target);
    for (k, v) in &signed {
        request = request.header(k, v);
    }
    let mut response = request.send(&body[..]).expect("secrets manager call");
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

pub fn create_secret(endpoint: &str, name: &str, doc: &Value) {
    let (status, answer) = call(
        endpoint,
        "CreateSecret",
        &json!({"Name": name, "SecretString": doc.to_string()}),
    );
    assert_eq!(status, 200, "{answer}");
}

/// The secret's current JSON document.
pub fn secret(endpoint: &str, name: &str) -> Value {
    let (status, answer) = call(endpoint, "GetSecretValue", &json!({"SecretId": name}));
    assert_eq!(status, 200, "{answer}");
    serde_json::from_str(answer["SecretString"].as_str().unwrap()).unwrap()
}

pub fn put_secret(endpoint: &str, name: &str, doc: &Value) {
    let (status, answer) = call(
        endpoint,
        "PutSecretValue",
        &json!({"SecretId": name, "SecretString": doc.to_string()}),
    );
    assert_eq!(status, 200, "{answer}");
}

/// The AWS environment byods needs to reach `endpoint`.
pub fn aws_env(endpoint: &str) -> Vec<(&'static str, String)> {
    vec![
        ("AWS_REGION", REGION.into()),
        ("AWS_ACCESS_KEY_ID", KEY_ID.into()),
        ("AWS_SECRET_ACCESS_KEY", SECRET_KEY.into()),
        ("AWS_SESSION_TOKEN", "session-token-from-lambda".into()),
        ("AWS_ENDPOINT_URL_SECRETS_MANAGER", endpoint.into()),
    ]
}

/// Variables of the host that must not leak into a test.
pub const AWS_CLEARED: &[&str] = &[
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_SECRETS_MANAGER",
    "AWS_LAMBDA_RUNTIME_API",
    "SECRET_NAME",
    "DATA_SOURCE_ID",
    "TOKEN_LIFETIME_MINUTES",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
];

/// A request a stub server received: the `X-Amz-Target` (or path) and body.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// A loopback HTTP/1.1 server answering each request with `answer(seen) -> (status, headers, body)`.
pub struct Stub {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

type Answer = dyn Fn(&Seen) -> (u16, Vec<(String, String)>, String) + Send + Sync;

impl Stub {
    pub fn start(
        answer: impl Fn(&Seen) -> (u16, Vec<(String, String)>, String) + Send + Sync + 'static,
    ) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let answer: Arc<Answer> = Arc::new(answer);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = log.clone();
                let answer = answer.clone();
                std::thread::spawn(move || serve(stream, &log, answer.as_ref()));
            }
        });
        Stub { url, seen }
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, log: &Mutex<Vec<Seen>>, answer: &Answer) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let path = parts.next().unwrap_or("").to_string();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let length: usize = header("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let seen = Seen {
            method,
            target: header("x-amz-target").unwrap_or_else(|| path.clone()),
            path,
            headers: headers.clone(),
            body: String::from_utf8_lossy(&body).into_owned(),
        };
        log.lock().unwrap().push(seen.clone());
        let (status, extra, body) = answer(&seen);
        let mut response = format!(
            "HTTP/1.1 {status} X\r\ncontent-length: {}\r\ncontent-type: application/json\r\n",
            body.len()
        );
        for (k, v) in extra {
            response.push_str(&format!("{k}: {v}\r\n"));
        }
        response.push_str("\r\n");
        response.push_str(&body);
        if writer.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

fn form_encode(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            let enc = |s: &str| {
                s.bytes()
                    .map(|b| match b {
                        b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                            (b as char).to_string()
                        }
                        _ => format!("%{b:02X}"),
                    })
                    .collect::<String>()
            };
            format!("{}={}", enc(k), enc(v))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// One IAM query-protocol call to moto (signed as the bootstrap identity): the XML answer.
pub fn iam_call(endpoint: &str, params: &[(&str, &str)]) -> String {
    let mut pairs = params.to_vec();
    pairs.push(("Version", "2010-05-08"));
    let body = form_encode(&pairs);
    let host = endpoint.trim_start_matches("http://").to_string();
    let content_type = "application/x-www-form-urlencoded; charset=utf-8";
    let signed = byods::sigv4::sign(
        &byods::sigv4::Request {
            method: "POST",
            host: &host,
            path: "/",
            query: "",
            headers: &[("content-type", content_type)],
            body: body.as_bytes(),
        },
        &byods::sigv4::Credentials {
            access_key_id: KEY_ID.into(),
            secret_access_key: SECRET_KEY.into(),
            session_token: None,
        },
        REGION,
        "iam",
        &byods::sigv4::amz_date(chrono::Utc::now().timestamp()),
    );
    let mut request = agent()
        .post(format!("{endpoint}/"))
        .header("content-type", content_type);
    for (k, v) in &signed {
        request = request.header(k, v);
    }
    let mut response = request.send(body).expect("iam call");
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    assert_eq!(status, 200, "{text}");
    text
}

pub fn xml_text(xml: &str, element: &str) -> String {
    let start = xml.find(&format!("<{element}>")).expect(element) + element.len() + 2;
    let end = start + xml[start..].find(&format!("</{element}>")).unwrap();
    xml[start..end].to_string()
}

/// An IAM user whose access key may only use `actions` on every secret: (key id, secret key).
/// Needs moto started with INITIAL_NO_AUTH_ACTION_COUNT covering these 3 calls.
pub fn iam_user(endpoint: &str, name: &str, actions: &[&str]) -> (String, String) {
    iam_call(endpoint, &[("Action", "CreateUser"), ("UserName", name)]);
    let key = iam_call(
        endpoint,
        &[("Action", "CreateAccessKey"), ("UserName", name)],
    );
    let policy = json!({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]
    })
    .to_string();
    iam_call(
        endpoint,
        &[
            ("Action", "PutUserPolicy"),
            ("UserName", name),
            ("PolicyName", "byods"),
            ("PolicyDocument", &policy),
        ],
    );
    (
        xml_text(&key, "AccessKeyId"),
        xml_text(&key, "SecretAccessKey"),
    )
}
