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
pub mod jq;
pub mod jws;
pub mod monitor;
pub mod mutation;
pub mod output;
pub mod paths;
pub mod pool;
pub mod progress;
pub mod prompt;
pub mod redact;
pub mod sandbox;
pub mod timefmt;
pub mod urlenc;

/// Runs a parsed command line and prints its outcome. Returns the exit code.
pub fn run(cli: cli::Cli) -> error::Result<u8> {
    let ctx = app::Ctx::new(cli.global)?;
    let outcome = commands::run(&ctx, &cli.command)?;
    ctx.out.print(&outcome)?;
    Ok(outcome.exit_code)
}
