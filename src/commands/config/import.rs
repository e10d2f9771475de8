//! `byods config import`: the original tool's token-config.json (or `byods sandbox --json`
//! output) into the profile's settings and credential store.

use serde_json::{Map, Value, json};

use super::{SERVICE_APP_IDENTITY, is_secret};
use crate::app::Ctx;
use crate::auth::oauth;
use crate::cli::ConfigImportArgs;
use crate::config::ConfigFile;
use crate::error::{Error, Result};
use crate::redact::fingerprint;
use crate::ui::{Cell, Outcome, Table, View};

/// `YOUR_..._HERE` placeholders of the template, and empty strings, are not values.
fn is_placeholder(value: &str) -> bool {
    let v = value.trim().to_ascii_uppercase();
    v.is_empty() || (v.starts_with("YOUR_") && v.ends_with("_HERE"))
}

type Section = Option<Map<String, Value>>;

/// What a token-config.json holds: values to import (our key names, in a fixed order), keys left
/// out because they hold placeholders, and whether the file names a base URL.
struct Plan {
    found: Vec<(&'static str, String)>,
    skipped: Vec<&'static str>,
    names_base_url: bool,
}

pub fn run(ctx: &Ctx, args: &ConfigImportArgs) -> Result<Outcome> {
    let name = args.file.display().to_string();
    let plan = plan(&read(&args.file, &name)?, &name)?;
    for key in &plan.skipped {
        ctx.ui.warn(&format!(
            "{key}: placeholder or empty value in {name}, not imported"
        ));
    }
    if plan.found.is_empty() {
        return Err(Error::usage(format!(
            "{name} holds no values, only placeholders: fill it in first"
        )));
    }
    let store_uri = execute(ctx, &plan.found)?;
    if plan.names_base_url {
        ctx.ui.info(
            "the file also names a baseUrl; it was not imported: set it with \
             `byods config set baseUrl URL` if this profile should use it",
        );
    }
    ctx.ui.info(&format!(
        "imported {} value(s) into profile '{}' (secrets in {})",
        plan.found.len(),
        ctx.profile,
        store_uri
    ));
    Ok(view(&ctx.profile, &store_uri, &plan))
}

/// The file's JSON ('-': stdin). Parse errors name a position only: the file holds secrets.
fn read(path: &std::path::Path, name: &str) -> Result<Value> {
    let text = crate::limits::read_path_limited(path, crate::limits::MAX_DOCUMENT_BYTES, "")?;
    serde_json::from_str(&text).map_err(|e| {
        Error::usage(format!(
            "{name} is not valid JSON (line {}, column {})",
            e.line(),
            e.column()
        ))
    })
}

fn plan(doc: &Value, name: &str) -> Result<Plan> {
    let section = |k: &str| doc.get(k).and_then(Value::as_object).cloned();
    let (service, manager) = (section("serviceApp"), section("tokenManager"));
    if service.is_none() && manager.is_none() {
        return Err(Error::usage(format!(
            "{name} has neither \"serviceApp\" nor \"tokenManager\": not a token-config.json"
        )));
    }
    let mut skipped = Vec::new();
    // (section, its key names in preference order, our name)
    let wanted: [(&Section, &[&str], &'static str); 8] = [
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
    let mut found = Vec::new();
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
    Ok(Plan {
        found,
        skipped,
        names_base_url: doc.get("baseUrl").is_some(),
    })
}

/// Writes the settings to the config file and the secrets to the store. Returns the store's URI.
fn execute(ctx: &Ctx, found: &[(&'static str, String)]) -> Result<String> {
    // Held from load to save: a parallel `config set` must not be lost.
    let _config_lock = ConfigFile::lock()?;
    let mut config = ConfigFile::load()?;
    let mut changed_identity = false;
    for (key, value) in found {
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
    let store = ctx.auth_settings()?.open_store()?;
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
    Ok(store.uri())
}

/// What was imported, secrets as fingerprints.
fn view(profile: &str, store_uri: &str, plan: &Plan) -> Outcome {
    let imported: Vec<Value> = plan
        .found
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
    Outcome::new(
        json!({"profile": profile, "store": store_uri, "imported": imported, "skipped": plan.skipped}),
        View::Table(table),
    )
}
