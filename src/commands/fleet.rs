//! Many organizations in one run (`--profiles a,b,c`, `--all-profiles`): select the profiles, run
//! a command's per-profile work for each in parallel (bounded), each with its own settings,
//! credentials and base URL, and merge the results so every item carries its `profile` and a
//! failed organization becomes an error item instead of stopping the others.

use serde_json::{Value, json};

use super::batch::{Batch, Failure, Item};
use crate::app::Ctx;
use crate::cli::ProfileSelection;
use crate::error::{Error, Result};

/// Profiles worked on at the same time. Each may run its own workers (extend --parallel), so
/// this stays small: a fleet larger than one machine's schedule is split by profile across
/// machines (see scripts/deploy/README.md).
pub const PROFILES_AT_ONCE: usize = 4;

/// The profiles the flags select, checked against the config file before any request; None for
/// the usual one-profile run.
pub fn selected(ctx: &Ctx, selection: &ProfileSelection) -> Result<Option<Vec<String>>> {
    if selection.profiles.is_empty() && !selection.all_profiles {
        return Ok(None);
    }
    let overrides = ctx.run_wide_api_overrides();
    if !overrides.is_empty() {
        return Err(Error::usage(format!(
            "--profiles/--all-profiles use each profile's own baseUrl and credentials: \
             remove {}",
            overrides.join(", ")
        )));
    }
    let known: Vec<&String> = ctx.config.profiles.keys().collect();
    if selection.all_profiles {
        if known.is_empty() {
            return Err(Error::Config(
                "--all-profiles: the config file has no profiles (`byods --profile NAME config import FILE` adds one)"
                    .into(),
            ));
        }
        return Ok(Some(known.into_iter().cloned().collect()));
    }
    let mut names: Vec<String> = Vec::new();
    for name in &selection.profiles {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::usage("--profiles: an empty profile name"));
        }
        if !ctx.config.profiles.contains_key(name) {
            let listed: Vec<&str> = known.iter().map(|k| k.as_str()).collect();
            return Err(Error::usage(format!(
                "--profiles: no profile '{}' in the config file (it has: {})",
                name.escape_debug(),
                if listed.is_empty() {
                    "none".to_string()
                } else {
                    listed.join(", ")
                }
            )));
        }
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    Ok(Some(names))
}

/// Runs `work` once per profile, each with its own `Ctx`, at most `PROFILES_AT_ONCE` at a time.
/// Results come back in the order the profiles were given.
pub fn run_each<R: Send>(
    ctx: &Ctx,
    profiles: &[String],
    work: impl Fn(&Ctx) -> Result<R> + Sync,
) -> Vec<(String, Result<R>)> {
    let results = run_on(profiles, |name| work(&ctx.for_profile(name)));
    profiles.iter().cloned().zip(results).collect()
}

/// Runs `work` on each item, at most `PROFILES_AT_ONCE` at a time, results in input order. For a
/// command that keeps each profile's `Ctx` across phases (apply: plan, confirm once, execute), so
/// a profile's client and token are made once.
pub fn run_on<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    crate::pool::map(items, PROFILES_AT_ONCE, work, |_| {})
}

/// The per-profile results as one batch: a profile that failed is one failed item, labelled
/// with its name (reported on stderr, in profile order, by `Batch::report_failures`).
pub fn batch<R>(results: Vec<(String, Result<R>)>) -> Batch<(String, R)> {
    let mut batch = Batch::new();
    for (profile, result) in results {
        match result {
            Ok(value) => batch.push(Item::Done((profile, value))),
            Err(e) => {
                let failure =
                    Failure::new(profile.clone(), &e).labelled(format!("profile {profile}"));
                batch.push(Item::Failed(failure));
            }
        }
    }
    batch
}

/// `item` with `"profile": NAME` added (objects only).
pub fn tagged(profile: &str, mut item: Value) -> Value {
    if let Value::Object(map) = &mut item {
        map.insert("profile".into(), json!(profile));
    }
    item
}

/// The output item for a profile that failed: `{profile, result: "failed", error}`.
pub fn failed_item(failure: &Failure) -> Value {
    json!({"profile": failure.item, "result": "failed", "error": failure.message})
}
