//! The `aws-sm:` credential store end to end: moto's Secrets Manager (one loopback server shared by
//! the tests, each with its own secret name) and the sandbox. Skipped with a printed reason when moto is not installed; `.ci/run`
//! installs it.

use crate::aws_support::{
    AWS_CLEARED, Stub, aws_env, create_secret, moto, moto_with, put_secret, secret,
};
use crate::common::{Env, stderr_text};
use serde_json::{Value, json};

const NAME: &str = "byods/test";

/// `byods` configured by its environment only: no config file, base URL and store from variables.
fn sm_cmd(env: &Env, endpoint: &str) -> assert_cmd::Command {
    sm_cmd_for(env, endpoint, NAME)
}

/// As `sm_cmd`, for the secret `name`: tests on the shared moto server each use their own.
fn sm_cmd_for(env: &Env, endpoint: &str, name: &str) -> assert_cmd::Command {
    let mut c = env.bare_cmd();
    for var in AWS_CLEARED {
        c.env_remove(var);
    }
    c.env("BYODS_BASE_URL", &env.base_url)
        .env("BYODS_STORE", format!("aws-sm:{name}"));
    for (k, v) in aws_env(endpoint) {
        c.env(k, v);
    }
    c
}

/// The sandbox's credentials in the original tool's shape, plus a key byods must keep.
fn seed(env: &Env) -> Value {
    json!({
        "serviceApp": env.info["serviceApp"],
        "tokenManager": env.info["tokenManager"],
        "deployment": {"owner": "ops"}
    })
}

fn posts(env: &Env, part: &str) -> usize {
    env.requests()
        .iter()
        .filter(|r| r["method"] == "POST" && r["path"].as_str().unwrap().contains(part))
        .count()
}

#[test]
fn reads_a_seed_shaped_secret_and_writes_tokens_back_under_their_own_key() {
    let Some(moto) = moto("reads_a_seed_shaped_secret") else {
        return;
    };
    let name = "byods/reads";
    let env = Env::start();
    create_secret(&moto.endpoint, name, &seed(&env));
    let out = sm_cmd_for(&env, &moto.endpoint, name)
        .arg("ls")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(posts(&env, "/v1/applications/"), 1, "minted with the PAT");
    let doc = secret(&moto.endpoint, name);
    assert_eq!(doc["serviceApp"], seed(&env)["serviceApp"], "kept as is");
    assert_eq!(doc["tokenManager"], seed(&env)["tokenManager"]);
    assert_eq!(doc["deployment"]["owner"], "ops");
    assert!(doc["byods"]["accessToken"].is_string());
    assert!(doc["byods"]["refreshToken"].is_string());
    // Nothing secret on the terminal.
    let all = format!(
        "{}{}",
        stderr_text(&out),
        String::from_utf8_lossy(&out.stdout)
    );
    for secret in [
        doc["byods"]["accessToken"].as_str().unwrap(),
        doc["serviceApp"]["clientSecret"].as_str().unwrap(),
    ] {
        assert!(!all.contains(secret));
    }

    // The next run uses the stored token: no new mint.
    env.clear_requests();
    let out = sm_cmd_for(&env, &moto.endpoint, name)
        .arg("ls")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(posts(&env, "/v1/applications/"), 0);
    assert_eq!(posts(&env, "/v1/access_token"), 0);
}

#[test]
fn rotated_refresh_tokens_are_written_back_and_used() {
    let Some(moto) = moto("rotated_refresh_tokens") else {
        return;
    };
    let name = "byods/rotated";
    let env = Env::start();
    create_secret(&moto.endpoint, name, &seed(&env));
    assert!(
        sm_cmd_for(&env, &moto.endpoint, name)
            .arg("ls")
            .output()
            .unwrap()
            .status
            .success()
    );
    let first = secret(&moto.endpoint, name)["byods"]["refreshToken"].clone();
    env.faults(json!({"rotateRefreshTokens": true}));
    for _ in 0..3 {
        let out = sm_cmd_for(&env, &moto.endpoint, name)
            .args(["token", "refresh"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_text(&out));
    }
    let doc = secret(&moto.endpoint, name);
    assert_ne!(doc["byods"]["refreshToken"], first, "rotated");
    // The stored refresh token is the live one: a refresh with it succeeds, no token manager.
    env.clear_requests();
    let out = sm_cmd_for(&env, &moto.endpoint, name)
        .args(["token", "refresh"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(posts(&env, "/v1/applications/"), 0);
    assert_eq!(doc["deployment"]["owner"], "ops");
}

#[test]
fn concurrent_writers_keep_the_newest_refresh_token() {
    let Some(moto) = moto("concurrent_writers") else {
        return;
    };
    let name = "byods/concurrent";
    let env = Env::start();
    create_secret(&moto.endpoint, name, &seed(&env));
    assert!(
        sm_cmd_for(&env, &moto.endpoint, name)
            .arg("ls")
            .output()
            .unwrap()
            .status
            .success()
    );
    env.faults(json!({"rotateRefreshTokens": true}));
    // Separate state dirs: as on separate machines, the local lock does not serialise them.
    let children: Vec<_> = (0..6)
        .map(|i| {
            let mut c = std::process::Command::new(crate::common::bin());
            let base = sm_cmd_for(&env, &moto.endpoint, name);
            for (k, v) in base.get_envs() {
                match v {
                    Some(v) => c.env(k, v),
                    None => c.env_remove(k),
                };
            }
            c.env("BYODS_STATE_DIR", env.path().join(format!("state-{i}")))
                .args(["token", "refresh"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    // Meanwhile another tool edits its own key.
    let mut doc = secret(&moto.endpoint, name);
    doc["deployment"]["touched"] = json!(true);
    put_secret(&moto.endpoint, name, &doc);
    let mut failures = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        if !out.status.success() {
            failures.push(String::from_utf8_lossy(&out.stderr).into_owned());
        }
    }
    // Refreshes presenting a token another run already rotated away may fail (exit 4); what
    // matters is that the secret ends up holding a live refresh token.
    let doc = secret(&moto.endpoint, name);
    assert_eq!(doc["serviceApp"], seed(&env)["serviceApp"]);
    env.clear_requests();
    env.faults(json!({"rotateRefreshTokens": false}));
    let out = sm_cmd_for(&env, &moto.endpoint, name)
        .args(["token", "refresh"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} (failures: {failures:?})",
        stderr_text(&out)
    );
    assert_eq!(
        posts(&env, "/v1/applications/"),
        0,
        "the stored refresh token is live: no fallback to the token manager ({failures:?})"
    );
}

#[test]
fn a_missing_secret_exits_3_naming_it() {
    let Some(moto) = moto("a_missing_secret") else {
        return;
    };
    let name = "byods/missing";
    let env = Env::start();
    env.clear_requests();
    let out = sm_cmd_for(&env, &moto.endpoint, name)
        .arg("ls")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(
        err.contains("'byods/missing'") && err.contains("ResourceNotFoundException"),
        "{err}"
    );
    assert!(env.requests().is_empty(), "nothing sent to the API");
}

#[test]
fn refused_aws_credentials_exit_4_naming_the_secret() {
    // moto enforces IAM when INITIAL_NO_AUTH_ACTION_COUNT is 0: our test key is unknown to it.
    let Some(moto) = moto_with(
        "refused_aws_credentials",
        &[("INITIAL_NO_AUTH_ACTION_COUNT", "0")],
    ) else {
        return;
    };
    let env = Env::start();
    env.clear_requests();
    let out = sm_cmd(&env, &moto.endpoint).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(err.contains("'byods/test'"), "{err}");
    assert!(err.contains("secretsmanager:GetSecretValue"), "{err}");
    assert!(env.requests().is_empty());
}

#[test]
fn missing_aws_settings_fail_before_anything_is_sent() {
    let env = Env::start();
    env.clear_requests();
    let out = sm_cmd(&env, "http://127.0.0.1:9")
        .env_remove("AWS_REGION")
        .arg("ls")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_text(&out).contains("AWS_REGION"));
    let out = sm_cmd(&env, "http://127.0.0.1:9")
        .env_remove("AWS_ACCESS_KEY_ID")
        .arg("ls")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr_text(&out).contains("AWS_ACCESS_KEY_ID"));
    let out = sm_cmd(&env, "http://secretsmanager.example.com")
        .arg("ls")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_text(&out).contains("plain http"));
    assert!(env.requests().is_empty());
}

#[test]
fn a_secrets_manager_5xx_exits_7_and_loses_nothing() {
    let env = Env::start();
    let seed_text = seed(&env).to_string();
    // Reads work, writes fail with 503: the tokens minted cannot be saved.
    let stub = Stub::start(move |seen| {
        if seen.target.ends_with("GetSecretValue") {
            let answer = json!({"Name": NAME, "VersionId": "v1", "SecretString": seed_text});
            (200, vec![], answer.to_string())
        } else {
            let answer = json!({"__type": "InternalServiceError", "message": "try later"});
            (503, vec![], answer.to_string())
        }
    });
    let out = sm_cmd(&env, &stub.url).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(err.contains("'byods/test'") && err.contains("503"), "{err}");
    let seen = stub.seen();
    let puts: Vec<_> = seen
        .iter()
        .filter(|s| s.target.ends_with("PutSecretValue"))
        .collect();
    let version = |s: &crate::aws_support::Seen| {
        serde_json::from_str::<Value>(&s.body).unwrap()["ClientRequestToken"].clone()
    };
    let targets: Vec<_> = seen
        .iter()
        .map(|s| (s.target.clone(), version(s)))
        .collect();
    // Each write is sent, then retried twice with the same version id, so a late success of an
    // earlier attempt cannot store a second version.
    assert!(!puts.is_empty());
    for put in &puts {
        let same = puts.iter().filter(|p| version(p) == version(put)).count();
        assert_eq!(same, 3, "{targets:?}");
    }
    // Every request was signed, with the session token Lambda provides.
    for s in &seen {
        let header = |n: &str| {
            s.headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.clone())
        };
        assert!(
            header("authorization")
                .unwrap()
                .starts_with("AWS4-HMAC-SHA256 Credential=AKIDTESTING/")
        );
        assert_eq!(
            header("x-amz-security-token").as_deref(),
            Some("session-token-from-lambda")
        );
    }

    // A 5xx on read: exit 7 and nothing sent to the API.
    let stub = Stub::start(|_| (500, vec![], "{}".into()));
    env.clear_requests();
    let out = sm_cmd(&env, &stub.url).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert!(env.requests().is_empty());

    // One 503, then answers: the retry carries the run through.
    let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seed_text = seed(&env).to_string();
    let counter = calls.clone();
    let stub = Stub::start(move |seen| {
        if counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            return (503, vec![], "{}".into());
        }
        if seen.target.ends_with("GetSecretValue") {
            let answer = json!({"Name": NAME, "VersionId": "v1", "SecretString": seed_text});
            return (200, vec![], answer.to_string());
        }
        (200, vec![], json!({"Name": NAME}).to_string())
    });
    let out = sm_cmd(&env, &stub.url)
        .args(["token", "status"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(calls.load(std::sync::atomic::Ordering::SeqCst) >= 2);

    let stub = Stub::start(|_| (500, vec![], "{}".into()));
    env.clear_requests();
    let out = sm_cmd(&env, &stub.url).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert!(env.requests().is_empty());
}

#[test]
fn a_writer_that_wins_the_race_is_merged_with_not_overwritten() {
    use std::sync::{Arc, Mutex};
    let env = Env::start();
    // A Secrets Manager double with versions; right after byods's first write, another writer
    // stores a newer refresh token (as a concurrent Lambda would).
    let state = Arc::new(Mutex::new((seed(&env), "v0".to_string(), 0)));
    let shared = state.clone();
    let seed_doc = seed(&env);
    let stub = Stub::start(move |seen| {
        let mut state = shared.lock().unwrap();
        let request: Value = serde_json::from_str(&seen.body).unwrap_or(Value::Null);
        if seen.target.ends_with("GetSecretValue") {
            let answer =
                json!({"Name": NAME, "VersionId": state.1, "SecretString": state.0.to_string()});
            return (200, vec![], answer.to_string());
        }
        state.2 += 1;
        let mut doc: Value =
            serde_json::from_str(request["SecretString"].as_str().unwrap()).unwrap();
        state.1 = request["ClientRequestToken"].as_str().unwrap().to_string();
        if state.2 == 1 {
            // The other writer read before byods wrote: its document lacks byods's tokens.
            doc = seed_doc.clone();
            doc["byods"]["refreshToken"] = json!("NEWER-FROM-OTHER-WRITER");
            doc["byods"]["refreshTokenExpiresAt"] = json!(4_000_000_000i64);
            doc["other"] = json!("their key");
            state.1 = "their-version".into();
        }
        state.0 = doc;
        (
            200,
            vec![],
            json!({"Name": NAME, "VersionId": state.1}).to_string(),
        )
    });
    let out = sm_cmd(&env, &stub.url).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let (doc, _, puts) = state.lock().unwrap().clone();
    assert_eq!(
        puts, 2,
        "wrote, saw the other writer won, merged and wrote again"
    );
    assert_eq!(doc["byods"]["refreshToken"], "NEWER-FROM-OTHER-WRITER");
    assert_eq!(doc["other"], "their key");
    assert!(doc["byods"]["accessToken"].is_string(), "ours kept too");
    assert_eq!(doc["deployment"]["owner"], "ops");
}

#[test]
fn iam_enforced_get_only_policy_verifies_our_signature_and_refuses_the_save_exit_4() {
    // moto checks signatures and IAM policies once its first 4 unauthenticated calls (the setup
    // below) are used: byods's SigV4 must be accepted, and a policy lacking PutSecretValue (the
    // original tool's) refuses the save.
    let Some(moto) = moto_with("iam_enforced", &[("INITIAL_NO_AUTH_ACTION_COUNT", "4")]) else {
        return;
    };
    let env = Env::start();
    let (key_id, secret_key) = crate::aws_support::iam_user(
        &moto.endpoint,
        "keepalive",
        &["secretsmanager:GetSecretValue"],
    );
    create_secret(&moto.endpoint, NAME, &seed(&env));
    let run = |secret_key: &str| {
        sm_cmd(&env, &moto.endpoint)
            .env("AWS_ACCESS_KEY_ID", &key_id)
            .env("AWS_SECRET_ACCESS_KEY", secret_key)
            .env_remove("AWS_SESSION_TOKEN")
            .arg("ls")
            .output()
            .unwrap()
    };
    let out = run(&secret_key);
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(
        err.contains("PutSecretValue on secret 'byods/test'") && err.contains("AccessDenied"),
        "the read was accepted (signature verified), the write refused: {err}"
    );
    assert!(err.contains("allow secretsmanager:GetSecretValue and secretsmanager:PutSecretValue"));

    // A wrong secret key: the signature does not match, exit 4, nothing sent to the API.
    env.clear_requests();
    let out = run("not-the-secret-key");
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    assert!(stderr_text(&out).contains("SignatureDoesNotMatch"));
    assert!(env.requests().is_empty());
}
