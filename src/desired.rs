//! The desired-state file of `byods export` and `byods apply`: entries holding only the fields a
//! user sets, validated with every fault named by its entry, and the plan that brings the data
//! sources in line with them (create, update with a field diff, unchanged, delete).

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::api::datasources;
use crate::datasource;
use crate::error::{Error, Result};
use crate::mutation;

/// The top-level key of one organization's file: `{"dataSources": [ENTRY, ...]}`.
pub const LIST_KEY: &str = "dataSources";

/// What an entry may hold, in the order export writes it. `id` only matches an entry to a data
/// source; it is never sent.
pub const ENTRY_FIELDS: [&str; 8] = [
    "id",
    "url",
    "schemaId",
    "audience",
    "subject",
    "tokenLifetimeMinutes",
    "status",
    "errorMessage",
];

/// The fields compared and set: the entry's without its id.
const STATE_FIELDS: &[&str] = ENTRY_FIELDS.split_at(1).1;

/// One entry of the file, defaults filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Its 1-based position in the file, for messages.
    pub number: usize,
    pub id: Option<String>,
    /// The desired fields in `STATE_FIELDS` order; `errorMessage` only when disabled.
    pub state: Map<String, Value>,
}

impl Entry {
    pub fn url(&self) -> &str {
        self.state["url"].as_str().unwrap_or_default()
    }

    pub fn schema_id(&self) -> &str {
        self.state["schemaId"].as_str().unwrap_or_default()
    }

    /// "entry 3 (https://…)"
    pub fn label(&self) -> String {
        format!("entry {} ({})", self.number, self.url())
    }

    pub fn disabled(&self) -> bool {
        self.state["status"] == "disabled"
    }
}

/// The file's key for several organizations: `{"profiles": {NAME: {"dataSources": [...]}}}`.
pub const PROFILES_KEY: &str = "profiles";

/// Each profile's entries, in file (or selection) order.
pub type Sections = Vec<(String, Vec<Entry>)>;

/// What a desired-state file describes.
#[derive(Debug, Clone, PartialEq)]
pub enum Desired {
    /// `{"dataSources": [...]}`: one organization's data sources (or, with `--profiles`, the same
    /// entries for each selected one).
    Single(Vec<Entry>),
    /// `{"profiles": {NAME: {"dataSources": [...]}, ...}}`: each profile's own, in file order.
    Profiles(Sections),
}

/// Reads the file's text (`source` names it in messages). Every fault is found here, before any
/// request: invalid JSON, unknown fields, missing or invalid values, duplicate entries; in a file
/// of several profiles each is named with its profile. Returns what the file describes and
/// warnings (plain http urls).
pub fn parse(text: &str, source: &str) -> Result<(Desired, Vec<String>)> {
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| Error::usage(format!("{source}: invalid JSON: {e}")))?;
    let shape = || {
        Error::usage(format!(
            "{source}: expected {{\"{LIST_KEY}\": [...]}} or {{\"{PROFILES_KEY}\": {{NAME: \
             {{\"{LIST_KEY}\": [...]}}}}}} as `byods export` writes them"
        ))
    };
    let Value::Object(top) = doc else {
        return Err(shape());
    };
    if let Some(key) = top.keys().find(|k| *k != LIST_KEY && *k != PROFILES_KEY) {
        return Err(Error::usage(format!(
            "{source}: unknown top-level field '{key}' (the file holds \"{LIST_KEY}\" or \
             \"{PROFILES_KEY}\")"
        )));
    }
    let mut warnings = Vec::new();
    match (top.get(LIST_KEY), top.get(PROFILES_KEY)) {
        (Some(_), Some(_)) => Err(Error::usage(format!(
            "{source}: the file holds \"{LIST_KEY}\" (one organization) or \"{PROFILES_KEY}\" \
             (several), not both"
        ))),
        (Some(Value::Array(items)), None) => {
            let entries = section(items, source, &mut warnings)?;
            Ok((Desired::Single(entries), warnings))
        }
        (None, Some(Value::Object(profiles))) => {
            if profiles.is_empty() {
                return Err(Error::usage(format!(
                    "{source}: \"{PROFILES_KEY}\" is empty: name at least one profile"
                )));
            }
            if let Some(name) = repeated_profile(text) {
                return Err(Error::usage(format!(
                    "{source}: profile {name} has two sections (a JSON object keeps only the last)"
                )));
            }
            let mut sections = Vec::new();
            for (name, body) in profiles {
                if name.trim().is_empty() {
                    return Err(Error::usage(format!(
                        "{source}: a profile with an empty name"
                    )));
                }
                let place = format!("{source}: profile {name}");
                let Value::Object(body) = body else {
                    return Err(Error::usage(format!(
                        "{place}: expected {{\"{LIST_KEY}\": [...]}}, not {body}"
                    )));
                };
                if let Some(key) = body.keys().find(|k| *k != LIST_KEY) {
                    return Err(Error::usage(format!(
                        "{place}: unknown field '{key}' (a profile holds only \"{LIST_KEY}\")"
                    )));
                }
                let Some(Value::Array(items)) = body.get(LIST_KEY) else {
                    return Err(Error::usage(format!(
                        "{place}: expected {{\"{LIST_KEY}\": [...]}}"
                    )));
                };
                sections.push((name.clone(), section(items, &place, &mut warnings)?));
            }
            Ok((Desired::Profiles(sections), warnings))
        }
        _ => Err(shape()),
    }
}

impl Desired {
    /// The profiles a file of several names, in file order (none for a one-organization file).
    pub fn profile_names(&self) -> Vec<&str> {
        match self {
            Desired::Single(_) => Vec::new(),
            Desired::Profiles(sections) => sections.iter().map(|(n, _)| n.as_str()).collect(),
        }
    }

    /// The entries for each of `profiles` (those `--profiles`/`--all-profiles` selected), in that
    /// order, and the file's profiles left out. A one-organization file is a template applied to
    /// each as is: its entries may not hold ids, which belong to one organization. A selected
    /// profile the file has no section for is refused: applying nothing there would read as
    /// "delete everything" to --prune.
    pub fn for_profiles(
        self,
        profiles: &[String],
        source: &str,
    ) -> Result<(Sections, Vec<String>)> {
        let mut sections = match self {
            Desired::Single(entries) => {
                if let Some(e) = entries.iter().find(|e| e.id.is_some()) {
                    return Err(Error::usage(format!(
                        "{source}: {}: has an id, but a file without \"{PROFILES_KEY}\" is applied \
                         to each selected profile alike and an id belongs to one organization: \
                         remove the ids, or write a section per profile (`byods export \
                         --profiles ...` does)",
                        e.label()
                    )));
                }
                let each = profiles
                    .iter()
                    .map(|p| (p.clone(), entries.clone()))
                    .collect();
                return Ok((each, Vec::new()));
            }
            Desired::Profiles(sections) => sections,
        };
        let names: Vec<String> = sections.iter().map(|(n, _)| n.clone()).collect();
        let missing: Vec<&str> = profiles
            .iter()
            .filter(|p| !names.contains(p))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            return Err(Error::usage(format!(
                "{source} has no section for profile {}: it describes profiles {}; nothing was sent",
                missing.join(", "),
                names.join(", ")
            )));
        }
        let skipped = names
            .iter()
            .filter(|n| !profiles.contains(n))
            .cloned()
            .collect();
        let chosen = profiles
            .iter()
            .map(|p| {
                let at = sections.iter().position(|(n, _)| n == p).expect("checked");
                sections.swap_remove(at)
            })
            .collect();
        Ok((chosen, skipped))
    }
}

/// The file `byods export --profiles` writes: each profile's export as its section, in the order
/// given.
pub fn profiles_file(sections: Vec<(String, Value)>) -> Value {
    let map: Map<String, Value> = sections.into_iter().collect();
    json!({ PROFILES_KEY: map })
}

/// A profile named twice under "profiles": JSON keeps the last section silently, and applying
/// only that one (with --prune) would delete what the first one lists.
fn repeated_profile(text: &str) -> Option<String> {
    use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
    struct Names(Vec<String>);
    impl<'de> serde::Deserialize<'de> for Names {
        fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Names, D::Error> {
            struct Keys;
            impl<'de> Visitor<'de> for Keys {
                type Value = Names;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<M: MapAccess<'de>>(
                    self,
                    mut map: M,
                ) -> std::result::Result<Names, M::Error> {
                    let mut names = Vec::new();
                    while let Some(name) = map.next_key::<String>()? {
                        map.next_value::<IgnoredAny>()?;
                        names.push(name);
                    }
                    Ok(Names(names))
                }
            }
            d.deserialize_map(Keys)
        }
    }
    #[derive(serde::Deserialize)]
    struct Top {
        profiles: Names,
    }
    let names = serde_json::from_str::<Top>(text).ok()?.profiles.0;
    let mut seen = std::collections::HashSet::new();
    names.into_iter().find(|n| !seen.insert(n.clone()))
}

/// One list of entries; `place` ("FILE" or "FILE: profile NAME") starts every message.
fn section(items: &[Value], place: &str, warnings: &mut Vec<String>) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let (entry, warning) = entry(index + 1, item, place)?;
        entries.push(entry);
        warnings.extend(warning);
    }
    check_duplicates(&entries, place)?;
    Ok(entries)
}

fn entry(number: usize, item: &Value, source: &str) -> Result<(Entry, Option<String>)> {
    let Value::Object(map) = item else {
        return Err(Error::usage(format!(
            "{source}: entry {number}: expected an object with url, schemaId, ..., not {item}"
        )));
    };
    let place = match map.get("url").and_then(Value::as_str) {
        Some(url) => format!("{source}: entry {number} ({url})"),
        None => format!("{source}: entry {number}"),
    };
    let bad = |why: String| Error::usage(format!("{place}: {why}"));
    let in_place = |e: Error| match e {
        Error::Usage(m) => bad(m),
        other => other,
    };
    if let Some(key) = map.keys().find(|k| !ENTRY_FIELDS.contains(&k.as_str())) {
        return Err(bad(format!(
            "unknown field '{key}' (an entry has {})",
            ENTRY_FIELDS.join(", ")
        )));
    }
    let text = |name: &str| -> Result<Option<String>> {
        match map.get(name) {
            None => Ok(None),
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.clone())),
            Some(Value::String(_)) => Err(bad(format!("{name} must not be empty"))),
            Some(other) => Err(bad(format!("{name} must be a string, not {other}"))),
        }
    };
    let id = text("id")?;
    if let Some(id) = &id {
        datasources::check_id("data source", id).map_err(in_place)?;
    }
    let url = text("url")?.ok_or_else(|| bad("url is required".into()))?;
    let warning = mutation::check_url(&url)
        .map_err(in_place)?
        .map(|w| format!("{place}: {w}"));
    let schema_id = text("schemaId")?.unwrap_or_else(|| mutation::DEFAULT_SCHEMA.into());
    mutation::check_schema_id(&schema_id).map_err(in_place)?;
    let lifetime = match map.get("tokenLifetimeMinutes") {
        None => mutation::DEFAULT_LIFETIME,
        Some(v) => mutation::lifetime_from_json(v, &place)?,
    };
    let status = text("status")?.unwrap_or_else(|| "active".into());
    let message = match map.get("errorMessage") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()).filter(|s| !s.trim().is_empty()),
        Some(other) => {
            return Err(bad(format!("errorMessage must be a string, not {other}")));
        }
    };
    let mut state = Map::new();
    state.insert("url".into(), json!(url));
    state.insert("schemaId".into(), json!(schema_id));
    state.insert(
        "audience".into(),
        json!(text("audience")?.unwrap_or_else(|| mutation::DEFAULT_AUDIENCE.into())),
    );
    state.insert(
        "subject".into(),
        json!(text("subject")?.unwrap_or_else(|| mutation::DEFAULT_SUBJECT.into())),
    );
    state.insert("tokenLifetimeMinutes".into(), json!(lifetime));
    match (status.as_str(), message) {
        ("active", None) => {
            state.insert("status".into(), json!("active"));
        }
        ("active", Some(_)) => {
            return Err(bad(
                "errorMessage only goes with status \"disabled\" (an active data source has none)"
                    .into(),
            ));
        }
        ("disabled", Some(m)) => {
            state.insert("status".into(), json!("disabled"));
            state.insert("errorMessage".into(), json!(m));
        }
        ("disabled", None) => {
            return Err(bad(
                "status \"disabled\" requires an errorMessage (why it is disabled)".into(),
            ));
        }
        (other, _) => {
            return Err(bad(format!(
                "invalid status '{other}': expected active or disabled"
            )));
        }
    }
    Ok((Entry { number, id, state }, warning))
}

/// Two entries for one data source would fight: the same id twice, or the same url and schema
/// where either lacks an id to tell them apart.
fn check_duplicates(entries: &[Entry], source: &str) -> Result<()> {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut keys: HashMap<(&str, &str), &Entry> = HashMap::new();
    for e in entries {
        if let Some(id) = &e.id
            && let Some(first) = ids.insert(id, e.number)
        {
            return Err(Error::usage(format!(
                "{source}: {}: duplicate of entry {first}: both have id {id}",
                e.label()
            )));
        }
        match keys.get(&(e.url(), e.schema_id())) {
            Some(first) if first.id.is_none() || e.id.is_none() => {
                return Err(Error::usage(format!(
                    "{source}: {}: duplicate of entry {}: same url and schemaId \
                     (give each an id to keep both)",
                    e.label(),
                    first.number
                )));
            }
            Some(_) => {}
            None => {
                keys.insert((e.url(), e.schema_id()), e);
            }
        }
    }
    Ok(())
}

/// A data source as an entry's fields (JWS claims fill in what the object lacks).
pub fn current_state(ds: &Value) -> Map<String, Value> {
    let mut state = Map::new();
    for name in ["url", "schemaId", "audience", "subject"] {
        if let Some(v) = datasource::field(ds, name) {
            state.insert(name.into(), json!(v));
        }
    }
    if let Some(m) = mutation::current_lifetime(ds) {
        state.insert("tokenLifetimeMinutes".into(), json!(m));
    }
    let status = ds.get("status").and_then(Value::as_str).unwrap_or("active");
    state.insert("status".into(), json!(status));
    if status != "active" {
        let message = ds.get("errorMessage").and_then(Value::as_str);
        state.insert("errorMessage".into(), json!(message.unwrap_or_default()));
    }
    state
}

fn key_of(ds: &Value) -> (String, String) {
    (
        datasource::field(ds, "url").unwrap_or_default(),
        datasource::field(ds, "schemaId").unwrap_or_default(),
    )
}

/// The file `byods export` writes: entries sorted by url, schema and id, without ids unless
/// `with_ids` — except where data sources share a url and schema, whose ids are always written so
/// apply can tell them apart. Returns the file and a warning per such group.
pub fn export(existing: &[Value], with_ids: bool) -> (Value, Vec<String>) {
    let mut counts: HashMap<(String, String), usize> = HashMap::new();
    for ds in existing {
        *counts.entry(key_of(ds)).or_default() += 1;
    }
    let mut warnings: Vec<String> = counts
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|((url, schema), n)| {
            format!(
                "{n} data sources share url {url} and schema {schema}: their ids are written \
                 so apply can tell them apart"
            )
        })
        .collect();
    warnings.sort();
    let mut sorted: Vec<&Value> = existing.iter().collect();
    sorted.sort_by_key(|ds| {
        let (url, schema) = key_of(ds);
        (url, schema, datasource::text(ds, "id"))
    });
    let entries: Vec<Value> = sorted
        .into_iter()
        .map(|ds| {
            let mut entry = Map::new();
            if with_ids || counts[&key_of(ds)] > 1 {
                entry.insert("id".into(), json!(datasource::text(ds, "id")));
            }
            entry.extend(current_state(ds));
            Value::Object(entry)
        })
        .collect();
    (json!({ LIST_KEY: entries }), warnings)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Unchanged,
    Delete,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Unchanged => "unchanged",
            Action::Delete => "delete",
        }
    }
}

/// One line of the plan.
#[derive(Debug, Clone)]
pub struct Change {
    pub action: Action,
    /// The entry it comes from (none for a delete).
    pub entry: Option<Entry>,
    /// The data source it acts on (none for a create).
    pub current: Option<Value>,
    /// `(field, from, to)` for an update.
    pub diff: Vec<(String, Value, Value)>,
    /// How the entry was matched when its id was not found.
    pub note: Option<String>,
}

impl Change {
    pub fn id(&self) -> Option<String> {
        self.current.as_ref().map(|ds| datasource::text(ds, "id"))
    }

    pub fn url(&self) -> String {
        match (&self.entry, &self.current) {
            (Some(e), _) => e.url().to_string(),
            (None, Some(ds)) => datasource::field(ds, "url").unwrap_or_default(),
            (None, None) => String::new(),
        }
    }

    pub fn schema_id(&self) -> String {
        match (&self.entry, &self.current) {
            (Some(e), _) => e.schema_id().to_string(),
            (None, Some(ds)) => datasource::field(ds, "schemaId").unwrap_or_default(),
            (None, None) => String::new(),
        }
    }

    /// The plan line as JSON (`apply --dry-run` prints these).
    pub fn describe(&self) -> Value {
        let mut out = Map::new();
        out.insert("action".into(), json!(self.action.as_str()));
        if let Some(e) = &self.entry {
            out.insert("entry".into(), json!(e.number));
        }
        out.insert("id".into(), json!(self.id()));
        out.insert("url".into(), json!(self.url()));
        out.insert("schemaId".into(), json!(self.schema_id()));
        if self.action == Action::Create
            && let Some(e) = &self.entry
        {
            out.insert("fields".into(), Value::Object(e.state.clone()));
        }
        if !self.diff.is_empty() {
            let diff: Map<String, Value> = self
                .diff
                .iter()
                .map(|(f, from, to)| (f.clone(), json!({"from": from, "to": to})))
                .collect();
            out.insert("changes".into(), Value::Object(diff));
        }
        if let Some(note) = &self.note {
            out.insert("note".into(), json!(note));
        }
        Value::Object(out)
    }
}

pub struct Plan {
    /// Entries in file order, then deletes in listing order.
    pub changes: Vec<Change>,
    /// Data sources the file does not list, left alone (no `--prune`).
    pub unlisted: usize,
}

impl Plan {
    pub fn count(&self, action: Action) -> usize {
        self.changes.iter().filter(|c| c.action == action).count()
    }

    /// Whether applying it writes anything.
    pub fn writes(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| c.action != Action::Unchanged)
            .count()
    }

    /// `{"summary": {...}, "items": [...]}` as `apply --dry-run` prints it.
    pub fn describe(&self) -> Value {
        json!({
            "summary": {
                "create": self.count(Action::Create),
                "update": self.count(Action::Update),
                "unchanged": self.count(Action::Unchanged),
                "delete": self.count(Action::Delete),
                "unlisted": self.unlisted,
            },
            "items": self.changes.iter().map(Change::describe).collect::<Vec<_>>(),
        })
    }
}

/// Matches entries to data sources — by id when the entry has one that exists, else by url and
/// schema — and says what to do with each. A stale id falls back to url and schema, so a file
/// exported with ids still applies after its data sources were deleted. `prune` deletes the data
/// sources no entry matched. Sends nothing.
pub fn plan(entries: &[Entry], existing: &[Value], prune: bool) -> Result<Plan> {
    let by_id: HashMap<String, usize> = existing
        .iter()
        .enumerate()
        .map(|(i, ds)| (datasource::text(ds, "id"), i))
        .collect();
    let mut claimed = vec![false; existing.len()];
    let mut matched: Vec<Option<usize>> = vec![None; entries.len()];
    // Ids first, so a url match never takes a data source another entry names by id.
    for (n, e) in entries.iter().enumerate() {
        if let Some(&i) = e.id.as_ref().and_then(|id| by_id.get(id)) {
            claimed[i] = true;
            matched[n] = Some(i);
        }
    }
    let mut notes: Vec<Option<String>> = vec![None; entries.len()];
    for (n, e) in entries.iter().enumerate() {
        if matched[n].is_some() {
            continue;
        }
        let candidates: Vec<usize> = (0..existing.len())
            .filter(|&i| {
                !claimed[i] && key_of(&existing[i]) == (e.url().into(), e.schema_id().into())
            })
            .collect();
        match candidates.as_slice() {
            [] => {}
            [i] => {
                claimed[*i] = true;
                matched[n] = Some(*i);
            }
            many => {
                let ids: Vec<String> = many
                    .iter()
                    .map(|&i| datasource::text(&existing[i], "id"))
                    .collect();
                return Err(Error::usage(format!(
                    "{}: {} data sources have this url and schemaId ({}): add \"id\" to the \
                     entry to say which",
                    e.label(),
                    many.len(),
                    ids.join(", ")
                )));
            }
        }
        if let Some(id) = &e.id {
            notes[n] = Some(match matched[n] {
                Some(_) => format!("id {id} not found: matched by url and schemaId"),
                None => format!("id {id} not found: no data source has this url and schemaId"),
            });
        }
    }
    let mut changes: Vec<Change> = entries
        .iter()
        .zip(matched)
        .zip(notes)
        .map(|((e, m), note)| {
            let current = m.map(|i| existing[i].clone());
            let diff = current
                .as_ref()
                .map(|ds| diff(&current_state(ds), &e.state))
                .unwrap_or_default();
            let action = match (&current, diff.is_empty()) {
                (None, _) => Action::Create,
                (Some(_), true) => Action::Unchanged,
                (Some(_), false) => Action::Update,
            };
            Change {
                action,
                entry: Some(e.clone()),
                current,
                diff,
                note,
            }
        })
        .collect();
    let left: Vec<&Value> = existing
        .iter()
        .zip(&claimed)
        .filter(|(_, c)| !**c)
        .map(|(ds, _)| ds)
        .collect();
    let unlisted = if prune { 0 } else { left.len() };
    if prune {
        changes.extend(left.into_iter().map(|ds| Change {
            action: Action::Delete,
            entry: None,
            current: Some(ds.clone()),
            diff: Vec::new(),
            note: None,
        }));
    }
    Ok(Plan { changes, unlisted })
}

/// `(field, from, to)` for every state field that differs; a missing value is null.
fn diff(current: &Map<String, Value>, desired: &Map<String, Value>) -> Vec<(String, Value, Value)> {
    STATE_FIELDS
        .iter()
        .filter(|f| current.get(**f) != desired.get(**f))
        .map(|f| {
            let get = |m: &Map<String, Value>| m.get(*f).cloned().unwrap_or(Value::Null);
            (f.to_string(), get(current), get(desired))
        })
        .collect()
}

/// The POST that registers an entry (a fresh nonce, as `register` sends).
pub fn create_body(entry: &Entry) -> Result<Value> {
    let mut doc = entry.state.clone();
    doc.retain(|k, _| !matches!(k.as_str(), "status" | "errorMessage"));
    mutation::register_body(&doc, &entry.label()).map(|(body, _)| body)
}

/// The PUT that disables a data source just registered from `post_body` (the register API has
/// no status).
pub fn disable_body(post_body: &Value, entry: &Entry) -> Result<Value> {
    let mut changes = Map::new();
    changes.insert("status".into(), json!("disabled"));
    changes.insert("errorMessage".into(), entry.state["errorMessage"].clone());
    mutation::put_body(post_body, &changes)
}

/// The PUT that brings a data source to its entry, with a new nonce: the JWS carries url,
/// audience, subject and schema, so a changed data source gets a token that says so.
pub fn update_body(current: &Value, entry: &Entry) -> Result<Value> {
    let mut changes = entry.state.clone();
    if !entry.disabled() {
        changes.insert("errorMessage".into(), json!(""));
    }
    changes.insert("nonce".into(), json!(mutation::new_nonce()));
    mutation::put_body(current, &changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VVA: &str = mutation::DEFAULT_SCHEMA;

    fn parsed(text: &str) -> Vec<Entry> {
        match parse(text, "f").unwrap().0 {
            Desired::Single(entries) => entries,
            other => panic!("one organization's file expected: {other:?}"),
        }
    }

    fn sections(text: &str) -> Sections {
        match parse(text, "f").unwrap().0 {
            Desired::Profiles(sections) => sections,
            other => panic!("a file of profiles expected: {other:?}"),
        }
    }

    fn refused(text: &str) -> String {
        parse(text, "f").unwrap_err().to_string()
    }

    fn ds(id: &str, url: &str, status: &str) -> Value {
        let mut ds = json!({"id": id, "url": url, "schemaId": VVA, "audience": "BYODS",
            "subject": "BYODS", "nonce": "n", "tokenLifetimeMinutes": 1440, "status": status});
        if status == "disabled" {
            ds["errorMessage"] = json!("down");
        }
        ds
    }

    #[test]
    fn entries_get_defaults_and_faults_name_the_entry() {
        let e = parsed(r#"{"dataSources": [{"url": "https://a.example"}]}"#);
        assert_eq!(e[0].state["schemaId"], VVA);
        assert_eq!(e[0].state["status"], "active");
        assert_eq!(e[0].state["tokenLifetimeMinutes"], 1440);
        for (text, needle) in [
            ("{", "f: invalid JSON"),
            ("[]", "expected {\"dataSources\""),
            (
                r#"{"dataSources": [], "x": 1}"#,
                "unknown top-level field 'x'",
            ),
            (
                r#"{"dataSources": [{"url": "https://a.example", "nonce": "n"}]}"#,
                "entry 1 (https://a.example): unknown field 'nonce'",
            ),
            (
                r#"{"dataSources": [{"audience": "A"}]}"#,
                "f: entry 1: url is required",
            ),
            (
                r#"{"dataSources": [{"url": "https://a.example", "tokenLifetimeMinutes": 0}]}"#,
                "tokenLifetimeMinutes must be whole minutes",
            ),
            (
                r#"{"dataSources": [{"url": "https://a.example", "status": "disabled"}]}"#,
                "requires an errorMessage",
            ),
            (
                r#"{"dataSources": [{"url": "https://a.example", "errorMessage": "x"}]}"#,
                "only goes with status",
            ),
            (
                r#"{"dataSources": [{"url": "https://a.example"}, {"url": "https://a.example"}]}"#,
                "entry 2 (https://a.example): duplicate of entry 1",
            ),
            (
                r#"{"dataSources": [{"id": "a", "url": "https://a.example"}, {"id": "a", "url": "https://b.example"}]}"#,
                "both have id a",
            ),
        ] {
            let message = refused(text);
            assert!(message.contains(needle), "{text}: {message}");
        }
        // Distinct ids keep two entries with one url and schema apart.
        parsed(
            r#"{"dataSources": [{"id": "a", "url": "https://a.example"}, {"id": "b", "url": "https://a.example"}]}"#,
        );
    }

    #[test]
    fn plans_each_kind_of_change() {
        let existing = vec![
            ds("1", "https://same.example", "active"),
            ds("2", "https://changed.example", "active"),
            ds("3", "https://gone.example", "active"),
        ];
        let file = r#"{"dataSources": [
            {"url": "https://same.example"},
            {"url": "https://changed.example", "audience": "new"},
            {"url": "https://new.example", "status": "disabled", "errorMessage": "off"}]}"#;
        let entries = parsed(file);
        let p = plan(&entries, &existing, false).unwrap();
        let actions: Vec<Action> = p.changes.iter().map(|c| c.action).collect();
        assert_eq!(actions, [Action::Unchanged, Action::Update, Action::Create]);
        assert_eq!(p.unlisted, 1);
        assert_eq!(
            p.changes[1].diff,
            [("audience".to_string(), json!("BYODS"), json!("new"))]
        );
        let p = plan(&entries, &existing, true).unwrap();
        assert_eq!(p.changes[3].action, Action::Delete);
        assert_eq!(p.changes[3].id().as_deref(), Some("3"));
        assert_eq!(p.unlisted, 0);
    }

    #[test]
    fn ids_match_first_and_stale_ids_fall_back() {
        let existing = vec![ds("1", "https://a.example", "active")];
        // An id renames the url; a stale id finds its data source by url and schema.
        let e = parsed(r#"{"dataSources": [{"id": "1", "url": "https://b.example"}]}"#);
        let p = plan(&e, &existing, false).unwrap();
        assert_eq!(p.changes[0].action, Action::Update);
        let e = parsed(r#"{"dataSources": [{"id": "9", "url": "https://a.example"}]}"#);
        let p = plan(&e, &existing, false).unwrap();
        assert_eq!(p.changes[0].action, Action::Unchanged);
        assert!(
            p.changes[0]
                .note
                .as_ref()
                .unwrap()
                .contains("id 9 not found")
        );
        // Two candidates and no id: ambiguous.
        let two = vec![
            ds("1", "https://a.example", "active"),
            ds("2", "https://a.example", "active"),
        ];
        let e = parsed(r#"{"dataSources": [{"url": "https://a.example"}]}"#);
        let message = plan(&e, &two, false).err().unwrap().to_string();
        assert!(
            message.contains("2 data sources have this url"),
            "{message}"
        );
    }

    #[test]
    fn export_round_trips_through_parse_as_unchanged() {
        let existing = vec![
            ds("2", "https://b.example", "disabled"),
            ds("1", "https://a.example", "active"),
        ];
        let (file, warnings) = export(&existing, false);
        assert!(warnings.is_empty());
        assert_eq!(file["dataSources"][0]["url"], "https://a.example");
        assert!(file["dataSources"][0].get("id").is_none());
        assert_eq!(file["dataSources"][1]["errorMessage"], "down");
        let entries = parsed(&file.to_string());
        let p = plan(&entries, &existing, true).unwrap();
        assert!(p.changes.iter().all(|c| c.action == Action::Unchanged));
        let (file, _) = export(&existing, true);
        assert_eq!(file["dataSources"][0]["id"], "1");
    }

    #[test]
    fn a_file_of_profiles_keeps_their_order_and_names_each_fault_by_profile() {
        let file = r#"{"profiles": {
            "zeta": {"dataSources": [{"url": "https://z.example"}]},
            "acme": {"dataSources": [{"url": "https://a.example"}, {"url": "https://b.example"}]},
            "empty": {"dataSources": []}}}"#;
        let s = sections(file);
        let names: Vec<&str> = s.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["zeta", "acme", "empty"], "file order, not sorted");
        assert_eq!(s[1].1[1].url(), "https://b.example");
        assert!(s[2].1.is_empty());
        // The same url in two organizations is no duplicate.
        sections(
            r#"{"profiles": {"a": {"dataSources": [{"url": "https://x.example"}]},
                "b": {"dataSources": [{"url": "https://x.example"}]}}}"#,
        );
        for (text, needle) in [
            (
                r#"{"profiles": {"acme": {"dataSources": [{"url": "https://a.example"}, {"url": "https://b.example", "nonce": "n"}]}}}"#,
                "f: profile acme: entry 2 (https://b.example): unknown field 'nonce'",
            ),
            (
                r#"{"profiles": {"a": {"dataSources": []}, "acme": {"dataSources": [{"url": "https://a.example"}, {"url": "https://a.example"}]}}}"#,
                "f: profile acme: entry 2 (https://a.example): duplicate of entry 1",
            ),
            (
                r#"{"profiles": {"acme": {"dataSources": [{"audience": "A"}]}}}"#,
                "f: profile acme: entry 1: url is required",
            ),
            (
                r#"{"profiles": {"acme": {"dataSources": [], "extra": 1}}}"#,
                "f: profile acme: unknown field 'extra'",
            ),
            (
                r#"{"profiles": {"acme": [{"url": "https://a.example"}]}}"#,
                "f: profile acme: expected {\"dataSources\": [...]}",
            ),
            (
                r#"{"profiles": {"acme": {}}}"#,
                "f: profile acme: expected {\"dataSources\": [...]}",
            ),
            (
                r#"{"profiles": {" ": {"dataSources": []}}}"#,
                "f: a profile with an empty name",
            ),
            (r#"{"profiles": {}}"#, "\"profiles\" is empty"),
            (
                r#"{"profiles": {"a": {"dataSources": [{"url": "https://a.example"}]}, "b": {"dataSources": []}, "a": {"dataSources": []}}}"#,
                "f: profile a has two sections",
            ),
            (
                r#"{"profiles": []}"#,
                "expected {\"dataSources\": [...]} or",
            ),
            (
                r#"{"profiles": {"a": {"dataSources": []}}, "dataSources": []}"#,
                "not both",
            ),
            (
                r#"{"profiles": {"a": {"dataSources": []}}, "x": 1}"#,
                "unknown top-level field 'x'",
            ),
        ] {
            let message = refused(text);
            assert!(message.contains(needle), "{text}: {message}");
        }
    }

    #[test]
    fn sections_are_chosen_by_profile_and_a_template_has_no_ids() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let file = r#"{"profiles": {"a": {"dataSources": [{"url": "https://a.example"}]},
            "b": {"dataSources": []}, "c": {"dataSources": []}}}"#;
        let desired = parse(file, "f").unwrap().0;
        assert_eq!(desired.profile_names(), ["a", "b", "c"]);
        let (chosen, skipped) = desired
            .clone()
            .for_profiles(&names(&["c", "a"]), "f")
            .unwrap();
        let order: Vec<&str> = chosen.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(order, ["c", "a"], "the selected order");
        assert_eq!(chosen[1].1[0].url(), "https://a.example");
        assert_eq!(skipped, ["b"]);
        let message = desired
            .for_profiles(&names(&["a", "d"]), "f")
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("f has no section for profile d: it describes profiles a, b, c"),
            "{message}"
        );

        // One organization's file is the same entries for each profile…
        let template = parse(r#"{"dataSources": [{"url": "https://t.example"}]}"#, "f")
            .unwrap()
            .0;
        let (chosen, skipped) = template.for_profiles(&names(&["a", "b"]), "f").unwrap();
        assert!(skipped.is_empty());
        assert_eq!(chosen.len(), 2);
        assert_eq!(chosen[0].1, chosen[1].1);
        // …so it may not name ids.
        let with_id = parse(
            r#"{"dataSources": [{"url": "https://t.example"}, {"id": "x1", "url": "https://u.example"}]}"#,
            "f",
        )
        .unwrap()
        .0;
        let message = with_id
            .for_profiles(&names(&["a"]), "f")
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("f: entry 2 (https://u.example): has an id"),
            "{message}"
        );
    }

    #[test]
    fn a_file_of_profiles_holds_each_export_as_its_section() {
        let (a, _) = export(&[ds("1", "https://a.example", "active")], false);
        let (b, _) = export(&[], false);
        let file = profiles_file(vec![("zeta".into(), a), ("acme".into(), b)]);
        let text = file.to_string();
        assert!(text.starts_with(r#"{"profiles":{"zeta":"#), "{text}");
        let s = sections(&text);
        assert_eq!(s[0].1[0].url(), "https://a.example");
        assert!(s[1].1.is_empty());
    }
}
