//! `byods ls`: the data source listing with derived expiry values; `list` is shared with extend and check.

use serde_json::Value;

use super::batch::Item;
use super::fleet;
use super::{expiry_cell, status_cell};
use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::{ListFilters, LsArgs};
use crate::datasource::{self, text};
use crate::error::{Error, Result};
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, OutputFormat, Style, Table, View};

pub fn run(ctx: &Ctx, args: &LsArgs) -> Result<Outcome> {
    // Validate everything before the first request.
    let within = args.expiring_within;
    if let Some(profiles) = fleet::selected(ctx, &args.profiles)? {
        check_filters(&args.filters)?;
        return Ok(fleet_run(ctx, args, &profiles));
    }
    let selected = list(ctx, &args.filters, within)?;
    // The table is a second copy of every listed value: built only when it is what gets printed.
    let view = if ctx.ui.format() == OutputFormat::Table {
        View::Table(table(&selected))
    } else {
        View::Json
    };
    Ok(Outcome::new(Value::Array(selected), view))
}

/// The data sources matching the filters, each enriched with derived values. Shared with the
/// commands that act on many data sources at once.
pub fn list(ctx: &Ctx, filters: &ListFilters, expiring_within: Option<i64>) -> Result<Vec<Value>> {
    list_with(ctx, filters, expiring_within, true)
}

/// `list` for commands that print no schema names (extend): the schema list is fetched only to
/// check a `--schema` filter, so `extend --all` sends the listing and its PUTs, nothing more.
pub fn list_without_schema_names(ctx: &Ctx, filters: &ListFilters) -> Result<Vec<Value>> {
    list_with(ctx, filters, None, filters.schema.is_some())
}

fn list_with(
    ctx: &Ctx,
    filters: &ListFilters,
    expiring_within: Option<i64>,
    schema_names: bool,
) -> Result<Vec<Value>> {
    check_filters(filters)?;
    let client = ctx.client()?;
    // The schema list and the listing are independent: fetched at the same time they cost one
    // round trip, not two. A --schema filter is checked against the schemas before listing.
    let (schemas, items) = if !schema_names {
        (Ok(Vec::new()), None)
    } else if filters.schema.is_some() {
        (datasources::schemas(client), None)
    } else {
        std::thread::scope(|scope| {
            let schemas = scope.spawn(|| datasources::schemas(client));
            let items = datasources::list(client);
            let schemas = schemas
                .join()
                .unwrap_or_else(|_| Err(Error::internal("schema list thread panicked")));
            (schemas, Some(items))
        })
    };
    let service_types = match &schemas {
        Ok(schemas) => datasource::service_types(schemas),
        Err(e) => {
            ctx.warn(&format!("schema names unavailable: {e}"));
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
    let items = match items {
        Some(items) => items?,
        None => datasources::list(client)?,
    };
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

/// The filters' own checks, which need no request.
pub fn check_filters(filters: &ListFilters) -> Result<()> {
    if let Some(schema) = &filters.schema
        && uuid::Uuid::try_parse(schema).is_err()
    {
        return Err(Error::usage(format!(
            "invalid schema id '{}': expected a UUID (`byods schemas` lists them)",
            schema.escape_debug()
        )));
    }
    Ok(())
}

/// `ls --profiles`: every profile's listing, each item with its `profile`; a profile that failed
/// is one `{profile, result: "failed", error}` item and sets the exit status.
fn fleet_run(ctx: &Ctx, args: &LsArgs, profiles: &[String]) -> Outcome {
    let results = fleet::run_each(ctx, profiles, |profile_ctx| {
        list(profile_ctx, &args.filters, args.expiring_within)
    });
    let batch = fleet::batch(results);
    batch.report_failures(&ctx.ui);
    let status = batch.status();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for item in batch.into_items() {
        match item {
            Item::Done((profile, listed)) => {
                let mut profile_rows = table(&listed).rows;
                for row in &mut profile_rows {
                    row.insert(0, Cell::from(profile.clone()));
                }
                rows.extend(profile_rows);
                items.extend(listed.into_iter().map(|ds| fleet::tagged(&profile, ds)));
            }
            Item::Failed(failure) => {
                let mut row = vec![Cell::from(failure.item.clone()), Cell::from("-")];
                row.push(Cell::new("failed", Style::Bad));
                row.extend([
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(failure.message.clone()),
                ]);
                row.push(Cell::from(""));
                rows.push(row);
                items.push(fleet::failed_item(&failure));
            }
        }
    }
    let mut columns = vec!["profile"];
    columns.extend(table(&[]).columns);
    Outcome::new(Value::Array(items), View::Table(Table { columns, rows })).with_exit(status)
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
