//! AWS Signature Version 4 for the few JSON-protocol calls the `aws-sm:` store makes. Written here
//! on `ring` rather than taken from the `aws-sigv4` crate, which brings tokio, http, tracing and ~70
//! crates for what is four HMACs over a canonical request.

use ring::{digest, hmac};

/// Credentials from the standard environment variables (what Lambda provides too).
#[derive(Clone)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// One request to sign. Only the pieces SigV4 covers; `path` is already URI-encoded.
pub struct Request<'a> {
    pub method: &'a str,
    pub host: &'a str,
    pub path: &'a str,
    /// Canonical query string (sorted, encoded), usually empty.
    pub query: &'a str,
    /// Extra headers to sign besides host and x-amz-date (lower-case names).
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
}

/// Signs `request` at `amz_date` (`YYYYMMDDTHHMMSSZ`). Returns the headers to add:
/// `x-amz-date`, `x-amz-security-token` (with a session token) and `authorization`.
pub fn sign(
    request: &Request,
    credentials: &Credentials,
    region: &str,
    service: &str,
    amz_date: &str,
) -> Vec<(String, String)> {
    let date = &amz_date[..8];
    let mut headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    headers.push(("host".into(), request.host.to_string()));
    headers.push(("x-amz-date".into(), amz_date.to_string()));
    if let Some(token) = &credentials.session_token {
        headers.push(("x-amz-security-token".into(), token.clone()));
    }
    headers.sort();
    let canonical_headers: String = headers.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let signed_headers = headers
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let canonical_request = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        request.method,
        request.path,
        request.query,
        canonical_headers,
        signed_headers,
        hex(digest::digest(&digest::SHA256, request.body).as_ref())
    );
    let scope = format!("{date}/{region}/{service}/aws4_request");
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        hex(digest::digest(&digest::SHA256, canonical_request.as_bytes()).as_ref())
    );
    let key = signing_key(&credentials.secret_access_key, date, region, service);
    let signature = hex(hmac::sign(&key, string_to_sign.as_bytes()).as_ref());
    let mut out = vec![("x-amz-date".to_string(), amz_date.to_string())];
    if let Some(token) = &credentials.session_token {
        out.push(("x-amz-security-token".into(), token.clone()));
    }
    out.push((
        "authorization".into(),
        format!(
            "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed_headers}, \
             Signature={signature}",
            credentials.access_key_id
        ),
    ));
    out
}

fn signing_key(secret: &str, date: &str, region: &str, service: &str) -> hmac::Key {
    let step = |key: &[u8], data: &str| {
        hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), data.as_bytes())
    };
    let k_date = step(format!("AWS4{secret}").as_bytes(), date);
    let k_region = step(k_date.as_ref(), region);
    let k_service = step(k_region.as_ref(), service);
    let k_signing = step(k_service.as_ref(), "aws4_request");
    hmac::Key::new(hmac::HMAC_SHA256, k_signing.as_ref())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `YYYYMMDDTHHMMSSZ` for a Unix time.
pub fn amz_date(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    // AWS's documented example credentials (SigV4 test suite and the IAM walk-through).
    fn example() -> Credentials {
        Credentials {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            session_token: None,
        }
    }

    fn authorization(headers: &[(String, String)]) -> &str {
        &headers
            .iter()
            .find(|(k, _)| k == "authorization")
            .unwrap()
            .1
    }

    #[test]
    fn signing_key_matches_the_documented_derivation() {
        // "Examples of how to derive a signing key for Signature Version 4" (AWS General Reference).
        let key = signing_key(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "20120215",
            "us-east-1",
            "iam",
        );
        // The derived key is not exposed by ring; sign the empty string with it and compare with the
        // same HMAC over the documented key bytes.
        let documented = [
            0xf4, 0x78, 0x0e, 0x2d, 0x9f, 0x65, 0xfa, 0x89, 0x5f, 0x9c, 0x67, 0xb3, 0x2c, 0xe1,
            0xba, 0xf0, 0xb0, 0xd8, 0xa4, 0x35, 0x05, 0xa0, 0x00, 0xa1, 0xa9, 0xe0, 0x90, 0xd4,
            0x14, 0xdb, 0x40, 0x4d,
        ];
        let expected = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, &documented), b"x");
        assert_eq!(hmac::sign(&key, b"x").as_ref(), expected.as_ref());
    }

    #[test]
    fn get_vanilla_from_the_sigv4_test_suite() {
        let request = Request {
            method: "GET",
            host: "example.amazonaws.com",
            path: "/",
            query: "",
            headers: &[],
            body: b"",
        };
        let headers = sign(
            &request,
            &example(),
            "us-east-1",
            "service",
            "20150830T123600Z",
        );
        assert_eq!(
            authorization(&headers),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
             SignedHeaders=host;x-amz-date, \
             Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        );
    }

    #[test]
    fn iam_list_users_from_the_signing_walk_through() {
        let request = Request {
            method: "GET",
            host: "iam.amazonaws.com",
            path: "/",
            query: "Action=ListUsers&Version=2010-05-08",
            headers: &[(
                "content-type",
                "application/x-www-form-urlencoded; charset=utf-8",
            )],
            body: b"",
        };
        let headers = sign(&request, &example(), "us-east-1", "iam", "20150830T123600Z");
        assert_eq!(
            authorization(&headers),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
             SignedHeaders=content-type;host;x-amz-date, \
             Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        );
    }

    #[test]
    fn session_token_is_signed_and_sent() {
        let mut credentials = example();
        credentials.session_token = Some("SESSION".into());
        let request = Request {
            method: "POST",
            host: "secretsmanager.us-east-1.amazonaws.com",
            path: "/",
            query: "",
            headers: &[("x-amz-target", "secretsmanager.GetSecretValue")],
            body: b"{}",
        };
        let headers = sign(
            &request,
            &credentials,
            "us-east-1",
            "secretsmanager",
            "20150830T123600Z",
        );
        assert!(headers.contains(&("x-amz-security-token".into(), "SESSION".into())));
        assert!(
            authorization(&headers)
                .contains("SignedHeaders=host;x-amz-date;x-amz-security-token;x-amz-target")
        );
    }

    #[test]
    fn secrets_manager_call_matches_botocore() {
        // Reference computed with botocore's SigV4Auth for the same request.
        let mut credentials = example();
        credentials.session_token = Some("SESSION".into());
        let request = Request {
            method: "POST",
            host: "secretsmanager.eu-west-1.amazonaws.com",
            path: "/",
            query: "",
            headers: &[
                ("content-type", "application/x-amz-json-1.1"),
                ("x-amz-target", "secretsmanager.GetSecretValue"),
            ],
            body: br#"{"SecretId":"byods"}"#,
        };
        let headers = sign(
            &request,
            &credentials,
            "eu-west-1",
            "secretsmanager",
            "20261203T110641Z",
        );
        assert!(authorization(&headers).ends_with(
            "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, \
             Signature=fc7342c4d9cd80777d9695f31afb21edb5b900998b7c9612c3af65adb2676211"
        ));
    }

    #[test]
    fn amz_date_format() {
        assert_eq!(amz_date(1_440_938_160), "20150830T123600Z");
    }
}
