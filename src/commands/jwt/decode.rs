//! `byods jwt decode`: a JWS's header and claims with readable times, signature NOT checked.

use serde_json::Value;

use super::read_token;
use crate::app::Ctx;
use crate::cli::JwtDecodeArgs;
use crate::error::Result;
use crate::jws;
use crate::ui::timefmt;
use crate::ui::{Cell, Outcome, Style, View};

pub fn run(ctx: &Ctx, args: &JwtDecodeArgs) -> Result<Outcome> {
    let token = read_token(&ctx.ui, args.token.as_deref())?;
    let decoded = jws::decode(&token)?;
    let now = timefmt::now_unix();
    let data = jws::describe(&decoded, now);
    let record = decode_record(&decoded, now);
    Ok(Outcome::new(data, View::Records(vec![record])))
}

fn decode_record(decoded: &jws::Decoded, now: i64) -> Vec<(String, Cell)> {
    let mut rows = vec![(
        "signature".to_string(),
        Cell::new(
            "NOT verified (decode only; use `byods jwt verify`)",
            Style::Warn,
        ),
    )];
    let label = |name: &str| {
        let plain = jws::claim_label(name);
        if plain == name {
            name.to_string()
        } else {
            format!("{plain} ({name})")
        }
    };
    let push = |rows: &mut Vec<(String, Cell)>, name: &str, value: &Value| {
        let cell = match (name, jws::json_seconds(value)) {
            ("exp", Some(t)) => {
                let left = t.saturating_sub(now);
                let style = if left <= 0 { Style::Bad } else { Style::Plain };
                Cell::new(
                    format!(
                        "{} ({})",
                        timefmt::rfc3339(t),
                        timefmt::relative_expiry(left)
                    ),
                    style,
                )
            }
            ("iat" | "nbf", Some(t)) => {
                let ago = now.saturating_sub(t);
                let when = if ago >= 0 {
                    format!("{} ago", timefmt::humanize(ago))
                } else {
                    format!("in {}, in the future", timefmt::humanize(ago))
                };
                Cell::from(format!("{} ({when})", timefmt::rfc3339(t)))
            }
            _ => Cell::from(match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            }),
        };
        rows.push((label(name), cell));
    };
    // Known names first, in the library's order; then whatever else the token carries.
    for part in [&decoded.claims, &decoded.header] {
        let Some(map) = part.as_object() else {
            continue;
        };
        for (name, _) in jws::claim_labels() {
            if let Some(v) = map.get(*name) {
                push(&mut rows, name, v);
            }
        }
        for (name, v) in map {
            if !jws::claim_labels().iter().any(|(k, _)| k == name) {
                push(&mut rows, name, v);
            }
        }
    }
    if let (Some(iat), Some(exp)) = (decoded.iat(), decoded.exp())
        && let Some(span) = exp.checked_sub(iat).filter(|s| *s >= 0)
    {
        rows.push(("lifetime".into(), format!("{} minutes", span / 60).into()));
    }
    rows
}
