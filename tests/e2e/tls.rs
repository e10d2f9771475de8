//! Enterprise TLS: a private CA made in the test (openssl CLI) signs a loopback HTTPS server's
//! certificate. byods refuses it by default and accepts it once SSL_CERT_FILE or SSL_CERT_DIR names
//! the CA, as behind a TLS-inspecting proxy.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use crate::common::stderr_text;

fn openssl(dir: &Path, args: &[&str]) -> bool {
    Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// ca.pem, server.pem, server.key in `dir`; false when the openssl CLI is missing.
fn make_ca(dir: &Path) -> bool {
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n\
         extendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=byods test company CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign",
        ],
    ) && openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ],
    ) && openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "server.ext",
        ],
    )
}

/// An HTTPS server on loopback answering every request with an empty data source list.
fn serve(dir: &Path) -> String {
    serve_body(dir, r#"{"items":[]}"#)
}

/// An HTTPS server on loopback answering every request with `body`.
fn serve_body(dir: &Path, body: &'static str) -> String {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(dir.join("server.pem"))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            let config = config.clone();
            std::thread::spawn(move || {
                let conn = rustls::ServerConnection::new(config).unwrap();
                let mut tls = rustls::StreamOwned::new(conn, tcp);
                let mut reader = BufReader::new(&mut tls);
                loop {
                    let mut line = String::new();
                    // A client that refuses the certificate ends the handshake here.
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let _ = write!(
                    tls,
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tls.flush();
            });
        }
    });
    format!("https://127.0.0.1:{port}/v1")
}

#[test]
fn a_private_ca_is_refused_until_ssl_cert_file_or_dir_names_it() {
    let dir = tempfile::tempdir().unwrap();
    if !make_ca(dir.path()) {
        crate::common::skip("the openssl CLI is not available to make a test CA");
        return;
    }
    let base_url = serve(dir.path());
    let ls = || {
        let mut c = crate::common::std_cmd(dir.path());
        c.env_remove("SSL_CERT_FILE")
            .env_remove("SSL_CERT_DIR")
            .env("BYODS_BASE_URL", &base_url)
            .env("BYODS_TOKEN", "t")
            .args(["ls", "--json"]);
        c
    };

    let out = ls().output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).to_lowercase().contains("certificate"),
        "{}",
        stderr_text(&out)
    );

    let out = ls()
        .env("SSL_CERT_FILE", dir.path().join("ca.pem"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");

    let certs = dir.path().join("certs");
    std::fs::create_dir(&certs).unwrap();
    std::fs::copy(dir.path().join("ca.pem"), certs.join("company-ca.pem")).unwrap();
    let out = ls().env("SSL_CERT_DIR", &certs).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
}

/// `byods doctor` against an HTTPS API: the tls check says which roots are trusted (how many, from
/// where), and an API whose certificate is not trusted fails with the SSL_CERT_FILE fix.
#[test]
fn doctor_names_the_roots_in_use_and_the_fix_for_an_untrusted_ca() {
    let dir = tempfile::tempdir().unwrap();
    if !make_ca(dir.path()) {
        crate::common::skip("the openssl CLI is not available to make a test CA");
        return;
    }
    let base_url = serve(dir.path());
    let doctor = |ca: Option<&Path>| {
        let mut c = crate::common::std_cmd(dir.path());
        c.env_remove("SSL_CERT_FILE")
            .env_remove("SSL_CERT_DIR")
            .env("BYODS_BASE_URL", &base_url)
            .env("BYODS_TOKEN", "t")
            .args(["doctor", "--json"]);
        if let Some(ca) = ca {
            c.env("SSL_CERT_FILE", ca);
        }
        let out = c.output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", stderr_text(&out)));
        (out.status.code(), report)
    };
    let check = |report: &serde_json::Value, name: &str| {
        report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no {name} check: {report:#}"))
            .clone()
    };

    let ca = dir.path().join("ca.pem");
    let (code, report) = doctor(Some(&ca));
    let tls = check(&report, "tls");
    assert_eq!(tls["status"], "pass", "{report:#}");
    let detail = tls["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("1 root certificate(s) from SSL_CERT_FILE=")
            && detail.contains("ca.pem"),
        "{detail}"
    );
    assert_eq!(check(&report, "api")["status"], "pass", "{report:#}");
    // This stand-in API serves no key set: that check fails, so doctor does not pass.
    assert_eq!(check(&report, "key set")["status"], "fail");
    assert_eq!(code, Some(8));

    // A file with no certificate in it: the bundled roots stand in, with a warning and the fix;
    // the API's private CA is not among them.
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "").unwrap();
    let (code, report) = doctor(Some(&empty));
    let tls = check(&report, "tls");
    assert_eq!(tls["status"], "warn", "{report:#}");
    assert!(
        tls["detail"]
            .as_str()
            .unwrap()
            .contains("gave no certificate"),
        "{tls}"
    );
    let api = check(&report, "api");
    assert_eq!(api["status"], "fail", "{report:#}");
    assert!(
        api["fix"].as_str().unwrap().contains("SSL_CERT_FILE"),
        "{api}"
    );
    assert_eq!(code, Some(8));
}

/// Against a real (HTTPS, not emulated) API, doctor resolves each data source's URL host: one that
/// resolves passes, one that cannot (`.invalid`, RFC 6761) fails with the update/delete fix.
#[test]
fn doctor_resolves_each_data_source_url_host() {
    let dir = tempfile::tempdir().unwrap();
    if !make_ca(dir.path()) {
        crate::common::skip("the openssl CLI is not available to make a test CA");
        return;
    }
    let base_url = serve_body(
        dir.path(),
        r#"{"items":[{"id":"good-1","url":"https://localhost/grpc"},{"id":"bad-2","url":"https://no-such-host.invalid/grpc"}]}"#,
    );
    let out = crate::common::std_cmd(dir.path())
        .env_remove("SSL_CERT_DIR")
        .env("SSL_CERT_FILE", dir.path().join("ca.pem"))
        .env("BYODS_BASE_URL", &base_url)
        .env("BYODS_TOKEN", "t")
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", stderr_text(&out)));
    let check = |name: &str| {
        report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no {name} check: {report:#}"))
            .clone()
    };
    assert_eq!(check("data source good-1")["status"], "pass", "{report:#}");
    let checks = report["checks"].as_array().unwrap();
    match checks.iter().find(|c| c["name"] == "data source bad-2") {
        Some(bad) => {
            assert_eq!(bad["status"], "fail", "{bad}");
            assert!(
                bad["detail"].as_str().unwrap().contains("does not resolve"),
                "{bad}"
            );
            assert!(
                bad["fix"].as_str().unwrap().contains("byods update bad-2"),
                "{bad}"
            );
        }
        // A machine whose resolver does not answer in time: a warning, never a pass.
        None => assert_eq!(check("data sources")["status"], "warn", "{report:#}"),
    }
    assert_eq!(out.status.code(), Some(8));
}
