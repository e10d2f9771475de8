//! `byods menu` and the guided `update ID`, driven through a pseudo-terminal against a sandbox.
//! Pickers take arrow keys or j/k then Enter (the driver adds the Enter); q or Esc goes back.

use crate::common;

use crate::common::{Env, stderr_text};
use serde_json::Value;

fn requests_with(env: &Env, method: &str) -> Vec<Value> {
    env.requests()
        .into_iter()
        .filter(|r| r["method"] == method)
        .collect()
}

fn first(env: &Env) -> Value {
    env.data_sources()[0].clone()
}

#[test]
fn list_view_extend_quit() {
    let env = Env::start();
    let ds = first(&env);
    let id = ds["id"].as_str().unwrap().to_string();
    let lifetime = ds["tokenLifetimeMinutes"].to_string();
    let (code, output) = common::pty::run(
        &env,
        &["menu"],
        &[
            ("What next?", ""),
            ("Data source (Esc to go back)", ""),
            // From the default "Back", two up is "Quick extend its token".
            ("Next", "kk"),
            // The lifetime prompt offers the data source's own.
            (&format!("Token lifetime in minutes [{lifetime}]"), "60"),
            ("What next?", "q"),
        ],
    );
    assert_eq!(code, Some(0), "{output}");
    // The list shows status, audience, schema and expiry; the view shows the decoded token.
    for column in ["STATUS", "AUDIENCE", "SCHEMA", "EXPIRES"] {
        assert!(output.to_uppercase().contains(column), "{column}: {output}");
    }
    assert!(output.contains(&id), "{output}");
    // 60 minutes instead of about a day left: the table shows the time lost with its sign.
    let row = output
        .lines()
        .find(|l| l.contains(&id) && l.contains("extended"))
        .unwrap_or_else(|| panic!("no extend row: {output}"));
    assert!(row.contains(" -") && !row.contains('+'), "{row}");
    let puts = requests_with(&env, "PUT");
    assert_eq!(puts.len(), 1, "one extend: {puts:?}");
    assert_eq!(puts[0]["path"], format!("/v1/dataSources/{id}"));
    let after = env.api_get(&format!("/dataSources/{id}")).1;
    assert_eq!(after["tokenLifetimeMinutes"], 60);
    assert_ne!(after["nonce"], ds["nonce"], "extending renews the nonce");
}

#[test]
fn guided_update_changes_one_field() {
    let env = Env::start();
    let ds = first(&env);
    let id = ds["id"].as_str().unwrap().to_string();
    let (code, output) = common::pty::run(
        &env,
        &["menu"],
        &[
            ("What next?", ""),
            ("Data source (Esc to go back)", ""),
            ("Next", "kkk"),
            ("URL [", ""),
            ("Schema", ""),
            ("Audience [", ""),
            ("Subject [", "menu-subject"),
            ("Token lifetime in minutes [", ""),
            ("Status", ""),
            ("Apply? [y/N]: ", "y"),
            ("What next?", "q"),
        ],
    );
    assert_eq!(code, Some(0), "{output}");
    assert!(output.contains("subject: "), "the diff is shown: {output}");
    let puts = requests_with(&env, "PUT");
    assert_eq!(puts.len(), 1, "{puts:?}");
    let after = env.api_get(&format!("/dataSources/{id}")).1;
    assert_eq!(after["subject"], "menu-subject");
    for unchanged in [
        "url",
        "audience",
        "schemaId",
        "tokenLifetimeMinutes",
        "status",
    ] {
        assert_eq!(after[unchanged], ds[unchanged], "{unchanged}");
    }
}

#[test]
fn update_without_flags_on_a_terminal_is_guided() {
    let env = Env::start();
    let ds = first(&env);
    let id = ds["id"].as_str().unwrap().to_string();
    let (code, output) = common::pty::run(
        &env,
        &["update", &id],
        &[
            ("URL [", "https://guided-update.example/x"),
            ("Schema", ""),
            ("Audience [", ""),
            ("Subject [", ""),
            ("Token lifetime in minutes [", ""),
            ("Status", ""),
            ("Apply? [y/N]: ", "n"),
        ],
    );
    assert_eq!(code, Some(130), "declined: {output}");
    assert!(
        output.contains("https://guided-update.example/x"),
        "{output}"
    );
    assert!(env.write_requests().is_empty(), "declined: nothing sent");
    // Keeping every value sends nothing either.
    let (code, output) = common::pty::run(
        &env,
        &["update", &id],
        &[
            ("URL [", ""),
            ("Schema", ""),
            ("Audience [", ""),
            ("Subject [", ""),
            ("Token lifetime in minutes [", ""),
            ("Status", ""),
        ],
    );
    assert_eq!(code, Some(0), "{output}");
    assert!(
        output.contains("nothing changed: nothing was sent"),
        "{output}"
    );
    assert!(env.write_requests().is_empty());
}

#[test]
fn delete_asks_first() {
    let env = Env::start();
    let before = env.data_sources().len();
    let id = first(&env)["id"].as_str().unwrap().to_string();
    // Declined first (nothing sent), then accepted: one DELETE in all.
    let (code, output) = common::pty::run(
        &env,
        &["menu"],
        &[
            ("What next?", "jjj"),
            ("Data source (Esc to go back)", ""),
            ("Delete? This cannot be undone [y/N]: ", "n"),
            ("What next?", "jjj"),
            ("Data source (Esc to go back)", ""),
            ("Delete? This cannot be undone [y/N]: ", "y"),
            ("What next?", "q"),
        ],
    );
    assert_eq!(code, Some(0), "{output}");
    let deletes = requests_with(&env, "DELETE");
    assert_eq!(deletes.len(), 1, "{deletes:?}");
    assert_eq!(deletes[0]["path"], format!("/v1/dataSources/{id}"));
    assert_eq!(env.data_sources().len(), before - 1);
}

#[test]
fn register_through_the_menu() {
    let env = Env::start();
    let before = env.data_sources().len();
    let (code, output) = common::pty::run(
        &env,
        &["menu"],
        &[
            ("What next?", "j"),
            ("Data source URL: ", "https://menu.example/register"),
            ("Choice [1]: ", ""),
            ("Audience [BYODS]: ", ""),
            ("Subject [BYODS]: ", ""),
            ("Nonce [", "menu-nonce"),
            ("Token lifetime in minutes [1440]: ", "30"),
            ("Register this data source? [y/N]: ", "y"),
            ("What next?", "q"),
        ],
    );
    assert_eq!(code, Some(0), "{output}");
    let all = env.data_sources();
    assert_eq!(all.len(), before + 1);
    let created = all.last().unwrap();
    assert_eq!(created["url"], "https://menu.example/register");
    assert_eq!(created["tokenLifetimeMinutes"], 30);
    assert_eq!(created["nonce"], "menu-nonce", "the nonce asked for");
    assert_eq!(requests_with(&env, "POST").len(), 1);
}

#[test]
fn ctrl_c_leaves_cleanly() {
    let env = Env::start();
    let (code, output, echo) =
        common::pty::run_checking_echo(&env, &["menu"], &[("What next?", "\u{3}")]);
    assert_eq!(code, Some(130), "{output}");
    assert!(output.contains("interrupted"), "{output}");
    assert!(echo, "the terminal echoes again");
    assert!(env.write_requests().is_empty());
    // At a line prompt inside an action (the guided register) too.
    let (code, output, echo) = common::pty::run_checking_echo(
        &env,
        &["menu"],
        &[("What next?", "j"), ("Data source URL: ", "https://x\u{3}")],
    );
    assert_eq!(code, Some(130), "{output}");
    assert!(output.contains("interrupted"), "{output}");
    assert!(echo, "the terminal echoes again");
    assert!(env.write_requests().is_empty());
}

#[test]
fn refuses_off_a_terminal() {
    let env = Env::start();
    let out = env.cmd().arg("menu").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_text(&out).contains("byods menu is interactive"),
        "{}",
        stderr_text(&out)
    );
    assert!(env.requests().is_empty(), "not even a GET");
    // --no-input on a terminal refuses too.
    let (code, output) = common::pty::run(&env, &["--no-input", "menu"], &[]);
    assert_eq!(code, Some(2), "{output}");
    assert!(env.requests().is_empty());
}

#[test]
fn a_failed_action_is_reported_and_the_menu_goes_on() {
    let env = Env::start();
    let id = first(&env)["id"].as_str().unwrap().to_string();
    env.faults(serde_json::json!({"fail": [
        {"method": "PUT", "pathPrefix": format!("/dataSources/{id}"), "status": 400}
    ]}));
    let (code, output) = common::pty::run(
        &env,
        &["menu"],
        &[
            // q in a picker goes back to the top (where the driver's Enter then picks "View").
            ("What next?", "jj"),
            ("Data source (Esc to go back)", "q"),
            ("Data source (Esc to go back)", ""),
            ("Next", "kk"),
            ("Token lifetime in minutes [", ""),
            ("What next?", "q"),
        ],
    );
    assert_eq!(code, Some(0), "{output}");
    assert!(output.contains("byods: error:"), "{output}");
    assert!(output.contains("What next?: View"), "{output}");
    assert_eq!(requests_with(&env, "PUT").len(), 1, "one attempt: {output}");
}
