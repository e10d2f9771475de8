//! Shell completion that knows the data: data source ids (with their url), schemas, profiles,
//! config keys and regions, for every shell clap_complete's dynamic engine supports.
//!
//! The shell's completion function runs `BYODS_COMPLETE=SHELL byods -- WORDS...` (see
//! `byods completions`); clap completes subcommands and flags from the definition, and the
//! candidates below fill in values. Ids and schemas come from a cache file that every listing
//! (`ls`, `extend --all`, `check`, ...) rewrites; when it is older than `CACHE_TTL_SECS` one
//! listing is tried, given at most `REFRESH_BUDGET`, and the stale entries are offered if it does
//! not finish in time. Completion never prompts and never writes to the terminal.

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use clap::{Command, CommandFactory, FromArgMatches};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::CompleteEnv;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::{Cli, CompletionsArgs, GlobalArgs};
use crate::error::{Error, Result};
use crate::ui::Outcome;

/// How long listed ids and schemas are offered without asking the API again.
pub const CACHE_TTL_SECS: i64 = 300;
/// The longest a completion waits for a listing when the cache is stale.
const REFRESH_BUDGET: Duration = Duration::from_secs(1);

/// The variable the registration scripts set to ask for completions (not clap's generic
/// `COMPLETE`, which a user may have set for something else).
const ENV_VAR: &str = "BYODS_COMPLETE";

/// `byods completions SHELL`: the registration script that calls back into byods.
pub fn run(args: &CompletionsArgs) -> Result<Outcome> {
    Ok(Outcome::raw(script(args.shell)?))
}

pub fn script(shell: clap_complete::Shell) -> Result<String> {
    let name = shell.to_string();
    let shells = clap_complete::env::Shells::builtins();
    let completer = shells
        .completer(&name)
        .ok_or_else(|| Error::internal(format!("no completion support for {name}")))?;
    let mut buf = Vec::new();
    completer.write_registration(ENV_VAR, "byods", "byods", "byods", &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// The completion engine, for `main.rs` to run before anything else.
pub fn env() -> CompleteEnv<'static, fn() -> Command> {
    CompleteEnv::with_factory(command as fn() -> Command)
        .var(ENV_VAR)
        .bin("byods")
        .completer("byods")
}

/// The CLI definition with value candidates on the arguments that take data.
pub fn command() -> Command {
    let ids = || ArgValueCandidates::new(data_source_ids);
    let schema = || ArgValueCandidates::new(schemas);
    let with_ids = |cmd: Command, arg: &str| add(cmd, arg, ids());
    let with_schema = |cmd: Command| add(cmd, "schema", schema());
    let cmd = crate::cli::help::definition()
        .mut_arg("profile", |a| a.add(ArgValueCandidates::new(profiles)))
        .mut_subcommand("get", |c| with_ids(c, "ids"))
        .mut_subcommand("update", |c| with_schema(with_ids(c, "id")))
        .mut_subcommand("extend", |c| with_schema(with_ids(c, "ids")))
        .mut_subcommand("delete", |c| with_ids(c, "ids"))
        .mut_subcommand("ls", with_schema)
        .mut_subcommand("check", with_schema)
        .mut_subcommand("register", with_schema)
        .mut_subcommand("schemas", |c| add(c, "id", schema()))
        .mut_subcommand("doctor", |c| add(c, "region", regions()))
        .mut_subcommand("jwt", |jwt| {
            jwt.mut_subcommand("verify", |c| {
                add(with_ids(with_schema(c), "data_source"), "region", regions())
            })
        })
        .mut_subcommand("config", |config| {
            config.mut_subcommands(|c| match c.get_name() {
                "set" | "get" | "unset" => add(c, "key", ArgValueCandidates::new(config_keys)),
                _ => c,
            })
        });
    crate::cli::help::finish(cmd)
}

/// Gives `arg` its candidates. clap's `mut_arg` moves the argument to the end, which would
/// renumber positionals (`config set KEY VALUE`): their indices are pinned first.
fn add(cmd: Command, arg: &str, candidates: ArgValueCandidates) -> Command {
    let positionals: Vec<String> = cmd
        .get_positionals()
        .map(|a| a.get_id().to_string())
        .collect();
    let pinned = positionals
        .iter()
        .enumerate()
        .fold(cmd, |cmd, (i, name)| cmd.mut_arg(name, |a| a.index(i + 1)));
    pinned.mut_arg(arg, |a| a.add(candidates))
}

fn regions() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        crate::jws::REGIONS
            .iter()
            .map(CompletionCandidate::new)
            .collect::<Vec<_>>()
    })
}

fn config_keys() -> Vec<CompletionCandidate> {
    let settings = crate::auth::SETTING_KEYS
        .iter()
        .map(|(key, about)| CompletionCandidate::new(key).help(Some((*about).into())));
    let secrets = crate::auth::Secrets::SETTABLE
        .iter()
        .map(|key| CompletionCandidate::new(key).help(Some("secret, read from stdin".into())));
    let default = CompletionCandidate::new("defaultProfile")
        .help(Some("the profile used without --profile".into()));
    settings.chain(secrets).chain([default]).collect()
}

fn profiles() -> Vec<CompletionCandidate> {
    let Ok(config) = crate::config::ConfigFile::load() else {
        return Vec::new();
    };
    config
        .profiles
        .keys()
        .map(|name| {
            let default = config.default_profile.as_deref() == Some(name.as_str());
            CompletionCandidate::new(name).help(default.then(|| "default".into()))
        })
        .collect()
}

fn data_source_ids() -> Vec<CompletionCandidate> {
    candidates(|cache| cache.data_sources.as_ref())
}

/// Schema ids and the names `ls` shows, each described by the other.
fn schemas() -> Vec<CompletionCandidate> {
    let by_id = candidates(|cache| cache.schemas.as_ref());
    let mut all: Vec<CompletionCandidate> = by_id
        .iter()
        .filter_map(|c| {
            let name = c.get_help()?.to_string();
            let id = c.get_value().to_string_lossy().into_owned();
            Some(CompletionCandidate::new(name).help(Some(id.into())))
        })
        .collect();
    all.extend(by_id);
    all
}

/// One kind of listed values: (value, description) pairs and when they were listed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Listed {
    at: i64,
    items: Vec<(String, String)>,
}

/// The completion cache of one profile (or the sandbox) against one API.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Cache {
    base_url: String,
    data_sources: Option<Listed>,
    schemas: Option<Listed>,
}

fn candidates(pick: fn(&Cache) -> Option<&Listed>) -> Vec<CompletionCandidate> {
    let Some(global) = words_global_args() else {
        return Vec::new();
    };
    let listed = cached_or_refreshed(global, pick).unwrap_or_default();
    listed
        .items
        .into_iter()
        .map(|(value, about)| {
            CompletionCandidate::new(value).help((!about.is_empty()).then(|| about.into()))
        })
        .collect()
}

/// The global options on the command line being completed (`--profile`, `--sandbox`, ...), with
/// everything that could print or prompt turned off.
fn words_global_args() -> Option<GlobalArgs> {
    // The engine is called as `byods -- byods WORDS...`.
    let words: Vec<OsString> = std::env::args_os()
        .skip_while(|a| a != "--")
        .skip(1)
        .collect();
    let matches = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(words)
        .ok()?;
    let mut global = GlobalArgs::from_arg_matches(&matches).ok()?;
    global.no_input = true;
    global.quiet = true;
    global.verbose = false;
    global.jq = None;
    Some(global)
}

fn cached_or_refreshed(global: GlobalArgs, pick: fn(&Cache) -> Option<&Listed>) -> Option<Listed> {
    let ctx = Ctx::silent(global.clone()).ok()?;
    let (path, base_url) = cache_key(&ctx)?;
    let cache = read_cache(&path, &base_url);
    let now = crate::ui::timefmt::now_unix();
    let stale = cache.as_ref().and_then(|c| pick(c).cloned());
    if let Some(listed) = &stale
        && now - listed.at < CACHE_TTL_SECS
    {
        return stale;
    }
    // A listing in a thread this process abandons when it takes too long: exiting ends it.
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        if let Ok(ctx) = Ctx::silent(global) {
            let _ = send.send(refresh(&ctx));
        }
    });
    match receive.recv_timeout(REFRESH_BUDGET) {
        Ok(Some(cache)) => pick(&cache).cloned().or(stale),
        _ => stale,
    }
}

/// Lists data sources and schemas now and rewrites the cache.
fn refresh(ctx: &Ctx) -> Option<Cache> {
    let client = ctx.client().ok()?;
    let items = datasources::list(client).ok()?;
    let schemas = datasources::schemas(client).ok();
    remember(
        ctx,
        items.iter().filter_map(id_and_url).collect(),
        schemas.as_deref(),
    );
    let (path, base_url) = cache_key(ctx)?;
    read_cache(&path, &base_url)
}

/// What completion keeps of a listed data source: its id and url (None without an id).
pub fn id_and_url(ds: &Value) -> Option<(String, String)> {
    let text = |key: &str| ds.get(key).and_then(Value::as_str).map(str::to_string);
    Some((text("id")?, text("url").unwrap_or_default()))
}

/// Keeps a listing (`id_and_url` of each data source) for completion; called by every command
/// that lists all data sources. Failing to write it only costs a later completion a listing.
pub fn remember(ctx: &Ctx, data_sources: Vec<(String, String)>, schemas: Option<&[Value]>) {
    let Some((path, base_url)) = cache_key(ctx) else {
        return;
    };
    // Both parts are replaced when the schemas came too: nothing of the old file is kept.
    let mut cache = match schemas {
        Some(_) => Cache::default(),
        None => read_cache(&path, &base_url).unwrap_or_default(),
    };
    cache.base_url = base_url;
    let at = crate::ui::timefmt::now_unix();
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
    cache.data_sources = Some(Listed {
        at,
        items: data_sources,
    });
    if let Some(schemas) = schemas {
        let labels = crate::datasource::schema_labels(schemas);
        cache.schemas = Some(Listed {
            at,
            items: schemas
                .iter()
                .filter_map(|s| {
                    let id = text(s, "id")?;
                    let label = labels.get(&id).cloned().unwrap_or_default();
                    Some((id, label))
                })
                .collect(),
        });
    }
    if let (Ok(text), Some(dir)) = (serde_json::to_string(&cache), path.parent()) {
        let _ = crate::paths::ensure_private_dir(dir)
            .and_then(|()| crate::fsutil::write_cache(&path, text.as_bytes()));
    }
}

/// The cache file of the run's profile, and the API it lists (the sandbox has one file of its own,
/// whatever port it is on).
fn cache_key(ctx: &Ctx) -> Option<(PathBuf, String)> {
    let dir = crate::paths::cache_dir().ok()?.join("completion");
    if ctx.global.sandbox {
        return Some((dir.join("sandbox.json"), "sandbox".into()));
    }
    let safe: String = ctx
        .profile
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' => c,
            _ => '_',
        })
        .collect();
    Some((dir.join(format!("{safe}.json")), ctx.base_url().ok()?))
}

fn read_cache(path: &std::path::Path, base_url: &str) -> Option<Cache> {
    let text = crate::fsutil::read_capped(path, crate::limits::MAX_DOCUMENT_BYTES).ok()?;
    let cache: Cache = serde_json::from_str(&text).ok()?;
    // Another API's ids are no use (the profile's baseUrl changed).
    (cache.base_url == base_url).then_some(cache)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_arguments_have_candidates() {
        let mut cmd = command();
        cmd.build();
        let config = cmd.find_subcommand("config").unwrap();
        for verb in ["set", "get", "unset"] {
            let sub = config.find_subcommand(verb).unwrap();
            let key = sub.get_arguments().find(|a| a.get_id() == "key");
            let key = key.unwrap_or_else(|| panic!("config {verb} has no key"));
            assert!(key.get::<ArgValueCandidates>().is_some(), "config {verb}");
            assert_eq!(key.get_index(), Some(1), "config {verb}: KEY stays first");
        }
    }
}
