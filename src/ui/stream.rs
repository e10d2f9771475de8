//! A JSON array printed item by item, byte for byte as `Ui::print` would print it whole (`-o json`
//! pretty, `-o ndjson` a line each), so a long listing need not be held to be printed.

use serde_json::Value;

use super::{OutputFormat, Ui};
use crate::error::{Error, Result};

/// Bytes gathered before they are written out.
const CHUNK: usize = 64 * 1024;

pub struct JsonStream<'a> {
    ui: &'a Ui,
    ndjson: bool,
    count: usize,
    buffer: Vec<u8>,
}

impl Ui {
    /// A stream for a command's array output, or None when the output is not plain JSON (a
    /// table, `--jq`): then the command collects its items and returns them as usual.
    pub fn json_stream(&self) -> Option<JsonStream<'_>> {
        if self.jq.is_some() {
            return None;
        }
        let ndjson = match self.format {
            OutputFormat::Json => false,
            OutputFormat::Ndjson => true,
            OutputFormat::Table | OutputFormat::Wide => return None,
        };
        Some(JsonStream {
            ui: self,
            ndjson,
            count: 0,
            buffer: Vec::with_capacity(CHUNK * 2),
        })
    }
}

impl JsonStream<'_> {
    pub fn item(&mut self, item: &Value) -> Result<()> {
        if self.ndjson {
            serde_json::to_writer(&mut self.buffer, item)?;
            self.buffer.push(b'\n');
        } else {
            // The item pretty-printed as the one element of an array is "[\n  ITEM\n]", ITEM
            // indented one level as in the whole array: keep it, with "," for "[" after the
            // first item, and drop the "\n]". Written straight into the buffer, no copy.
            let start = self.buffer.len();
            serde_json::to_writer_pretty(&mut self.buffer, &[item])?;
            self.buffer.truncate(self.buffer.len() - b"\n]".len());
            if self.count > 0 {
                self.buffer[start] = b',';
            }
        }
        self.count += 1;
        if self.buffer.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Ends the array (`[]` when it had no items) and writes what is left.
    pub fn finish(mut self) -> Result<()> {
        if !self.ndjson {
            self.buffer
                .extend_from_slice(if self.count == 0 { b"[]\n" } else { b"\n]\n" });
        }
        self.flush()
    }

    fn flush(&mut self) -> Result<()> {
        let buffer = std::mem::take(&mut self.buffer);
        let written = self.ui.write_stdout(|w| w.write_all(&buffer));
        self.buffer = buffer;
        self.buffer.clear();
        match written {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::ClosedStdout),
            other => other.map_err(Error::from),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::{Outcome, Terminals, UiSettings};
    use serde_json::json;

    /// The stream prints exactly what `print` prints for the whole array.
    #[test]
    fn streamed_output_is_the_printed_output() {
        let arrays = [
            json!([]),
            json!([{"a": 1, "b": {"c": [1, 2]}, "d": "x\ny"}]),
            json!([{"a": 1}, [], {}, "s", {"n": null}]),
        ];
        for format in [OutputFormat::Json, OutputFormat::Ndjson] {
            for array in &arrays {
                let settings = UiSettings {
                    format: Some(format),
                    ..UiSettings::default()
                };
                let (whole, printed) = Ui::buffered(&settings, Terminals::default(), "").unwrap();
                whole.print(&Outcome::json(array.clone())).unwrap();
                let (streamed, captured) =
                    Ui::buffered(&settings, Terminals::default(), "").unwrap();
                let mut stream = streamed.json_stream().unwrap();
                for item in array.as_array().unwrap() {
                    stream.item(item).unwrap();
                }
                stream.finish().unwrap();
                assert_eq!(captured.stdout(), printed.stdout(), "{format:?} {array}");
            }
        }
    }
}
