//! `byods schemas`: the data source schemas, or one of them.

use serde_json::Value;

use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::SchemasArgs;
use crate::datasource::text;
use crate::error::Result;
use crate::ui::{Cell, Outcome, Table, View};

pub fn run(ctx: &Ctx, args: &SchemasArgs) -> Result<Outcome> {
    if let Some(id) = &args.id {
        datasources::check_id("schema", id)?;
        let schema = datasources::schema(ctx.client()?, id)?;
        let record = match &schema {
            Value::Object(map) => map
                .keys()
                .map(|k| (k.clone(), Cell::from(text(&schema, k))))
                .collect(),
            _ => Vec::new(),
        };
        return Ok(Outcome::new(schema, View::Records(vec![record])));
    }
    let schemas = datasources::schemas(ctx.client()?)?;
    // The name `ls` shows and `--schema` takes.
    let names = crate::datasource::schema_labels(&schemas);
    let table = Table {
        columns: vec!["id", "name", "protocol", "app type", "description"],
        rows: schemas
            .iter()
            .map(|s| {
                let name = names.get(&text(s, "id")).cloned().unwrap_or_default();
                std::iter::once(Cell::from(text(s, "id")))
                    .chain(std::iter::once(Cell::from(name)))
                    .chain(
                        ["protocol", "appType", "description"]
                            .iter()
                            .map(|k| Cell::from(text(s, k))),
                    )
                    .collect()
            })
            .collect(),
    };
    Ok(Outcome::new(Value::Array(schemas), View::Table(table)))
}
