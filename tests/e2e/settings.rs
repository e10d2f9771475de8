//! Setting precedence: flag > environment > profile in the config file > default.

use crate::common::{Env, stderr_text, stdout_text};
use serde_json::json;

fn write_config(env: &Env, config: serde_json::Value) {
    let dir = env.path().join("config");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
}

#[test]
fn base_url_flag_beats_env_beats_profile() {
    let env = Env::start();
    // A loopback port nothing listens on: using it fails with a connection error (exit 7).
    let dead = "http://127.0.0.1:9/v1";
    write_config(
        &env,
        json!({"profiles": {"default": {"baseUrl": env.base_url}, "dead": {"baseUrl": dead}}}),
    );
    let ok = |c: &mut assert_cmd::Command| {
        let out = c.output().unwrap();
        assert!(out.status.success(), "{}", stderr_text(&out));
        stdout_text(&out)
    };
    // Profile only.
    ok(env
        .bare_cmd()
        .env("BYODS_TOKEN", &env.token)
        .args(["ls", "--jq", "length"]));
    // Env beats profile.
    env.bare_cmd()
        .env("BYODS_TOKEN", &env.token)
        .env("BYODS_BASE_URL", dead)
        .args(["ls", "--timeout", "2"])
        .assert()
        .code(7)
        .stderr(predicates::str::contains("connection refused"));
    // Flag beats env.
    ok(env
        .bare_cmd()
        .env("BYODS_TOKEN", &env.token)
        .env("BYODS_BASE_URL", dead)
        .args(["ls", "--base-url", &env.base_url]));
    // --profile picks another profile; BYODS_PROFILE too.
    env.bare_cmd()
        .env("BYODS_TOKEN", &env.token)
        .args(["--profile", "dead", "ls", "--timeout", "2"])
        .assert()
        .code(7);
    env.bare_cmd()
        .env("BYODS_TOKEN", &env.token)
        .env("BYODS_PROFILE", "dead")
        .args(["ls", "--timeout", "2"])
        .assert()
        .code(7);
}

#[test]
fn a_broken_config_file_is_a_configuration_error() {
    let env = Env::start();
    let dir = env.path().join("config");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.json"), "{not json").unwrap();
    env.cmd()
        .arg("ls")
        .assert()
        .code(3)
        .stderr(predicates::str::contains("invalid config file"));
    assert!(
        env.requests()
            .iter()
            .all(|r| r["path"] != "/v1/dataSources")
    );
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let env = Env::start();
    let out = env
        .cmd()
        .args(["ls", "-o", "table", "--color", "always"])
        .output()
        .unwrap();
    assert!(
        stdout_text(&out).contains("\x1b["),
        "--color always colours"
    );
    let out = env
        .cmd()
        .args(["ls", "--color", "never"])
        .env("BYODS_FORCE_TTY", "1")
        .output()
        .unwrap();
    assert!(!stdout_text(&out).contains("\x1b["));
    let out = env
        .cmd()
        .args(["ls"])
        .env("BYODS_FORCE_TTY", "1")
        .output()
        .unwrap();
    assert!(
        stdout_text(&out).contains("\x1b["),
        "a terminal gets colour by default"
    );
    let out = env
        .cmd()
        .args(["ls"])
        .env("BYODS_FORCE_TTY", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout_text(&out).contains("\x1b["));
}

#[test]
fn config_get_prints_the_bare_value_or_json_when_asked() {
    let env = Env::start();
    env.cmd()
        .args(["config", "set", "timeout", "12"])
        .assert()
        .success();
    env.cmd()
        .args(["config", "set", "baseUrl", "https://webexapis.com/v1"])
        .assert()
        .success();
    let out = env
        .cmd()
        .args(["config", "get", "baseUrl"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&out), "https://webexapis.com/v1\n");
    let out = env
        .cmd()
        .args(["config", "get", "baseUrl", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&out).trim(), "\"https://webexapis.com/v1\"");
    let out = env
        .cmd()
        .args(["config", "get", "timeout", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&out).trim(), "12");
}
