//! A listing page read as it arrives, `{"items": [ITEM, ...], ...}`: each item's bytes are cut
//! out of the stream and parsed on their own, from a slice. serde_json parses a slice several
//! times faster than a reader (which it reads a byte at a time, and which made parsing most of
//! `ls`'s CPU time), and a page is still never held whole: memory stays one item and one buffer.
//!
//! The scanner only finds where values end (nesting, strings and escapes); serde_json checks
//! every piece, so what is not JSON is still refused.

use std::io::Read;

use serde_json::{Map, Value};

/// Why a page could not be read to its end.
#[derive(Debug)]
pub(super) enum PageError {
    /// The connection failed mid-body.
    Io(std::io::Error),
    /// The body is not a JSON object with an "items" array.
    NotJson(String),
    /// The receiver of the items stopped (its own error is kept by the caller).
    Stopped,
}

impl From<std::io::Error> for PageError {
    fn from(e: std::io::Error) -> Self {
        PageError::Io(e)
    }
}

const CHUNK: usize = 64 * 1024;

/// Reads the page from `reader`, handing each item of its "items" array to `item` (which returns
/// false to stop); returns the page's other fields and whether it had an "items" array.
pub(super) fn parse<R: Read>(
    reader: R,
    mut item: impl FnMut(Value) -> bool,
) -> Result<(Map<String, Value>, bool), PageError> {
    let mut scan = Scanner {
        reader,
        buf: vec![0; CHUNK],
        pos: 0,
        end: 0,
        consumed: 0,
    };
    let mut rest = Map::new();
    let mut saw_items = false;
    let mut piece = Vec::new();
    scan.expect(b'{')?;
    if scan.peek()? == Some(b'}') {
        scan.pos += 1;
    } else {
        loop {
            if scan.peek()? != Some(b'"') {
                return Err(scan.unexpected("a field name"));
            }
            let key: String = scan.value(&mut piece, from_piece)?;
            scan.expect(b':')?;
            if key == "items" {
                saw_items = true;
                items(&mut scan, &mut piece, &mut item)?;
            } else {
                rest.insert(key, scan.value(&mut piece, from_piece)?);
            }
            match scan.peek()? {
                Some(b',') => scan.pos += 1,
                Some(b'}') => {
                    scan.pos += 1;
                    break;
                }
                _ => return Err(scan.unexpected("`,` or `}`")),
            }
        }
    }
    if scan.peek()?.is_some() {
        return Err(scan.unexpected("the end of the body"));
    }
    Ok((rest, saw_items))
}

fn items<R: Read>(
    scan: &mut Scanner<R>,
    piece: &mut Vec<u8>,
    item: &mut impl FnMut(Value) -> bool,
) -> Result<(), PageError> {
    scan.expect(b'[')?;
    if scan.peek()? == Some(b']') {
        scan.pos += 1;
        return Ok(());
    }
    loop {
        if !item(scan.value(piece, from_piece)?) {
            return Err(PageError::Stopped);
        }
        match scan.peek()? {
            Some(b',') => scan.pos += 1,
            Some(b']') => {
                scan.pos += 1;
                return Ok(());
            }
            _ => return Err(scan.unexpected("`,` or `]`")),
        }
    }
}

fn from_piece<T: serde::de::DeserializeOwned>(piece: &[u8]) -> Result<T, PageError> {
    serde_json::from_slice(piece).map_err(|e| PageError::NotJson(e.to_string()))
}

struct Scanner<R> {
    reader: R,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// Bytes before `buf[0]`, for positions in messages.
    consumed: usize,
}

impl<R: Read> Scanner<R> {
    /// Refills the buffer once it is used up; false at the end of the body.
    fn fill(&mut self) -> Result<bool, PageError> {
        if self.pos < self.end {
            return Ok(true);
        }
        self.consumed += self.end;
        self.pos = 0;
        self.end = loop {
            match self.reader.read(&mut self.buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            }
        };
        Ok(self.end > 0)
    }

    /// The next byte after whitespace, not consumed; None at the end of the body.
    fn peek(&mut self) -> Result<Option<u8>, PageError> {
        loop {
            if !self.fill()? {
                return Ok(None);
            }
            let skipped = self.buf[self.pos..self.end]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
            self.pos += skipped;
            if self.pos < self.end {
                return Ok(Some(self.buf[self.pos]));
            }
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), PageError> {
        if self.peek()? == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(&format!("`{}`", byte as char)))
        }
    }

    fn unexpected(&self, wanted: &str) -> PageError {
        let at = self.consumed + self.pos;
        match self.buf[..self.end].get(self.pos) {
            Some(b) => PageError::NotJson(format!(
                "expected {wanted} at byte {at}, found `{}`",
                b.escape_ascii()
            )),
            None => PageError::NotJson(format!("expected {wanted} at byte {at}: the body ended")),
        }
    }

    /// Parses the next value with `parse`: from the buffer itself when it lies within it (no
    /// copy), else from `piece`, where its bytes are gathered across refills. An object or array
    /// ends at its matching close, a string at its closing quote, anything else at the next
    /// delimiter.
    fn value<T>(
        &mut self,
        piece: &mut Vec<u8>,
        parse: impl FnOnce(&[u8]) -> Result<T, PageError>,
    ) -> Result<T, PageError> {
        piece.clear();
        let Some(first) = self.peek()? else {
            return Err(self.unexpected("a value"));
        };
        let mut state = match first {
            b'{' | b'[' => Cut::Nested {
                depth: 0,
                in_string: false,
                escaped: false,
            },
            b'"' => Cut::String {
                started: false,
                escaped: false,
            },
            _ => Cut::Scalar,
        };
        loop {
            if !self.fill()? {
                return match state {
                    Cut::Scalar => parse(piece),
                    _ => Err(PageError::NotJson(format!(
                        "the body ended inside a value (at byte {})",
                        self.consumed + self.pos
                    ))),
                };
            }
            let start = self.pos;
            match state.end_in(&self.buf[start..self.end]) {
                Some(n) => {
                    self.pos += n;
                    let bytes = &self.buf[start..start + n];
                    if piece.is_empty() {
                        return parse(bytes);
                    }
                    piece.extend_from_slice(bytes);
                    return parse(piece);
                }
                None => {
                    piece.extend_from_slice(&self.buf[start..self.end]);
                    self.pos = self.end;
                }
            }
        }
    }
}

/// Where a value ends, carried across buffer refills.
enum Cut {
    Nested {
        depth: usize,
        in_string: bool,
        escaped: bool,
    },
    String {
        started: bool,
        escaped: bool,
    },
    Scalar,
}

impl Cut {
    /// How many bytes of `chunk` the value still takes, if it ends in it.
    fn end_in(&mut self, chunk: &[u8]) -> Option<usize> {
        match self {
            Cut::Nested {
                depth,
                in_string,
                escaped,
            } => {
                let mut i = 0;
                while i < chunk.len() {
                    if *in_string {
                        i = string_end(chunk, i, in_string, escaped)?;
                        continue;
                    }
                    match chunk[i] {
                        b'"' => *in_string = true,
                        b'{' | b'[' => *depth += 1,
                        b'}' | b']' => {
                            *depth = depth.saturating_sub(1);
                            if *depth == 0 {
                                return Some(i + 1);
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                None
            }
            Cut::String { started, escaped } => {
                let mut in_string = true;
                let mut i = 0;
                if !*started {
                    *started = true;
                    i = 1; // the opening quote
                }
                let end = string_end(chunk, i, &mut in_string, escaped)?;
                (!in_string).then_some(end)
            }
            Cut::Scalar => chunk
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace()),
        }
    }
}

/// Inside a string from `chunk[from]`: the index just past its closing quote (`in_string` then
/// false), or None when the chunk ends first. Long strings (the JWS) are most of a listing's
/// bytes: memchr jumps to the next quote or backslash instead of looking at every byte.
fn string_end(
    chunk: &[u8],
    from: usize,
    in_string: &mut bool,
    escaped: &mut bool,
) -> Option<usize> {
    let mut i = from;
    if *escaped {
        if i >= chunk.len() {
            return None;
        }
        *escaped = false;
        i += 1;
    }
    loop {
        let at = i + memchr::memchr2(b'"', b'\\', chunk.get(i..)?)?;
        if chunk[at] == b'"' {
            *in_string = false;
            return Some(at + 1);
        }
        if at + 1 >= chunk.len() {
            *escaped = true;
            return None;
        }
        i = at + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out `step` bytes at a time, so every value crosses refills.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    /// The items, the other fields, and whether there was an "items" array.
    type Parsed = (Vec<Value>, Map<String, Value>, bool);

    fn run(text: &str, step: usize) -> Result<Parsed, PageError> {
        let mut got = Vec::new();
        let (rest, saw) = parse(Trickle(text.as_bytes(), step), |v| {
            got.push(v);
            true
        })?;
        Ok((got, rest, saw))
    }

    #[test]
    fn items_and_other_fields_come_out_whatever_the_read_sizes() {
        let text = r#" { "before": {"a": [1, "]}\"{"]}, "items" : [ {"id": "x", "s": "q\\\"}]"},
            [1, [2]], "str,]}", 12.5e3, true, null, -7 ] , "after": "z\u00e9" } "#;
        for step in [1, 2, 3, 7, 64, 100_000] {
            let (items, rest, saw) = run(text, step).unwrap();
            assert!(saw);
            assert_eq!(
                Value::Array(items),
                serde_json::json!([{"id": "x", "s": "q\\\"}]"}, [1, [2]], "str,]}", 12.5e3, true, null, -7]),
                "step {step}"
            );
            assert_eq!(rest["before"]["a"][1], "]}\"{");
            assert_eq!(rest["after"], "zé");
        }
    }

    #[test]
    fn a_page_without_items_or_with_none_is_told_apart() {
        let (items, _, saw) = run(r#"{"items": []}"#, 3).unwrap();
        assert!(items.is_empty() && saw);
        let (items, rest, saw) = run(r#"{"other": 1}"#, 3).unwrap();
        assert!(items.is_empty() && !saw);
        assert_eq!(rest["other"], 1);
        assert!(!run("{}", 1).unwrap().2);
    }

    #[test]
    fn what_is_not_json_is_refused() {
        for bad in [
            "<html>",
            "{\"items\": [1, 2}",
            "{\"items\": [1 2]}",
            "{\"items\": [{\"a\": 1}",
            "{\"items\": [\"open",
            "{\"items\": [tru]}",
            "{\"items\": null}",
            "{\"a\" 1}",
            "{a: 1}",
            "{\"items\": []} trailing",
            "{\"items\": [{\"a\": }]}",
            "[1, 2]",
        ] {
            for step in [1, 5, 1000] {
                assert!(
                    matches!(run(bad, step), Err(PageError::NotJson(_))),
                    "{bad:?} step {step}"
                );
            }
        }
    }

    #[test]
    fn the_receiver_can_stop_it() {
        let mut seen = 0;
        let result = parse(r#"{"items": [1, 2, 3]}"#.as_bytes(), |_| {
            seen += 1;
            seen < 2
        });
        assert!(matches!(result, Err(PageError::Stopped)));
        assert_eq!(seen, 2);
    }

    #[test]
    fn a_broken_connection_stays_an_io_error() {
        struct Broken(usize);
        impl Read for Broken {
            fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
                let text = br#"{"items": [{"id": 1}, {"id": 2"#;
                if self.0 >= text.len() {
                    return Err(std::io::ErrorKind::ConnectionReset.into());
                }
                let n = (text.len() - self.0).min(out.len()).min(4);
                out[..n].copy_from_slice(&text[self.0..self.0 + n]);
                self.0 += n;
                Ok(n)
            }
        }
        let mut got = 0;
        let result = parse(Broken(0), |_| {
            got += 1;
            true
        });
        assert!(matches!(result, Err(PageError::Io(_))), "{result:?}");
        assert_eq!(got, 1);
    }
}
