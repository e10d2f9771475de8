//! Parse, run, print, and map the result to an exit code. The only place that exits.

use std::process::ExitCode;

use clap::FromArgMatches;

use byods::cli::Cli;

fn main() -> ExitCode {
    // A shell's completion function runs `BYODS_COMPLETE=SHELL byods -- WORDS...`: answer and exit.
    byods::completion_env().complete();
    // As a Lambda custom runtime the binary is `bootstrap`, started with no arguments.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() == 1 && std::env::var_os("AWS_LAMBDA_RUNTIME_API").is_some() {
        args.push("lambda".into());
    }
    let cli = match byods::cli::parser()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        // clap prints help/version (exit 0) and usage errors (exit 2) itself.
        Err(e) => e.exit(),
    };
    match byods::run(cli) {
        Ok(status) => status.into(),
        Err(e) => {
            // A closed stdout and an already reported failure end without another word.
            if !e.already_reported() {
                // Error text may carry what a server sent: escaped by the terminal layer.
                byods::ui::report_error(&e.to_string());
            }
            e.exit_status().into()
        }
    }
}
