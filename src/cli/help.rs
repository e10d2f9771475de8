//! Help that teaches: an Examples block for every command, kept in one table so `--help`, the man
//! pages and the README can be checked against it. `command()` is the clap definition with these
//! added; `main.rs`, `byods man` and `byods completions` all use it.

use clap::{Command, CommandFactory};

use super::Cli;

/// Examples per command, by its path below `byods` ("" is `byods` itself). Each is shown under an
/// "Examples:" heading at the end of `-h` and `--help`, and as the EXAMPLES section of its man page.
/// Lines stay within 80 columns: clap re-wraps longer ones without keeping their indentation.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "",
        "  byods --sandbox ls                      # try it against the built-in emulator
  byods config import token-config.json   # take over the original tool's settings
  byods extend --all --if-expiring-within 6h
  byods get ID -o json --jq '.jwsToken'",
    ),
    (
        "menu",
        "  byods menu                  # against the configured profile
  byods --sandbox menu        # try it against the built-in emulator
  byods --profile prod menu",
    ),
    (
        "ls",
        "  byods ls --expiring-within 6h
  byods ls --status disabled -o wide
  byods ls --schema VoiceVirtualAgent/gRPC -o ndjson | byods get -
  byods ls --jq '.[] | [.id, .url] | @tsv'",
    ),
    (
        "get",
        "  byods get ID
  byods get ID --jq '.byods.tokenExpiresAt'
  byods ls --status active --jq '.[].id' | byods get - -o ndjson --parallel 8",
    ),
    (
        "schemas",
        "  byods schemas
  byods schemas 5397013b-7920-4ffc-807c-e8a3e0a18f43 -o json",
    ),
    (
        "register",
        "  byods register                          # guided, on a terminal
  byods register --url https://dap.example.com/ds --audience my-app --lifetime 720
  byods register --skeleton > ds.json     # edit, then:
  byods register --from ds.json --dry-run",
    ),
    (
        "update",
        "  byods update ID --url https://dap.example.com/v2
  byods update ID --status disabled --error-message 'maintenance until 18:00'
  byods update ID --status active
  byods update ID --lifetime 60 --dry-run",
    ),
    (
        "extend",
        "  byods extend ID
  byods extend --all --if-expiring-within 6h      # a keepalive for cron
  byods extend --all --status active --lifetime 1440 --parallel 8
  byods ls --expiring-within 1h --jq '.[].id' | byods extend -",
    ),
    (
        "delete",
        "  byods delete ID                         # asks on a terminal
  byods delete ID1 ID2 --yes
  byods ls --status disabled --jq '.[].id' | byods delete - --yes --dry-run",
    ),
    (
        "log",
        "  byods log --since 7d
  byods log --operation extend -o json
  byods log --all-profiles",
    ),
    (
        "export",
        "  byods export > datasources.json
  byods export --with-ids | jq '.dataSources[] | select(.status == \"disabled\")'
  byods export --all-profiles > fleet.json    # one section per profile",
    ),
    (
        "apply",
        "  byods export > datasources.json          # edit, review in git, then:
  byods apply -f datasources.json --dry-run | jq .summary
  byods apply -f datasources.json --yes --parallel 8
  byods apply -f datasources.json --prune  # also delete what the file does not list
  byods apply -f fleet.json --profiles acme,globex --yes  # those profiles' sections",
    ),
    (
        "check",
        "  byods check                             # Nagios/Icinga: exit 0, 1, 2 or 3
  byods check --warn-before 6h --crit-before 1h --ignore-disabled
  byods check --prometheus /var/lib/node_exporter/byods.prom",
    ),
    (
        "jwt",
        "  byods jwt decode \"$TOKEN\"
  byods get ID --jq .jwsToken | byods jwt verify - --data-source ID",
    ),
    (
        "jwt decode",
        "  byods jwt decode \"$TOKEN\"
  byods get ID --jq .jwsToken | byods jwt decode -
  printf '%s' \"$TOKEN\" | byods jwt decode --jq .claims.exp",
    ),
    (
        "jwt verify",
        "  byods jwt verify \"$TOKEN\" --region us --aud my-app
  byods get ID --jq .jwsToken | byods jwt verify - --data-source ID
  # in a Data Access Provider's request handler:
  printf '%s' \"$HTTP_AUTHORIZATION\" |
    byods -q jwt verify - --aud my-app --url https://my.example/ds -o json >/dev/null",
    ),
    (
        "token",
        "  curl -H \"Authorization: Bearer $(byods token print)\" \\
    https://webexapis.com/v1/dataSources
  byods token status
  byods token refresh -q",
    ),
    (
        "token print",
        "  curl -H \"Authorization: Bearer $(byods token print)\" \\
    https://webexapis.com/v1/dataSources
  byods --profile prod token print",
    ),
    (
        "token refresh",
        "  byods token refresh
  byods token refresh && byods token status",
    ),
    (
        "token status",
        "  byods token status
  byods token status -o json",
    ),
    (
        "auth",
        "  byods auth login --device
  byods auth status
  byods auth logout",
    ),
    (
        "auth login",
        "  byods auth login                        # opens the browser
  byods auth login --device               # on a machine without a browser
  byods auth login --with-token < pat.txt # a personal access token",
    ),
    (
        "auth status",
        "  byods auth status
  byods auth status -o json",
    ),
    (
        "auth token",
        "  curl -H \"Authorization: Bearer $(byods auth token)\" \\
    https://webexapis.com/v1/dataSources
  byods --profile prod auth token",
    ),
    (
        "auth logout",
        "  byods auth logout
  byods auth logout --all                 # the client secrets too",
    ),
    (
        "config",
        "  byods config set clientId C0ffee...
  byods config set clientSecret - < secret.txt
  byods config list
  byods --profile prod config import token-config.json",
    ),
    (
        "config set",
        "  byods config set clientId C0ffee...
  byods config set clientSecret - < secret.txt   # secrets only from stdin
  byods config set defaultProfile prod",
    ),
    (
        "config get",
        "  byods config get clientId
  byods --profile prod config get baseUrl",
    ),
    (
        "config unset",
        "  byods config unset redirectPort
  byods config unset personalAccessToken",
    ),
    (
        "config list",
        "  byods config list
  byods --profile prod config list -o json",
    ),
    (
        "config path",
        "  byods config path
  byods --profile prod config path",
    ),
    (
        "config profiles",
        "  byods config profiles
  byods config profiles -o json",
    ),
    (
        "config import",
        "  byods config import token-config.json
  byods --profile prod config import - < token-config.json
  byods sandbox --json | byods --profile demo config import -",
    ),
    (
        "sandbox",
        "  byods sandbox                           # http://127.0.0.1:8765, state kept
  byods sandbox --addr 127.0.0.1:0 --reset
  byods sandbox --rate-limit-every 5 --error-rate 0.1   # rehearse failures",
    ),
    (
        "completions",
        "  mkdir -p ~/.local/share/bash-completion/completions
  byods completions bash > ~/.local/share/bash-completion/completions/byods
  mkdir -p ~/.zfunc && byods completions zsh > ~/.zfunc/_byods   # fpath+=~/.zfunc
  byods completions fish > ~/.config/fish/completions/byods.fish",
    ),
    (
        "man",
        "  byods man ~/.local/share/man/man1 && man -M ~/.local/share/man byods
  byods man | man -l -",
    ),
    (
        "doctor",
        "  byods doctor
  byods doctor --region eu
  byods --profile prod doctor -o json",
    ),
    (
        "lambda",
        "  # packaged as `bootstrap` in a provided.al2023 function, run on a schedule:
  scripts/deploy/lambda/package target/x86_64-unknown-linux-musl/release/byods",
    ),
];

/// The heading every Examples block starts with.
pub const EXAMPLES_HEADING: &str = "Examples:";

/// The examples of the command at `path` ("" for `byods`, "config set" for a subcommand).
pub fn examples(path: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)
}

/// `update`'s help for the fields it shares with `register` (whose help is on `FieldArgs`).
const UPDATE_FIELD_HELP: &[(&str, &str)] = &[
    (
        "url",
        "New data source URL: an absolute https:// URL (http:// is accepted with a warning)",
    ),
    (
        "schema",
        "New schema: its id (see `byods schemas`), or its name as `ls` shows it \
         (VoiceVirtualAgent/gRPC)",
    ),
    ("audience", "New JWS audience (`aud`)"),
    ("subject", "New JWS subject (`sub`)"),
    (
        "lifetime",
        "New JWS token lifetime in minutes, 1 to 1440 [default: the current one]",
    ),
];

/// `check`'s own output, in place of the global `-o` help (check prints plugin text, not JSON).
const CHECK_OUTPUT_HELP: &str = "Output format [default: the monitoring plugin's plain text, on a \
terminal and when piped]; json, ndjson or table give the report as data";

/// The clap definition with the examples added: the one `main.rs` parses with.
pub fn command() -> Command {
    finish(definition())
}

/// What `main.rs` parses with: the definition, not built. Parsing builds only the commands on
/// the parse path; building all of them first (as `command` does, for whoever inspects the whole
/// tree) was most of the start-up time.
pub fn parser() -> Command {
    definition()
}

/// The definition with examples and `update`'s own field help, not built yet (completion adds
/// value candidates to it before `finish`).
pub fn definition() -> Command {
    own_help(add_examples(Cli::command(), ""))
}

/// The definition the man pages are rendered from: no Examples blocks (EXAMPLES is a section of
/// each page) and no top-level exit codes and environment text (EXIT STATUS and ENVIRONMENT are).
pub fn for_man() -> Command {
    let cmd = own_help(Cli::command()).after_long_help(None::<&str>);
    finish(cmd.disable_help_subcommand(true))
}

fn own_help(cmd: Command) -> Command {
    // A subcommand that defines a global option itself keeps its copy when clap propagates them.
    let output = cmd
        .get_arguments()
        .find(|a| a.get_id() == "output")
        .cloned();
    cmd.mut_subcommand("update", |update| {
        UPDATE_FIELD_HELP
            .iter()
            .fold(update, |update, (arg, help)| {
                update.mut_arg(*arg, |a| a.help(*help))
            })
    })
    .mut_subcommand("check", |check| match output {
        Some(output) => check.arg(output.help(CHECK_OUTPUT_HELP)),
        None => check,
    })
}

/// Builds the definition: global options reach subcommands only then.
pub fn finish(mut cmd: Command) -> Command {
    cmd.build();
    cmd
}

fn add_examples(mut cmd: Command, path: &str) -> Command {
    if let Some(examples) = examples(path) {
        let block = format!("{EXAMPLES_HEADING}\n{examples}");
        let join = |existing: Option<&clap::builder::StyledStr>| match existing {
            Some(text) => format!("{text}\n\n{block}"),
            None => block.clone(),
        };
        let short = join(cmd.get_after_help());
        // Without its own long text, --help shows the short one: add the block once.
        let long = cmd
            .get_after_long_help()
            .map(|_| join(cmd.get_after_long_help()));
        cmd = cmd.after_help(short);
        if let Some(long) = long {
            cmd = cmd.after_long_help(long);
        }
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |sub| add_examples(sub, &sub_path));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(cmd: &Command, path: &str, out: &mut Vec<String>) {
        out.push(path.to_string());
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = sub.get_name();
            if name != "help" {
                let sub_path = if path.is_empty() {
                    name.to_string()
                } else {
                    format!("{path} {name}")
                };
                paths(sub, &sub_path, out);
            }
        }
    }

    #[test]
    fn every_command_has_examples_and_every_entry_a_command() {
        let mut all = Vec::new();
        paths(&command(), "", &mut all);
        for path in &all {
            assert!(
                examples(path).is_some(),
                "no EXAMPLES entry for `byods {path}`"
            );
        }
        for (path, _) in EXAMPLES {
            assert!(
                all.iter().any(|p| p == path),
                "EXAMPLES names no command: {path}"
            );
        }
    }

    #[test]
    fn examples_are_indented_lines_that_fit_90_columns() {
        for (path, examples) in EXAMPLES {
            for line in examples.lines() {
                assert!(line.starts_with("  "), "{path}: {line:?}");
                assert!(line.chars().count() <= 90, "{path}: {line:?}");
            }
        }
    }
}
