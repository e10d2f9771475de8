//! JWKS parsing and RS256 signature verification. Keys only ever come from the JWKS handed in, never
//! from the token.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents};
use serde_json::{Value, json};

use super::decode::Decoded;
use crate::error::{Error, Result};

/// One usable RSA verification key from a JWKS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RsaJwk {
    pub kid: Option<String>,
    /// Modulus, big-endian, without leading zero bytes.
    pub n: Vec<u8>,
    /// Public exponent, big-endian, without leading zero bytes.
    pub e: Vec<u8>,
}

/// The RSA signing keys of a JWKS (`{"keys":[{kty,e,n,kid,use}...]}`). Keys that are not RSA, are
/// marked for encryption, or declare an `alg` other than RS256 are left out; RSA keys that cannot be
/// used are left out and explained in `ignored`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jwks {
    pub keys: Vec<RsaJwk>,
    pub ignored: Vec<String>,
}

impl Jwks {
    /// Parses a JWKS document. Not JSON, or no `keys` array: `Error::Usage`.
    pub fn parse(text: &str) -> Result<Jwks> {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| Error::usage(format!("the key set (JWKS) is not JSON: {e}")))?;
        Jwks::from_value(&value)
    }

    pub fn from_value(value: &Value) -> Result<Jwks> {
        let keys = value.get("keys").and_then(Value::as_array).ok_or_else(|| {
            Error::usage("the key set (JWKS) has no \"keys\" array: expected {\"keys\":[...]}")
        })?;
        let mut jwks = Jwks::default();
        for (i, key) in keys.iter().enumerate() {
            let field = |name: &str| key.get(name).and_then(Value::as_str);
            if field("kty") != Some("RSA") {
                continue;
            }
            if field("use").is_some_and(|u| u != "sig") {
                continue;
            }
            if field("alg").is_some_and(|a| a != "RS256") {
                continue;
            }
            let kid = field("kid").map(str::to_string);
            let label = kid
                .as_deref()
                .map_or(format!("key #{}", i + 1), |k| format!("key {k}"));
            let part = |name: &str| -> std::result::Result<Vec<u8>, String> {
                let text = field(name).ok_or_else(|| format!("{label}: no \"{name}\""))?;
                let bytes = URL_SAFE_NO_PAD
                    .decode(text.trim_end_matches('='))
                    .map_err(|e| format!("{label}: \"{name}\" is not base64url: {e}"))?;
                let start = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len());
                if start == bytes.len() {
                    return Err(format!("{label}: \"{name}\" is zero"));
                }
                Ok(bytes[start..].to_vec())
            };
            match (part("n"), part("e")) {
                (Ok(n), Ok(e)) => jwks.keys.push(RsaJwk { kid, n, e }),
                (Err(m), _) | (_, Err(m)) => jwks.ignored.push(m),
            }
        }
        Ok(jwks)
    }

    /// Reads a JWKS from a local file.
    pub fn from_file(path: &std::path::Path) -> Result<Jwks> {
        let text =
            crate::limits::read_path_limited(path, crate::limits::MAX_KEY_SET_BYTES, "JWKS file")?;
        Jwks::parse(&text).map_err(|e| Error::usage(format!("{}: {e}", path.display())))
    }

    pub fn find(&self, kid: &str) -> Option<&RsaJwk> {
        self.keys.iter().find(|k| k.kid.as_deref() == Some(kid))
    }

    pub fn kids(&self) -> Vec<&str> {
        self.keys.iter().filter_map(|k| k.kid.as_deref()).collect()
    }

    /// The keys back as a JWKS document (`kty`, `use`, `alg`, `kid`, `n`, `e`).
    pub fn to_value(&self) -> Value {
        let keys: Vec<Value> = self
            .keys
            .iter()
            .map(|k| {
                let mut v = json!({"kty": "RSA", "use": "sig", "alg": "RS256"});
                if let Some(kid) = &k.kid {
                    v["kid"] = kid.clone().into();
                }
                v["n"] = URL_SAFE_NO_PAD.encode(&k.n).into();
                v["e"] = URL_SAFE_NO_PAD.encode(&k.e).into();
                v
            })
            .collect();
        json!({ "keys": keys })
    }
}

/// Why a signature was not accepted. `NoKeyForKid` (and `NoKeys`) mean "refetch the JWKS and try
/// again"; `Forbidden*` mean the token itself is unacceptable; `BadSignature` means the keys were
/// there and none matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyError {
    /// `alg` is missing, `none`, HS*, or anything other than RS256.
    ForbiddenAlg(Option<String>),
    /// The header carries a member that would let the token choose its own key (`jwk`, `jku`, `x5u`,
    /// `x5c`) or extensions we do not implement (`crit`).
    ForbiddenHeader(String),
    /// The token names a `kid` that the key set does not contain.
    NoKeyForKid { kid: String, available: Vec<String> },
    /// The key set holds no usable RSA key at all.
    NoKeys,
    /// Every key that could have signed the token is shorter than 2048 bits, which RS256
    /// verification refuses: the key set is at fault, not (necessarily) the token.
    WeakKey { kid: Option<String>, bits: usize },
    /// The key(s) tried did not verify the signature (tampered token, or signed by another key).
    BadSignature {
        kid: Option<String>,
        keys_tried: usize,
    },
}

impl VerifyError {
    /// A fresh JWKS might help (key rotation).
    pub fn is_key_miss(&self) -> bool {
        matches!(self, VerifyError::NoKeyForKid { .. } | VerifyError::NoKeys)
    }

    /// The token is unacceptable whatever the keys.
    pub fn is_forbidden(&self) -> bool {
        matches!(
            self,
            VerifyError::ForbiddenAlg(_) | VerifyError::ForbiddenHeader(_)
        )
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyError::ForbiddenAlg(None) => {
                f.write_str("the header has no \"alg\"; only RS256 is accepted")
            }
            VerifyError::ForbiddenAlg(Some(alg)) if alg.eq_ignore_ascii_case("none") => write!(
                f,
                "alg \"{alg}\" means an unsigned token: rejected; only RS256 is accepted"
            ),
            VerifyError::ForbiddenAlg(Some(alg)) if alg.starts_with("HS") => write!(
                f,
                "alg \"{alg}\" is a shared-secret MAC, not a Webex signature: rejected; only RS256 is accepted"
            ),
            VerifyError::ForbiddenAlg(Some(alg)) => {
                write!(f, "alg \"{alg}\" is not accepted; only RS256 is accepted")
            }
            VerifyError::ForbiddenHeader(name) if name == "crit" => write!(
                f,
                "the header declares critical extensions (\"crit\"), which are not supported: rejected"
            ),
            VerifyError::ForbiddenHeader(name) => write!(
                f,
                "the header carries \"{name}\": keys are never taken from the token itself: rejected"
            ),
            VerifyError::NoKeyForKid { kid, available } => {
                write!(f, "no key with kid \"{kid}\" in the key set")?;
                if available.is_empty() {
                    f.write_str(" (it has no keys with a kid)")
                } else {
                    write!(f, " (it has: {})", available.join(", "))
                }
            }
            VerifyError::NoKeys => f.write_str("the key set holds no usable RSA signing key"),
            VerifyError::WeakKey { kid, bits } => {
                match kid {
                    Some(kid) => write!(f, "key too weak: key \"{kid}\" is")?,
                    None => f.write_str("key too weak: every key in the key set is")?,
                }
                write!(
                    f,
                    " {bits}-bit RSA; at least 2048 bits are required, so the signature cannot be trusted"
                )
            }
            VerifyError::BadSignature { kid: Some(kid), .. } => write!(
                f,
                "bad signature: key \"{kid}\" does not verify this token (tampered, or signed by another key)"
            ),
            VerifyError::BadSignature {
                kid: None,
                keys_tried,
            } => write!(
                f,
                "bad signature: the token has no kid and none of the {keys_tried} key(s) verifies it"
            ),
        }
    }
}

impl std::error::Error for VerifyError {}

/// Header members that would let a token pick its own key, plus `crit`.
pub const FORBIDDEN_HEADERS: [&str; 5] = ["jwk", "jku", "x5u", "x5c", "crit"];

/// Checks `alg` and the header, then verifies the RS256 signature with the key named by `kid`, or,
/// without a kid, with each RSA key in turn. Returns the kid of the key that verified (or
/// `"#<n>"`, 1-based, for a key without a kid).
pub fn verify_signature(
    decoded: &Decoded,
    jwks: &Jwks,
) -> std::result::Result<String, VerifyError> {
    match decoded.header.get("alg") {
        Some(Value::String(alg)) if alg == "RS256" => {}
        Some(Value::String(alg)) => return Err(VerifyError::ForbiddenAlg(Some(alg.clone()))),
        Some(other) => return Err(VerifyError::ForbiddenAlg(Some(other.to_string()))),
        None => return Err(VerifyError::ForbiddenAlg(None)),
    }
    for name in FORBIDDEN_HEADERS {
        if decoded.header.get(name).is_some() {
            return Err(VerifyError::ForbiddenHeader(name.to_string()));
        }
    }
    let message = decoded.signing_input.as_bytes();
    let check = |key: &RsaJwk| {
        RsaPublicKeyComponents {
            n: &key.n,
            e: &key.e,
        }
        .verify(&RSA_PKCS1_2048_8192_SHA256, message, &decoded.signature)
        .is_ok()
    };
    let kid = decoded
        .header
        .get("kid")
        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string));
    // Every key with the token's kid is a candidate (a key set may list a kid twice during a
    // rotation); without a kid, every key is.
    let candidates: Vec<(usize, &RsaJwk)> = jwks
        .keys
        .iter()
        .enumerate()
        .filter(|(_, k)| kid.is_none() || k.kid == kid)
        .collect();
    if candidates.is_empty() {
        return Err(match kid {
            Some(kid) => VerifyError::NoKeyForKid {
                kid,
                available: jwks.kids().into_iter().map(str::to_string).collect(),
            },
            None => VerifyError::NoKeys,
        });
    }
    let mut weakest = None;
    let mut strong_tried = 0;
    for (i, key) in &candidates {
        let bits = key_bits(&key.n);
        if bits < MIN_RSA_BITS {
            weakest = Some(weakest.map_or(bits, |w: usize| w.min(bits)));
            continue;
        }
        strong_tried += 1;
        if check(key) {
            return Ok(key.kid.clone().unwrap_or_else(|| format!("#{}", i + 1)));
        }
    }
    match weakest {
        Some(bits) if strong_tried == 0 => Err(VerifyError::WeakKey { kid, bits }),
        _ => Err(VerifyError::BadSignature {
            kid,
            keys_tried: candidates.len(),
        }),
    }
}

/// RS256 keys shorter than this are refused (NIST SP 800-131A; ring's verifier agrees).
pub const MIN_RSA_BITS: usize = 2048;

/// The size in bits of a big-endian modulus without leading zero bytes.
pub fn key_bits(n: &[u8]) -> usize {
    match n.first() {
        Some(first) => (n.len() - 1) * 8 + (8 - first.leading_zeros() as usize),
        None => 0,
    }
}
