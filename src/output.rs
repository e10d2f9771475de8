//! The only writer to stdout. Commands return an `Outcome` (the JSON value plus an optional
//! table view); this module decides how it looks: a table on a terminal, JSON when piped, NDJSON,
//! or the results of `--jq`. Messages for people go to stderr through `Output::info`/`warn`.

use std::io::{IsTerminal, Write};

use serde_json::Value;

use crate::cli::{ColorChoice, OutputFormat};
use crate::error::{Error, Result, exit};
use crate::jq::JqFilter;

/// What a command produced.
pub struct Outcome {
    /// Exactly what `-o json` prints and `--jq` sees.
    pub data: Value,
    pub view: View,
    /// Exit status after printing (e.g. a bulk run with failures).
    pub exit_code: u8,
}

pub enum View {
    /// No special rendering: JSON even on a terminal.
    Json,
    /// Rows under column headers.
    Table(Table),
    /// Blocks of label/value pairs, one block per object.
    Records(Vec<Vec<(String, Cell)>>),
    /// Text printed as is in every format (completion scripts, man pages, a token).
    Raw(String),
    /// Nothing on stdout.
    Nothing,
}

impl Outcome {
    pub fn new(data: Value, view: View) -> Outcome {
        Outcome {
            data,
            view,
            exit_code: exit::OK,
        }
    }

    pub fn json(data: Value) -> Outcome {
        Outcome::new(data, View::Json)
    }

    pub fn raw(text: String) -> Outcome {
        Outcome::new(Value::String(text.clone()), View::Raw(text))
    }

    pub fn nothing() -> Outcome {
        Outcome::new(Value::Null, View::Nothing)
    }

    pub fn with_exit(mut self, code: u8) -> Outcome {
        self.exit_code = code;
        self
    }
}

#[derive(Default)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain,
    Good,
    Warn,
    Bad,
    Dim,
}

#[derive(Clone, Debug)]
pub struct Cell {
    pub text: String,
    pub style: Style,
}

impl Cell {
    pub fn new(text: impl Into<String>, style: Style) -> Cell {
        let text: String = text.into();
        Cell {
            text: terminal_safe(&text, false).into_owned(),
            style,
        }
    }
}

/// Text that came from a server or a token, made safe for a terminal: control characters (escape
/// sequences, bells, carriage returns) are shown escaped instead of acting on the terminal.
/// Newlines are kept for messages and escaped in table cells.
pub fn terminal_safe(text: &str, keep_newlines: bool) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !(keep_newlines && c == '\n') && c != '\t';
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| {
            if unsafe_char(c) {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

impl<T: Into<String>> From<T> for Cell {
    fn from(text: T) -> Cell {
        Cell::new(text, Style::Plain)
    }
}

pub struct Output {
    format: OutputFormat,
    jq: Option<JqFilter>,
    color: bool,
    quiet: bool,
    stdout_is_tty: bool,
}

/// `BYODS_FORCE_TTY=1` lets tests see what a terminal would.
pub fn stdout_is_terminal() -> bool {
    crate::config::env_flag("BYODS_FORCE_TTY") || std::io::stdout().is_terminal()
}

pub fn stdin_is_terminal() -> bool {
    crate::config::env_flag("BYODS_FORCE_TTY") || std::io::stdin().is_terminal()
}

pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}

impl Output {
    /// Compiles `--jq` here so a bad program fails before any request.
    pub fn new(
        format: Option<OutputFormat>,
        jq: Option<&str>,
        color: ColorChoice,
        quiet: bool,
    ) -> Result<Output> {
        let stdout_is_tty = stdout_is_terminal();
        let format = format.unwrap_or(if stdout_is_tty {
            OutputFormat::Table
        } else {
            OutputFormat::Json
        });
        let jq = jq.map(JqFilter::compile).transpose()?;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_tty && !no_color && !dumb,
        };
        Ok(Output {
            format,
            jq,
            color,
            quiet,
            stdout_is_tty,
        })
    }

    pub fn format(&self) -> OutputFormat {
        self.format
    }

    pub fn is_tty(&self) -> bool {
        self.stdout_is_tty
    }

    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// A message for people, on stderr (suppressed by `-q`).
    pub fn info(&self, message: &str) {
        if !self.quiet {
            eprintln!("{}", terminal_safe(message, true));
        }
    }

    /// An error that does not stop the command (one item of a batch), on stderr even with `-q`.
    pub fn error(&self, message: &str) {
        eprintln!("byods: error: {}", terminal_safe(message, true));
    }

    /// A warning on stderr (suppressed by `-q`).
    pub fn warn(&self, message: &str) {
        if !self.quiet {
            eprintln!("warning: {}", terminal_safe(message, true));
        }
    }

    pub fn print(&self, outcome: &Outcome) -> Result<()> {
        // Plain JSON, the common case for long lists, is written as it is serialized.
        let plain_json = self.jq.is_none()
            && match (&outcome.view, self.format) {
                (View::Raw(_) | View::Nothing, _) => false,
                (View::Table(_) | View::Records(_), OutputFormat::Table) => false,
                (_, OutputFormat::Json | OutputFormat::Table) => true,
                (_, OutputFormat::Ndjson) => false,
            };
        if plain_json {
            return stdout_with(|w| {
                serde_json::to_writer_pretty(&mut *w, &outcome.data)
                    .map_err(std::io::Error::from)?;
                w.write_all(b"\n")
            });
        }
        let text = self.render(outcome)?;
        write_stdout(&text)
    }

    /// One item of a streamed list (`-o ndjson` as results arrive). Returns false when the caller
    /// should collect items and print them at the end instead.
    pub fn stream(&self, item: &Value) -> Result<bool> {
        if self.format != OutputFormat::Ndjson || self.jq.is_some() {
            return Ok(false);
        }
        write_stdout(&format!("{}\n", compact(item)))?;
        Ok(true)
    }

    pub fn render(&self, outcome: &Outcome) -> Result<String> {
        if let View::Raw(text) = &outcome.view {
            return Ok(text.clone());
        }
        if let View::Nothing = &outcome.view {
            return Ok(String::new());
        }
        if let Some(jq) = &self.jq {
            let mut out = String::new();
            for value in jq.run(&outcome.data)? {
                match value {
                    Value::String(s) => out.push_str(&s),
                    other => out.push_str(&compact(&other)),
                }
                out.push('\n');
            }
            return Ok(out);
        }
        Ok(match (self.format, &outcome.view) {
            (OutputFormat::Table, View::Table(table)) => self.table(table),
            (OutputFormat::Table, View::Records(records)) => self.records(records),
            (OutputFormat::Ndjson, _) => match &outcome.data {
                Value::Array(items) => items.iter().map(|i| compact(i) + "\n").collect(),
                other => compact(other) + "\n",
            },
            _ => pretty(&outcome.data) + "\n",
        })
    }

    fn paint(&self, cell: &Cell, width: usize) -> String {
        let padded = format!("{:width$}", cell.text);
        if !self.color {
            return padded;
        }
        let code = match cell.style {
            Style::Plain => return padded,
            Style::Good => "32",
            Style::Warn => "33",
            Style::Bad => "31",
            Style::Dim => "2",
        };
        format!("\x1b[{code}m{padded}\x1b[0m")
    }

    fn heading(&self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn table(&self, table: &Table) -> String {
        let mut widths: Vec<usize> = table.columns.iter().map(|c| c.chars().count()).collect();
        for row in &table.rows {
            for (i, cell) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(i) {
                    *w = (*w).max(cell.text.chars().count());
                }
            }
        }
        let last = widths.len().saturating_sub(1);
        let mut out = String::new();
        let header: Vec<String> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let width = if i == last { 0 } else { widths[i] };
                format!("{:width$}", c.to_uppercase())
            })
            .collect();
        out.push_str(self.heading(header.join("  ").trim_end()).as_str());
        out.push('\n');
        for row in &table.rows {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, cell)| self.paint(cell, if i == last { 0 } else { widths[i] }))
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        out
    }

    fn records(&self, records: &[Vec<(String, Cell)>]) -> String {
        let mut blocks = Vec::new();
        for record in records {
            let width = record
                .iter()
                .map(|(k, _)| k.chars().count())
                .max()
                .unwrap_or(0);
            let mut block = String::new();
            for (label, cell) in record {
                let label = format!("{:width$}", terminal_safe(label, false));
                block.push_str(&format!(
                    "{}  {}\n",
                    self.heading(&label),
                    self.paint(cell, 0)
                ));
            }
            blocks.push(block);
        }
        blocks.join("\n")
    }
}

pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON values serialize")
}

pub fn compact(value: &Value) -> String {
    serde_json::to_string(value).expect("JSON values serialize")
}

/// A closed pipe (`byods ls | head -1`) is not an error: exit quietly with 0.
fn write_stdout(text: &str) -> Result<()> {
    stdout_with(|w| w.write_all(text.as_bytes()))
}

fn stdout_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let mut stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let result = write(&mut stdout).and_then(|()| stdout.flush());
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::Exit(exit::OK)),
        other => other.map_err(Error::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn output(format: OutputFormat, jq: Option<&str>) -> Output {
        Output::new(Some(format), jq, ColorChoice::Never, false).unwrap()
    }

    #[test]
    fn renders_tables_aligned() {
        let table = Table {
            columns: vec!["id", "status"],
            rows: vec![
                vec!["a".into(), "active".into()],
                vec!["bbbb".into(), "x".into()],
            ],
        };
        let out = output(OutputFormat::Table, None)
            .render(&Outcome::new(json!([]), View::Table(table)))
            .unwrap();
        assert_eq!(out, "ID    STATUS\na     active\nbbbb  x\n");
    }

    #[test]
    fn ndjson_and_jq() {
        let data = json!([{"id": "a"}, {"id": "b"}]);
        let out = output(OutputFormat::Ndjson, None)
            .render(&Outcome::json(data.clone()))
            .unwrap();
        assert_eq!(out, "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
        let out = output(OutputFormat::Json, Some(".[].id"))
            .render(&Outcome::json(data.clone()))
            .unwrap();
        assert_eq!(out, "a\nb\n");
        let out = output(OutputFormat::Json, Some(".[0]"))
            .render(&Outcome::json(data))
            .unwrap();
        assert_eq!(out, "{\"id\":\"a\"}\n");
    }
}
