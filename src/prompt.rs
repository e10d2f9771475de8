//! Questions for a person at a terminal. Prompts go to stderr, answers are read from stdin line by
//! line. Only used when stdin and stdout are terminals and `--no-input` is not set.

use std::io::{BufRead, Write};

use crate::error::{Error, Result, exit};
use crate::output::{stdin_is_terminal, stdout_is_terminal};

/// Whether questions may be asked.
pub fn interactive(no_input: bool) -> bool {
    !no_input && stdin_is_terminal() && stdout_is_terminal()
}

/// Declining, or end of input: nothing was sent.
pub fn cancelled() -> Error {
    eprintln!("cancelled: nothing was sent");
    Error::Exit(exit::INTERRUPTED)
}

fn read_answer(prompt: &str) -> Result<String> {
    let mut stderr = std::io::stderr().lock();
    write!(stderr, "{prompt}")?;
    stderr.flush()?;
    drop(stderr);
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line)? == 0 {
        eprintln!();
        return Err(cancelled());
    }
    Ok(line.trim().to_string())
}

/// `label [default]: `; an empty answer takes the default. Without a default, asks again.
pub fn ask(label: &str, default: Option<&str>) -> Result<String> {
    loop {
        let prompt = match default {
            Some(d) => format!("{label} [{d}]: "),
            None => format!("{label}: "),
        };
        let answer = read_answer(&prompt)?;
        match (answer.is_empty(), default) {
            (false, _) => return Ok(answer),
            (true, Some(d)) => return Ok(d.to_string()),
            (true, None) => eprintln!("  a value is required"),
        }
    }
}

/// Asks again until `check` accepts the answer, showing its message.
pub fn ask_valid<T>(
    label: &str,
    default: Option<&str>,
    check: impl Fn(&str) -> std::result::Result<T, String>,
) -> Result<T> {
    loop {
        let answer = ask(label, default)?;
        match check(&answer) {
            Ok(v) => return Ok(v),
            Err(why) => eprintln!("  {why}"),
        }
    }
}

/// `question [y/N]`: only y/yes is yes.
pub fn confirm(question: &str) -> Result<bool> {
    let answer = read_answer(&format!("{question} [y/N]: "))?;
    Ok(matches!(answer.to_ascii_lowercase().as_str(), "y" | "yes"))
}

/// A numbered menu on stderr; returns the index chosen (1-based on screen, Enter = `default`).
pub fn choose(title: &str, options: &[String], default: usize) -> Result<usize> {
    eprintln!("{title}");
    for (i, option) in options.iter().enumerate() {
        eprintln!("  {}) {option}", i + 1);
    }
    let default_text = (default + 1).to_string();
    ask_valid("Choice", Some(&default_text), |a| {
        match a.parse::<usize>() {
            Ok(n) if (1..=options.len()).contains(&n) => Ok(n - 1),
            _ => Err(format!("enter a number from 1 to {}", options.len())),
        }
    })
}

/// A secret from stdin: typed at a terminal without echo (one line), or everything piped in.
/// `what` names it in the prompt and in errors; the value itself is never shown.
pub fn read_secret(what: &str) -> Result<String> {
    let text = if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        // rpassword turns echo off and, on Ctrl-C, raises SIGINT before it turns echo back on: the
        // default action would end byods with the user's terminal left silent. Ignore SIGINT for
        // the prompt, let rpassword restore the terminal, then report the interruption.
        // SAFETY: installing SIG_IGN and reinstalling the previous disposition of SIGINT is
        // async-signal-safe and touches no Rust state.
        let previous = unsafe { libc::signal(libc::SIGINT, libc::SIG_IGN) };
        let answer = rpassword::prompt_password(format!("{what} (input hidden): "));
        unsafe { libc::signal(libc::SIGINT, previous) };
        match answer {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                eprintln!();
                return Err(cancelled());
            }
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read {what} from the terminal: {e}"
                )));
            }
        }
    } else {
        crate::input::read_limited(
            std::io::stdin().lock(),
            crate::input::MAX_SECRET_BYTES,
            &format!("{what} on stdin"),
        )?
    };
    let secret = text.trim();
    let secret = secret.strip_prefix("Bearer ").unwrap_or(secret).trim();
    if secret.is_empty() {
        return Err(Error::usage(format!(
            "no {what} on stdin: nothing was stored"
        )));
    }
    Ok(secret.to_string())
}
