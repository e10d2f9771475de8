//! Fleet scale: many organizations in one run (`--profiles`, `--all-profiles` on ls, extend,
//! check, export and apply), bulk update, parallel register, `delete --ignore-not-found`, and that bulk operations
//! send exactly the requests they need (the sandbox request log proves it).

use crate::common::{Env, ok, stderr_text, stdout_json, stdout_text};
use serde_json::{Value, json};

/// (method, path) of every request the sandbox logged, in order.
fn calls(env: &Env) -> Vec<(String, String)> {
    env.requests()
        .iter()
        .map(|r| {
            (
                r["method"].as_str().unwrap().to_string(),
                r["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn count(calls: &[(String, String)], method: &str, path_prefix: &str) -> usize {
    calls
        .iter()
        .filter(|(m, p)| m == method && p.starts_with(path_prefix))
        .count()
}

fn ids(env: &Env) -> Vec<String> {
    env.data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

/// Three organizations, one sandbox each, and profiles a, b, c in the config file of the first
/// (the "home"): each profile's credentials imported from its own sandbox and bound to its
/// baseUrl. Returns the sandboxes in profile order.
fn three_orgs() -> Vec<Env> {
    let orgs: Vec<Env> = (0..3).map(|_| Env::start()).collect();
    let home = &orgs[0];
    for (profile, org) in ["a", "b", "c"].iter().zip(&orgs) {
        let file = home.path().join(format!("{profile}-info.json"));
        std::fs::write(&file, serde_json::to_string(&org.info).unwrap()).unwrap();
        let out = home
            .bare_cmd()
            .args(["--profile", profile, "config", "import"])
            .arg(&file)
            .output()
            .unwrap();
        ok(&out);
        let out = home
            .bare_cmd()
            .args([
                "--profile",
                profile,
                "config",
                "set",
                "baseUrl",
                &org.base_url,
            ])
            .output()
            .unwrap();
        ok(&out);
    }
    for org in &orgs {
        org.clear_requests();
    }
    orgs
}

/// Organization c refuses its data sources (403): its profile fails, a and b go on.
fn fail_org(org: &Env) {
    org.faults(json!({"fail": [{"pathPrefix": "/dataSources", "status": 403}]}));
}

#[test]
fn ls_over_three_profiles_tags_items_and_survives_a_failing_org() {
    let orgs = three_orgs();
    fail_org(&orgs[2]);
    // b lists its data sources but not its schemas: its warning names it.
    orgs[1].faults(json!({"fail": [{"pathPrefix": "/dataSources/schemas", "status": 403}]}));
    let out = orgs[0]
        .bare_cmd()
        .args(["ls", "--profiles", "a,b,c", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    // Each profile's credentials went to its own API only: every org saw its own listing once.
    for org in &orgs {
        let calls = calls(org);
        assert_eq!(
            count(&calls, "GET", "/v1/dataSources"),
            2,
            "list + schemas: {calls:?}"
        );
    }
    let items = stdout_json(&out);
    let items = items.as_array().unwrap();
    for (profile, org) in ["a", "b"].iter().zip(&orgs) {
        let mut listed: Vec<String> = items
            .iter()
            .filter(|i| i["profile"] == *profile)
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect();
        listed.sort();
        let mut expected = ids(org);
        expected.sort();
        assert_eq!(listed, expected, "profile {profile} lists its own org");
    }
    let failed: Vec<&Value> = items.iter().filter(|i| i["profile"] == "c").collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["result"], "failed");
    assert!(
        stderr_text(&out).contains("profile c:"),
        "{}",
        stderr_text(&out)
    );
    assert!(
        stderr_text(&out).contains("warning: profile b: schema names unavailable"),
        "{}",
        stderr_text(&out)
    );
    // c's failed listing is said once, as its error (no warning about its schemas besides).
    assert!(
        !stderr_text(&out).contains("profile c: schema names unavailable"),
        "{}",
        stderr_text(&out)
    );
}

#[test]
fn check_over_three_profiles_aggregates_with_profile_labels() {
    let orgs = three_orgs();
    fail_org(&orgs[2]);
    let prom = orgs[0].path().join("metrics/byods.prom");
    let out = orgs[0]
        .bare_cmd()
        .args(["check", "--all-profiles", "--prometheus"])
        .arg(&prom)
        .output()
        .unwrap();
    // One status over all: c could not be checked, so UNKNOWN wins over a and b's CRITICAL.
    assert_eq!(out.status.code(), Some(3), "{}", stderr_text(&out));
    let text = stdout_text(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("BYODS UNKNOWN - 3 profiles (1 unknown), 8 data sources"),
        "{text}"
    );
    assert!(lines[0].contains("'profiles_unknown'=1;;;0"), "{text}");
    assert!(
        lines[1].starts_with("a: CRITICAL - 4 data sources"),
        "{text}"
    );
    assert!(lines[2].starts_with("b: CRITICAL - "), "{text}");
    assert!(lines[3].starts_with("c: UNKNOWN - "), "{text}");
    let metrics = std::fs::read_to_string(&prom).unwrap();
    assert!(
        metrics.contains("byods_check_status{profile=\"a\"} 2\n"),
        "{metrics}"
    );
    assert!(
        metrics.contains("byods_check_status{profile=\"c\"} 3\n"),
        "{metrics}"
    );
    assert!(metrics.contains("byods_check_scrape_success{profile=\"c\"} 0\n"));
    assert!(metrics.contains("byods_check_scrape_success{profile=\"b\"} 1\n"));
    let a_samples = metrics
        .lines()
        .filter(|l| l.starts_with("byods_datasource_token_expiry_seconds{profile=\"a\",id="))
        .count();
    assert_eq!(a_samples, 4, "{metrics}");

    // JSON: the same status, one entry per profile.
    let out = orgs[0]
        .bare_cmd()
        .args(["check", "--profiles", "a,c", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let report = stdout_json(&out);
    assert_eq!(report["state"], "UNKNOWN");
    assert_eq!(report["profiles"][0]["profile"], "a");
    assert_eq!(report["profiles"][0]["state"], "CRITICAL");
    assert_eq!(report["profiles"][1]["state"], "UNKNOWN");
}

#[test]
fn extend_over_profiles_extends_each_org_and_reports_the_failing_one() {
    let orgs = three_orgs();
    fail_org(&orgs[2]);
    let out = orgs[0]
        .bare_cmd()
        // c first: its failure is the first in input order, so the exit status is its 4.
        .args(["extend", "--all", "--profiles", "c,a,b", "--json"])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(4)),
        "{}",
        stderr_text(&out)
    );
    let records = stdout_json(&out);
    let records = records.as_array().unwrap();
    for (profile, org) in ["a", "b"].iter().zip(&orgs) {
        // (A token minted this very second cannot be outlived yet: "failed" is possible for
        // the freshest one, so this counts records, not results.)
        let listed = records.iter().filter(|r| r["profile"] == *profile).count();
        assert_eq!(listed, 4, "{records:?}");
        let calls = calls(org);
        // The listing, then per data source the read under its lock (overlap check) and one
        // PUT: no schema list.
        assert_eq!(count(&calls, "PUT", "/v1/dataSources/"), 4);
        assert_eq!(count(&calls, "GET", "/v1/dataSources/"), 4, "{calls:?}");
        assert_eq!(count(&calls, "GET", "/v1/dataSources"), 5, "{calls:?}");
        assert_eq!(
            count(&calls, "GET", "/v1/dataSources/schemas"),
            0,
            "{calls:?}"
        );
    }
    assert!(
        records
            .iter()
            .any(|r| r["profile"] == "c" && r["result"] == "failed")
    );
    assert!(stderr_text(&out).contains("profile c:"));
    assert_eq!(count(&calls(&orgs[2]), "PUT", "/"), 0);
}

#[test]
fn profile_selection_is_checked_before_any_request() {
    let orgs = three_orgs();
    let home = &orgs[0];
    /// Arguments, extra environment, what the message must say.
    type Case<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec!["ls", "--profiles", "a,nope"],
            vec![],
            "no profile 'nope'",
        ),
        (
            vec!["extend", "--all", "--profiles", "a,,b"],
            vec![],
            "empty profile name",
        ),
        (
            vec![
                "ls",
                "--profiles",
                "a",
                "--base-url",
                "http://127.0.0.1:9/v1",
            ],
            vec![],
            "--base-url",
        ),
        (
            vec!["extend", "--all-profiles", "--all"],
            vec![("BYODS_TOKEN", "t")],
            "BYODS_TOKEN",
        ),
        (
            vec!["extend", "--profiles", "a", "some-id"],
            vec![],
            "not ids",
        ),
        (
            // Neither a UUID nor a schema name (a name is looked up in the schema list).
            vec!["ls", "--profiles", "a", "--schema", "no pe"],
            vec![],
            "invalid schema id or name",
        ),
    ];
    for (args, vars, needle) in cases {
        let mut c = home.bare_cmd();
        for (k, v) in vars {
            c.env(k, v);
        }
        let out = c.args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr_text(&out)
        );
        assert!(
            stderr_text(&out).contains(needle),
            "{args:?}: {}",
            stderr_text(&out)
        );
        assert!(stdout_text(&out).is_empty(), "{args:?}");
    }
    // check keeps its own contract: bad input is UNKNOWN (3), on stdout, still before any request.
    for args in [
        vec!["check", "--profiles", "a,nope"],
        vec![
            "check",
            "--all-profiles",
            "--warn-before",
            "1h",
            "--crit-before",
            "2h",
        ],
    ] {
        let out = home.bare_cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}");
        assert!(
            stdout_text(&out).starts_with("BYODS UNKNOWN - "),
            "{args:?}"
        );
    }
    for org in &orgs {
        assert_eq!(org.requests(), Vec::<Value>::new(), "nothing sent");
    }
}

#[test]
fn extend_sends_exactly_the_requests_it_needs() {
    let env = Env::start();
    let all = ids(&env);
    env.clear_requests();
    // [1] has 55 minutes left: its new token surely outlives the old one.
    ok(&env.cmd().args(["extend", &all[1]]).output().unwrap());
    let expected = vec![
        ("GET".to_string(), format!("/v1/dataSources/{}", all[1])),
        ("PUT".to_string(), format!("/v1/dataSources/{}", all[1])),
    ];
    assert_eq!(calls(&env), expected, "extend ID: GET + PUT");

    env.clear_requests();
    let out = env
        .cmd()
        .args(["extend", "--all", "--parallel", "8"])
        .output()
        .unwrap();
    // 8 when a token minted this very second could not be outlived: the requests are the point.
    assert!(
        matches!(out.status.code(), Some(0 | 8)),
        "{}",
        stderr_text(&out)
    );
    let calls = calls(&env);
    // The listing, then per data source the read under its lock and the PUT; no schema list.
    assert_eq!(calls.len(), 1 + 2 * all.len(), "{calls:?}");
    assert_eq!(calls[0], ("GET".into(), "/v1/dataSources".into()));
}

#[test]
fn bulk_update_from_ndjson_in_parallel() {
    let env = Env::start();
    let all = ids(&env);
    env.clear_requests();
    let input = format!(
        "{{\"id\":\"{}\",\"audience\":\"bulk-1\"}}\n{{\"id\":\"{}\",\"audience\":\"bulk-2\",\"tokenLifetimeMinutes\":60}}\n{{\"id\":\"{}\",\"status\":\"disabled\",\"errorMessage\":\"maintenance\"}}\n",
        all[0], all[1], all[2]
    );
    let out = env
        .cmd()
        .args(["update", "--from", "-", "--parallel", "3"])
        .write_stdin(input)
        .output()
        .unwrap();
    ok(&out);
    let records = stdout_json(&out);
    let records = records.as_array().unwrap();
    assert_eq!(records.len(), 3);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["id"], all[i].as_str(), "input order");
        assert_eq!(r["byods"]["result"], "updated");
    }
    let calls = calls(&env);
    assert_eq!(calls.len(), 6, "a GET and a PUT per item: {calls:?}");
    assert_eq!(count(&calls, "PUT", "/v1/dataSources/"), 3);
    let after = env.api_get(&format!("/dataSources/{}", all[1])).1;
    assert_eq!(after["audience"], "bulk-2");
    assert_eq!(after["tokenLifetimeMinutes"], 60);
    assert_eq!(
        env.api_get(&format!("/dataSources/{}", all[2])).1["status"],
        "disabled"
    );

    // An array works too; a missing id fails its item only, with exit 5.
    env.clear_requests();
    let input = json!([{"id": all[0], "subject": "s"}, {"id": "0000-missing", "subject": "s"}]);
    let out = env
        .cmd()
        .args(["update", "--from", "-"])
        .write_stdin(input.to_string())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr_text(&out));
    let records = stdout_json(&out);
    assert_eq!(records[0]["byods"]["result"], "updated");
    assert_eq!(records[1]["byods"]["result"], "failed");
    assert!(stderr_text(&out).contains("0000-missing"));
}

#[test]
fn bulk_update_rejects_bad_input_before_any_request() {
    let env = Env::start();
    let all = ids(&env);
    env.clear_requests();
    let cases = [
        (
            format!("{{\"id\":\"{}\"}}\n{{\"audience\":\"x\"}}\n", all[0]),
            "item 2: no \"id\"",
        ),
        (
            format!("[{{\"id\":\"{}\"}}, 5]", all[0]),
            "item 2: expected a JSON object",
        ),
        (
            format!("{{\"id\":\"{0}\"}}\n{{\"id\":\"{0}\"}}\n", all[0]),
            "appears twice",
        ),
        (
            "{\"id\":\"a/b\"}".to_string(),
            "item 1: invalid data source id",
        ),
        (
            format!("{{\"id\":\"{}\",\"url\":\"ftp://x\"}}", all[0]),
            "item 1",
        ),
        (
            format!("{{\"id\":\"{}\",\"tokenLifetimeMinutes\":0}}", all[0]),
            "item 1",
        ),
        (
            format!("{{\"id\":\"{}\",\"status\":\"paused\"}}", all[0]),
            "status must be",
        ),
        ("[]".to_string(), "no data sources"),
        ("{broken".to_string(), "invalid JSON"),
    ];
    for (input, needle) in cases {
        let out = env
            .cmd()
            .args(["update", "--from", "-", "--parallel", "4"])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{input}: {}", stderr_text(&out));
        assert!(
            stderr_text(&out).contains(needle),
            "{input}: {}",
            stderr_text(&out)
        );
        assert!(stdout_text(&out).is_empty());
    }
    assert_eq!(env.requests(), Vec::<Value>::new(), "nothing was sent");
}

#[test]
fn bulk_register_in_parallel_sends_one_post_per_item() {
    let env = Env::start();
    env.clear_requests();
    let input: String = (0..6)
        .map(|i| format!("{{\"url\":\"https://bulk.example/{i}\"}}\n"))
        .collect();
    let out = env
        .cmd()
        .args(["register", "--from", "-", "--parallel", "4"])
        .write_stdin(input)
        .output()
        .unwrap();
    ok(&out);
    let records = stdout_json(&out);
    let urls: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["url"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = (0..6)
        .map(|i| format!("https://bulk.example/{i}"))
        .collect();
    assert_eq!(urls, expected, "input order");
    let calls = calls(&env);
    // The schema list and the listing (duplicate check), then one POST each.
    assert_eq!(calls.len(), 2 + 6, "{calls:?}");
    assert_eq!(count(&calls, "POST", "/v1/dataSources"), 6);

    let out = env
        .cmd()
        .args(["register", "--from", "-", "--parallel", "0"])
        .write_stdin("{}")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn delete_ignore_not_found_makes_a_repeated_delete_succeed() {
    let env = Env::start();
    let all = ids(&env);
    ok(&env
        .cmd()
        .args(["delete", "--yes", &all[0]])
        .output()
        .unwrap());
    env.clear_requests();

    // Without the flag an already-deleted id is a failure (exit 5) ...
    let out = env
        .cmd()
        .args(["delete", "--yes", &all[0], &all[1]])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr_text(&out));
    assert_eq!(calls(&env).len(), 2, "one DELETE each");

    // ... with it, it is reported as absent and the run succeeds.
    env.clear_requests();
    let out = env
        .cmd()
        .args([
            "delete",
            "--yes",
            "--ignore-not-found",
            "--parallel",
            "3",
            &all[0],
            &all[1],
            &all[2],
        ])
        .output()
        .unwrap();
    ok(&out);
    let records = stdout_json(&out);
    assert_eq!(records[0]["result"], "absent");
    assert_eq!(records[1]["result"], "absent");
    assert_eq!(records[2]["result"], "deleted");
    let calls = calls(&env);
    assert_eq!(calls.len(), 3, "exactly one DELETE per id: {calls:?}");
    assert!(calls.iter().all(|(m, _)| m == "DELETE"));

    // A dry run leaves the absent ones out.
    let out = env
        .cmd()
        .args([
            "delete",
            "--dry-run",
            "--ignore-not-found",
            &all[0],
            &all[3],
        ])
        .output()
        .unwrap();
    ok(&out);
    let requests = stdout_json(&out);
    assert_eq!(requests.as_array().unwrap().len(), 1, "{requests}");
}

#[test]
fn keepalive_script_runs_one_shard_of_profiles() {
    let orgs = three_orgs();
    let home = &orgs[0];
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/deploy/byods-keepalive");
    let metrics = home.path().join("shard.prom");
    let out = home
        .cmd_for(script.to_str().unwrap())
        .env_remove("BYODS_TOKEN")
        .env_remove("BYODS_BASE_URL")
        .env("BYODS_BIN", crate::common::bin())
        .env("BYODS_PROFILES", "a,b")
        .env("BYODS_EXTEND_WITHIN", "2h")
        .env("BYODS_PROMETHEUS_FILE", &metrics)
        .output()
        .unwrap();
    ok(&out);
    let lines: Vec<Value> = stdout_text(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 8, "four data sources in each of a and b");
    assert!(
        lines
            .iter()
            .all(|l| l["profile"] == "a" || l["profile"] == "b")
    );
    assert!(orgs[2].requests().is_empty(), "c is another shard");
    let metrics = std::fs::read_to_string(&metrics).unwrap();
    assert!(
        metrics.contains("byods_check_status{profile=\"b\"}"),
        "{metrics}"
    );
}

#[test]
fn streamed_ls_prints_every_page_as_json_and_ndjson() {
    let env = Env::start_with(&["--page-size", "3"]);
    // The sandbox's four demo data sources, over two pages (the harness reads the first only).
    let first_page = ids(&env);
    assert_eq!(first_page.len(), 3);
    env.clear_requests();
    let out = env.cmd().args(["ls", "--json"]).output().unwrap();
    ok(&out);
    let mut listed: Vec<String> = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert!(first_page.iter().all(|id| listed.contains(id)));
    listed.sort();
    listed.dedup();
    assert_eq!(listed.len(), 4, "every page, each data source once");
    let calls = calls(&env);
    // Four schemas and four data sources: two pages each.
    assert_eq!(
        count(&calls, "GET", "/v1/dataSources/schemas"),
        2,
        "{calls:?}"
    );
    assert_eq!(calls.len(), 2 + 2, "{calls:?}");

    let out = env.cmd().args(["ls", "-o", "ndjson"]).output().unwrap();
    ok(&out);
    let lines: Vec<Value> = stdout_text(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines
            .iter()
            .all(|d| d["byods"]["tokenExpiresAt"].is_string())
    );
}

// ---- export and apply over several profiles ----

/// `byods ARGS` from the home config (the one that holds profiles a, b and c).
fn home(orgs: &[Env], args: &[&str]) -> std::process::Output {
    orgs[0].bare_cmd().args(args).output().unwrap()
}

fn write_file(orgs: &[Env], name: &str, file: &Value) -> String {
    let path = orgs[0].path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(file).unwrap()).unwrap();
    path.display().to_string()
}

/// The writes to data sources (a profile's first run also mints its access token: a POST too).
fn ds_writes(org: &Env) -> Vec<(String, String)> {
    calls(org)
        .into_iter()
        .filter(|(m, p)| m != "GET" && p.starts_with("/v1/dataSources"))
        .collect()
}

fn clear_all(orgs: &[Env]) {
    for org in orgs {
        org.clear_requests();
    }
}

fn no_request_anywhere(orgs: &[Env], what: &str) {
    for (profile, org) in ["a", "b", "c"].iter().zip(orgs) {
        assert_eq!(
            org.requests(),
            Vec::<Value>::new(),
            "{what}: nothing sent to {profile}"
        );
    }
}

fn sections(file: &Value) -> Vec<&str> {
    file["profiles"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn export_and_apply_over_profiles_round_trip_with_a_failing_org() {
    let orgs = three_orgs();
    fail_org(&orgs[2]);
    // Export: a and b written in the order selected, c's failure reported and the exit status.
    let out = home(&orgs, &["export", "--profiles", "b,c,a"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("byods: error: profile c: "),
        "{}",
        stderr_text(&out)
    );
    let file = stdout_json(&out);
    assert_eq!(sections(&file), ["b", "a"], "{file}");
    for profile in ["a", "b"] {
        let own = home(&orgs, &["--profile", profile, "export"]);
        ok(&own);
        assert_eq!(file["profiles"][profile], stdout_json(&own), "{profile}");
    }
    let disabled = file["profiles"]["a"]["dataSources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] == "disabled")
        .count();
    assert!(disabled > 0, "the seed has a disabled data source");
    assert_eq!(count(&calls(&orgs[2]), "PUT", "/"), 0);

    // --all-profiles selects c too, and the file has no section for it: refused, nothing sent.
    orgs[2].faults(json!({"fail": []}));
    let path = write_file(&orgs, "fleet.json", &file);
    clear_all(&orgs);
    let out = home(&orgs, &["apply", "-f", &path, "--all-profiles", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains(&format!(
            "{path} has no section for profile c: it describes profiles b, a"
        )),
        "{}",
        stderr_text(&out)
    );
    no_request_anywhere(&orgs, "missing section");

    // The round trip over every profile: export, delete everything everywhere, apply, export.
    let out = home(&orgs, &["export", "--all-profiles"]);
    ok(&out);
    let all = stdout_json(&out);
    assert_eq!(sections(&all), ["a", "b", "c"], "the config file's order");
    assert_eq!(all["profiles"]["a"], file["profiles"]["a"]);
    let path = write_file(&orgs, "all.json", &all);
    for (profile, org) in ["a", "b", "c"].iter().zip(&orgs) {
        let out = orgs[0]
            .bare_cmd()
            .args(["--profile", profile, "delete", "-", "--yes"])
            .write_stdin(ids(org).join("\n"))
            .output()
            .unwrap();
        ok(&out);
        assert!(org.data_sources().is_empty());
    }
    clear_all(&orgs);
    let out = home(
        &orgs,
        &[
            "apply",
            "-f",
            &path,
            "--all-profiles",
            "--yes",
            "--parallel",
            "3",
        ],
    );
    ok(&out);
    let records = stdout_json(&out);
    let records = records.as_array().unwrap();
    assert!(
        records.iter().all(|r| r["result"] == "created"),
        "{records:?}"
    );
    for (profile, org) in ["a", "b", "c"].iter().zip(&orgs) {
        let entries = all["profiles"][profile]["dataSources"].as_array().unwrap();
        let disabled = entries.iter().filter(|e| e["status"] == "disabled").count();
        let writes = ds_writes(org);
        let posts = writes.iter().filter(|(m, _)| m == "POST").count();
        assert_eq!(posts, entries.len(), "{profile}: one POST per entry");
        assert_eq!(
            writes.len(),
            entries.len() + disabled,
            "{profile}: and a PUT per disabled entry"
        );
        assert_eq!(
            records.iter().filter(|r| r["profile"] == *profile).count(),
            entries.len()
        );
    }
    let out = home(&orgs, &["export", "--all-profiles"]);
    ok(&out);
    assert_eq!(stdout_json(&out), all, "the same file after the round trip");

    // The second apply of the same file writes nothing anywhere.
    clear_all(&orgs);
    let out = home(&orgs, &["apply", "-f", &path, "--all-profiles", "--prune"]);
    ok(&out);
    for org in &orgs {
        assert_eq!(ds_writes(org), [], "idempotent");
    }
    assert!(
        stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["result"] == "unchanged")
    );
}

#[test]
fn apply_over_profiles_plans_each_confirms_once_and_survives_a_failing_org() {
    let orgs = three_orgs();
    fail_org(&orgs[2]);
    // One organization's file is a template: the same entry for each selected profile.
    let template =
        json!({"dataSources": [{"url": "https://fleet.example/ds", "audience": "fleet"}]});
    let path = write_file(&orgs, "template.json", &template);

    // Off a terminal without --yes: every plan shown, refused once, nothing written.
    let out = home(&orgs, &["apply", "-f", &path, "--profiles", "a,b"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_text(&out);
    assert!(
        err.contains("profile a:\n  + create  https://fleet.example/ds"),
        "{err}"
    );
    assert!(
        err.contains("profile b:\n  + create  https://fleet.example/ds"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "Plan for {path}, profile b: 1 to create, 0 to update"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("Plan for {path}: 2 profile(s): 2 to create")),
        "{err}"
    );
    assert!(
        err.contains("refusing to apply 2 change(s) without confirmation: pass --yes"),
        "{err}"
    );
    for org in &orgs {
        assert_eq!(ds_writes(org), []);
    }

    // --dry-run: every plan line carries its profile; c's failure is an item and the status.
    clear_all(&orgs);
    let out = home(
        &orgs,
        &["apply", "-f", &path, "--profiles", "a,b,c", "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    let plan = stdout_json(&out);
    assert_eq!(plan["summary"]["create"], 2, "{plan}");
    assert_eq!(plan["summary"]["unlisted"], 8, "{plan}");
    assert_eq!(plan["summary"]["profiles"], 3, "{plan}");
    assert_eq!(plan["summary"]["profilesFailed"], 1, "{plan}");
    let items = plan["items"].as_array().unwrap();
    let profiles: Vec<&str> = items
        .iter()
        .map(|i| i["profile"].as_str().unwrap())
        .collect();
    assert_eq!(profiles, ["a", "b", "c"], "{plan}");
    assert_eq!(items[0]["action"], "create");
    assert_eq!(items[0]["fields"]["audience"], "fleet");
    assert_eq!(items[2]["result"], "failed");
    assert!(
        stderr_text(&out).contains("byods: error: profile c: "),
        "{}",
        stderr_text(&out)
    );
    for org in &orgs {
        assert_eq!(ds_writes(org), [], "--dry-run writes nothing");
    }

    // The real run: a and b each get their POST, c fails without stopping them.
    clear_all(&orgs);
    let out = home(
        &orgs,
        &["apply", "-f", &path, "--profiles", "a,b,c", "--yes"],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr_text(&out));
    for org in &orgs[..2] {
        assert_eq!(
            ds_writes(org),
            [("POST".to_string(), "/v1/dataSources".to_string())]
        );
        let created: Vec<Value> = org
            .data_sources()
            .into_iter()
            .filter(|d| d["url"] == "https://fleet.example/ds")
            .collect();
        assert_eq!(created.len(), 1);
        assert_eq!(created[0]["audience"], "fleet");
    }
    assert_eq!(ds_writes(&orgs[2]), []);
    let records = stdout_json(&out);
    let records = records.as_array().unwrap();
    let of = |p: &str| {
        records
            .iter()
            .filter(|r| r["profile"] == p)
            .collect::<Vec<_>>()
    };
    assert_eq!(of("a")[0]["result"], "created");
    assert_eq!(of("b")[0]["result"], "created");
    assert_eq!(of("c").len(), 1);
    assert_eq!(of("c")[0]["result"], "failed");
    assert!(
        stderr_text(&out)
            .contains("applied: 2 created, 0 updated, 0 deleted, 0 unchanged, 1 failed")
    );
    // The table gains a profile column.
    let out = home(
        &orgs,
        &["apply", "-f", &path, "--profiles", "a,b", "-o", "table"],
    );
    ok(&out);
    let table = stdout_text(&out);
    assert!(
        table.lines().next().unwrap().starts_with("PROFILE"),
        "{table}"
    );
    assert!(table.lines().nth(1).unwrap().starts_with("a "), "{table}");
}

#[test]
fn apply_prunes_only_in_the_profiles_selected() {
    let orgs = three_orgs();
    let out = home(&orgs, &["export", "--all-profiles"]);
    ok(&out);
    let mut file = stdout_json(&out);
    // Every section keeps only its first entry.
    for profile in ["a", "b", "c"] {
        file["profiles"][profile]["dataSources"]
            .as_array_mut()
            .unwrap()
            .truncate(1);
    }
    let path = write_file(&orgs, "first.json", &file);
    let before: Vec<usize> = orgs.iter().map(|o| o.data_sources().len()).collect();
    clear_all(&orgs);
    let out = home(
        &orgs,
        &["apply", "-f", &path, "--profiles", "b", "--prune", "--yes"],
    );
    ok(&out);
    assert!(
        stderr_text(&out).contains(&format!("{path}: skipping profile a, c (not selected)")),
        "{}",
        stderr_text(&out)
    );
    let deletes = count(&calls(&orgs[1]), "DELETE", "/v1/dataSources/");
    assert_eq!(deletes, before[1] - 1);
    assert_eq!(ds_writes(&orgs[1]).len(), deletes, "only deletes in b");
    assert_eq!(orgs[1].data_sources().len(), 1);
    for i in [0, 2] {
        assert!(
            orgs[i].requests().is_empty(),
            "not selected: not even listed"
        );
        assert_eq!(orgs[i].data_sources().len(), before[i]);
    }
}

#[test]
fn apply_over_profiles_refuses_bad_files_before_any_request() {
    let orgs = three_orgs();
    let url = "https://a.example/ds";
    let several = json!({"profiles": {
        "a": {"dataSources": [{"url": url}]},
        "b": {"dataSources": [{"url": url}, {"url": "https://b.example", "jwsToken": "x"}]}}});
    let good = json!({"profiles": {
        "a": {"dataSources": [{"url": url}]},
        "b": {"dataSources": [{"url": url}]}}});
    let with_ids =
        json!({"dataSources": [{"url": url}, {"id": "x-1", "url": "https://c.example"}]});
    let cases: Vec<(&str, &Value, Vec<&str>, String)> = vec![
        (
            "a bad entry in a profile's section",
            &several,
            vec!["--all-profiles"],
            "profile b: entry 2 (https://b.example): unknown field 'jwsToken'".into(),
        ),
        (
            "several profiles, none chosen",
            &good,
            vec![],
            "describes profiles a, b: pass --profiles a,b or --all-profiles to choose the \
             organizations to change"
                .into(),
        ),
        (
            "a selected profile without a section",
            &good,
            vec!["--profiles", "a,c"],
            "has no section for profile c: it describes profiles a, b".into(),
        ),
        (
            "a template with ids",
            &with_ids,
            vec!["--profiles", "a,b"],
            "entry 2 (https://c.example): has an id".into(),
        ),
    ];
    for (what, file, flags, needle) in cases {
        let path = write_file(&orgs, "bad.json", file);
        clear_all(&orgs);
        let out = home(
            &orgs,
            &[&["apply", "-f", &path, "--yes"], &flags[..]].concat(),
        );
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr_text(&out));
        assert!(
            stderr_text(&out).contains(&needle),
            "{what}: expected {needle:?} in: {}",
            stderr_text(&out)
        );
        assert!(stdout_text(&out).is_empty(), "{what}");
        no_request_anywhere(&orgs, what);
    }
}

#[test]
fn a_change_failing_in_one_profile_names_it_and_the_others_apply() {
    let orgs = three_orgs();
    orgs[1]
        .faults(json!({"fail": [{"method": "POST", "pathPrefix": "/dataSources", "status": 400}]}));
    let template = json!({"dataSources": [{"url": "https://one.example/ds"}]});
    let path = write_file(&orgs, "one.json", &template);
    let out = home(
        &orgs,
        &["apply", "-f", &path, "--profiles", "a,b,c", "--yes"],
    );
    assert_eq!(out.status.code(), Some(6), "{}", stderr_text(&out));
    assert!(
        stderr_text(&out).contains("byods: error: profile b: entry 1 (https://one.example/ds): "),
        "{}",
        stderr_text(&out)
    );
    let records = stdout_json(&out);
    let results: Vec<(&str, &str)> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["profile"].as_str().unwrap(),
                r["result"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [("a", "created"), ("b", "failed"), ("c", "created")]
    );
    for (i, org) in orgs.iter().enumerate() {
        let created = org
            .data_sources()
            .iter()
            .filter(|d| d["url"] == "https://one.example/ds")
            .count();
        assert_eq!(created, usize::from(i != 1), "org {i}");
    }
}

#[test]
fn a_terminal_sees_every_profiles_plan_and_is_asked_once() {
    let orgs = three_orgs();
    let template = json!({"dataSources": [{"url": "https://tty.example/ds"}]});
    let path = write_file(&orgs, "tty.json", &template);
    clear_all(&orgs);
    let args = ["apply", "-f", &path, "--profiles", "a,c"];
    let (code, output) =
        crate::common::pty::run_bare(&orgs[0], &args, &[("Apply these changes? [y/N]: ", "n")]);
    assert_eq!(code, Some(130), "{output}");
    // Both plans are shown before the one question, each under its profile.
    let question = output.find("Apply these changes?").unwrap();
    for profile in ["a", "c"] {
        let header = output
            .find(&format!("profile {profile}:"))
            .unwrap_or_else(|| panic!("no plan for {profile}: {output}"));
        assert!(header < question, "{output}");
    }
    // Asked once: the driver answers one question, and a second would leave byods waiting.
    assert!(!output.contains("profile b:"), "{output}");
    for org in &orgs {
        assert!(ds_writes(org).is_empty(), "declined: nothing written");
    }
    let (code, output) =
        crate::common::pty::run_bare(&orgs[0], &args, &[("Apply these changes? [y/N]: ", "y")]);
    assert_eq!(code, Some(0), "{output}");
    for (org, written) in orgs.iter().zip([1, 0, 1]) {
        assert_eq!(ds_writes(org).len(), written, "{output}");
    }
}
