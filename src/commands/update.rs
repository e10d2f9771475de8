//! `byods update`: plan (merge flags and --from onto the current values) → confirm the diff → PUT → view.

use serde_json::{Map, Value, json};

use crate::api::{Client, Method, datasources};
use crate::app::Ctx;
use crate::cli::UpdateArgs;
use crate::datasource;
use crate::error::{Error, Result};
use crate::input;
use crate::mutation::{self, Request};
use crate::ui::{Cell, Outcome, View};

pub fn run(ctx: &Ctx, args: &UpdateArgs) -> Result<Outcome> {
    datasources::check_id("data source", &args.id)?;
    let changes = local_changes(ctx, args)?;
    let client = ctx.client()?;
    let (before, body) = plan(client, args, changes)?;
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
            "nothing to change: give a field flag (--url, --status, ...) or --from FILE; \
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
    mut changes: Map<String, Value>,
) -> Result<(Value, Value)> {
    let current = datasources::get(client, &args.id)?;
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
