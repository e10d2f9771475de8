//! Reading what users pipe in: ids (`byods ls --json | byods get -`) and JSON documents (`--from -`).
//! Every read is bounded (see the limits below, documented in the README's "Limits"), so
//! `--from /dev/zero` ends at once with exit 2 instead of filling memory.

use std::path::Path;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::limits::{MAX_DOCUMENT_BYTES, read_limited, read_path_limited};

/// Expands `-` in `args` into the ids read from stdin. Stdin may hold one id per line, NDJSON
/// objects with an `id`, JSON strings, or one JSON array of either (what `byods ls --json` prints).
/// Empty stdin gives no ids.
pub fn expand_ids(args: &[String]) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    let mut stdin_used = false;
    for arg in args {
        if arg == "-" {
            if stdin_used {
                return Err(Error::usage(
                    "'-' (read ids from stdin) can be given only once",
                ));
            }
            stdin_used = true;
            let text = read_limited(std::io::stdin().lock(), MAX_DOCUMENT_BYTES, "ids on stdin")?;
            ids.extend(parse_ids(&text)?);
        } else {
            ids.push(arg.trim().to_string());
        }
    }
    // An empty pipeline (`byods ls --expiring-within 1h --json | byods extend -`) is nothing to do,
    // not an error: callers print an empty result.
    Ok(ids)
}

pub fn parse_ids(text: &str) -> Result<Vec<String>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| Error::usage(format!("stdin is not a valid JSON array: {e}")))?;
        let items = value.as_array().cloned().unwrap_or_default();
        return items
            .iter()
            .enumerate()
            .map(|(i, v)| id_of(v, &format!("item {}", i + 1)))
            .collect();
    }
    let mut ids = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('{') || line.starts_with('"') {
            let value: Value = serde_json::from_str(line)
                .map_err(|e| Error::usage(format!("stdin line {}: invalid JSON: {e}", n + 1)))?;
            ids.push(id_of(&value, &format!("line {}", n + 1))?);
        } else {
            ids.push(line.to_string());
        }
    }
    Ok(ids)
}

fn id_of(value: &Value, place: &str) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Object(map) => map
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| Error::usage(format!("stdin {place}: object has no string \"id\""))),
        _ => Err(Error::usage(format!(
            "stdin {place}: expected an id or an object with \"id\""
        ))),
    }
}

/// Reads a file, or stdin for `-`.
pub fn read_text(path: &Path) -> Result<String> {
    read_path_limited(path, MAX_DOCUMENT_BYTES, "")
}

/// JSON documents from a file or stdin: one object, an array of objects, or NDJSON.
pub fn read_json_documents(path: &Path) -> Result<Vec<Value>> {
    let text = read_text(path)?;
    let source = if path.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Error::usage(format!(
            "{source} is empty: expected a JSON object, array or NDJSON"
        )));
    }
    if let Ok(value) = serde_json::from_str::<Value>(trimmed) {
        return match value {
            Value::Array(items) => Ok(items),
            other => Ok(vec![other]),
        };
    }
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        docs.push(
            serde_json::from_str(line)
                .map_err(|e| Error::usage(format!("{source} line {}: invalid JSON: {e}", n + 1)))?,
        );
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_lines_ndjson_and_arrays() {
        assert_eq!(parse_ids("a\n\n b \n").unwrap(), vec!["a", "b"]);
        assert_eq!(
            parse_ids("{\"id\":\"a\"}\n{\"id\":\"b\",\"x\":1}\n").unwrap(),
            vec!["a", "b"]
        );
        assert_eq!(parse_ids("[{\"id\":\"a\"},\"b\"]").unwrap(), vec!["a", "b"]);
        assert!(parse_ids("{\"noid\":1}").is_err());
        assert!(parse_ids("{broken").is_err());
    }
}
