//! `application/x-www-form-urlencoded` text: encoding request bodies and decoding queries. A
//! utility below every layer, so redaction and the API client share it without importing each other.

/// Encodes name/value pairs; only RFC 3986 unreserved characters stay as they are.
pub fn form_encode(pairs: &[(&str, &str)]) -> String {
    fn enc(s: &str) -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Decodes `application/x-www-form-urlencoded` text (`+` is a space); invalid escapes stay as is.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                Some(b) => {
                    out.push(b);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_encoding_escapes() {
        assert_eq!(form_encode(&[("a b", "c&d=é")]), "a%20b=c%26d%3D%C3%A9");
    }

    #[test]
    fn decoding_keeps_invalid_escapes() {
        assert_eq!(percent_decode("a%2Fb+c%3d"), "a/b c=");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
