use serde_json::Value;

use super::ls;
use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::ExtendArgs;
use crate::error::{Error, Result};
use crate::extension::{Extended, Extender, Target};
use crate::ui::progress::Progress;
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Style, Table, View};
use crate::{input, paths, pool};

pub fn run(ctx: &Ctx, args: &ExtendArgs) -> Result<Outcome> {
    // Before the listing: a data source extended after this instant was extended by another run.
    let run_started_ms = crate::extension::verdict::now_ms();
    let within = args.if_expiring_within;
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
    let single = args.ids.len() == 1 && args.ids[0] != "-";
    let targets: Vec<Target> = if args.ids.is_empty() {
        ls::list(ctx, &args.filters, None)?
            .into_iter()
            .map(|ds| Target {
                id: crate::datasource::text(&ds, "id"),
                listed: Some(ds),
            })
            .collect()
    } else {
        let mut ids = input::expand_ids(&args.ids)?;
        if ids.is_empty() {
            return Ok(super::nothing_to_do(ctx));
        }
        // The same id twice would race itself for its lock.
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        for id in &ids {
            datasources::check_id("data source", id)?;
        }
        ids.into_iter()
            .map(|id| Target { id, listed: None })
            .collect()
    };

    let client = ctx.client()?;
    let audit = ctx.audit(args.write.no_log)?;
    let lock_dir = paths::state_dir()?.join("locks");
    paths::ensure_private_dir(&lock_dir)?;
    let extender = Extender {
        client,
        audit: &audit,
        lifetime: args.lifetime,
        within,
        lock_dir,
        dry_run: args.write.dry_run,
        run_started_ms,
        lock_wait: std::time::Duration::from_secs(args.lock_wait.unsigned_abs()),
    };

    let mut results: Vec<Option<Extended>> = (0..targets.len()).map(|_| None).collect();
    let mut progress = Progress::new(&ctx.ui, "extending", targets.len());
    let mut streamed = false;
    let mut stream_error: Option<Error> = None;
    pool::run(
        &targets,
        usize::from(args.parallel),
        |target| extender.extend(target),
        |i, extended| {
            progress.tick(extended.result());
            if !args.write.dry_run && stream_error.is_none() {
                progress.clear();
                match ctx.ui.stream(&extended.record) {
                    Ok(s) => streamed |= s,
                    Err(e) => stream_error = Some(e),
                }
                progress.draw();
            }
            results[i] = Some(extended);
        },
    );
    progress.clear();
    if let Some(e) = stream_error {
        return Err(e);
    }
    let results: Vec<Extended> = results.into_iter().flatten().collect();

    if args.write.dry_run {
        let requests: Vec<Value> = results
            .iter()
            .filter_map(|r| r.request.as_ref())
            .map(|r| r.describe(client.base_url()))
            .collect();
        for r in results.iter().filter(|r| r.request.is_none()) {
            ctx.ui.info(&format!(
                "{}: {} {}",
                r.record["id"].as_str().unwrap_or(""),
                r.result(),
                r.record["reason"]
                    .as_str()
                    .or(r.record["error"].as_str())
                    .unwrap_or("")
            ));
        }
        let code = results.iter().find_map(|r| r.failure).unwrap_or(0);
        let data = match (single, requests.len()) {
            (true, 1) => requests.into_iter().next().unwrap_or(Value::Null),
            _ => Value::Array(requests),
        };
        return Ok(Outcome::json(data).with_exit(code));
    }

    for r in results.iter().filter(|r| r.failure.is_some()) {
        ctx.ui.error(&format!(
            "{}: {}",
            r.record["id"].as_str().unwrap_or(""),
            r.record["error"].as_str().unwrap_or("failed")
        ));
    }
    let count = |what: &str| results.iter().filter(|r| r.result() == what).count();
    ctx.ui.info(&format!(
        "extended {}, skipped {}, failed {}",
        count("extended"),
        count("skipped"),
        count("failed")
    ));
    // The first failure in input order decides the exit code; everything is printed first.
    let code = results.iter().find_map(|r| r.failure).unwrap_or(0);
    let records: Vec<Value> = results.into_iter().map(|r| r.record).collect();
    if streamed {
        return Ok(Outcome::new(Value::Array(records), View::Nothing).with_exit(code));
    }
    let table = table(&records);
    Ok(Outcome::new(Value::Array(records), View::Table(table)).with_exit(code))
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
                            .map(|g| format!("+{}", timefmt::humanize(g)))
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
