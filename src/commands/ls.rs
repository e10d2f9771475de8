//! `byods ls`: the data source listing with derived expiry values; `list` is shared with extend and check.

use serde_json::Value;

use super::batch::Item;
use super::fleet;
use super::{expiry_cell, status_cell};
use crate::api::{Collected, Items, datasources};
use crate::app::Ctx;
use crate::cli::{ListFilters, LsArgs};
use crate::datasource::{self, text};
use crate::error::{Error, Result};
use crate::ui::stream::JsonStream;
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Style, Table, View};

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
    let view = if ctx.ui.format().is_table() {
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
/// resolve a `--schema` filter, so `extend --all` sends the listing and its PUTs, nothing more.
pub fn list_without_schema_names(ctx: &Ctx, filters: &ListFilters) -> Result<Vec<Value>> {
    list_with(ctx, filters, None, filters.schema.is_some())
}

fn list_with(
    ctx: &Ctx,
    filters: &ListFilters,
    expiring_within: Option<i64>,
    schema_names: bool,
) -> Result<Vec<Value>> {
    let mut gathered = Collected::default();
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
    // A --schema filter needs the schema list before listing: a name is resolved through it, and
    // a typo must not read as "no data sources".
    let early = filters
        .schema
        .as_ref()
        .map(|_| datasources::schemas(client));
    let wanted_schema = match (&filters.schema, &early) {
        (Some(wanted), Some(Ok(schemas))) => {
            Some(datasource::resolve_schema(schemas, wanted).map_err(Error::usage)?)
        }
        // A schema name cannot be resolved without the list: its failure is the run's.
        (Some(wanted), Some(Err(_))) if uuid::Uuid::try_parse(wanted).is_err() => {
            return Err(early.expect("matched Some").expect_err("matched Err"));
        }
        // A UUID filters without the list (a warning says the names are missing).
        (Some(wanted), _) => Some(wanted.clone()),
        (None, _) => None,
    };
    std::thread::scope(|scope| {
        // Otherwise the schema list and the listing are fetched at the same time: one round
        // trip, not two.
        let pending =
            (schema_names && early.is_none()).then(|| scope.spawn(|| datasources::schemas(client)));
        let mut listed = Listed {
            ctx,
            filters,
            wanted_schema,
            expiring_within,
            now: timefmt::now_unix(),
            schemas: match early {
                Some(result) => Schemas::Fetched(result),
                None if schema_names => Schemas::Pending(pending),
                None => Schemas::Fetched(Ok(Vec::new())),
            },
            lookups: None,
            fetched_schemas: None,
            seen: Vec::new(),
            out,
        };
        let result = client.list_each(datasources::LIST_PATH, &mut listed);
        if result.is_ok() {
            // Said even when the listing was empty (a failed listing's error is the one message).
            listed.lookups();
            // Every full listing keeps the ids for shell completion.
            let seen = std::mem::take(&mut listed.seen);
            super::complete::remember(ctx, seen, listed.fetched_schemas.as_deref());
        }
        result
    })
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

/// What the schema list gives each data source: its service type and its schema's name.
#[derive(Default)]
struct Lookups {
    service_types: std::collections::HashMap<String, String>,
    labels: std::collections::HashMap<String, String>,
}

/// Enriches and filters the items of a listing on their way to `out`.
struct Listed<'a, 'scope> {
    ctx: &'a Ctx,
    filters: &'a ListFilters,
    wanted_schema: Option<String>,
    expiring_within: Option<i64>,
    now: i64,
    schemas: Schemas<'scope>,
    lookups: Option<Lookups>,
    /// The schema list, when it came, for the completion cache.
    fetched_schemas: Option<Vec<Value>>,
    /// Every listed data source's id and url, for the completion cache.
    seen: Vec<(String, String)>,
    out: &'a mut dyn Items,
}

impl Listed<'_, '_> {
    /// The schema lookups, once the schema list is in (waited for at the first item).
    fn lookups(&mut self) -> &Lookups {
        if self.lookups.is_none() {
            let fetched =
                match std::mem::replace(&mut self.schemas, Schemas::Fetched(Ok(Vec::new()))) {
                    Schemas::Pending(Some(handle)) => handle
                        .join()
                        .unwrap_or_else(|_| Err(Error::internal("schema list thread panicked"))),
                    Schemas::Pending(None) => Ok(Vec::new()),
                    Schemas::Fetched(result) => result,
                };
            let lookups = match fetched {
                Ok(schemas) => {
                    let lookups = Lookups {
                        service_types: datasource::service_types(&schemas),
                        labels: datasource::schema_labels(&schemas),
                    };
                    self.fetched_schemas = Some(schemas);
                    lookups
                }
                Err(e) => {
                    self.ctx.warn(&format!("schema names unavailable: {e}"));
                    Lookups::default()
                }
            };
            self.lookups = Some(lookups);
        }
        self.lookups.get_or_insert_default()
    }

    fn keep(&self, ds: &Value) -> bool {
        self.filters
            .status
            .is_none_or(|s| ds.get("status").and_then(Value::as_str) == Some(s.as_str()))
            && self.wanted_schema.as_deref().is_none_or(|s| {
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
        self.seen.extend(super::complete::id_and_url(&ds));
        let lookups = self.lookups();
        let mut ds = datasource::enrich(ds, &lookups.service_types, now);
        let label =
            datasource::field(&ds, "schemaId").and_then(|id| lookups.labels.get(&id).cloned());
        if let Some(derived) = ds
            .get_mut(datasource::DERIVED_KEY)
            .and_then(Value::as_object_mut)
        {
            derived.insert("schemaName".into(), label.into());
        }
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
