//! The deployment recipes' keep-alive script (scripts/deploy/byods-keepalive), run as cron, systemd,
//! Kubernetes and Lambda would run it, against the sandbox.

use crate::common;

use std::path::{Path, PathBuf};

use crate::common::{Env, stderr_text, stdout_text};
use serde_json::{Value, json};

fn keepalive() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deploy/byods-keepalive")
}

fn run(env: &Env, extra: &[(&str, &str)]) -> std::process::Output {
    let mut c = env.cmd_for(keepalive().to_str().unwrap());
    c.env("BYODS_BIN", common::bin());
    for (k, v) in extra {
        c.env(k, v);
    }
    c.output().unwrap()
}

#[test]
fn extends_what_expires_soon_and_writes_metrics() {
    let env = Env::start();
    let expiring: Vec<String> = env
        .cmd()
        .args(["ls", "--expiring-within", "6h", "--jq", ".[].id"])
        .output()
        .map(|o| stdout_text(&o).lines().map(str::to_string).collect())
        .unwrap();
    assert!(!expiring.is_empty());
    env.clear_requests();
    let metrics = env.path().join("byods.prom");
    let out = run(
        &env,
        &[("BYODS_PROMETHEUS_FILE", metrics.to_str().unwrap())],
    );
    assert!(out.status.success(), "{}", stderr_text(&out));
    let lines: Vec<Value> = stdout_text(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(
        lines.len(),
        env.data_sources().len(),
        "one line per data source"
    );
    let mut extended: Vec<String> = lines
        .iter()
        .filter(|l| l["result"] == "extended")
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    let mut puts: Vec<String> = env
        .write_requests()
        .iter()
        .map(|r| {
            r["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut want = expiring.clone();
    for v in [&mut extended, &mut puts, &mut want] {
        v.sort();
    }
    assert_eq!(
        extended, want,
        "exactly the data sources expiring within 6h"
    );
    assert_eq!(puts, want, "one PUT each, nothing else written");
    let prom = std::fs::read_to_string(&metrics).unwrap();
    assert!(prom.contains("byods_check_scrape_success 1"), "{prom}");
}

#[test]
fn a_failed_extension_fails_the_job_and_still_writes_metrics() {
    let env = Env::start();
    env.faults(json!({"fail": [{"method": "PUT", "pathPrefix": "/dataSources", "status": 400}]}));
    let metrics = env.path().join("byods.prom");
    let out = run(
        &env,
        &[
            ("BYODS_PROMETHEUS_FILE", metrics.to_str().unwrap()),
            ("BYODS_EXTEND_WITHIN", "2d"),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(6),
        "the API's 400 is exit 6: {}",
        stderr_text(&out)
    );
    assert!(stdout_text(&out).contains("\"result\":\"failed\""));
    assert!(
        metrics.exists(),
        "metrics are written even when extending failed"
    );
}

/// The Kubernetes recipe: non-secret settings from its ConfigMap, secrets from the environment
/// through the read-only env: store, no BYODS_TOKEN, nothing written to the config dir.
#[test]
fn kubernetes_shape_env_store_and_read_only_config() {
    let env = Env::start();
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deploy/kubernetes/cronjob.yaml"),
    )
    .unwrap();
    // The config.json embedded in the ConfigMap, with the sandbox's ids filled in.
    let block: String = manifest
        .split("config.json: |\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with("    "))
        .map(|l| format!("{}\n", &l[4..]))
        .collect();
    let app = &env.info["serviceApp"];
    let config = block
        .replace("https://webexapis.com/v1", &env.base_url)
        .replace(
            "YOUR_SERVICE_APP_CLIENT_ID",
            app["clientId"].as_str().unwrap(),
        )
        .replace("YOUR_TARGET_ORG_ID", app["targetOrgId"].as_str().unwrap())
        .replace(
            "YOUR_INTEGRATION_CLIENT_ID",
            env.info["tokenManager"]["oauthClientId"].as_str().unwrap(),
        );
    let parsed: Value = serde_json::from_str(&config).expect("the ConfigMap holds valid JSON");
    assert_eq!(parsed["profiles"]["default"]["store"], "env:");
    let config_dir = env.path().join("k8s-config");
    std::fs::create_dir_all(&config_dir).unwrap();
    std::fs::write(config_dir.join("config.json"), &config).unwrap();

    let mut c = env.cmd_for(keepalive().to_str().unwrap());
    c.env_remove("BYODS_TOKEN")
        .env("BYODS_BIN", common::bin())
        .env("BYODS_CONFIG_DIR", &config_dir)
        .env("BYODS_CLIENT_SECRET", app["clientSecret"].as_str().unwrap())
        .env(
            "BYODS_PERSONAL_ACCESS_TOKEN",
            env.info["tokenManager"]["personalAccessToken"]
                .as_str()
                .unwrap(),
        );
    let out = c.output().unwrap();
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert!(stdout_text(&out).contains("\"result\":\"extended\""));
    let files: Vec<_> = std::fs::read_dir(&config_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        files,
        vec![std::ffi::OsString::from("config.json")],
        "nothing written to the config dir"
    );
    let minted = env
        .requests()
        .iter()
        .filter(|r| r["path"].as_str().unwrap().starts_with("/v1/applications/"))
        .count();
    assert_eq!(
        minted, 1,
        "one Service App token minted from the token-manager credential"
    );
}

#[test]
fn audit_log_setting_turns_logging_off() {
    let env = Env::start();
    env.cmd()
        .args(["config", "set", "auditLog", "maybe"])
        .assert()
        .code(2);
    env.cmd()
        .args(["config", "set", "auditLog", "off"])
        .assert()
        .success();
    let id = env.data_sources()[0]["id"].as_str().unwrap().to_string();
    env.cmd().args(["extend", &id]).assert().success();
    assert!(!env.path().join("state/audit.log").exists());
    env.cmd()
        .args(["config", "set", "auditLog", "on"])
        .assert()
        .success();
    let other = env.data_sources()[1]["id"].as_str().unwrap().to_string();
    env.cmd().args(["extend", &other]).assert().success();
    let log = std::fs::read_to_string(env.path().join("state/audit.log")).unwrap();
    assert_eq!(log.lines().count(), 1);
    assert!(log.contains(&other));
}

/// The script takes the Lambda's variables (the original tool's names): a comma-separated
/// DATA_SOURCE_ID, TOKEN_LIFETIME_MINUTES, and BYODS_EXTEND_WITHIN=always.
#[test]
fn the_script_takes_the_lambda_variables() {
    let env = Env::start();
    let all = env.data_sources();
    let ids: Vec<String> = all[..2]
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    env.clear_requests();
    let list = format!("{}, {}", ids[0], ids[1]);
    let out = run(
        &env,
        &[
            ("DATA_SOURCE_ID", &list),
            ("TOKEN_LIFETIME_MINUTES", "90"),
            ("BYODS_EXTEND_WITHIN", "always"),
        ],
    );
    assert!(out.status.success(), "{}", stderr_text(&out));
    assert_eq!(
        stdout_text(&out).matches("\"result\":\"extended\"").count(),
        2
    );
    let mut put: Vec<String> = env
        .write_requests()
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    put.sort();
    let mut want: Vec<String> = ids
        .iter()
        .map(|id| format!("/v1/dataSources/{id}"))
        .collect();
    want.sort();
    assert_eq!(put, want, "only the listed data sources");
    for id in &ids {
        let ds = env.api_get(&format!("/dataSources/{id}")).1;
        assert_eq!(ds["tokenLifetimeMinutes"], 90);
    }

    env.clear_requests();
    let out = run(&env, &[("BYODS_EXTEND_WITHIN", "soon")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
    assert!(env.requests().is_empty());
}

/// Cron, systemd and Kubernetes (the script) and Lambda (`byods lambda`) read the same settings.
#[test]
fn the_script_and_the_lambda_runtime_read_the_same_variables() {
    let script = std::fs::read_to_string(keepalive()).unwrap();
    let out = common::isolated_cmd(tempfile::tempdir().unwrap().path())
        .args(["lambda", "--help"])
        .output()
        .unwrap();
    let help = stdout_text(&out);
    for var in [
        "BYODS_EXTEND_WITHIN",
        "DATA_SOURCE_ID",
        "TOKEN_LIFETIME_MINUTES",
    ] {
        assert!(script.contains(var), "the script does not read {var}");
        assert!(help.contains(var), "byods lambda does not read {var}");
    }
    assert!(script.contains("'always'") && help.contains("'always'"));
}
