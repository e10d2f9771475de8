//! `byods get`: data sources by id, enriched with derived expiry values and their decoded JWS.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::Value;

use super::batch::{Batch, Failure, Item};
use super::{expiry_cell, status_cell};
use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::GetArgs;
use crate::datasource;
use crate::error::{Error, ExitStatus, Result};
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Style, View};
use crate::{input, pool};

pub fn run(ctx: &Ctx, args: &GetArgs) -> Result<Outcome> {
    let from_stdin = args.ids.iter().any(|a| a == "-");
    let ids = input::expand_ids(&args.ids)?;
    if ids.is_empty() {
        return Ok(super::nothing_to_do(ctx));
    }
    for id in &ids {
        datasources::check_id("data source", id)?;
    }
    let now = timefmt::now_unix();
    let (batch, service_types) = fetch(ctx, &ids, usize::from(args.parallel))?;
    let status = batch.status();
    let mut found: Vec<Value> = batch
        .into_items()
        .into_iter()
        .filter_map(|item| match item {
            Item::Done(ds) => Some(with_claims(
                datasource::enrich(ds, &service_types, now),
                now,
            )),
            Item::Failed(_) => None,
        })
        .collect();
    if found.is_empty() && status != ExitStatus::Success {
        return Err(Error::Exit(status));
    }
    let records = found.iter().map(record).collect();
    let data = if ids.len() == 1 && !from_stdin {
        found.pop().unwrap_or(Value::Null)
    } else {
        Value::Array(found)
    };
    Ok(Outcome::new(data, View::Records(records)).with_exit(status))
}

/// The data sources, `parallel` at a time, in the order of `ids` (each failure reported, in that
/// order), and the schema list's service types, fetched alongside: one round trip less. A
/// failure that would fail every other id too (credentials, the network) ends the run, and
/// workers start no more requests.
fn fetch(
    ctx: &Ctx,
    ids: &[String],
    parallel: usize,
) -> Result<(Batch<Value>, HashMap<String, String>)> {
    let client = ctx.client()?;
    let stop = AtomicBool::new(false);
    let ends_run = |e: &Error| ids.len() == 1 || matches!(e, Error::Auth(_) | Error::Transient(_));
    let (fetched, schemas) = std::thread::scope(|scope| {
        let schemas = scope.spawn(|| datasources::schemas(client));
        let fetched = pool::map(
            ids,
            parallel,
            |id| {
                if stop.load(Ordering::SeqCst) {
                    return None;
                }
                let result = datasources::get(client, id);
                if result.as_ref().is_err_and(ends_run) {
                    stop.store(true, Ordering::SeqCst);
                }
                Some(result)
            },
            |_| {},
        );
        (fetched, schemas.join())
    });
    let mut batch = Batch::new();
    for (id, result) in ids.iter().zip(fetched) {
        match result {
            Some(Ok(ds)) => batch.done(ds),
            Some(Err(e)) if ends_run(&e) => return Err(e),
            // One bad id in a batch doesn't hide the others.
            Some(Err(e)) => batch.failed(&ctx.ui, Failure::new(id.as_str(), &e)),
            // Not fetched: only after a failure that ends the run, returned above.
            None => {}
        }
    }
    let service_types = match schemas {
        Ok(Ok(schemas)) => datasource::service_types(&schemas),
        _ => HashMap::new(),
    };
    Ok((batch, service_types))
}

/// Adds the decoded JWS (header, claims, readable times) under `byods.jws`.
fn with_claims(mut ds: Value, now: i64) -> Value {
    let decoded = ds
        .get("jwsToken")
        .and_then(Value::as_str)
        .and_then(|t| crate::jws::decode(t).ok());
    if let (Some(decoded), Some(derived)) = (decoded, ds.get_mut(datasource::DERIVED_KEY)) {
        derived["jws"] = crate::jws::describe(&decoded, now);
    }
    ds
}

fn record(ds: &Value) -> Vec<(String, Cell)> {
    let mut rows: Vec<(String, Cell)> = Vec::new();
    if let Value::Object(map) = ds {
        for (key, value) in map {
            let cell = match key.as_str() {
                datasource::DERIVED_KEY => continue,
                "status" => status_cell(ds),
                "jwsToken" => {
                    let t = value.as_str().unwrap_or("");
                    let head: String = t.chars().take(16).collect();
                    Cell::new(format!("{head}… ({} chars)", t.len()), Style::Dim)
                }
                _ => Cell::from(match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                }),
            };
            rows.push((key.clone(), cell));
        }
    }
    let derived = &ds[datasource::DERIVED_KEY];
    if let Some(t) = derived["schemaServiceType"].as_str() {
        rows.push(("schema service".into(), t.into()));
    }
    if let Some(at) = derived["tokenExpiresAt"].as_str() {
        let mut cell = expiry_cell(ds);
        cell.text = format!("{at} ({})", cell.text);
        rows.push(("token expires".into(), cell));
    }
    if let Some(claims) = derived["jws"]["claims"].as_object() {
        for (name, value) in claims {
            let label = crate::jws::claim_labels()
                .iter()
                .find(|(claim, _)| claim == name)
                .map(|(_, label)| format!("jws {label}"))
                .unwrap_or_else(|| format!("jws {name}"));
            let text = match (name.as_str(), value.as_i64()) {
                ("iat" | "exp", Some(t)) => timefmt::rfc3339(t),
                _ => value
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| value.to_string()),
            };
            rows.push((label, text.into()));
        }
        rows.push((
            "jws signature".into(),
            Cell::new("not verified (use byods jwt verify)", Style::Dim),
        ));
    }
    rows
}
