//! Planning one organization (its listing and schema check, GETs only) and showing plans on
//! stderr as `terraform plan` does.

use serde_json::{Value, json};

use crate::api::{Client, datasources};
use crate::app::Ctx;
use crate::desired::{self, Action, Change, Entry, Plan};
use crate::error::{Error, Result};
use crate::mutation;

/// The plan that brings `ctx`'s profile in line with `entries`; a schema id the API does not know
/// is refused here, before anything is written.
pub fn plan(ctx: &Ctx, entries: &[Entry], prune: bool) -> Result<Plan> {
    let client = ctx.client()?;
    let plan = desired::plan(entries, &datasources::list(client)?, prune)?;
    check_schemas(client, &plan)?;
    Ok(plan)
}

/// One GET, only when something is created or changes schema.
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

/// The plan's lines: `+` create, `~` update with a line per changed field, `-` delete; unchanged
/// entries are counted (see `summary`), not listed.
pub fn show(say: &dyn Fn(&str), plan: &Plan) {
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
}

/// "1 to create, 0 to update, 0 to delete, 3 unchanged" over `plans` (with what the file does
/// not list when not pruning).
pub fn summary(plans: &[&Plan]) -> String {
    let count = |action| plans.iter().map(|p| p.count(action)).sum::<usize>();
    let unlisted: usize = plans.iter().map(|p| p.unlisted).sum();
    let mut summary = format!(
        "{} to create, {} to update, {} to delete, {} unchanged",
        count(Action::Create),
        count(Action::Update),
        count(Action::Delete),
        count(Action::Unchanged),
    );
    if unlisted > 0 {
        summary.push_str(&format!(
            "; {unlisted} data source(s) not in the file left as they are (--prune deletes them)"
        ));
    }
    summary
}

/// The dry run's `summary` over `plans` (what `Plan::describe` says of one).
pub fn totals(plans: &[&Plan]) -> Value {
    let count = |action| plans.iter().map(|p| p.count(action)).sum::<usize>();
    json!({
        "create": count(Action::Create),
        "update": count(Action::Update),
        "unchanged": count(Action::Unchanged),
        "delete": count(Action::Delete),
        "unlisted": plans.iter().map(|p| p.unlisted).sum::<usize>(),
    })
}
