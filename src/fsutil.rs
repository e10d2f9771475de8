//! Private files: atomic replace (temp file in the same directory, then rename) and sidecar locks.

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::paths::ensure_private_dir;

/// Writes `bytes` to `path` atomically with mode 0600, creating the parent directory 0700.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, 0o600, true, true)
}

/// `write_private` for a cache: replaced atomically but not synced to disk, since a cache lost
/// in a crash is only built again (the sync cost `ls` more than its own work on a busy disk).
pub fn write_cache(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, 0o600, true, false)
}

/// Overwrites `path` in place (mode 0600 when created), for a small file that only the holder of
/// its lock reads or writes, and whose loss costs nothing but a hint: no temp file, rename, sync
/// or directory scan, which at one file per data source made a bulk run's cost grow with the
/// number of data sources. A write torn by a kill reads back as invalid, and the reader ignores it.
pub fn overwrite_locked(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let fail = |e: std::io::Error| Error::Internal(format!("cannot write {}: {e}", path.display()));
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(fail)?;
    file.write_all(bytes).map_err(fail)
}

/// Writes `bytes` to `path` atomically with mode 0644, for files another user must read (metrics
/// for node_exporter); missing parent directories are created 0755.
pub fn write_readable(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, 0o644, false, true)
}

/// Creates `dir` and any missing parents with mode 0755 (whatever the umask), so another user can
/// reach a file inside.
fn create_readable_dirs(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_readable_dirs(parent)?;
    }
    let fail = |e: std::io::Error| Error::Internal(format!("cannot create {}: {e}", dir.display()));
    match std::fs::create_dir(dir) {
        Ok(()) => {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).map_err(fail)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(fail(e)),
    }
}

fn write_atomic(
    path: &Path,
    bytes: &[u8],
    mode: u32,
    private_dir: bool,
    durable: bool,
) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if private_dir {
        ensure_private_dir(dir)?;
    } else {
        create_readable_dirs(dir)?;
    }
    let fail = |e: std::io::Error| Error::Internal(format!("cannot write {}: {e}", path.display()));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_orphaned_temp_files(dir, &name);
    // NamedTempFile is created 0600, so nothing is readable before the mode is set; persist() is
    // an atomic rename over the old file. The name carries the target and our pid, so a copy left
    // by a killed run is recognised and removed by the next write (remove_orphaned_temp_files).
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.{}.", std::process::id()))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    if durable {
        tmp.as_file().sync_all().map_err(fail)?;
    }
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))
        .map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

const TEMP_SUFFIX: &str = ".byods-tmp";

/// Removes `.<name>.<pid>.XXXXXX.byods-tmp` files in `dir` whose writer process no longer runs
/// (killed mid-write: they may hold a copy of every secret). Files of live processes are left
/// alone, so concurrent writers are never disturbed. Best effort: failures are ignored.
fn remove_orphaned_temp_files(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let Some(pid) = file_name
            .strip_prefix(&prefix)
            .filter(|rest| rest.ends_with(TEMP_SUFFIX))
            .and_then(|rest| rest.split('.').next())
            .and_then(|pid| pid.parse::<i32>().ok())
        else {
            continue;
        };
        if !process_alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether process `pid` exists (signal 0 checks without sending anything).
#[allow(unsafe_code)] // kill(2) with signal 0: std cannot ask whether a pid exists
fn process_alive(pid: i32) -> bool {
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill(2) with signal 0 only checks that the process exists; no memory is involved.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Reads one of byods' own files, refusing one larger than `limit` (a damaged or hostile file must
/// not fill memory). A file that is too large reads as an `InvalidData` error.
pub fn read_capped(path: &Path, limit: u64) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("larger than the {} limit", crate::limits::size_text(limit)),
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// An exclusive advisory lock on `<path>.lock`, held until dropped. The data file itself is not
/// locked because an atomic rename replaces it.
pub struct FileLock {
    file: File,
}

impl FileLock {
    /// Waits until the lock is free.
    pub fn acquire(path: &Path) -> Result<FileLock> {
        let (file, lock_path) = open_lock_file(path)?;
        file.lock()
            .map_err(|e| Error::Internal(format!("cannot lock {}: {e}", lock_path.display())))?;
        Ok(FileLock { file })
    }

    /// Like `acquire` but returns `None` at once when another process holds the lock.
    pub fn try_acquire(path: &Path) -> Result<Option<FileLock>> {
        let (file, lock_path) = open_lock_file(path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(FileLock { file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(Error::Internal(format!(
                "cannot lock {}: {e}",
                lock_path.display()
            ))),
        }
    }
}

fn open_lock_file(path: &Path) -> Result<(File, PathBuf)> {
    let lock_path = lock_path(path);
    if let Some(dir) = lock_path.parent() {
        ensure_private_dir(dir)?;
    }
    // Opening follows symlinks and the mode is then set on the target: never lock through one.
    if lock_path
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        return Err(Error::Config(format!(
            "refusing to use {}: it is a symbolic link",
            lock_path.display()
        )));
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| Error::Internal(format!("cannot open lock {}: {e}", lock_path.display())))?;
    let _ = file.set_permissions(std::fs::Permissions::from_mode(0o600));
    Ok((file, lock_path))
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

impl FileLock {
    /// Like `acquire` but gives up after `wait` (`None`); a zero `wait` tries once. Polls rather
    /// than blocks so a hung holder cannot hang a scheduled run forever.
    pub fn acquire_within(path: &Path, wait: std::time::Duration) -> Result<Option<FileLock>> {
        let deadline = std::time::Instant::now() + wait;
        loop {
            if let Some(lock) = FileLock::try_acquire(path)? {
                return Ok(Some(lock));
            }
            let now = std::time::Instant::now();
            if now >= deadline {
                return Ok(None);
            }
            std::thread::sleep((deadline - now).min(std::time::Duration::from_millis(25)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_files_of_dead_writers_are_removed_by_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("credentials.json");
        // pid 0x7fff_fff0 does not exist; our own pid does (a concurrent writer in this process).
        let orphan = dir
            .path()
            .join(".credentials.json.2147483632.AbC123.byods-tmp");
        let live = dir.path().join(format!(
            ".credentials.json.{}.XyZ789.byods-tmp",
            std::process::id()
        ));
        let other = dir.path().join(".config.json.2147483632.AbC123.byods-tmp");
        for f in [&orphan, &live, &other] {
            std::fs::write(f, "secret").unwrap();
        }
        write_private(&target, b"{}").unwrap();
        assert!(!orphan.exists());
        assert!(live.exists() && other.exists());
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 3, "{names:?}");
    }

    #[test]
    fn capped_reads_refuse_large_files() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("big");
        std::fs::write(&f, vec![b'a'; 101]).unwrap();
        assert!(read_capped(&f, 101).is_ok());
        let e = read_capped(&f, 100).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidData);
    }
}
