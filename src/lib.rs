//! byods: a command-line toolkit for Webex BYODS. `main.rs` parses and exits; everything else is here
//! so integration tests and the sandbox can share it.

pub(crate) mod api;
pub(crate) mod app;
pub(crate) mod audit;
pub(crate) mod auth;
pub mod cli;
pub(crate) mod commands;
pub(crate) mod config;
pub(crate) mod datasource;
pub(crate) mod desired;
pub(crate) mod envflag;
pub mod error;
pub(crate) mod extension;
pub(crate) mod fsutil;
pub(crate) mod input;
pub mod jws;
pub(crate) mod limits;
pub(crate) mod monitor;
pub(crate) mod mutation;
pub(crate) mod paths;
pub(crate) mod pool;
#[cfg(test)]
mod properties;
pub mod redact;
pub mod sandbox;
/// AWS Signature Version 4, public for the tests' own calls to Secrets Manager emulators.
pub mod sigv4;
pub mod ui;
pub(crate) mod urlenc;

#[cfg(test)]
mod layering;

/// Shell completion: `main.rs` runs it first, and it answers only when a completion script asks.
pub fn completion_env() -> clap_complete::env::CompleteEnv<'static, fn() -> clap::Command> {
    commands::complete::env()
}

/// Runs a parsed command line and prints its outcome. Returns how the run ends.
pub fn run(cli: cli::Cli) -> error::Result<error::ExitStatus> {
    let ctx = app::Ctx::new(cli.global)?;
    let outcome = commands::run(&ctx, &cli.command)?;
    ctx.ui.print(&outcome)?;
    let status = outcome.status;
    // The process ends right after this: freeing a listing of thousands of values one by one
    // would only cost time (a fifth of `ls` over 5,000), so the memory goes back with the process.
    std::mem::forget(outcome);
    Ok(status)
}
