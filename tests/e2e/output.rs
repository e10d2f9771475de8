//! Output that fits and stays consistent (tables fitted to the width, one shape for dry and real
//! runs, `-o` everywhere, `@csv`/`@tsv`, one message style) and the habits of the original tool
//! and gh (positional lifetime, status exit codes, profiles, `auth token`), end to end.

use crate::common::{Env, ok, run, stderr_text, stdout_json, stdout_text};
use serde_json::{Value, json};

const WS_VVA: &str = "a38a10b7-43e4-4676-a076-a7d6dce9387d";

fn ids(env: &Env) -> Vec<String> {
    env.data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

/// `ls` as a terminal `columns` wide shows it.
fn ls_at(env: &Env, columns: &str, extra: &[&str]) -> String {
    let out = env
        .cmd()
        .env("BYODS_FORCE_TTY", "1")
        .env("COLUMNS", columns)
        .env("NO_COLOR", "1")
        .arg("ls")
        .args(extra)
        .output()
        .unwrap();
    ok(&out);
    stdout_text(&out)
}

#[test]
fn tables_fit_the_terminal_width_and_wide_shows_everything() {
    let env = Env::start();
    let all = env.data_sources();
    let urls: Vec<&str> = all.iter().map(|d| d["url"].as_str().unwrap()).collect();

    let narrow = ls_at(&env, "60", &[]);
    assert_eq!(narrow.lines().count(), all.len() + 1, "{narrow}");
    for line in narrow.lines() {
        assert!(line.chars().count() <= 60, "wider than 60: {line:?}");
    }
    for id in ids(&env) {
        assert!(narrow.contains(&id), "ids are never cut: {narrow}");
    }

    let medium = ls_at(&env, "110", &[]);
    for line in medium.lines() {
        assert!(line.chars().count() <= 110, "wider than 110: {line:?}");
    }
    assert!(medium.contains('…'), "long columns are cut: {medium}");
    assert!(medium.contains("URL") && medium.contains("AUDIENCE"));

    let wide = ls_at(&env, "200", &[]);
    for url in &urls {
        assert!(wide.contains(url), "200 columns show every url: {wide}");
    }
    assert!(!wide.contains('…'));

    let forced = ls_at(&env, "60", &["-o", "wide"]);
    for url in &urls {
        assert!(forced.contains(url), "-o wide ignores the width: {forced}");
    }

    let bare = ls_at(&env, "200", &["--no-headers"]);
    assert_eq!(bare.lines().count(), all.len());
    assert!(!bare.contains("STATUS"), "{bare}");
    assert!(bare.lines().next().unwrap().starts_with(&ids(&env)[0]));
}

#[test]
fn wide_characters_keep_table_columns_aligned_and_within_the_width() {
    use unicode_width::UnicodeWidthStr;
    let env = Env::start();
    let out = env
        .cmd()
        .args(["register", "--url", "https://例え.jp/データソース/受信"])
        .args(["--audience", "監査チーム", "--yes"])
        .output()
        .unwrap();
    ok(&out);
    // Every line's URL column starts at the same terminal column, whatever the audience before it.
    let wide = ls_at(&env, "200", &[]);
    let starts: Vec<usize> = wide
        .lines()
        .map(|line| {
            let at = line
                .find(" URL")
                .or_else(|| line.find(" https://"))
                .unwrap();
            line[..at].width()
        })
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "{starts:?}\n{wide}"
    );
    // Cut to a narrow terminal, no line is wider than it in terminal cells.
    let narrow = ls_at(&env, "70", &[]);
    for line in narrow.lines() {
        assert!(line.width() <= 70, "wider than 70 cells: {line:?}");
    }
    assert!(narrow.contains('…'), "{narrow}");
}

#[test]
fn tables_fit_a_real_terminal() {
    let env = Env::start();
    for cols in [60u16, 200] {
        let (code, shown) = crate::common::pty::run_in_columns(&env, &["ls"], cols);
        assert_eq!(code, Some(0), "{shown}");
        assert!(shown.contains("STATUS"), "a table on a terminal: {shown}");
        for line in shown.lines() {
            assert!(
                line.chars().count() <= usize::from(cols),
                "wider than {cols}: {line:?}"
            );
        }
        let urls_shown = env
            .data_sources()
            .iter()
            .all(|d| shown.contains(d["url"].as_str().unwrap()));
        assert_eq!(urls_shown, cols == 200, "{shown}");
    }
}

#[test]
fn dry_runs_print_the_same_shape_as_real_runs() {
    let env = Env::start();
    let id = ids(&env)[0].clone();
    for command in ["extend", "delete"] {
        let out = run(&env, &[command, &id, "--dry-run", "--jq", ".[].method"]);
        ok(&out);
        let method = if command == "extend" { "PUT" } else { "DELETE" };
        assert_eq!(stdout_text(&out), format!("{method}\n"), "{command}");
    }
    assert!(env.write_requests().is_empty());
    let real = run(&env, &["extend", &id]);
    ok(&real);
    assert!(
        stdout_json(&real).is_array(),
        "a real run prints an array too"
    );
}

#[test]
fn every_command_honours_the_output_format() {
    let env = Env::start();
    let n = env.data_sources().len();
    let out = run(&env, &["check", "-o", "ndjson"]);
    let text = stdout_text(&out);
    assert_eq!(text.lines().count(), n, "one line per data source: {text}");
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string() && v["state"].is_string());
    }

    let out = run(&env, &["check", "-o", "table"]);
    assert!(stdout_text(&out).starts_with("ID"), "{}", stdout_text(&out));

    // A command whose view is JSON only: -o table shows its fields as a block.
    let out = run(&env, &["config", "path", "-o", "table"]);
    ok(&out);
    let text = stdout_text(&out);
    assert!(serde_json::from_str::<Value>(&text).is_err(), "{text}");
    assert!(text.contains("credentials.json"), "{text}");
}

#[test]
fn jq_has_csv_and_tsv_and_ndjson_runs_it_per_line() {
    let env = Env::start();
    let all = env.data_sources();
    let out = run(
        &env,
        &[
            "ls",
            "--jq",
            ".[] | [.id, .url, .tokenLifetimeMinutes] | @csv",
        ],
    );
    ok(&out);
    let first = format!(
        "\"{}\",\"{}\",{}",
        all[0]["id"].as_str().unwrap(),
        all[0]["url"].as_str().unwrap(),
        all[0]["tokenLifetimeMinutes"]
    );
    assert_eq!(stdout_text(&out).lines().next(), Some(first.as_str()));

    let out = run(&env, &["ls", "--jq", ".[] | [.id, .status] | @tsv"]);
    ok(&out);
    let line = stdout_text(&out).lines().next().unwrap().to_string();
    assert_eq!(
        line,
        format!(
            "{}\t{}",
            all[0]["id"].as_str().unwrap(),
            all[0]["status"].as_str().unwrap()
        )
    );

    let out = run(&env, &["ls", "-o", "ndjson", "--jq", ".id"]);
    ok(&out);
    assert_eq!(stdout_text(&out), ids(&env).join("\n") + "\n");

    let out = run(&env, &["ls", "--jq", ".[0] | @csv"]);
    assert_eq!(out.status.code(), Some(1), "an object is not a csv row");
    assert!(stderr_text(&out).contains("cannot be csv-formatted"));
}

#[test]
fn messages_have_one_style_and_say_each_thing_once() {
    let env = Env::start();
    // A retry is announced.
    env.faults(json!({"fail": [{"method": "GET", "pathPrefix": "/dataSources", "status": 503, "times": 1}]}));
    let out = run(&env, &["ls"]);
    ok(&out);
    let err = stderr_text(&out);
    assert!(err.starts_with("byods: warning: GET "), "{err}");
    assert!(
        err.contains("retrying in") && err.contains("(503)"),
        "{err}"
    );
    assert!(run(&env, &["-q", "ls"]).stderr.is_empty(), "-q silences it");

    // Both requests of ls fail: the failure is said once.
    env.faults(json!({"fail": [{"method": "GET", "pathPrefix": "/", "status": 400, "times": 2}]}));
    let out = run(&env, &["ls"]);
    assert_eq!(out.status.code(), Some(6));
    let err = stderr_text(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("byods: error: "), "{err}");

    // A 404 does not repeat itself.
    env.faults(json!({"fail": []}));
    let missing = "00000000-0000-4000-8000-000000000000";
    let out = run(&env, &["get", missing]);
    assert_eq!(out.status.code(), Some(5));
    let err = stderr_text(&out);
    assert_eq!(err.matches("not found").count(), 1, "{err}");
}

#[test]
fn register_and_update_print_the_derived_expiry() {
    let env = Env::start();
    let out = run(
        &env,
        &[
            "register",
            "--url",
            "https://new.example/x",
            "--lifetime",
            "60",
        ],
    );
    ok(&out);
    let created = stdout_json(&out);
    assert!(created["byods"]["tokenExpiresAt"].is_string(), "{created}");
    assert!(created["byods"]["tokenSecondsLeft"].as_i64().unwrap() > 0);
    let id = created["id"].as_str().unwrap();
    let out = run(&env, &["update", id, "--audience", "changed"]);
    ok(&out);
    let updated = stdout_json(&out);
    assert!(updated["byods"]["tokenExpiresAt"].is_string(), "{updated}");
    assert_eq!(updated["byods"]["tokenExpired"], false);
}

#[test]
fn schema_names_tell_schemas_apart_and_select_them() {
    let env = Env::start();
    let table = ls_at(&env, "200", &[]);
    assert!(table.contains("VoiceVirtualAgent/gRPC"), "{table}");
    assert!(table.contains("VoiceVirtualAgent/WebSocket"), "{table}");

    let out = run(&env, &["ls", "--schema", "voicevirtualagent/websocket"]);
    ok(&out);
    let listed = stdout_json(&out);
    let listed = listed.as_array().unwrap();
    assert!(!listed.is_empty());
    assert!(listed.iter().all(|d| d["schemaId"] == WS_VVA));
    assert_eq!(
        listed[0]["byods"]["schemaName"],
        "VoiceVirtualAgent/WebSocket"
    );
    let by_type = run(&env, &["ls", "--schema", "AudioForking"]);
    ok(&by_type);
    assert_eq!(stdout_json(&by_type).as_array().unwrap().len(), 1);

    // register and update take the name too.
    let out = run(
        &env,
        &[
            "register",
            "--url",
            "https://named.example/x",
            "--schema",
            "VoiceVirtualAgent/WebSocket",
        ],
    );
    ok(&out);
    let created = stdout_json(&out);
    assert_eq!(created["schemaId"], WS_VVA);
    let id = created["id"].as_str().unwrap();
    let out = run(&env, &["update", id, "--schema", "AudioForking"]);
    ok(&out);
    assert_ne!(stdout_json(&out)["schemaId"], WS_VVA);
    let schemas = env
        .cmd()
        .env("BYODS_FORCE_TTY", "1")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "300")
        .arg("schemas")
        .output()
        .unwrap();
    assert!(stdout_text(&schemas).contains("VoiceVirtualAgent/WebSocket"));

    env.clear_requests();
    let out = run(&env, &["extend", "--all", "--schema", "VoiceVirtualAgent"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_text(&out).contains("ambiguous"),
        "{}",
        stderr_text(&out)
    );
    assert!(env.write_requests().is_empty());
    env.clear_requests();
    let out = run(&env, &["ls", "--schema", "no such thing"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(env.requests().is_empty(), "refused before any request");
    let out = run(
        &env,
        &[
            "register",
            "--url",
            "https://x.example/y",
            "--schema",
            "Nope",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_text(&out).contains("unknown schema 'Nope'"),
        "{}",
        stderr_text(&out)
    );
    assert!(env.write_requests().is_empty());
}

#[test]
fn log_records_api_profile_and_new_expiry_and_shows_the_active_profile() {
    let env = Env::start();
    let id = ids(&env)[0].clone();
    ok(&run(&env, &["extend", &id]));
    let out = run(&env, &["log"]);
    ok(&out);
    let entries = stdout_json(&out);
    let entry = &entries.as_array().unwrap()[0];
    assert_eq!(entry["baseUrl"], env.base_url.as_str());
    assert_eq!(entry["profile"], "default");
    assert!(entry["newExpiresAt"].is_string(), "{entry}");

    let other = run(&env, &["--profile", "other", "log"]);
    ok(&other);
    assert_eq!(stdout_json(&other), json!([]));
    let all = run(&env, &["--profile", "other", "log", "--all-profiles"]);
    assert_eq!(stdout_json(&all).as_array().unwrap().len(), 1);
}

#[test]
fn extend_with_a_positional_lifetime_suggests_the_flag() {
    let env = Env::start();
    let id = ids(&env)[0].clone();
    env.clear_requests();
    let out = run(&env, &["extend", &id, "720"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_text(&out).contains("did you mean --lifetime 720?"),
        "{}",
        stderr_text(&out)
    );
    assert!(env.requests().is_empty(), "nothing was sent");
}

#[test]
fn status_commands_fail_when_nothing_is_configured() {
    let env = Env::start();
    for args in [["auth", "status"], ["token", "status"]] {
        let out = env.bare_cmd().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(4),
            "{args:?}: {}",
            stderr_text(&out)
        );
        assert!(stdout_json(&out)["layers"].is_array());
        assert!(stderr_text(&out).contains("byods: warning:"));
        assert!(stderr_text(&out).contains("\nhint: run `byods auth login`"));
    }
    // An error with a fix says it on a hint line.
    let out = env
        .bare_cmd()
        .env("BYODS_BASE_URL", &env.base_url)
        .arg("ls")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    let err = stderr_text(&out);
    assert!(
        err.starts_with(
            "byods: error: no credentials for profile 'default'\nhint: set BYODS_TOKEN"
        ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
    let out = env.cmd().args(["token", "status"]).output().unwrap();
    ok(&out);
}

#[test]
fn auth_token_prints_the_token_like_token_print() {
    let env = Env::start();
    let out = run(&env, &["auth", "token"]);
    ok(&out);
    assert_eq!(stdout_text(&out), format!("{}\n", env.token));
}

#[test]
fn profiles_are_listed_and_the_default_can_be_set() {
    let env = Env::start();
    let set = |profile: &str| {
        let out = env
            .bare_cmd()
            .args(["--profile", profile, "config", "set", "timeout", "5"])
            .output()
            .unwrap();
        ok(&out);
    };
    set("work");
    set("home");
    let out = env
        .bare_cmd()
        .args(["config", "set", "defaultProfile", "work"])
        .output()
        .unwrap();
    ok(&out);
    let out = env
        .bare_cmd()
        .args(["config", "profiles"])
        .output()
        .unwrap();
    ok(&out);
    let listed = stdout_json(&out);
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["home", "work"]);
    assert_eq!(listed[1]["default"], true);
    assert_eq!(listed[1]["active"], true, "the default is the active one");
    let out = env
        .bare_cmd()
        .args(["config", "get", "defaultProfile"])
        .output()
        .unwrap();
    assert_eq!(stdout_text(&out), "work\n");

    let out = env
        .bare_cmd()
        .args(["config", "set", "defaultProfile", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("no profile 'nope'"));
}

#[test]
fn login_with_token_keeps_the_integration_refresh_token() {
    let env = Env::start();
    let cmd = || {
        let mut c = env.bare_cmd();
        c.env("BYODS_BASE_URL", &env.base_url);
        c
    };
    ok(&cmd()
        .args(["config", "set", "baseUrl", &env.base_url])
        .output()
        .unwrap());
    let out = cmd()
        .args(["config", "set", "oauthRefreshToken", "-"])
        .write_stdin("integration-refresh-token\n")
        .output()
        .unwrap();
    ok(&out);
    let pat = env.info["tokenManager"]["personalAccessToken"]
        .as_str()
        .unwrap();
    let out = cmd()
        .args(["auth", "login", "--with-token"])
        .write_stdin(format!("{pat}\n"))
        .output()
        .unwrap();
    ok(&out);
    let store: Value = serde_json::from_str(
        &std::fs::read_to_string(env.path().join("config/credentials.json")).unwrap(),
    )
    .unwrap();
    let profile = &store["profiles"]["default"];
    assert_eq!(profile["personalAccessToken"], pat);
    assert_eq!(profile["oauthRefreshToken"], "integration-refresh-token");
}

#[test]
fn sandbox_changes_are_logged_apart_from_the_profiles_real_ones() {
    let env = Env::start();
    let sandbox = |args: &[&str]| {
        let out = env.bare_cmd().arg("--sandbox").args(args).output().unwrap();
        ok(&out);
        out
    };
    let id = stdout_text(&sandbox(&["ls", "--jq", ".[0].id"]))
        .trim()
        .to_string();
    sandbox(&["extend", &id]);
    let logged = stdout_json(&sandbox(&["log"]));
    assert_eq!(logged.as_array().unwrap().len(), 1, "{logged}");
    assert_eq!(logged[0]["sandbox"], true);
    assert!(
        logged[0]["baseUrl"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
    let real = env.bare_cmd().arg("log").output().unwrap();
    ok(&real);
    assert_eq!(
        stdout_json(&real),
        json!([]),
        "not the profile's real changes"
    );
    let all = env
        .bare_cmd()
        .args(["log", "--all-profiles"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&all).as_array().unwrap().len(), 1);
}
