//! `byods update`: plan (merge flags and --from onto the current values) → confirm the diff → PUT → view.

use serde_json::{Map, Value, json};

use crate::api::{Client, Method, datasources};
use crate::app::Ctx;
use crate::cli::UpdateArgs;
use crate::datasource;
use crate::error::{Error, Result};
use crate::input;
use crate::mutation::{self, Request};
use crate::ui::{Cell, Outcome, Table, Ui, View};

use super::batch::{Batch, Failure, Item};

pub fn run(ctx: &Ctx, args: &UpdateArgs) -> Result<Outcome> {
    let Some(id) = args.id.as_deref() else {
        let path = args.from.as_deref().expect("clap requires ID or --from");
        return bulk(ctx, args, path);
    };
    datasources::check_id("data source", id)?;
    // No flags on a terminal: ask field by field instead of refusing.
    if nothing_given(args) && ctx.ui.can_prompt() {
        let client = ctx.client()?;
        let current = datasources::get(client, id)?;
        let schemas = datasources::schemas(client)?;
        let Some(changes) = guided_changes(&ctx.ui, &current, &schemas)? else {
            return Err(ctx.ui.cancelled());
        };
        if changes.is_empty() {
            ctx.ui.info("nothing changed: nothing was sent");
            return Ok(Outcome::nothing());
        }
        return send(ctx, client, args, id, current, changes);
    }
    let changes = local_changes(ctx, args, id)?;
    let client = ctx.client()?;
    let current = datasources::get(client, id)?;
    send(ctx, client, args, id, current, changes)
}

/// Plan → dry run or confirm → PUT → view, for changes from flags, --from or the guided prompts.
fn send(
    ctx: &Ctx,
    client: &Client,
    args: &UpdateArgs,
    id: &str,
    current: Value,
    changes: Map<String, Value>,
) -> Result<Outcome> {
    let (before, body) = plan(client, args, current, changes)?;
    if args.write.dry_run {
        let request = Request {
            method: Method::Put,
            path: datasources::path(id),
            body: Some(body),
        };
        return Ok(Outcome::json(request.describe(client.base_url())));
    }
    if !args.yes && ctx.ui.can_prompt() {
        ctx.ui.line(&format!("Changes to data source {}:", id));
        for (field, old, new) in mutation::diff(&before, &body) {
            ctx.ui.line(&format!("  {field}: {old} → {new}"));
        }
        if !ctx.ui.confirm("Apply?")? {
            return Err(ctx.ui.cancelled());
        }
    }
    let audit = ctx.audit(args.write.no_log)?;
    let result = datasources::update(client, id, &body);
    audit.record("update", Some(id), Some(&body), result.as_ref(), None);
    Ok(view(id, &before, &body, result?.body))
}

fn nothing_given(args: &UpdateArgs) -> bool {
    let f = &args.fields;
    args.from.is_none()
        && args.status.is_none()
        && args.error_message.is_none()
        && f.url.is_none()
        && f.schema.is_none()
        && f.audience.is_none()
        && f.subject.is_none()
        && f.nonce.is_none()
        && f.lifetime.is_none()
}

/// The guided update: each writable field in turn with its current value as the default (Enter
/// keeps it). Returns only the fields that changed; None when input ended.
fn guided_changes(
    ui: &Ui,
    current: &Value,
    schemas: &[Value],
) -> Result<Option<Map<String, Value>>> {
    let now = mutation::put_body(current, &Map::new()).unwrap_or_else(|_| current.clone());
    let text = |k: &str| now[k].as_str().unwrap_or_default().to_string();
    let mut changes = Map::new();
    let changed = |changes: &mut Map<String, Value>, key: &str, new: Value| {
        if now.get(key) != Some(&new) {
            changes.insert(key.into(), new);
        }
    };
    ui.line(&format!(
        "Updating data source {} (Enter keeps the value in brackets; a new nonce is generated):",
        datasource::text(current, "id")
    ));
    let Some(url) = ui.edit("URL", Some(&text("url")), |a| {
        mutation::check_url(a).map_err(|e| e.to_string())?;
        Ok(a.to_string())
    })?
    else {
        return Ok(None);
    };
    changed(&mut changes, "url", json!(url));
    if !schemas.is_empty() {
        let mut options = super::schema_choices(schemas);
        let schema_now = text("schemaId");
        let position = schemas.iter().position(|s| s["id"] == schema_now.as_str());
        // A schema the list lacks stays choosable as it is.
        let default = position.unwrap_or_else(|| {
            options.push(format!("{schema_now}  (current, not in the schema list)"));
            options.len() - 1
        });
        let Some(picked) = ui.pick("Schema", &options, default)? else {
            return Ok(None);
        };
        let schema = schemas
            .get(picked)
            .map(|s| s["id"].clone())
            .unwrap_or_else(|| json!(schema_now));
        changed(&mut changes, "schemaId", schema);
    }
    for (key, label) in [("audience", "Audience"), ("subject", "Subject")] {
        let Some(value) = ui.edit(label, Some(&text(key)), |a| {
            if a.is_empty() {
                Err("a value is required".to_string())
            } else {
                Ok(a.to_string())
            }
        })?
        else {
            return Ok(None);
        };
        changed(&mut changes, key, json!(value));
    }
    let lifetime = now["tokenLifetimeMinutes"].to_string();
    let Some(minutes) = ui.edit(
        "Token lifetime in minutes",
        Some(&lifetime),
        mutation::parse_lifetime_arg,
    )?
    else {
        return Ok(None);
    };
    changed(&mut changes, "tokenLifetimeMinutes", json!(minutes));
    let statuses = ["active".to_string(), "disabled".to_string()];
    let status_now = usize::from(text("status") == "disabled");
    let Some(status) = ui.pick("Status", &statuses, status_now)? else {
        return Ok(None);
    };
    changed(&mut changes, "status", json!(statuses[status]));
    if status == 1 {
        let message_now = text("errorMessage");
        let default = (!message_now.is_empty()).then_some(message_now.as_str());
        let Some(message) = ui.edit("Error message (why it is disabled)", default, |a| {
            if a.is_empty() {
                Err("disabling requires a message".to_string())
            } else {
                Ok(a.to_string())
            }
        })?
        else {
            return Ok(None);
        };
        changed(&mut changes, "errorMessage", json!(message));
    }
    Ok(Some(changes))
}

/// The changes from --from and the flags, checked without the API.
fn local_changes(ctx: &Ctx, args: &UpdateArgs, id: &str) -> Result<Map<String, Value>> {
    let mut changes = match &args.from {
        Some(path) => from_document(path, id)?,
        None => Map::new(),
    };
    apply_flags(&mut changes, args)?;
    super::ls::resolve_schema_name(ctx, &mut changes, &mut None)?;
    if args.from.is_none() && changes.is_empty() && args.fields.nonce.is_none() {
        return Err(Error::usage(
            "nothing to change: give a field flag (--url, --status, ...) or --from FILE \
             (on a terminal, `byods update ID` alone asks field by field); \
             to renew the token only, use `byods extend`",
        ));
    }
    if let Some(url) = changes.get("url").and_then(Value::as_str)
        && let Some(w) = mutation::check_url(url)?
    {
        ctx.ui.warn(&w);
    }
    if let Some(schema) = changes.get("schemaId").and_then(Value::as_str) {
        mutation::check_schema_id(schema)?;
    }
    if let Some(v) = changes.get("tokenLifetimeMinutes") {
        mutation::lifetime_from_json(v, "--from")?;
    }
    Ok(changes)
}

/// The PUT body: the current values with the changes and a nonce applied. Returns the current
/// values as a body too, to show the difference.
fn plan(
    client: &Client,
    args: &UpdateArgs,
    current: Value,
    mut changes: Map<String, Value>,
) -> Result<(Value, Value)> {
    // A nonce copied from `byods get` output is the current one: renew it unless it was changed.
    let keep_nonce = changes
        .get("nonce")
        .is_some_and(|n| args.fields.nonce.is_some() || Some(n) != current.get("nonce"));
    if !keep_nonce {
        changes.insert("nonce".into(), json!(mutation::new_nonce()));
    }
    let body = mutation::put_body(&current, &changes)?;
    let before = mutation::put_body(&current, &Map::new()).unwrap_or_else(|_| current.clone());
    if let Some(schema) = body["schemaId"].as_str()
        && before["schemaId"].as_str() != Some(schema)
    {
        mutation::check_schema_known(&datasources::schemas(client)?, schema)?;
    }
    Ok((before, body))
}

/// What changed, the id and the new token's expiry.
fn view(id: &str, before: &Value, body: &Value, updated: Value) -> Outcome {
    let rows = mutation::diff(before, body)
        .into_iter()
        .map(|(field, old, new)| (field, Cell::from(format!("{old} → {new}"))))
        .chain([("id".to_string(), Cell::from(id.to_string()))])
        .chain(datasource::expires_at(&updated).map(|e| {
            (
                "token expires".to_string(),
                crate::ui::timefmt::rfc3339(e).into(),
            )
        }))
        .collect();
    let mut updated = updated;
    datasource::add_expiry(&mut updated, crate::ui::timefmt::now_unix());
    Outcome::new(updated, View::Records(vec![rows]))
}

/// The writable fields of one JSON object, e.g. `byods get ID --json` edited with jq.
fn from_document(path: &std::path::Path, id: &str) -> Result<Map<String, Value>> {
    let mut docs = input::read_json_documents(path)?;
    let doc = match (docs.len(), docs.pop()) {
        (1, Some(Value::Object(map))) => map,
        _ => {
            return Err(Error::usage(
                "--from must hold exactly one JSON object (the data source's fields)",
            ));
        }
    };
    if let Some(other) = doc.get("id").and_then(Value::as_str)
        && other != id
    {
        return Err(Error::usage(format!(
            "--from holds data source {other}, not {id}"
        )));
    }
    Ok(mutation::writable_fields(&doc))
}

fn apply_flags(changes: &mut Map<String, Value>, args: &UpdateArgs) -> Result<()> {
    mutation::apply_field_flags(changes, &args.fields.fields());
    if let Some(message) = &args.error_message {
        changes.insert("errorMessage".into(), json!(message));
    }
    if let Some(s) = args.status {
        changes.insert("status".into(), json!(s.as_str()));
    }
    Ok(())
}

/// One item of a bulk update: its id and the fields to change (flags applied on top).
struct Planned {
    id: String,
    changes: Map<String, Value>,
}

/// `update --from FILE` without an ID: every object names its data source by "id". Everything
/// that can be checked locally is, before the first request; then each item is read (GET) and
/// written (PUT) on `--parallel` workers, as one batch.
fn bulk(ctx: &Ctx, args: &UpdateArgs, path: &std::path::Path) -> Result<Outcome> {
    let planned = bulk_plan(ctx, args, path)?;
    let client = ctx.client()?;
    // A new schema must exist: one schema list for the whole batch, and only when one is named.
    if planned.iter().any(|p| p.changes.contains_key("schemaId")) {
        let schemas = datasources::schemas(client)?;
        for p in &planned {
            if let Some(schema) = p.changes.get("schemaId").and_then(Value::as_str) {
                mutation::check_schema_known(&schemas, schema)?;
            }
        }
    }
    if !args.yes && !args.write.dry_run && ctx.ui.can_prompt() {
        ctx.ui.line(&format!(
            "About to update {} data source(s).",
            planned.len()
        ));
        if !ctx.ui.confirm("Apply?")? {
            return Err(ctx.ui.cancelled());
        }
    }
    let audit = ctx.audit(args.write.no_log || args.write.dry_run)?;
    let explicit_nonce = args.fields.nonce.is_some();
    let results: Vec<Result<Value>> = crate::pool::map(
        &planned,
        usize::from(args.parallel),
        |p| {
            let current = datasources::get(client, &p.id)?;
            let mut changes = p.changes.clone();
            let keep_nonce = changes
                .get("nonce")
                .is_some_and(|n| explicit_nonce || Some(n) != current.get("nonce"));
            if !keep_nonce {
                changes.insert("nonce".into(), json!(mutation::new_nonce()));
            }
            let body = mutation::put_body(&current, &changes)?;
            if args.write.dry_run {
                let request = Request {
                    method: Method::Put,
                    path: datasources::path(&p.id),
                    body: Some(body),
                };
                return Ok(request.describe(client.base_url()));
            }
            let result = datasources::update(client, &p.id, &body);
            audit.record("update", Some(&p.id), Some(&body), result.as_ref(), None);
            Ok(result?.body)
        },
        |_| {},
    );
    let mut batch = Batch::new();
    for (p, result) in planned.iter().zip(results) {
        match result {
            Ok(value) => batch.push(Item::Done(value)),
            Err(e) => batch.push(Item::Failed(Failure::new(p.id.clone(), &e).labelled(&p.id))),
        }
    }
    // Items finished out of order: failures are reported in input order, once all are in.
    batch.report_failures(&ctx.ui);
    let status = batch.status();
    if args.write.dry_run {
        let requests: Vec<Value> = batch.successes().cloned().collect();
        return Ok(Outcome::json(Value::Array(requests)).with_exit(status));
    }
    let records: Vec<Value> = batch
        .into_items()
        .into_iter()
        .enumerate()
        .map(|(index, item)| bulk_record(index + 1, item))
        .collect();
    let table = Table {
        columns: vec!["item", "result", "id", "status", "token expires"],
        rows: records
            .iter()
            .map(|ds| {
                let [item, result] = super::bulk_item_cells(ds, "updated");
                vec![
                    item,
                    result,
                    Cell::from(datasource::text(ds, "id")),
                    super::status_cell(ds),
                    Cell::from(
                        datasource::expires_at(ds)
                            .map(crate::ui::timefmt::rfc3339)
                            .unwrap_or_else(|| "-".into()),
                    ),
                ]
            })
            .collect(),
    };
    Ok(Outcome::new(Value::Array(records), View::Table(table)).with_exit(status))
}

/// The items of a bulk update, checked locally: each an object with a valid, unrepeated "id"
/// and valid fields. An error names the item and nothing has been sent.
fn bulk_plan(ctx: &Ctx, args: &UpdateArgs, path: &std::path::Path) -> Result<Vec<Planned>> {
    let docs = input::read_json_documents(path)?;
    if docs.is_empty() {
        return Err(Error::usage(
            "--from holds no data sources (an empty array)",
        ));
    }
    let mut seen = std::collections::HashSet::new();
    let mut planned = Vec::new();
    // Read once, and only when an item names its schema by name.
    let mut schemas = None;
    for (index, doc) in docs.into_iter().enumerate() {
        let item = index + 1;
        let Value::Object(map) = doc else {
            return Err(Error::usage(format!(
                "item {item}: expected a JSON object with \"id\" and the fields to change"
            )));
        };
        let Some(id) = map.get("id").and_then(Value::as_str).map(str::to_string) else {
            return Err(Error::usage(format!(
                "item {item}: no \"id\": a bulk update names each data source by its id"
            )));
        };
        datasources::check_id("data source", &id)
            .map_err(|e| Error::usage(format!("item {item}: {e}")))?;
        if !seen.insert(id.clone()) {
            return Err(Error::usage(format!(
                "item {item}: data source {id} appears twice in the input"
            )));
        }
        let mut changes = mutation::writable_fields(&map);
        apply_flags(&mut changes, args)?;
        let place = |e: Error| Error::usage(format!("item {item} ({id}): {e}"));
        super::ls::resolve_schema_name(ctx, &mut changes, &mut schemas).map_err(|e| match e {
            Error::Usage(_) => place(e),
            other => other,
        })?;
        if let Some(url) = changes.get("url").and_then(Value::as_str)
            && let Some(w) = mutation::check_url(url).map_err(place)?
        {
            ctx.ui.warn(&format!("item {item} ({id}): {w}"));
        }
        if let Some(schema) = changes.get("schemaId").and_then(Value::as_str) {
            mutation::check_schema_id(schema).map_err(place)?;
        }
        if let Some(v) = changes.get("tokenLifetimeMinutes") {
            mutation::lifetime_from_json(v, "--from").map_err(place)?;
        }
        if let Some(status) = changes.get("status")
            && status != "active"
            && status != "disabled"
        {
            return Err(place(Error::usage(format!(
                "status must be \"active\" or \"disabled\", not {status}"
            ))));
        }
        planned.push(Planned { id, changes });
    }
    Ok(planned)
}

/// One entry of a bulk update's output: the updated data source with `byods: {item, result:
/// "updated"}`, or `{id, byods: {item, result: "failed", error}}`.
fn bulk_record(item: usize, result: Item<Value>) -> Value {
    match result {
        Item::Done(mut ds) => {
            if let Value::Object(map) = &mut ds {
                map.insert(
                    datasource::DERIVED_KEY.into(),
                    json!({"item": item, "result": "updated"}),
                );
            }
            ds
        }
        Item::Failed(f) => json!({
            "id": f.item,
            datasource::DERIVED_KEY: {"item": item, "result": "failed", "error": f.message},
        }),
    }
}
