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
    /// The command already reported what went wrong on stdout/stderr; only the status is left.
    Exit(ExitStatus),
    /// The reader of stdout went away (`byods ls | head -1`): not a failure, the run just ends.
    ClosedStdout,
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
    /// The OAuth `error` code (RFC 6749 §5.2: `slow_down`, `invalid_grant`...), kept apart because
    /// Webex puts its own words in `message`.
    pub oauth_error: Option<String>,
}

/// How a run ends. The contract documented in the README and man page; `code` is the one place
/// a status becomes a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success,
    Internal,
    Usage,
    Config,
    Auth,
    NotFound,
    /// Any other 4xx from the API.
    Rejected,
    Transient,
    CheckFailed,
    /// Ctrl-C, or a prompt declined or left at end of input: nothing was sent.
    Cancelled,
    /// `byods check` follows the monitoring-plugin convention instead: 1 WARNING, 2 CRITICAL,
    /// 3 UNKNOWN.
    PluginWarning,
    PluginCritical,
    PluginUnknown,
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Internal => 1,
            ExitStatus::Usage => 2,
            ExitStatus::Config => 3,
            ExitStatus::Auth => 4,
            ExitStatus::NotFound => 5,
            ExitStatus::Rejected => 6,
            ExitStatus::Transient => 7,
            ExitStatus::CheckFailed => 8,
            ExitStatus::Cancelled => 130,
            ExitStatus::PluginWarning => 1,
            ExitStatus::PluginCritical => 2,
            ExitStatus::PluginUnknown => 3,
        }
    }
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> Self {
        std::process::ExitCode::from(status.code())
    }
}

impl ApiError {
    /// True when the answer's OAuth `error` code (or, from a server that sends no code, its
    /// message) is `code`.
    pub fn has_oauth_error(&self, code: &str) -> bool {
        match &self.oauth_error {
            Some(c) => c == code,
            None => self.message.contains(code),
        }
    }

    pub fn exit_status(&self) -> ExitStatus {
        match self.status {
            401 | 403 => ExitStatus::Auth,
            404 => ExitStatus::NotFound,
            408 | 423 | 429 | 500..=599 => ExitStatus::Transient,
            _ => ExitStatus::Rejected,
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
        // Webex often repeats its message in the description ("… not found" twice): once is enough.
        let same = |a: &str, b: &str| loosely(a) == loosely(b);
        for (i, d) in self.descriptions.iter().enumerate() {
            let repeated =
                same(d, &self.message) || self.descriptions[..i].iter().any(|e| same(e, d));
            if !repeated {
                write!(f, "; {d}")?;
            }
        }
        match &self.tracking_id {
            Some(id) => write!(f, " (trackingId {id})"),
            None => write!(f, " (no trackingId in the response)"),
        }
    }
}

/// Text compared without case, quotes or a final full stop.
fn loosely(text: &str) -> String {
    text.trim()
        .trim_end_matches('.')
        .chars()
        .filter(|c| !matches!(c, '\'' | '"'))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Error {
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Error::Internal(_) => ExitStatus::Internal,
            Error::Usage(_) => ExitStatus::Usage,
            Error::Config(_) => ExitStatus::Config,
            Error::Auth(_) => ExitStatus::Auth,
            Error::NotFound(_) => ExitStatus::NotFound,
            Error::Api(e) => e.exit_status(),
            Error::Transient(_) => ExitStatus::Transient,
            Error::CheckFailed(_) => ExitStatus::CheckFailed,
            Error::Interrupted => ExitStatus::Cancelled,
            Error::Exit(status) => *status,
            Error::ClosedStdout => ExitStatus::Success,
        }
    }

    /// Whether the message was already shown (or there is none to show).
    pub fn already_reported(&self) -> bool {
        matches!(self, Error::Exit(_) | Error::ClosedStdout)
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
            Error::Exit(status) => write!(f, "exit status {}", status.code()),
            Error::ClosedStdout => f.write_str("stdout was closed"),
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
