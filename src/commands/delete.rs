//! `byods delete`: plan (ids, dry run) → confirm (each id's url and status) → delete each → view.

use serde_json::{Value, json};

use super::batch::{Batch, Failure, Item};
use crate::api::{Client, Method, datasources};
use crate::app::Ctx;
use crate::cli::DeleteArgs;
use crate::error::{Error, Result};
use crate::mutation::{self, Request};
use crate::ui::{Cell, Outcome, Style, Table, View};
use crate::{datasource, input};

pub fn run(ctx: &Ctx, args: &DeleteArgs) -> Result<Outcome> {
    let ids = input::expand_ids(&args.ids)?;
    if ids.is_empty() {
        return Ok(super::nothing_to_do(ctx));
    }
    for id in &ids {
        datasources::check_id("data source", id)?;
    }
    if !args.yes && !args.write.dry_run && !ctx.ui.can_prompt() {
        return Err(Error::usage(
            "refusing to delete without confirmation: stdin/stdout is not a terminal, or \
             --no-input is set\nhint: pass --yes to delete without asking",
        ));
    }
    let client = ctx.client()?;
    if args.write.dry_run {
        return dry_run(client, &ids, args.ignore_not_found);
    }
    if !args.yes {
        confirm(ctx, client, &ids)?;
    }
    let batch = execute(ctx, client, &ids, args)?;
    Ok(view(&batch))
}

/// The DELETE requests a real run would send, after checking each id exists as a real run would.
/// An array even for one id, the shape of a real run's output. With `ignore_not_found`, an id
/// that does not exist needs no request and is left out.
fn dry_run(client: &Client, ids: &[String], ignore_not_found: bool) -> Result<Outcome> {
    let mut requests = Vec::new();
    for id in ids {
        match datasources::get(client, id) {
            Ok(_) => {}
            Err(e) if ignore_not_found && is_not_found(&e) => continue,
            Err(e) => return Err(e),
        }
        requests.push(Request {
            method: Method::Delete,
            path: datasources::path(id),
            body: None,
        });
    }
    Ok(Outcome::json(mutation::dry_run_output(
        &requests,
        client.base_url(),
        false,
    )))
}

/// Shows what is about to go (an id that cannot be read is shown as such) and asks.
fn confirm(ctx: &Ctx, client: &Client, ids: &[String]) -> Result<()> {
    ctx.ui
        .line(&format!("About to delete {} data source(s):", ids.len()));
    for id in ids {
        let what = match datasources::get(client, id) {
            Ok(ds) => format!(
                "{}  {}",
                datasource::field(&ds, "url").unwrap_or_default(),
                datasource::text(&ds, "status")
            ),
            Err(e) => format!("({e})"),
        };
        ctx.ui.line(&format!("  {id}  {what}"));
    }
    if !ctx.ui.confirm("Delete? This cannot be undone")? {
        return Err(ctx.ui.cancelled());
    }
    Ok(())
}

/// Deletes the ids on `--parallel` workers, going on after a failure; each one is audited.
/// Failures are reported in input order once all are in.
fn execute<'a>(
    ctx: &Ctx,
    client: &Client,
    ids: &'a [String],
    args: &DeleteArgs,
) -> Result<Batch<(&'a str, u16)>> {
    let audit = ctx.audit(args.write.no_log)?;
    let results = crate::pool::map(
        ids,
        usize::from(args.parallel),
        |id| {
            let result = datasources::delete(client, id);
            audit.record("delete", Some(id), None, result.as_ref(), None);
            match result {
                Ok(r) => Ok(r.status),
                // Already gone is what was wanted: recorded with the 404 it was answered.
                Err(e) if args.ignore_not_found && is_not_found(&e) => Ok(404),
                Err(e) => Err(e),
            }
        },
        |_| {},
    );
    let mut batch = Batch::new();
    for (id, result) in ids.iter().zip(results) {
        match result {
            Ok(status) => batch.push(Item::Done((id.as_str(), status))),
            Err(e) => batch.push(Item::Failed(Failure::new(id.as_str(), &e))),
        }
    }
    batch.report_failures(&ctx.ui);
    Ok(batch)
}

fn view(batch: &Batch<(&str, u16)>) -> Outcome {
    let records: Vec<Value> = batch.items().iter().map(record).collect();
    let table = Table {
        columns: vec!["id", "result", "error"],
        rows: records
            .iter()
            .map(|r| {
                let ok = r["result"] != "failed";
                vec![
                    Cell::from(datasource::text(r, "id")),
                    Cell::new(
                        datasource::text(r, "result"),
                        if ok { Style::Good } else { Style::Bad },
                    ),
                    Cell::from(datasource::text(r, "error")),
                ]
            })
            .collect(),
    };
    Outcome::new(Value::Array(records), View::Table(table)).with_exit(batch.status())
}

/// One line of the JSON output: `{id, result: "deleted", status}` or `{id, result: "failed", error}`.
fn record(item: &Item<(&str, u16)>) -> Value {
    match item {
        Item::Done((id, 404)) => json!({"id": id, "result": "absent", "status": 404}),
        Item::Done((id, status)) => json!({"id": id, "result": "deleted", "status": status}),
        Item::Failed(f) => json!({"id": f.item, "result": "failed", "error": f.message}),
    }
}

fn is_not_found(e: &Error) -> bool {
    e.exit_status() == crate::error::ExitStatus::NotFound
}
