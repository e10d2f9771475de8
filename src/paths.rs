//! Where byods keeps its files. Each directory can be overridden by an environment variable so tests
//! (and containers) can isolate it.

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::error::{Error, Result};

fn project() -> Result<ProjectDirs> {
    ProjectDirs::from("com", "byods", "byods").ok_or_else(|| {
        Error::Config("cannot determine the home directory; set BYODS_CONFIG_DIR".into())
    })
}

fn from_env(var: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Inside AWS Lambda only /tmp is writable and HOME is unset: state and cache default there, and
/// the config file to the function's own directory (a config.json may ship in the zip).
fn lambda_default(sub: &str) -> Option<PathBuf> {
    std::env::var_os("AWS_LAMBDA_FUNCTION_NAME")?;
    Some(match sub {
        "config" => from_env("LAMBDA_TASK_ROOT")?,
        _ => PathBuf::from("/tmp/byods").join(sub),
    })
}

/// Config file and credential store (`BYODS_CONFIG_DIR`).
pub fn config_dir() -> Result<PathBuf> {
    match from_env("BYODS_CONFIG_DIR").or_else(|| lambda_default("config")) {
        Some(p) => Ok(p),
        None => Ok(project()?.config_dir().to_path_buf()),
    }
}

/// Sandbox state, audit log, locks (`BYODS_STATE_DIR`).
pub fn state_dir() -> Result<PathBuf> {
    match from_env("BYODS_STATE_DIR").or_else(|| lambda_default("state")) {
        Some(p) => Ok(p),
        None => {
            let p = project()?;
            Ok(p.state_dir()
                .unwrap_or_else(|| p.data_local_dir())
                .to_path_buf())
        }
    }
}

/// JWKS cache (`BYODS_CACHE_DIR`).
pub fn cache_dir() -> Result<PathBuf> {
    match from_env("BYODS_CACHE_DIR").or_else(|| lambda_default("cache")) {
        Some(p) => Ok(p),
        None => Ok(project()?.cache_dir().to_path_buf()),
    }
}

/// Creates `dir` (and parents) with mode 0700 where it does not exist yet.
pub fn ensure_private_dir(dir: &std::path::Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::Config(format!("cannot create {}: {e}", dir.display())))
}
