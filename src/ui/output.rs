//! The only writer to stdout. Commands return an `Outcome` (the JSON value plus an optional
//! table view); this module decides how it looks: a table on a terminal, JSON when piped, NDJSON,
//! or the results of `--jq`.

use serde_json::Value;

use super::Ui;
use crate::error::{Error, ExitStatus, Result};

/// `--output`: how data is printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Pretty JSON; a list is one array
    Json,
    /// One compact JSON object per line
    Ndjson,
    /// Aligned columns fitted to the terminal's width (long text cut with '…')
    Table,
    /// A table with every column at full width, whatever the terminal's width
    Wide,
}

impl OutputFormat {
    /// Whether this format renders tables (`table` fits the terminal, `wide` does not).
    pub fn is_table(self) -> bool {
        matches!(self, OutputFormat::Table | OutputFormat::Wide)
    }
}

/// Columns that may be shortened with an ellipsis (or hidden, last listed first) to fit the
/// terminal: long free text. Ids, statuses and times are never cut, so what is shown can be
/// pasted back.
const ELASTIC_COLUMNS: &[&str] = &[
    "url",
    "audience",
    "schema",
    "subject",
    "description",
    "reason",
    "note",
    "message",
    "error",
];

/// An elastic column narrower than this is hidden rather than cut to a stub.
const MIN_ELASTIC_WIDTH: usize = 8;

/// `--color`: when tables are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What a command produced.
pub struct Outcome {
    /// Exactly what `-o json` prints and `--jq` sees.
    pub data: Value,
    pub view: View,
    /// Exit status after printing (e.g. a bulk run with failures).
    pub status: ExitStatus,
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
            status: ExitStatus::Success,
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

    pub fn with_exit(mut self, status: ExitStatus) -> Outcome {
        self.status = status;
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

impl Ui {
    pub fn print(&self, outcome: &Outcome) -> Result<()> {
        // Plain JSON, the common case for long lists, is written as it is serialized.
        let plain_json = self.jq.is_none()
            && match (&outcome.view, self.format) {
                (View::Raw(_) | View::Nothing, _) => false,
                (View::Table(_) | View::Records(_), f) if f.is_table() => false,
                (View::Json, f) if f.is_table() && self.table_asked => false,
                (_, OutputFormat::Json | OutputFormat::Table | OutputFormat::Wide) => true,
                (_, OutputFormat::Ndjson) => false,
            };
        if plain_json {
            return stdout_result(self.write_stdout(|w| {
                serde_json::to_writer_pretty(&mut *w, &outcome.data)
                    .map_err(std::io::Error::from)?;
                w.write_all(b"\n")
            }));
        }
        let text = self.render(outcome)?;
        stdout_result(self.write_stdout(|w| w.write_all(text.as_bytes())))
    }

    /// One item of a streamed list (`-o ndjson` as results arrive). Returns false when the caller
    /// should collect items and print them at the end instead.
    pub fn stream(&self, item: &Value) -> Result<bool> {
        if self.format != OutputFormat::Ndjson || self.jq.is_some() {
            return Ok(false);
        }
        let line = format!("{}\n", compact(item));
        stdout_result(self.write_stdout(|w| w.write_all(line.as_bytes())))?;
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
            // NDJSON is a stream of objects: the program sees each line, as `jq` on the stream would.
            let inputs: Vec<&Value> = match (&outcome.data, self.format) {
                (Value::Array(items), OutputFormat::Ndjson) => items.iter().collect(),
                (data, _) => vec![data],
            };
            let mut results = Vec::new();
            for input in inputs {
                results.extend(jq.run(input)?);
            }
            let mut out = String::new();
            for value in results {
                match value {
                    Value::String(s) => out.push_str(&s),
                    other => out.push_str(&compact(&other)),
                }
                out.push('\n');
            }
            return Ok(out);
        }
        Ok(match (self.format, &outcome.view) {
            (f, View::Table(table)) if f.is_table() => self.table(table),
            (f, View::Records(records)) if f.is_table() => self.records(records),
            (f, View::Json) if f.is_table() && self.table_asked => {
                self.records(&records_of(&outcome.data))
            }
            (OutputFormat::Ndjson, _) => match &outcome.data {
                Value::Array(items) => items.iter().map(|i| compact(i) + "\n").collect(),
                other => compact(other) + "\n",
            },
            _ => pretty(&outcome.data) + "\n",
        })
    }

    fn paint(&self, cell: &Cell, width: usize) -> String {
        let padded = pad(&cell.text, width);
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
        // Without the header line, only the cells set the widths.
        let mut widths: Vec<usize> = table
            .columns
            .iter()
            .map(|c| if self.no_headers { 0 } else { display_width(c) })
            .collect();
        for row in &table.rows {
            for (i, cell) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(i) {
                    *w = (*w).max(display_width(&cell.text));
                }
            }
        }
        let limit = match self.format {
            OutputFormat::Wide => None,
            _ => self.width,
        };
        let shown = fit_columns(&table.columns, &mut widths, limit);
        let last = shown.last().copied().unwrap_or(0);
        let mut out = String::new();
        if !self.no_headers {
            let header: Vec<String> = shown
                .iter()
                .map(|&i| {
                    let width = if i == last { 0 } else { widths[i] };
                    pad(
                        &ellipsize(&table.columns[i].to_uppercase(), widths[i]),
                        width,
                    )
                })
                .collect();
            out.push_str(self.heading(header.join("  ").trim_end()).as_str());
            out.push('\n');
        }
        for row in &table.rows {
            let cells: Vec<String> = shown
                .iter()
                .filter_map(|&i| row.get(i).map(|cell| (i, cell)))
                .map(|(i, cell)| {
                    let cell = Cell {
                        text: ellipsize(&cell.text, widths[i]),
                        style: cell.style,
                    };
                    self.paint(&cell, if i == last { 0 } else { widths[i] })
                })
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
                .map(|(k, _)| display_width(&terminal_safe(k, false)))
                .max()
                .unwrap_or(0);
            let mut block = String::new();
            for (label, cell) in record {
                let label = pad(&terminal_safe(label, false), width);
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

/// Which columns to show, and their widths, for a table that must fit in `limit` characters:
/// elastic columns share what the others leave (short ones keep their width, long ones are cut
/// evenly); when even that is too little, elastic columns are hidden, the last listed first.
fn fit_columns(columns: &[&str], widths: &mut [usize], limit: Option<usize>) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    let Some(limit) = limit else {
        return shown;
    };
    let total = |shown: &[usize], widths: &[usize]| {
        shown.iter().map(|&i| widths[i]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
    };
    if total(&shown, widths) <= limit {
        return shown;
    }
    let elastic_rank = |i: usize| ELASTIC_COLUMNS.iter().position(|c| *c == columns[i]);
    loop {
        let elastic: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| elastic_rank(i).is_some())
            .collect();
        if elastic.is_empty() {
            return shown;
        }
        let fixed: usize = shown
            .iter()
            .filter(|i| !elastic.contains(i))
            .map(|&i| widths[i])
            .sum::<usize>()
            + 2 * shown.len().saturating_sub(1);
        let mut room = limit.saturating_sub(fixed);
        if room >= elastic.len() * MIN_ELASTIC_WIDTH {
            // Water-filling: the narrowest keep their natural width while it fits a fair share.
            let mut open = elastic.clone();
            open.sort_by_key(|&i| widths[i]);
            while let Some(&i) = open.first() {
                let share = room / open.len();
                if widths[i] <= share {
                    room -= widths[i];
                    open.remove(0);
                } else {
                    break;
                }
            }
            let count = open.len();
            for (n, &i) in open.iter().enumerate() {
                // The remainder goes to the first columns, one character each.
                let extra = usize::from(n < room % count.max(1));
                widths[i] = room / count + extra;
            }
            return shown;
        }
        let hide = elastic
            .iter()
            .copied()
            .max_by_key(|&i| elastic_rank(i))
            .expect("elastic is not empty");
        shown.retain(|&i| i != hide);
    }
}

/// `-o table` for a command without a table of its own: each object as a block of its fields
/// (nested values as compact JSON); anything else as one value.
fn records_of(data: &Value) -> Vec<Vec<(String, Cell)>> {
    let cell = |v: &Value| match v {
        Value::String(s) => Cell::from(s.as_str()),
        Value::Null => Cell::new("-", Style::Dim),
        other => Cell::from(compact(other)),
    };
    let record = |v: &Value| match v {
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), cell(v))).collect(),
        other => vec![("value".to_string(), cell(other))],
    };
    match data {
        Value::Array(items) => items.iter().map(record).collect(),
        other => vec![record(other)],
    }
}

/// How many terminal columns `text` takes: wide (CJK) characters take two, combining marks none.
fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` followed by spaces up to `width` columns.
fn pad(text: &str, width: usize) -> String {
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(text)),
    ));
    out
}

/// `text` cut to `width` columns, the last one an ellipsis when anything was cut.
fn ellipsize(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(1);
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        cut.push(c);
    }
    cut.push('…');
    cut
}

pub fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON values serialize")
}

pub fn compact(value: &Value) -> String {
    serde_json::to_string(value).expect("JSON values serialize")
}

/// A closed pipe (`byods ls | head -1`) ends the run; `main` exits quietly with 0.
fn stdout_result(result: std::io::Result<()>) -> Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::ClosedStdout),
        other => other.map_err(Error::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn output(format: OutputFormat, jq: Option<&str>) -> Ui {
        let settings = super::super::UiSettings {
            format: Some(format),
            jq: jq.map(str::to_string),
            color: ColorChoice::Never,
            ..Default::default()
        };
        Ui::buffered(&settings, super::super::Terminals::default(), "")
            .unwrap()
            .0
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
    fn wide_characters_take_two_columns_in_a_table() {
        let table = Table {
            columns: vec!["url", "status"],
            rows: vec![
                vec!["https://例え.jp/データ".into(), "active".into()],
                vec!["https://a.example".into(), "x".into()],
            ],
        };
        let out = output(OutputFormat::Table, None)
            .render(&Outcome::new(json!([]), View::Table(table)))
            .unwrap();
        // The STATUS column starts at the same terminal column on every line.
        let starts: Vec<usize> = out
            .lines()
            .zip(["STATUS", "active", "x"])
            .map(|(line, status)| display_width(&line[..line.rfind(status).unwrap()]))
            .collect();
        // The url takes 22 columns (its five CJK characters two each), then the gap of 2.
        assert_eq!(starts, [24, 24, 24], "{out}");
        // Cut to a width, a wide character that would cross it is left out whole.
        assert_eq!(ellipsize("データソース", 6), "デー…");
        assert_eq!(display_width(&ellipsize("データソース", 6)), 5);
        assert_eq!(ellipsize("データ", 6), "データ");
    }

    #[test]
    fn fits_elastic_columns_and_never_cuts_the_others() {
        let columns = ["id", "url", "audience", "expires"];
        let natural = [36, 40, 20, 10];
        // Everything fits: unchanged.
        let mut widths = natural;
        assert_eq!(fit_columns(&columns, &mut widths, Some(200)), [0, 1, 2, 3]);
        assert_eq!(widths, natural);
        // 80 columns: 36 + 10 + 3 gaps = 52 fixed, 28 shared by url and audience.
        let mut widths = natural;
        assert_eq!(fit_columns(&columns, &mut widths, Some(80)), [0, 1, 2, 3]);
        assert_eq!((widths[0], widths[3]), (36, 10));
        assert_eq!(widths[1] + widths[2], 28);
        // 60 columns: too little for two elastic columns of 8: audience goes, url stays.
        let mut widths = natural;
        assert_eq!(fit_columns(&columns, &mut widths, Some(60)), [0, 1, 3]);
        assert_eq!(widths[1], 60 - 36 - 10 - 4);
        // Only fixed columns left: shown as they are, even wider than the limit.
        let mut widths = natural;
        assert_eq!(fit_columns(&columns, &mut widths, Some(20)), [0, 3]);
        assert_eq!(ellipsize("https://example.com", 8), "https:/…");
        assert_eq!(ellipsize("short", 8), "short");
    }

    #[test]
    fn no_headers_and_wide() {
        let table = || Table {
            columns: vec!["id", "url"],
            rows: vec![vec!["a".into(), "https://a.example/very/long/path".into()]],
        };
        let settings = super::super::UiSettings {
            format: Some(OutputFormat::Table),
            color: ColorChoice::Never,
            no_headers: true,
            ..Default::default()
        };
        let ui = Ui::buffered(&settings, super::super::Terminals::default(), "")
            .unwrap()
            .0;
        let out = ui
            .render(&Outcome::new(json!([]), View::Table(table())))
            .unwrap();
        assert_eq!(out, "a  https://a.example/very/long/path\n");
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
