//! `byods jwt decode` and `byods jwt verify`: the CLI over `crate::jws`.

mod decode;
mod verify;

use std::io::Read;

use crate::app::Ctx;
use crate::cli::{JwtArgs, JwtCommand};
use crate::error::{Error, Result};
use crate::ui::{Outcome, Ui};

pub fn run(ctx: &Ctx, args: &JwtArgs) -> Result<Outcome> {
    match &args.command {
        JwtCommand::Decode(a) => decode::run(ctx, a),
        JwtCommand::Verify(a) => verify::run(ctx, a),
    }
}

/// Stdin beyond this is refused before decoding (a JWS is accepted up to 16 KiB anyway).
const MAX_STDIN_BYTES: u64 = 1024 * 1024;

/// The token from the argument, or from stdin for `-` or no argument. An `Authorization:` header
/// name in front is dropped, so a request header can be piped in as it is.
fn read_token(ui: &Ui, arg: Option<&str>) -> Result<String> {
    let text = match arg {
        Some(t) if t != "-" => t.to_string(),
        _ => {
            if arg.is_none() && ui.terminals().stdin {
                return Err(Error::usage(
                    "no token: give it as an argument, or pipe it in (use '-' to read stdin)",
                ));
            }
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_STDIN_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Error::usage(format!("cannot read the token from stdin: {e}")))?;
            if bytes.len() as u64 > MAX_STDIN_BYTES {
                return Err(Error::usage(format!(
                    "stdin holds more than {MAX_STDIN_BYTES} bytes: that is not a JWS (Webex data source tokens are about 1 KiB)"
                )));
            }
            String::from_utf8(bytes)
                .map_err(|_| Error::usage("the token on stdin is not UTF-8 text: is this a JWS?"))?
        }
    };
    let trimmed = text.trim();
    let without_header = match trimmed.split_once(':') {
        Some((name, rest)) if name.trim().eq_ignore_ascii_case("authorization") => rest.trim(),
        _ => trimmed,
    };
    Ok(without_header.to_string())
}
