//! `byods config set|get|unset|list|path|import`. Non-secret settings go to the config file;
//! secrets go to the profile's credential store and are only ever shown as fingerprints.

use serde_json::{Map, Value, json};

use crate::app::Ctx;
use crate::auth::{SETTING_KEYS, Secrets, Settings, oauth};
use crate::cli::{ConfigArgs, ConfigCommand, ConfigImportArgs, ConfigSetArgs};
use crate::config::ConfigFile;
use crate::error::{Error, Result};
use crate::output::{Cell, Outcome, Table, View};
use crate::redact::fingerprint;

pub fn run(ctx: &Ctx, args: &ConfigArgs) -> Result<Outcome> {
    match &args.command {
        ConfigCommand::Set(a) => set(ctx, a),
        ConfigCommand::Get(a) => get(ctx, &a.key),
        ConfigCommand::Unset(a) => unset(ctx, &a.key),
        ConfigCommand::List => list(ctx),
        ConfigCommand::Path => path(ctx),
        ConfigCommand::Import(a) => import(ctx, a),
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

fn set(ctx: &Ctx, args: &ConfigSetArgs) -> Result<Outcome> {
    let key = args.key.as_str();
    check_key(key)?;
    if is_secret(key) {
        if args.value != "-" {
            return Err(Error::usage(format!(
                "{key} is a secret and is never taken on the command line (it would land in shell \
                 history and process lists): pass '-' and give it on stdin, e.g. \
                 `byods config set {key} - < file`"
            )));
        }
        let secret = crate::prompt::read_secret(key)?;
        let store = Settings::from_ctx(ctx)?.open_store()?;
        let _lock = store.lock()?;
        let mut secrets = store.load()?;
        secrets.set(key, Some(secret.clone()));
        store.save(&secrets)?;
        ctx.out.info(&format!(
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
    let store = Settings::from_ctx(ctx)?.open_store()?;
    if !store.writable() {
        return Ok(());
    }
    let _lock = store.lock()?;
    let mut secrets = store.load()?;
    if secrets.access_token.is_some() || secrets.refresh_token.is_some() {
        secrets.clear_service_tokens();
        store.save(&secrets)?;
        ctx.out
            .info("forgot the stored service app tokens: they belong to the previous setting");
    }
    Ok(())
}

fn get(ctx: &Ctx, key: &str) -> Result<Outcome> {
    check_key(key)?;
    let missing = || Error::NotFound(format!("{key} is not set in profile '{}'", ctx.profile));
    let value = if is_secret(key) {
        let secrets = Settings::from_ctx(ctx)?.open_store()?.load()?;
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
    check_key(key)?;
    if is_secret(key) {
        let store = Settings::from_ctx(ctx)?.open_store()?;
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
    let settings = Settings::from_ctx(ctx)?;
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
    let store = Settings::from_ctx(ctx)?.open_store()?.uri();
    let data = json!({"config": config.display().to_string(), "store": store});
    Ok(Outcome::new(
        data,
        View::Raw(format!("{}\n{store}\n", config.display())),
    ))
}

type Section = Option<Map<String, Value>>;

/// `YOUR_..._HERE` placeholders of the template, and empty strings, are not values.
fn is_placeholder(value: &str) -> bool {
    let v = value.trim().to_ascii_uppercase();
    v.is_empty() || (v.starts_with("YOUR_") && v.ends_with("_HERE"))
}

fn import(ctx: &Ctx, args: &ConfigImportArgs) -> Result<Outcome> {
    let name = args.file.display().to_string();
    let text = crate::input::read_path_limited(&args.file, crate::input::MAX_DOCUMENT_BYTES, "")?;
    // Parse errors name a position only: the file holds secrets.
    let doc: Value = serde_json::from_str(&text).map_err(|e| {
        Error::usage(format!(
            "{name} is not valid JSON (line {}, column {})",
            e.line(),
            e.column()
        ))
    })?;
    let section = |k: &str| doc.get(k).and_then(Value::as_object).cloned();
    let (service, manager) = (section("serviceApp"), section("tokenManager"));
    if service.is_none() && manager.is_none() {
        return Err(Error::usage(format!(
            "{name} has neither \"serviceApp\" nor \"tokenManager\": not a token-config.json"
        )));
    }
    let mut skipped = Vec::new();
    // (section, its key names in preference order, our name)
    let wanted: [(&Section, &[&str], &str); 8] = [
        (&service, &["clientId"], "clientId"),
        (&service, &["appId"], "appId"),
        (&service, &["targetOrgId"], "targetOrgId"),
        (&service, &["clientSecret"], "clientSecret"),
        (&manager, &["personalAccessToken"], "personalAccessToken"),
        (&manager, &["oauthClientId", "clientId"], "oauthClientId"),
        (
            &manager,
            &["oauthClientSecret", "clientSecret"],
            "oauthClientSecret",
        ),
        (
            &manager,
            &["oauthRefreshToken", "refreshToken"],
            "oauthRefreshToken",
        ),
    ];
    let mut found: Vec<(&str, String)> = Vec::new();
    for (section, spellings, ours) in wanted {
        let Some(map) = section else { continue };
        let value = spellings
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_str));
        match value {
            Some(v) if !is_placeholder(v) => found.push((ours, v.trim().to_string())),
            Some(_) => skipped.push(ours),
            None => {}
        }
    }
    for key in &skipped {
        ctx.out.warn(&format!(
            "{key}: placeholder or empty value in {name}, not imported"
        ));
    }
    if found.is_empty() {
        return Err(Error::usage(format!(
            "{name} holds no values, only placeholders: fill it in first"
        )));
    }
    let _config_lock = ConfigFile::lock()?;
    let mut config = ConfigFile::load()?;
    let mut changed_identity = false;
    for (key, value) in &found {
        if !is_secret(key) {
            let previous = config.set(&ctx.profile, key, json!(value));
            changed_identity |=
                SERVICE_APP_IDENTITY.contains(key) && previous != Some(json!(value));
        }
    }
    // The derived appId would be wrong for a new clientId; an explicit one was just written.
    if !found.iter().any(|(k, _)| *k == "appId")
        && let Some((_, client_id)) = found.iter().find(|(k, _)| *k == "clientId")
    {
        config.set(
            &ctx.profile,
            "appId",
            json!(oauth::app_id_from_client_id(client_id)),
        );
    }
    let store = Settings::from_ctx(ctx)?.open_store()?;
    let secrets_found: Vec<&(&str, String)> = found.iter().filter(|(k, _)| is_secret(k)).collect();
    if !secrets_found.is_empty() {
        let _lock = store.lock()?;
        let mut secrets = store.load()?;
        if changed_identity {
            secrets.clear_service_tokens();
        }
        if secrets_found
            .iter()
            .any(|(k, _)| *k == "personalAccessToken" || *k == "oauthRefreshToken")
        {
            // A new token-manager credential replaces the old one entirely.
            secrets.clear_token_manager();
        }
        for (key, value) in &secrets_found {
            secrets.set(key, Some(value.clone()));
        }
        store.save(&secrets)?;
    }
    config.save()?;
    if doc.get("baseUrl").is_some() {
        ctx.out.info(
            "the file also names a baseUrl; it was not imported: set it with \
             `byods config set baseUrl URL` if this profile should use it",
        );
    }
    let imported: Vec<Value> = found
        .iter()
        .map(|(k, v)| {
            let shown = if is_secret(k) {
                fingerprint(v)
            } else {
                v.clone()
            };
            json!({"key": k, "value": shown, "secret": is_secret(k)})
        })
        .collect();
    ctx.out.info(&format!(
        "imported {} value(s) into profile '{}' (secrets in {})",
        found.len(),
        ctx.profile,
        store.uri()
    ));
    let table = Table {
        columns: vec!["key", "value"],
        rows: imported
            .iter()
            .map(|i| {
                vec![
                    Cell::from(i["key"].as_str().unwrap_or("")),
                    Cell::from(i["value"].as_str().unwrap_or("")),
                ]
            })
            .collect(),
    };
    Ok(Outcome::new(
        json!({"profile": ctx.profile, "store": store.uri(), "imported": imported, "skipped": skipped}),
        View::Table(table),
    ))
}
