//! Every command-line type. The one source for `--help`, the man pages and the shell completions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "byods",
    version,
    about = "Manage Webex BYODS data sources, their JWS tokens and the Service App tokens behind them",
    long_about = "Manage Webex BYODS (Bring Your Own Data Source) data sources, keep their JWS tokens \
from expiring, and manage the Service App tokens behind them.\n\n\
Data goes to stdout, messages to stderr: a table on a terminal, JSON when piped. \
Try it with no account: `byods --sandbox ls` runs against a built-in emulator of the Webex API.",
    after_long_help = EXIT_CODES_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    success
  1    internal error
  2    usage error or bad input (nothing was sent)
  3    configuration error
  4    authentication or authorization failed (HTTP 401/403, no usable credential)
  5    not found (HTTP 404, unknown id)
  6    rejected by the API (any other 4xx)
  7    transient failure (timeout, connection, 429/5xx after retries)
  8    a check failed (jwt verify; extend got no newer token)
  130  interrupted

Environment:
  BYODS_BASE_URL    API base URL (default https://webexapis.com/v1)
  BYODS_TOKEN       bearer token to use as is (overrides the credential chain)
  BYODS_PROFILE     profile in the config file (default: the file's defaultProfile, else 'default')
  BYODS_OUTPUT      json, ndjson or table
  BYODS_TIMEOUT     HTTP timeout in seconds (default 30)
  BYODS_NO_INPUT    never prompt
  BYODS_CONFIG_DIR  config directory (config.json, credentials)
  BYODS_STATE_DIR   state directory (sandbox state, audit log, locks)
  BYODS_CACHE_DIR   cache directory (JWKS)
  BYODS_FORCE_TTY   1 renders as on a terminal (tables)
  NO_COLOR          disables colours
  HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY  proxies

Files:
  $BYODS_CONFIG_DIR/config.json   settings per profile (Linux default ~/.config/byods)
  $BYODS_STATE_DIR/sandbox.json   state of the --sandbox emulator (Linux default ~/.local/state/byods)
  $BYODS_STATE_DIR/audit.log      audit log of changes (byods log)";

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Configuration profile to use
    #[arg(long, global = true, env = "BYODS_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Webex API base URL [default: https://webexapis.com/v1]
    #[arg(long, global = true, env = "BYODS_BASE_URL", value_name = "URL")]
    pub base_url: Option<String>,

    /// Output format [default: table on a terminal, json otherwise]
    #[arg(
        short,
        long,
        global = true,
        value_enum,
        env = "BYODS_OUTPUT",
        value_name = "FORMAT"
    )]
    pub output: Option<OutputFormat>,

    /// Same as --output json
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,

    /// Filter JSON output with a jq program; strings are printed raw
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// Print no messages on stderr, only errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Trace HTTP requests on stderr (secrets redacted)
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Overall timeout for one HTTP request, in seconds [default: 30]
    #[arg(long, global = true, env = "BYODS_TIMEOUT", value_name = "SECONDS")]
    pub timeout: Option<u64>,

    /// When to use colours (NO_COLOR is respected)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Never prompt; fail with exit 2 where input would be needed
    #[arg(long, global = true, env = "BYODS_NO_INPUT")]
    pub no_input: bool,

    /// Run against a built-in Webex API emulator (state kept in the user's state dir)
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Read the bearer token from FILE ('-' for stdin) instead of the credential chain
    #[arg(long, global = true, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Json,
    Ndjson,
    Table,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List data sources
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Show one or more data sources with their decoded JWS claims
    Get(GetArgs),
    /// List data source schemas, or show one
    Schemas(SchemasArgs),
    /// Serve a local emulator of the Webex APIs byods uses
    Sandbox(SandboxArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Write man pages to a directory
    Man(ManArgs),
    /// Register a data source (or many, from a file)
    Register(RegisterArgs),
    /// Change a data source's configuration, status or nonce
    Update(UpdateArgs),
    /// Extend data source tokens: re-send the configuration with a new nonce
    Extend(ExtendArgs),
    /// Delete data sources
    Delete(DeleteArgs),
    /// Show the audit log of changes made with byods
    Log(LogArgs),
}

#[derive(Debug, Args)]
pub struct ListFilters {
    /// Only data sources with this status
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Only data sources with this schema id
    #[arg(long, value_name = "SCHEMA_ID")]
    pub schema: Option<String>,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    #[command(flatten)]
    pub filters: ListFilters,
    /// Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included
    #[arg(long, value_name = "DURATION")]
    pub expiring_within: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Status {
    Active,
    Disabled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Disabled => "disabled",
        }
    }
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Data source ids; '-' reads ids from stdin (lines, or NDJSON objects with "id")
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SchemasArgs {
    /// Show only this schema
    #[arg(value_name = "SCHEMA_ID")]
    pub id: Option<String>,
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Address to listen on (port 0 picks a free one)
    #[arg(long, default_value = "127.0.0.1:8765", value_name = "ADDR")]
    pub addr: String,
    /// State file [default: sandbox.json in the user's state dir]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Start from fresh demo data, discarding any saved state
    #[arg(long)]
    pub reset: bool,
    /// Worker threads serving requests
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub workers: usize,
    /// Added latency per request, in milliseconds
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency_ms: u64,
    /// Answer every Nth API request with 429 and Retry-After
    #[arg(long, value_name = "N")]
    pub rate_limit_every: Option<u64>,
    /// Retry-After seconds sent with 429
    #[arg(long, default_value_t = 1, value_name = "SECONDS")]
    pub retry_after: u64,
    /// Fraction of API requests answered with 503 (0.0-1.0)
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    pub error_rate: f64,
    /// Lifetime of issued access tokens, in seconds
    #[arg(long, value_name = "SECONDS")]
    pub access_token_lifetime: Option<u64>,
    /// Issue a new refresh token on every refresh
    #[arg(long)]
    pub rotate_refresh_tokens: bool,
    /// Paginate lists with Link headers at this page size
    #[arg(long, value_name = "N")]
    pub page_size: Option<usize>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate for
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Directory to write byods.1 and one page per subcommand into; prints byods.1 to stdout when absent
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

// ---------------------------------------------------------------------------------------------
// Changing data sources: register, update, extend, delete, log.
// ---------------------------------------------------------------------------------------------

/// Flags every command that changes data sources has.
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything
    #[arg(long)]
    pub dry_run: bool,
    /// Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)
    #[arg(long)]
    pub no_log: bool,
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Data source URL Webex sends data to: an absolute https:// URL (http:// is accepted with a warning)
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Schema id (see `byods schemas`) [default: 5397013b-7920-4ffc-807c-e8a3e0a18f43, Voice Virtual Agent]
    #[arg(long, value_name = "SCHEMA_ID")]
    pub schema: Option<String>,
    /// JWS audience (`aud`) [default: BYODS]
    #[arg(long, value_name = "TEXT")]
    pub audience: Option<String>,
    /// JWS subject (`sub`) [default: BYODS]
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Nonce [default: a fresh random UUID]
    #[arg(long, value_name = "TEXT")]
    pub nonce: Option<String>,
    /// JWS token lifetime in minutes, 1 to 1440 [default: 1440]
    #[arg(long, value_name = "MINUTES", value_parser = crate::mutation::parse_lifetime_arg)]
    pub lifetime: Option<u32>,
    /// Read bodies from FILE ('-' for stdin): a JSON object, an array of objects or NDJSON (one
    /// data source each); flags override the file's fields
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Print a body template for --from and exit
    #[arg(long, conflicts_with_all = ["from", "dry_run"])]
    pub skeleton: bool,
    /// Register even when a data source with the same url and schema exists
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Skip the confirmation after guided prompts
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Data source id
    #[arg(value_name = "ID")]
    pub id: String,
    /// New URL (absolute http(s))
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// New schema id
    #[arg(long, value_name = "SCHEMA_ID")]
    pub schema: Option<String>,
    /// New JWS audience
    #[arg(long, value_name = "TEXT")]
    pub audience: Option<String>,
    /// New JWS subject
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Nonce to send [default: a fresh random UUID, which makes Webex issue a new token]
    #[arg(long, value_name = "TEXT")]
    pub nonce: Option<String>,
    /// New token lifetime in minutes, 1 to 1440
    #[arg(long, value_name = "MINUTES", value_parser = crate::mutation::parse_lifetime_arg)]
    pub lifetime: Option<u32>,
    /// active or disabled; disabling requires --error-message, re-enabling clears it
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Why the data source is disabled
    #[arg(long, value_name = "TEXT")]
    pub error_message: Option<String>,
    /// JSON object from FILE ('-' for stdin) merged onto the current values; flags override it
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Do not ask for confirmation on a terminal
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct ExtendArgs {
    /// Data source ids; '-' reads ids from stdin (lines, NDJSON objects with "id", or a JSON array)
    #[arg(value_name = "ID", conflicts_with = "all")]
    pub ids: Vec<String>,
    /// Every data source (narrow with --status, --schema, --if-expiring-within)
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub filters: ListFilters,
    /// Only those whose token expires within DURATION (e.g. 6h, 1d); fresher ones are skipped
    #[arg(long, value_name = "DURATION")]
    pub if_expiring_within: Option<String>,
    /// New token lifetime in minutes, 1 to 1440 [default: each data source's current lifetime]
    #[arg(long, value_name = "MINUTES", value_parser = crate::mutation::parse_lifetime_arg)]
    pub lifetime: Option<u32>,
    /// Data sources extended at the same time, 1 to 32
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub parallel: u16,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Data source ids; '-' reads ids from stdin
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Delete without asking; required when not on a terminal
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only entries newer than DURATION (e.g. 1h, 7d)
    #[arg(long, value_name = "DURATION")]
    pub since: Option<String>,
    /// Only this operation
    #[arg(long, value_enum, value_name = "OP")]
    pub operation: Option<Operation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Operation {
    Register,
    Update,
    Extend,
    Delete,
}

impl Operation {
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Register => "register",
            Operation::Update => "update",
            Operation::Extend => "extend",
            Operation::Delete => "delete",
        }
    }
}
