//! `byods export`: the listing → the desired-state file `byods apply` reads (always JSON).

use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::ExportArgs;
use crate::desired;
use crate::error::Result;
use crate::ui::Outcome;

pub fn run(ctx: &Ctx, args: &ExportArgs) -> Result<Outcome> {
    let existing = datasources::list(ctx.client()?)?;
    let (file, warnings) = desired::export(&existing, args.with_ids);
    for w in warnings {
        ctx.ui.warn(&w);
    }
    // The file is the data: JSON on a terminal too.
    Ok(Outcome::json(file))
}
