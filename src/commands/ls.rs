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
    // A schema is a UUID or a name (`VoiceVirtualAgent/gRPC`); anything else is refused unsent.
    if let Some(schema) = &filters.schema
        && uuid::Uuid::try_parse(schema).is_err()
        && !looks_like_schema_name(schema)
    {
        return Err(Error::usage(format!(
            "invalid schema id or name '{}': expected a UUID or a schema name such as VoiceVirtualAgent/gRPC \
             (`byods schemas` lists them)",
            schema.escape_debug()
        )));
    }
    let client = ctx.client()?;
    let schemas = match (datasources::schemas(client), &filters.schema) {
        // A schema name cannot be resolved without the list: its failure is the run's.
        (Err(e), Some(wanted)) if uuid::Uuid::try_parse(wanted).is_err() => return Err(e),
        (result, _) => result,
    };
    let (service_types, labels) = match &schemas {
        Ok(schemas) => (
            datasource::service_types(schemas),
            datasource::schema_labels(schemas),
        ),
        Err(_) => Default::default(),
    };
    // A typo in --schema must not read as "no data sources": an unknown schema is an error.
    let wanted_schema = match (&filters.schema, &schemas) {
        (None, _) => None,
        (Some(wanted), Ok(schemas)) => {
            Some(datasource::resolve_schema(schemas, wanted).map_err(Error::usage)?)
        }
        // A UUID filters without the list (the warning below says the names are missing).
        (Some(wanted), Err(_)) => Some(wanted.clone()),
    };
    let items = datasources::list(client)?;
    // Every full listing keeps the ids for shell completion.
    super::complete::remember(ctx, &items, schemas.as_ref().ok().map(Vec::as_slice));
    if let Err(e) = &schemas {
        ctx.ui.warn(&format!("schema names unavailable: {e}"));
    }
    let now = timefmt::now_unix();
    Ok(items
        .into_iter()
        .map(|ds| datasource::enrich(ds, &service_types, now))
        .map(|mut ds| {
            let label = datasource::field(&ds, "schemaId").and_then(|id| labels.get(&id).cloned());
            if let Some(derived) = ds
                .get_mut(datasource::DERIVED_KEY)
                .and_then(Value::as_object_mut)
            {
                derived.insert("schemaName".into(), label.into());
            }
            ds
        })
        .filter(|ds| {
            filters
                .status
                .is_none_or(|s| ds.get("status").and_then(Value::as_str) == Some(s.as_str()))
        })
        .filter(|ds| {
            wanted_schema.as_deref().is_none_or(|s| {
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
                let schema = ds[datasource::DERIVED_KEY]["schemaName"]
                    .as_str()
                    .or(ds[datasource::DERIVED_KEY]["schemaServiceType"].as_str())
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

/// `schemaId` of a document, when it is a schema name rather than an id, replaced by the id it
/// names (`register --schema VoiceVirtualAgent/WebSocket`). Reads the schema list only then.
pub fn resolve_schema_name(
    ctx: &Ctx,
    doc: &mut serde_json::Map<String, Value>,
    schemas: &mut Option<Vec<Value>>,
) -> Result<()> {
    let Some(name) = doc.get("schemaId").and_then(Value::as_str) else {
        return Ok(());
    };
    if uuid::Uuid::try_parse(name).is_ok() || !looks_like_schema_name(name) {
        return Ok(());
    }
    if schemas.is_none() {
        *schemas = Some(datasources::schemas(ctx.client()?)?);
    }
    let id = datasource::resolve_schema(schemas.as_deref().unwrap_or_default(), name)
        .map_err(Error::usage)?;
    doc.insert("schemaId".into(), Value::String(id));
    Ok(())
}

/// A schema name as `schema_labels` makes them: a letter, then letters, digits and `/-_`, at
/// least three in all (service types are words). Anything else is refused before a request.
fn looks_like_schema_name(text: &str) -> bool {
    (3..=100).contains(&text.len())
        && text.starts_with(|c: char| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_'))
}
