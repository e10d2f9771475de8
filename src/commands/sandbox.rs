//! `byods sandbox`: serve the Webex API emulator in the foreground until interrupted.

use crate::app::Ctx;
use crate::cli::SandboxArgs;
use crate::error::Result;
use crate::sandbox::{Options, Sandbox};
use crate::ui::{Outcome, View, compact};

/// Serves until interrupted. The connection details go to stdout first — `export` lines for a
/// shell, or one JSON object with `--json` — so another program can read them and connect.
pub fn run(ctx: &Ctx, args: &SandboxArgs) -> Result<Outcome> {
    let sandbox = Sandbox::start(Options::from_args(args)?)?;
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
