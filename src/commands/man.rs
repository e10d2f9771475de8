//! `byods man`: man pages generated from the clap definition (to a directory, or byods.1 on stdout),
//! each followed by the sections clap cannot give: EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES and
//! the rules of the command, from the tables below and the help text they share with `--help`.

use std::path::Path;

use clap::Command;

use crate::cli::{self, ManArgs};
use crate::error::{Error, Result};
use crate::ui::Outcome;

pub fn run(args: &ManArgs) -> Result<Outcome> {
    let command = cli::help::for_man();
    match &args.dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            write_pages(&command, "", dir).map_err(|e| {
                Error::internal(format!("cannot write man pages to {}: {e}", dir.display()))
            })?;
            Ok(Outcome::nothing())
        }
        None => Ok(Outcome::raw(page(&command, "")?.1)),
    }
}

/// byods.1 and one page per subcommand (byods-config-set.1), as clap_mangen's `generate_to`.
fn write_pages(cmd: &Command, path: &str, dir: &Path) -> Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        write_pages(sub, &sub_path, dir)?;
    }
    let (name, text) = page(cmd, path)?;
    std::fs::write(dir.join(name), text)?;
    Ok(())
}

/// One page and its file name: clap_mangen's rendering, then this command's extra sections.
fn page(cmd: &Command, path: &str) -> Result<(String, String)> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut buf = Vec::new();
    man.render(&mut buf)?;
    let mut page = String::from_utf8_lossy(&buf).into_owned();
    for (title, body) in extra_sections(path) {
        page.push_str(&format!(".SH \"{title}\"\n"));
        page.push_str(&body);
    }
    Ok((man.get_filename(), page))
}

/// Where a command's exit statuses differ from the common table, its own (already in its help).
const OWN_EXIT_STATUS: &[(&str, &str)] = &[
    ("check", cli::CHECK_EXIT_HELP),
    ("jwt verify", cli::VERIFY_EXIT_HELP),
];

/// The rules that matter for a command, as a section of their own.
const RULES: &[(&str, &str, &str)] = &[
    (
        "extend",
        "LOCKING",
        "Each data source is extended under a lock file in $BYODS_STATE_DIR/locks/, shared by \
every byods process on this machine (a cron keepalive and a hand-run extend). A run waits up to \
--lock-wait for it, then skips the data source (\"locked by another run\"); one extended by \
another run since this run started is skipped too (\"extended by another run\"). Skipped data \
sources are not failures. A run ends with exit 8 when any data source did not get a new token \
valid for its lifetime (see DESCRIPTION); other failures keep their own status (EXIT STATUS).",
    ),
    (
        "completions",
        "HOW COMPLETION WORKS",
        "The script calls back into byods (BYODS_COMPLETE=SHELL byods -- WORDS), which completes \
subcommands and flags from its own definition and values from data: data source ids (with \
their url), schema ids and names, profiles, config keys, regions and output formats. Ids and \
schemas come from a cache that every listing (ls, extend --all, check) rewrites; a cache older \
than 5 minutes gets one listing, given at most a second, else the old entries are offered. \
Completion never prompts and never writes to the terminal. byods must be on PATH.",
    ),
];

/// Which lines of the common FILES list a command's page keeps (by a word in the line).
const FILES: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "config.json",
            "credentials.json",
            "sandbox.json",
            "audit.log",
            "jwks/",
            "locks/",
            "completion/",
        ],
    ),
    ("ls", &["config.json", "credentials.json", "completion/"]),
    ("get", &["config.json", "credentials.json"]),
    ("schemas", &["config.json", "credentials.json"]),
    (
        "register",
        &["config.json", "credentials.json", "audit.log"],
    ),
    ("update", &["config.json", "credentials.json", "audit.log"]),
    (
        "extend",
        &["config.json", "credentials.json", "audit.log", "locks/"],
    ),
    ("delete", &["config.json", "credentials.json", "audit.log"]),
    ("apply", &["config.json", "credentials.json", "audit.log"]),
    ("export", &["config.json", "credentials.json"]),
    ("log", &["audit.log"]),
    ("check", &["config.json", "credentials.json"]),
    ("jwt verify", &["jwks/"]),
    ("token", &["config.json", "credentials.json"]),
    ("auth", &["config.json", "credentials.json"]),
    ("config", &["config.json", "credentials.json"]),
    ("sandbox", &["sandbox.json"]),
    ("completions", &["completion/"]),
    ("doctor", &["config.json", "credentials.json", "jwks/"]),
];

/// Files named only on some pages (not in the top-level help's list).
const MORE_FILES: &str = "  $BYODS_STATE_DIR/locks/         one lock per data source, shared by extend runs on this machine
  $BYODS_CACHE_DIR/completion/    data source ids and schemas kept for shell completion";

fn extra_sections(path: &str) -> Vec<(&'static str, String)> {
    let mut sections = Vec::new();
    let exit = OWN_EXIT_STATUS
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| section_of(text, "Exit codes"))
        .unwrap_or_else(|| section_of(cli::EXIT_CODES_HELP, "Exit codes"));
    sections.push(("EXIT STATUS", preformatted(&exit)));
    sections.push((
        "ENVIRONMENT",
        preformatted(&section_of(cli::EXIT_CODES_HELP, "Environment")),
    ));
    // A subcommand without its own entry shares its parent's (config set: config).
    let files = FILES
        .iter()
        .find(|(p, _)| *p == path)
        .or_else(|| {
            let parent = path.split(' ').next().unwrap_or("");
            FILES
                .iter()
                .find(|(p, _)| *p == parent && !parent.is_empty())
        })
        .map(|(_, words)| *words)
        .unwrap_or(&[]);
    let all_files = format!(
        "{}\n{MORE_FILES}",
        section_of(cli::EXIT_CODES_HELP, "Files")
    );
    // An entry starts with "  $"; more indented lines continue it.
    let mut entries: Vec<String> = Vec::new();
    for line in all_files.lines() {
        match entries.last_mut() {
            Some(entry) if !line.starts_with("  $") => entry.push_str(&format!("\n{line}")),
            _ => entries.push(line.to_string()),
        }
    }
    let kept: Vec<&str> = entries
        .iter()
        .filter(|entry| files.iter().any(|w| entry.contains(w)))
        .map(String::as_str)
        .collect();
    if !kept.is_empty() {
        sections.push(("FILES", preformatted(&kept.join("\n"))));
    }
    for (_, title, text) in RULES.iter().filter(|(p, _, _)| *p == path) {
        sections.push((*title, paragraphs(text)));
    }
    if let Some(examples) = cli::help::examples(path) {
        sections.push(("EXAMPLES", preformatted(examples)));
    }
    sections
}

/// The lines of `text` under `heading:` up to the next blank line, without the heading.
fn section_of(text: &str, heading: &str) -> String {
    let mut lines = text.lines().skip_while(|l| !l.starts_with(heading));
    lines.next();
    lines
        .take_while(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text kept line for line, as in `--help`.
fn preformatted(text: &str) -> String {
    format!(".nf\n{}\n.fi\n", escape(text))
}

/// Paragraphs (separated by blank lines) that roff may fill.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(|p| format!(".PP\n{}\n", escape(p)))
        .collect()
}

/// Roff escaping: backslashes, and a line starting with a control character.
fn escape(text: &str) -> String {
    text.replace('\\', "\\e")
        .lines()
        .map(|line| {
            if line.starts_with('.') || line.starts_with('\'') {
                format!("\\&{line}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
