//! `aws-sm:SECRET_NAME_OR_ARN` store: one AWS Secrets Manager secret holding the original tool's
//! token-config.json (`serviceApp`, `tokenManager`), so an existing secret works unchanged. Tokens
//! byods obtains are written under the secret's `byods` key; every other key is kept as it is.
//!
//! Secrets Manager has no compare-and-swap. `save` therefore writes with PutSecretValue, reads the
//! current version back, and when another writer's version won, merges again onto theirs and
//! retries, merging three-way against what the run loaded (see `pick`): of two new copies of a
//! token the one that expires later is kept (on the same second, the stored one), so the newest
//! refresh token survives. What stays racy: a writer that read before another's refresh may still
//! present the older refresh token to Webex (harmless while Webex keeps old refresh tokens
//! valid), and two writes landing between each other's read-back converge only after the next
//! save.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::{Map, Value, json};

use super::store::{Secrets, Store};
use crate::error::{Error, Result};
use crate::fsutil::FileLock;
use crate::sigv4::{self, Credentials};

/// The secret's key for what byods obtains (service app and integration tokens).
pub const BYODS_KEY: &str = "byods";
const SERVICE: &str = "secretsmanager";
/// Pauses before the retries of a call that failed transiently (short: a Lambda has minutes).
const RETRY_PAUSES: [Duration; 2] = [Duration::from_millis(100), Duration::from_millis(400)];
/// Read-back rounds before giving up on a secret other writers keep replacing.
const MAX_WRITE_ROUNDS: usize = 8;

pub struct AwsSmStore {
    secret_id: String,
    region: String,
    endpoint: String,
    host: String,
    credentials: Credentials,
    agent: ureq::Agent,
    /// The document last read, for settings (clientId, targetOrgId...) without another call.
    last: Mutex<Option<Map<String, Value>>>,
    /// What the last `load` returned: the base `save` merges from.
    base: Mutex<Option<Secrets>>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

impl AwsSmStore {
    /// Region, endpoint and credentials from the standard AWS environment variables. Fails before
    /// any request when one is missing.
    pub fn from_env(secret_id: &str) -> Result<AwsSmStore> {
        let secret_id = secret_id.trim().to_string();
        let uri = format!("aws-sm:{secret_id}");
        if secret_id.is_empty() {
            return Err(Error::Config(
                "store 'aws-sm:' needs a secret name or ARN, e.g. aws-sm:byods/prod".into(),
            ));
        }
        // An ARN names its region; else the usual variables.
        let arn_region = secret_id
            .strip_prefix("arn:")
            .and_then(|rest| rest.split(':').nth(2))
            .filter(|r| !r.is_empty())
            .map(str::to_string);
        let region = arn_region
            .or_else(|| env("AWS_REGION"))
            .or_else(|| env("AWS_DEFAULT_REGION"))
            .ok_or_else(|| {
                Error::Config(format!(
                    "credential store {uri} needs an AWS region: set AWS_REGION (Lambda sets it)"
                ))
            })?;
        let endpoint = env("AWS_ENDPOINT_URL_SECRETS_MANAGER")
            .or_else(|| env("AWS_ENDPOINT_URL"))
            .unwrap_or_else(|| format!("https://secretsmanager.{region}.amazonaws.com"));
        let endpoint = crate::api::check_transport(
            &endpoint,
            "Secrets Manager endpoint",
            "the AWS credentials and the secret",
        )
        .map_err(Error::Config)?;
        let host = endpoint
            .parse::<ureq::http::Uri>()
            .ok()
            .and_then(|u| u.authority().map(|a| a.as_str().to_string()))
            .unwrap_or_default();
        let (Some(access_key_id), Some(secret_access_key)) =
            (env("AWS_ACCESS_KEY_ID"), env("AWS_SECRET_ACCESS_KEY"))
        else {
            return Err(Error::Auth(format!(
                "credential store {uri} needs AWS credentials: set AWS_ACCESS_KEY_ID and \
                 AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones; Lambda sets all three)"
            )));
        };
        let timeout = Duration::from_secs(
            env("BYODS_TIMEOUT")
                .and_then(|t| t.parse().ok())
                .filter(|t| (1..=crate::config::MAX_TIMEOUT_SECS).contains(t))
                .unwrap_or(crate::config::DEFAULT_TIMEOUT_SECS),
        );
        Ok(AwsSmStore {
            agent: crate::api::build_agent(timeout, &endpoint),
            secret_id,
            region,
            endpoint,
            host,
            credentials: Credentials {
                access_key_id,
                secret_access_key,
                session_token: env("AWS_SESSION_TOKEN"),
            },
            last: Mutex::new(None),
            base: Mutex::new(None),
        })
    }

    /// One Secrets Manager JSON-protocol call, sent again after a short pause on a 5xx, throttling
    /// or connection failure. A PutSecretValue retry is safe: its ClientRequestToken makes it
    /// idempotent.
    fn call(&self, action: &str, body: &Value) -> Result<Value> {
        let mut pauses = RETRY_PAUSES.iter();
        loop {
            let result = self.call_once(action, body);
            match (&result, pauses.next()) {
                (Err(Error::Transient(_)), Some(pause)) => std::thread::sleep(*pause),
                _ => return result,
            }
        }
    }

    fn call_once(&self, action: &str, body: &Value) -> Result<Value> {
        let body = serde_json::to_vec(body)?;
        let target = format!("secretsmanager.{action}");
        let content_type = "application/x-amz-json-1.1";
        let signed = sigv4::sign(
            &sigv4::Request {
                method: "POST",
                host: &self.host,
                path: "/",
                query: "",
                headers: &[("content-type", content_type), ("x-amz-target", &target)],
                body: &body,
            },
            &self.credentials,
            &self.region,
            SERVICE,
            &sigv4::amz_date(crate::ui::timefmt::now_unix()),
        );
        let mut request = self
            .agent
            .post(format!("{}/", self.endpoint))
            .header("content-type", content_type)
            .header("x-amz-target", &target);
        for (name, value) in &signed {
            request = request.header(name, value);
        }
        let mut response = request.send(&body[..]).map_err(|e| {
            Error::Transient(format!(
                "cannot reach AWS Secrets Manager at {} for secret '{}': {e}",
                self.endpoint, self.secret_id
            ))
        })?;
        let status = response.status().as_u16();
        let error_type = response
            .headers()
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(':').next().unwrap_or(v).to_string());
        let text = response.body_mut().read_to_string().unwrap_or_default();
        let answer: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if (200..300).contains(&status) {
            return Ok(answer);
        }
        // JSON errors carry `__type`; the authentication layer may answer in XML instead.
        let kind = answer
            .get("__type")
            .and_then(Value::as_str)
            .map(|t| t.rsplit('#').next().unwrap_or(t).to_string())
            .or(error_type)
            .or_else(|| xml_element(&text, "Code"))
            .unwrap_or_default();
        let message = answer
            .get("message")
            .or_else(|| answer.get("Message"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| xml_element(&text, "Message"))
            .unwrap_or_default();
        Err(self.error(action, status, &kind, &message))
    }

    /// Maps an AWS error answer to byods's exit codes, naming the secret (never its value).
    fn error(&self, action: &str, status: u16, kind: &str, message: &str) -> Error {
        let message: String = message.chars().take(300).collect();
        let what = format!(
            "AWS Secrets Manager {action} on secret '{}' failed: HTTP {status}{}{}",
            self.secret_id,
            if kind.is_empty() {
                String::new()
            } else {
                format!(" {kind}")
            },
            if message.is_empty() {
                String::new()
            } else {
                format!(": {message}")
            }
        );
        let auth_advice = "The AWS credentials may not use this secret: allow \
                           secretsmanager:GetSecretValue and secretsmanager:PutSecretValue on it";
        match kind {
            "ResourceNotFoundException" => Error::Config(format!(
                "{what}. Create the secret (see scripts/deploy/lambda/template.yaml), or check the \
                 name and the region ({})",
                self.region
            )),
            "AccessDeniedException"
            | "AccessDenied"
            | "UnrecognizedClientException"
            | "InvalidSignatureException"
            | "IncompleteSignature"
            | "MissingAuthenticationToken"
            | "ExpiredTokenException"
            | "InvalidClientTokenId"
            | "SignatureDoesNotMatch"
            | "DecryptionFailure" => Error::Auth(format!("{what}. {auth_advice}")),
            "ThrottlingException"
            | "InternalServiceError"
            | "InternalFailure"
            | "ServiceUnavailable" => Error::Transient(what),
            _ if status >= 500 || status == 429 => Error::Transient(what),
            _ if status == 401 || status == 403 => Error::Auth(format!("{what}. {auth_advice}")),
            _ => Error::Config(what),
        }
    }

    /// The current document and its version id.
    fn read(&self) -> Result<(Map<String, Value>, Option<String>)> {
        let answer = self.call("GetSecretValue", &json!({ "SecretId": self.secret_id }))?;
        let version = answer
            .get("VersionId")
            .and_then(Value::as_str)
            .map(str::to_string);
        let Some(text) = answer.get("SecretString").and_then(Value::as_str) else {
            return Err(Error::Config(format!(
                "AWS Secrets Manager secret '{}' has no SecretString: byods needs a JSON text secret",
                self.secret_id
            )));
        };
        if text.trim().is_empty() {
            return Ok((Map::new(), version));
        }
        // Parse errors name a position only: the text is a secret.
        let doc: Value = serde_json::from_str(text).map_err(|e| {
            Error::Config(format!(
                "AWS Secrets Manager secret '{}' is not JSON (line {}, column {})",
                self.secret_id,
                e.line(),
                e.column()
            ))
        })?;
        match doc {
            Value::Object(map) => {
                *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some(map.clone());
                Ok((map, version))
            }
            _ => Err(Error::Config(format!(
                "AWS Secrets Manager secret '{}' is not a JSON object",
                self.secret_id
            ))),
        }
    }

    fn put(&self, doc: &Map<String, Value>, version: &str) -> Result<()> {
        let text = serde_json::to_string(doc)?;
        self.call(
            "PutSecretValue",
            &json!({
                "SecretId": self.secret_id,
                "SecretString": text,
                "ClientRequestToken": version,
            }),
        )
        .map(|_| ())
    }
}

/// The text of the first `<name>` element (AWS's XML error answers), without parsing XML.
fn xml_element(text: &str, name: &str) -> Option<String> {
    let start = text.find(&format!("<{name}>"))? + name.len() + 2;
    let end = start + text[start..].find(&format!("</{name}>"))?;
    Some(text[start..end].trim().to_string()).filter(|v| !v.is_empty())
}

/// `YOUR_..._HERE` placeholders of the template, and empty strings, are not values.
fn value(section: Option<&Value>, keys: &[&str]) -> Option<String> {
    let map = section?.as_object()?;
    keys.iter()
        .find_map(|k| map.get(*k).and_then(Value::as_str))
        .map(|v| v.trim().to_string())
        .filter(|v| !is_placeholder(v))
}

fn is_placeholder(v: &str) -> bool {
    let upper = v.to_ascii_uppercase();
    v.is_empty() || (upper.starts_with("YOUR_") && upper.ends_with("_HERE"))
}

fn fingerprint(secret: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, secret.as_bytes());
    digest.as_ref()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The integration refresh token byods obtained is tied to the one a human put in `tokenManager`:
/// when the human replaces that, byods's copy is stale and the human's wins.
const REPLACES: &str = "oauthRefreshTokenReplaces";

/// Reads `Secrets` from the document.
pub fn secrets_from(doc: &Map<String, Value>) -> Secrets {
    let service = doc.get("serviceApp");
    let manager = doc.get("tokenManager");
    let ours: Secrets = doc
        .get(BYODS_KEY)
        .cloned()
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    let human_refresh = value(manager, &["oauthRefreshToken", "refreshToken"]);
    let replaces = doc
        .get(BYODS_KEY)
        .and_then(|b| b.get(REPLACES))
        .and_then(Value::as_str);
    let ours_is_current = ours.oauth_refresh_token.is_some()
        && (human_refresh.is_none()
            || human_refresh.as_deref().map(fingerprint).as_deref() == replaces);
    let (oauth_refresh_token, oauth_refresh_token_expires_at) = if ours_is_current {
        (
            ours.oauth_refresh_token.clone(),
            ours.oauth_refresh_token_expires_at,
        )
    } else {
        (human_refresh, None)
    };
    Secrets {
        client_secret: value(service, &["clientSecret"]).or(ours.client_secret),
        personal_access_token: value(manager, &["personalAccessToken"])
            .or(ours.personal_access_token),
        oauth_client_secret: value(manager, &["oauthClientSecret", "clientSecret"])
            .or(ours.oauth_client_secret),
        oauth_refresh_token,
        oauth_refresh_token_expires_at,
        ..ours
    }
}

/// Of two copies of one token, the one that expires later (newer). On the same expiry second the
/// stored one (theirs) wins: that is a writer whose version lost the race merging again, and the
/// stored copy can be a refresh token obtained *with* ours, which rotated ours away; writing ours
/// back over it stored a dead token (seen with 6 writers within one second). Without expiries
/// to compare, ours.
fn newer(
    ours: (Option<String>, Option<i64>),
    theirs: (Option<String>, Option<i64>),
) -> (Option<String>, Option<i64>) {
    match (&ours.0, &theirs.0) {
        (None, _) => theirs,
        (Some(_), None) => ours,
        (Some(a), Some(b)) if a == b => ours,
        _ if ours.1.is_some() && ours.1 == theirs.1 => theirs,
        _ if theirs.1.unwrap_or(i64::MIN) > ours.1.unwrap_or(i64::MIN) => theirs,
        _ => ours,
    }
}

type Copy = (Option<String>, Option<i64>);

/// One token's value to write. `base` is what this run loaded: a token it did not change takes
/// the stored value (another writer's, or cleared); one only it changed is written as it is
/// (set or cleared); when both changed, the copy that expires later wins.
fn pick(ours: Copy, base: Option<Copy>, theirs: Copy) -> Copy {
    match base {
        Some(base) if ours == base => theirs,
        Some(base) if theirs == base => ours,
        _ => newer(ours, theirs),
    }
}

/// `doc` with `secrets` written in: obtained tokens under `byods` (see `pick`), secrets a human
/// keeps in `serviceApp`/`tokenManager` updated there only when set to a new value.
pub fn merge_into(
    doc: &Map<String, Value>,
    secrets: &Secrets,
    base: Option<&Secrets>,
) -> Map<String, Value> {
    let current = secrets_from(doc);
    let mut doc = doc.clone();
    let (access_token, access_token_expires_at) = pick(
        (
            secrets.access_token.clone(),
            secrets.access_token_expires_at,
        ),
        base.map(|b| (b.access_token.clone(), b.access_token_expires_at)),
        (
            current.access_token.clone(),
            current.access_token_expires_at,
        ),
    );
    let (refresh_token, refresh_token_expires_at) = pick(
        (
            secrets.refresh_token.clone(),
            secrets.refresh_token_expires_at,
        ),
        base.map(|b| (b.refresh_token.clone(), b.refresh_token_expires_at)),
        (
            current.refresh_token.clone(),
            current.refresh_token_expires_at,
        ),
    );
    let (oauth_access_token, oauth_access_token_expires_at) = pick(
        (
            secrets.oauth_access_token.clone(),
            secrets.oauth_access_token_expires_at,
        ),
        base.map(|b| {
            (
                b.oauth_access_token.clone(),
                b.oauth_access_token_expires_at,
            )
        }),
        (
            current.oauth_access_token.clone(),
            current.oauth_access_token_expires_at,
        ),
    );
    let (oauth_refresh_token, oauth_refresh_token_expires_at) = pick(
        (
            secrets.oauth_refresh_token.clone(),
            secrets.oauth_refresh_token_expires_at,
        ),
        base.map(|b| {
            (
                b.oauth_refresh_token.clone(),
                b.oauth_refresh_token_expires_at,
            )
        }),
        (
            current.oauth_refresh_token.clone(),
            current.oauth_refresh_token_expires_at,
        ),
    );
    let ours = Secrets {
        access_token,
        access_token_expires_at,
        refresh_token,
        refresh_token_expires_at,
        oauth_access_token,
        oauth_access_token_expires_at,
        oauth_refresh_token,
        oauth_refresh_token_expires_at,
        ..Secrets::default()
    };
    let mut section = match serde_json::to_value(&ours) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let manager = doc.get("tokenManager").cloned();
    if let Some(human) = value(manager.as_ref(), &["oauthRefreshToken", "refreshToken"]) {
        section.insert(REPLACES.into(), Value::String(fingerprint(&human)));
    }
    doc.insert(BYODS_KEY.into(), Value::Object(section));
    // Secrets a human set with `config set NAME -` go where the original tool keeps them.
    let mut set = |section: &str, key: &str, value: &Option<String>, old: &Option<String>| {
        if let Some(v) = value.as_ref().filter(|v| Some(*v) != old.as_ref()) {
            let entry = doc
                .entry(section.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(map) = entry {
                map.insert(key.into(), Value::String(v.clone()));
            }
        }
    };
    set(
        "serviceApp",
        "clientSecret",
        &secrets.client_secret,
        &current.client_secret,
    );
    set(
        "tokenManager",
        "personalAccessToken",
        &secrets.personal_access_token,
        &current.personal_access_token,
    );
    set(
        "tokenManager",
        "oauthClientSecret",
        &secrets.oauth_client_secret,
        &current.oauth_client_secret,
    );
    doc
}

impl Store for AwsSmStore {
    fn uri(&self) -> String {
        format!("aws-sm:{}", self.secret_id)
    }

    fn load(&self) -> Result<Secrets> {
        let secrets = secrets_from(&self.read()?.0);
        *self.base.lock().unwrap_or_else(|e| e.into_inner()) = Some(secrets.clone());
        Ok(secrets)
    }

    fn save(&self, secrets: &Secrets) -> Result<()> {
        let base = self.base.lock().unwrap_or_else(|e| e.into_inner()).clone();
        for round in 0..MAX_WRITE_ROUNDS {
            if round > 0 {
                // Writers that collided back off by different amounts, so one of them wins the
                // next round instead of all of them overwriting each other again.
                let jitter = u64::from(uuid::Uuid::new_v4().as_bytes()[0]);
                std::thread::sleep(std::time::Duration::from_millis(
                    (20 + jitter) * round as u64,
                ));
            }
            let (current, _) = self.read()?;
            let merged = merge_into(&current, secrets, base.as_ref());
            if merged == current {
                return Ok(());
            }
            let version = uuid::Uuid::new_v4().to_string();
            self.put(&merged, &version)?;
            // No compare-and-swap: check that our version is the current one, else merge again
            // onto whatever another writer stored.
            let (_, now_current) = self.read()?;
            if now_current.as_deref() == Some(version.as_str()) {
                return Ok(());
            }
        }
        Err(Error::Transient(format!(
            "AWS Secrets Manager secret '{}' kept changing while byods saved its tokens \
             ({MAX_WRITE_ROUNDS} rounds): another writer is busy; the next run saves again",
            self.secret_id
        )))
    }

    fn lock(&self) -> Result<FileLock> {
        // Serialises the processes of one machine (one Lambda sandbox runs one invocation at a
        // time); across machines the read-back in `save` is what keeps the newest tokens.
        FileLock::acquire(
            &crate::paths::state_dir()?.join(format!("aws-sm-{}", fingerprint(&self.uri()))),
        )
    }

    fn settings(&self) -> Map<String, Value> {
        let last = self.last.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let Some(doc) = last else {
            return Map::new();
        };
        let mut out = Map::new();
        let service = doc.get("serviceApp");
        let manager = doc.get("tokenManager");
        for (section, keys, ours) in [
            (service, &["clientId"][..], "clientId"),
            (service, &["appId"][..], "appId"),
            (service, &["targetOrgId"][..], "targetOrgId"),
            (manager, &["oauthClientId", "clientId"][..], "oauthClientId"),
        ] {
            if let Some(v) = value(section, keys) {
                out.insert(ours.into(), Value::String(v));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Map<String, Value> {
        json!({
            "serviceApp": {"appId": "A", "clientId": "C", "clientSecret": "CS", "targetOrgId": "O"},
            "tokenManager": {"personalAccessToken": "PAT", "oauthClientId": "OC",
                             "oauthClientSecret": "OCS", "oauthRefreshToken": "ORT1"},
            "note": "kept"
        })
        .as_object()
        .unwrap()
        .clone()
    }

    #[test]
    fn reads_the_original_shape() {
        let s = secrets_from(&seed());
        assert_eq!(s.client_secret.as_deref(), Some("CS"));
        assert_eq!(s.personal_access_token.as_deref(), Some("PAT"));
        assert_eq!(s.oauth_refresh_token.as_deref(), Some("ORT1"));
        assert!(s.access_token.is_none());
    }

    #[test]
    fn obtained_tokens_go_under_their_own_key_and_others_are_kept() {
        let mut s = secrets_from(&seed());
        s.access_token = Some("AT".into());
        s.refresh_token = Some("RT".into());
        s.refresh_token_expires_at = Some(100);
        s.oauth_refresh_token = Some("ORT2".into());
        let doc = merge_into(&seed(), &s, None);
        assert_eq!(doc["note"], "kept");
        assert_eq!(doc["serviceApp"], seed()["serviceApp"]);
        assert_eq!(doc["tokenManager"], seed()["tokenManager"]);
        assert_eq!(doc["byods"]["accessToken"], "AT");
        assert_eq!(doc["byods"]["refreshToken"], "RT");
        let back = secrets_from(&doc);
        assert_eq!(back.oauth_refresh_token.as_deref(), Some("ORT2"));
        assert_eq!(back.refresh_token.as_deref(), Some("RT"));
    }

    #[test]
    fn a_human_replacing_the_integration_refresh_token_wins() {
        let mut s = secrets_from(&seed());
        s.oauth_refresh_token = Some("ORT2".into());
        let mut doc = merge_into(&seed(), &s, None);
        doc["tokenManager"]["oauthRefreshToken"] = json!("HUMAN");
        assert_eq!(
            secrets_from(&doc).oauth_refresh_token.as_deref(),
            Some("HUMAN")
        );
    }

    #[test]
    fn the_later_expiring_refresh_token_survives_a_merge() {
        let mut theirs = secrets_from(&seed());
        theirs.refresh_token = Some("NEW".into());
        theirs.refresh_token_expires_at = Some(2000);
        let stored = merge_into(&seed(), &theirs, None);
        let mut ours = secrets_from(&seed());
        ours.refresh_token = Some("OLD".into());
        ours.refresh_token_expires_at = Some(1000);
        ours.access_token = Some("AT".into());
        let merged = merge_into(&stored, &ours, None);
        assert_eq!(merged["byods"]["refreshToken"], "NEW");
        assert_eq!(merged["byods"]["accessToken"], "AT");
    }

    #[test]
    fn a_writer_merging_again_keeps_the_token_obtained_with_its_own_in_the_same_second() {
        // A refreshed R0 into R1 and wrote it; B read R1, refreshed it into R2 (R1 is now dead)
        // and wrote R2 over A's version, all within one second. A's read-back sees B's version
        // and merges again: R2 must stay.
        let loaded = secrets_from(&seed());
        let mut a = loaded.clone();
        a.refresh_token = Some("R1".into());
        a.refresh_token_expires_at = Some(5000);
        let after_a = merge_into(&seed(), &a, Some(&loaded));
        let b_loaded = secrets_from(&after_a);
        let mut b = b_loaded.clone();
        b.refresh_token = Some("R2".into());
        b.refresh_token_expires_at = Some(5000);
        let after_b = merge_into(&after_a, &b, Some(&b_loaded));
        assert_eq!(after_b["byods"]["refreshToken"], "R2");
        let again = merge_into(&after_b, &a, Some(&loaded));
        assert_eq!(
            again["byods"]["refreshToken"], "R2",
            "the stored one on a tie"
        );
    }

    #[test]
    fn a_token_this_run_cleared_is_removed_one_it_did_not_touch_is_kept() {
        let mut first = secrets_from(&seed());
        first.access_token = Some("AT1".into());
        first.refresh_token = Some("RT1".into());
        let stored = merge_into(&seed(), &first, None);
        // This run loaded `stored`, then forgot the refresh token (it was refused)...
        let base = secrets_from(&stored);
        let mut ours = base.clone();
        ours.refresh_token = None;
        // ...while another writer replaced the access token.
        let mut theirs = base.clone();
        theirs.access_token = Some("AT2".into());
        let now = merge_into(&stored, &theirs, Some(&base));
        let merged = merge_into(&now, &ours, Some(&base));
        assert!(merged["byods"].get("refreshToken").is_none(), "cleared");
        assert_eq!(
            merged["byods"]["accessToken"], "AT2",
            "theirs, untouched by us"
        );
    }
}
