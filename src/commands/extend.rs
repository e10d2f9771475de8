//! `byods extend`: pick targets (ids or the filtered listing) → extend them in parallel → view
//! the results in input order (streamed as NDJSON when asked).

use serde_json::Value;

use super::batch::{Batch, Failure, Item};
use super::{fleet, ls};
use crate::api::{Client, datasources};
use crate::app::Ctx;
use crate::cli::ExtendArgs;
use crate::error::{Error, Result};
use crate::extension::{ExtendResult, Extended, Extender, Target};
use crate::ui::progress::Progress;
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Style, Table, View};
use crate::{input, paths, pool};

pub fn run(ctx: &Ctx, args: &ExtendArgs) -> Result<Outcome> {
    // Before the listing: a data source extended after this instant was extended by another run.
    let run_started_ms = crate::extension::verdict::now_ms();
    let filtered = args.filters.status.is_some() || args.filters.schema.is_some();
    if args.ids.is_empty() && !args.all && !filtered {
        return Err(Error::usage(
            "which data sources? give ids, '-' to read ids from stdin, or --all (with optional --status/--schema)",
        ));
    }
    if !args.ids.is_empty() && filtered {
        return Err(Error::usage(
            "--status and --schema select from the listing: use them with --all, not with ids",
        ));
    }
    if let Some(minutes) = args.ids.iter().find(|id| looks_like_lifetime(id)) {
        return Err(Error::usage(format!(
            "'{minutes}' is not a data source id: did you mean --lifetime {minutes}?\n\
             hint: byods extend ID --lifetime {minutes}"
        )));
    }
    if let Some(profiles) = fleet::selected(ctx, &args.profiles)? {
        if !args.ids.is_empty() {
            return Err(Error::usage(
                "--profiles/--all-profiles extend from each profile's listing: use --all \
                 (with optional --status/--schema), not ids",
            ));
        }
        ls::check_filters(&args.filters)?;
        return fleet_run(ctx, args, &profiles);
    }
    let targets = targets(ctx, args)?;
    if targets.is_empty() && !args.ids.is_empty() {
        return Ok(super::nothing_to_do(ctx));
    }

    let client = ctx.client()?;
    let audit = ctx.audit(args.write.no_log)?;
    let lock_dir = paths::state_dir()?.join("locks");
    paths::ensure_private_dir(&lock_dir)?;
    let extender = Extender {
        client,
        audit: &audit,
        lifetime: args.lifetime,
        within: args.if_expiring_within,
        lock_dir,
        dry_run: args.write.dry_run,
        run_started_ms,
        lock_wait: std::time::Duration::from_secs(args.lock_wait.unsigned_abs()),
    };
    let (results, streamed) = execute(ctx, args, &extender, &targets)?;
    if args.write.dry_run {
        return Ok(dry_run_view(ctx, client, results));
    }
    Ok(view(ctx, results, streamed))
}

/// The original tool took the lifetime as a positional argument (`extend ID 720`); a short
/// number cannot be a data source id.
fn looks_like_lifetime(arg: &str) -> bool {
    (1..=5).contains(&arg.len()) && arg.bytes().all(|b| b.is_ascii_digit())
}

/// `extend --all --profiles …`: each profile's listing extended with its own client, profiles
/// in parallel; every record carries its `profile`, a profile that failed is one failed item.
fn fleet_run(ctx: &Ctx, args: &ExtendArgs, profiles: &[String]) -> Result<Outcome> {
    let run_started_ms = crate::extension::verdict::now_ms();
    let lock_dir = paths::state_dir()?.join("locks");
    paths::ensure_private_dir(&lock_dir)?;
    let results = fleet::run_each(ctx, profiles, |profile_ctx| {
        let targets = targets(profile_ctx, args)?;
        let client = profile_ctx.client()?;
        let audit = profile_ctx.audit(args.write.no_log)?;
        let extender = Extender {
            client,
            audit: &audit,
            lifetime: args.lifetime,
            within: args.if_expiring_within,
            lock_dir: lock_dir.clone(),
            dry_run: args.write.dry_run,
            run_started_ms,
            lock_wait: std::time::Duration::from_secs(args.lock_wait.unsigned_abs()),
        };
        let mut extended = pool::map(
            &targets,
            usize::from(args.parallel),
            |target| extender.extend(target),
            |_| {},
        );
        if args.write.dry_run {
            for e in &mut extended {
                if let Some(request) = &e.request {
                    e.record = request.describe(client.base_url());
                }
            }
        }
        Ok(extended)
    });
    let mut merged = Vec::new();
    for (profile, result) in results {
        match result {
            Ok(extended) => merged.extend(extended.into_iter().map(|mut e| {
                e.record = fleet::tagged(&profile, e.record);
                e
            })),
            Err(e) => {
                let failure =
                    Failure::new(profile.clone(), &e).labelled(format!("profile {profile}"));
                merged.push(Extended {
                    result: ExtendResult::Failed(failure.status),
                    record: fleet::failed_item(&failure),
                    request: None,
                });
            }
        }
    }
    if args.write.dry_run {
        let status = batch(merged.iter().map(copy_of).collect()).status();
        let requests: Vec<Value> = merged
            .into_iter()
            .filter(|e| e.request.is_some() || matches!(e.result, ExtendResult::Failed(_)))
            .map(|e| e.record)
            .collect();
        return Ok(Outcome::json(Value::Array(requests)).with_exit(status));
    }
    let mut outcome = view(ctx, merged, false);
    if let View::Table(table) = &mut outcome.view {
        let records = outcome.data.as_array().cloned().unwrap_or_default();
        table.columns.insert(0, "profile");
        for (row, record) in table.rows.iter_mut().zip(&records) {
            row.insert(
                0,
                Cell::from(record["profile"].as_str().unwrap_or("").to_string()),
            );
        }
    }
    Ok(outcome)
}

/// A result without its request, to compute a dry run's status without giving up the records.
fn copy_of(e: &Extended) -> Extended {
    Extended {
        result: e.result,
        record: e.record.clone(),
        request: None,
    }
}

/// The data sources to extend: the ids given (deduplicated, checked), or the filtered listing.
fn targets(ctx: &Ctx, args: &ExtendArgs) -> Result<Vec<Target>> {
    if args.ids.is_empty() {
        return Ok(ls::list_without_schema_names(ctx, &args.filters)?
            .into_iter()
            .map(|ds| Target {
                id: crate::datasource::text(&ds, "id"),
                listed: Some(ds),
            })
            .collect());
    }
    let mut ids = input::expand_ids(&args.ids)?;
    // The same id twice would race itself for its lock.
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    for id in &ids {
        datasources::check_id("data source", id)?;
    }
    Ok(ids
        .into_iter()
        .map(|id| Target { id, listed: None })
        .collect())
}

/// Extends the targets on `--parallel` workers, drawing progress and streaming each record as it
/// completes (`-o ndjson`). Returns the results in input order and whether they were streamed.
fn execute(
    ctx: &Ctx,
    args: &ExtendArgs,
    extender: &Extender<'_>,
    targets: &[Target],
) -> Result<(Vec<Extended>, bool)> {
    let mut progress = Progress::new(&ctx.ui, "extending", targets.len());
    let mut streamed = false;
    let mut stream_error: Option<Error> = None;
    let results = pool::map(
        targets,
        usize::from(args.parallel),
        |target| extender.extend(target),
        |extended| {
            progress.tick(extended.result.as_str());
            if !args.write.dry_run && stream_error.is_none() {
                progress.clear();
                match ctx.ui.stream(&extended.record) {
                    Ok(s) => streamed |= s,
                    Err(e) => stream_error = Some(e),
                }
                progress.draw();
            }
        },
    );
    progress.clear();
    if let Some(e) = stream_error {
        return Err(e);
    }
    Ok((results, streamed))
}

/// The PUT requests a real run would send (an array, as a real run prints, even for one id);
/// what was skipped or failed is said on stderr.
fn dry_run_view(ctx: &Ctx, client: &Client, results: Vec<Extended>) -> Outcome {
    let requests: Vec<Value> = results
        .iter()
        .filter_map(|r| r.request.as_ref())
        .map(|r| r.describe(client.base_url()))
        .collect();
    for r in results.iter().filter(|r| r.request.is_none()) {
        ctx.ui.info(&format!(
            "{}: {} {}",
            r.record["id"].as_str().unwrap_or(""),
            r.result.as_str(),
            r.record["reason"]
                .as_str()
                .or(r.record["error"].as_str())
                .unwrap_or("")
        ));
    }
    let status = batch(results).status();
    Outcome::json(Value::Array(requests)).with_exit(status)
}

/// The results in input order, failures reported on stderr, a summary line.
fn view(ctx: &Ctx, results: Vec<Extended>, streamed: bool) -> Outcome {
    let count =
        |wanted: fn(ExtendResult) -> bool| results.iter().filter(|r| wanted(r.result)).count();
    let summary = format!(
        "extended {}, skipped {}, failed {}",
        count(|r| r == ExtendResult::Extended),
        count(|r| r == ExtendResult::Skipped),
        count(|r| matches!(r, ExtendResult::Failed(_)))
    );
    let batch = batch(results);
    // Items finished out of order: their failures are reported in input order, once all are in.
    batch.report_failures(&ctx.ui);
    let records: Vec<Value> = batch
        .items()
        .iter()
        .map(|item| match item {
            Item::Done(record) => record.clone(),
            Item::Failed(f) => f.detail.clone().unwrap_or(Value::Null),
        })
        .collect();
    ctx.ui.info(&summary);
    let status = batch.status();
    if streamed {
        return Outcome::new(Value::Array(records), View::Nothing).with_exit(status);
    }
    let table = table(&records);
    Outcome::new(Value::Array(records), View::Table(table)).with_exit(status)
}

/// Every extension as one batch item, in input order; a failure keeps its record as detail.
fn batch(results: Vec<Extended>) -> Batch<Value> {
    let mut batch = Batch::new();
    for r in results {
        match r.result {
            ExtendResult::Extended | ExtendResult::Skipped | ExtendResult::DryRun => {
                batch.done(r.record)
            }
            ExtendResult::Failed(status) => {
                let id = r.record["id"].as_str().unwrap_or("").to_string();
                let message = r.record["error"].as_str().unwrap_or("failed").to_string();
                // In a fleet run the profile names the organization (alone when it failed whole).
                let label = match r.record["profile"].as_str() {
                    Some(profile) if id.is_empty() => format!("profile {profile}"),
                    Some(profile) => format!("profile {profile}: {id}"),
                    None => id.clone(),
                };
                batch.push(Item::Failed(Failure {
                    item: id.clone(),
                    label: Some(label),
                    message,
                    status,
                    detail: Some(r.record),
                }));
            }
        }
    }
    batch
}

fn table(records: &[Value]) -> Table {
    Table {
        columns: vec!["id", "result", "old expiry", "new expiry", "gained", "note"],
        rows: records
            .iter()
            .map(|r| {
                let result = r["result"].as_str().unwrap_or("");
                let style = match result {
                    "extended" => Style::Good,
                    "skipped" => Style::Dim,
                    _ => Style::Bad,
                };
                let text = |k: &str| r[k].as_str().unwrap_or("-").to_string();
                vec![
                    Cell::from(text("id")),
                    Cell::new(result, style),
                    Cell::from(text("oldExpiresAt")),
                    Cell::from(text("newExpiresAt")),
                    Cell::from(
                        r["gainedSeconds"]
                            .as_i64()
                            .filter(|g| *g != 0)
                            // A shorter --lifetime can lose time: humanize drops the sign.
                            .map(|g| {
                                let sign = if g < 0 { "-" } else { "+" };
                                format!("{sign}{}", timefmt::humanize(g))
                            })
                            .unwrap_or_else(|| "-".into()),
                    ),
                    Cell::from(
                        r["reason"]
                            .as_str()
                            .or(r["error"].as_str())
                            .unwrap_or("")
                            .to_string(),
                    ),
                ]
            })
            .collect(),
    }
}
