//! `byods apply`: read and check the file → plan against the listing (GETs only) → show the plan
//! and confirm → create, update and delete in parallel → one result per entry, in plan order.
//! With `--profiles`/`--all-profiles` the same for several organizations at once (`fleet`), with
//! one confirmation for all.

mod execute;
mod fleet;
mod plan_view;

use std::sync::Mutex;

use crate::app::Ctx;
use crate::cli::ApplyArgs;
use crate::commands::fleet as profiles;
use crate::desired::{self, Desired, Entry};
use crate::error::{Error, Result};
use crate::input;
use crate::ui::Outcome;
use crate::ui::progress::Progress;

pub fn run(ctx: &Ctx, args: &ApplyArgs) -> Result<Outcome> {
    let source = if args.file.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        args.file.display().to_string()
    };
    let (desired, warnings) = desired::parse(&input::read_text(&args.file)?, &source)?;
    let entries = match (profiles::selected(ctx, &args.profiles)?, desired) {
        (Some(selected), desired) => {
            let (sections, skipped) = desired.for_profiles(&selected, &source)?;
            warn(ctx, warnings);
            if !skipped.is_empty() {
                ctx.ui.info(&format!(
                    "{source}: skipping profile {} (not selected)",
                    skipped.join(", ")
                ));
            }
            return fleet::run(ctx, args, &source, sections);
        }
        (None, Desired::Single(entries)) => entries,
        (None, several) => {
            let names = several.profile_names();
            return Err(Error::usage(format!(
                "{source} describes profiles {}: pass --profiles {} or --all-profiles to choose \
                 the organizations to change",
                names.join(", "),
                names.join(",")
            )));
        }
    };
    warn(ctx, warnings);
    single(ctx, args, &source, &entries)
}

fn warn(ctx: &Ctx, warnings: Vec<String>) {
    for w in warnings {
        ctx.ui.warn(&w);
    }
}

/// The usual run: the active profile's data sources made to match `entries`.
fn single(ctx: &Ctx, args: &ApplyArgs, source: &str, entries: &[Entry]) -> Result<Outcome> {
    let plan = plan_view::plan(ctx, entries, args.prune)?;
    let asking = asks(ctx, args, plan.writes());
    let say = sayer(ctx, asking);
    plan_view::show(&say, &plan);
    say(&format!(
        "Plan for {source}: {}",
        plan_view::summary(&[&plan])
    ));
    if args.dry_run {
        return Ok(Outcome::json(plan.describe()));
    }
    confirm(ctx, args, plan.writes(), asking)?;
    let audit = ctx.audit(args.no_log)?;
    let progress = Mutex::new(Progress::new(&ctx.ui, "applying", plan.writes()));
    let batch = execute::execute(
        ctx.client()?,
        &audit,
        &plan,
        usize::from(args.parallel),
        &progress,
        "",
    );
    progress
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .clear();
    batch.report_failures(&ctx.ui);
    let status = batch.status();
    Ok(execute::outcome(
        ctx,
        execute::records(&plan, batch),
        status,
        false,
    ))
}

/// Whether the run asks on the terminal before writing.
fn asks(ctx: &Ctx, args: &ApplyArgs, writes: usize) -> bool {
    !args.yes && !args.dry_run && writes > 0 && ctx.ui.can_prompt()
}

/// Prints a plan line: to the terminal whatever `-q` says when a question follows, else as info.
fn sayer(ctx: &Ctx, asking: bool) -> impl Fn(&str) + '_ {
    move |line: &str| {
        if asking {
            ctx.ui.line(line);
        } else {
            ctx.ui.info(line);
        }
    }
}

/// Nothing is written without consent: a terminal is asked, elsewhere --yes is required.
fn confirm(ctx: &Ctx, args: &ApplyArgs, writes: usize, asking: bool) -> Result<()> {
    if writes == 0 || args.yes {
        return Ok(());
    }
    if !asking {
        return Err(Error::usage(format!(
            "refusing to apply {writes} change(s) without confirmation: pass --yes (stdin/stdout \
             is not a terminal, or --no-input is set); nothing was sent"
        )));
    }
    if !ctx.ui.confirm("Apply these changes?")? {
        return Err(ctx.ui.cancelled());
    }
    Ok(())
}
