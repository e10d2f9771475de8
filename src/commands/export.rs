//! `byods export`: the listing → the desired-state file `byods apply` reads (always JSON). With
//! `--profiles`/`--all-profiles`, one section per profile, listed in parallel.

use super::batch::Item;
use super::fleet;
use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::ExportArgs;
use crate::desired;
use crate::error::Result;
use crate::ui::Outcome;

pub fn run(ctx: &Ctx, args: &ExportArgs) -> Result<Outcome> {
    if let Some(profiles) = fleet::selected(ctx, &args.profiles)? {
        return Ok(fleet_run(ctx, args, &profiles));
    }
    let existing = datasources::list(ctx.client()?)?;
    let (file, warnings) = desired::export(&existing, args.with_ids);
    for w in warnings {
        ctx.ui.warn(&w);
    }
    // The file is the data: JSON on a terminal too.
    Ok(Outcome::json(file))
}

/// `{"profiles": {NAME: {"dataSources": [...]}}}` in the order selected. A profile whose listing
/// failed gets no section (a later apply that selects it is refused rather than emptying it);
/// its failure is reported and is the exit status.
fn fleet_run(ctx: &Ctx, args: &ExportArgs, profiles: &[String]) -> Outcome {
    let results = fleet::run_each(ctx, profiles, |profile_ctx| {
        let existing = datasources::list(profile_ctx.client()?)?;
        let (file, warnings) = desired::export(&existing, args.with_ids);
        for w in warnings {
            profile_ctx.warn(&w);
        }
        Ok(file)
    });
    let batch = fleet::batch(results);
    batch.report_failures(&ctx.ui);
    let status = batch.status();
    let sections = batch
        .into_items()
        .into_iter()
        .filter_map(|item| match item {
            Item::Done(section) => Some(section),
            Item::Failed(_) => None,
        })
        .collect();
    Outcome::json(desired::profiles_file(sections)).with_exit(status)
}
