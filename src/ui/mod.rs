//! The terminal layer: the run's one `Ui` owns stdout, stderr and the stdin prompts read from,
//! knows which of them is a terminal, and applies `-q`/`-v`, output formats and the escaping of
//! text that came from a server. Nothing outside this module writes to the terminal.
//!
//! `output` renders what commands return, `prompt` asks questions, `progress` draws the bulk-run
//! bar, `jq` runs `--jq`, `timefmt` parses and shows durations and times.

pub mod jq;
mod menu;
pub mod output;
pub mod progress;
pub mod prompt;
pub mod timefmt;

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex, MutexGuard};

pub use output::{
    Cell, ColorChoice, Outcome, OutputFormat, Style, Table, View, compact, pretty, terminal_safe,
};

use crate::error::Result;
use jq::JqFilter;

/// How the run prints, resolved from the command line (`--output`/`--json`, `--jq`, `--color`,
/// `-q`, `-v`, `--no-input`).
#[derive(Clone, Debug)]
pub struct UiSettings {
    /// None: a table on a terminal, JSON otherwise.
    pub format: Option<OutputFormat>,
    pub jq: Option<String>,
    pub color: ColorChoice,
    pub quiet: bool,
    pub verbose: bool,
    pub no_input: bool,
    /// `--no-headers`: tables without their header line.
    pub no_headers: bool,
}

impl Default for UiSettings {
    fn default() -> UiSettings {
        UiSettings {
            format: None,
            jq: None,
            color: ColorChoice::Auto,
            quiet: false,
            verbose: false,
            no_input: false,
            no_headers: false,
        }
    }
}

/// Where an output stream goes: the process's own (stdout or stderr), or a buffer a test reads.
enum Sink {
    Process,
    Buffer(Arc<Mutex<Vec<u8>>>),
}

/// Where prompt answers come from: the process's stdin, or text a test gave.
enum Source {
    Process,
    Buffer(std::io::Cursor<Vec<u8>>),
}

/// Which streams are terminals. `BYODS_FORCE_TTY=1` lets tests see what a terminal would (stdout
/// and stdin; stderr only decides whether the progress bar is drawn).
#[derive(Clone, Copy, Debug, Default)]
pub struct Terminals {
    pub stdout: bool,
    pub stderr: bool,
    pub stdin: bool,
}

impl Terminals {
    pub fn detect() -> Terminals {
        let forced = crate::envflag::env_flag("BYODS_FORCE_TTY");
        Terminals {
            stdout: forced || std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
            stdin: forced || std::io::stdin().is_terminal(),
        }
    }
}

pub struct Ui {
    format: OutputFormat,
    jq: Option<JqFilter>,
    color: bool,
    quiet: bool,
    verbose: bool,
    no_input: bool,
    no_headers: bool,
    /// `-o table`/`-o wide` was asked for (not just a terminal): JSON-only views become records.
    table_asked: bool,
    /// Tables are fitted to this many columns (None: any width).
    width: Option<usize>,
    terminals: Terminals,
    stdout: Mutex<Sink>,
    stderr: Mutex<Sink>,
    stdin: Mutex<Source>,
    /// A progress bar is on stderr's last line: a message erases it first (the next tick redraws
    /// it), so a retry notice from a worker does not land at the end of the bar.
    bar_shown: std::sync::atomic::AtomicBool,
}

/// What a test reads back from a `Ui::buffered`.
#[derive(Clone, Default)]
pub struct Captured {
    stdout: Arc<Mutex<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Captured {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&lock(&self.stdout)).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&lock(&self.stderr)).into_owned()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Ui {
    /// The process's own streams. Compiles `--jq` here so a bad program fails before any request.
    pub fn new(settings: &UiSettings) -> Result<Ui> {
        Ui::with_streams(
            settings,
            Terminals::detect(),
            Sink::Process,
            Sink::Process,
            Source::Process,
        )
    }

    /// Buffers instead of the process's streams, with `stdin` as the answers to prompts.
    pub fn buffered(
        settings: &UiSettings,
        terminals: Terminals,
        stdin: &str,
    ) -> Result<(Ui, Captured)> {
        let captured = Captured::default();
        let ui = Ui::with_streams(
            settings,
            terminals,
            Sink::Buffer(captured.stdout.clone()),
            Sink::Buffer(captured.stderr.clone()),
            Source::Buffer(std::io::Cursor::new(stdin.as_bytes().to_vec())),
        )?;
        Ok((ui, captured))
    }

    fn with_streams(
        settings: &UiSettings,
        terminals: Terminals,
        stdout: Sink,
        stderr: Sink,
        stdin: Source,
    ) -> Result<Ui> {
        let format = settings.format.unwrap_or(if terminals.stdout {
            OutputFormat::Table
        } else {
            OutputFormat::Json
        });
        let jq = settings.jq.as_deref().map(JqFilter::compile).transpose()?;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match settings.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminals.stdout && !no_color && !dumb,
        };
        Ok(Ui {
            format,
            jq,
            color,
            quiet: settings.quiet,
            verbose: settings.verbose,
            no_input: settings.no_input,
            no_headers: settings.no_headers,
            table_asked: settings.format.is_some_and(OutputFormat::is_table),
            width: table_width(terminals),
            terminals,
            stdout: Mutex::new(stdout),
            stderr: Mutex::new(stderr),
            stdin: Mutex::new(stdin),
            bar_shown: std::sync::atomic::AtomicBool::new(false),
        })
    }

    pub fn format(&self) -> OutputFormat {
        self.format
    }

    pub fn quiet(&self) -> bool {
        self.quiet
    }

    pub fn verbose(&self) -> bool {
        self.verbose
    }

    pub fn terminals(&self) -> Terminals {
        self.terminals
    }

    /// Whether questions may be asked: stdin and stdout are terminals and `--no-input` is not set.
    pub fn can_prompt(&self) -> bool {
        !self.no_input && self.terminals.stdin && self.terminals.stdout
    }

    /// A message for people, on stderr (suppressed by `-q`).
    pub fn info(&self, message: &str) {
        if !self.quiet {
            self.line(message);
        }
    }

    /// An error that does not stop the command (one item of a batch), on stderr even with `-q`.
    pub fn error(&self, message: &str) {
        self.line(&format!("byods: error: {message}"));
    }

    /// A warning on stderr (suppressed by `-q`).
    pub fn warn(&self, message: &str) {
        if !self.quiet {
            self.line(&format!("byods: warning: {message}"));
        }
    }

    /// How to fix what the previous message said, on stderr (suppressed by `-q`).
    pub fn hint(&self, message: &str) {
        if !self.quiet {
            self.line(&format!("hint: {message}"));
        }
    }

    /// One line of the `-v` trace.
    pub fn trace(&self, message: &str) {
        if self.verbose {
            self.line(message);
        }
    }

    /// A line on stderr whatever `-q` says (a question's context, a confirmation), with control
    /// characters from server text escaped.
    pub fn line(&self, message: &str) {
        let erase = if self
            .bar_shown
            .swap(false, std::sync::atomic::Ordering::Relaxed)
        {
            "\r\x1b[2K"
        } else {
            ""
        };
        self.write_stderr(&format!("{erase}{}\n", terminal_safe(message, true)));
    }

    /// The progress bar was drawn (true) or erased (false).
    fn set_bar_shown(&self, shown: bool) {
        self.bar_shown
            .store(shown, std::sync::atomic::Ordering::Relaxed);
    }

    /// Raw text on stderr (prompts, the progress bar's escape codes). A closed or failing stderr is
    /// ignored: there is nowhere left to report it, and it must not end the run.
    fn write_stderr(&self, text: &str) {
        let mut sink = lock(&self.stderr);
        let _ = match &mut *sink {
            Sink::Process => {
                let mut err = std::io::stderr().lock();
                err.write_all(text.as_bytes()).and_then(|()| err.flush())
            }
            Sink::Buffer(buf) => {
                lock(buf).extend_from_slice(text.as_bytes());
                Ok(())
            }
        };
    }

    /// Writes to stdout through one buffer; a closed pipe comes back as `BrokenPipe` for the
    /// caller to end the run quietly.
    fn write_stdout(
        &self,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut sink = lock(&self.stdout);
        match &mut *sink {
            Sink::Process => {
                let mut out =
                    std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
                write(&mut out).and_then(|()| out.flush())
            }
            Sink::Buffer(buf) => write(&mut *lock(buf)),
        }
    }

    /// One line read from stdin (for answers), None at end of input.
    fn read_line(&self) -> std::io::Result<Option<String>> {
        let mut source = lock(&self.stdin);
        let mut line = String::new();
        let n = match &mut *source {
            Source::Process => std::io::stdin().read_line(&mut line)?,
            Source::Buffer(cursor) => std::io::BufRead::read_line(cursor, &mut line)?,
        };
        Ok((n > 0).then_some(line))
    }

    /// All of stdin (a piped secret), at most `limit` bytes; `what` names it in errors.
    fn read_all(&self, limit: u64, what: &str) -> crate::error::Result<String> {
        let mut source = lock(&self.stdin);
        match &mut *source {
            Source::Process => crate::limits::read_limited(std::io::stdin().lock(), limit, what),
            Source::Buffer(cursor) => crate::limits::read_limited(cursor, limit, what),
        }
    }
}

/// The width tables fit in: `COLUMNS` when set (as shells export it, and for tests), else the
/// size of the terminal stdout is; None when stdout is not a terminal.
fn table_width(terminals: Terminals) -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
    {
        return Some(columns);
    }
    if !terminals.stdout {
        return None;
    }
    terminal_size::terminal_size_of(std::io::stdout())
        .map(|(terminal_size::Width(w), _)| usize::from(w))
        .filter(|w| *w > 0)
}

/// The last word of a failed run, when no `Ui` may exist yet (a bad `--jq` fails building it).
/// Never panics on a closed stderr.
pub fn report_error(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "byods: error: {}", terminal_safe(message, true));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_escaped_and_quiet_keeps_errors() {
        let settings = UiSettings {
            quiet: true,
            ..UiSettings::default()
        };
        let (ui, captured) = Ui::buffered(&settings, Terminals::default(), "").unwrap();
        ui.info("hidden");
        ui.warn("hidden too");
        ui.error("bad \x1b[31mred");
        assert_eq!(captured.stderr(), "byods: error: bad \\u{1b}[31mred\n");
    }

    #[test]
    fn a_message_erases_the_progress_bar_first() {
        let terminals = Terminals {
            stdout: false,
            stderr: true,
            stdin: false,
        };
        let (ui, captured) = Ui::buffered(&UiSettings::default(), terminals, "").unwrap();
        let mut bar = progress::Progress::new(&ui, "extending", 2);
        bar.tick("extended");
        ui.warn("GET x: retrying in 1 s (503)");
        ui.warn("again");
        let err = captured.stderr();
        assert!(
            err.ends_with("1/2  extended 1\r\x1b[2Kbyods: warning: GET x: retrying in 1 s (503)\nbyods: warning: again\n"),
            "{err:?}"
        );
    }

    #[test]
    fn prompts_only_on_terminals() {
        let on = Terminals {
            stdout: true,
            stderr: true,
            stdin: true,
        };
        let (ui, _) = Ui::buffered(&UiSettings::default(), on, "").unwrap();
        assert!(ui.can_prompt());
        let settings = UiSettings {
            no_input: true,
            ..UiSettings::default()
        };
        let (ui, _) = Ui::buffered(&settings, on, "").unwrap();
        assert!(!ui.can_prompt());
        let (ui, _) = Ui::buffered(&UiSettings::default(), Terminals::default(), "").unwrap();
        assert!(!ui.can_prompt());
    }
}
