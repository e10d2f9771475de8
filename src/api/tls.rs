//! Which certificate authorities HTTPS trusts: the platform's store (on Linux the distribution's CA
//! bundle), or what `SSL_CERT_FILE` / `SSL_CERT_DIR` name, so a company CA behind a TLS-inspecting
//! proxy can be added the way other tools take it. The bundled Mozilla roots are the fallback where
//! the platform has none (e.g. a scratch container). Verification is never turned off.

use std::sync::{Arc, OnceLock};

use ureq::tls::{Certificate, RootCerts, TlsConfig};

/// Read once per process: loading a CA bundle parses a few hundred certificates.
pub fn config() -> TlsConfig {
    static ROOTS: OnceLock<RootCerts> = OnceLock::new();
    let roots = ROOTS.get_or_init(load_roots).clone();
    TlsConfig::builder().root_certs(roots).build()
}

fn load_roots() -> RootCerts {
    // rustls-native-certs reads SSL_CERT_FILE and SSL_CERT_DIR when set (like OpenSSL: instead of
    // the system store), else the system store. Unreadable entries are skipped.
    let found = rustls_native_certs::load_native_certs();
    let certs: Vec<Certificate<'static>> = found
        .certs
        .iter()
        .map(|der| Certificate::from_der(der.as_ref()).to_owned())
        .collect();
    if certs.is_empty() {
        return RootCerts::WebPki;
    }
    RootCerts::Specific(Arc::new(certs))
}
