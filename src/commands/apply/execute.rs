//! Executing one organization's plan (create, update, delete on `--parallel` workers, each
//! audited) and the results as records and a table.

use std::sync::Mutex;

use serde_json::{Value, json};

use crate::api::{Client, datasources};
use crate::app::Ctx;
use crate::audit::Audit;
use crate::commands::batch::{Batch, Failure, Item};
use crate::datasource;
use crate::desired::{self, Action, Change, Plan};
use crate::error::{Error, ExitStatus};
use crate::pool;
use crate::ui::progress::Progress;
use crate::ui::{Cell, Outcome, Style, Table, View};

/// Runs every change that writes on `parallel` workers; unchanged entries become results without
/// a request. Results come back in plan order. `progress` may be shared by several profiles run
/// at once; `prefix` ("profile a: " or "") starts each failure's message on stderr.
pub fn execute(
    client: &Client,
    audit: &Audit,
    plan: &Plan,
    parallel: usize,
    progress: &Mutex<Progress>,
    prefix: &str,
) -> Batch<Value> {
    let work: Vec<&Change> = plan
        .changes
        .iter()
        .filter(|c| c.action != Action::Unchanged)
        .collect();
    let done = pool::map(
        &work,
        parallel,
        |change| match execute_one(client, audit, change, prefix) {
            Ok(ds) => Item::Done(ds),
            Err(failure) => Item::Failed(*failure),
        },
        |item| {
            progress
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .tick(match item {
                    Item::Done(_) => "done",
                    Item::Failed(_) => "failed",
                });
        },
    );
    let mut results = done.into_iter();
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
    prefix: &str,
) -> std::result::Result<Value, Box<Failure>> {
    let fail = |e: &Error| {
        Box::new(Failure::new(label(change), e).labelled(format!("{prefix}{}", label(change))))
    };
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

/// One record per plan line, in plan order (see `record`).
pub fn records(plan: &Plan, batch: Batch<Value>) -> Vec<Value> {
    plan.changes
        .iter()
        .zip(batch.into_items())
        .map(|(change, item)| record(change, item))
        .collect()
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

/// The records as the run's output, with a summary line on stderr; `profile_column` when they
/// carry their `profile` (several organizations).
pub fn outcome(
    ctx: &Ctx,
    records: Vec<Value>,
    status: ExitStatus,
    profile_column: bool,
) -> Outcome {
    let count = |what: &str| records.iter().filter(|r| r["result"] == what).count();
    ctx.ui.info(&format!(
        "applied: {} created, {} updated, {} deleted, {} unchanged, {} failed",
        count("created"),
        count("updated"),
        count("deleted"),
        count("unchanged"),
        count("failed")
    ));
    let mut columns = vec!["entry", "result", "id", "url", "changes"];
    if profile_column {
        columns.insert(0, "profile");
    }
    let table = Table {
        columns,
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
                let mut row = vec![
                    Cell::from(datasource::text(r, "entry")),
                    Cell::new(result, style),
                    Cell::from(datasource::text(r, "id")),
                    Cell::from(datasource::text(r, "url")),
                    Cell::from(detail),
                ];
                if profile_column {
                    row.insert(0, Cell::from(datasource::text(r, "profile")));
                }
                row
            })
            .collect(),
    };
    Outcome::new(Value::Array(records), View::Table(table)).with_exit(status)
}
