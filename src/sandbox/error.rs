//! The emulator's own error type: the command line maps it to exit codes, the emulator itself only
//! says what went wrong.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A bad option (a non-loopback address...): the caller's mistake.
    Usage(String),
    /// The environment refused (the port is taken, the state file is a symlink...).
    Setup(String),
    /// Something that should not happen (a key that does not load, a failed write).
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Setup(m) | Error::Internal(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}
