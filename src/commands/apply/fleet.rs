//! `apply --profiles a,b` / `--all-profiles`: each organization planned against its own listing
//! (in parallel), every plan shown under its profile, one confirmation for all, then each
//! executed with its own client, audit log and `--parallel` workers, a few profiles at a time. A
//! profile whose planning fails is one failed item and does not stop the others.

use std::sync::Mutex;

use serde_json::{Value, json};

use super::{asks, confirm, execute, plan_view, sayer};
use crate::app::Ctx;
use crate::cli::ApplyArgs;
use crate::commands::batch::Failure;
use crate::commands::fleet as profiles;
use crate::desired::{Entry, Plan, Sections};
use crate::error::{Error, ExitStatus, Result};
use crate::ui::Outcome;
use crate::ui::progress::Progress;

/// One organization's part of the run.
struct Part {
    profile: String,
    ctx: Ctx,
    /// Its plan, or why it could not be planned.
    plan: std::result::Result<Plan, Failure>,
}

pub fn run(ctx: &Ctx, args: &ApplyArgs, source: &str, sections: Sections) -> Result<Outcome> {
    let (names, work): (Vec<String>, Vec<(Ctx, Vec<Entry>)>) = sections
        .into_iter()
        .map(|(profile, entries)| (profile.clone(), (ctx.for_profile(&profile), entries)))
        .unzip();
    let planned = profiles::run_on(&work, |(profile_ctx, entries)| {
        plan_view::plan(profile_ctx, entries, args.prune)
    });
    let parts: Vec<Part> = names
        .into_iter()
        .zip(work)
        .zip(planned)
        .map(|((profile, (profile_ctx, _)), plan)| Part {
            plan: plan.map_err(|e| Failure::new(profile.clone(), &e)),
            profile,
            ctx: profile_ctx,
        })
        .collect();
    let plans: Vec<&Plan> = parts.iter().filter_map(|p| p.plan.as_ref().ok()).collect();
    let writes: usize = plans.iter().map(|p| p.writes()).sum();
    let failed = parts.len() - plans.len();
    let asking = asks(ctx, args, writes);
    let say = sayer(ctx, asking);
    for part in &parts {
        let Ok(plan) = &part.plan else { continue };
        say(&format!("profile {}:", part.profile));
        plan_view::show(&say, plan);
        say(&format!(
            "Plan for {source}, profile {}: {}",
            part.profile,
            plan_view::summary(&[plan])
        ));
    }
    // A profile that could not be planned is said once, here, before the question.
    for part in &parts {
        if let Err(failure) = &part.plan {
            ctx.ui
                .error(&format!("profile {}: {}", part.profile, failure.message));
        }
    }
    let mut total = format!("Plan for {source}: {} profile(s)", parts.len());
    if failed > 0 {
        total.push_str(&format!(" ({failed} could not be planned)"));
    }
    say(&format!("{total}: {}", plan_view::summary(&plans)));
    let planning_status = parts
        .iter()
        .find_map(|p| p.plan.as_ref().err())
        .map_or(ExitStatus::Success, |f| f.status);
    if args.dry_run {
        return Ok(Outcome::json(dry_run(&parts, &plans)).with_exit(planning_status));
    }
    confirm(ctx, args, writes, asking)?;

    let progress = Mutex::new(Progress::new(&ctx.ui, "applying", writes));
    let executed = profiles::run_on(&parts, |part| {
        let Ok(plan) = &part.plan else { return None };
        let run = || -> Result<_> {
            let audit = part.ctx.audit(args.no_log)?;
            Ok(execute::execute(
                part.ctx.client()?,
                &audit,
                plan,
                usize::from(args.parallel),
                &progress,
                &format!("profile {}: ", part.profile),
            ))
        };
        Some(run())
    });
    progress
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .clear();

    // Results in profile order; the exit status is the first failure's in that order.
    let mut records = Vec::new();
    let mut status = ExitStatus::Success;
    let mut first_failure = |s: ExitStatus| {
        if status == ExitStatus::Success {
            status = s;
        }
    };
    for (part, result) in parts.iter().zip(executed) {
        match (&part.plan, result) {
            (Err(failure), _) => {
                first_failure(failure.status);
                records.push(profiles::failed_item(failure));
            }
            (Ok(plan), Some(Ok(batch))) => {
                batch.report_failures(&ctx.ui);
                first_failure(batch.status());
                records.extend(
                    execute::records(plan, batch)
                        .into_iter()
                        .map(|r| profiles::tagged(&part.profile, r)),
                );
            }
            // Its audit log or client could not be set up: nothing was sent for it.
            (Ok(_), other) => {
                let error = match other {
                    Some(Err(e)) => e,
                    _ => Error::internal("no result"),
                };
                let failure = Failure::new(part.profile.clone(), &error);
                ctx.ui
                    .error(&format!("profile {}: {}", part.profile, failure.message));
                first_failure(failure.status);
                records.push(profiles::failed_item(&failure));
            }
        }
    }
    Ok(execute::outcome(ctx, records, status, true))
}

/// `{"summary": {totals, profiles, profilesFailed}, "items": [plan lines with their profile, and
/// a failed item per profile that could not be planned]}`.
fn dry_run(parts: &[Part], plans: &[&Plan]) -> Value {
    let mut summary = plan_view::totals(plans);
    summary["profiles"] = json!(parts.len());
    summary["profilesFailed"] = json!(parts.len() - plans.len());
    let mut items = Vec::new();
    for part in parts {
        match &part.plan {
            Ok(plan) => items.extend(
                plan.changes
                    .iter()
                    .map(|c| profiles::tagged(&part.profile, c.describe())),
            ),
            Err(failure) => items.push(profiles::failed_item(failure)),
        }
    }
    json!({"summary": summary, "items": items})
}
