use clap::Parser;

fn main() {
    let _cli = byods::cli::Cli::parse();
}
