//! `byods check`: each data source's state against expiry thresholds, rendered as a monitoring
//! plugin line with perfdata (Nagios plugin guidelines) and as Prometheus textfile metrics.

use serde_json::{Value, json};

use crate::datasource;
use crate::ui::timefmt;

/// Monitoring-plugin states; the discriminant is the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::Ok => "OK",
            State::Warning => "WARNING",
            State::Critical => "CRITICAL",
            State::Unknown => "UNKNOWN",
        }
    }

    /// The state as a number, for the JSON report and the metrics (check.rs maps it to the exit status).
    pub fn number(self) -> u8 {
        self as u8
    }
}

/// Seconds before expiry at which a token turns WARNING / CRITICAL.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    pub warn: i64,
    pub crit: i64,
}

/// One data source as the check sees it.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub audience: String,
    pub status: String,
    pub seconds_left: Option<i64>,
    pub expires_at: Option<i64>,
    pub state: State,
    pub reason: String,
}

/// The state of one enriched data source (see `datasource::enrich`). A disabled data source is
/// WARNING whatever its expiry (Webex sends it nothing either way); an unknown expiry is WARNING.
pub fn evaluate(ds: &Value, th: Thresholds) -> Item {
    let seconds_left = datasource::seconds_left(ds);
    let expires_at = datasource::expires_at(ds);
    let status = datasource::text(ds, "status");
    let (state, reason) = if status == "disabled" {
        let why = datasource::text(ds, "errorMessage");
        let why = if why.is_empty() {
            String::new()
        } else {
            format!(": {why}")
        };
        (State::Warning, format!("disabled{why}"))
    } else {
        match seconds_left {
            None => (
                State::Warning,
                "token expiry unknown (no decodable jwsToken, no tokenExpiryTime)".to_string(),
            ),
            Some(left) => {
                let at = expires_at.map(timefmt::rfc3339).unwrap_or_default();
                let rel = timefmt::relative_expiry(left);
                let text = if left <= 0 {
                    format!("token {rel} ({at})")
                } else {
                    format!("token expires {rel} ({at})")
                };
                let state = if left <= th.crit {
                    State::Critical
                } else if left <= th.warn {
                    State::Warning
                } else {
                    State::Ok
                };
                (state, text)
            }
        }
    };
    Item {
        id: datasource::text(ds, "id"),
        audience: datasource::field(ds, "audience").unwrap_or_default(),
        status,
        seconds_left,
        expires_at,
        state,
        reason,
    }
}

/// The worst state of all items (OK when there are none).
pub fn overall(items: &[Item]) -> State {
    items.iter().map(|i| i.state).max().unwrap_or(State::Ok)
}

/// The nearest expiry among active data sources with a known expiry.
fn nearest(items: &[Item]) -> Option<&Item> {
    items
        .iter()
        .filter(|i| i.status != "disabled" && i.seconds_left.is_some())
        .min_by_key(|i| i.seconds_left)
}

fn count(items: &[Item], state: State) -> usize {
    items.iter().filter(|i| i.state == state).count()
}

/// The plugin output: `BYODS <STATE> - <summary> | <perfdata>` and one line per data source,
/// worst first.
///
/// Perfdata (`'label'=value[UOM];warn;crit;min;max`): `'datasources'`, `'ok'`, `'warning'`,
/// `'critical'` counts with min 0, and `'nearest_expiry'=<seconds>s;<warn>:;<crit>:` (a threshold
/// range `N:` alerts below N) when an active data source has a known expiry.
pub fn plugin_text(items: &[Item], th: Thresholds) -> String {
    let (summary, perf) = summary_and_perfdata(items, th);
    let mut out = format!("BYODS {} - {summary} | {perf}\n", overall(items).label());
    out.push_str(&item_lines(items, ""));
    out
}

/// The summary ("4 data sources (1 critical, …), nearest expiry …") and the perfdata of the
/// plugin line.
pub fn summary_and_perfdata(items: &[Item], th: Thresholds) -> (String, String) {
    let total = items.len();
    let plural = if total == 1 { "" } else { "s" };
    let mut summary = format!("{total} data source{plural}");
    let (crit, warn, ok) = (
        count(items, State::Critical),
        count(items, State::Warning),
        count(items, State::Ok),
    );
    if crit + warn > 0 {
        summary.push_str(&format!(" ({crit} critical, {warn} warning, {ok} ok)"));
    }
    if let Some(n) = nearest(items) {
        let left = n.seconds_left.unwrap_or_default();
        let when = if left <= 0 {
            format!("{} ago", timefmt::humanize(left))
        } else {
            format!("in {}", timefmt::humanize(left))
        };
        let verb = if left <= 0 {
            "expired"
        } else {
            "nearest expiry"
        };
        summary.push_str(&format!(", {verb} {when}: {}", label_of(n)));
    }
    let mut perf = format!(
        "'datasources'={total};;;0 'ok'={ok};;;0 'warning'={warn};;;0 'critical'={crit};;;0"
    );
    if let Some(left) = nearest(items).and_then(|n| n.seconds_left) {
        perf.push_str(&format!(
            " 'nearest_expiry'={left}s;{}:;{}:",
            th.warn, th.crit
        ));
    }
    (summary, perf)
}

/// One line per data source, worst first, each starting with `prefix` after the state.
pub fn item_lines(items: &[Item], prefix: &str) -> String {
    let mut out = String::new();
    let mut sorted: Vec<&Item> = items.iter().collect();
    sorted.sort_by(|a, b| {
        b.state
            .cmp(&a.state)
            .then(a.seconds_left.cmp(&b.seconds_left))
    });
    for i in sorted {
        out.push_str(&format!(
            "{}: {prefix}{} {}\n",
            i.state.label(),
            label_of(i),
            i.reason
        ));
    }
    out
}

fn label_of(i: &Item) -> String {
    if i.audience.is_empty() {
        i.id.clone()
    } else {
        format!("{} ({})", i.id, i.audience)
    }
}

/// `-o json`: `{"state","exitCode","summary":{..counts},"thresholds":{warnSeconds,critSeconds},
/// "dataSources":[{id,audience,status,state,secondsLeft,expiresAt,reason}]}`.
pub fn to_json(items: &[Item], th: Thresholds) -> Value {
    let state = overall(items);
    json!({
        "state": state.label(),
        "exitCode": state.number(),
        "summary": {
            "dataSources": items.len(),
            "ok": count(items, State::Ok),
            "warning": count(items, State::Warning),
            "critical": count(items, State::Critical),
            "nearestExpirySeconds": nearest(items).and_then(|n| n.seconds_left),
        },
        "thresholds": {"warnSeconds": th.warn, "critSeconds": th.crit},
        "dataSources": items.iter().map(|i| json!({
            "id": i.id,
            "audience": i.audience,
            "status": i.status,
            "state": i.state.label(),
            "secondsLeft": i.seconds_left,
            "expiresAt": i.expires_at.map(timefmt::rfc3339),
            "reason": i.reason,
        })).collect::<Vec<_>>(),
    })
}

/// A label value escaped per the exposition format: `\` → `\\`, `"` → `\"`, newline → `\n`.
pub fn escape_label(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Prometheus text exposition for the node_exporter textfile collector. `items` is `None` when the
/// check could not list the data sources: then only the scrape-success gauge (0) and the state.
pub fn prometheus(items: Option<&[Item]>, state: State) -> String {
    prometheus_of(&[Scrape {
        profile: None,
        items,
        state,
    }])
}

/// One organization's check, for metrics: with `profile`, every sample carries `profile="…"`.
pub struct Scrape<'a> {
    pub profile: Option<&'a str>,
    pub items: Option<&'a [Item]>,
    pub state: State,
}

/// The metrics of one or more checks (a fleet run: one `Scrape` per profile), each family once.
pub fn prometheus_of(scrapes: &[Scrape]) -> String {
    let mut out = String::new();
    let mut family = |name: &str, help: &str, samples: Vec<(String, i64)>| {
        out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} gauge\n"));
        for (labels, value) in samples {
            out.push_str(&format!("{name}{labels} {value}\n"));
        }
    };
    let profile_label = |s: &Scrape| {
        s.profile
            .map(|p| format!("profile=\"{}\"", escape_label(p)))
    };
    let labelled = |f: fn(&Item) -> Option<i64>| -> Vec<(String, i64)> {
        scrapes
            .iter()
            .flat_map(|s| {
                let profile = profile_label(s);
                s.items.unwrap_or_default().iter().filter_map(move |i| {
                    let labels = format!(
                        "{{{}id=\"{}\",audience=\"{}\",status=\"{}\"}}",
                        profile
                            .as_ref()
                            .map(|p| format!("{p},"))
                            .unwrap_or_default(),
                        escape_label(&i.id),
                        escape_label(&i.audience),
                        escape_label(&i.status)
                    );
                    f(i).map(|v| (labels, v))
                })
            })
            .collect()
    };
    let per_scrape = |f: fn(&Scrape) -> i64| -> Vec<(String, i64)> {
        scrapes
            .iter()
            .map(|s| {
                let labels = profile_label(s)
                    .map(|p| format!("{{{p}}}"))
                    .unwrap_or_default();
                (labels, f(s))
            })
            .collect()
    };
    if scrapes.iter().any(|s| s.items.is_some()) {
        family(
            "byods_datasource_token_expiry_seconds",
            "Seconds until the data source's JWS token expires (negative once expired).",
            labelled(|i| i.seconds_left),
        );
        family(
            "byods_datasource_token_expiry_timestamp_seconds",
            "Unix time at which the data source's JWS token expires.",
            labelled(|i| i.expires_at),
        );
    }
    family(
        "byods_check_status",
        "Result of byods check: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.",
        per_scrape(|s| i64::from(s.state.number())),
    );
    family(
        "byods_check_scrape_success",
        "1 if byods check could list the data sources, else 0.",
        per_scrape(|s| i64::from(s.items.is_some())),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped_for_the_exposition_format() {
        assert_eq!(escape_label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        let item = Item {
            id: "i".into(),
            audience: "say \"hi\"".into(),
            status: "active".into(),
            seconds_left: Some(5),
            expires_at: Some(100),
            state: State::Ok,
            reason: String::new(),
        };
        let text = prometheus(Some(&[item]), State::Ok);
        assert!(text.contains(
            "byods_datasource_token_expiry_seconds{id=\"i\",audience=\"say \\\"hi\\\"\",status=\"active\"} 5\n"
        ));
    }
}
