//! `--jq`: a jq program (jaq) compiled once, before any request, and run on the JSON a command returns.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use crate::error::{Error, Result};

/// jq's `@csv` and `@tsv`, which jaq's standard library lacks, written after jq's manual: an array
/// in, one line of text out; strings quoted (csv) or escaped (tsv), null empty, numbers and
/// booleans as text, arrays and objects an error.
const PRELUDE: &str = r#"
def @csv:
  if type != "array" then error("\(type) cannot be csv-formatted, only an array can be")
  else map(
    if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
    elif type == "number" or type == "boolean" then tostring
    elif . == null then ""
    else error("\(type) is not valid in a csv row") end
  ) | join(",") end;
def @tsv:
  if type != "array" then error("\(type) cannot be tsv-formatted, only an array can be")
  else map(
    if type == "string" then
      split("\\") | join("\\\\") | split("\t") | join("\\t")
      | split("\n") | join("\\n") | split("\r") | join("\\r")
    elif type == "number" or type == "boolean" then tostring
    elif . == null then ""
    else error("\(type) is not valid in a tsv row") end
  ) | join("\t") end;
"#;

fn prelude() -> impl Iterator<Item = jaq_core::load::parse::Def<&'static str>> {
    jaq_core::load::parse(PRELUDE, |p| p.defs())
        .expect("the @csv/@tsv prelude parses")
        .into_iter()
}

pub struct JqFilter {
    filter: jaq_core::Filter<data::JustLut<Val>>,
}

impl JqFilter {
    pub fn compile(code: &str) -> Result<JqFilter> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(prelude());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let modules = loader
            .load(&arena, File { code, path: () })
            .map_err(|errors| {
                let mut messages = Vec::new();
                for (_file, error) in errors {
                    match error {
                        jaq_core::load::Error::Io(items) => {
                            messages.extend(items.into_iter().map(|(_, m)| m))
                        }
                        jaq_core::load::Error::Lex(items) => {
                            messages.extend(items.into_iter().map(|(expect, at)| {
                                caret(code, at, &format!("expected {}", expect.as_str()))
                            }))
                        }
                        jaq_core::load::Error::Parse(items) => {
                            messages.extend(items.into_iter().map(|(expect, at)| {
                                caret(code, at, &format!("expected {}", expect.as_str()))
                            }))
                        }
                    }
                }
                invalid(code, &messages)
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .with_global_vars(["$ENV"])
            .compile(modules)
            .map_err(|errors| {
                let messages: Vec<String> = errors
                    .into_iter()
                    .flat_map(|(_file, undefined)| undefined)
                    .map(|(name, kind)| {
                        caret(code, name, &format!("undefined {} '{name}'", kind.as_str()))
                    })
                    .collect();
                invalid(code, &messages)
            })?;
        Ok(JqFilter { filter })
    }

    /// Every result of the program on `input`, as JSON.
    pub fn run(&self, input: &Value) -> Result<Vec<Value>> {
        let input = serde_json::from_value::<Val>(input.clone())
            .map_err(|e| Error::internal(format!("--jq input: {e}")))?;
        let env: serde_json::Map<String, Value> = std::env::vars()
            .map(|(k, v)| (k, Value::String(v)))
            .collect();
        let env = serde_json::from_value::<Val>(Value::Object(env))
            .map_err(|e| Error::internal(format!("--jq $ENV: {e}")))?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([env]));
        let mut results = Vec::new();
        for item in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            // The command itself has finished (a write may have happened): not a usage error.
            let val = item.map_err(|e| {
                let text = e.to_string();
                let shown: String = text.chars().take(300).collect();
                let more = if shown.len() < text.len() { "…" } else { "" };
                Error::internal(format!(
                    "--jq failed on the result (the command itself completed): {shown}{more}"
                ))
            })?;
            // jaq values print as JSON; parse back so the printer owns formatting.
            let json = match &val {
                Val::TStr(_) | Val::BStr(_) => Value::String(
                    serde_json::from_str::<String>(&val.to_string())
                        .unwrap_or_else(|_| val.to_string()),
                ),
                _ => serde_json::from_str(&val.to_string())
                    .map_err(|e| Error::internal(format!("--jq result is not JSON: {e}")))?,
            };
            results.push(json);
        }
        Ok(results)
    }
}

fn invalid(code: &str, messages: &[String]) -> Error {
    Error::usage(format!(
        "invalid --jq program '{code}':\n{}",
        messages.join("\n")
    ))
}

/// The program with a caret under `at`, a slice of `code`.
fn caret(code: &str, at: &str, message: &str) -> String {
    let offset = (at.as_ptr() as usize)
        .checked_sub(code.as_ptr() as usize)
        .filter(|o| *o <= code.len())
        .unwrap_or(code.len());
    let column = code[..offset].chars().count();
    format!("  {code}\n  {}^ {message}", " ".repeat(column))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn runs_programs_with_std_functions() {
        let f = JqFilter::compile(".[] | select(.n > 1) | .id").unwrap();
        let out = f
            .run(&json!([{"id": "a", "n": 1}, {"id": "b", "n": 2}]))
            .unwrap();
        assert_eq!(out, vec![json!("b")]);
        let f = JqFilter::compile("map(.n) | add").unwrap();
        assert_eq!(f.run(&json!([{"n": 1}, {"n": 2}])).unwrap(), vec![json!(3)]);
        let f = JqFilter::compile("{a: .x, s: (.x | tostring)}").unwrap();
        assert_eq!(
            f.run(&json!({"x": 12345678901234i64})).unwrap(),
            vec![json!({"a": 12345678901234i64, "s": "12345678901234"})]
        );
    }

    #[test]
    fn reports_parse_and_compile_errors() {
        let e = JqFilter::compile(".[] |").err().unwrap().to_string();
        assert!(e.contains("invalid --jq program"), "{e}");
        let e = JqFilter::compile("nosuchfn").err().unwrap().to_string();
        assert!(e.contains("undefined filter 'nosuchfn'"), "{e}");
        assert!(matches!(JqFilter::compile("{"), Err(Error::Usage(_))));
    }

    #[test]
    fn runtime_errors_are_reported_without_claiming_nothing_was_sent() {
        let f = JqFilter::compile(".a + 1").unwrap();
        let e = f.run(&json!({"a": "x".repeat(1000)})).err().unwrap();
        assert!(matches!(e, Error::Internal(_)), "{e:?}");
        assert!(e.to_string().contains("the command itself completed"));
        assert!(e.to_string().len() < 500, "the input is not dumped");
    }

    #[test]
    fn csv_and_tsv_follow_jq() {
        let f = JqFilter::compile(".[] | @csv").unwrap();
        let out = f.run(&json!([["a", "say \"hi\"", 1, true, null]])).unwrap();
        assert_eq!(out, vec![json!("\"a\",\"say \"\"hi\"\"\",1,true,")]);
        let f = JqFilter::compile(".[] | @tsv").unwrap();
        let out = f.run(&json!([["a\tb", "c\\d\ne", 2, null]])).unwrap();
        assert_eq!(out, vec![json!("a\\tb\tc\\\\d\\ne\t2\t")]);
        let f = JqFilter::compile("@csv").unwrap();
        assert!(f.run(&json!({"a": 1})).is_err());
        assert!(f.run(&json!([[1]])).is_err());
    }

    #[test]
    fn env_is_available() {
        let f = JqFilter::compile("$ENV.PATH | type").unwrap();
        assert_eq!(f.run(&json!(null)).unwrap(), vec![json!("string")]);
    }
}
