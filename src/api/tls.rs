//! Which certificate authorities HTTPS trusts: the platform's store (on Linux the distribution's CA
//! bundle), or what `SSL_CERT_FILE` / `SSL_CERT_DIR` name, so a company CA behind a TLS-inspecting
//! proxy can be added the way other tools take it. The bundled Mozilla roots are the fallback where
//! the platform has none (e.g. a scratch container). Verification is never turned off.

use std::sync::{Arc, OnceLock};

use ureq::tls::{Certificate, RootCerts, TlsConfig};

/// Read once per process: loading a CA bundle parses a few hundred certificates.
pub fn config() -> TlsConfig {
    let roots = trust().roots.clone();
    TlsConfig::builder().root_certs(roots).build()
}

/// Which roots HTTPS trusts, in words (for `byods doctor`), and whether that is what the user asked
/// for: false when `SSL_CERT_FILE`/`SSL_CERT_DIR` is set but gave no certificate.
pub fn roots_in_use() -> (String, bool) {
    let t = trust();
    (t.description.clone(), t.as_asked)
}

struct Trust {
    roots: RootCerts,
    description: String,
    as_asked: bool,
}

fn trust() -> &'static Trust {
    static TRUST: OnceLock<Trust> = OnceLock::new();
    TRUST.get_or_init(load_roots)
}

fn load_roots() -> Trust {
    // rustls-native-certs reads SSL_CERT_FILE and SSL_CERT_DIR when set (like OpenSSL: instead of
    // the system store), else the system store. Unreadable entries are skipped.
    let found = rustls_native_certs::load_native_certs();
    let certs: Vec<Certificate<'static>> = found
        .certs
        .iter()
        .map(|der| Certificate::from_der(der.as_ref()).to_owned())
        .collect();
    let named: Vec<String> = ["SSL_CERT_FILE", "SSL_CERT_DIR"]
        .iter()
        .filter_map(|v| {
            let value = std::env::var_os(v).filter(|x| !x.is_empty())?;
            Some(format!("{v}={}", value.to_string_lossy()))
        })
        .collect();
    if certs.is_empty() {
        let description = if named.is_empty() {
            "the bundled Mozilla (webpki) roots: no system CA store was found".to_string()
        } else {
            format!(
                "the bundled Mozilla (webpki) roots: {} gave no certificate",
                named.join(" and ")
            )
        };
        return Trust {
            roots: RootCerts::WebPki,
            description,
            as_asked: named.is_empty(),
        };
    }
    let from = if named.is_empty() {
        "the system CA store".to_string()
    } else {
        named.join(" and ")
    };
    Trust {
        description: format!("{} root certificate(s) from {from}", certs.len()),
        roots: RootCerts::Specific(Arc::new(certs)),
        as_asked: true,
    }
}
