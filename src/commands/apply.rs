//! `byods apply`: read and check the file → plan against the listing (GETs only) → show the plan
//! and confirm → create, update and delete in parallel → one result per entry, in plan order.

use serde_json::{Value, json};

use super::batch::{Batch, Failure, Item};
use crate::api::{Client, datasources};
use crate::app::Ctx;
use crate::audit::Audit;
use crate::cli::ApplyArgs;
use crate::desired::{self, Action, Change, Plan};
use crate::error::{Error, ExitStatus, Result};
use crate::mutation;
use crate::ui::progress::Progress;
use crate::ui::{Cell, Outcome, Style, Table, View};
use crate::{datasource, input, pool};

pub fn run(ctx: &Ctx, args: &ApplyArgs) -> Result<Outcome> {
    let source = if args.file.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        args.file.display().to_string()
    };
    let (entries, warnings) = desired::parse(&input::read_text(&args.file)?, &source)?;
    for w in warnings {
        ctx.ui.warn(&w);
    }
    let client = ctx.client()?;
    let plan = desired::plan(&entries, &datasources::list(client)?, args.prune)?;
    check_schemas(client, &plan)?;
    let asking = !args.yes && !args.dry_run && plan.writes() > 0 && ctx.ui.can_prompt();
    show(ctx, &plan, &source, asking);
    if args.dry_run {
        return Ok(Outcome::json(plan.describe()));
    }
    if plan.writes() > 0 && !args.yes {
        if !asking {
            return Err(Error::usage(format!(
                "refusing to apply {} change(s) without confirmation: pass --yes (stdin/stdout \
                 is not a terminal, or --no-input is set); nothing was sent",
                plan.writes()
            )));
        }
        if !ctx.ui.confirm("Apply these changes?")? {
            return Err(ctx.ui.cancelled());
        }
    }
    let audit = ctx.audit(args.no_log)?;
    let batch = execute(ctx, client, &audit, &plan, usize::from(args.parallel));
    Ok(view(ctx, &plan, batch))
}

/// A schema id the API does not know is refused before anything is written (one GET, only when
/// something is created or changes schema).
fn check_schemas(client: &Client, plan: &Plan) -> Result<()> {
    let needs_check = |c: &&Change| match c.action {
        Action::Create => true,
        Action::Update => c.diff.iter().any(|(f, _, _)| f == "schemaId"),
        _ => false,
    };
    let to_check: Vec<&Change> = plan.changes.iter().filter(needs_check).collect();
    if to_check.is_empty() {
        return Ok(());
    }
    let schemas = datasources::schemas(client)?;
    for change in to_check {
        mutation::check_schema_known(&schemas, &change.schema_id()).map_err(|e| match e {
            Error::Usage(m) => Error::Usage(format!(
                "{}: {m}",
                change.entry.as_ref().map(|e| e.label()).unwrap_or_default()
            )),
            other => other,
        })?;
    }
    Ok(())
}

/// The plan on stderr, as `terraform plan` shows one: `+` create, `~` update with a line per
/// changed field, `-` delete; unchanged entries are counted, not listed.
fn show(ctx: &Ctx, plan: &Plan, source: &str, asking: bool) {
    let say = |line: &str| {
        if asking {
            ctx.ui.line(line);
        } else {
            ctx.ui.info(line);
        }
    };
    let short = |v: &Value| match v {
        Value::Null => "(none)".to_string(),
        other => other.to_string(),
    };
    for change in &plan.changes {
        let id = change.id().unwrap_or_default();
        match change.action {
            Action::Create => {
                let entry = change.entry.as_ref().expect("a create has an entry");
                let disabled = if entry.disabled() { "  (disabled)" } else { "" };
                say(&format!(
                    "  + create  {}  schema {}{disabled}",
                    entry.url(),
                    entry.schema_id()
                ));
            }
            Action::Update => {
                say(&format!("  ~ update  {id}  {}", change.url()));
                for (field, from, to) in &change.diff {
                    say(&format!("        {field}: {} → {}", short(from), short(to)));
                }
            }
            Action::Delete => say(&format!("  - delete  {id}  {}", change.url())),
            Action::Unchanged => {}
        }
        if let Some(note) = &change.note {
            say(&format!("        ({note})"));
        }
    }
    let mut summary = format!(
        "Plan for {source}: {} to create, {} to update, {} to delete, {} unchanged",
        plan.count(Action::Create),
        plan.count(Action::Update),
        plan.count(Action::Delete),
        plan.count(Action::Unchanged),
    );
    if plan.unlisted > 0 {
        summary.push_str(&format!(
            "; {} data source(s) not in the file left as they are (--prune deletes them)",
            plan.unlisted
        ));
    }
    say(&summary);
}

/// Runs every change that writes on `parallel` workers; unchanged entries become results without
/// a request. Results come back in plan order.
fn execute(
    ctx: &Ctx,
    client: &Client,
    audit: &Audit,
    plan: &Plan,
    parallel: usize,
) -> Batch<Value> {
    let work: Vec<&Change> = plan
        .changes
        .iter()
        .filter(|c| c.action != Action::Unchanged)
        .collect();
    let mut done: Vec<Option<Item<Value>>> = (0..work.len()).map(|_| None).collect();
    let mut progress = Progress::new(&ctx.ui, "applying", work.len());
    pool::run(
        &work,
        parallel,
        |change| match execute_one(client, audit, change) {
            Ok(ds) => Item::Done(ds),
            Err(failure) => Item::Failed(*failure),
        },
        |i, item| {
            progress.tick(match item {
                Item::Done(_) => "done",
                Item::Failed(_) => "failed",
            });
            done[i] = Some(item);
        },
    );
    progress.clear();
    let mut results = done.into_iter().flatten();
    let mut batch = Batch::new();
    for change in &plan.changes {
        batch.push(match change.action {
            Action::Unchanged => Item::Done(change.current.clone().unwrap_or(Value::Null)),
            _ => results
                .next()
                .unwrap_or_else(|| Item::Failed(lost(change, "no result"))),
        });
    }
    batch
}

/// One change's requests: a POST (then a PUT to disable), a PUT, or a DELETE; each audited.
/// Returns the data source as it now is (null once deleted).
fn execute_one(
    client: &Client,
    audit: &Audit,
    change: &Change,
) -> std::result::Result<Value, Box<Failure>> {
    let fail = |e: &Error| Box::new(Failure::new(label(change), e).labelled(label(change)));
    match change.action {
        Action::Unchanged => Ok(change.current.clone().unwrap_or(Value::Null)),
        Action::Delete => {
            let id = change.id().unwrap_or_default();
            let result = datasources::delete(client, &id);
            audit.record("delete", Some(&id), None, result.as_ref(), None);
            result.map(|_| Value::Null).map_err(|e| fail(&e))
        }
        Action::Update => {
            let entry = change.entry.as_ref().expect("an update has an entry");
            let current = change
                .current
                .as_ref()
                .expect("an update has a data source");
            let id = datasource::text(current, "id");
            let body = desired::update_body(current, entry).map_err(|e| fail(&e))?;
            let result = datasources::update(client, &id, &body);
            audit.record("update", Some(&id), Some(&body), result.as_ref(), None);
            result.map(|r| r.body).map_err(|e| fail(&e))
        }
        Action::Create => {
            let entry = change.entry.as_ref().expect("a create has an entry");
            let body = desired::create_body(entry).map_err(|e| fail(&e))?;
            let result = datasources::register(client, &body);
            let created_id = result
                .as_ref()
                .ok()
                .and_then(|r| r.body.get("id"))
                .and_then(Value::as_str)
                .map(str::to_string);
            audit.record(
                "register",
                created_id.as_deref(),
                Some(&body),
                result.as_ref(),
                None,
            );
            let created = result
                .map_err(|e| {
                    let mut f = fail(&e);
                    // A POST is never re-sent blindly; apply again finds it by url and schemaId.
                    if f.status == ExitStatus::Transient {
                        f.message.push_str(
                            "\nIt may have been created: `byods apply` again matches it by url \
                             and schemaId instead of registering it twice",
                        );
                    }
                    f
                })?
                .body;
            if !entry.disabled() {
                return Ok(created);
            }
            let id = created_id.unwrap_or_default();
            // The register API has no status: disable what was just created.
            let put = desired::disable_body(&body, entry)
                .and_then(|put| {
                    let result = datasources::update(client, &id, &put);
                    audit.record("update", Some(&id), Some(&put), result.as_ref(), None);
                    result
                })
                .map_err(|e| {
                    let mut f = fail(&e);
                    f.message = format!(
                        "registered as {id} but not disabled: {}; re-run apply to disable it",
                        f.message
                    );
                    f
                })?;
            Ok(put.body)
        }
    }
}

fn label(change: &Change) -> String {
    match (&change.entry, change.id()) {
        (Some(entry), _) => entry.label(),
        (None, Some(id)) => format!("{id} ({})", change.url()),
        (None, None) => change.url(),
    }
}

fn lost(change: &Change, why: &str) -> Failure {
    Failure::new(label(change), &Error::internal(why))
}

/// One result per plan line, failures reported on stderr in plan order, and a summary line.
fn view(ctx: &Ctx, plan: &Plan, batch: Batch<Value>) -> Outcome {
    batch.report_failures(&ctx.ui);
    let status = batch.status();
    let records: Vec<Value> = plan
        .changes
        .iter()
        .zip(batch.into_items())
        .map(|(change, item)| record(change, item))
        .collect();
    let count = |what: &str| records.iter().filter(|r| r["result"] == what).count();
    ctx.ui.info(&format!(
        "applied: {} created, {} updated, {} deleted, {} unchanged, {} failed",
        count("created"),
        count("updated"),
        count("deleted"),
        count("unchanged"),
        count("failed")
    ));
    let table = Table {
        columns: vec!["entry", "result", "id", "url", "changes"],
        rows: records
            .iter()
            .map(|r| {
                let result = datasource::text(r, "result");
                let style = match result.as_str() {
                    "failed" => Style::Bad,
                    "unchanged" => Style::Dim,
                    _ => Style::Good,
                };
                let detail = match r.get("error").and_then(Value::as_str) {
                    Some(error) => error.to_string(),
                    None => r["changes"]
                        .as_object()
                        .map(|c| c.keys().cloned().collect::<Vec<_>>().join(", "))
                        .unwrap_or_default(),
                };
                vec![
                    Cell::from(datasource::text(r, "entry")),
                    Cell::new(result, style),
                    Cell::from(datasource::text(r, "id")),
                    Cell::from(datasource::text(r, "url")),
                    Cell::from(detail),
                ]
            })
            .collect(),
    };
    Outcome::new(Value::Array(records), View::Table(table)).with_exit(status)
}

/// The plan line with its `result` (created, updated, deleted, unchanged or failed, with the
/// error); a created data source's new id.
fn record(change: &Change, item: Item<Value>) -> Value {
    let mut out = change.describe();
    let result = match (&item, change.action) {
        (Item::Failed(_), _) => "failed",
        (_, Action::Create) => "created",
        (_, Action::Update) => "updated",
        (_, Action::Delete) => "deleted",
        (_, Action::Unchanged) => "unchanged",
    };
    out["result"] = json!(result);
    match item {
        Item::Done(ds) if change.action == Action::Create => {
            out["id"] = ds.get("id").cloned().unwrap_or(Value::Null);
        }
        Item::Failed(f) => out["error"] = json!(f.message),
        Item::Done(_) => {}
    }
    out
}
