//! The binary as a Lambda custom runtime, end to end: a fake Runtime API (a loopback stub) hands out
//! invocations, the sandbox plays Webex, and the store is env: or aws-sm: on moto.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::aws_support::{AWS_CLEARED, Seen, Stub, aws_env, create_secret, moto, secret};
use crate::common::{Env, stderr_text};
use serde_json::{Value, json};

/// A Runtime API that hands out `invocations` events, then fails `next` (byods then exits).
fn runtime_api(invocations: usize) -> Stub {
    let served = Arc::new(AtomicUsize::new(0));
    Stub::start(move |seen| {
        if seen.method == "GET" && seen.path == "/2018-06-01/runtime/invocation/next" {
            let n = served.fetch_add(1, Ordering::SeqCst) + 1;
            if n > invocations {
                return (500, vec![], "{}".into());
            }
            if n > 1 {
                // Webex's `exp` has one-second resolution: two extends within one second cannot
                // move it, and `extend` reports that as a failure until issue 8 §1 redefines it.
                std::thread::sleep(std::time::Duration::from_millis(1100));
            }
            let headers = vec![
                (
                    "Lambda-Runtime-Aws-Request-Id".to_string(),
                    format!("req-{n}"),
                ),
                (
                    "Lambda-Runtime-Deadline-Ms".to_string(),
                    "4102444800000".to_string(),
                ),
            ];
            return (200, headers, json!({"source": "aws.events"}).to_string());
        }
        (202, vec![], json!({"status": "OK"}).to_string())
    })
}

/// The bootstrap: the binary with no arguments, configured by its environment only.
fn bootstrap(env: &Env, runtime: &Stub) -> assert_cmd::Command {
    let mut c = env.bare_cmd();
    for var in AWS_CLEARED {
        c.env_remove(var);
    }
    c.env(
        "AWS_LAMBDA_RUNTIME_API",
        runtime.url.trim_start_matches("http://"),
    )
    .env("BYODS_BASE_URL", &env.base_url);
    c
}

fn posted(runtime: &Stub) -> Vec<(String, Value)> {
    runtime
        .seen()
        .into_iter()
        .filter(|s: &Seen| s.method == "POST")
        .map(|s| (s.path, serde_json::from_str(&s.body).unwrap_or(Value::Null)))
        .collect()
}

fn assert_json_lines(stderr: &str) {
    for line in stderr.lines() {
        let v: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("stderr line is not JSON ({e}): {line}"));
        assert!(
            v["event"].is_string() && v["timestamp"].is_string(),
            "{line}"
        );
    }
}

#[test]
fn invocations_run_the_keepalive_with_settings_from_the_environment() {
    let env = Env::start();
    let runtime = runtime_api(2);
    let sa = &env.info["serviceApp"];
    let out = bootstrap(&env, &runtime)
        .env("BYODS_STORE", "env:")
        .env("BYODS_CLIENT_ID", sa["clientId"].as_str().unwrap())
        .env("BYODS_TARGET_ORG_ID", sa["targetOrgId"].as_str().unwrap())
        .env("BYODS_CLIENT_SECRET", sa["clientSecret"].as_str().unwrap())
        .env(
            "BYODS_PERSONAL_ACCESS_TOKEN",
            env.info["tokenManager"]["personalAccessToken"]
                .as_str()
                .unwrap(),
        )
        .env("BYODS_EXTEND_WITHIN", "always")
        .output()
        .unwrap();
    // The fake Runtime API's third `next` fails: that ends the loop.
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert!(out.stdout.is_empty(), "nothing on stdout");
    let err = stderr_text(&out);
    assert_json_lines(&err);
    let posts = posted(&runtime);
    assert_eq!(posts.len(), 2, "{posts:?}");
    let count = env.data_sources().len();
    for (i, (path, body)) in posts.iter().enumerate() {
        assert_eq!(
            path,
            &format!("/2018-06-01/runtime/invocation/req-{}/response", i + 1),
            "{body}"
        );
        assert_eq!(body["success"], true, "{body}");
        assert_eq!(body["statusCode"], 200);
        assert_eq!(body["nonce_updated"], true);
        assert!(body["token_expiry"].is_string());
        assert!(body["timestamp"].is_string());
        assert!(body["token_lifetime_minutes"].is_null());
        assert_eq!(body["results"].as_array().unwrap().len(), count);
        assert_eq!(
            body["data_source_id"].as_str().unwrap().split(',').count(),
            count
        );
    }
    let puts = env
        .requests()
        .iter()
        .filter(|r| r["method"] == "PUT")
        .count();
    assert_eq!(
        puts,
        2 * count,
        "each invocation extended each data source once"
    );
    // No secret in the logs.
    assert!(!err.contains(sa["clientSecret"].as_str().unwrap()));
}

#[test]
fn secret_name_selects_the_secrets_manager_store_and_tokens_are_written_back() {
    let Some(moto) = moto("lambda_with_secret_name") else {
        return;
    };
    let env = Env::start();
    let doc =
        json!({"serviceApp": env.info["serviceApp"], "tokenManager": env.info["tokenManager"]});
    create_secret(&moto.endpoint, "byods/lambda", &doc);
    let id = env.data_sources()[0]["id"].as_str().unwrap().to_string();
    let runtime = runtime_api(1);
    let mut c = bootstrap(&env, &runtime);
    for (k, v) in aws_env(&moto.endpoint) {
        c.env(k, v);
    }
    let before = chrono::Utc::now().timestamp();
    let out = c
        .env("SECRET_NAME", "byods/lambda")
        .env("DATA_SOURCE_ID", &id)
        .env("TOKEN_LIFETIME_MINUTES", "120")
        .env("BYODS_EXTEND_WITHIN", "always")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    let posts = posted(&runtime);
    let body = &posts[0].1;
    assert_eq!(body["success"], true, "{body} {}", stderr_text(&out));
    assert_eq!(body["data_source_id"], id.as_str());
    assert_eq!(body["token_lifetime_minutes"], 120);
    let expiry = chrono::DateTime::parse_from_rfc3339(body["token_expiry"].as_str().unwrap())
        .unwrap()
        .timestamp();
    assert!(
        expiry >= before + 120 * 60 - 5,
        "valid for the new lifetime"
    );
    assert_eq!(body["results"][0]["result"], "extended");
    let stored = secret(&moto.endpoint, "byods/lambda");
    assert!(
        stored["byods"]["accessToken"].is_string(),
        "minted token saved"
    );
    assert_eq!(stored["serviceApp"], doc["serviceApp"]);
}

#[test]
fn a_failed_data_source_is_an_invocation_error_and_the_loop_goes_on() {
    let env = Env::start();
    let runtime = runtime_api(2);
    let missing = "00000000-0000-4000-8000-000000000000";
    let out = bootstrap(&env, &runtime)
        .env("BYODS_TOKEN", &env.token)
        .env("DATA_SOURCE_ID", missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert_json_lines(&stderr_text(&out));
    let posts = posted(&runtime);
    assert_eq!(posts.len(), 2);
    for (i, (path, body)) in posts.iter().enumerate() {
        assert_eq!(
            path,
            &format!("/2018-06-01/runtime/invocation/req-{}/error", i + 1)
        );
        assert_eq!(body["errorType"], "KeepaliveFailed");
        assert_eq!(body["response"]["success"], false);
        assert_eq!(body["response"]["statusCode"], 500);
        assert_eq!(body["response"]["data_source_id"], missing);
        assert_eq!(body["response"]["results"][0]["result"], "failed");
    }
}

#[test]
fn bad_settings_are_an_init_error_and_nothing_is_sent() {
    let env = Env::start();
    env.clear_requests();
    for (var, value) in [
        ("TOKEN_LIFETIME_MINUTES", "abc"),
        ("BYODS_EXTEND_WITHIN", "soon"),
        ("DATA_SOURCE_ID", "../etc"),
    ] {
        let runtime = runtime_api(1);
        let out = bootstrap(&env, &runtime)
            .env("BYODS_TOKEN", &env.token)
            .env(var, value)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{var}: {}", stderr_text(&out));
        let posts = posted(&runtime);
        assert_eq!(posts.len(), 1, "{var}");
        assert_eq!(posts[0].0, "/2018-06-01/runtime/init/error");
        assert!(
            posts[0].1["errorMessage"].as_str().unwrap().contains(var),
            "{var}"
        );
        assert!(runtime.seen().iter().all(|s| s.method == "POST"), "no next");
    }
    assert!(env.requests().is_empty());
}

#[test]
fn lambda_outside_lambda_says_so() {
    let env = Env::start();
    let out = env
        .bare_cmd()
        .env_remove("AWS_LAMBDA_RUNTIME_API")
        .arg("lambda")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("AWS_LAMBDA_RUNTIME_API"));
}

#[test]
fn the_package_script_zips_the_binary_as_bootstrap() {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deploy/lambda/package");
    let have = |tool: &str| {
        std::process::Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !have("zip") || !have("unzip") {
        crate::common::skip("zip/unzip not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("fn.zip");
    // The script packages whatever binary it is given: a small stand-in zips in a blink, where the
    // debug byods binary (~100 MB) takes seconds.
    let stand_in = dir.path().join("stand-in");
    std::fs::write(&stand_in, "#!/bin/sh\necho \"byods stand-in $*\"\n").unwrap();
    std::fs::set_permissions(
        &stand_in,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .unwrap();
    let out = std::process::Command::new(&script)
        .arg(&zip)
        .env("BYODS_LAMBDA_BIN", &stand_in)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let listing = std::process::Command::new("unzip")
        .args(["-Z1"])
        .arg(&zip)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&listing.stdout).trim(), "bootstrap");
    let extracted = dir.path().join("x");
    std::process::Command::new("unzip")
        .args(["-q"])
        .arg(&zip)
        .arg("-d")
        .arg(&extracted)
        .status()
        .unwrap();
    // The packaged bootstrap is the binary given, byte for byte, and runs.
    let bootstrap = extracted.join("bootstrap");
    assert_eq!(
        std::fs::read(&bootstrap).unwrap(),
        std::fs::read(&stand_in).unwrap()
    );
    let version = std::process::Command::new(&bootstrap)
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout),
        "byods stand-in --version\n"
    );

    // Without the musl target (and no prebuilt binary), a clear message and exit 3.
    let installed = std::process::Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("x86_64-unknown-linux-musl"))
        .unwrap_or(false);
    if !installed {
        let out = std::process::Command::new(&script)
            .arg(&zip)
            .env_remove("BYODS_LAMBDA_BIN")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3));
        assert!(stderr_text(&out).contains("rustup target add x86_64-unknown-linux-musl"));
    }
    let out = std::process::Command::new(&script)
        .arg(&zip)
        .env("BYODS_LAMBDA_ARCH", "sparc")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_setting_can_come_from_the_environment_without_a_config_file() {
    let env = Env::start();
    let sa = &env.info["serviceApp"];
    let cmd = || {
        let mut c = env.bare_cmd();
        c.env("BYODS_BASE_URL", &env.base_url)
            .env("BYODS_STORE", "env:")
            .env("BYODS_CLIENT_ID", sa["clientId"].as_str().unwrap())
            .env("BYODS_TARGET_ORG_ID", sa["targetOrgId"].as_str().unwrap())
            .env("BYODS_CLIENT_SECRET", sa["clientSecret"].as_str().unwrap())
            .env(
                "BYODS_PERSONAL_ACCESS_TOKEN",
                env.info["tokenManager"]["personalAccessToken"]
                    .as_str()
                    .unwrap(),
            );
        c
    };
    let id = env.data_sources()[0]["id"].as_str().unwrap().to_string();
    let out = cmd()
        .env("BYODS_AUDIT_LOG", "false")
        .args(["extend", &id])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(!env.path().join("config").join("config.json").exists());
    assert!(
        !env.path().join("state").join("audit.log").exists(),
        "BYODS_AUDIT_LOG=false"
    );

    env.clear_requests();
    let out = cmd()
        .env("BYODS_AUDIT_LOG", "sometimes")
        .args(["extend", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_text(&out).contains("BYODS_AUDIT_LOG"));
    let writes = env
        .requests()
        .iter()
        .filter(|r| r["method"] == "PUT")
        .count();
    assert_eq!(writes, 0);

    // An env setting wins over the config file (which holds the right org id here).
    let config = json!({"profiles": {"default": {"targetOrgId": sa["targetOrgId"]}}});
    std::fs::create_dir_all(env.path().join("config")).unwrap();
    std::fs::write(
        env.path().join("config").join("config.json"),
        config.to_string(),
    )
    .unwrap();
    let out = cmd().args(["token", "refresh"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    let out = cmd()
        .env("BYODS_TARGET_ORG_ID", "not-the-org")
        .args(["token", "refresh"])
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(0),
        "the bad org id from the environment was used"
    );
}

#[test]
fn inside_lambda_the_config_is_read_from_the_task_root() {
    let env = Env::start();
    let out = env
        .bare_cmd()
        .env_remove("HOME")
        .env_remove("BYODS_CONFIG_DIR")
        .env_remove("BYODS_STATE_DIR")
        .env_remove("BYODS_CACHE_DIR")
        .env("AWS_LAMBDA_FUNCTION_NAME", "keepalive")
        .env("LAMBDA_TASK_ROOT", "/var/task")
        .args(["config", "path"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("/var/task/config.json"));
}

#[test]
fn a_missing_secret_is_an_invocation_error_naming_it() {
    let Some(moto) = moto("lambda_missing_secret") else {
        return;
    };
    let env = Env::start();
    env.clear_requests();
    let runtime = runtime_api(1);
    let mut c = bootstrap(&env, &runtime);
    for (k, v) in aws_env(&moto.endpoint) {
        c.env(k, v);
    }
    let out = c.env("SECRET_NAME", "byods/absent").output().unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    let posts = posted(&runtime);
    assert_eq!(posts[0].0, "/2018-06-01/runtime/invocation/req-1/error");
    let message = posts[0].1["errorMessage"].as_str().unwrap();
    assert!(message.contains("'byods/absent'") && message.contains("ResourceNotFoundException"));
    assert_eq!(posts[0].1["response"]["exitCode"], 3);
    assert!(env.requests().is_empty(), "nothing sent to the API");
}
