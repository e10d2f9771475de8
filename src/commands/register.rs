//! `byods register`: plan (bodies from flags, --from or guided prompts; checks that need only GETs)
//! → confirm → POST each as one batch → view.

use serde_json::{Map, Value, json};

use super::batch::{Batch, Failure, Item};
use crate::api::{Client, Method, datasources};
use crate::app::Ctx;
use crate::cli::RegisterArgs;
use crate::datasource;
use crate::error::{Error, Result};
use crate::input;
use crate::mutation::{self, Request};
use crate::ui::{Cell, Outcome, Table, Ui, View};

pub fn run(ctx: &Ctx, args: &RegisterArgs) -> Result<Outcome> {
    if args.skeleton {
        return Ok(Outcome::json(skeleton()));
    }
    // Flags make one data source (an object out); --from makes a batch (an array out).
    let single = args.from.is_none();
    let guided = args.from.is_none() && args.fields.url.is_none();
    let requests = plan(ctx, args, guided)?;
    let client = ctx.client()?;
    if args.write.dry_run {
        return Ok(Outcome::json(mutation::dry_run_output(
            &requests,
            client.base_url(),
            single,
        )));
    }
    let batch = execute(ctx, client, &requests, single, args)?;
    // One data source from flags: a failure was returned as the error in `execute`.
    if single && let Some(ds) = batch.successes().next() {
        let record = summary(ds);
        let mut ds = ds.clone();
        datasource::add_expiry(&mut ds, crate::ui::timefmt::now_unix());
        return Ok(Outcome::new(ds, View::Records(vec![record])));
    }
    Ok(view(batch, &requests))
}

/// The POST requests to send: bodies from --from, flags or guided prompts, checked locally, then
/// against the API with GETs only (known schema, no duplicate), then confirmed after prompts.
fn plan(ctx: &Ctx, args: &RegisterArgs, guided: bool) -> Result<Vec<Request>> {
    let mut docs = match &args.from {
        Some(path) => documents(path)?,
        None => vec![Map::new()],
    };
    let mut schemas: Option<Vec<Value>> = None;
    for doc in &mut docs {
        mutation::apply_field_flags(doc, &args.fields.fields());
        super::ls::resolve_schema_name(ctx, doc, &mut schemas)?;
    }
    if guided {
        if !ctx.ui.can_prompt() {
            return Err(Error::usage(
                "missing required flag --url (or --from FILE); not prompting because \
                 stdin/stdout is not a terminal or --no-input is set",
            ));
        }
        let list = datasources::schemas(ctx.client()?)?;
        ask_missing(&ctx.ui, &mut docs[0], &list)?;
        schemas = Some(list);
    }
    let mut bodies = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let place = if args.from.is_some() {
            format!("item {}", i + 1)
        } else {
            "register".to_string()
        };
        let (body, warnings) = mutation::register_body(doc, &place)?;
        for w in warnings {
            ctx.ui.warn(&w);
        }
        bodies.push(body);
    }
    // Checks that need the API: GETs only, still before anything is written.
    let client = ctx.client()?;
    let schemas = match schemas {
        Some(s) => s,
        None => datasources::schemas(client)?,
    };
    for body in &bodies {
        mutation::check_schema_known(&schemas, body["schemaId"].as_str().unwrap_or(""))?;
    }
    if !args.allow_duplicate {
        check_duplicates(&datasources::list(client)?, &bodies)?;
    }
    if guided && !args.yes && !args.write.dry_run {
        ctx.ui.line(&format!(
            "\nAbout to register:\n{}",
            crate::ui::pretty(&bodies[0])
        ));
        if !ctx.ui.confirm("Register this data source?")? {
            return Err(ctx.ui.cancelled());
        }
    }
    Ok(bodies
        .into_iter()
        .map(|body| Request {
            method: Method::Post,
            path: datasources::LIST_PATH.into(),
            body: Some(body),
        })
        .collect())
}

/// Sends the requests on `--parallel` workers, going on after a failure (unless it is the only
/// one); each is audited. Failures are reported in input order once all are in.
fn execute(
    ctx: &Ctx,
    client: &Client,
    requests: &[Request],
    single: bool,
    args: &RegisterArgs,
) -> Result<Batch<Value>> {
    let audit = ctx.audit(args.write.no_log)?;
    let results = crate::pool::map(
        requests,
        usize::from(args.parallel),
        |request| {
            let body = request.body.as_ref().expect("register has a body");
            let result = datasources::register(client, body);
            let id = result
                .as_ref()
                .ok()
                .and_then(|r| r.body.get("id"))
                .and_then(Value::as_str);
            audit.record("register", id, Some(body), result.as_ref(), None);
            let url = body["url"].as_str().unwrap_or_default();
            result
                .map(|response| response.body)
                .map_err(|e| with_check_hint(e, url))
        },
        |_| {},
    );
    let mut batch = Batch::new();
    for (index, (request, result)) in requests.iter().zip(results).enumerate() {
        match result {
            Ok(ds) => batch.done(ds),
            Err(e) if single => return Err(e),
            Err(e) => {
                let item = index + 1;
                let url = request
                    .body
                    .as_ref()
                    .and_then(|b| b["url"].as_str())
                    .unwrap_or_default();
                let failure =
                    Failure::new(item.to_string(), &e).labelled(format!("item {item} ({url})"));
                batch.push(Item::Failed(failure));
            }
        }
    }
    batch.report_failures(&ctx.ui);
    Ok(batch)
}

/// A bulk run's table and JSON.
fn view(batch: Batch<Value>, requests: &[Request]) -> Outcome {
    let status = batch.status();
    // In a bulk run every input gets an entry, in input order, so failures can be matched.
    let created: Vec<Value> = batch
        .into_items()
        .into_iter()
        .zip(requests)
        .enumerate()
        .map(|(index, (item, request))| bulk_record(index + 1, item, request))
        .collect();
    let table = Table {
        columns: vec!["item", "result", "id", "url", "schema", "status"],
        rows: created
            .iter()
            .map(|ds| {
                let derived = &ds[datasource::DERIVED_KEY];
                let failed = derived["result"] == "failed";
                let [item, result] = super::bulk_item_cells(ds, "registered");
                vec![
                    item,
                    result,
                    Cell::from(datasource::text(ds, "id")),
                    Cell::from(if failed {
                        derived["url"].as_str().unwrap_or_default().to_string()
                    } else {
                        datasource::text(ds, "url")
                    }),
                    Cell::from(datasource::text(ds, "schemaId")),
                    super::status_cell(ds),
                ]
            })
            .collect(),
    };
    Outcome::new(Value::Array(created), View::Table(table)).with_exit(status)
}

/// One entry of a bulk run's output: the data source with `byods: {item, result: "registered"}`
/// added, or `{byods: {item, result: "failed", url, error}}`.
fn bulk_record(item: usize, result: Item<Value>, request: &Request) -> Value {
    match result {
        Item::Done(mut ds) => {
            if let Value::Object(map) = &mut ds {
                map.insert(
                    datasource::DERIVED_KEY.into(),
                    json!({"item": item, "result": "registered"}),
                );
            }
            datasource::add_expiry(&mut ds, crate::ui::timefmt::now_unix());
            ds
        }
        Item::Failed(f) => {
            let url = request
                .body
                .as_ref()
                .and_then(|b| b["url"].as_str())
                .unwrap_or_default();
            json!({datasource::DERIVED_KEY: {
                "item": item, "result": "failed", "url": url, "error": f.message,
            }})
        }
    }
}

/// A body for `--from`, with the defaults spelled out.
fn skeleton() -> Value {
    json!({
        "url": "https://example.com/byods",
        "schemaId": mutation::DEFAULT_SCHEMA,
        "audience": mutation::DEFAULT_AUDIENCE,
        "subject": mutation::DEFAULT_SUBJECT,
        "tokenLifetimeMinutes": mutation::DEFAULT_LIFETIME,
    })
}

fn documents(path: &std::path::Path) -> Result<Vec<Map<String, Value>>> {
    let docs = input::read_json_documents(path)?;
    if docs.is_empty() {
        return Err(Error::usage(
            "--from holds no data sources (an empty array)",
        ));
    }
    docs.into_iter()
        .enumerate()
        .map(|(i, d)| match d {
            Value::Object(map) => Ok(map),
            other => Err(Error::usage(format!(
                "item {}: expected a JSON object with url, schemaId, ..., not {other}",
                i + 1
            ))),
        })
        .collect()
}

/// Guided prompts for what the flags left out, defaults in brackets.
fn ask_missing(ui: &Ui, doc: &mut Map<String, Value>, schemas: &[Value]) -> Result<()> {
    let url = ui.ask_valid("Data source URL", None, |a| {
        mutation::check_url(a).map_err(|e| e.to_string())?;
        Ok(a.to_string())
    })?;
    doc.insert("url".into(), json!(url));
    if !doc.contains_key("schemaId") && !schemas.is_empty() {
        let options = super::schema_choices(schemas);
        let default = schemas
            .iter()
            .position(|s| s["id"] == mutation::DEFAULT_SCHEMA)
            .unwrap_or(0);
        let picked = ui.choose("Schema:", &options, default)?;
        doc.insert("schemaId".into(), schemas[picked]["id"].clone());
    }
    for (name, label, default) in [
        ("audience", "Audience", mutation::DEFAULT_AUDIENCE),
        ("subject", "Subject", mutation::DEFAULT_SUBJECT),
    ] {
        if !doc.contains_key(name) {
            doc.insert(name.into(), json!(ui.ask(label, Some(default))?));
        }
    }
    if !doc.contains_key("nonce") {
        // As the original asks; Enter takes the fresh UUID offered.
        let fresh = mutation::new_nonce();
        doc.insert("nonce".into(), json!(ui.ask("Nonce", Some(&fresh))?));
    }
    if !doc.contains_key("tokenLifetimeMinutes") {
        let default = mutation::DEFAULT_LIFETIME.to_string();
        let minutes = ui.ask_valid(
            "Token lifetime in minutes",
            Some(&default),
            mutation::parse_lifetime_arg,
        )?;
        doc.insert("tokenLifetimeMinutes".into(), json!(minutes));
    }
    Ok(())
}

/// Refuses a url + schema pair that is already registered (or repeated within the batch).
fn check_duplicates(existing: &[Value], bodies: &[Value]) -> Result<()> {
    let key = |b: &Value| {
        (
            b["url"].as_str().unwrap_or_default().to_string(),
            b["schemaId"].as_str().unwrap_or_default().to_string(),
        )
    };
    for (i, body) in bodies.iter().enumerate() {
        let (url, schema) = key(body);
        if let Some(ds) = existing.iter().find(|ds| {
            datasource::field(ds, "url").as_deref() == Some(url.as_str())
                && datasource::field(ds, "schemaId").as_deref() == Some(schema.as_str())
        }) {
            return Err(Error::usage(format!(
                "data source {} already has url {url} and schema {schema}; \
                 pass --allow-duplicate to register another",
                datasource::text(ds, "id")
            )));
        }
        if bodies[..i]
            .iter()
            .any(|b| key(b) == (url.clone(), schema.clone()))
        {
            return Err(Error::usage(format!(
                "url {url} with schema {schema} appears twice in the input; \
                 pass --allow-duplicate to register both"
            )));
        }
    }
    Ok(())
}

/// A POST that may have arrived must not be re-sent blindly: say how to look for it.
fn with_check_hint(e: Error, url: &str) -> Error {
    match e {
        Error::Transient(message) => Error::Transient(format!(
            "{message}\nIt may have been created. To check: \
             byods ls --json --jq '.[] | select(.url == \"{url}\")'"
        )),
        other => other,
    }
}

fn summary(ds: &Value) -> Vec<(String, Cell)> {
    let mut rows: Vec<(String, Cell)> = [
        "id",
        "url",
        "schemaId",
        "audience",
        "subject",
        "tokenLifetimeMinutes",
    ]
    .iter()
    .map(|k| (k.to_string(), Cell::from(datasource::text(ds, k))))
    .collect();
    rows.push(("status".into(), super::status_cell(ds)));
    if let Some(exp) = datasource::expires_at(ds) {
        rows.push((
            "token expires".into(),
            crate::ui::timefmt::rfc3339(exp).into(),
        ));
    }
    rows
}
