//! Questions for a person at a terminal. Prompts go to stderr, answers are read from stdin line by
//! line (edited with dialoguer at a real terminal, see `menu.rs`). Only asked when `Ui::can_prompt`
//! says so.

use super::Ui;
use crate::error::{Error, ExitStatus, Result};

impl Ui {
    /// Declining, or end of input: nothing was sent.
    pub fn cancelled(&self) -> Error {
        self.line("cancelled: nothing was sent");
        Error::Exit(ExitStatus::Cancelled)
    }

    fn read_answer(&self, prompt: &str) -> Result<String> {
        // At a real terminal the line is edited with dialoguer (the same prompt text), so Ctrl-C
        // leaves with 130 and the terminal restored rather than dying mid-line.
        if let Some(answer) = self.edit_line(prompt.trim_end().trim_end_matches(':'))? {
            return match answer {
                Some(text) => Ok(text.trim().to_string()),
                None => Err(self.cancelled()),
            };
        }
        self.write_stderr(prompt);
        match self.read_line()? {
            Some(line) => Ok(line.trim().to_string()),
            None => {
                self.write_stderr("\n");
                Err(self.cancelled())
            }
        }
    }

    /// `label [default]: `; an empty answer takes the default. Without a default, asks again.
    pub fn ask(&self, label: &str, default: Option<&str>) -> Result<String> {
        loop {
            let prompt = match default {
                Some(d) => format!("{label} [{d}]: "),
                None => format!("{label}: "),
            };
            let answer = self.read_answer(&prompt)?;
            match (answer.is_empty(), default) {
                (false, _) => return Ok(answer),
                (true, Some(d)) => return Ok(d.to_string()),
                (true, None) => self.line("  a value is required"),
            }
        }
    }

    /// Asks again until `check` accepts the answer, showing its message.
    pub fn ask_valid<T>(
        &self,
        label: &str,
        default: Option<&str>,
        check: impl Fn(&str) -> std::result::Result<T, String>,
    ) -> Result<T> {
        loop {
            let answer = self.ask(label, default)?;
            match check(&answer) {
                Ok(v) => return Ok(v),
                Err(why) => self.line(&format!("  {why}")),
            }
        }
    }

    /// `question [y/N]`: only y/yes is yes.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        let answer = self.read_answer(&format!("{question} [y/N]: "))?;
        Ok(matches!(answer.to_ascii_lowercase().as_str(), "y" | "yes"))
    }

    /// A numbered menu on stderr; returns the index chosen (1-based on screen, Enter = `default`).
    pub fn choose(&self, title: &str, options: &[String], default: usize) -> Result<usize> {
        self.line(title);
        for (i, option) in options.iter().enumerate() {
            self.line(&format!("  {}) {option}", i + 1));
        }
        let default_text = (default + 1).to_string();
        self.ask_valid("Choice", Some(&default_text), |a| {
            match a.parse::<usize>() {
                Ok(n) if (1..=options.len()).contains(&n) => Ok(n - 1),
                _ => Err(format!("enter a number from 1 to {}", options.len())),
            }
        })
    }

    /// A secret from stdin: typed at a terminal without echo (one line), or everything piped in.
    /// `what` names it in the prompt and in errors; the value itself is never shown.
    pub fn read_secret(&self, what: &str) -> Result<String> {
        let text = if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            match hidden_line(what) {
                Ok(text) => text,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    self.write_stderr("\n");
                    return Err(self.cancelled());
                }
                Err(e) => {
                    return Err(Error::usage(format!(
                        "cannot read {what} from the terminal: {e}"
                    )));
                }
            }
        } else {
            self.read_all(crate::limits::MAX_SECRET_BYTES, &format!("{what} on stdin"))?
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
}

/// One line typed at the terminal with echo off.
fn hidden_line(what: &str) -> std::io::Result<String> {
    // rpassword turns echo off and, on Ctrl-C, raises SIGINT before it turns echo back on: the
    // default action would end byods with the user's terminal left silent. Ignore SIGINT for
    // the prompt, let rpassword restore the terminal, then report the interruption.
    with_sigint_ignored(|| rpassword::prompt_password(format!("{what} (input hidden): ")))
}

/// Runs `f` with SIGINT ignored, for prompt libraries that put the terminal in raw mode and raise
/// SIGINT on Ctrl-C after restoring it (rpassword, console): the caller then sees an
/// `Interrupted` error and can leave cleanly instead of dying with the terminal half set up.
#[allow(unsafe_code)]
pub(super) fn with_sigint_ignored<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: installing SIG_IGN and reinstalling the previous disposition of SIGINT is
    // async-signal-safe and touches no Rust state.
    let previous = unsafe { libc::signal(libc::SIGINT, libc::SIG_IGN) };
    let result = f();
    unsafe { libc::signal(libc::SIGINT, previous) };
    result
}

#[cfg(test)]
mod tests {
    use super::super::{Terminals, UiSettings};
    use super::*;

    #[test]
    fn asks_until_valid_and_cancels_at_end_of_input() {
        let (ui, captured) =
            Ui::buffered(&UiSettings::default(), Terminals::default(), "\n7\n2\n").unwrap();
        let options = vec!["a".to_string(), "b".to_string()];
        assert_eq!(ui.choose("Pick:", &options, 0).unwrap(), 0);
        assert_eq!(ui.choose("Pick:", &options, 0).unwrap(), 1);
        assert!(captured.stderr().contains("enter a number from 1 to 2"));
        assert!(matches!(
            ui.confirm("Go?"),
            Err(Error::Exit(ExitStatus::Cancelled))
        ));
        assert!(captured.stderr().ends_with("cancelled: nothing was sent\n"));
    }
}
