//! byods: a command-line toolkit for Webex BYODS. `main.rs` parses and exits; everything else is here
//! so integration tests and the sandbox can share it.

pub mod api;
pub mod app;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod config;
pub mod datasource;
pub mod error;
pub mod extension;
pub mod fsutil;
pub mod input;
pub mod jws;
pub mod monitor;
pub mod mutation;
pub mod paths;
pub mod pool;
pub mod redact;
pub mod sandbox;
pub mod ui;
pub mod urlenc;

/// The emulator still names `crate::ui::timefmt`; it moves to its own time helpers when it stands alone.
pub(crate) use ui::timefmt;

/// Runs a parsed command line and prints its outcome. Returns how the run ends.
pub fn run(cli: cli::Cli) -> error::Result<error::ExitStatus> {
    let ctx = app::Ctx::new(cli.global)?;
    let outcome = commands::run(&ctx, &cli.command)?;
    ctx.ui.print(&outcome)?;
    Ok(outcome.status)
}
