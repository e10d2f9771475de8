//! Prompts for the guided loop (`byods menu`, guided `update`): a list picked with the arrow keys and
//! lines edited in place, drawn on stderr by dialoguer. Off a real terminal (tests' buffered `Ui`,
//! `BYODS_FORCE_TTY`) they fall back to the numbered, line-based prompts of `prompt.rs`.

use dialoguer::console::Term;
use dialoguer::{Input, Select};

use std::sync::atomic::{AtomicBool, Ordering};

use super::{Sink, Ui, lock, prompt, terminal_safe};
use crate::error::{Error, ExitStatus, Result};

/// Set when Ctrl-C was pressed at one of these prompts: a loop that keeps going after a declined
/// question (also `Cancelled`) must stop after an interruption.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

impl Ui {
    /// Whether Ctrl-C was pressed at a key-driven prompt.
    pub fn interrupted(&self) -> bool {
        INTERRUPTED.load(Ordering::SeqCst)
    }

    /// Whether the key-driven prompts can run: this `Ui` writes to the process's stderr, and stdin
    /// and stderr are real terminals.
    fn keys_available(&self) -> bool {
        matches!(*lock(&self.stderr), Sink::Process)
            && Term::stderr().is_term()
            && std::io::IsTerminal::is_terminal(&std::io::stdin())
    }

    /// Picks one of `items` (arrow keys or j/k, Enter). None: the user went back (Esc or q) or
    /// input ended. Ctrl-C cancels the run (exit 130).
    pub fn pick(&self, title: &str, items: &[String], default: usize) -> Result<Option<usize>> {
        if !self.keys_available() {
            return match self.choose(title, items, default) {
                Ok(i) => Ok(Some(i)),
                Err(Error::Exit(ExitStatus::Cancelled)) => Ok(None),
                Err(e) => Err(e),
            };
        }
        // Text from a server (urls) is escaped here: dialoguer draws it as it is.
        let items: Vec<String> = items
            .iter()
            .map(|i| terminal_safe(i, true).into_owned())
            .collect();
        let term = Term::stderr();
        let answer = prompt::with_sigint_ignored(|| {
            Select::new()
                .with_prompt(title)
                .items(&items)
                .default(default.min(items.len().saturating_sub(1)))
                .interact_on_opt(&term)
        });
        self.finish_keys(&term, answer)
    }

    /// A line with `default` taken on Enter; asks again until `check` accepts it. None: input
    /// ended. Ctrl-C cancels the run (exit 130).
    pub fn edit<T>(
        &self,
        label: &str,
        default: Option<&str>,
        check: impl Fn(&str) -> std::result::Result<T, String>,
    ) -> Result<Option<T>> {
        if !self.keys_available() {
            return match self.ask_valid(label, default, check) {
                Ok(v) => Ok(Some(v)),
                Err(Error::Exit(ExitStatus::Cancelled)) => Ok(None),
                Err(e) => Err(e),
            };
        }
        let term = Term::stderr();
        let mut input = Input::<String>::new()
            .with_prompt(label)
            .validate_with(|a: &String| check(a.trim()).map(|_| ()));
        if let Some(d) = default {
            input = input.default(d.to_string());
        }
        let answer = prompt::with_sigint_ignored(|| input.interact_text_on(&term));
        match self.finish_keys(&term, answer.map(Some))? {
            Some(text) => check(text.trim()).map(Some).map_err(Error::usage),
            None => Ok(None),
        }
    }

    /// One free-form line at a real terminal, for the line-based prompts: None when the keys are
    /// not available (read stdin instead), Some(None) at end of input.
    pub(super) fn edit_line(&self, label: &str) -> Result<Option<Option<String>>> {
        if !self.keys_available() {
            return Ok(None);
        }
        let term = Term::stderr();
        let answer = prompt::with_sigint_ignored(|| {
            Input::<String>::new()
                .with_prompt(label)
                .allow_empty(true)
                .interact_text_on(&term)
        });
        self.finish_keys(&term, answer.map(Some)).map(Some)
    }

    /// Ctrl-C becomes `Cancelled` and end of input `None`, with the cursor shown again (dialoguer
    /// hides it while a list is open and does not restore it on an error).
    fn finish_keys<T>(
        &self,
        term: &Term,
        answer: std::result::Result<Option<T>, dialoguer::Error>,
    ) -> Result<Option<T>> {
        match answer {
            Ok(v) => Ok(v),
            Err(dialoguer::Error::IO(e)) => {
                let _ = term.show_cursor();
                self.write_stderr("\n");
                match e.kind() {
                    std::io::ErrorKind::Interrupted => {
                        INTERRUPTED.store(true, Ordering::SeqCst);
                        self.line("interrupted");
                        Err(Error::Exit(ExitStatus::Cancelled))
                    }
                    std::io::ErrorKind::UnexpectedEof => Ok(None),
                    _ => Err(Error::usage(format!("cannot read from the terminal: {e}"))),
                }
            }
        }
    }
}
