//! Parse, run, print, and map the result to an exit code. The only place that exits.

use std::process::ExitCode;

use clap::Parser;

use byods::cli::Cli;
use byods::error::Error;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // clap prints help/version (exit 0) and usage errors (exit 2) itself.
        Err(e) => e.exit(),
    };
    match byods::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Error::Exit(code)) => ExitCode::from(code),
        Err(e) => {
            // Error text may carry what a server sent: escaped by the terminal layer.
            byods::ui::report_error(&e.to_string());
            ExitCode::from(e.exit_code())
        }
    }
}
