//! `byods sandbox`: serve the Webex API emulator in the foreground until interrupted.

use crate::app::Ctx;
use crate::cli::SandboxArgs;
use crate::error::{Error, Result};
use crate::sandbox::{Faults, Options, Sandbox};
use crate::ui::{Outcome, View, compact};

/// Serves until interrupted. The connection details go to stdout first — `export` lines for a
/// shell, or one JSON object with `--json` — so another program can read them and connect.
pub fn run(ctx: &Ctx, args: &SandboxArgs) -> Result<Outcome> {
    let sandbox = Sandbox::start(options(args)?)?;
    let info = sandbox.startup_info();
    let json = ctx.structured_output_requested();
    let view = if json {
        View::Raw(compact(&info) + "\n")
    } else {
        View::Raw(format!(
            "export BYODS_BASE_URL={}\nexport BYODS_TOKEN={}\n",
            sandbox.base_url(),
            sandbox.admin_token()
        ))
    };
    ctx.ui.print(&Outcome::new(info, view))?;
    ctx.ui.info(&format!(
        "byods sandbox: serving the Webex API emulator at {} (issuer {}); Ctrl-C stops it",
        sandbox.base_url(),
        sandbox.issuer()
    ));
    sandbox.wait();
    Ok(Outcome::nothing())
}

/// The emulator's options from `byods sandbox` flags; the state file defaults to
/// `<state dir>/sandbox.json`.
pub fn options(args: &SandboxArgs) -> Result<Options> {
    let state = match &args.state {
        Some(p) => p.clone(),
        None => crate::paths::state_dir()?.join("sandbox.json"),
    };
    Ok(Options {
        addr: args.addr.clone(),
        state: Some(state),
        reset: args.reset,
        workers: args.workers,
        faults: Faults {
            latency_ms: args.latency_ms,
            rate_limit_every: args.rate_limit_every,
            retry_after: args.retry_after,
            error_rate: args.error_rate.clamp(0.0, 1.0),
            access_token_lifetime: args.access_token_lifetime,
            refresh_token_lifetime: args.refresh_token_lifetime,
            rotate_refresh_tokens: args.rotate_refresh_tokens,
            page_size: args.page_size,
            spec_shapes: args.spec_shapes,
            ..Faults::default()
        },
    })
}

impl From<crate::sandbox::Error> for Error {
    fn from(e: crate::sandbox::Error) -> Error {
        use crate::sandbox::Error as E;
        match e {
            E::Usage(m) => Error::usage(m),
            E::Setup(m) => Error::Config(m),
            E::Internal(m) => Error::internal(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    #[test]
    fn options_from_args_default_the_state_file() {
        let cli = crate::cli::Cli::try_parse_from([
            "byods",
            "sandbox",
            "--addr",
            "127.0.0.1:0",
            "--rate-limit-every",
            "4",
            "--error-rate",
            "3",
            "--refresh-token-lifetime",
            "60",
            "--page-size",
            "2",
            "--workers",
            "3",
        ])
        .unwrap();
        let crate::cli::Command::Sandbox(args) = cli.command else {
            panic!("not a sandbox command")
        };
        let opts = super::options(&args).unwrap();
        assert_eq!(opts.addr, "127.0.0.1:0");
        assert!(opts.state.unwrap().ends_with("sandbox.json"));
        assert_eq!(opts.faults.rate_limit_every, Some(4));
        assert_eq!(opts.faults.error_rate, 1.0);
        assert_eq!(opts.faults.page_size, Some(2));
        // How many requests are handled at once: the transport's bound is tested in server/tests.rs.
        assert_eq!(opts.workers, 3);
        assert_eq!(opts.faults.refresh_token_lifetime, Some(60));
        assert!(opts.faults.service_app_authorized);
    }
}
