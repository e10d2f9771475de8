//! The one error type. It owns the exit-code contract documented in the README and man page.

use std::fmt;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum Error {
    /// A bug or an unexpected local failure (exit 1).
    Internal(String),
    /// Bad flags, arguments or input (exit 2). Raised before anything is sent.
    Usage(String),
    /// Missing or invalid configuration (exit 3).
    Config(String),
    /// No usable credential, or the API said 401/403 (exit 4).
    Auth(String),
    /// The thing asked for does not exist (exit 5).
    NotFound(String),
    /// An HTTP error answered by the API, with Webex's message and tracking id.
    Api(Box<ApiError>),
    /// Timeouts, connection failures, 429/5xx after retries (exit 7).
    Transient(String),
    /// A verification or monitoring check failed (exit 8).
    CheckFailed(String),
    /// Ctrl-C (exit 130).
    Interrupted,
    /// The command already reported what went wrong on stdout/stderr; only the exit code is left.
    Exit(u8),
}

/// An error response from the Webex API.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub method: String,
    pub url: String,
    pub message: String,
    pub descriptions: Vec<String>,
    pub tracking_id: Option<String>,
}

pub mod exit {
    pub const OK: u8 = 0;
    pub const INTERNAL: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const CONFIG: u8 = 3;
    pub const AUTH: u8 = 4;
    pub const NOT_FOUND: u8 = 5;
    pub const REJECTED: u8 = 6;
    pub const TRANSIENT: u8 = 7;
    pub const CHECK_FAILED: u8 = 8;
    pub const INTERRUPTED: u8 = 130;
}

impl ApiError {
    pub fn exit_code(&self) -> u8 {
        match self.status {
            401 | 403 => exit::AUTH,
            404 => exit::NOT_FOUND,
            408 | 423 | 429 | 500..=599 => exit::TRANSIENT,
            _ => exit::REJECTED,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} failed: HTTP {}",
            self.method, self.url, self.status
        )?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        for d in &self.descriptions {
            if d != &self.message {
                write!(f, "; {d}")?;
            }
        }
        match &self.tracking_id {
            Some(id) => write!(f, " (trackingId {id})"),
            None => write!(f, " (no trackingId in the response)"),
        }
    }
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Internal(_) => exit::INTERNAL,
            Error::Usage(_) => exit::USAGE,
            Error::Config(_) => exit::CONFIG,
            Error::Auth(_) => exit::AUTH,
            Error::NotFound(_) => exit::NOT_FOUND,
            Error::Api(e) => e.exit_code(),
            Error::Transient(_) => exit::TRANSIENT,
            Error::CheckFailed(_) => exit::CHECK_FAILED,
            Error::Interrupted => exit::INTERRUPTED,
            Error::Exit(code) => *code,
        }
    }

    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }

    pub fn internal(msg: impl Into<String>) -> Self {
        Error::Internal(msg.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Internal(m)
            | Error::Usage(m)
            | Error::Config(m)
            | Error::Auth(m)
            | Error::NotFound(m)
            | Error::Transient(m)
            | Error::CheckFailed(m) => f.write_str(m),
            Error::Api(e) => e.fmt(f),
            Error::Interrupted => f.write_str("interrupted"),
            Error::Exit(code) => write!(f, "exit status {code}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::Interrupted {
            Error::Interrupted
        } else {
            Error::Internal(format!("I/O error: {e}"))
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Internal(format!("JSON error: {e}"))
    }
}
