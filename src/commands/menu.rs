//! `byods menu`: the original tool's guided loop (list, view, guided update, register, quick extend,
//! delete, refresh, quit) for a person at a terminal. Every action is the scriptable command itself,
//! run through `commands::run` from a command line the menu builds, so nothing here duplicates
//! their planning, checks, confirmations, audit or output.

use serde_json::Value;

use super::expiry_cell;
use crate::app::Ctx;
use crate::cli::Cli;
use crate::datasource;
use crate::error::{Error, ExitStatus, Result};
use crate::mutation;
use crate::ui::Outcome;

const ACTIONS: [&str; 6] = [
    "View or update a data source",
    "Register a new data source",
    "Quick extend a token (no configuration change)",
    "Delete a data source",
    "Refresh the list",
    "Quit",
];

const NEXT: [&str; 4] = [
    "Update it (field by field)",
    "Quick extend its token",
    "Delete it",
    "Back",
];

pub fn run(ctx: &Ctx) -> Result<Outcome> {
    if !ctx.ui.can_prompt() {
        return Err(Error::usage(
            "byods menu is interactive: stdin and stdout must be a terminal and --no-input unset \
             (nothing was sent); in scripts use ls, get, register, update, extend and delete",
        ));
    }
    let mut list = load_list(ctx)?;
    let actions: Vec<String> = ACTIONS.iter().map(|a| a.to_string()).collect();
    loop {
        let Some(action) = ctx.ui.pick("What next?", &actions, 0)? else {
            return Ok(Outcome::nothing());
        };
        let changed = match action {
            0 => match pick_data_source(ctx, &list)? {
                Some(ds) => view(ctx, &ds)?,
                None => false,
            },
            1 => step(ctx, &["register"])?,
            2 => match pick_data_source(ctx, &list)? {
                Some(ds) => extend(ctx, &ds)?,
                None => false,
            },
            3 => match pick_data_source(ctx, &list)? {
                Some(ds) => step(ctx, &["delete", "--", &id(&ds)])?,
                None => false,
            },
            4 => true,
            _ => return Ok(Outcome::nothing()),
        };
        if changed {
            match load_list(ctx) {
                Ok(fresh) => list = fresh,
                Err(e) => report(ctx, e)?,
            }
        }
    }
}

/// `byods ls`, shown, and its data sources kept for the pickers.
fn load_list(ctx: &Ctx) -> Result<Vec<Value>> {
    let outcome = super::run(ctx, &parse(&["ls"])?)?;
    ctx.ui.print(&outcome)?;
    match outcome.data {
        Value::Array(items) => Ok(items),
        _ => Ok(Vec::new()),
    }
}

/// `byods get ID`, then what to do with it. Returns whether anything changed.
fn view(ctx: &Ctx, ds: &Value) -> Result<bool> {
    let id = id(ds);
    if !step(ctx, &["get", "--", &id])? {
        return Ok(false);
    }
    let next: Vec<String> = NEXT.iter().map(|a| a.to_string()).collect();
    match ctx.ui.pick("Next", &next, next.len() - 1)? {
        Some(0) => step(ctx, &["update", "--", &id]),
        Some(1) => extend(ctx, ds),
        Some(2) => step(ctx, &["delete", "--", &id]),
        _ => Ok(false),
    }
}

/// The lifetime prompt (the data source's own by default), then `byods extend ID --lifetime N`.
fn extend(ctx: &Ctx, ds: &Value) -> Result<bool> {
    let own = mutation::current_lifetime(ds).unwrap_or(mutation::DEFAULT_LIFETIME);
    let Some(minutes) = ctx.ui.edit(
        "Token lifetime in minutes",
        Some(&own.to_string()),
        mutation::parse_lifetime_arg,
    )?
    else {
        return Ok(false);
    };
    step(
        ctx,
        &["extend", "--lifetime", &minutes.to_string(), "--", &id(ds)],
    )
}

fn pick_data_source(ctx: &Ctx, list: &[Value]) -> Result<Option<Value>> {
    if list.is_empty() {
        ctx.ui
            .line("No data sources yet: choose \"Register a new data source\".");
        return Ok(None);
    }
    let items: Vec<String> = list
        .iter()
        .map(|ds| {
            format!(
                "{}  {}  {}  {}",
                datasource::field(ds, "url").unwrap_or_default(),
                datasource::text(ds, "status"),
                match expiry_cell(ds).text {
                    e if e.starts_with("in ") => format!("expires {e}"),
                    other => other,
                },
                id(ds)
            )
        })
        .collect();
    Ok(ctx
        .ui
        .pick("Data source (Esc to go back)", &items, 0)?
        .map(|i| list[i].clone()))
}

/// Runs one scriptable command and prints its outcome. Returns whether it succeeded; its failure
/// is reported and the loop goes on, except for Ctrl-C and a closed stdout.
fn step(ctx: &Ctx, words: &[&str]) -> Result<bool> {
    let command = parse(words)?;
    match super::run(ctx, &command).and_then(|outcome| {
        ctx.ui.print(&outcome)?;
        Ok(outcome.status)
    }) {
        Ok(status) => Ok(status == ExitStatus::Success),
        Err(e) => report(ctx, e).map(|()| false),
    }
}

/// A failed step: said on stderr (unless already said); Ctrl-C and a closed stdout end the menu.
fn report(ctx: &Ctx, e: Error) -> Result<()> {
    match e {
        Error::ClosedStdout => Err(e),
        Error::Exit(ExitStatus::Cancelled) if ctx.ui.interrupted() => Err(e),
        e if e.already_reported() => Ok(()),
        e => {
            ctx.ui.error(&e.to_string());
            Ok(())
        }
    }
}

/// The command a step runs, parsed by clap like a typed one, so every default is the command's own.
/// Ids from the server always follow `--`: an id such as `--all` stays an id (and is refused).
fn parse(words: &[&str]) -> Result<crate::cli::Command> {
    use clap::Parser;
    let argv = std::iter::once("byods").chain(words.iter().copied());
    Cli::try_parse_from(argv)
        .map(|cli| cli.command)
        .map_err(|e| Error::internal(format!("menu built a bad command line: {e}")))
}

fn id(ds: &Value) -> String {
    datasource::text(ds, "id")
}
