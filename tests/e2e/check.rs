//! `byods check`: monitoring-plugin exit codes and output, and its Prometheus textfile, end to end.

use std::collections::HashMap;
use std::os::unix::fs::PermissionsExt;

use crate::common::{self, Env, stderr_text, stdout_json, stdout_text};

// Seeded data sources (see src/sandbox/state.rs), one per schema.
const VVA: &str = "5397013b-7920-4ffc-807c-e8a3e0a18f43"; // active, expires in about 24 h
const FORKING: &str = "523e1b7f-4693-47bc-b84e-a7b7a505fb0b"; // active, expires in about 55 min
const WS_VVA: &str = "a38a10b7-43e4-4676-a076-a7d6dce9387d"; // disabled

fn check(env: &Env, args: &[&str]) -> (i32, String) {
    let out = env.cmd().arg("check").args(args).output().unwrap();
    (out.status.code().unwrap(), stdout_text(&out))
}

#[test]
fn thresholds_map_to_ok_warning_critical() {
    let env = Env::start();
    let (code, text) = check(&env, &["--schema", VVA]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.starts_with("BYODS OK - 1 data source, nearest expiry in "),
        "{text}"
    );
    let (code, text) = check(&env, &["--schema", VVA, "--warn-before", "2d"]);
    assert_eq!(code, 1, "{text}");
    assert!(text.starts_with("BYODS WARNING - 1 data source (0 critical, 1 warning, 0 ok)"));
    let (code, text) = check(
        &env,
        &[
            "--schema",
            VVA,
            "--warn-before",
            "2d",
            "--crit-before",
            "1d",
        ],
    );
    assert_eq!(code, 2, "{text}");
    assert!(text.starts_with("BYODS CRITICAL - "));
    // 55 minutes left of a 2 h token is OK under the default 20%, CRITICAL under an absolute 1h,
    // WARNING under 30m.
    assert_eq!(check(&env, &["--schema", FORKING]).0, 0);
    let absolute = ["--schema", FORKING, "--warn-before", "6h"];
    assert_eq!(
        check(&env, &[&absolute[..], &["--crit-before", "1h"]].concat()).0,
        2
    );
    assert_eq!(
        check(&env, &[&absolute[..], &["--crit-before", "30m"]].concat()).0,
        1
    );
}

#[test]
fn all_seeded_data_sources_give_critical_with_perfdata_and_one_line_each() {
    let env = Env::start();
    let (code, text) = check(&env, &[]);
    assert_eq!(code, 2, "an expired token is CRITICAL");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5, "{text}");
    let (summary, perf) = lines[0].split_once(" | ").unwrap();
    assert!(summary.starts_with(
        "BYODS CRITICAL - 4 data sources (1 critical, 1 warning, 2 ok), expired 2h ago: "
    ));
    let perf: HashMap<&str, &str> = perf
        .split(' ')
        .map(|p| p.split_once('=').unwrap())
        .collect();
    assert_eq!(perf["'datasources'"], "4;;;0");
    assert_eq!(perf["'critical'"], "1;;;0");
    assert_eq!(perf["'warning'"], "1;;;0");
    assert_eq!(perf["'ok'"], "2;;;0");
    let nearest = perf["'nearest_expiry'"];
    // The expired one's own thresholds: 20% and 10% of its 1 h lifetime.
    assert!(nearest.ends_with("s;720:;360:"), "{nearest}");
    assert!(nearest.starts_with('-'));
    // Worst first.
    assert!(lines[1].starts_with("CRITICAL: ") && lines[1].ends_with(", lifetime 1h"));
    assert!(
        lines[2].starts_with("WARNING: ") && lines[2].contains("disabled: Endpoint decommissioned")
    );
    assert!(lines[3].starts_with("OK: ") && lines[4].starts_with("OK: "));
}

#[test]
fn disabled_is_warning_unless_ignored() {
    let env = Env::start();
    let (code, text) = check(&env, &["--schema", WS_VVA]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("disabled"));
    let (code, text) = check(&env, &["--schema", WS_VVA, "--ignore-disabled"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.starts_with("BYODS OK - 0 data sources | "));
}

#[test]
fn failures_are_unknown_exit_3() {
    let env = Env::start();
    let out = env
        .cmd()
        .env("BYODS_TOKEN", "not-a-valid-token")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout_text(&out).starts_with("BYODS UNKNOWN - "),
        "{}",
        stdout_text(&out)
    );
    env.clear_requests();
    for args in [
        ["--warn-before", "soon"],
        ["--crit-before", "30%"], // more than the default --warn-before 20%
    ] {
        let (code, text) = check(&env, &args);
        assert_eq!(code, 3, "{args:?}");
        assert!(text.starts_with("BYODS UNKNOWN - --"), "{text}");
    }
    assert!(env.requests().is_empty(), "bad thresholds send nothing");
    // The API failing is UNKNOWN too, as JSON on request.
    env.faults(serde_json::json!({"fail": [{"pathPrefix": "/dataSources", "status": 401}]}));
    let out = env.cmd().args(["check", "-o", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_text(&out));
    let v = stdout_json(&out);
    assert_eq!(v["state"], "UNKNOWN");
    assert!(v["error"].is_string());
}

#[test]
fn json_output_is_structured() {
    let env = Env::start();
    let out = env.cmd().args(["check", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v = stdout_json(&out);
    assert_eq!(v["state"], "CRITICAL");
    assert_eq!(v["exitCode"], 2);
    assert_eq!(v["summary"]["dataSources"], 4);
    assert_eq!(v["thresholds"]["warnBefore"], "20%");
    assert!(v["thresholds"]["warnSeconds"].is_null());
    let items = v["dataSources"].as_array().unwrap();
    assert!(
        items
            .iter()
            .all(|i| i["id"].is_string() && i["state"].is_string())
    );
}

/// `byods check ARGS` under a umask that would make every new file and directory private: modes
/// that come out readable were set by byods, not inherited.
fn check_under_private_umask(env: &Env, args: &[&str]) -> i32 {
    let out = env
        .cmd_for("sh")
        .args(["-c", "umask 077 && exec \"$0\" check \"$@\""])
        .arg(common::bin())
        .args(args)
        .output()
        .unwrap();
    out.status.code().unwrap()
}

#[test]
fn prometheus_textfile_parses_and_is_world_readable() {
    let env = Env::start();
    let file = env.path().join("textfile/byods.prom");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let code = check_under_private_umask(&env, &["--prometheus", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
    // A directory byods creates for it must let node_exporter (another user) through too.
    let nested = env.path().join("new/dirs/byods.prom");
    check_under_private_umask(&env, &["--prometheus", nested.to_str().unwrap()]);
    for dir in [env.path().join("new"), env.path().join("new/dirs")] {
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o005, 0o005, "{} is {mode:o}", dir.display());
    }
    let text = std::fs::read_to_string(&file).unwrap();
    let samples = parse_exposition(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let expiry: Vec<&Sample> = samples
        .iter()
        .filter(|s| s.name == "byods_datasource_token_expiry_seconds")
        .collect();
    assert_eq!(expiry.len(), 4);
    for s in &expiry {
        assert!(s.labels.contains_key("id") && s.labels.contains_key("audience"));
        assert!(["active", "disabled"].contains(&s.labels["status"].as_str()));
    }
    assert!(
        expiry.iter().any(|s| s.value < 0.0),
        "the expired one is negative"
    );
    let stamps = samples
        .iter()
        .filter(|s| s.name == "byods_datasource_token_expiry_timestamp_seconds")
        .count();
    assert_eq!(stamps, 4);
    let value = |name: &str| samples.iter().find(|s| s.name == name).unwrap().value;
    assert_eq!(value("byods_check_scrape_success"), 1.0);
    assert_eq!(value("byods_check_status"), 2.0);

    // A failed check still rewrites the file, with scrape success 0 and no stale expiries.
    let out = env
        .cmd()
        .env("BYODS_TOKEN", "not-a-valid-token")
        .args(["check", "--prometheus", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = std::fs::read_to_string(&file).unwrap();
    let samples = parse_exposition(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert!(
        samples
            .iter()
            .all(|s| !s.name.starts_with("byods_datasource_"))
    );
    let value = |name: &str| samples.iter().find(|s| s.name == name).unwrap().value;
    assert_eq!(value("byods_check_scrape_success"), 0.0);
    assert_eq!(value("byods_check_status"), 3.0);
}

#[test]
fn the_strict_parser_rejects_malformed_exposition() {
    for bad in [
        "x 1\n",                                           // no TYPE
        "# TYPE x gauge\nx{a=\"b} 1\n",                    // unterminated value
        "# TYPE x gauge\nx{a=\"\\q\"} 1\n",                // bad escape
        "# TYPE x gauge\nx one\n",                         // not a number
        "# TYPE x gauge\nx 1",                             // no final newline
        "# TYPE x gauge\n# TYPE x gauge\nx 1\n",           // duplicate TYPE
        "# TYPE x gauge\nx 1\n# TYPE y gauge\ny 1\nx 2\n", // family not contiguous
        "# TYPE 1x gauge\n1x 1\n",                         // bad name
    ] {
        assert!(parse_exposition(bad).is_err(), "accepted {bad:?}");
    }
    let good = "# HELP x h \\\\ \\n\n# TYPE x gauge\nx{a=\"q\\\"\\\\\\n\",b=\"\"} -1.5e3\nx 2 1700000000\n";
    assert_eq!(parse_exposition(good).unwrap().len(), 2);
}

struct Sample {
    name: String,
    labels: HashMap<String, String>,
    value: f64,
}

fn valid_name(n: &str, colon: bool) -> bool {
    let mut chars = n.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || (colon && c == ':'))
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || (colon && c == ':'))
}

/// A strict parser for the Prometheus text exposition format (0.0.4): HELP/TYPE comments, label
/// escapes (`\\`, `\"`, `\n` only), float values, optional timestamps, contiguous families each
/// declared by TYPE before its samples, a final newline.
fn parse_exposition(text: &str) -> Result<Vec<Sample>, String> {
    if !text.ends_with('\n') {
        return Err("no final newline".into());
    }
    let mut types: HashMap<String, String> = HashMap::new();
    let mut helps: Vec<String> = Vec::new();
    let mut finished: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    let mut samples = Vec::new();
    let mut enter = |family: &str, current: &mut Option<String>| -> Result<(), String> {
        if current.as_deref() != Some(family) {
            if finished.iter().any(|f| f == family) {
                return Err(format!("family {family} is not contiguous"));
            }
            if let Some(c) = current.take() {
                finished.push(c);
            }
            *current = Some(family.to_string());
        }
        Ok(())
    };
    for (n, line) in text.lines().enumerate() {
        let err = |m: &str| format!("line {}: {m}: {line:?}", n + 1);
        if let Some(rest) = line.strip_prefix("# ") {
            let mut parts = rest.splitn(3, ' ');
            match (parts.next(), parts.next(), parts.next()) {
                (Some("TYPE"), Some(name), Some(kind)) => {
                    if !valid_name(name, true) {
                        return Err(err("bad metric name"));
                    }
                    if !["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind) {
                        return Err(err("bad type"));
                    }
                    if types.insert(name.into(), kind.into()).is_some() {
                        return Err(err("duplicate TYPE"));
                    }
                    if samples.iter().any(|s: &Sample| s.name == name) {
                        return Err(err("TYPE after samples"));
                    }
                    enter(name, &mut current)?;
                }
                (Some("HELP"), Some(name), help) => {
                    if !valid_name(name, true) || helps.iter().any(|h| h == name) {
                        return Err(err("bad or duplicate HELP"));
                    }
                    let help = help.unwrap_or("");
                    let mut chars = help.chars();
                    while let Some(c) = chars.next() {
                        if c == '\\' && !matches!(chars.next(), Some('\\' | 'n')) {
                            return Err(err("bad escape in HELP"));
                        }
                    }
                    helps.push(name.into());
                    enter(name, &mut current)?;
                }
                _ => {}
            }
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let name_end = line.find(['{', ' ']).ok_or_else(|| err("no value"))?;
        let name = &line[..name_end];
        if !valid_name(name, true) {
            return Err(err("bad metric name"));
        }
        if !types.contains_key(name) {
            return Err(err("sample without a TYPE"));
        }
        enter(name, &mut current)?;
        let mut rest = &line[name_end..];
        let mut labels = HashMap::new();
        if let Some(after) = rest.strip_prefix('{') {
            let mut chars = after.char_indices().peekable();
            let end;
            loop {
                // label name
                let mut lname = String::new();
                while let Some(&(_, c)) = chars.peek() {
                    if c == '=' || c == '}' {
                        break;
                    }
                    lname.push(c);
                    chars.next();
                }
                match chars.next() {
                    Some((i, '}')) if lname.is_empty() => {
                        end = i;
                        break;
                    }
                    Some((_, '=')) => {}
                    _ => return Err(err("bad label")),
                }
                if !valid_name(&lname, false) {
                    return Err(err("bad label name"));
                }
                if chars.next().map(|x| x.1) != Some('"') {
                    return Err(err("label value not quoted"));
                }
                let mut value = String::new();
                loop {
                    match chars.next().map(|x| x.1) {
                        Some('\\') => match chars.next().map(|x| x.1) {
                            Some('\\') => value.push('\\'),
                            Some('"') => value.push('"'),
                            Some('n') => value.push('\n'),
                            _ => return Err(err("bad escape in label value")),
                        },
                        Some('"') => break,
                        Some(c) => value.push(c),
                        None => return Err(err("unterminated label value")),
                    }
                }
                if labels.insert(lname, value).is_some() {
                    return Err(err("duplicate label"));
                }
                match chars.next() {
                    Some((_, ',')) => continue,
                    Some((i, '}')) => {
                        end = i;
                        break;
                    }
                    _ => return Err(err("expected , or }")),
                }
            }
            rest = &after[end + 1..];
        }
        let rest = rest
            .strip_prefix(' ')
            .ok_or_else(|| err("no space before value"))?;
        let mut fields = rest.split(' ');
        let value_text = fields.next().unwrap_or("");
        let value = match value_text {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            "NaN" => f64::NAN,
            t => t.parse::<f64>().map_err(|_| err("value is not a number"))?,
        };
        if let Some(ts) = fields.next()
            && ts.parse::<i64>().is_err()
        {
            return Err(err("bad timestamp"));
        }
        if fields.next().is_some() {
            return Err(err("trailing fields"));
        }
        samples.push(Sample {
            name: name.into(),
            labels,
            value,
        });
    }
    Ok(samples)
}

#[test]
fn an_unwritable_metrics_file_is_unknown_in_every_format() {
    let env = Env::start();
    let blocker = env.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let target = blocker.join("byods.prom");
    let (code, text) = check(&env, &["--prometheus", target.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(text.starts_with("BYODS UNKNOWN - "), "{text}");
    let (code, text) = check(&env, &["--prometheus", target.to_str().unwrap(), "--json"]);
    assert_eq!(code, 3);
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(v["state"], "UNKNOWN");
    assert!(v["error"].as_str().unwrap().contains("byods.prom"));
}
