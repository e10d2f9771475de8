//! Everything the sandbox remembers: demo org, credentials, tokens, data sources (persisted by
//! `store`).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::datasources::{self, DataSource};
use super::error::Result;
use super::jws::Keys;

pub const STATE_VERSION: u32 = 1;
/// The demo org (plain uuid, as in the JWS `com.cisco.org.uuid` claim).
pub const ORG_ID: &str = "b1d4e0c2-5a8f-4c3e-9d71-2f6a8c0e4b19";
pub const SERVICE_APP_CLIENT_ID: &str =
    "C5a4db0c55a4db0c55a4db0c55a4db0c55a4db0c55a4db0c55a4db0c55a4db0c";
pub const INTEGRATION_CLIENT_ID: &str =
    "C1a7e9a7e1a7e9a7e1a7e9a7e1a7e9a7e1a7e9a7e1a7e9a7e1a7e9a7e1a7e9a7e";
pub const PERSON_ID: &str = "0c9e2d4a-7b1f-4e3a-8c5d-6f2a1b3c4d5e";
pub const PERSON_EMAIL: &str = "admin@sandbox.byods.example";

pub const SCOPE_DS_READ: &str = "spark-admin:datasource_read";
pub const SCOPE_DS_WRITE: &str = "spark-admin:datasource_write";
pub const SCOPE_APP_TOKEN: &str = "spark:applications_token";
pub const SCOPE_PEOPLE_READ: &str = "spark:people_read";

pub const DAY: i64 = 86_400;
pub const PERSONAL_TOKEN_LIFETIME: i64 = 12 * 3600;
pub const DEFAULT_ACCESS_LIFETIME: i64 = 14 * DAY;
pub const DEFAULT_REFRESH_LIFETIME: i64 = 90 * DAY;
const ADMIN_TOKEN_LIFETIME: i64 = 3650 * DAY;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Issued by the token endpoints.
    Access,
    /// The developer personal access token (12 h).
    Personal,
    Refresh,
    /// The long-lived tokens in `startup_info` (only expired by kind `admin` or `all`).
    Admin,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Token {
    pub value: String,
    pub kind: TokenKind,
    /// The OAuth client the token belongs to (refresh needs the same client).
    pub client_id: String,
    pub scopes: Vec<String>,
    pub expires_at: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthCode {
    pub code: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub code_challenge: String,
    pub expires_at: i64,
}

/// A device grant in progress. Approved automatically at the first poll (which answers 428).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceCode {
    pub device_code: String,
    pub user_code: String,
    pub client_id: String,
    pub approved: bool,
    pub expires_at: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Credentials {
    pub service_app_client_id: String,
    pub service_app_client_secret: String,
    pub integration_client_id: String,
    pub integration_client_secret: String,
    pub personal_access_token: String,
    pub integration_refresh_token: String,
    pub admin_token: String,
    pub read_only_token: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct State {
    pub version: u32,
    pub org_id: String,
    /// Key 2 signs (and is published first) once rotated.
    pub rotated: bool,
    pub credentials: Credentials,
    pub data_sources: Vec<DataSource>,
    pub tokens: Vec<Token>,
    #[serde(default)]
    pub codes: Vec<AuthCode>,
    #[serde(default)]
    pub device_codes: Vec<DeviceCode>,
}

pub fn random_secret() -> String {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 32];
    if ring::rand::SystemRandom::new().fill(&mut bytes).is_err() {
        // Extremely unlikely; uuids still come from the OS generator.
        return format!(
            "{}{}",
            uuid::Uuid::new_v4().simple(),
            uuid::Uuid::new_v4().simple()
        );
    }
    super::http::b64url(&bytes)
}

/// `base64("ciscospark://us/APPLICATION/<clientId>")`, padded, as Webex shows it.
pub fn app_id(client_id: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .encode(format!("ciscospark://us/APPLICATION/{client_id}"))
}

/// `base64("ciscospark://us/ORGANIZATION/<uuid>")`, the form Control Hub shows as the org id.
pub fn org_id_b64(org: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(format!("ciscospark://us/ORGANIZATION/{org}"))
}

impl State {
    /// Fresh demo data: schemas are constant; four data sources in varied states; demo credentials.
    pub fn seed(keys: &Keys, issuer: &str, now: i64) -> Result<State> {
        let mut state = State {
            version: STATE_VERSION,
            org_id: ORG_ID.to_string(),
            rotated: false,
            credentials: Credentials {
                service_app_client_id: SERVICE_APP_CLIENT_ID.into(),
                service_app_client_secret: random_secret(),
                integration_client_id: INTEGRATION_CLIENT_ID.into(),
                integration_client_secret: random_secret(),
                personal_access_token: String::new(),
                integration_refresh_token: String::new(),
                admin_token: String::new(),
                read_only_token: String::new(),
            },
            data_sources: Vec::new(),
            tokens: Vec::new(),
            codes: Vec::new(),
            device_codes: Vec::new(),
        };
        state.credentials.personal_access_token = state.issue(
            TokenKind::Personal,
            INTEGRATION_CLIENT_ID,
            &[SCOPE_APP_TOKEN, SCOPE_PEOPLE_READ],
            now + PERSONAL_TOKEN_LIFETIME,
        );
        state.credentials.integration_refresh_token = state.issue(
            TokenKind::Refresh,
            INTEGRATION_CLIENT_ID,
            &[SCOPE_APP_TOKEN, SCOPE_PEOPLE_READ],
            now + DEFAULT_REFRESH_LIFETIME,
        );
        state.ensure_admin_tokens(now);

        // (schema, url, lifetime minutes, issued seconds ago, disabled with)
        let demo: [(&str, &str, u32, i64, Option<&str>); 4] = [
            (
                datasources::SCHEMA_VVA,
                "https://vva.sandbox.byods.example/grpc",
                1440,
                600,
                None,
            ),
            // Expires in about 55 minutes: something for `ls --expiring-within 1h`.
            (
                datasources::SCHEMA_AUDIO_FORKING,
                "https://fork.sandbox.byods.example/audio",
                120,
                65 * 60,
                None,
            ),
            (
                datasources::SCHEMA_WS_VVA,
                "https://ws.sandbox.byods.example/agent",
                60,
                30 * 60,
                Some("Endpoint decommissioned for maintenance"),
            ),
            // Expired two hours ago.
            (
                datasources::SCHEMA_MEDIA_FORKING,
                "https://media.sandbox.byods.example/ingest",
                60,
                3 * 3600,
                None,
            ),
        ];
        for (i, (schema, url, minutes, ago, disabled)) in demo.into_iter().enumerate() {
            let iat = now - ago;
            let mut ds = DataSource {
                id: uuid::Uuid::new_v4().to_string(),
                schema_id: schema.into(),
                org_id: ORG_ID.into(),
                application_id: SERVICE_APP_CLIENT_ID.into(),
                url: url.into(),
                audience: format!("sandbox-demo-{}", i + 1),
                subject: "byods-sandbox".into(),
                nonce: uuid::Uuid::new_v4().to_string(),
                status: if disabled.is_some() {
                    "disabled"
                } else {
                    "active"
                }
                .into(),
                error_message: disabled.unwrap_or_default().into(),
                token_lifetime_minutes: minutes,
                jws_token: String::new(),
                created_by: PERSON_ID.into(),
                created_at: super::util::rfc3339(iat - DAY),
                updated_by: PERSON_ID.into(),
                updated_at: super::util::rfc3339(iat),
                token_expires_at: 0,
            };
            datasources::issue_jws(keys, false, issuer, &mut ds, iat, None)?;
            state.data_sources.push(ds);
        }
        Ok(state)
    }

    /// Adds a token and returns its value.
    pub fn issue(
        &mut self,
        kind: TokenKind,
        client_id: &str,
        scopes: &[&str],
        expires_at: i64,
    ) -> String {
        let value = random_secret();
        self.tokens.push(Token {
            value: value.clone(),
            kind,
            client_id: client_id.into(),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            expires_at,
        });
        value
    }

    /// A token that exists and has not expired.
    pub fn valid_token(&self, value: &str, now: i64) -> Option<&Token> {
        self.tokens
            .iter()
            .find(|t| t.value == value && t.expires_at > now)
    }

    /// Re-issues the `startup_info` tokens when missing or expired. Returns whether anything changed.
    pub fn ensure_admin_tokens(&mut self, now: i64) -> bool {
        let mut changed = false;
        if self
            .valid_token(&self.credentials.admin_token.clone(), now)
            .is_none()
        {
            self.credentials.admin_token = self.issue(
                TokenKind::Admin,
                SERVICE_APP_CLIENT_ID,
                &[SCOPE_DS_READ, SCOPE_DS_WRITE, SCOPE_PEOPLE_READ],
                now + ADMIN_TOKEN_LIFETIME,
            );
            changed = true;
        }
        if self
            .valid_token(&self.credentials.read_only_token.clone(), now)
            .is_none()
        {
            self.credentials.read_only_token = self.issue(
                TokenKind::Admin,
                SERVICE_APP_CLIENT_ID,
                &[SCOPE_DS_READ],
                now + ADMIN_TOKEN_LIFETIME,
            );
            changed = true;
        }
        changed
    }

    /// Re-signs stored JWS tokens whose `iss` is not `issuer` (the port changed since they were
    /// issued: `--sandbox` listens on port 0), keeping every other claim and the signing key, so
    /// tokens stay verifiable against this run's JWKS. Returns whether anything changed.
    pub fn reissue_for(&mut self, keys: &Keys, issuer: &str) -> bool {
        let mut changed = false;
        for ds in &mut self.data_sources {
            let Some((header, mut claims)) = datasources::decode_jws(&ds.jws_token) else {
                continue;
            };
            if claims["iss"] == issuer {
                continue;
            }
            claims["iss"] = Value::String(issuer.to_string());
            let by_key2 = header["kid"] == super::jws::KEY2_KID;
            if let Ok(token) = keys.sign(by_key2, &claims) {
                ds.jws_token = token;
                changed = true;
            }
        }
        changed
    }

    /// Drops long-expired tokens and codes so the state does not grow without bound. Returns
    /// whether anything was dropped.
    pub fn prune(&mut self, now: i64) -> bool {
        let admin = [
            self.credentials.admin_token.clone(),
            self.credentials.read_only_token.clone(),
            self.credentials.personal_access_token.clone(),
            self.credentials.integration_refresh_token.clone(),
        ];
        let before = self.tokens.len() + self.codes.len() + self.device_codes.len();
        self.tokens
            .retain(|t| t.expires_at > now - DAY || admin.contains(&t.value));
        self.codes.retain(|c| c.expires_at > now);
        self.device_codes.retain(|c| c.expires_at > now);
        before != self.tokens.len() + self.codes.len() + self.device_codes.len()
    }
}

/// The demo credentials in the original tool's token-config.json shape.
pub fn credentials_json(state: &State) -> Value {
    let c = &state.credentials;
    serde_json::json!({
        "serviceApp": {
            "appId": app_id(&c.service_app_client_id),
            "clientId": c.service_app_client_id,
            "clientSecret": c.service_app_client_secret,
            "targetOrgId": org_id_b64(&state.org_id),
        },
        "tokenManager": {
            "personalAccessToken": c.personal_access_token,
            "oauthClientId": c.integration_client_id,
            "oauthClientSecret": c.integration_client_secret,
            "oauthRefreshToken": c.integration_refresh_token,
        }
    })
}
