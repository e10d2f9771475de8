//! `byods ls`: the data source listing with derived expiry values; `list` is shared with extend and check.

use serde_json::Value;

use super::{expiry_cell, status_cell};
use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::{ListFilters, LsArgs};
use crate::datasource::{self, text};
use crate::error::{Error, Result};
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Table, View};

pub fn run(ctx: &Ctx, args: &LsArgs) -> Result<Outcome> {
    // Validate everything before the first request.
    let within = args.expiring_within;
    let selected = list(ctx, &args.filters, within)?;
    let table = table(&selected);
    Ok(Outcome::new(Value::Array(selected), View::Table(table)))
}

/// The data sources matching the filters, each enriched with derived values. Shared with the
/// commands that act on many data sources at once.
pub fn list(ctx: &Ctx, filters: &ListFilters, expiring_within: Option<i64>) -> Result<Vec<Value>> {
    if let Some(schema) = &filters.schema
        && uuid::Uuid::try_parse(schema).is_err()
    {
        return Err(Error::usage(format!(
            "invalid schema id '{}': expected a UUID (`byods schemas` lists them)",
            schema.escape_debug()
        )));
    }
    let client = ctx.client()?;
    let schemas = datasources::schemas(client);
    let service_types = match &schemas {
        Ok(schemas) => datasource::service_types(schemas),
        Err(e) => {
            ctx.ui.warn(&format!("schema names unavailable: {e}"));
            Default::default()
        }
    };
    // A typo in --schema must not read as "no data sources": an unknown schema is an error.
    if let (Some(wanted), Ok(schemas)) = (&filters.schema, &schemas)
        && !schemas.iter().any(|s| {
            s.get("id")
                .and_then(Value::as_str)
                .is_some_and(|id| id.eq_ignore_ascii_case(wanted))
        })
    {
        return Err(Error::usage(format!(
            "unknown schema '{wanted}': `byods schemas` lists the schema ids"
        )));
    }
    let items = datasources::list(client)?;
    let now = timefmt::now_unix();
    Ok(items
        .into_iter()
        .map(|ds| datasource::enrich(ds, &service_types, now))
        .filter(|ds| {
            filters
                .status
                .is_none_or(|s| ds.get("status").and_then(Value::as_str) == Some(s.as_str()))
        })
        .filter(|ds| {
            filters.schema.as_deref().is_none_or(|s| {
                datasource::field(ds, "schemaId").is_some_and(|id| id.eq_ignore_ascii_case(s))
            })
        })
        .filter(|ds| {
            expiring_within
                .is_none_or(|w| datasource::seconds_left(ds).is_some_and(|left| left <= w))
        })
        .collect())
}

fn table(items: &[Value]) -> Table {
    Table {
        columns: vec!["id", "status", "audience", "schema", "url", "expires"],
        rows: items
            .iter()
            .map(|ds| {
                let schema = ds[datasource::DERIVED_KEY]["schemaServiceType"]
                    .as_str()
                    .map(str::to_string)
                    .or_else(|| datasource::field(ds, "schemaId"))
                    .unwrap_or_default();
                vec![
                    Cell::from(text(ds, "id")),
                    status_cell(ds),
                    Cell::from(datasource::field(ds, "audience").unwrap_or_default()),
                    Cell::from(schema),
                    Cell::from(datasource::field(ds, "url").unwrap_or_default()),
                    expiry_cell(ds),
                ]
            })
            .collect(),
    }
}
