//! Every command-line type. The one source for `--help`, the man pages and the shell completions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::ui::{ColorChoice, OutputFormat};

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
  4    authentication or authorization failed (HTTP 401/403, no usable credential; auth/token status
       with nothing configured)
  5    not found (HTTP 404, unknown id)
  6    rejected by the API (any other 4xx)
  7    transient failure (timeout, connection, 429/5xx after retries)
  8    a check failed (jwt verify: at least one check did not pass; extend: no new token
       valid for its lifetime)
  130  interrupted

Environment:
  BYODS_BASE_URL    API base URL (default https://webexapis.com/v1)
  BYODS_TOKEN       bearer token to use as is (overrides the credential chain)
  BYODS_STORE       credential store URI: file:[PATH], env:[PREFIX], exec:COMMAND, aws-sm:SECRET
  BYODS_PROFILE     profile in the config file (default: the file's defaultProfile, else 'default')
  BYODS_OUTPUT      json, ndjson, table or wide
  BYODS_TIMEOUT     HTTP timeout in seconds (default 30)
  BYODS_NO_INPUT    1 never prompts (booleans: 1/0, true/false, yes/no, on/off)
  BYODS_CONFIG_DIR  config directory (config.json, credentials)
  BYODS_STATE_DIR   state directory (sandbox state, audit log, locks)
  BYODS_CACHE_DIR   cache directory (JWKS)
  BYODS_FORCE_TTY   1 renders as on a terminal (tables)
  BYODS_HELPER_TIMEOUT  seconds an exec: credential helper may run (default 30)
  COLUMNS           width tables are fitted to (default: the terminal's)
  NO_COLOR          disables colours
  BYODS_<SETTING>   any profile setting, e.g. BYODS_CLIENT_ID, BYODS_TARGET_ORG_ID, BYODS_APP_ID,
                    BYODS_OAUTH_CLIENT_ID (wins over the config file; no config file needed)
  AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
  AWS_ENDPOINT_URL_SECRETS_MANAGER  the aws-sm: store (see `byods lambda --help`)
  HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY  proxies
  SSL_CERT_FILE, SSL_CERT_DIR  trusted CAs (PEM) instead of the platform store, e.g. a company CA;
                    verification cannot be turned off
  AWS_LAMBDA_RUNTIME_API  set by AWS Lambda: the binary runs `byods lambda` when started with no
                    arguments (see `byods lambda --help`)

Files:
  $BYODS_CONFIG_DIR/config.json   settings per profile (Linux default ~/.config/byods)
  $BYODS_CONFIG_DIR/credentials.json  the file: credential store (secrets, tokens)
  $BYODS_STATE_DIR/sandbox.json   state of the --sandbox emulator
                                  (Linux default ~/.local/state/byods)
  $BYODS_STATE_DIR/audit.log      audit log of changes (byods log)
  $BYODS_CACHE_DIR/jwks/          key sets cached by jwt verify (Linux default ~/.cache/byods)";

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
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

    /// Tables without their header line (for scripts reading columns)
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// Same as --output json (and wins over BYODS_OUTPUT)
    #[arg(long, global = true)]
    pub json: bool,

    /// Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included;
    /// with -o ndjson it runs on each line
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
    #[arg(long, global = true, env = "BYODS_NO_INPUT", value_parser = clap::builder::BoolishValueParser::new())]
    pub no_input: bool,

    /// Run against a built-in Webex API emulator (state kept in the user's state dir)
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Read the bearer token from FILE ('-' for stdin) instead of the credential chain
    #[arg(long, global = true, value_name = "FILE")]
    pub token_file: Option<PathBuf>,

    /// Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)
    #[arg(long, global = true, env = "BYODS_STORE", value_name = "URI")]
    pub store: Option<String>,
}

impl GlobalArgs {
    /// How the run prints: the terminal layer's settings.
    pub fn ui_settings(&self) -> crate::ui::UiSettings {
        crate::ui::UiSettings {
            // --json is the more specific request: it wins over -o and BYODS_OUTPUT.
            format: self.json.then_some(OutputFormat::Json).or(self.output),
            jq: self.jq.clone(),
            color: self.color,
            quiet: self.quiet,
            verbose: self.verbose,
            no_input: self.no_input,
            no_headers: self.no_headers,
        }
    }
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
    /// Register a data source (or many, from a file)
    Register(RegisterArgs),
    /// Change a data source's configuration, status or nonce
    Update(UpdateArgs),
    /// Extend data source tokens: re-send the configuration with a new nonce
    #[command(long_about = EXTEND_LONG_HELP)]
    Extend(ExtendArgs),
    /// Delete data sources
    Delete(DeleteArgs),
    /// Show the audit log of changes made with byods
    Log(LogArgs),
    /// Write the desired-state file of the profile's data sources (for `byods apply`)
    #[command(after_long_help = EXPORT_HELP)]
    Export(ExportArgs),
    /// Make the data sources match a desired-state file: plan, confirm, then create, update (and with --prune delete)
    #[command(after_long_help = APPLY_HELP)]
    Apply(ApplyArgs),
    /// Monitoring plugin: every data source's token expiry and status (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)
    #[command(after_long_help = CHECK_EXIT_HELP)]
    Check(CheckArgs),
    /// Decode or verify a data source JWS token
    Jwt(JwtArgs),
    /// Print, refresh or inspect the Service App access token
    #[command(after_long_help = crate::auth::EXEC_PROTOCOL)]
    Token(TokenArgs),
    /// Log the token manager in (OAuth with PKCE, or a personal access token), show or forget it
    Auth(AuthArgs),
    /// Read and change settings, import the original tool's token-config.json
    #[command(after_long_help = crate::auth::EXEC_PROTOCOL)]
    Config(ConfigArgs),
    /// Serve a local emulator of the Webex APIs byods uses
    Sandbox(SandboxArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Write man pages to a directory
    Man(ManArgs),
    /// Check configuration, credentials, clock, key set, TLS and data source URLs, with fixes
    #[command(after_long_help = crate::commands::DOCTOR_LIMITS)]
    Doctor(DoctorArgs),
    /// Run as an AWS Lambda custom runtime: each invocation runs the keepalive
    #[command(after_long_help = crate::commands::LAMBDA_HELP)]
    Lambda,
    /// Guided loop for a person at a terminal: list, view, update, register, extend, delete
    #[command(long_about = MENU_HELP)]
    Menu,
}

pub const MENU_HELP: &str = "\
The original tool's interactive menu, on byods' own commands: the data source list (status, \
audience, schema, expiry), then view one, update it field by field (current values as defaults), \
register a new one (guided, with a new nonce), quick extend a token (lifetime prompt, the data \
source's own by default), delete with confirmation, refresh, quit. Each action runs the \
scriptable command (get, update, register, extend, delete), with its checks, confirmation, \
audit log entry and output.

Keys: arrows or j/k move, Enter chooses, Esc or q goes back (quits at the top), Ctrl-C leaves at \
once (exit 130). Needs a terminal on stdin and stdout: otherwise, or with --no-input, it exits 2 \
and sends nothing. `byods` with no arguments prints help; the menu is only ever this command.";

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Region whose identity broker key set is checked (us, eu, ca, us-b, integration, ...)
    #[arg(long, value_name = "REGION", default_value = "us")]
    pub region: String,
}

#[derive(Debug, Args)]
pub struct ListFilters {
    /// Only data sources with this status
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC,
    /// AudioForking)
    #[arg(long, value_name = "SCHEMA")]
    pub schema: Option<String>,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    #[command(flatten)]
    pub filters: ListFilters,
    #[command(flatten)]
    pub profiles: ProfileSelection,
    /// Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included
    #[arg(long, value_name = "DURATION", value_parser = crate::ui::timefmt::parse_duration)]
    pub expiring_within: Option<i64>,
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
    /// Data sources fetched at the same time, 1 to 32 (results keep the order of the ids)
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub parallel: u16,
}

#[derive(Debug, Args)]
pub struct SchemasArgs {
    /// Show only this schema
    #[arg(value_name = "SCHEMA_ID")]
    pub id: Option<String>,
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Loopback address to listen on (port 0 picks a free one); other addresses are refused
    #[arg(long, default_value = "127.0.0.1:8765", value_name = "ADDR")]
    pub addr: String,
    /// State file [default: sandbox.json in the user's state dir]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Start from fresh demo data, discarding any saved state
    #[arg(long)]
    pub reset: bool,
    /// Requests handled at once; more wait their turn (open idle connections do not count)
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub workers: usize,
    /// Added latency per request, in milliseconds: half before it is handled, half after
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
    /// Lifetime of issued refresh tokens, in seconds
    #[arg(long, value_name = "SECONDS")]
    pub refresh_token_lifetime: Option<u64>,
    /// Issue a new refresh token on every refresh
    #[arg(long)]
    pub rotate_refresh_tokens: bool,
    /// Paginate lists with Link headers at this page size
    #[arg(long, value_name = "N")]
    pub page_size: Option<usize>,
    /// Answer in the official spec's example shapes: sparse list items with unknown keys, PUT answers without jwsToken
    #[arg(long)]
    pub spec_shapes: bool,
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

// ---- JWS verification and monitoring: `byods jwt`, `byods check` ----

#[derive(Debug, Args)]
pub struct JwtArgs {
    #[command(subcommand)]
    pub command: JwtCommand,
}

#[derive(Debug, Subcommand)]
pub enum JwtCommand {
    /// Show a JWS's header and claims WITHOUT verifying its signature
    Decode(JwtDecodeArgs),
    /// Verify a data source JWS: RS256 signature against the issuer's keys, issuer, expiry, expected claims
    #[command(after_long_help = VERIFY_EXIT_HELP)]
    Verify(Box<JwtVerifyArgs>),
}

pub const VERIFY_EXIT_HELP: &str = "\
Exit codes:
  0  every check passed
  2  the token is malformed, or a flag is invalid (nothing was fetched)
  7  the key set could not be fetched and none is cached
  8  at least one check failed (the report is printed first)";

#[derive(Debug, Args)]
pub struct JwtDecodeArgs {
    /// The JWS (a 'Bearer ' or 'Authorization: Bearer ' prefix is accepted); '-' or nothing reads stdin
    #[arg(value_name = "TOKEN|-")]
    pub token: Option<String>,
}

#[derive(Debug, Args)]
pub struct JwtVerifyArgs {
    /// The JWS (a 'Bearer ' or 'Authorization: Bearer ' prefix is accepted); '-' or nothing reads stdin
    #[arg(value_name = "TOKEN|-")]
    pub token: Option<String>,
    /// Trust only the Webex issuers of these regions (repeatable or comma-separated: us, eu, ca, us-b, integration, integration-eu, all) [default: all]
    #[arg(long, value_name = "REGION", value_delimiter = ',')]
    pub region: Vec<String>,
    /// Also trust this issuer (exact `iss` value; https://, or http:// on localhost); repeatable
    #[arg(long, value_name = "URL")]
    pub issuer: Vec<String>,
    /// Verify with this key set instead of {iss}/oauth2/v2/keys/verificationjwk: a JWKS file (offline), or a URL fetched only when the issuer is trusted
    #[arg(long, value_name = "FILE|URL")]
    pub jwks: Option<String>,
    /// How long a fetched key set is reused from the cache
    #[arg(long, value_name = "DURATION", default_value = "1h", value_parser = crate::ui::timefmt::parse_duration)]
    pub jwks_ttl: i64,
    /// Neither read nor write the key set cache: fetch the keys for this run only
    #[arg(long)]
    pub no_cache: bool,
    /// Oldest cached key set used when the key server cannot be reached (then exit 7)
    #[arg(long, value_name = "DURATION", default_value = "7d", value_parser = crate::ui::timefmt::parse_duration)]
    pub jwks_max_stale: i64,
    /// Clock skew tolerated for exp, iat and nbf (at most 1d)
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = crate::ui::timefmt::parse_duration)]
    pub leeway: i64,
    /// Expected audience (aud)
    #[arg(long, value_name = "AUDIENCE")]
    pub aud: Option<String>,
    /// Expected subject (sub)
    #[arg(long, value_name = "SUBJECT")]
    pub sub: Option<String>,
    /// Expected data source URL (com.cisco.datasource.url), compared character by character as Webex does
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Expected schema id (com.cisco.datasource.schema.uuid)
    #[arg(long, value_name = "SCHEMA_ID")]
    pub schema: Option<String>,
    /// Expected organization id (com.cisco.org.uuid)
    #[arg(long, value_name = "ORG_ID")]
    pub org: Option<String>,
    /// Expect the audience, subject, url, schema and org of this registered data source (GET through the API); explicit flags override
    #[arg(long, value_name = "ID")]
    pub data_source: Option<String>,
}

pub const EXTEND_LONG_HELP: &str = "\
Extend data source tokens: re-send each data source's configuration with a new nonce, so Webex issues \
a new JWS.\n\n\
Success: Webex accepted the PUT and the data source now holds a different JWS whose exp is at least \
request start + lifetime - 60 s (exp has one-second resolution, and the 60 s allow for clock skew, as \
jwt verify's default --leeway). So two extends within the same second both succeed. When the PUT's \
answer carries no jwsToken, the data source is read back once and that is judged. Anything else is a \
failed item (exit 8).\n\n\
Overlapping runs: each data source is extended under a lock shared by every byods process on this \
machine (waiting up to --lock-wait for it), and decided from its state read again under the lock: if \
another run extended it since this run started, it is skipped with reason \"extended by another run\" \
(with or without --if-expiring-within), so it gets one PUT whoever runs first. A listing entry \
without an id is a failed item; the run goes on.";

pub const CHECK_EXIT_HELP: &str = "\
Exit codes (this command's own contract, the monitoring-plugin convention):
  0  OK        every data source is active and its token outlives --warn-before
  1  WARNING   a token expires within --warn-before, a data source is disabled, or an
               expiry (or, for a share, the lifetime) is unknown
  2  CRITICAL  a token expires within --crit-before, or has expired
  3  UNKNOWN   the check itself failed (API unreachable, authentication, bad flag value)
A malformed command line (unknown flag) is rejected by the parser with exit 2 before the
check runs.

Thresholds: a share of each token's own lifetime (exp - iat of its JWS, else
tokenLifetimeMinutes), e.g. 20%, or a duration before expiry, e.g. 6h; the two may be
mixed. The default, 20% and 10%, keeps a token that a keepalive just renewed OK whatever
its lifetime (an absolute 1h would call every token of 1h or less CRITICAL), and stays
quiet while `extend --if-expiring-within 6h` every 30 minutes lets a 24h token fall to
about 5.5h (23%) before renewing it.

Output, on a terminal and when piped: 'BYODS <STATE> - <summary> | <perfdata>', then one
line per data source with its expiry and lifetime. -o json, -o ndjson and -o table give the
report as data instead.";

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub filters: ListFilters,
    #[command(flatten)]
    pub profiles: ProfileSelection,
    /// WARNING when a token has less than this share of its own lifetime left (e.g. 20%), or expires
    /// within DURATION (e.g. 6h)
    #[arg(long, value_name = "PERCENT|DURATION", default_value = "20%")]
    pub warn_before: String,
    /// CRITICAL when a token has less than this share of its own lifetime left (e.g. 10%), or expires
    /// within DURATION (e.g. 1h); an expired token is always CRITICAL
    #[arg(long, value_name = "PERCENT|DURATION", default_value = "10%")]
    pub crit_before: String,
    /// Leave disabled data sources out instead of reporting them as WARNING
    #[arg(long)]
    pub ignore_disabled: bool,
    /// Also write Prometheus textfile-collector metrics to FILE (atomically, mode 0644), even when the check fails
    #[arg(long, value_name = "FILE")]
    pub prometheus: Option<PathBuf>,
}

// ---------------------------------------------------------------------------------------------
// Credentials and tokens: `auth`, `token`, `config`.
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Args)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)
    #[command(
        long_about = "Authorize the token-manager integration in a browser: the OAuth \
authorization code flow with PKCE (S256) and a random state checked on return. byods listens on \
http://localhost:PORT/callback (PORT from --port, the profile's redirectPort, else 3000: register \
that redirect URI on the integration), opens the browser (or prints the URL with --no-browser), \
exchanges the code and stores the integration's access and refresh tokens. Needs the profile's \
oauthClientId and oauthClientSecret (`byods config set oauthClientId ID`, \
`byods config set oauthClientSecret -`).\n\n\
With --with-token, reads a developer personal access token from stdin instead."
    )]
    Login(LoginArgs),
    /// Show the stored token-manager credential (fingerprints and expiries, never values); exits 4 when none is stored
    Status,
    /// Print the Service App access token (same as `byods token print`)
    Token,
    /// Forget the stored tokens (the token-manager credential and the service app tokens)
    Logout(LogoutArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read a personal access token from stdin instead of the browser flow
    #[arg(long, conflicts_with_all = ["no_browser", "port", "device"])]
    pub with_token: bool,
    /// Device grant: show a code to enter on another device's browser and wait for approval (no
    /// loopback listener, for machines without a browser)
    #[arg(long, conflicts_with = "port")]
    pub device: bool,
    /// Print the authorization URL instead of opening a browser
    #[arg(long)]
    pub no_browser: bool,
    /// Loopback port of the redirect URI http://localhost:PORT/callback (0 picks a free one) [default: the profile's redirectPort, else 3000]
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Seconds to wait for the browser to come back
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    pub wait: u64,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Also forget the client secrets: the profile's store is emptied
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(subcommand)]
    pub command: TokenCommand,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")
    Print,
    /// Get a fresh Service App access token now, even if the stored one is still valid
    Refresh,
    /// Show each layer of the credential chain: present, expiry, fingerprint (never the value); exits 4 when no layer is present
    Status,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take '-' and are read from stdin into the store
    Set(ConfigSetArgs),
    /// Print one setting (secrets as a fingerprint)
    Get(ConfigKeyArgs),
    /// Remove a setting or stored secret from the profile
    Unset(ConfigKeyArgs),
    /// List the profile's settings and which secrets are stored (as fingerprints)
    List,
    /// Print the config file and credential store locations
    Path,
    /// List the profiles in the config file, marking the default and the active one
    Profiles,
    /// Import the original tool's token-config.json (FILE, or '-' for stdin) into the profile and its store
    Import(ConfigImportArgs),
}

#[derive(Debug, Args)]
pub struct ConfigSetArgs {
    /// Setting name (baseUrl, timeout, clientId, appId, targetOrgId, oauthClientId, redirectPort, store, or a secret), or defaultProfile (the file's default profile, not a profile setting)
    #[arg(value_name = "KEY")]
    pub key: String,
    /// The value; must be '-' for a secret (read from stdin, never from the command line)
    #[arg(value_name = "VALUE")]
    pub value: String,
}

#[derive(Debug, Args)]
pub struct ConfigKeyArgs {
    /// Setting name
    #[arg(value_name = "KEY")]
    pub key: String,
}

#[derive(Debug, Args)]
pub struct ConfigImportArgs {
    /// token-config.json of the original tool ('-' reads stdin); `byods sandbox --json` output works too
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
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

/// The data source fields `register` and `update` both take. The help here is register's;
/// `help::command` gives update its own ("keeps the current one").
#[derive(Debug, Args)]
pub struct FieldArgs {
    /// Data source URL Webex sends data to: an absolute https:// URL (http:// is accepted with a
    /// warning); required
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Schema id (see `byods schemas`), or a schema name as `ls` shows it (VoiceVirtualAgent/gRPC)
    /// [default: 5397013b-7920-4ffc-807c-e8a3e0a18f43, Voice Virtual Agent]
    #[arg(long, value_name = "SCHEMA")]
    pub schema: Option<String>,
    /// JWS audience (`aud`) [default: BYODS]
    #[arg(long, value_name = "TEXT")]
    pub audience: Option<String>,
    /// JWS subject (`sub`) [default: BYODS]
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Nonce [default: a fresh random UUID, which makes Webex issue a new token]
    #[arg(long, value_name = "TEXT")]
    pub nonce: Option<String>,
    /// JWS token lifetime in minutes, 1 to 1440 [default: 1440]
    #[arg(long, value_name = "MINUTES", value_parser = crate::mutation::parse_lifetime_arg)]
    pub lifetime: Option<u32>,
}

impl FieldArgs {
    /// The plain settings value the commands and `mutation` take.
    pub fn fields(&self) -> crate::mutation::Fields {
        crate::mutation::Fields {
            url: self.url.clone(),
            schema: self.schema.clone(),
            audience: self.audience.clone(),
            subject: self.subject.clone(),
            nonce: self.nonce.clone(),
            lifetime: self.lifetime,
        }
    }
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    #[command(flatten)]
    pub fields: FieldArgs,
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
    /// Data sources registered at the same time with --from, 1 to 32
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub parallel: u16,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Data source id. With no other flags, on a terminal: asks for each field in turn, the
    /// current values as defaults (as `byods menu` does). With `--from -` (or --from FILE holding
    /// several objects with "id") leave it out for a bulk update
    #[arg(value_name = "ID", required_unless_present = "from")]
    pub id: Option<String>,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// active or disabled; disabling requires --error-message, re-enabling clears it
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Why the data source is disabled
    #[arg(long, value_name = "TEXT")]
    pub error_message: Option<String>,
    /// JSON object from FILE ('-' for stdin) merged onto the current values; flags override it.
    /// Without ID: a bulk update, an array or NDJSON of objects each with its "id"
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Do not ask for confirmation on a terminal
    #[arg(short, long)]
    pub yes: bool,
    /// Data sources updated at the same time in a bulk update, 1 to 32
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub parallel: u16,
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
    #[arg(long, value_name = "DURATION", value_parser = crate::ui::timefmt::parse_duration)]
    pub if_expiring_within: Option<i64>,
    /// New token lifetime in minutes, 1 to 1440 [default: each data source's current lifetime]
    #[arg(long, value_name = "MINUTES", value_parser = crate::mutation::parse_lifetime_arg)]
    pub lifetime: Option<u32>,
    /// Data sources extended at the same time, 1 to 32
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub parallel: u16,
    /// How long to wait for a data source another run is extending before skipping it ("locked by
    /// another run"); 0 skips at once
    #[arg(long, value_name = "DURATION", default_value = "2m", value_parser = crate::ui::timefmt::parse_duration)]
    pub lock_wait: i64,
    #[command(flatten)]
    pub profiles: ProfileSelection,
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
    /// An id that does not exist (already deleted) is not a failure: it is reported as absent
    #[arg(long)]
    pub ignore_not_found: bool,
    /// Data sources deleted at the same time, 1 to 32
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub parallel: u16,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only entries newer than DURATION (e.g. 1h, 7d)
    #[arg(long, value_name = "DURATION", value_parser = crate::ui::timefmt::parse_duration)]
    pub since: Option<i64>,
    /// Only this operation
    #[arg(long, value_enum, value_name = "OP")]
    pub operation: Option<Operation>,
    /// Entries of every profile and of the sandbox [default: only the active profile's, or only
    /// the sandbox's with --sandbox]
    #[arg(long)]
    pub all_profiles: bool,
}

// ---- Declarative: `byods export`, `byods apply` ----

pub const EXPORT_HELP: &str = "\
The file: {\"dataSources\": [ENTRY, ...]}, entries sorted by url, schemaId and id. An
entry holds only the fields a user sets: url, schemaId, audience, subject,
tokenLifetimeMinutes, status, and errorMessage when disabled. Ids are left out unless
--with-ids (or two data sources share a url and schemaId), so export, delete all, apply,
export gives the same file.

With --profiles a,b or --all-profiles: {\"profiles\": {\"a\": {\"dataSources\": [...]}, ...}},
one section per profile in the order selected, listed in parallel. A profile whose listing
fails gets no section: its error goes to stderr and is the exit status.";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write each data source's id too (apply matches by id first, so an entry can change its url)
    #[arg(long)]
    pub with_ids: bool,
    #[command(flatten)]
    pub profiles: ProfileSelection,
}

pub const APPLY_HELP: &str = "\
Each entry is matched to a data source by its id when it has one that exists, else by
url and schemaId; a field left out of an entry means its default (schemaId Voice Virtual
Agent, audience and subject BYODS, tokenLifetimeMinutes 1440, status active). The plan
goes to stderr: + create, ~ update with each field's old and new value, - delete (only
with --prune); unchanged entries are counted. A terminal asks before anything is sent;
elsewhere --yes is required. An entry whose status is disabled is registered, then
disabled with its errorMessage. Applying the same file twice sends no write the second
time.

Several organizations: --profiles a,b or --all-profiles (every profile in the config
file). A file of profiles ({\"profiles\": {\"a\": {\"dataSources\": [...]}, ...}}, as
`export --profiles` writes it) applies the selected profiles' sections; a selected profile
without one exits 2, and such a file without --profiles/--all-profiles exits 2 too. A file
of one organization is a template applied to each selected profile (no ids allowed). Each
profile is planned in parallel and shown under its name, one confirmation covers all, then
each runs with its own credentials, audit log and --parallel workers; every result carries
its profile, and a profile that fails does not stop the others.";

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The desired-state file (as `byods export` writes it); '-' reads stdin
    #[arg(short, long, value_name = "FILE")]
    pub file: PathBuf,
    /// Also delete the data sources the file does not list
    #[arg(long)]
    pub prune: bool,
    /// Apply without asking; required when not on a terminal
    #[arg(short, long)]
    pub yes: bool,
    /// Print the plan as JSON on stdout and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Data sources changed at the same time, 1 to 32
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=32))]
    pub parallel: u16,
    /// Do not append the changes to the audit log (config: "auditLog": false turns it off for a profile)
    #[arg(long)]
    pub no_log: bool,
    #[command(flatten)]
    pub profiles: ProfileSelection,
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

pub mod help;
pub use help::{command, parser};

#[cfg(test)]
mod tests;

/// Many organizations in one run: `ls`, `extend`, `check`, `export` and `apply` over several
/// profiles at once.
#[derive(Debug, Args)]
pub struct ProfileSelection {
    /// Run for each of these profiles (comma-separated), in parallel; each uses its own credentials and baseUrl
    #[arg(
        long,
        value_name = "NAME,...",
        value_delimiter = ',',
        conflicts_with = "all_profiles"
    )]
    pub profiles: Vec<String>,
    /// Run for every profile in the config file, in parallel
    #[arg(long)]
    pub all_profiles: bool,
}
