//! One file per subcommand. Each returns an `Outcome` for the printer and never writes to stdout.

mod apply;
mod auth;
mod batch;
mod check;
pub mod complete;
mod config;
mod delete;
mod doctor;
mod export;
mod extend;
mod fleet;
mod get;
mod jwt;
mod lambda;
mod log;
mod ls;
mod man;
mod menu;
mod register;
mod sandbox;
mod schemas;
mod token;
mod update;

use crate::app::Ctx;
use crate::cli::Command;
use crate::datasource;
use crate::error::Result;
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Style};
use serde_json::Value;

pub use doctor::DOCTOR_LIMITS;

pub use lambda::LAMBDA_HELP;

pub fn run(ctx: &Ctx, command: &Command) -> Result<Outcome> {
    match command {
        Command::Ls(args) => ls::run(ctx, args),
        Command::Get(args) => get::run(ctx, args),
        Command::Schemas(args) => schemas::run(ctx, args),
        Command::Sandbox(args) => sandbox::run(ctx, args),
        Command::Jwt(args) => jwt::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Completions(args) => complete::run(args),
        Command::Man(args) => man::run(args),
        Command::Auth(args) => auth::run(ctx, args),
        Command::Token(args) => token::run(ctx, args),
        Command::Config(args) => config::run(ctx, args),
        Command::Register(args) => register::run(ctx, args),
        Command::Update(args) => update::run(ctx, args),
        Command::Extend(args) => extend::run(ctx, args),
        Command::Delete(args) => delete::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Doctor(args) => doctor::run(ctx, args),
        Command::Lambda => lambda::run(ctx),
        Command::Export(args) => export::run(ctx, args),
        Command::Apply(args) => apply::run(ctx, args),
        Command::Menu => menu::run(ctx),
    }
}

/// What a command that acts on ids returns when stdin held none: an empty list, said on stderr.
fn nothing_to_do(ctx: &Ctx) -> Outcome {
    ctx.ui.info("no ids on stdin: nothing to do");
    Outcome::json(serde_json::Value::Array(Vec::new()))
}

/// "in 5h 3m" (amber under 6 h) or "EXPIRED" (red), for tables.
fn expiry_cell(enriched: &Value) -> Cell {
    match datasource::seconds_left(enriched) {
        None => Cell::new("unknown", Style::Dim),
        Some(s) if s <= 0 => Cell::new("EXPIRED", Style::Bad),
        Some(s) if s < 6 * 3600 => Cell::new(format!("in {}", timefmt::humanize(s)), Style::Warn),
        Some(s) => Cell::new(format!("in {}", timefmt::humanize(s)), Style::Good),
    }
}

/// The first two cells of a bulk run's row: the input item's number and its result (`done` when it
/// succeeded), from the record's derived `item` and `result`.
fn bulk_item_cells(ds: &Value, done: &str) -> [Cell; 2] {
    let derived = &ds[datasource::DERIVED_KEY];
    [
        Cell::from(derived["item"].to_string()),
        if derived["result"] == "failed" {
            Cell::new("failed", Style::Bad)
        } else {
            Cell::new(done, Style::Good)
        },
    ]
}

fn status_cell(ds: &Value) -> Cell {
    match ds.get("status").and_then(Value::as_str) {
        Some("active") => Cell::new("active", Style::Good),
        Some(other) => Cell::new(other, Style::Warn),
        None => Cell::new("-", Style::Dim),
    }
}

/// The schema list as the guided register and update offer it: "ID  SERVICE TYPE — DESCRIPTION".
fn schema_choices(schemas: &[Value]) -> Vec<String> {
    schemas
        .iter()
        .map(|s| {
            format!(
                "{}  {} — {}",
                crate::datasource::text(s, "id"),
                crate::datasource::text(s, "serviceType"),
                crate::datasource::text(s, "description")
            )
        })
        .collect()
}
