//! `byods man`: man pages generated from the clap definition (to a directory, or byods.1 on stdout).

use clap::CommandFactory;

use crate::cli::{Cli, ManArgs};
use crate::error::{Error, Result};
use crate::ui::Outcome;

pub fn run(args: &ManArgs) -> Result<Outcome> {
    let command = Cli::command();
    match &args.dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            clap_mangen::generate_to(command, dir).map_err(|e| {
                Error::internal(format!("cannot write man pages to {}: {e}", dir.display()))
            })?;
            Ok(Outcome::nothing())
        }
        None => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(command).render(&mut buf)?;
            Ok(Outcome::raw(String::from_utf8_lossy(&buf).into_owned()))
        }
    }
}
