//! The sandbox-only RS256 signer for data source JWS tokens, and its JWKS.
//! The keys are public test material (see `keys/README.md`): nothing real may trust them.

use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair, RsaPublicKeyComponents};
use serde_json::{Value, json};

use super::error::{Error, Result};
use super::http::b64url;

const KEY1_DER: &[u8] = include_bytes!("keys/key1.pk8.der");
const KEY2_DER: &[u8] = include_bytes!("keys/key2.pk8.der");
/// Fixed per key so verifiers can cache the JWKS across sandbox restarts.
pub const KEY1_KID: &str = "3f0c6b1e-6a0e-4d8f-9a51-5b0c1d2e3f01";
pub const KEY2_KID: &str = "3f0c6b1e-6a0e-4d8f-9a51-5b0c1d2e3f02";

pub struct SigningKey {
    pub kid: &'static str,
    pair: RsaKeyPair,
}

/// Both test keys. Which one signs is part of the persisted state (`rotated`).
pub struct Keys {
    keys: [SigningKey; 2],
    rng: SystemRandom,
}

impl Keys {
    pub fn load() -> Result<Keys> {
        let load = |der: &[u8], kid: &'static str| {
            RsaKeyPair::from_pkcs8(der)
                .map(|pair| SigningKey { kid, pair })
                .map_err(|e| Error::Internal(format!("sandbox key {kid} is unusable: {e}")))
        };
        Ok(Keys {
            keys: [load(KEY1_DER, KEY1_KID)?, load(KEY2_DER, KEY2_KID)?],
            rng: SystemRandom::new(),
        })
    }

    fn signer(&self, rotated: bool) -> &SigningKey {
        &self.keys[usize::from(rotated)]
    }

    /// A compact RS256 JWS over `claims`, signed by the active key.
    pub fn sign(&self, rotated: bool, claims: &Value) -> Result<String> {
        let key = self.signer(rotated);
        let header = json!({"kid": key.kid, "typ": "JWT", "alg": "RS256"});
        let input = format!(
            "{}.{}",
            b64url(header.to_string().as_bytes()),
            b64url(claims.to_string().as_bytes())
        );
        let mut sig = vec![0u8; key.pair.public().modulus_len()];
        key.pair
            .sign(&RSA_PKCS1_SHA256, &self.rng, input.as_bytes(), &mut sig)
            .map_err(|_| Error::Internal("sandbox JWS signing failed".into()))?;
        Ok(format!("{input}.{}", b64url(&sig)))
    }

    /// The published key set: the signer first; before rotation only key 1.
    pub fn jwks(&self, rotated: bool) -> Value {
        let order: &[usize] = if rotated { &[1, 0] } else { &[0] };
        let keys: Vec<Value> = order
            .iter()
            .map(|&i| {
                let k = &self.keys[i];
                let public = RsaPublicKeyComponents::<Vec<u8>>::from(k.pair.public());
                json!({"kty": "RSA", "e": b64url(&public.e), "use": "sig", "kid": k.kid, "n": b64url(&public.n)})
            })
            .collect();
        json!({ "keys": keys })
    }

    pub fn active_kid(&self, rotated: bool) -> &'static str {
        self.signer(rotated).kid
    }
}
