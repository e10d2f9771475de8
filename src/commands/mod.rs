//! One file per subcommand. Each returns an `Outcome` for the printer and never writes to stdout.

mod auth;
mod check;
mod completions;
mod config;
mod delete;
mod extend;
mod get;
mod jwt;
mod lambda;
mod log;
mod ls;
mod man;
mod register;
mod sandbox;
mod schemas;
mod token;
mod update;

use crate::app::Ctx;
use crate::cli::Command;
use crate::error::Result;
use crate::output::Outcome;

pub use lambda::LAMBDA_HELP;

pub fn run(ctx: &Ctx, command: &Command) -> Result<Outcome> {
    match command {
        Command::Ls(args) => ls::run(ctx, args),
        Command::Get(args) => get::run(ctx, args),
        Command::Schemas(args) => schemas::run(ctx, args),
        Command::Sandbox(args) => sandbox::run(ctx, args),
        Command::Jwt(args) => jwt::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Auth(args) => auth::run(ctx, args),
        Command::Token(args) => token::run(ctx, args),
        Command::Config(args) => config::run(ctx, args),
        Command::Register(args) => register::run(ctx, args),
        Command::Update(args) => update::run(ctx, args),
        Command::Extend(args) => extend::run(ctx, args),
        Command::Delete(args) => delete::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Lambda => lambda::run(ctx),
    }
}

/// What a command that acts on ids returns when stdin held none: an empty list, said on stderr.
fn nothing_to_do(ctx: &Ctx) -> Outcome {
    ctx.out.info("no ids on stdin: nothing to do");
    Outcome::json(serde_json::Value::Array(Vec::new()))
}
