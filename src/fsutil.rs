//! Private files: atomic replace (temp file in the same directory, then rename) and sidecar locks.

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::paths::ensure_private_dir;

/// Writes `bytes` to `path` atomically with mode 0600, creating the parent directory 0700.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, 0o600, true)
}

/// Writes `bytes` to `path` atomically with mode 0644, for files another user must read (metrics
/// for node_exporter); missing parent directories are created 0755.
pub fn write_readable(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, 0o644, false)
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

fn write_atomic(path: &Path, bytes: &[u8], mode: u32, private_dir: bool) -> Result<()> {
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
    // NamedTempFile is created 0600, so nothing is readable before the mode is set; persist() is
    // an atomic rename over the old file.
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))
        .map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
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
