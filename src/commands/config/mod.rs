//! `byods config set|get|unset|list|path|import`. Non-secret settings go to the config file;
//! secrets go to the profile's credential store and are only ever shown as fingerprints.

use serde_json::{Map, Value, json};

mod import;

use crate::app::Ctx;
use crate::auth::{SETTING_KEYS, Secrets};
use crate::cli::{ConfigArgs, ConfigCommand, ConfigSetArgs};
use crate::config::ConfigFile;
use crate::error::{Error, Result};
use crate::redact::fingerprint;
use crate::ui::{Cell, Outcome, Table, View};

pub fn run(ctx: &Ctx, args: &ConfigArgs) -> Result<Outcome> {
    match &args.command {
        ConfigCommand::Set(a) => set(ctx, a),
        ConfigCommand::Get(a) => get(ctx, &a.key),
        ConfigCommand::Unset(a) => unset(ctx, &a.key),
        ConfigCommand::List => list(ctx),
        ConfigCommand::Path => path(ctx),
        ConfigCommand::Profiles => profiles(ctx),
        ConfigCommand::Import(a) => import::run(ctx, a),
    }
}

fn is_secret(key: &str) -> bool {
    Secrets::SETTABLE.contains(&key)
}

fn known_keys() -> String {
    SETTING_KEYS
        .iter()
        .map(|(k, _)| *k)
        .chain(Secrets::SETTABLE.iter().copied())
        .collect::<Vec<_>>()
        .join(", ")
}

fn check_key(key: &str) -> Result<()> {
    if is_secret(key) || SETTING_KEYS.iter().any(|(k, _)| *k == key) {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "unknown setting '{key}'; known settings: {}",
            known_keys()
        )))
    }
}

/// Settings whose change makes the stored service app tokens belong to something else.
const SERVICE_APP_IDENTITY: &[&str] = &["clientId", "appId", "targetOrgId", "baseUrl"];

/// Parses and checks a non-secret value.
fn setting_value(key: &str, value: &str) -> Result<Value> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::usage(format!(
            "empty value for {key}; use `byods config unset {key}` to remove it"
        )));
    }
    match key {
        "timeout" => match value.parse::<u64>() {
            Ok(n) if (1..=crate::config::MAX_TIMEOUT_SECS).contains(&n) => Ok(json!(n)),
            _ => Err(Error::usage(format!(
                "timeout must be a whole number of seconds from 1 to {} (got '{value}')",
                crate::config::MAX_TIMEOUT_SECS
            ))),
        },
        "redirectPort" => value.parse::<u16>().map(|p| json!(p)).map_err(|_| {
            Error::usage(format!(
                "redirectPort must be a port number 0-65535 (got '{value}')"
            ))
        }),
        "baseUrl" => crate::api::check_base_url(value)
            .map(Value::String)
            .map_err(|e| Error::usage(e.to_string())),
        "auditLog" => match value {
            "true" | "on" | "yes" => Ok(json!(true)),
            "false" | "off" | "no" => Ok(json!(false)),
            _ => Err(Error::usage(format!(
                "auditLog must be true or false (got '{value}')"
            ))),
        },
        "store" => {
            crate::auth::store::open(value, "check").map_err(|e| Error::usage(e.to_string()))?;
            Ok(json!(value))
        }
        _ => Ok(json!(value)),
    }
}

/// Not a profile's setting but the file's: which profile runs without --profile/BYODS_PROFILE.
const DEFAULT_PROFILE_KEY: &str = "defaultProfile";

fn set(ctx: &Ctx, args: &ConfigSetArgs) -> Result<Outcome> {
    let key = args.key.as_str();
    if key == DEFAULT_PROFILE_KEY {
        return set_default_profile(ctx, &args.value);
    }
    check_key(key)?;
    if is_secret(key) {
        if args.value != "-" {
            return Err(Error::usage(format!(
                "{key} is a secret and is never taken on the command line (it would land in shell \
                 history and process lists): pass '-' and give it on stdin, e.g. \
                 `byods config set {key} - < file`"
            )));
        }
        let secret = ctx.ui.read_secret(key)?;
        let store = ctx.auth_settings()?.open_store()?;
        let _lock = store.lock()?;
        let mut secrets = store.load()?;
        secrets.set(key, Some(secret.clone()));
        store.save(&secrets)?;
        ctx.ui.info(&format!(
            "stored {key} {} in {}",
            fingerprint(&secret),
            store.uri()
        ));
        return Ok(Outcome::nothing());
    }
    let value = setting_value(key, &args.value)?;
    let _config_lock = ConfigFile::lock()?;
    let mut config = ConfigFile::load()?;
    let previous = config.set(&ctx.profile, key, value.clone());
    config.save()?;
    if SERVICE_APP_IDENTITY.contains(&key) && previous.as_ref() != Some(&value) {
        forget_service_tokens(ctx)?;
    }
    Ok(Outcome::nothing())
}

/// The stored service app tokens were minted for the old app, org or API: drop them.
fn forget_service_tokens(ctx: &Ctx) -> Result<()> {
    let store = ctx.auth_settings()?.open_store()?;
    if !store.writable() {
        return Ok(());
    }
    let _lock = store.lock()?;
    let mut secrets = store.load()?;
    if secrets.access_token.is_some() || secrets.refresh_token.is_some() {
        secrets.clear_service_tokens();
        store.save(&secrets)?;
        ctx.ui
            .info("forgot the stored service app tokens: they belong to the previous setting");
    }
    Ok(())
}

fn set_default_profile(ctx: &Ctx, name: &str) -> Result<Outcome> {
    let name = name.trim();
    let mut config = ConfigFile::load()?;
    if !config.profiles.contains_key(name) && name != crate::config::DEFAULT_PROFILE {
        let known: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
        return Err(Error::usage(format!(
            "no profile '{}' in the config file (profiles: {})\n\
             hint: create it first, e.g. `byods --profile {0} config set baseUrl URL`",
            name.escape_debug(),
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        )));
    }
    config.default_profile = Some(name.to_string());
    config.save()?;
    ctx.ui.info(&format!("default profile is now '{name}'"));
    Ok(Outcome::nothing())
}

fn profiles(ctx: &Ctx) -> Result<Outcome> {
    let config = ConfigFile::load()?;
    let default = config.profile_name(None);
    let mut names: Vec<String> = config.profiles.keys().cloned().collect();
    for extra in [&default, &ctx.profile] {
        if !names.contains(extra) {
            names.push(extra.clone());
        }
    }
    names.sort();
    let items: Vec<Value> = names
        .iter()
        .map(|name| {
            json!({
                "name": name,
                "default": *name == default,
                "active": *name == ctx.profile,
                "baseUrl": config.get_str(name, "baseUrl"),
            })
        })
        .collect();
    let mark = |b: bool| if b { "*" } else { "" };
    let table = Table {
        columns: vec!["profile", "default", "active", "url"],
        rows: items
            .iter()
            .map(|p| {
                vec![
                    Cell::from(p["name"].as_str().unwrap_or("")),
                    Cell::from(mark(p["default"] == true)),
                    Cell::from(mark(p["active"] == true)),
                    Cell::from(p["baseUrl"].as_str().unwrap_or("(default)")),
                ]
            })
            .collect(),
    };
    Ok(Outcome::new(Value::Array(items), View::Table(table)))
}

fn get(ctx: &Ctx, key: &str) -> Result<Outcome> {
    if key == DEFAULT_PROFILE_KEY {
        let config = ConfigFile::load()?;
        let name = config.profile_name(None);
        return Ok(if ctx.structured_output_requested() {
            Outcome::json(Value::String(name))
        } else {
            Outcome::raw(name + "\n")
        });
    }
    check_key(key)?;
    let missing = || Error::NotFound(format!("{key} is not set in profile '{}'", ctx.profile));
    let value = if is_secret(key) {
        let secrets = ctx.auth_settings()?.open_store()?.load()?;
        Value::String(fingerprint(secrets.get(key).ok_or_else(missing)?))
    } else {
        ctx.setting(key).ok_or_else(missing)?.clone()
    };
    // The bare value for `$(byods config get KEY)`; JSON when asked for.
    if ctx.structured_output_requested() {
        return Ok(Outcome::json(value));
    }
    Ok(Outcome::raw(match value {
        Value::String(s) => s + "\n",
        other => other.to_string() + "\n",
    }))
}

fn unset(ctx: &Ctx, key: &str) -> Result<Outcome> {
    if key == DEFAULT_PROFILE_KEY {
        let mut config = ConfigFile::load()?;
        if config.default_profile.take().is_some() {
            config.save()?;
        }
        return Ok(Outcome::nothing());
    }
    check_key(key)?;
    if is_secret(key) {
        let store = ctx.auth_settings()?.open_store()?;
        let _lock = store.lock()?;
        let mut secrets = store.load()?;
        secrets.set(key, None);
        store.save(&secrets)?;
    } else {
        let _config_lock = ConfigFile::lock()?;
        let mut config = ConfigFile::load()?;
        if config.unset(&ctx.profile, key).is_some() {
            config.save()?;
            if SERVICE_APP_IDENTITY.contains(&key) {
                forget_service_tokens(ctx)?;
            }
        }
    }
    Ok(Outcome::nothing())
}

fn list(ctx: &Ctx) -> Result<Outcome> {
    let settings = ctx.auth_settings()?;
    let store = settings.open_store()?;
    let secrets = store.load()?;
    let mut data = Map::new();
    let mut rows = Vec::new();
    for (key, about) in SETTING_KEYS {
        if let Some(v) = ctx.setting(key) {
            data.insert(key.to_string(), v.clone());
            let text = v.as_str().map(str::to_string).unwrap_or(v.to_string());
            rows.push(vec![Cell::from(*key), Cell::from(text), Cell::from(*about)]);
        }
    }
    if ctx.setting("appId").is_none()
        && let Some(app_id) = settings.app_id()
    {
        rows.push(vec![
            Cell::from("appId"),
            Cell::from(app_id),
            Cell::from("derived from clientId"),
        ]);
    }
    for key in Secrets::SETTABLE {
        if let Some(v) = secrets.get(key) {
            data.insert(key.to_string(), json!(fingerprint(v)));
            rows.push(vec![
                Cell::from(*key),
                Cell::from(fingerprint(v)),
                Cell::from(format!("secret in {}", store.uri())),
            ]);
        }
    }
    let data = json!({"profile": ctx.profile, "store": store.uri(), "settings": data});
    Ok(Outcome::new(
        data,
        View::Table(Table {
            columns: vec!["key", "value", "about"],
            rows,
        }),
    ))
}

fn path(ctx: &Ctx) -> Result<Outcome> {
    let config = crate::config::path()?;
    let store = ctx.auth_settings()?.open_store()?.uri();
    let data = json!({"config": config.display().to_string(), "store": store});
    Ok(Outcome::new(
        data,
        View::Raw(format!("{}\n{store}\n", config.display())),
    ))
}
