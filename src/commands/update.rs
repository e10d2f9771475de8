//! `byods update`: plan (merge flags and --from onto the current values) → confirm the diff → PUT → view.

use serde_json::{Map, Value, json};

use crate::api::{Client, Method, datasources};
use crate::app::Ctx;
use crate::cli::UpdateArgs;
use crate::datasource;
use crate::error::{Error, Result};
use crate::input;
use crate::mutation::{self, Request};
use crate::ui::{Cell, Outcome, Ui, View};

pub fn run(ctx: &Ctx, args: &UpdateArgs) -> Result<Outcome> {
    datasources::check_id("data source", &args.id)?;
    // No flags on a terminal: ask field by field instead of refusing.
    if nothing_given(args) && ctx.ui.can_prompt() {
        let client = ctx.client()?;
        let current = datasources::get(client, &args.id)?;
        let schemas = datasources::schemas(client)?;
        let Some(changes) = guided_changes(&ctx.ui, &current, &schemas)? else {
            return Err(ctx.ui.cancelled());
        };
        if changes.is_empty() {
            ctx.ui.info("nothing changed: nothing was sent");
            return Ok(Outcome::nothing());
        }
        return send(ctx, client, args, current, changes);
    }
    let changes = local_changes(ctx, args)?;
    let client = ctx.client()?;
    let current = datasources::get(client, &args.id)?;
    send(ctx, client, args, current, changes)
}

/// Plan → dry run or confirm → PUT → view, for changes from flags, --from or the guided prompts.
fn send(
    ctx: &Ctx,
    client: &Client,
    args: &UpdateArgs,
    current: Value,
    changes: Map<String, Value>,
) -> Result<Outcome> {
    let (before, body) = plan(client, args, current, changes)?;
    if args.write.dry_run {
        let request = Request {
            method: Method::Put,
            path: datasources::path(&args.id),
            body: Some(body),
        };
        return Ok(Outcome::json(request.describe(client.base_url())));
    }
    if !args.yes && ctx.ui.can_prompt() {
        ctx.ui.line(&format!("Changes to data source {}:", args.id));
        for (field, old, new) in mutation::diff(&before, &body) {
            ctx.ui.line(&format!("  {field}: {old} → {new}"));
        }
        if !ctx.ui.confirm("Apply?")? {
            return Err(ctx.ui.cancelled());
        }
    }
    let audit = ctx.audit(args.write.no_log)?;
    let result = datasources::update(client, &args.id, &body);
    audit.record("update", Some(&args.id), Some(&body), result.as_ref(), None);
    Ok(view(&args.id, &before, &body, result?.body))
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
        let mut options: Vec<String> = schemas
            .iter()
            .map(|s| {
                format!(
                    "{}  {} — {}",
                    datasource::text(s, "id"),
                    datasource::text(s, "serviceType"),
                    datasource::text(s, "description")
                )
            })
            .collect();
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
fn local_changes(ctx: &Ctx, args: &UpdateArgs) -> Result<Map<String, Value>> {
    let mut changes = match &args.from {
        Some(path) => from_document(path, &args.id)?,
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
