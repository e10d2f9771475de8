//! Parse tests for every command: each flag lands in the settings it should, and bad values are
//! refused by the parser (exit 2, before anything runs).

use clap::Parser;
use clap::error::ErrorKind;

use super::*;

fn parse(args: &[&str]) -> Cli {
    let argv = std::iter::once("byods").chain(args.iter().copied());
    match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => panic!("{args:?} should parse: {e}"),
    }
}

/// The parser refuses `args`; returns its message.
fn refused(args: &[&str]) -> String {
    let argv = std::iter::once("byods").chain(args.iter().copied());
    match Cli::try_parse_from(argv) {
        Ok(cli) => panic!("{args:?} should be refused, parsed as {cli:?}"),
        Err(e) => {
            assert_eq!(e.exit_code(), 2, "{args:?}: {e}");
            e.to_string()
        }
    }
}

#[test]
fn the_definition_is_consistent() {
    use clap::CommandFactory;
    Cli::command().debug_assert();
}

#[test]
fn global_flags() {
    let cli = parse(&[
        "--profile",
        "p",
        "--base-url",
        "http://127.0.0.1:1/v1",
        "-o",
        "ndjson",
        "--jq",
        ".[]",
        "-q",
        "-v",
        "--timeout",
        "9",
        "--color",
        "never",
        "--no-input",
        "--sandbox",
        "--token-file",
        "t",
        "--store",
        "env:",
        "ls",
    ]);
    let g = &cli.global;
    assert_eq!(g.profile.as_deref(), Some("p"));
    assert_eq!(g.base_url.as_deref(), Some("http://127.0.0.1:1/v1"));
    assert_eq!(g.output, Some(OutputFormat::Ndjson));
    assert_eq!(g.jq.as_deref(), Some(".[]"));
    assert!(g.quiet && g.verbose && g.no_input && g.sandbox);
    assert_eq!(g.timeout, Some(9));
    assert_eq!(g.color, ColorChoice::Never);
    assert_eq!(g.token_file.as_deref(), Some(std::path::Path::new("t")));
    assert_eq!(g.store.as_deref(), Some("env:"));
    let ui = g.ui_settings();
    assert_eq!(ui.format, Some(OutputFormat::Ndjson));
    assert!(ui.quiet && ui.verbose && ui.no_input);
    // Global flags go after the subcommand too; --json wins over -o.
    let cli = parse(&["-o", "table", "ls", "--json"]);
    assert!(cli.global.json);
    assert_eq!(cli.global.ui_settings().format, Some(OutputFormat::Json));
    assert!(refused(&["-o", "yaml", "ls"]).contains("invalid value 'yaml'"));
    assert!(refused(&["--color", "sometimes", "ls"]).contains("invalid value"));
    assert!(refused(&["--timeout", "soon", "ls"]).contains("invalid value 'soon'"));
}

#[test]
fn ls_and_list() {
    let Command::Ls(a) = parse(&[
        "list",
        "--status",
        "disabled",
        "--schema",
        "s",
        "--expiring-within",
        "1h30m",
    ])
    .command
    else {
        panic!("ls")
    };
    assert_eq!(a.filters.status, Some(Status::Disabled));
    assert_eq!(a.filters.schema.as_deref(), Some("s"));
    assert_eq!(a.expiring_within, Some(5400));
    assert!(refused(&["ls", "--expiring-within", "soon"]).contains("invalid duration 'soon'"));
    assert!(refused(&["ls", "--status", "paused"]).contains("invalid value 'paused'"));
}

#[test]
fn get_and_schemas() {
    let Command::Get(a) = parse(&["get", "a", "-"]).command else {
        panic!("get")
    };
    assert_eq!(a.ids, ["a", "-"]);
    assert!(refused(&["get"]).contains("required"));
    let Command::Schemas(a) = parse(&["schemas", "x"]).command else {
        panic!("schemas")
    };
    assert_eq!(a.id.as_deref(), Some("x"));
}

#[test]
fn register() {
    let Command::Register(a) = parse(&[
        "register",
        "--url",
        "https://x.example/ds",
        "--schema",
        "s",
        "--audience",
        "aud",
        "--subject",
        "sub",
        "--nonce",
        "n",
        "--lifetime",
        "60",
        "--from",
        "f.json",
        "--allow-duplicate",
        "-y",
        "--dry-run",
        "--no-log",
    ])
    .command
    else {
        panic!("register")
    };
    assert_eq!(
        a.fields.fields(),
        crate::mutation::Fields {
            url: Some("https://x.example/ds".into()),
            schema: Some("s".into()),
            audience: Some("aud".into()),
            subject: Some("sub".into()),
            nonce: Some("n".into()),
            lifetime: Some(60),
        }
    );
    assert_eq!(a.from.as_deref(), Some(std::path::Path::new("f.json")));
    assert!(a.allow_duplicate && a.yes && a.write.dry_run && a.write.no_log && !a.skeleton);
    for bad in ["0", "1441", "1.5", "x"] {
        assert!(refused(&["register", "--lifetime", bad]).contains("not a token lifetime"));
    }
    assert!(refused(&["register", "--skeleton", "--from", "f"]).contains("cannot be used"));
    assert!(refused(&["register", "--skeleton", "--dry-run"]).contains("cannot be used"));
}

#[test]
fn update() {
    let Command::Update(a) = parse(&[
        "update",
        "id1",
        "--status",
        "disabled",
        "--error-message",
        "why",
        "--lifetime",
        "1440",
        "--from",
        "-",
        "--yes",
    ])
    .command
    else {
        panic!("update")
    };
    assert_eq!(a.id, "id1");
    assert_eq!(a.status, Some(Status::Disabled));
    assert_eq!(a.error_message.as_deref(), Some("why"));
    assert_eq!(a.fields.fields().lifetime, Some(1440));
    assert!(a.yes && !a.write.dry_run);
    assert!(refused(&["update"]).contains("required"));
    assert!(refused(&["update", "x", "--status", "paused"]).contains("invalid value"));
}

#[test]
fn extend() {
    let Command::Extend(a) = parse(&[
        "extend",
        "--all",
        "--status",
        "active",
        "--if-expiring-within",
        "6h",
        "--lifetime",
        "120",
        "--parallel",
        "32",
    ])
    .command
    else {
        panic!("extend")
    };
    assert!(a.all && a.ids.is_empty());
    assert_eq!(a.filters.status, Some(Status::Active));
    assert_eq!(a.if_expiring_within, Some(6 * 3600));
    assert_eq!(a.lifetime, Some(120));
    assert_eq!(a.parallel, 32);
    let Command::Extend(a) = parse(&["extend", "a", "b"]).command else {
        panic!("extend")
    };
    assert_eq!(
        (a.ids.len(), a.parallel, a.if_expiring_within),
        (2, 4, None)
    );
    assert!(refused(&["extend", "a", "--all"]).contains("cannot be used"));
    assert!(refused(&["extend", "--all", "--parallel", "0"]).contains("invalid value '0'"));
    assert!(refused(&["extend", "--all", "--parallel", "33"]).contains("invalid value '33'"));
    assert!(
        refused(&["extend", "--all", "--if-expiring-within", "5x"]).contains("invalid duration")
    );
}

#[test]
fn delete_and_log() {
    let Command::Delete(a) = parse(&["delete", "a", "-y", "--no-log"]).command else {
        panic!("delete")
    };
    assert_eq!(a.ids, ["a"]);
    assert!(a.yes && a.write.no_log);
    assert!(refused(&["delete"]).contains("required"));
    let Command::Log(a) = parse(&["log", "--since", "7d", "--operation", "extend"]).command else {
        panic!("log")
    };
    assert_eq!(a.since, Some(7 * 86_400));
    assert_eq!(a.operation, Some(Operation::Extend));
    assert!(refused(&["log", "--since", "yesterday"]).contains("invalid duration"));
    assert!(refused(&["log", "--operation", "create"]).contains("invalid value"));
}

#[test]
fn check() {
    let Command::Check(a) = parse(&["check"]).command else {
        panic!("check")
    };
    // Thresholds stay text: a bad one is the check's own UNKNOWN (exit 3), not a usage error.
    assert_eq!(
        (a.warn_before.as_str(), a.crit_before.as_str()),
        ("20%", "10%")
    );
    let Command::Check(a) = parse(&[
        "check",
        "--warn-before",
        "soon",
        "--ignore-disabled",
        "--prometheus",
        "m.prom",
    ])
    .command
    else {
        panic!("check")
    };
    assert_eq!(a.warn_before, "soon");
    assert!(a.ignore_disabled);
    assert_eq!(
        a.prometheus.as_deref(),
        Some(std::path::Path::new("m.prom"))
    );
}

#[test]
fn jwt() {
    let Command::Jwt(JwtArgs {
        command: JwtCommand::Decode(a),
    }) = parse(&["jwt", "decode", "a.b.c"]).command
    else {
        panic!("jwt decode")
    };
    assert_eq!(a.token.as_deref(), Some("a.b.c"));
    let Command::Jwt(JwtArgs {
        command: JwtCommand::Verify(a),
    }) = parse(&[
        "jwt",
        "verify",
        "-",
        "--region",
        "us,eu",
        "--region",
        "ca",
        "--issuer",
        "https://i.example/idb",
        "--jwks",
        "k.json",
        "--jwks-ttl",
        "10m",
        "--no-cache",
        "--leeway",
        "0",
        "--aud",
        "A",
        "--sub",
        "S",
        "--url",
        "U",
        "--schema",
        "SC",
        "--org",
        "O",
        "--data-source",
        "D",
    ])
    .command
    else {
        panic!("jwt verify")
    };
    assert_eq!(a.region, ["us", "eu", "ca"]);
    assert_eq!(a.issuer, ["https://i.example/idb"]);
    assert_eq!((a.jwks_ttl, a.leeway, a.no_cache), (600, 0, true));
    assert_eq!(
        [&a.aud, &a.sub, &a.url, &a.schema, &a.org, &a.data_source].map(|v| v.as_deref()),
        [
            Some("A"),
            Some("S"),
            Some("U"),
            Some("SC"),
            Some("O"),
            Some("D")
        ]
    );
    let Command::Jwt(JwtArgs {
        command: JwtCommand::Verify(a),
    }) = parse(&["jwt", "verify"]).command
    else {
        panic!("jwt verify")
    };
    assert_eq!((a.jwks_ttl, a.leeway), (3600, 60));
    assert!(refused(&["jwt", "verify", "--leeway", "soon"]).contains("invalid duration 'soon'"));
    assert!(refused(&["jwt", "verify", "--jwks-ttl", "1y"]).contains("invalid duration"));
    let e = Cli::try_parse_from(["byods", "jwt"]).unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
}

#[test]
fn auth() {
    let Command::Auth(AuthArgs {
        command: AuthCommand::Login(a),
    }) = parse(&[
        "auth",
        "login",
        "--no-browser",
        "--port",
        "0",
        "--wait",
        "5",
    ])
    .command
    else {
        panic!("auth login")
    };
    assert!(a.no_browser && !a.with_token && !a.device);
    assert_eq!((a.port, a.wait), (Some(0), 5));
    let Command::Auth(AuthArgs {
        command: AuthCommand::Login(a),
    }) = parse(&["auth", "login"]).command
    else {
        panic!("auth login")
    };
    assert_eq!((a.port, a.wait), (None, 300));
    assert!(matches!(
        parse(&["auth", "status"]).command,
        Command::Auth(AuthArgs {
            command: AuthCommand::Status
        })
    ));
    let Command::Auth(AuthArgs {
        command: AuthCommand::Logout(a),
    }) = parse(&["auth", "logout", "--all"]).command
    else {
        panic!("auth logout")
    };
    assert!(a.all);
    assert!(refused(&["auth", "login", "--with-token", "--port", "1"]).contains("cannot be used"));
    assert!(refused(&["auth", "login", "--device", "--port", "1"]).contains("cannot be used"));
    assert!(refused(&["auth", "login", "--port", "70000"]).contains("invalid value '70000'"));
}

#[test]
fn token() {
    for (verb, expected) in [
        ("print", TokenCommand::Print),
        ("refresh", TokenCommand::Refresh),
        ("status", TokenCommand::Status),
    ] {
        let Command::Token(TokenArgs { command }) = parse(&["token", verb]).command else {
            panic!("token {verb}")
        };
        assert_eq!(
            std::mem::discriminant(&command),
            std::mem::discriminant(&expected)
        );
    }
    assert!(refused(&["token", "show"]).contains("unrecognized subcommand"));
}

#[test]
fn config() {
    let Command::Config(ConfigArgs {
        command: ConfigCommand::Set(a),
    }) = parse(&["config", "set", "clientSecret", "-"]).command
    else {
        panic!("config set")
    };
    assert_eq!((a.key.as_str(), a.value.as_str()), ("clientSecret", "-"));
    for verb in ["get", "unset"] {
        let Command::Config(ConfigArgs { command }) = parse(&["config", verb, "k"]).command else {
            panic!("config {verb}")
        };
        match command {
            ConfigCommand::Get(a) | ConfigCommand::Unset(a) => assert_eq!(a.key, "k"),
            other => panic!("config {verb}: {other:?}"),
        }
    }
    assert!(matches!(
        parse(&["config", "list"]).command,
        Command::Config(ConfigArgs {
            command: ConfigCommand::List
        })
    ));
    assert!(matches!(
        parse(&["config", "path"]).command,
        Command::Config(ConfigArgs {
            command: ConfigCommand::Path
        })
    ));
    let Command::Config(ConfigArgs {
        command: ConfigCommand::Import(a),
    }) = parse(&["config", "import", "-"]).command
    else {
        panic!("config import")
    };
    assert_eq!(a.file, std::path::Path::new("-"));
    assert!(refused(&["config", "set", "k"]).contains("required"));
}

#[test]
fn sandbox() {
    let Command::Sandbox(a) = parse(&["sandbox"]).command else {
        panic!("sandbox")
    };
    assert_eq!(
        (a.addr.as_str(), a.workers, a.latency_ms, a.retry_after),
        ("127.0.0.1:8765", 4, 0, 1)
    );
    assert_eq!(a.error_rate, 0.0);
    let Command::Sandbox(a) = parse(&[
        "sandbox",
        "--addr",
        "127.0.0.1:0",
        "--state",
        "s.json",
        "--reset",
        "--workers",
        "2",
        "--latency-ms",
        "5",
        "--rate-limit-every",
        "3",
        "--retry-after",
        "2",
        "--error-rate",
        "0.5",
        "--access-token-lifetime",
        "60",
        "--rotate-refresh-tokens",
        "--page-size",
        "10",
    ])
    .command
    else {
        panic!("sandbox")
    };
    assert!(a.reset && a.rotate_refresh_tokens);
    assert_eq!(
        (a.workers, a.latency_ms, a.rate_limit_every, a.retry_after),
        (2, 5, Some(3), 2)
    );
    assert_eq!(
        (a.access_token_lifetime, a.page_size, a.error_rate),
        (Some(60), Some(10), 0.5)
    );
    assert!(refused(&["sandbox", "--workers", "many"]).contains("invalid value 'many'"));
}

#[test]
fn completions_and_man() {
    let Command::Completions(a) = parse(&["completions", "zsh"]).command else {
        panic!("completions")
    };
    assert_eq!(a.shell, clap_complete::Shell::Zsh);
    assert!(refused(&["completions", "cmd.exe"]).contains("invalid value"));
    let Command::Man(a) = parse(&["man", "out"]).command else {
        panic!("man")
    };
    assert_eq!(a.dir.as_deref(), Some(std::path::Path::new("out")));
    assert!(refused(&["frobnicate"]).contains("unrecognized subcommand"));
}

#[test]
fn export_and_apply() {
    let Command::Export(a) = parse(&["export", "--with-ids"]).command else {
        panic!("export")
    };
    assert!(a.with_ids);
    let Command::Apply(a) = parse(&[
        "apply",
        "-f",
        "-",
        "--prune",
        "-y",
        "--dry-run",
        "--parallel",
        "8",
        "--no-log",
    ])
    .command
    else {
        panic!("apply")
    };
    assert_eq!(a.file, std::path::Path::new("-"));
    assert!(a.prune && a.yes && a.dry_run && a.no_log);
    assert_eq!(a.parallel, 8);
    let Command::Apply(a) = parse(&["apply", "--file", "x.json"]).command else {
        panic!("apply")
    };
    assert!(!a.prune && !a.yes && !a.dry_run);
    assert_eq!(a.parallel, 4);
    assert!(refused(&["apply"]).contains("--file"));
    assert!(refused(&["apply", "-f", "x", "--parallel", "0"]).contains("invalid value"));
}

#[test]
fn menu_takes_no_arguments() {
    assert!(matches!(parse(&["menu"]).command, Command::Menu));
    assert!(matches!(
        parse(&["--sandbox", "menu"]).command,
        Command::Menu
    ));
    assert!(refused(&["menu", "x"]).contains("unexpected argument"));
}

#[test]
fn output_and_habit_flags() {
    let cli = parse(&["ls", "-o", "wide", "--no-headers"]);
    assert_eq!(cli.global.output, Some(OutputFormat::Wide));
    assert!(cli.global.no_headers);
    assert!(matches!(
        parse(&["auth", "token"]).command,
        Command::Auth(AuthArgs {
            command: AuthCommand::Token
        })
    ));
    assert!(matches!(
        parse(&["config", "profiles"]).command,
        Command::Config(ConfigArgs {
            command: ConfigCommand::Profiles
        })
    ));
    match parse(&["log", "--all-profiles"]).command {
        Command::Log(args) => assert!(args.all_profiles),
        other => panic!("{other:?}"),
    }
}
