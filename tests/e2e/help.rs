//! Help that teaches and completion that knows the data (issue 10 §2, §3): an Examples block in
//! every help page, the man pages' own sections, the README's install steps run in a fresh HOME,
//! and each shell's completion function driven as the shell drives it.

use crate::common::{self, Env, stdout_text};

use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output};

/// Every command path, read off the pages `byods man DIR` writes (byods-config-set.1 is
/// "config set"; no command name has a hyphen).
fn command_paths() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let status = StdCommand::new(common::bin())
        .arg("man")
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(status.success());
    let mut paths: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .map(|name| {
            let stem = name
                .strip_suffix(".1")
                .expect("a section 1 page")
                .to_string();
            stem.trim_start_matches("byods")
                .trim_start_matches('-')
                .replace('-', " ")
        })
        .collect();
    paths.sort();
    assert!(paths.len() > 30, "{paths:?}");
    paths
}

fn help(path: &str, flag: &str) -> String {
    let out = StdCommand::new(common::bin())
        .args(path.split_whitespace())
        .arg(flag)
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    assert!(out.status.success(), "byods {path} {flag}");
    stdout_text(&out)
}

#[test]
fn every_command_help_ends_with_examples() {
    for path in command_paths() {
        for flag in ["--help", "-h"] {
            let text = help(&path, flag);
            let at = text
                .rfind("\nExamples:\n")
                .unwrap_or_else(|| panic!("byods {path} {flag} has no Examples:\n{text}"));
            let examples: Vec<&str> = text[at..].lines().skip(2).collect();
            assert!(
                (2..=6).contains(&examples.len()),
                "byods {path} {flag}: 2-4 examples at the end, got {examples:?}"
            );
            assert!(
                examples.iter().all(|l| l.starts_with("  ")),
                "byods {path} {flag}: examples are indented lines: {examples:?}"
            );
            assert!(
                examples.iter().any(|l| l.contains("byods")),
                "byods {path} {flag}: {examples:?}"
            );
        }
    }
}

#[test]
fn every_man_page_has_exit_status_environment_and_examples() {
    let dir = tempfile::tempdir().unwrap();
    common::isolated_cmd(dir.path())
        .arg("man")
        .arg(dir.path().join("man"))
        .assert()
        .success();
    for entry in std::fs::read_dir(dir.path().join("man")).unwrap() {
        let path = entry.unwrap().path();
        let page = std::fs::read_to_string(&path).unwrap();
        for section in [
            ".SH \"EXIT STATUS\"",
            ".SH \"ENVIRONMENT\"",
            ".SH \"EXAMPLES\"",
        ] {
            assert!(page.contains(section), "{} lacks {section}", path.display());
        }
    }
    let extend = std::fs::read_to_string(dir.path().join("man/byods-extend.1")).unwrap();
    for rule in ["LOCKING", "locks/", "exit 8", "lock\\-wait", "Success:"] {
        assert!(extend.contains(rule), "byods-extend.1 lacks {rule}");
    }
    let check = std::fs::read_to_string(dir.path().join("man/byods-check.1")).unwrap();
    let status = &check[check.find(".SH \"EXIT STATUS\"").unwrap()..];
    assert!(
        status.contains("CRITICAL") && status.contains("UNKNOWN"),
        "check's page gives its own exit statuses"
    );
}

#[test]
fn global_options_are_listed_apart_from_the_command_s_own() {
    let text = help("extend", "--help");
    let own = text.find("\nOptions:\n").expect("the command's options");
    let global = text
        .find("\nGlobal options:\n")
        .expect("a Global options heading");
    assert!(own < global);
    let own_block = &text[own..global];
    // `--profiles` (several organizations) is extend's own; `--profile NAME` is global.
    assert!(own_block.contains("--lock-wait") && !own_block.contains("--profile <"));
    assert!(text[global..].contains("--profile") && text[global..].contains("--sandbox"));
}

#[test]
fn update_and_check_help_say_what_they_do() {
    let update = help("update", "--help");
    assert!(
        !update.contains("register"),
        "update's help talks about register:\n{update}"
    );
    assert!(update.contains("[default: the current one]"));
    let register = help("register", "--help");
    assert!(register.contains("required") && register.contains("[default: BYODS]"));
    let check = help("check", "--help");
    assert!(
        !check.contains("json otherwise"),
        "check prints plugin text, not JSON, when piped"
    );
    assert!(check.contains("plain text"));
}

#[test]
fn hand_wrapped_help_fits_100_columns() {
    // clap re-wraps at the terminal's width (at most 100) without keeping indentation: a longer
    // hand-wrapped line breaks mid-list (as `token --help` did). A paragraph on one line is fine.
    for path in command_paths() {
        let wide = help_at(&path, "10000");
        // The closing text: from the first unindented line after the last option.
        let options = wide
            .rfind("Global options:")
            .or(wide.rfind("Options:"))
            .unwrap();
        let tail: Vec<&str> = wide[options..]
            .lines()
            .skip(1)
            .skip_while(|l| l.is_empty() || l.starts_with(' '))
            .collect();
        for (i, line) in tail.iter().enumerate() {
            let alone = (i == 0 || tail[i - 1].is_empty())
                && tail.get(i + 1).is_none_or(|next| next.is_empty());
            assert!(
                line.chars().count() <= 100 || (alone && !line.starts_with(' ')),
                "byods {path} --help: a hand-wrapped line over 100 columns: {line}"
            );
        }
    }
}

fn help_at(path: &str, columns: &str) -> String {
    let out = StdCommand::new(common::bin())
        .args(path.split_whitespace())
        .arg("--help")
        .env("COLUMNS", columns)
        .output()
        .unwrap();
    stdout_text(&out)
}

/// The fenced block after the README's "run as written" marker.
fn readme_install_lines() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let marker = readme
        .find("tests/e2e/help.rs")
        .expect("the README marks its install block");
    let block = &readme[marker..];
    let start = block.find("```sh\n").unwrap() + "```sh\n".len();
    let end = start + block[start..].find("```").unwrap();
    block[start..end].lines().map(str::to_string).collect()
}

fn path_with_byods() -> String {
    let bin_dir = common::bin().parent().unwrap().to_path_buf();
    format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn have(tool: &str) -> bool {
    StdCommand::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn readme_install_steps_work_in_a_fresh_home() {
    let home = tempfile::tempdir().unwrap();
    let lines: Vec<String> = readme_install_lines()
        .into_iter()
        .filter(|l| !l.starts_with("cargo install"))
        .filter(|l| have("man") || !l.starts_with("man "))
        .collect();
    assert!(lines.iter().any(|l| l.starts_with("man ")) || !have("man"));
    let script = format!("set -eu\n{}\n", lines.join("\n"));
    let out = StdCommand::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", path_with_byods())
        .env("MANPAGER", "cat")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "README install steps failed: {}",
        common::stderr_text(&out)
    );
    let home = home.path();
    for file in [
        ".local/share/bash-completion/completions/byods",
        ".zfunc/_byods",
        ".config/fish/completions/byods.fish",
        ".local/share/man/man1/byods.1",
        ".local/share/man/man1/byods-extend.1",
    ] {
        assert!(home.join(file).is_file(), "{file} was not written");
    }
    if have("man") {
        let page = stdout_text(&out);
        assert!(
            page.contains("EXIT STATUS") && page.contains("--lock-wait"),
            "man -M showed no byods-extend page: {page}"
        );
    } else {
        common::skip("man is not installed: the README's man step was not run");
    }
}

/// An isolated sandbox whose data sources the completion cache was filled with by `ls`.
fn listed_env() -> Env {
    let env = Env::start();
    env.cmd().args(["ls", "-o", "json"]).assert().success();
    env
}

fn script(env: &Env, shell: &str) -> PathBuf {
    let out = env.cmd().args(["completions", shell]).output().unwrap();
    assert!(out.status.success());
    let path = env.path().join(format!("completion.{shell}"));
    std::fs::write(&path, &out.stdout).unwrap();
    path
}

fn quote(word: &str) -> String {
    format!("'{word}'")
}

/// Runs bash's completion function as bash does on TAB after `words` (the last is the word being
/// completed); returns COMPREPLY.
fn bash_complete(env: &Env, words: &[&str]) -> (Vec<String>, Output) {
    let script = script(env, "bash");
    let cword = words.len() - 1;
    let program = format!(
        "source {}; COMP_WORDS=({}); COMP_CWORD={cword}; COMP_TYPE=9; \
         _clap_complete_byods byods {} {}; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        words.iter().map(|w| quote(w)).collect::<Vec<_>>().join(" "),
        quote(words[cword]),
        quote(words[cword - 1]),
    );
    let out = env
        .cmd_for("bash")
        .env("PATH", path_with_byods())
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .unwrap();
    let lines = stdout_text(&out).lines().map(str::to_string).collect();
    (lines, out)
}

fn ids(env: &Env) -> Vec<String> {
    env.data_sources()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn bash_completes_data_source_ids_from_the_cache_without_a_request() {
    let env = listed_env();
    let ids = ids(&env);
    env.clear_requests();
    for command in ["get", "update", "extend", "delete"] {
        let (offered, out) = bash_complete(&env, &["byods", command, ""]);
        for id in &ids {
            assert!(offered.contains(id), "{command}: {id} not in {offered:?}");
        }
        assert!(out.stderr.is_empty(), "completion wrote to the terminal");
    }
    let first = &ids[0];
    let (offered, _) = bash_complete(&env, &["byods", "get", &first[..6]]);
    assert_eq!(offered, vec![first.clone()], "the typed prefix narrows");
    assert!(
        env.requests().is_empty(),
        "a fresh cache must not touch the API: {:?}",
        env.requests()
    );
}

#[test]
fn bash_completes_keys_profiles_schemas_regions_and_formats() {
    let env = listed_env();
    env.cmd()
        .args(["--profile", "prod", "config", "set", "clientId", "C1"])
        .assert()
        .success();
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["byods", "config", "set", "cl"],
            &["clientId", "clientSecret"],
        ),
        (&["byods", "config", "get", "target"], &["targetOrgId"]),
        (&["byods", "--profile", ""], &["prod"]),
        (
            &["byods", "ls", "--schema", "Voice"],
            &["VoiceVirtualAgent/gRPC", "VoiceVirtualAgent/WebSocket"],
        ),
        (
            &["byods", "schemas", "5397"],
            &["5397013b-7920-4ffc-807c-e8a3e0a18f43"],
        ),
        (
            &["byods", "doctor", "--region", "integ"],
            &["integration", "integration-eu"],
        ),
        (
            &["byods", "ls", "-o", ""],
            &["json", "ndjson", "table", "wide"],
        ),
        (&["byods", "conf"], &["config"]),
    ];
    for (words, want) in cases {
        let (offered, _) = bash_complete(&env, words);
        assert_eq!(&offered, want, "completing {words:?}");
    }
}

/// Makes the cache of the default profile look listed long ago, with one made-up id.
fn age_cache(env: &Env) {
    let path = env.path().join("cache/completion/default.json");
    let mut cache: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    cache["dataSources"]["at"] = 0.into();
    cache["dataSources"]["items"] = serde_json::json!([["stale-id", "https://old.example"]]);
    std::fs::write(&path, cache.to_string()).unwrap();
}

#[test]
fn a_stale_cache_is_refreshed_by_one_listing() {
    let env = listed_env();
    let ids = ids(&env);
    age_cache(&env);
    env.clear_requests();
    let (offered, _) = bash_complete(&env, &["byods", "get", ""]);
    assert!(!offered.contains(&"stale-id".to_string()), "{offered:?}");
    assert!(offered.contains(&ids[0]), "{offered:?}");
    let lists = env
        .requests()
        .iter()
        .filter(|r| r["method"] == "GET" && r["path"].as_str().unwrap().ends_with("/dataSources"))
        .count();
    assert_eq!(lists, 1, "{:?}", env.requests());
}

#[test]
fn a_slow_api_leaves_the_stale_entries_rather_than_blocking() {
    // Every answer takes a minute: the refresh cannot finish within its budget.
    let env = Env::start_with(&["--latency-ms", "60000"]);
    let cache_dir = env.path().join("cache/completion");
    std::fs::create_dir_all(&cache_dir).unwrap();
    let cache = serde_json::json!({
        "baseUrl": env.base_url,
        "dataSources": {"at": 0, "items": [["stale-id", "https://old.example"]]},
    });
    std::fs::write(cache_dir.join("default.json"), cache.to_string()).unwrap();
    let (offered, out) = bash_complete(&env, &["byods", "get", ""]);
    assert!(out.status.success());
    assert!(
        offered.contains(&"stale-id".to_string()),
        "the stale entries are offered when the listing is slow: {offered:?}"
    );
}

#[test]
fn completion_without_credentials_offers_nothing_and_stays_quiet() {
    let env = Env::start();
    let script = script(&env, "bash");
    let program = format!(
        "source {}; COMP_WORDS=(byods get ''); COMP_CWORD=2; \
         _clap_complete_byods byods '' get; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    // No token and no config: the credential chain has nothing, and must not ask.
    let out = env
        .cmd_for("bash")
        .env_remove("BYODS_TOKEN")
        .env("PATH", path_with_byods())
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", common::stderr_text(&out));
    assert!(
        stdout_text(&out).lines().all(|l| l.starts_with("--")),
        "only flags without ids: {}",
        stdout_text(&out)
    );
}

#[test]
fn zsh_completion_function_offers_ids_with_their_urls() {
    if !have("zsh") {
        return common::skip("zsh is not installed");
    }
    let env = listed_env();
    let script = script(&env, "zsh");
    // compdef and _describe belong to compinit: stand-ins that print what the function offers.
    let program = format!(
        "compdef() {{ :; }}; _describe() {{ print -rl -- \"${{(@P)3}}\"; }}; source {}; \
         words=(byods get ''); CURRENT=3; _clap_dynamic_completer_byods",
        script.display()
    );
    let out = env
        .cmd_for("zsh")
        .env("PATH", path_with_byods())
        .args(["-f", "-c", &program])
        .output()
        .unwrap();
    let offered = stdout_text(&out);
    let ds = &env.data_sources()[0];
    let want = format!(
        "{}:{}",
        ds["id"].as_str().unwrap(),
        ds["url"].as_str().unwrap()
    );
    assert!(offered.lines().any(|l| l == want), "{want} in {offered}");
}

#[test]
fn fish_completion_offers_ids_with_their_urls() {
    if !have("fish") {
        return common::skip("fish is not installed");
    }
    let env = listed_env();
    let script = script(&env, "fish");
    let program = format!(
        "source {}; complete -C 'byods extend '; complete -C 'byods config set client'",
        script.display()
    );
    let out = env
        .cmd_for("fish")
        .env("PATH", path_with_byods())
        .args(["--no-config", "-c", &program])
        .output()
        .unwrap();
    let offered = stdout_text(&out);
    let ds = &env.data_sources()[0];
    let want = format!(
        "{}\t{}",
        ds["id"].as_str().unwrap(),
        ds["url"].as_str().unwrap()
    );
    assert!(offered.lines().any(|l| l == want), "{want} in {offered}");
    assert!(
        offered.lines().any(|l| l.starts_with("clientSecret\t")),
        "{offered}"
    );
}
