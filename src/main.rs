//! Parse, run, print, and map the result to an exit code. The only place that exits.

use std::process::ExitCode;

use clap::Parser;

use byods::cli::Cli;
use byods::error::Error;

fn main() -> ExitCode {
    // As a Lambda custom runtime the binary is `bootstrap`, started with no arguments.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() == 1 && std::env::var_os("AWS_LAMBDA_RUNTIME_API").is_some() {
        args.push("lambda".into());
    }
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        // clap prints help/version (exit 0) and usage errors (exit 2) itself.
        Err(e) => e.exit(),
    };
    match byods::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Error::Exit(code)) => ExitCode::from(code),
        Err(e) => {
            // Error text may carry what a server sent: no raw control characters on a terminal.
            let message = e.to_string();
            eprintln!(
                "byods: error: {}",
                byods::output::terminal_safe(&message, true)
            );
            ExitCode::from(e.exit_code())
        }
    }
}
