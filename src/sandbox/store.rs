//! Where the state lives: in memory, or in a state file plus a write-ahead journal beside it.
//!
//! A write appends one JSON line to `<state>.journal` — the data sources it changed (by id, `null`
//! when deleted) and, when tokens, codes or keys changed, that small part of the state — and fsyncs
//! it, so its cost does not grow with the number of data sources and a kill -9 loses nothing that
//! was answered. Loading reads the state file and replays the journal; a line torn by a kill is
//! ignored (and cut off by the next write). The journal is folded into the state file when it
//! outgrows it, at start and when the sandbox stops. Several processes may share one state
//! file: writers hold the sidecar lock, and every process re-reads what others appended.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::datasources::DataSource;
use super::error::{Error, Result};
use super::state::{AuthCode, Credentials, DeviceCode, STATE_VERSION, State, Token};
use super::util::{now_unix, sidecar, write_private};

/// The journal is folded into the state file once it is larger than this or than the state file.
const COMPACT_AT: u64 = 1024 * 1024;

/// What one request changed.
#[derive(Debug, Default)]
pub struct Changes {
    /// Ids of data sources created, updated or deleted.
    pub data_sources: Vec<String>,
    /// Tokens, codes, credentials or the key rotation changed.
    pub rest: bool,
}

impl Changes {
    pub fn rest() -> Changes {
        Changes {
            rest: true,
            ..Changes::default()
        }
    }

    pub fn any(&self) -> bool {
        self.rest || !self.data_sources.is_empty()
    }
}

/// Everything but the data sources: small (tokens are pruned a day after they expire).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rest {
    rotated: bool,
    credentials: Credentials,
    tokens: Vec<Token>,
    codes: Vec<AuthCode>,
    device_codes: Vec<DeviceCode>,
}

/// One journal line.
#[derive(Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Entry {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    data_sources: Vec<(String, Option<DataSource>)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rest: Option<Rest>,
}

type Stamp = (SystemTime, u64, u64);

fn stamp_of(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len(), m.ino()))
}

pub struct Store {
    pub path: Option<PathBuf>,
    pub state: State,
    /// The state file as last read or written: another process's compaction changes it.
    snapshot: Option<Stamp>,
    /// Journal bytes already applied to `state`.
    applied: u64,
}

impl Store {
    pub fn in_memory(state: State) -> Store {
        Store {
            path: None,
            state,
            snapshot: None,
            applied: 0,
        }
    }

    /// Loads `path` and its journal (seeding when missing, unreadable or `reset`), then folds the
    /// journal in. The caller holds the file lock.
    pub fn open(
        path: PathBuf,
        reset: bool,
        seed: impl FnOnce() -> Result<State>,
        fix: impl FnOnce(&mut State),
    ) -> Result<Store> {
        let loaded = if reset { None } else { load(&path) };
        let (state, applied) = match loaded {
            Some(loaded) => loaded,
            None => (seed()?, 0),
        };
        let mut store = Store {
            path: Some(path),
            state,
            snapshot: None,
            applied,
        };
        store.state.ensure_admin_tokens(now_unix());
        fix(&mut store.state);
        store.compact()?;
        Ok(store)
    }

    fn journal_path(&self) -> Option<PathBuf> {
        self.path.as_deref().map(|p| sidecar(p, ".journal"))
    }

    /// Catches up with what other processes wrote: their journal lines, or all of it after their
    /// compaction. Cheap when nothing changed (two `stat`s).
    pub fn refresh(&mut self) {
        let (Some(path), Some(journal)) = (self.path.clone(), self.journal_path()) else {
            return;
        };
        let snapshot = stamp_of(&path);
        let journal_len = std::fs::metadata(&journal).map(|m| m.len()).unwrap_or(0);
        if snapshot.is_some() && snapshot != self.snapshot || journal_len < self.applied {
            if let Some((state, applied)) = load(&path) {
                self.state = state;
                self.applied = applied;
                self.snapshot = snapshot;
            }
        } else if journal_len > self.applied {
            self.applied += replay(&mut self.state, &journal, self.applied);
        }
    }

    /// Persists what a request changed: one appended, fsynced journal line.
    pub fn record(&mut self, changes: &Changes) -> Result<()> {
        let Some(journal) = self.journal_path() else {
            return Ok(());
        };
        let mut entry = Entry::default();
        for id in &changes.data_sources {
            let ds = self.state.data_sources.iter().find(|d| &d.id == id);
            entry.data_sources.push((id.clone(), ds.cloned()));
        }
        if changes.rest {
            entry.rest = Some(rest_of(&self.state));
        }
        let mut line = serde_json::to_vec(&entry)
            .map_err(|e| Error::Internal(format!("cannot encode a sandbox change: {e}")))?;
        line.push(b'\n');
        let fail = |e: std::io::Error| {
            Error::Internal(format!("cannot append to {}: {e}", journal.display()))
        };
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(&journal)
            .map_err(fail)?;
        // A line torn by a killed writer is never applied: cut it off before appending after it.
        if file.metadata().map_err(fail)?.len() > self.applied {
            file.set_len(self.applied).map_err(fail)?;
        }
        file.write_all(&line).map_err(fail)?;
        file.sync_data().map_err(fail)?;
        self.applied += line.len() as u64;
        let snapshot_len = self.snapshot.map_or(0, |s| s.1);
        if self.applied > COMPACT_AT.max(snapshot_len) {
            self.compact()?;
        }
        Ok(())
    }

    /// `compact` when the journal holds anything.
    pub fn fold_journal(&mut self) -> Result<()> {
        if self.applied > 0 {
            self.compact()?;
        }
        Ok(())
    }

    /// Writes the whole state to the state file, then empties the journal. A kill between the two
    /// only replays lines the state file already holds, which changes nothing.
    pub fn compact(&mut self) -> Result<()> {
        let (Some(path), Some(journal)) = (self.path.clone(), self.journal_path()) else {
            return Ok(());
        };
        let mut text = serde_json::to_vec_pretty(&self.state)
            .map_err(|e| Error::Internal(format!("cannot encode sandbox state: {e}")))?;
        text.push(b'\n');
        write_private(&path, &text)?;
        match OpenOptions::new().write(true).open(&journal) {
            Ok(file) => file
                .set_len(0)
                .and_then(|()| file.sync_data())
                .map_err(|e| Error::Internal(format!("cannot empty {}: {e}", journal.display())))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::Internal(format!(
                    "cannot open {}: {e}",
                    journal.display()
                )));
            }
        }
        self.snapshot = stamp_of(&path);
        self.applied = 0;
        Ok(())
    }
}

fn rest_of(state: &State) -> Rest {
    Rest {
        rotated: state.rotated,
        credentials: state.credentials.clone(),
        tokens: state.tokens.clone(),
        codes: state.codes.clone(),
        device_codes: state.device_codes.clone(),
    }
}

/// The state file with its journal applied, and how many journal bytes that was.
fn load(path: &Path) -> Option<(State, u64)> {
    let bytes = std::fs::read(path).ok()?;
    let mut state: State = serde_json::from_slice(&bytes).ok()?;
    if state.version != STATE_VERSION {
        return None;
    }
    let applied = replay(&mut state, &sidecar(path, ".journal"), 0);
    Some((state, applied))
}

/// Applies the complete journal lines from byte `from` on; returns the bytes consumed. A torn last
/// line is left for later; an unreadable complete line is skipped.
fn replay(state: &mut State, journal: &Path, from: u64) -> u64 {
    let Ok(mut file) = File::open(journal) else {
        return 0;
    };
    let mut bytes = Vec::new();
    if file.seek(SeekFrom::Start(from)).is_err() || file.read_to_end(&mut bytes).is_err() {
        return 0;
    }
    let complete = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    // Last value per id, and new ids in the order they appeared, so one pass rebuilds the list.
    let mut latest: HashMap<String, Option<DataSource>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for line in bytes[..complete].split(|b| *b == b'\n') {
        let Ok(entry) = serde_json::from_slice::<Entry>(line) else {
            continue;
        };
        for (id, ds) in entry.data_sources {
            if !latest.contains_key(&id) {
                order.push(id.clone());
            }
            latest.insert(id, ds);
        }
        if let Some(rest) = entry.rest {
            state.rotated = rest.rotated;
            state.credentials = rest.credentials;
            state.tokens = rest.tokens;
            state.codes = rest.codes;
            state.device_codes = rest.device_codes;
        }
    }
    if !latest.is_empty() {
        let mut kept = Vec::with_capacity(state.data_sources.len() + order.len());
        for ds in std::mem::take(&mut state.data_sources) {
            match latest.remove(&ds.id) {
                None => kept.push(ds),
                Some(Some(newer)) => kept.push(newer),
                Some(None) => {}
            }
        }
        kept.extend(
            order
                .into_iter()
                .filter_map(|id| latest.remove(&id).flatten()),
        );
        state.data_sources = kept;
    }
    complete as u64
}
