//! `byods check`: the monitoring plugin. Its exit codes are its own contract (0 OK, 1 WARNING,
//! 2 CRITICAL, 3 UNKNOWN), so every error becomes UNKNOWN on stdout instead of a byods exit code.

use serde_json::{Value, json};

use super::batch::Item as BatchItem;
use super::{fleet, ls};

use crate::app::Ctx;
use crate::cli::CheckArgs;
use crate::error::{Error, ExitStatus, Result};
use crate::monitor::{self, Item, State, Thresholds};
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, OutputFormat, Table, View};

pub fn run(ctx: &Ctx, args: &CheckArgs) -> Result<Outcome> {
    match fleet::selected(ctx, &args.profiles) {
        Ok(Some(profiles)) => return fleet_check(ctx, args, &profiles),
        Ok(None) => {}
        Err(e) => {
            let outcome = unknown(ctx.structured_output_requested(), e.to_string());
            return Ok(with_metrics(
                args,
                outcome,
                &monitor::prometheus(None, State::Unknown),
                ctx.structured_output_requested(),
            ));
        }
    }
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
            unknown(structured, e.to_string()),
            monitor::prometheus(None, State::Unknown),
        ),
    };
    if let Some(path) = &args.prometheus
        && let Err(e) = write_metrics(path, &metrics)
    {
        // The metrics file is part of the check: failing to write it is UNKNOWN too.
        return Ok(unknown(structured, e.to_string()));
    }
    Ok(outcome)
}

/// The UNKNOWN outcome: the plugin line, or JSON when structured output was asked for.
fn unknown(structured: bool, message: String) -> Outcome {
    let outcome = if structured {
        Outcome::new(
            json!({"state": "UNKNOWN", "exitCode": 3, "error": message}),
            View::Json,
        )
    } else {
        Outcome::raw(format!("BYODS UNKNOWN - {}\n", one_line(&message)))
    };
    outcome.with_exit(exit_status(State::Unknown))
}

/// Writes the metrics file when asked; failing to write it is UNKNOWN.
fn with_metrics(args: &CheckArgs, outcome: Outcome, metrics: &str, structured: bool) -> Outcome {
    match &args.prometheus {
        Some(path) => match write_metrics(path, metrics) {
            Ok(()) => outcome,
            Err(e) => unknown(structured, e.to_string()),
        },
        None => outcome,
    }
}

/// `check --profiles`: one status over every profile (the worst; a profile that could not be
/// checked is UNKNOWN), a line per profile, and metrics labelled `profile="…"`.
fn fleet_check(ctx: &Ctx, args: &CheckArgs, profiles: &[String]) -> Result<Outcome> {
    let structured = ctx.structured_output_requested();
    let th = match thresholds(args).and_then(|th| ls::check_filters(&args.filters).map(|()| th)) {
        Ok(th) => th,
        Err(e) => {
            let metrics = monitor::prometheus(None, State::Unknown);
            return Ok(with_metrics(
                args,
                unknown(structured, e.to_string()),
                &metrics,
                structured,
            ));
        }
    };
    let results = fleet::run_each(ctx, profiles, |profile_ctx| {
        Ok(ls::list(profile_ctx, &args.filters, None)?
            .iter()
            .filter(|ds| !(args.ignore_disabled && ds["status"] == "disabled"))
            .map(|ds| monitor::evaluate(ds, th))
            .collect::<Vec<Item>>())
    });
    let batch = fleet::batch(results);
    batch.report_failures(&ctx.ui);
    let all: Vec<Item> = batch
        .successes()
        .flat_map(|(_, items)| items.iter().cloned())
        .collect();
    let failed = batch.failures().count();
    let state_of = |item: &BatchItem<(String, Vec<Item>)>| match item {
        BatchItem::Done((_, items)) => monitor::overall(items),
        BatchItem::Failed(_) => State::Unknown,
    };
    let state = batch
        .items()
        .iter()
        .map(state_of)
        .max()
        .unwrap_or(State::Ok);
    let scrapes: Vec<monitor::Scrape> = batch
        .items()
        .iter()
        .map(|item| match item {
            BatchItem::Done((profile, items)) => monitor::Scrape {
                profile: Some(profile),
                items: Some(items),
                state: monitor::overall(items),
            },
            BatchItem::Failed(f) => monitor::Scrape {
                profile: Some(&f.item),
                items: None,
                state: State::Unknown,
            },
        })
        .collect();
    let metrics = monitor::prometheus_of(&scrapes);
    let outcome = if structured {
        let per_profile: Vec<Value> = batch
            .items()
            .iter()
            .map(|item| match item {
                BatchItem::Done((profile, items)) => {
                    fleet::tagged(profile, monitor::to_json(items, th))
                }
                BatchItem::Failed(f) => json!({
                    "profile": f.item, "state": "UNKNOWN", "exitCode": 3, "error": f.message,
                }),
            })
            .collect();
        let mut report = monitor::to_json(&all, th);
        report["state"] = json!(state.label());
        report["exitCode"] = json!(state.number());
        report["summary"]["profiles"] = json!(profiles.len());
        report["summary"]["profilesUnknown"] = json!(failed);
        report["profiles"] = Value::Array(per_profile);
        if let Value::Object(map) = &mut report {
            map.remove("dataSources");
        }
        Outcome::new(report, View::Json)
    } else {
        let (summary, perf) = monitor::summary_and_perfdata(&all);
        let plural = if profiles.len() == 1 { "" } else { "s" };
        let mut text = format!(
            "BYODS {} - {} profile{plural} ({failed} unknown), {summary} | 'profiles'={};;;0 'profiles_unknown'={failed};;;0 {perf}\n",
            state.label(),
            profiles.len(),
            profiles.len(),
        );
        for item in batch.items() {
            match item {
                BatchItem::Done((profile, items)) => {
                    let (summary, _) = monitor::summary_and_perfdata(items);
                    text.push_str(&format!(
                        "{}: {} - {summary}\n",
                        one_line(profile),
                        monitor::overall(items).label()
                    ));
                }
                BatchItem::Failed(f) => text.push_str(&format!(
                    "{}: UNKNOWN - {}\n",
                    one_line(&f.item),
                    one_line(&f.message)
                )),
            }
        }
        for (profile, items) in batch.successes() {
            text.push_str(&monitor::item_lines(
                items,
                &format!("{} ", one_line(profile)),
            ));
        }
        Outcome::raw(text)
    };
    Ok(with_metrics(
        args,
        outcome.with_exit(exit_status(state)),
        &metrics,
        structured,
    ))
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
