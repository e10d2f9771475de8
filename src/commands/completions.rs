//! `byods completions SHELL`: a shell completion script generated from the clap definition.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;
use crate::ui::Outcome;

pub fn run(args: &CompletionsArgs) -> Result<Outcome> {
    Ok(Outcome::raw(script(args.shell)))
}

pub fn script(shell: clap_complete::Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "byods", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}
