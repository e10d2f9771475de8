//! `byods ls`: the data source listing with derived expiry values; `list` is shared with extend and check.

use serde_json::Value;

use super::batch::Item;
use super::fleet;
use super::{expiry_cell, status_cell};
use crate::api::{Items, datasources};
use crate::app::Ctx;
use crate::cli::{ListFilters, LsArgs};
use crate::datasource::{self, text};
use crate::error::{Error, Result};
use crate::ui::stream::JsonStream;
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, OutputFormat, Style, Table, View};

pub fn run(ctx: &Ctx, args: &LsArgs) -> Result<Outcome> {
    // Validate everything before the first request.
    let within = args.expiring_within;
    if let Some(profiles) = fleet::selected(ctx, &args.profiles)? {
        check_filters(&args.filters)?;
        return Ok(fleet_run(ctx, args, &profiles));
    }
    // JSON out: each data source is printed as it is parsed, never held all at once.
    if let Some(stream) = ctx.ui.json_stream() {
        let mut printed = Printed(stream);
        for_each_listed(ctx, &args.filters, within, true, &mut printed)?;
        printed.0.finish()?;
        return Ok(Outcome::nothing());
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
    let mut gathered = Gathered::default();
    for_each_listed(ctx, filters, expiring_within, schema_names, &mut gathered)?;
    Ok(gathered.items)
}

/// Hands each data source matching the filters, enriched, to `out` as the listing is parsed.
fn for_each_listed(
    ctx: &Ctx,
    filters: &ListFilters,
    expiring_within: Option<i64>,
    schema_names: bool,
    out: &mut dyn Items,
) -> Result<()> {
    check_filters(filters)?;
    let client = ctx.client()?;
    // A --schema filter is checked against the schema list before listing: a typo must not
    // read as "no data sources".
    let early = (schema_names && filters.schema.is_some()).then(|| datasources::schemas(client));
    if let (Some(wanted), Some(Ok(schemas))) = (&filters.schema, &early)
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
    std::thread::scope(|scope| {
        // Otherwise the schema list and the listing are fetched at the same time: one round
        // trip, not two.
        let pending =
            (schema_names && early.is_none()).then(|| scope.spawn(|| datasources::schemas(client)));
        let mut listed = Listed {
            ctx,
            filters,
            expiring_within,
            now: timefmt::now_unix(),
            schemas: match early {
                Some(result) => Schemas::Fetched(result),
                None if schema_names => Schemas::Pending(pending),
                None => Schemas::Fetched(Ok(Vec::new())),
            },
            service_types: None,
            out,
        };
        let result = client.list_each(datasources::LIST_PATH, &mut listed);
        // Said even when the listing failed or was empty.
        listed.service_types();
        result
    })
}

/// The data sources of a listing, collected.
#[derive(Default)]
struct Gathered {
    items: Vec<Value>,
    page_starts_at: usize,
}

impl Items for Gathered {
    fn item(&mut self, item: Value) -> Result<()> {
        self.items.push(item);
        Ok(())
    }
    fn page_start(&mut self) {
        self.page_starts_at = self.items.len();
    }
    fn page_retry(&mut self) {
        self.items.truncate(self.page_starts_at);
    }
    fn can_restart(&self) -> bool {
        true
    }
}

/// Printed as they come (`ls -o json`, `-o ndjson`).
struct Printed<'a>(JsonStream<'a>);

impl Items for Printed<'_> {
    fn item(&mut self, item: Value) -> Result<()> {
        self.0.item(&item)
    }
}

enum Schemas<'scope> {
    Pending(Option<std::thread::ScopedJoinHandle<'scope, Result<Vec<Value>>>>),
    Fetched(Result<Vec<Value>>),
}

/// Enriches and filters the items of a listing on their way to `out`.
struct Listed<'a, 'scope> {
    ctx: &'a Ctx,
    filters: &'a ListFilters,
    expiring_within: Option<i64>,
    now: i64,
    schemas: Schemas<'scope>,
    service_types: Option<std::collections::HashMap<String, String>>,
    out: &'a mut dyn Items,
}

impl Listed<'_, '_> {
    /// Schema id → service type, once the schema list is in (waited for at the first item).
    fn service_types(&mut self) -> &std::collections::HashMap<String, String> {
        if self.service_types.is_none() {
            let fetched =
                match std::mem::replace(&mut self.schemas, Schemas::Fetched(Ok(Vec::new()))) {
                    Schemas::Pending(Some(handle)) => handle
                        .join()
                        .unwrap_or_else(|_| Err(Error::internal("schema list thread panicked"))),
                    Schemas::Pending(None) => Ok(Vec::new()),
                    Schemas::Fetched(result) => result,
                };
            let types = match fetched {
                Ok(schemas) => datasource::service_types(&schemas),
                Err(e) => {
                    self.ctx.warn(&format!("schema names unavailable: {e}"));
                    Default::default()
                }
            };
            self.service_types = Some(types);
        }
        self.service_types.get_or_insert_default()
    }

    fn keep(&self, ds: &Value) -> bool {
        self.filters
            .status
            .is_none_or(|s| ds.get("status").and_then(Value::as_str) == Some(s.as_str()))
            && self.filters.schema.as_deref().is_none_or(|s| {
                datasource::field(ds, "schemaId").is_some_and(|id| id.eq_ignore_ascii_case(s))
            })
            && self
                .expiring_within
                .is_none_or(|w| datasource::seconds_left(ds).is_some_and(|left| left <= w))
    }
}

impl Items for Listed<'_, '_> {
    fn item(&mut self, ds: Value) -> Result<()> {
        let now = self.now;
        let ds = datasource::enrich(ds, self.service_types(), now);
        if self.keep(&ds) {
            self.out.item(ds)?;
        }
        Ok(())
    }
    fn page_start(&mut self) {
        self.out.page_start();
    }
    fn page_retry(&mut self) {
        self.out.page_retry();
    }
    fn can_restart(&self) -> bool {
        self.out.can_restart()
    }
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
