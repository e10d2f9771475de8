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

/// When before expiry a token turns WARNING or CRITICAL: a fixed duration (`6h`), or a share of
/// the token's own lifetime (`20%`), so one setting fits 5-minute and 24-hour tokens alike.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Threshold {
    Seconds(i64),
    Percent(f64),
}

impl Threshold {
    /// `20%` (0 to 100, decimals allowed) or a duration (`90m`, `6h`, `1d`).
    pub fn parse(text: &str) -> Result<Threshold, String> {
        let t = text.trim();
        if let Some(number) = t.strip_suffix('%') {
            return match number.trim().parse::<f64>() {
                Ok(p) if (0.0..=100.0).contains(&p) => Ok(Threshold::Percent(p)),
                _ => Err(format!(
                    "invalid threshold '{text}': a share of the token's lifetime is 0% to 100%"
                )),
            };
        }
        timefmt::parse_duration(t)
            .map(Threshold::Seconds)
            .map_err(|_| {
                format!(
                    "invalid threshold '{text}': use a share of each token's lifetime (20%) or a \
                 duration before expiry (90m, 6h, 1d)"
                )
            })
    }

    /// Seconds before expiry for a token that lives `lifetime` seconds; None for a share of an
    /// unknown lifetime.
    pub fn seconds(self, lifetime: Option<i64>) -> Option<i64> {
        match self {
            Threshold::Seconds(s) => Some(s),
            Threshold::Percent(p) => lifetime.map(|l| (l as f64 * p / 100.0).round() as i64),
        }
    }
}

impl std::fmt::Display for Threshold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Threshold::Seconds(s) => write!(f, "{}", timefmt::humanize(*s)),
            Threshold::Percent(p) => write!(f, "{p}%"),
        }
    }
}

/// The WARNING and CRITICAL thresholds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub warn: Threshold,
    pub crit: Threshold,
}

impl Thresholds {
    /// Parses `--warn-before` and `--crit-before`. Of the same kind, CRITICAL must be the nearer
    /// one; mixed, they are compared per token (CRITICAL wins where they cross).
    pub fn parse(warn: &str, crit: &str) -> Result<Thresholds, String> {
        let w = Threshold::parse(warn).map_err(|e| format!("--warn-before: {e}"))?;
        let c = Threshold::parse(crit).map_err(|e| format!("--crit-before: {e}"))?;
        let crossed = match (w, c) {
            (Threshold::Seconds(w), Threshold::Seconds(c)) => c > w,
            (Threshold::Percent(w), Threshold::Percent(c)) => c > w,
            _ => false,
        };
        if crossed {
            return Err(format!(
                "--crit-before ({crit}) is longer than --warn-before ({warn}): CRITICAL must be the nearer threshold"
            ));
        }
        Ok(Thresholds { warn: w, crit: c })
    }
}

/// How long the data source's token lives: its JWS `exp − iat`, else `tokenLifetimeMinutes`.
fn lifetime_seconds(ds: &Value) -> Option<i64> {
    let from_claims = datasource::claims(ds).and_then(|c| {
        let exp = c.get("exp").and_then(crate::jws::json_seconds)?;
        let iat = c.get("iat").and_then(crate::jws::json_seconds)?;
        Some(exp.saturating_sub(iat))
    });
    from_claims.filter(|l| *l > 0).or_else(|| {
        ds.get("tokenLifetimeMinutes")
            .and_then(Value::as_i64)
            .map(|m| m.saturating_mul(60))
            .filter(|l| *l > 0)
    })
}

/// One data source as the check sees it.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub audience: String,
    pub status: String,
    pub seconds_left: Option<i64>,
    pub expires_at: Option<i64>,
    /// The token's lifetime in seconds, when known.
    pub lifetime: Option<i64>,
    /// The thresholds for this token, in seconds before expiry.
    pub warn_seconds: Option<i64>,
    pub crit_seconds: Option<i64>,
    pub state: State,
    pub reason: String,
}

/// The state of one enriched data source (see `datasource::enrich`). A disabled data source is
/// WARNING whatever its expiry (Webex sends it nothing either way); an unknown expiry is WARNING.
pub fn evaluate(ds: &Value, th: Thresholds) -> Item {
    let seconds_left = datasource::seconds_left(ds);
    let expires_at = datasource::expires_at(ds);
    let lifetime = lifetime_seconds(ds);
    let (warn_seconds, crit_seconds) = (th.warn.seconds(lifetime), th.crit.seconds(lifetime));
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
                let mut text = if left <= 0 {
                    format!("token {rel} ({at})")
                } else {
                    format!("token expires {rel} ({at})")
                };
                match lifetime {
                    Some(l) => text.push_str(&format!(", lifetime {}", timefmt::humanize(l))),
                    None if warn_seconds.is_none() || crit_seconds.is_none() => text.push_str(
                        ", lifetime unknown (no iat, no tokenLifetimeMinutes): a share of it cannot be judged",
                    ),
                    None => text.push_str(", lifetime unknown"),
                }
                let state = if left <= 0 || crit_seconds.is_some_and(|c| left <= c) {
                    State::Critical
                } else if warn_seconds.is_none_or(|w| left <= w) || crit_seconds.is_none() {
                    // A share of an unknown lifetime cannot be judged: not OK.
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
        lifetime,
        warn_seconds,
        crit_seconds,
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
pub fn plugin_text(items: &[Item]) -> String {
    let (summary, perf) = summary_and_perfdata(items);
    let mut out = format!("BYODS {} - {summary} | {perf}\n", overall(items).label());
    out.push_str(&item_lines(items, ""));
    out
}

/// The summary ("4 data sources (1 critical, …), nearest expiry …") and the perfdata of the
/// plugin line.
pub fn summary_and_perfdata(items: &[Item]) -> (String, String) {
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
    if let Some(n) = nearest(items)
        && let Some(left) = n.seconds_left
    {
        let range = |t: Option<i64>| t.map(|t| format!("{t}:")).unwrap_or_default();
        perf.push_str(&format!(
            " 'nearest_expiry'={left}s;{};{}",
            range(n.warn_seconds),
            range(n.crit_seconds)
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

/// `-o json`: `{"state","exitCode","summary":{..counts},"thresholds":{warnBefore,critBefore,
/// warnSeconds,critSeconds},"dataSources":[{id,audience,status,state,secondsLeft,expiresAt,
/// lifetimeSeconds,warnSeconds,critSeconds,reason}]}`. Threshold seconds at the top are null for a
/// share of the lifetime; each data source has its own.
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
        "thresholds": {
            "warnBefore": th.warn.to_string(),
            "critBefore": th.crit.to_string(),
            "warnSeconds": th.warn.seconds(None),
            "critSeconds": th.crit.seconds(None),
        },
        "dataSources": items.iter().map(|i| json!({
            "id": i.id,
            "audience": i.audience,
            "status": i.status,
            "state": i.state.label(),
            "secondsLeft": i.seconds_left,
            "expiresAt": i.expires_at.map(timefmt::rfc3339),
            "lifetimeSeconds": i.lifetime,
            "warnSeconds": i.warn_seconds,
            "critSeconds": i.crit_seconds,
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
        family(
            "byods_datasource_token_lifetime_seconds",
            "Lifetime of the data source's JWS token (exp - iat, else tokenLifetimeMinutes).",
            labelled(|i| i.lifetime),
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
    fn thresholds_parse_shares_and_durations() {
        assert_eq!(Threshold::parse("20%"), Ok(Threshold::Percent(20.0)));
        assert_eq!(Threshold::parse(" 12.5% "), Ok(Threshold::Percent(12.5)));
        assert_eq!(Threshold::parse("0%"), Ok(Threshold::Percent(0.0)));
        assert_eq!(Threshold::parse("6h"), Ok(Threshold::Seconds(21_600)));
        for bad in ["150%", "-5%", "%", "abc%", "soon", "", "NaN%", "inf%"] {
            assert!(Threshold::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Threshold::Percent(20.0).seconds(Some(3600)), Some(720));
        assert_eq!(Threshold::Percent(20.0).seconds(None), None);
        assert_eq!(Threshold::Seconds(60).seconds(None), Some(60));
        assert_eq!(Threshold::Percent(20.0).to_string(), "20%");
        assert_eq!(Threshold::Seconds(5400).to_string(), "1h 30m");
    }

    #[test]
    fn thresholds_of_one_kind_must_not_cross_and_mixed_ones_are_allowed() {
        assert!(Thresholds::parse("20%", "10%").is_ok());
        assert!(Thresholds::parse("6h", "1h").is_ok());
        assert!(
            Thresholds::parse("20%", "30%")
                .unwrap_err()
                .contains("longer")
        );
        assert!(
            Thresholds::parse("1h", "6h")
                .unwrap_err()
                .contains("longer")
        );
        assert!(Thresholds::parse("50%", "1h").is_ok());
        assert!(
            Thresholds::parse("x", "1h")
                .unwrap_err()
                .starts_with("--warn-before: ")
        );
        assert!(
            Thresholds::parse("1h", "200%")
                .unwrap_err()
                .starts_with("--crit-before: ")
        );
    }

    fn with_token(iat: i64, exp: i64, lifetime_minutes: Option<i64>) -> Value {
        use base64::Engine;
        let enc = |v: Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string().as_bytes())
        };
        let mut ds = json!({
            "id": "x",
            "status": "active",
            "jwsToken": format!("{}.{}.c2ln", enc(json!({"alg": "RS256"})), enc(json!({"iat": iat, "exp": exp}))),
        });
        if let Some(m) = lifetime_minutes {
            ds["tokenLifetimeMinutes"] = json!(m);
        }
        let now = timefmt::now_unix();
        datasource::enrich(ds, &Default::default(), now)
    }

    #[test]
    fn relative_thresholds_follow_each_tokens_lifetime() {
        let now = timefmt::now_unix();
        let th = Thresholds::parse("20%", "10%").unwrap();
        // A 1 h token just extended: OK, though an absolute 1 h would call it CRITICAL.
        let fresh = evaluate(&with_token(now, now + 3600, None), th);
        assert_eq!(fresh.state, State::Ok, "{}", fresh.reason);
        assert_eq!(fresh.lifetime, Some(3600));
        assert_eq!(
            (fresh.warn_seconds, fresh.crit_seconds),
            (Some(720), Some(360))
        );
        assert!(fresh.reason.ends_with(", lifetime 1h"), "{}", fresh.reason);
        let absolute = Thresholds::parse("6h", "1h").unwrap();
        assert_eq!(
            evaluate(&with_token(now, now + 3600, None), absolute).state,
            State::Critical
        );
        // 15% of a 24 h token left: WARNING; 5%: CRITICAL; expired: CRITICAL.
        let day = 86_400;
        assert_eq!(
            evaluate(
                &with_token(now - day * 85 / 100, now + day * 15 / 100, None),
                th
            )
            .state,
            State::Warning
        );
        assert_eq!(
            evaluate(
                &with_token(now - day * 95 / 100, now + day * 5 / 100, None),
                th
            )
            .state,
            State::Critical
        );
        assert_eq!(
            evaluate(&with_token(now - 7200, now - 3600, None), th).state,
            State::Critical
        );
        // Mixed: 20% warns, 1 h is critical.
        let mixed = Thresholds::parse("20%", "1h").unwrap();
        assert_eq!(
            evaluate(&with_token(now - day / 2, now + day / 2, None), mixed).state,
            State::Ok
        );
        assert_eq!(
            evaluate(&with_token(now - day + 1800, now + 1800, None), mixed).state,
            State::Critical
        );
        // No iat: tokenLifetimeMinutes gives the lifetime; neither: not OK, and it says why.
        let mut no_iat = with_token(now, now + 3600, Some(60));
        no_iat["jwsToken"] = json!("opaque");
        no_iat["tokenExpiryTime"] = json!(timefmt::rfc3339(now + 3000));
        let item = evaluate(
            &datasource::enrich(no_iat.clone(), &Default::default(), now),
            th,
        );
        assert_eq!((item.lifetime, item.state), (Some(3600), State::Ok));
        no_iat
            .as_object_mut()
            .unwrap()
            .remove("tokenLifetimeMinutes");
        let item = evaluate(&datasource::enrich(no_iat, &Default::default(), now), th);
        assert_eq!(item.state, State::Warning);
        assert!(item.reason.contains("lifetime unknown"), "{}", item.reason);
    }

    #[test]
    fn label_values_are_escaped_for_the_exposition_format() {
        assert_eq!(escape_label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        let item = Item {
            id: "i".into(),
            audience: "say \"hi\"".into(),
            status: "active".into(),
            seconds_left: Some(5),
            expires_at: Some(100),
            lifetime: Some(60),
            warn_seconds: Some(12),
            crit_seconds: Some(6),
            state: State::Ok,
            reason: String::new(),
        };
        let text = prometheus(Some(&[item]), State::Ok);
        assert!(text.contains(
            "byods_datasource_token_expiry_seconds{id=\"i\",audience=\"say \\\"hi\\\"\",status=\"active\"} 5\n"
        ));
    }
}
