//! export and apply end to end: the plan for each kind of change, idempotence and --prune proved
//! by the request log, disabled entries through a full round trip, bad files refused before any
//! request, and --yes off a terminal.

use crate::common;

use std::process::Output;

use crate::common::{Env, ok, run, stderr_text, stdout_json, stdout_text};
use serde_json::{Value, json};

const VVA: &str = "5397013b-7920-4ffc-807c-e8a3e0a18f43";

fn export(env: &Env, extra: &[&str]) -> Value {
    let out = run(env, &[&["export"], extra].concat());
    ok(&out);
    stdout_json(&out)
}

/// Writes `file` into the test's directory and returns its path.
fn write(env: &Env, name: &str, file: &Value) -> String {
    let path = env.path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(file).unwrap()).unwrap();
    path.display().to_string()
}

fn apply(env: &Env, path: &str, extra: &[&str]) -> Output {
    run(env, &[&["apply", "-f", path], extra].concat())
}

fn methods(requests: &[Value]) -> Vec<String> {
    let mut m: Vec<String> = requests
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["method"].as_str().unwrap(),
                r["path"].as_str().unwrap()
            )
        })
        .collect();
    m.sort();
    m
}

fn entry_with_url<'a>(file: &'a mut Value, url: &str) -> &'a mut Value {
    file["dataSources"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["url"] == url)
        .unwrap()
}

fn by_url(env: &Env, url: &str) -> Vec<Value> {
    env.data_sources()
        .into_iter()
        .filter(|d| d["url"] == url)
        .collect()
}

#[test]
fn export_writes_only_the_fields_a_user_sets_in_a_stable_order() {
    let env = Env::start();
    let file = export(&env, &[]);
    let entries = file["dataSources"].as_array().unwrap();
    assert_eq!(entries.len(), env.data_sources().len());
    let urls: Vec<&str> = entries.iter().map(|e| e["url"].as_str().unwrap()).collect();
    let mut sorted = urls.clone();
    sorted.sort();
    assert_eq!(urls, sorted, "sorted by url");
    for e in entries {
        let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
        let disabled = e["status"] == "disabled";
        let mut expected = vec![
            "url",
            "schemaId",
            "audience",
            "subject",
            "tokenLifetimeMinutes",
            "status",
        ];
        if disabled {
            expected.push("errorMessage");
        }
        assert_eq!(keys, expected, "{e}");
    }
    assert!(entries.iter().any(|e| e["status"] == "disabled"), "{file}");
    // With ids: the same file with each id first.
    let with_ids = export(&env, &["--with-ids"]);
    let ids: Vec<&Value> = with_ids["dataSources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["id"])
        .collect();
    assert!(ids.iter().all(|id| id.is_string()), "{with_ids}");
    let mut stripped = with_ids.clone();
    for e in stripped["dataSources"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("id");
    }
    assert_eq!(stripped, file);
    assert!(env.write_requests().is_empty());
}

#[test]
fn plan_shows_each_kind_of_change_and_dry_run_sends_nothing() {
    let env = Env::start();
    let seeded = env.data_sources();
    let mut file = export(&env, &[]);
    let changed_url = seeded[0]["url"].as_str().unwrap().to_string();
    let dropped_url = seeded[1]["url"].as_str().unwrap().to_string();
    entry_with_url(&mut file, &changed_url)["audience"] = json!("changed-aud");
    file["dataSources"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["url"] != dropped_url.as_str());
    file["dataSources"]
        .as_array_mut()
        .unwrap()
        .push(json!({"url": "https://new.example/ds", "tokenLifetimeMinutes": 30}));
    let path = write(&env, "desired.json", &file);
    env.clear_requests();

    let out = apply(&env, &path, &["--dry-run", "--prune"]);
    ok(&out);
    let plan = stdout_json(&out);
    assert_eq!(
        plan["summary"],
        json!({"create": 1, "update": 1, "unchanged": seeded.len() - 2, "delete": 1, "unlisted": 0})
    );
    let items = plan["items"].as_array().unwrap();
    let item = |action: &str| items.iter().find(|i| i["action"] == action).unwrap();
    assert_eq!(item("update")["id"], seeded[0]["id"]);
    assert_eq!(
        item("update")["changes"],
        json!({"audience": {"from": seeded[0]["audience"], "to": "changed-aud"}})
    );
    assert_eq!(item("delete")["id"], seeded[1]["id"]);
    assert_eq!(item("create")["url"], "https://new.example/ds");
    assert_eq!(item("create")["fields"]["schemaId"], VVA);
    assert_eq!(item("create")["fields"]["tokenLifetimeMinutes"], 30);
    let err = stderr_text(&out);
    assert!(err.contains("+ create  https://new.example/ds"), "{err}");
    assert!(
        err.contains(&format!(
            "audience: {} → \"changed-aud\"",
            seeded[0]["audience"]
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("- delete  {}", seeded[1]["id"].as_str().unwrap())),
        "{err}"
    );
    assert!(
        err.contains("1 to create, 1 to update, 1 to delete"),
        "{err}"
    );
    assert!(env.write_requests().is_empty(), "--dry-run sends no write");
    assert_eq!(env.data_sources(), seeded);

    // The real run sends exactly the plan: one POST, one PUT, one DELETE.
    let out = apply(&env, &path, &["--prune", "--yes", "--parallel", "3"]);
    ok(&out);
    let mut expected = vec![
        "POST /v1/dataSources".to_string(),
        format!("PUT /v1/dataSources/{}", seeded[0]["id"].as_str().unwrap()),
        format!(
            "DELETE /v1/dataSources/{}",
            seeded[1]["id"].as_str().unwrap()
        ),
    ];
    expected.sort();
    assert_eq!(methods(&env.write_requests()), expected);
    let results = stdout_json(&out);
    let result = |r: &str| {
        results
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["result"] == r)
            .count()
    };
    assert_eq!(
        (result("created"), result("updated"), result("deleted")),
        (1, 1, 1)
    );
    let created = &results
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["result"] == "created")
        .unwrap();
    assert_eq!(
        by_url(&env, "https://new.example/ds")[0]["id"],
        created["id"]
    );
    assert_eq!(
        env.api_get(&format!(
            "/dataSources/{}",
            seeded[0]["id"].as_str().unwrap()
        ))
        .1["audience"],
        "changed-aud"
    );
    assert!(stderr_text(&out).contains("applied: 1 created, 1 updated, 1 deleted"));

    // A second apply of the same file writes nothing.
    env.clear_requests();
    let out = apply(&env, &path, &["--prune"]);
    ok(&out);
    assert_eq!(env.write_requests(), Vec::<Value>::new(), "idempotent");
    assert!(
        stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["result"] == "unchanged")
    );
    assert!(stderr_text(&out).contains("0 to create, 0 to update, 0 to delete"));
}

#[test]
fn prune_deletes_only_when_asked() {
    let env = Env::start();
    let seeded = env.data_sources();
    let keep = json!({"dataSources": [export(&env, &[])["dataSources"][0].clone()]});
    let path = write(&env, "one.json", &keep);
    env.clear_requests();
    let out = apply(&env, &path, &["--yes"]);
    ok(&out);
    assert!(
        env.write_requests().is_empty(),
        "no --prune: nothing deleted"
    );
    assert!(
        stderr_text(&out).contains(&format!(
            "{} data source(s) not in the file left as they are (--prune deletes them)",
            seeded.len() - 1
        )),
        "{}",
        stderr_text(&out)
    );
    assert_eq!(env.data_sources().len(), seeded.len());
    let out = apply(&env, &path, &["--yes", "--prune"]);
    ok(&out);
    let deletes: Vec<Value> = env
        .write_requests()
        .into_iter()
        .filter(|r| r["method"] == "DELETE")
        .collect();
    assert_eq!(deletes.len(), seeded.len() - 1);
    assert_eq!(env.write_requests().len(), seeded.len() - 1, "only deletes");
    assert_eq!(env.data_sources().len(), 1);
}

#[test]
fn round_trip_export_delete_all_apply_export_keeps_disabled_entries() {
    let env = Env::start();
    let before = export(&env, &[]);
    let disabled: Vec<&Value> = before["dataSources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] == "disabled")
        .collect();
    assert!(!disabled.is_empty(), "the seed has a disabled data source");
    let path = write(&env, "all.json", &before);
    let ids: Vec<String> = env
        .data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let out = env
        .cmd()
        .args(["delete", "-", "--yes"])
        .write_stdin(ids.join("\n"))
        .output()
        .unwrap();
    ok(&out);
    assert!(env.data_sources().is_empty());
    env.clear_requests();

    let out = apply(&env, &path, &["--yes", "--parallel", "4"]);
    ok(&out);
    // One POST per entry, then one PUT per disabled entry (the register API has no status).
    let writes = env.write_requests();
    let count = |m: &str| writes.iter().filter(|r| r["method"] == m).count();
    assert_eq!(count("POST"), ids.len());
    assert_eq!(count("PUT"), disabled.len());
    assert_eq!(writes.len(), ids.len() + disabled.len());
    for entry in &disabled {
        let now = by_url(&env, entry["url"].as_str().unwrap());
        assert_eq!(now[0]["status"], "disabled");
        assert_eq!(now[0]["errorMessage"], entry["errorMessage"]);
    }
    assert_eq!(export(&env, &[]), before, "the same file, byte for byte");
    env.clear_requests();
    ok(&apply(&env, &path, &[]));
    assert!(env.write_requests().is_empty(), "nothing left to do");
}

#[test]
fn with_ids_an_entry_changes_its_url_and_a_stale_id_falls_back_to_url_and_schema() {
    let env = Env::start();
    let mut file = export(&env, &["--with-ids"]);
    let first = file["dataSources"][0].clone();
    let id = first["id"].as_str().unwrap().to_string();
    file["dataSources"][0]["url"] = json!("https://moved.example/ds");
    // A stale id on another entry: matched by its url and schema, so unchanged.
    file["dataSources"][1]["id"] = json!("00000000-0000-4000-8000-000000000000");
    let path = write(&env, "ids.json", &file);
    env.clear_requests();
    let out = apply(&env, &path, &["--yes"]);
    ok(&out);
    assert_eq!(
        methods(&env.write_requests()),
        [format!("PUT /v1/dataSources/{id}")]
    );
    assert_eq!(
        env.api_get(&format!("/dataSources/{id}")).1["url"],
        "https://moved.example/ds"
    );
    assert!(
        stderr_text(&out).contains("not found: matched by url and schemaId"),
        "{}",
        stderr_text(&out)
    );
}

#[test]
fn bad_files_are_refused_before_any_request() {
    let env = Env::start();
    let url = "https://a.example/ds";
    let cases: Vec<(&str, String, &str)> = vec![
        ("invalid JSON", "{\"dataSources\": [".into(), "invalid JSON"),
        (
            "not the export shape",
            json!([{"url": url}]).to_string(),
            "expected {\"dataSources\": [...]}",
        ),
        (
            "unknown field",
            json!({"dataSources": [{"url": url}, {"url": "https://b.example", "jwsToken": "x"}]})
                .to_string(),
            "entry 2 (https://b.example): unknown field 'jwsToken'",
        ),
        (
            "missing url",
            json!({"dataSources": [{"url": url}, {"schemaId": VVA}]}).to_string(),
            "entry 2: url is required",
        ),
        (
            "bad lifetime",
            json!({"dataSources": [{"url": url, "tokenLifetimeMinutes": 2000}]}).to_string(),
            "entry 1 (https://a.example/ds): tokenLifetimeMinutes must be whole minutes from 1 to 1440",
        ),
        (
            "duplicate entries",
            json!({"dataSources": [{"url": url}, {"url": url, "audience": "x"}]}).to_string(),
            "entry 2 (https://a.example/ds): duplicate of entry 1",
        ),
        (
            "disabled without a message",
            json!({"dataSources": [{"url": url, "status": "disabled"}]}).to_string(),
            "entry 1 (https://a.example/ds): status \"disabled\" requires an errorMessage",
        ),
        (
            "bad status",
            json!({"dataSources": [{"url": url, "status": "paused"}]}).to_string(),
            "invalid status 'paused'",
        ),
        (
            "bad url",
            json!({"dataSources": [{"url": "ftp://a.example"}]}).to_string(),
            "entry 1 (ftp://a.example): invalid url",
        ),
    ];
    for (what, text, needle) in cases {
        let path = env.path().join("bad.json");
        std::fs::write(&path, &text).unwrap();
        env.clear_requests();
        let out = apply(&env, path.to_str().unwrap(), &["--yes"]);
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr_text(&out));
        assert!(
            stderr_text(&out).contains(needle),
            "{what}: expected {needle:?} in: {}",
            stderr_text(&out)
        );
        assert!(stdout_text(&out).is_empty(), "{what}");
        assert_eq!(
            env.requests(),
            Vec::<Value>::new(),
            "{what}: no request at all"
        );
    }
    let out = apply(&env, "no-such-file.json", &["--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_text(&out).contains("cannot read no-such-file.json"));
    assert!(env.requests().is_empty());
}

#[test]
fn an_unknown_schema_or_an_ambiguous_match_is_refused_before_any_write() {
    let env = Env::start();
    let unknown = json!({"dataSources": [{"url": "https://a.example", "schemaId": "11111111-2222-4333-8444-555555555555"}]});
    let out = apply(&env, &write(&env, "schema.json", &unknown), &["--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("entry 1 (https://a.example): unknown schema id"),
        "{}",
        stderr_text(&out)
    );
    assert!(env.write_requests().is_empty());

    for _ in 0..2 {
        ok(&run(
            &env,
            &[
                "register",
                "--url",
                "https://twin.example",
                "--allow-duplicate",
            ],
        ));
    }
    env.clear_requests();
    let twin = json!({"dataSources": [{"url": "https://twin.example"}]});
    let out = apply(&env, &write(&env, "twin.json", &twin), &["--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_text(&out).contains("2 data sources have this url and schemaId"),
        "{}",
        stderr_text(&out)
    );
    assert!(env.write_requests().is_empty());
    // Export tells the twins apart by id, so its file applies as is.
    let file = export(&env, &[]);
    let twins: Vec<&Value> = file["dataSources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["url"] == "https://twin.example")
        .collect();
    assert!(twins.iter().all(|e| e["id"].is_string()), "{file}");
    env.clear_requests();
    ok(&apply(&env, &write(&env, "all.json", &file), &["--prune"]));
    assert!(env.write_requests().is_empty());
}

#[test]
fn yes_is_required_off_a_terminal_and_stdin_works() {
    let env = Env::start();
    let file = json!({"dataSources": [{"url": "https://stdin.example/ds"}]}).to_string();
    let out = env
        .cmd()
        .args(["apply", "-f", "-"])
        .write_stdin(file.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_text(&out);
    assert!(err.contains("+ create  https://stdin.example/ds"), "{err}");
    assert!(
        err.contains("refusing to apply 1 change(s) without confirmation: pass --yes"),
        "{err}"
    );
    assert!(env.write_requests().is_empty());
    let out = env
        .cmd()
        .args(["apply", "-f", "-", "--yes"])
        .write_stdin(file)
        .output()
        .unwrap();
    ok(&out);
    assert_eq!(by_url(&env, "https://stdin.example/ds").len(), 1);
}

#[test]
fn a_terminal_is_asked_before_anything_is_sent() {
    let env = Env::start();
    let file = json!({"dataSources": [{"url": "https://tty.example/ds"}]});
    let path = write(&env, "tty.json", &file);
    env.clear_requests();
    let (code, output) = common::pty::run(
        &env,
        &["apply", "-f", &path],
        &[("Apply these changes? [y/N]: ", "n")],
    );
    assert_eq!(code, Some(130), "{output}");
    assert!(
        output.contains("+ create  https://tty.example/ds"),
        "{output}"
    );
    assert!(env.write_requests().is_empty());
    let (code, output) = common::pty::run(
        &env,
        &["apply", "-f", &path],
        &[("Apply these changes? [y/N]: ", "y")],
    );
    assert_eq!(code, Some(0), "{output}");
    assert_eq!(by_url(&env, "https://tty.example/ds").len(), 1);
}

#[test]
fn a_failed_change_does_not_stop_the_others() {
    let env = Env::start();
    let seeded = env.data_sources();
    let mut file = export(&env, &[]);
    for e in file["dataSources"].as_array_mut().unwrap() {
        e["subject"] = json!("new-subject");
    }
    let path = write(&env, "all.json", &file);
    let failing = seeded[0]["id"].as_str().unwrap();
    env.faults(json!({"fail": [{"method": "PUT", "pathPrefix": format!("/dataSources/{failing}"), "status": 400}]}));
    let out = apply(&env, &path, &["--yes", "--parallel", "2"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr_text(&out));
    let results = stdout_json(&out);
    let failed: Vec<&Value> = results
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["result"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{results}");
    assert_eq!(failed[0]["id"], failing);
    assert!(
        stderr_text(&out).contains(&format!("({}): ", seeded[0]["url"].as_str().unwrap()))
            && stderr_text(&out).contains("byods: error: entry "),
        "{}",
        stderr_text(&out)
    );
    let updated = env
        .data_sources()
        .iter()
        .filter(|d| d["subject"] == "new-subject")
        .count();
    assert_eq!(updated, seeded.len() - 1);
    // An update keeps a disabled data source disabled, with its message.
    for ds in seeded.iter().filter(|d| d["status"] == "disabled") {
        let (_, now) = env.api_get(&format!("/dataSources/{}", ds["id"].as_str().unwrap()));
        assert_eq!(now["subject"], "new-subject");
        assert_eq!(now["status"], "disabled");
        assert_eq!(now["errorMessage"], ds["errorMessage"]);
    }
}

#[test]
fn a_create_that_may_have_happened_is_not_resent_and_apply_again_finds_it() {
    let env = Env::start();
    let file = json!({"dataSources": [{"url": "https://flaky.example/ds"}]});
    let path = write(&env, "flaky.json", &file);
    env.faults(json!({"fail": [{"method": "POST", "pathPrefix": "/dataSources", "status": 503, "times": 1}]}));
    env.clear_requests();
    let out = apply(&env, &path, &["--yes"]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("`byods apply` again matches it by url and schemaId"),
        "{}",
        stderr_text(&out)
    );
    assert_eq!(methods(&env.write_requests()), ["POST /v1/dataSources"]);
    let out = apply(&env, &path, &["--yes"]);
    ok(&out);
    assert_eq!(by_url(&env, "https://flaky.example/ds").len(), 1);
}
