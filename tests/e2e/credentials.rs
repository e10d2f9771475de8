//! The credential chain, stores, and the auth/token/config commands, end to end against a sandbox.

use crate::common;

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Stdio;

use crate::common::{Env, stderr_text, stdout_json, stdout_text};
use serde_json::{Value, json};

/// `byods` with the sandbox's base URL and no BYODS_TOKEN: the credential chain runs.
fn chain_cmd(env: &Env) -> assert_cmd::Command {
    let mut c = env.bare_cmd();
    c.env("BYODS_BASE_URL", &env.base_url);
    c
}

fn store_path(env: &Env) -> PathBuf {
    env.path().join("config").join("credentials.json")
}

fn stored(env: &Env) -> Value {
    let text = std::fs::read_to_string(store_path(env)).expect("credentials.json");
    serde_json::from_str::<Value>(&text).unwrap()["profiles"]["default"].clone()
}

fn edit_stored(env: &Env, f: impl FnOnce(&mut Value)) {
    let path = store_path(env);
    let mut all: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    f(&mut all["profiles"]["default"]);
    std::fs::write(&path, serde_json::to_string_pretty(&all).unwrap()).unwrap();
}

/// Imports `byods sandbox --json` output (the token-config.json shape plus extra keys).
fn import_sandbox(env: &Env) {
    let file = env.path().join("sandbox-info.json");
    std::fs::write(&file, serde_json::to_string(&env.info).unwrap()).unwrap();
    let out = chain_cmd(env)
        .args(["config", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    bind_to_sandbox(env, &[]);
}

/// The profile's credentials belong to the sandbox's API (`config set baseUrl`).
fn bind_to_sandbox(env: &Env, extra_env: &[(&str, &str)]) {
    let mut c = chain_cmd(env);
    for (k, v) in extra_env {
        c.env(k, v);
    }
    let out = c
        .args(["config", "set", "baseUrl", &env.base_url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
}

fn posts(env: &Env, path_part: &str) -> Vec<Value> {
    env.requests()
        .into_iter()
        .filter(|r| r["method"] == "POST" && r["path"].as_str().unwrap().contains(path_part))
        .collect()
}

fn app_token_posts(env: &Env) -> Vec<Value> {
    posts(env, "/v1/applications/")
}

fn access_token_posts(env: &Env) -> Vec<Value> {
    posts(env, "/v1/access_token")
}

#[test]
fn import_then_ls_mints_a_service_app_token_and_stores_it_privately() {
    let env = Env::start();
    import_sandbox(&env);
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(
        stdout_json(&out).as_array().unwrap().len(),
        env.data_sources().len()
    );
    let app = app_token_posts(&env);
    assert_eq!(app.len(), 1, "step 4 ran once");
    assert_eq!(app[0]["status"], 200);
    let s = stored(&env);
    assert!(s["accessToken"].is_string() && s["refreshToken"].is_string());
    assert!(s["accessTokenExpiresAt"].as_i64().unwrap() > 0);
    let mode = |p: PathBuf| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(store_path(&env)), 0o600);
    assert_eq!(mode(env.path().join("config")), 0o700);

    // Step 2: the stored token is used as is.
    env.clear_requests();
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success());
    assert!(app_token_posts(&env).is_empty() && access_token_posts(&env).is_empty());
}

#[test]
fn import_accepts_the_template_shape_and_skips_placeholders() {
    let env = Env::start();
    let template = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/token-config.json.template"),
    )
    .unwrap();
    let file = env.path().join("template.json");
    std::fs::write(&file, &template).unwrap();
    let out = chain_cmd(&env)
        .args(["config", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "only placeholders");
    assert!(stderr_text(&out).contains("only placeholders"));
    assert!(!store_path(&env).exists());

    // The original tool's code spelling inside tokenManager: clientId/clientSecret/refreshToken.
    let doc = json!({
        "serviceApp": {"appId": "YOUR_SERVICE_APP_ID_HERE", "clientId": "svc-client",
                        "clientSecret": "svc-secret-value", "targetOrgId": "org-1"},
        "tokenManager": {"personalAccessToken": "YOUR_PERSONAL_ACCESS_TOKEN_HERE",
                          "clientId": "int-client", "clientSecret": "int-secret-value",
                          "refreshToken": "int-refresh-value"}
    });
    std::fs::write(&file, doc.to_string()).unwrap();
    let out = chain_cmd(&env)
        .args(["config", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(err.contains("appId: placeholder") && err.contains("personalAccessToken: placeholder"));
    let all = format!("{}{}", stdout_text(&out), err);
    for secret in ["svc-secret-value", "int-secret-value", "int-refresh-value"] {
        assert!(!all.contains(secret), "{secret} leaked");
    }
    let get = |k: &str| {
        stdout_text(&chain_cmd(&env).args(["config", "get", k]).output().unwrap())
            .trim()
            .to_string()
    };
    assert_eq!(get("clientId"), "svc-client");
    assert_eq!(get("oauthClientId"), "int-client");
    // Derived: base64("ciscospark://us/APPLICATION/svc-client").
    assert_eq!(
        get("appId"),
        "Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL3N2Yy1jbGllbnQ="
    );
    assert!(get("clientSecret").starts_with("sha256:"));
    let s = stored(&env);
    assert_eq!(s["clientSecret"], "svc-secret-value");
    assert_eq!(s["oauthRefreshToken"], "int-refresh-value");
    assert!(env.requests().is_empty(), "import sends nothing");
}

#[test]
fn secrets_are_refused_as_command_line_values() {
    let env = Env::start();
    let out = chain_cmd(&env)
        .args(["config", "set", "clientSecret", "hunter2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("never taken on the command line"));
    assert!(!stderr_text(&out).contains("hunter2"));
    assert!(!store_path(&env).exists());
    let out = chain_cmd(&env)
        .args(["config", "set", "clientSecret", "-"])
        .write_stdin("hunter2\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(stored(&env)["clientSecret"], "hunter2");
    let out = chain_cmd(&env)
        .args(["config", "set", "colour", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("unknown setting 'colour'"));
    assert!(env.requests().is_empty());
}

#[test]
fn a_group_readable_store_is_refused_with_the_fix() {
    let env = Env::start();
    import_sandbox(&env);
    std::fs::set_permissions(store_path(&env), std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_text(&out).contains(&format!("chmod 600 {}", store_path(&env).display())));
    assert!(env.requests().is_empty(), "nothing sent");
}

#[test]
fn step3_refresh_token_with_and_without_rotation() {
    let env = Env::start();
    import_sandbox(&env);
    assert!(chain_cmd(&env).arg("ls").output().unwrap().status.success());
    let first_refresh = stored(&env)["refreshToken"].clone();

    // No rotation, and the response leaves refresh_token out: the old one is kept.
    env.faults(json!({"omitRefreshTokenOnRefresh": true}));
    edit_stored(&env, |s| s["accessTokenExpiresAt"] = json!(1));
    env.clear_requests();
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let refreshes = access_token_posts(&env);
    assert_eq!(refreshes.len(), 1);
    assert_eq!(refreshes[0]["grantType"], "refresh_token");
    assert!(app_token_posts(&env).is_empty(), "step 4 not needed");
    assert_eq!(stored(&env)["refreshToken"], first_refresh);

    // Rotation: the new refresh token is stored (the old one is now dead at the sandbox).
    env.faults(json!({"omitRefreshTokenOnRefresh": false, "rotateRefreshTokens": true}));
    edit_stored(&env, |s| s["accessTokenExpiresAt"] = json!(1));
    let out = chain_cmd(&env).args(["token", "refresh"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let rotated = stored(&env)["refreshToken"].clone();
    assert_ne!(rotated, first_refresh);
    env.clear_requests();
    let out = chain_cmd(&env).args(["token", "refresh"]).output().unwrap();
    assert!(
        out.status.success(),
        "the rotated token works: {}",
        stderr_text(&out)
    );
    assert_eq!(access_token_posts(&env)[0]["status"], 200);
    assert!(app_token_posts(&env).is_empty());
}

#[test]
fn a_401_mid_run_refreshes_once_and_retries() {
    let env = Env::start();
    import_sandbox(&env);
    assert!(chain_cmd(&env).arg("ls").output().unwrap().status.success());
    let ids: Vec<String> = env
        .data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    // The server forgets the token byods still believes valid.
    env.control_post("expire-tokens", json!({"kind": "access"}));
    env.clear_requests();
    let out = chain_cmd(&env).arg("get").args(&ids).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let log = env.requests();
    // Only the first round saw the dead token: the data sources fetched at once (4 by default)
    // and the schema list alongside them, each at most once; everything after went with the
    // renewed token.
    let mut unauthorized: Vec<&str> = log
        .iter()
        .filter(|r| r["status"] == 401)
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    let seen = unauthorized.len();
    unauthorized.sort_unstable();
    unauthorized.dedup();
    assert!(
        (1..=5).contains(&seen) && unauthorized.len() == seen,
        "only the first round saw the dead token: {log:#?}"
    );
    assert_eq!(access_token_posts(&env).len(), 1, "one refresh");
    let gets = log
        .iter()
        .filter(|r| {
            r["method"] == "GET"
                && r["status"] == 200
                && ids
                    .iter()
                    .any(|id| r["path"].as_str().unwrap().ends_with(id.as_str()))
        })
        .count();
    assert_eq!(gets, ids.len(), "every data source fetched after the retry");
}

#[test]
fn step5_an_expired_personal_token_falls_back_to_the_integration_refresh_token() {
    let env = Env::start();
    import_sandbox(&env);
    env.control_post("expire-tokens", json!({"kind": "personal"}));
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let log: Vec<(String, u16)> = env
        .requests()
        .iter()
        .filter(|r| r["method"] == "POST")
        .map(|r| {
            (
                r["path"].as_str().unwrap().to_string(),
                r["status"].as_u64().unwrap() as u16,
            )
        })
        .collect();
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(log[0].0.starts_with("/v1/applications/") && log[0].1 == 401);
    assert_eq!(log[1], ("/v1/access_token".to_string(), 200));
    assert!(log[2].0.starts_with("/v1/applications/") && log[2].1 == 200);
    let s = stored(&env);
    assert!(s["oauthAccessToken"].is_string());
    assert!(
        s.get("personalAccessToken").is_none(),
        "the dead PAT is dropped"
    );
}

#[test]
fn chain_failures_say_what_to_do() {
    let env = Env::start();
    // Nothing configured.
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = stderr_text(&out);
    assert!(
        err.contains("config import") && err.contains("BYODS_TOKEN"),
        "{err}"
    );
    assert!(env.requests().is_empty());
    // A partial profile names the missing key (exit 3).
    bind_to_sandbox(&env, &[]);
    chain_cmd(&env)
        .args(["config", "set", "clientId", "C1"])
        .assert()
        .success();
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr_text(&out).contains("no clientSecret"),
        "{}",
        stderr_text(&out)
    );
    assert!(env.requests().is_empty());

    import_sandbox(&env);
    env.faults(json!({"serviceAppAuthorized": false}));
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        stderr_text(&out).contains("Control Hub"),
        "{}",
        stderr_text(&out)
    );
    assert!(stderr_text(&out).contains("trackingId"));
    env.faults(json!({"serviceAppAuthorized": true}));

    let out = chain_cmd(&env)
        .args(["config", "set", "appId", "bm90LWFuLWFwcA"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("HTTP 404"),
        "{}",
        stderr_text(&out)
    );
    assert!(stderr_text(&out).contains("appId"));
    chain_cmd(&env)
        .args(["config", "unset", "appId"])
        .assert()
        .success();

    // Expired PAT and a dead integration refresh token: re-authorize.
    env.control_post("expire-tokens", json!({"kind": "personal"}));
    edit_stored(&env, |s| s["oauthRefreshToken"] = json!("dead"));
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("byods auth login"),
        "{}",
        stderr_text(&out)
    );
    assert!(stderr_text(&out).contains("re-authorize"));
}

#[test]
fn twenty_concurrent_processes_with_an_expired_token_refresh_once() {
    let env = Env::start();
    import_sandbox(&env);
    assert!(chain_cmd(&env).arg("ls").output().unwrap().status.success());
    edit_stored(&env, |s| s["accessTokenExpiresAt"] = json!(1));
    env.clear_requests();
    let children: Vec<_> = (0..20)
        .map(|_| {
            env.std_cmd()
                .arg("ls")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    assert_eq!(
        access_token_posts(&env).len(),
        1,
        "one refresh for 20 processes"
    );
    assert!(app_token_posts(&env).is_empty());
}

#[test]
fn token_print_status_and_refresh() {
    let env = Env::start();
    import_sandbox(&env);
    let out = chain_cmd(&env).args(["token", "print"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let token = stdout_text(&out).trim().to_string();
    assert_eq!(token, stored(&env)["accessToken"].as_str().unwrap());

    let out = chain_cmd(&env)
        .args(["token", "status", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout_text(&out);
    assert!(!text.contains(&token), "status never shows values");
    let v = stdout_json(&out);
    let layer = v["layers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["layer"] == "service app access token")
        .unwrap()
        .clone();
    assert_eq!(layer["present"], true);
    assert_eq!(layer["fingerprint"], byods::redact::fingerprint(&token));
    assert!(layer["expiresAt"].is_string());

    let out = chain_cmd(&env).args(["token", "refresh"]).output().unwrap();
    assert!(out.status.success());
    assert_ne!(stored(&env)["accessToken"].as_str().unwrap(), token);

    // BYODS_TOKEN overrides the chain.
    let out = chain_cmd(&env)
        .env("BYODS_TOKEN", "override-value")
        .args(["token", "print"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&out), "override-value\n");
}

/// Runs `auth login --no-browser --port 0`, returns the child and the authorize URL it printed.
fn start_login(
    env: &Env,
) -> (
    std::process::Child,
    String,
    BufReader<std::process::ChildStderr>,
) {
    let mut child = env
        .std_cmd()
        .args([
            "auth",
            "login",
            "--no-browser",
            "--port",
            "0",
            "--wait",
            "60",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "login printed no URL"
        );
        if line.starts_with("http") {
            break;
        }
    }
    (child, line.trim().to_string(), reader)
}

fn browser() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .proxy(None)
        .build()
        .new_agent()
}

fn location(url: &str) -> String {
    let r = browser().get(url).call().unwrap();
    assert_eq!(r.status(), 302);
    r.headers()["location"]
        .to_str()
        .unwrap()
        .replace("localhost", "127.0.0.1")
}

fn finish(
    child: std::process::Child,
    mut reader: BufReader<std::process::ChildStderr>,
) -> (i32, String) {
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap(), rest)
}

fn setup_integration(env: &Env) {
    import_sandbox(env);
    chain_cmd(env).args(["auth", "logout"]).assert().success();
}

#[test]
fn auth_login_with_pkce_through_the_sandbox() {
    let env = Env::start();
    setup_integration(&env);
    let (child, url, reader) = start_login(&env);
    assert!(url.contains("code_challenge_method=S256") && url.contains("state="));
    let callback = location(&url);
    let page = browser().get(&callback).call().unwrap();
    assert_eq!(page.status(), 200);
    let (code, err) = finish(child, reader);
    assert_eq!(code, 0, "{err}");
    let s = stored(&env);
    assert!(s["oauthAccessToken"].is_string() && s["oauthRefreshToken"].is_string());
    let exchange = access_token_posts(&env);
    assert_eq!(exchange.len(), 1);
    assert_eq!(exchange[0]["grantType"], "authorization_code");
    // The integration token mints a service app token.
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let out = chain_cmd(&env)
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["credential"], "integration");
}

#[test]
fn auth_login_rejects_a_state_mismatch_without_exchanging() {
    let env = Env::start();
    setup_integration(&env);
    let (child, url, reader) = start_login(&env);
    let callback = location(&url);
    let forged = regex_replace_param(&callback, "state", "forged");
    let page = browser().get(&forged).call().unwrap();
    assert_eq!(page.status(), 400);
    let (code, err) = finish(child, reader);
    assert_eq!(code, 4);
    assert!(err.contains("state parameter does not match"), "{err}");
    assert!(access_token_posts(&env).is_empty(), "nothing exchanged");
    assert!(stored(&env).get("oauthAccessToken").is_none());
}

/// Proves byods sends its own verifier: the browser hands the sandbox a different challenge, so
/// the code is bound to it and the sandbox refuses byods's verifier.
#[test]
fn auth_login_fails_when_the_pkce_verifier_does_not_match() {
    let env = Env::start();
    setup_integration(&env);
    let (child, url, reader) = start_login(&env);
    let tampered = regex_replace_param(
        &url,
        "code_challenge",
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    );
    let callback = location(&tampered);
    let _ = browser().get(&callback).call().unwrap();
    let (code, err) = finish(child, reader);
    assert_eq!(code, 4);
    assert!(err.contains("PKCE verification failed"), "{err}");
    assert_eq!(access_token_posts(&env)[0]["status"], 400);
    assert!(stored(&env).get("oauthAccessToken").is_none());
}

fn regex_replace_param(url: &str, name: &str, value: &str) -> String {
    let (base, query) = url.split_once('?').unwrap();
    let query: Vec<String> = query
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if k == name => format!("{k}={value}"),
            _ => p.to_string(),
        })
        .collect();
    format!("{base}?{}", query.join("&"))
}

#[test]
fn auth_login_with_token_reads_stdin_and_checks_it() {
    let env = Env::start();
    setup_integration(&env);
    let pat = env.info["tokenManager"]["personalAccessToken"]
        .as_str()
        .unwrap();
    let out = chain_cmd(&env)
        .args(["auth", "login", "--with-token"])
        .write_stdin(format!("{pat}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(!stderr_text(&out).contains(pat) && !stdout_text(&out).contains(pat));
    assert_eq!(stored(&env)["personalAccessToken"], pat);
    assert!(chain_cmd(&env).arg("ls").output().unwrap().status.success());

    let out = chain_cmd(&env)
        .args(["auth", "login", "--with-token"])
        .write_stdin("not-a-token\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr_text(&out).contains("nothing was stored"));
    assert_eq!(stored(&env)["personalAccessToken"], pat);
}

#[test]
fn exec_store_helper_gets_and_stores() {
    let env = Env::start();
    let dir = env.path().join("vault");
    std::fs::create_dir(&dir).unwrap();
    let helper = dir.join("helper.sh");
    std::fs::write(
        &helper,
        "#!/bin/sh\nf=\"$(dirname \"$0\")/secrets-$BYODS_STORE_PROFILE.json\"\n\
         echo \"$1\" >> \"$(dirname \"$0\")/calls\"\n\
         case \"$1\" in get) cat \"$f\" 2>/dev/null || true ;; store) cat > \"$f\" ;; *) exit 9 ;; esac\n",
    )
    .unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o700)).unwrap();
    let store = format!("exec:{}", helper.display());
    let file = env.path().join("sandbox-info.json");
    std::fs::write(&file, env.info.to_string()).unwrap();
    let out = chain_cmd(&env)
        .env("BYODS_STORE", &store)
        .args(["config", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    bind_to_sandbox(&env, &[("BYODS_STORE", &store)]);
    let out = chain_cmd(&env)
        .env("BYODS_STORE", &store)
        .arg("ls")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(!store_path(&env).exists(), "nothing in the file store");
    let kept: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("secrets-default.json")).unwrap())
            .unwrap();
    assert!(kept["accessToken"].is_string());
    assert_eq!(kept["clientSecret"], env.info["serviceApp"]["clientSecret"]);
    let calls = std::fs::read_to_string(dir.join("calls")).unwrap();
    assert!(calls.contains("get") && calls.contains("store"));
    // A failing helper is a config error.
    let out = chain_cmd(&env)
        .env("BYODS_STORE", "exec:false")
        .arg("ls")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn env_store_is_read_only_and_works() {
    let env = Env::start();
    import_sandbox(&env);
    std::fs::remove_file(store_path(&env)).unwrap();
    let sa = &env.info["serviceApp"];
    let out = chain_cmd(&env)
        .env("BYODS_STORE", "env:")
        .env("BYODS_CLIENT_SECRET", sa["clientSecret"].as_str().unwrap())
        .env(
            "BYODS_PERSONAL_ACCESS_TOKEN",
            env.info["tokenManager"]["personalAccessToken"]
                .as_str()
                .unwrap(),
        )
        .arg("ls")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(!store_path(&env).exists());
    let out = chain_cmd(&env)
        .env("BYODS_STORE", "env:")
        .args(["config", "set", "clientSecret", "-"])
        .write_stdin("x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_text(&out).contains("read-only"));
}

/// Runs a representative set of commands and checks that no secret value appears in any output,
/// the state dir or the config file (the store itself excepted), except `token print`'s stdout.
#[test]
fn no_secret_appears_in_any_output() {
    let env = Env::start();
    let mut outputs: Vec<String> = Vec::new();
    let mut run = |args: &[&str], extra: &[(&str, &str)]| {
        let mut c = chain_cmd(&env);
        for (k, v) in extra {
            c.env(k, v);
        }
        let out = c.args(args).output().unwrap();
        outputs.push(format!(
            "$ {args:?}\n{}{}",
            stdout_text(&out),
            stderr_text(&out)
        ));
    };
    let file = env.path().join("sandbox-info.json");
    std::fs::write(&file, env.info.to_string()).unwrap();
    run(&["config", "import", file.to_str().unwrap()], &[]);
    run(&["-v", "ls"], &[]);
    run(&["config", "list"], &[]);
    run(&["config", "list", "-o", "table"], &[]);
    run(&["config", "get", "clientSecret"], &[]);
    run(&["token", "status"], &[]);
    run(&["-v", "token", "refresh"], &[]);
    run(&["auth", "status"], &[]);
    env.control_post("expire-tokens", json!({"kind": "access"}));
    run(&["-v", "ls"], &[]);
    env.control_post("expire-tokens", json!({"kind": "personal"}));
    edit_stored(&env, |s| s["accessTokenExpiresAt"] = json!(1));
    edit_stored(&env, |s| {
        s.as_object_mut().unwrap().remove("refreshToken");
    });
    run(&["-v", "ls"], &[]);
    env.faults(json!({"serviceAppAuthorized": false}));
    run(&["-v", "token", "refresh"], &[]);

    let mut secrets: Vec<String> = Vec::new();
    for (section, key) in [
        ("serviceApp", "clientSecret"),
        ("tokenManager", "personalAccessToken"),
        ("tokenManager", "oauthClientSecret"),
        ("tokenManager", "oauthRefreshToken"),
    ] {
        secrets.push(env.info[section][key].as_str().unwrap().to_string());
    }
    for (_, v) in stored(&env).as_object().unwrap() {
        if let Some(s) = v.as_str() {
            secrets.push(s.to_string());
        }
    }
    assert!(secrets.len() >= 8, "{secrets:?}");
    let mut files = vec![env.path().join("config").join("config.json")];
    if let Ok(dir) = std::fs::read_dir(env.path().join("state")) {
        files.extend(dir.flatten().map(|e| e.path()));
    }
    for f in files.iter().filter(|f| f.is_file()) {
        outputs.push(std::fs::read_to_string(f).unwrap_or_default());
    }
    for text in &outputs {
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "secret leaked in:\n{text}");
        }
    }
}

#[test]
fn auth_login_device_grant_polls_until_approved() {
    let env = Env::start();
    setup_integration(&env);
    env.clear_requests();
    let out = chain_cmd(&env)
        .args(["auth", "login", "--device", "--no-browser", "-q"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(
        err.contains("enter the code"),
        "the code is shown even with -q: {err}"
    );
    let stored = stored(&env);
    assert!(stored["oauthAccessToken"].is_string() && stored["oauthRefreshToken"].is_string());
    let statuses: Vec<u64> = posts(&env, "/v1/device/token")
        .iter()
        .map(|r| r["status"].as_u64().unwrap())
        .collect();
    assert_eq!(statuses, vec![428, 200], "pending once, then approved");
    for secret in [
        stored["oauthAccessToken"].as_str().unwrap(),
        stored["oauthRefreshToken"].as_str().unwrap(),
    ] {
        assert!(!err.contains(secret) && !stdout_text(&out).contains(secret));
    }
    // The integration token now mints service app tokens.
    assert!(chain_cmd(&env).arg("ls").output().unwrap().status.success());

    // --device and --port make no sense together; nothing is sent.
    env.clear_requests();
    chain_cmd(&env)
        .args(["auth", "login", "--device", "--port", "0"])
        .assert()
        .code(2);
    assert!(env.requests().is_empty());
}

/// RFC 8628 `slow_down`: the poll is not an error; the interval grows by 5 s for that poll and
/// every later one (the harness's wait scale shortens the real sleeps).
#[test]
fn auth_login_device_grant_obeys_slow_down() {
    let env = Env::start();
    setup_integration(&env);
    env.faults(serde_json::json!({"deviceSlowDown": 2}));
    env.clear_requests();
    let out = chain_cmd(&env)
        .args(["auth", "login", "--device", "--no-browser"])
        .output()
        .unwrap();
    let err = stderr_text(&out);
    assert!(out.status.success(), "{err}");
    let statuses: Vec<u64> = posts(&env, "/v1/device/token")
        .iter()
        .map(|r| r["status"].as_u64().unwrap())
        .collect();
    assert_eq!(
        statuses,
        vec![400, 400, 428, 200],
        "slowed down twice, pending once, then approved"
    );
    // The sandbox's interval is 1 s: 6 s after the first slow_down, 11 s after the second.
    assert!(err.contains("every 6 s now"), "{err}");
    assert!(err.contains("every 11 s now"), "{err}");
    assert!(!err.contains("refused"), "{err}");
    let stored = stored(&env);
    assert!(stored["oauthAccessToken"].is_string() && stored["oauthRefreshToken"].is_string());
}

#[test]
fn secrets_typed_at_a_terminal_are_not_echoed() {
    let env = Env::start();
    import_sandbox(&env);
    let secret = "typed-secret-3f9a1c";
    let (code, screen) = common::pty::run(
        &env,
        &["config", "set", "clientSecret", "-"],
        &[("(input hidden): ", secret)],
    );
    assert_eq!(code, Some(0), "{screen}");
    assert!(!screen.contains(secret), "the secret was echoed:\n{screen}");
    assert!(
        screen.contains("sha256:"),
        "a fingerprint confirms what was stored:\n{screen}"
    );
    assert_eq!(stored(&env)["clientSecret"], secret);
}

#[test]
fn token_status_names_the_sandbox_admin_token_without_showing_it() {
    let env = Env::start();
    let out = env
        .bare_cmd()
        .args(["--sandbox", "token", "status", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    let layer = status["layers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["layer"] == "sandbox admin token (--sandbox)")
        .expect("a sandbox layer")
        .clone();
    assert_eq!(layer["present"], true);
    let printed = env
        .bare_cmd()
        .args(["--sandbox", "token", "print"])
        .output()
        .unwrap();
    let token = stdout_text(&printed).trim().to_string();
    assert!(!token.is_empty());
    assert_eq!(layer["fingerprint"], byods_fingerprint(&token));
    assert!(!stdout_text(&out).contains(&token));
}

fn byods_fingerprint(secret: &str) -> String {
    byods::redact::fingerprint(secret)
}

#[test]
fn stored_credentials_never_follow_a_base_url_given_for_one_run() {
    let env = Env::start();
    import_sandbox(&env);
    chain_cmd(&env).arg("ls").assert().success();
    let before = stored(&env);
    let other = Env::start();
    other.clear_requests();
    for (args, base) in [
        (vec!["ls"], Some(other.base_url.as_str())),
        (vec!["token", "refresh"], Some(other.base_url.as_str())),
        (
            vec!["auth", "login", "--with-token"],
            Some(other.base_url.as_str()),
        ),
        (vec!["--sandbox", "token", "refresh"], None),
    ] {
        let mut c = env.bare_cmd();
        if let Some(base) = base {
            c.env("BYODS_BASE_URL", base);
        }
        let out = c.args(&args).write_stdin("pat").output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(3),
            "{args:?}: {}",
            stderr_text(&out)
        );
        assert!(
            stderr_text(&out).contains("does not send them to another API"),
            "{args:?}"
        );
    }
    assert!(other.requests().is_empty(), "nothing reached the other API");
    // --sandbox uses the emulator's own token and leaves the profile's credentials alone.
    env.bare_cmd().args(["--sandbox", "ls"]).assert().success();
    assert_eq!(stored(&env), before);
}

#[test]
fn a_local_client_trickling_bytes_cannot_hold_the_login_listener() {
    let env = Env::start();
    setup_integration(&env);
    let (child, url, reader) = start_login(&env);
    let callback = location(&url);
    let port: u16 = callback
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap();
    // Another local program opens the callback port and sends a request head that never ends. It
    // connects before the browser does, so byods accepts it first.
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let trickler = std::thread::spawn(move || {
        use std::io::Write;
        for _ in 0..300 {
            if s.write_all(b"G").is_err() {
                break; // byods gave up on it
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    });
    // The real browser redirect still gets through, long before the trickler would stop (30 s).
    let impatient_browser = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .proxy(None)
        .timeout_global(Some(std::time::Duration::from_secs(15)))
        .build()
        .new_agent();
    let page = impatient_browser.get(&callback).call().unwrap();
    assert_eq!(page.status(), 200);
    let (code, err) = finish(child, reader);
    assert_eq!(code, 0, "{err}");
    assert!(stored(&env)["oauthAccessToken"].is_string());
    trickler.join().unwrap();
}

#[test]
fn ctrl_c_at_a_hidden_prompt_gives_the_terminal_back_with_echo() {
    let env = Env::start();
    import_sandbox(&env);
    let (code, screen, echo) = common::pty::run_checking_echo(
        &env,
        &["config", "set", "clientSecret", "-"],
        &[("(input hidden): ", "\u{3}")],
    );
    assert_eq!(code, Some(130), "{screen}");
    assert!(echo, "the terminal was left without echo:\n{screen}");
    assert_eq!(
        stored(&env)["clientSecret"],
        env.info["serviceApp"]["clientSecret"],
        "nothing stored"
    );
}

#[test]
fn store_flag_and_webex_variables_feed_the_env_store() {
    let env = Env::start();
    import_sandbox(&env);
    std::fs::remove_file(store_path(&env)).unwrap();
    let secret = env.info["serviceApp"]["clientSecret"].as_str().unwrap();
    let pat = env.info["tokenManager"]["personalAccessToken"]
        .as_str()
        .unwrap();
    // --store beats BYODS_STORE (a helper that always fails), and the names Webex tools already
    // use are read with the default prefix.
    for pat_var in ["WEBEX_ACCESS_TOKEN", "WEBEX_PERSONAL_ACCESS_TOKEN"] {
        env.clear_requests();
        let out = chain_cmd(&env)
            .env("BYODS_STORE", "exec:false")
            .env("WEBEX_CLIENT_SECRET", secret)
            .env(pat_var, pat)
            .args(["--store", "env:", "ls", "--jq", "length"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{pat_var}: {}", stderr_text(&out));
        assert_eq!(app_token_posts(&env).len(), 1, "{pat_var}");
    }
    // A prefix of one's own: only its variables count.
    let out = chain_cmd(&env)
        .env("MYAPP_CLIENT_SECRET", secret)
        .env("MYAPP_PERSONAL_ACCESS_TOKEN", pat)
        .args(["--store", "env:MYAPP_", "ls"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    // Without the variables the same command has no credentials: they were what made it work.
    env.clear_requests();
    let out = chain_cmd(&env)
        .args(["--store", "env:", "ls"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(app_token_posts(&env).is_empty());
    assert!(!store_path(&env).exists(), "the env store writes no file");
}

#[test]
fn a_stored_token_expiring_within_five_minutes_is_refreshed_first() {
    let env = Env::start();
    import_sandbox(&env);
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let now = chrono::Utc::now().timestamp();
    // Seven minutes left (the token is really valid for days): used as is.
    edit_stored(&env, |s| s["accessTokenExpiresAt"] = json!(now + 420));
    env.clear_requests();
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(access_token_posts(&env).is_empty() && app_token_posts(&env).is_empty());
    // Four minutes left: refreshed (step 3) before the API call, once, and stored.
    let before = stored(&env)["accessToken"].clone();
    edit_stored(&env, |s| s["accessTokenExpiresAt"] = json!(now + 240));
    env.clear_requests();
    let out = chain_cmd(&env).arg("ls").output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let refreshes = access_token_posts(&env);
    assert_eq!(refreshes.len(), 1, "{refreshes:?}");
    assert_eq!(refreshes[0]["grantType"], "refresh_token");
    assert!(app_token_posts(&env).is_empty());
    let log = env.requests();
    let first_api_call = log
        .iter()
        .position(|r| r["path"] == "/v1/dataSources")
        .unwrap();
    let refresh = log
        .iter()
        .position(|r| r["path"] == "/v1/access_token")
        .unwrap();
    assert!(
        refresh < first_api_call,
        "refreshed before, not after a 401"
    );
    assert!(log.iter().all(|r| r["status"] != 401));
    let s = stored(&env);
    assert_ne!(s["accessToken"], before);
    assert!(s["accessTokenExpiresAt"].as_i64().unwrap() > now + 3600);
}
