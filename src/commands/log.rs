//! `byods log`: the audit log of changes, filtered by age and operation.

use serde_json::Value;

use crate::app::Ctx;
use crate::audit;
use crate::cli::LogArgs;
use crate::datasource::text;
use crate::error::Result;
use crate::ui::{Cell, Outcome, Style, Table, View};

pub fn run(ctx: &Ctx, args: &LogArgs) -> Result<Outcome> {
    let since = args.since;
    let (mut entries, skipped) = audit::read(since, args.operation.map(|o| o.as_str()))?;
    if !args.all_profiles {
        entries.retain(|e| audit::belongs_to(e, &ctx.profile, ctx.global.sandbox));
    }
    if skipped > 0 {
        ctx.ui.warn(&format!(
            "skipped {skipped} line(s) of {} that are not JSON objects",
            audit::path()?.display()
        ));
    }
    let table = Table {
        columns: vec![
            "time",
            "profile",
            "operation",
            "id",
            "status",
            "result",
            "tracking id",
            "new expiry",
            "error",
        ],
        rows: entries
            .iter()
            .map(|e| {
                let result = text(e, "result");
                let style = match result.as_str() {
                    "ok" => Style::Good,
                    "unknown" => Style::Warn,
                    _ => Style::Bad,
                };
                vec![
                    Cell::from(text(e, "time")),
                    Cell::from(if e["sandbox"] == true {
                        "(sandbox)".to_string()
                    } else {
                        text(e, "profile")
                    }),
                    Cell::from(text(e, "operation")),
                    Cell::from(text(e, "id")),
                    Cell::from(text(e, "status")),
                    Cell::new(result, style),
                    Cell::from(text(e, "trackingId")),
                    Cell::from(text(e, "newExpiresAt")),
                    Cell::from(text(e, "error")),
                ]
            })
            .collect(),
    };
    Ok(Outcome::new(Value::Array(entries), View::Table(table)))
}
