//! `byods check`: the monitoring plugin. Its exit codes are its own contract (0 OK, 1 WARNING,
//! 2 CRITICAL, 3 UNKNOWN), so every error becomes UNKNOWN on stdout instead of a byods exit code.

use serde_json::{Value, json};

use crate::app::Ctx;
use crate::cli::CheckArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::monitor::{self, Item, State, Thresholds};
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, OutputFormat, Table, View};

pub fn run(ctx: &Ctx, args: &CheckArgs) -> Result<Outcome> {
    let result = thresholds(args).and_then(|th| {
        let items: Vec<Item> = super::ls::list(ctx, &args.filters, None)?
            .iter()
            .filter(|ds| !(args.ignore_disabled && ds["status"] == "disabled"))
            .map(|ds| monitor::evaluate(ds, th))
            .collect();
        Ok((th, items))
    });
    // The plugin line is the default even when piped (monitoring agents capture stdout).
    let structured = ctx.structured_output_requested();
    let unknown = |message: String| {
        let outcome = if structured {
            Outcome::new(
                json!({"state": "UNKNOWN", "exitCode": 3, "error": message}),
                View::Json,
            )
        } else {
            Outcome::raw(format!("BYODS UNKNOWN - {}\n", one_line(&message)))
        };
        outcome.with_exit(exit_status(State::Unknown))
    };
    let (outcome, metrics) = match result {
        Ok((th, items)) => {
            let state = monitor::overall(&items);
            let report = monitor::to_json(&items, th);
            let table_asked = ctx.global.output.is_some_and(|f| f.is_table()) && !structured;
            let outcome = if ctx.ui.format() == OutputFormat::Ndjson {
                // A stream of lines: one per data source (the state is the exit code).
                Outcome::json(report["dataSources"].clone())
            } else if structured {
                Outcome::new(report, View::Json)
            } else if table_asked {
                let rows = report["dataSources"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                Outcome::new(report, View::Table(table(&rows)))
            } else {
                Outcome::raw(monitor::plugin_text(&items))
            };
            (
                outcome.with_exit(exit_status(state)),
                monitor::prometheus(Some(&items), state),
            )
        }
        Err(e) => (
            unknown(e.to_string()),
            monitor::prometheus(None, State::Unknown),
        ),
    };
    if let Some(path) = &args.prometheus
        && let Err(e) = write_metrics(path, &metrics)
    {
        // The metrics file is part of the check: failing to write it is UNKNOWN too.
        return Ok(unknown(e.to_string()));
    }
    Ok(outcome)
}

fn thresholds(args: &CheckArgs) -> Result<Thresholds> {
    Thresholds::parse(&args.warn_before, &args.crit_before).map_err(Error::usage)
}

/// Plugin output is line-oriented and '|' starts the perfdata.
fn one_line(message: &str) -> String {
    message.replace(['\n', '\r'], " ").replace('|', "/")
}

/// Atomic replace, then 0644: node_exporter runs as another user and must read the file.
fn write_metrics(path: &std::path::Path, text: &str) -> Result<()> {
    crate::fsutil::write_readable(path, text.as_bytes())
}

/// The monitoring-plugin convention: the state is the exit status.
fn exit_status(state: State) -> ExitStatus {
    match state {
        State::Ok => ExitStatus::Success,
        State::Warning => ExitStatus::PluginWarning,
        State::Critical => ExitStatus::PluginCritical,
        State::Unknown => ExitStatus::PluginUnknown,
    }
}

/// `-o table`: one row per data source instead of the plugin lines.
fn table(rows: &[Value]) -> Table {
    let text = |v: &Value| match v {
        Value::Null => "-".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Table {
        columns: vec!["id", "state", "status", "audience", "expires", "reason"],
        rows: rows
            .iter()
            .map(|r| {
                let expires = match r["secondsLeft"].as_i64() {
                    Some(left) if left <= 0 => "EXPIRED".to_string(),
                    Some(left) => format!("in {}", timefmt::humanize(left)),
                    None => "unknown".to_string(),
                };
                ["id", "state", "status", "audience"]
                    .iter()
                    .map(|k| Cell::from(text(&r[*k])))
                    .chain([Cell::from(expires), Cell::from(text(&r["reason"]))])
                    .collect()
            })
            .collect(),
    }
}
