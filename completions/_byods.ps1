
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'byods' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'byods'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'byods' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List data sources')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List data sources')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one or more data sources with their decoded JWS claims')
            [CompletionResult]::new('schemas', 'schemas', [CompletionResultType]::ParameterValue, 'List data source schemas, or show one')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a data source (or many, from a file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a data source''s configuration, status or nonce')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend data source tokens: re-send the configuration with a new nonce')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete data sources')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the audit log of changes made with byods')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the desired-state file of the profile''s data sources (for `byods apply`)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the data sources match a desired-state file: plan, confirm, then create, update (and with --prune delete)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Monitoring plugin: every data source''s token expiry and status (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)')
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Decode or verify a data source JWS token')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print, refresh or inspect the Service App access token')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log the token manager in (OAuth with PKCE, or a personal access token), show or forget it')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings, import the original tool''s token-config.json')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve a local emulator of the Webex APIs byods uses')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages to a directory')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check configuration, credentials, clock, key set, TLS and data source URLs, with fixes')
            [CompletionResult]::new('lambda', 'lambda', [CompletionResultType]::ParameterValue, 'Run as an AWS Lambda custom runtime: each invocation runs the keepalive')
            [CompletionResult]::new('menu', 'menu', [CompletionResultType]::ParameterValue, 'Guided loop for a person at a terminal: list, view, update, register, extend, delete')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only data sources with this status')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only data sources with this status')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)')
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;schemas' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;register' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Data source URL Webex sends data to: an absolute https:// URL (http:// is accepted with a warning); register requires it')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Schema id (see `byods schemas`), or a schema name as `ls` shows it (VoiceVirtualAgent/gRPC) [register default: 5397013b-7920-4ffc-807c-e8a3e0a18f43, Voice Virtual Agent]')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'JWS audience (`aud`) [register default: BYODS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'JWS subject (`sub`) [register default: BYODS]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce [default: a fresh random UUID, which makes Webex issue a new token]')
            [CompletionResult]::new('--lifetime', '--lifetime', [CompletionResultType]::ParameterName, 'JWS token lifetime in minutes, 1 to 1440 [register default: 1440; update keeps the current one]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read bodies from FILE (''-'' for stdin): a JSON object, an array of objects or NDJSON (one data source each); flags override the file''s fields')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--skeleton', '--skeleton', [CompletionResultType]::ParameterName, 'Print a body template for --from and exit')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Register even when a data source with the same url and schema exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Skip the confirmation after guided prompts')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Skip the confirmation after guided prompts')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything')
            [CompletionResult]::new('--no-log', '--no-log', [CompletionResultType]::ParameterName, 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;update' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Data source URL Webex sends data to: an absolute https:// URL (http:// is accepted with a warning); register requires it')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Schema id (see `byods schemas`), or a schema name as `ls` shows it (VoiceVirtualAgent/gRPC) [register default: 5397013b-7920-4ffc-807c-e8a3e0a18f43, Voice Virtual Agent]')
            [CompletionResult]::new('--audience', '--audience', [CompletionResultType]::ParameterName, 'JWS audience (`aud`) [register default: BYODS]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'JWS subject (`sub`) [register default: BYODS]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Nonce [default: a fresh random UUID, which makes Webex issue a new token]')
            [CompletionResult]::new('--lifetime', '--lifetime', [CompletionResultType]::ParameterName, 'JWS token lifetime in minutes, 1 to 1440 [register default: 1440; update keeps the current one]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active or disabled; disabling requires --error-message, re-enabling clears it')
            [CompletionResult]::new('--error-message', '--error-message', [CompletionResultType]::ParameterName, 'Why the data source is disabled')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'JSON object from FILE (''-'' for stdin) merged onto the current values; flags override it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything')
            [CompletionResult]::new('--no-log', '--no-log', [CompletionResultType]::ParameterName, 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;extend' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only data sources with this status')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)')
            [CompletionResult]::new('--if-expiring-within', '--if-expiring-within', [CompletionResultType]::ParameterName, 'Only those whose token expires within DURATION (e.g. 6h, 1d); fresher ones are skipped')
            [CompletionResult]::new('--lifetime', '--lifetime', [CompletionResultType]::ParameterName, 'New token lifetime in minutes, 1 to 1440 [default: each data source''s current lifetime]')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Data sources extended at the same time, 1 to 32')
            [CompletionResult]::new('--lock-wait', '--lock-wait', [CompletionResultType]::ParameterName, 'How long to wait for a data source another run is extending before skipping it ("locked by another run"); 0 skips at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every data source (narrow with --status, --schema, --if-expiring-within)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything')
            [CompletionResult]::new('--no-log', '--no-log', [CompletionResultType]::ParameterName, 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking; required when not on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking; required when not on a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything')
            [CompletionResult]::new('--no-log', '--no-log', [CompletionResultType]::ParameterName, 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries newer than DURATION (e.g. 1h, 7d)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only this operation')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Entries of every profile and of the sandbox [default: only the active profile''s, or only the sandbox''s with --sandbox]')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;export' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--with-ids', '--with-ids', [CompletionResultType]::ParameterName, 'Write each data source''s id too (apply matches by id first, so an entry can change its url)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The desired-state file (as `byods export` writes it); ''-'' reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired-state file (as `byods export` writes it); ''-'' reads stdin')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Data sources changed at the same time, 1 to 32')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the data sources the file does not list')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply without asking; required when not on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply without asking; required when not on a terminal')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan as JSON on stdout and change nothing')
            [CompletionResult]::new('--no-log', '--no-log', [CompletionResultType]::ParameterName, 'Do not append the changes to the audit log (config: "auditLog": false turns it off for a profile)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;check' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only data sources with this status')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)')
            [CompletionResult]::new('--warn-before', '--warn-before', [CompletionResultType]::ParameterName, 'WARNING when a token has less than this share of its own lifetime left (e.g. 20%), or expires within DURATION (e.g. 6h)')
            [CompletionResult]::new('--crit-before', '--crit-before', [CompletionResultType]::ParameterName, 'CRITICAL when a token has less than this share of its own lifetime left (e.g. 10%), or expires within DURATION (e.g. 1h); an expired token is always CRITICAL')
            [CompletionResult]::new('--prometheus', '--prometheus', [CompletionResultType]::ParameterName, 'Also write Prometheus textfile-collector metrics to FILE (atomically, mode 0644), even when the check fails')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--ignore-disabled', '--ignore-disabled', [CompletionResultType]::ParameterName, 'Leave disabled data sources out instead of reporting them as WARNING')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;jwt' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a JWS''s header and claims WITHOUT verifying its signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a data source JWS: RS256 signature against the issuer''s keys, issuer, expiry, expected claims')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;jwt;decode' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;jwt;verify' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Trust only the Webex issuers of these regions (repeatable or comma-separated: us, eu, ca, us-b, integration, integration-eu, all) [default: all]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Also trust this issuer (exact `iss` value; https://, or http:// on localhost); repeatable')
            [CompletionResult]::new('--jwks', '--jwks', [CompletionResultType]::ParameterName, 'Verify with this key set instead of {iss}/oauth2/v2/keys/verificationjwk: a JWKS file (offline), or a URL fetched only when the issuer is trusted')
            [CompletionResult]::new('--jwks-ttl', '--jwks-ttl', [CompletionResultType]::ParameterName, 'How long a fetched key set is reused from the cache')
            [CompletionResult]::new('--jwks-max-stale', '--jwks-max-stale', [CompletionResultType]::ParameterName, 'Oldest cached key set used when the key server cannot be reached (then exit 7)')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock skew tolerated for exp, iat and nbf (at most 1d)')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Expected audience (aud)')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Expected subject (sub)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Expected data source URL (com.cisco.datasource.url), compared character by character as Webex does')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Expected schema id (com.cisco.datasource.schema.uuid)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Expected organization id (com.cisco.org.uuid)')
            [CompletionResult]::new('--data-source', '--data-source', [CompletionResultType]::ParameterName, 'Expect the audience, subject, url, schema and org of this registered data source (GET through the API); explicit flags override')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the key set cache: fetch the keys for this run only')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;jwt;help' {
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a JWS''s header and claims WITHOUT verifying its signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a data source JWS: RS256 signature against the issuer''s keys, issuer, expiry, expected claims')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;jwt;help;decode' {
            break
        }
        'byods;jwt;help;verify' {
            break
        }
        'byods;jwt;help;help' {
            break
        }
        'byods;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get a fresh Service App access token now, even if the stored one is still valid')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show each layer of the credential chain: present, expiry, fingerprint (never the value); exits 4 when no layer is present')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;token;print' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;token;refresh' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;token;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;token;help' {
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get a fresh Service App access token now, even if the stored one is still valid')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show each layer of the credential chain: present, expiry, fingerprint (never the value); exits 4 when no layer is present')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;token;help;print' {
            break
        }
        'byods;token;help;refresh' {
            break
        }
        'byods;token;help;status' {
            break
        }
        'byods;token;help;help' {
            break
        }
        'byods;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the stored token-manager credential (fingerprints and expiries, never values); exits 4 when none is stored')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the Service App access token (same as `byods token print`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored tokens (the token-manager credential and the service app tokens)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;auth;login' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Loopback port of the redirect URI http://localhost:PORT/callback (0 picks a free one) [default: the profile''s redirectPort, else 3000]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Seconds to wait for the browser to come back')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read a personal access token from stdin instead of the browser flow')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Device grant: show a code to enter on another device''s browser and wait for approval (no loopback listener, for machines without a browser)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the authorization URL instead of opening a browser')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;auth;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also forget the client secrets: the profile''s store is emptied')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the stored token-manager credential (fingerprints and expiries, never values); exits 4 when none is stored')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the Service App access token (same as `byods token print`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored tokens (the token-manager credential and the service app tokens)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;auth;help;login' {
            break
        }
        'byods;auth;help;status' {
            break
        }
        'byods;auth;help;token' {
            break
        }
        'byods;auth;help;logout' {
            break
        }
        'byods;auth;help;help' {
            break
        }
        'byods;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take ''-'' and are read from stdin into the store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting (secrets as a fingerprint)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting or stored secret from the profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profile''s settings and which secrets are stored (as fingerprints)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file and credential store locations')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles in the config file, marking the default and the active one')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the original tool''s token-config.json (FILE, or ''-'' for stdin) into the profile and its store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;config;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;config;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;config;unset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;config;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;config;path' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;config;profiles' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;config;import' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;config;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take ''-'' and are read from stdin into the store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting (secrets as a fingerprint)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting or stored secret from the profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profile''s settings and which secrets are stored (as fingerprints)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file and credential store locations')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles in the config file, marking the default and the active one')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the original tool''s token-config.json (FILE, or ''-'' for stdin) into the profile and its store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;config;help;set' {
            break
        }
        'byods;config;help;get' {
            break
        }
        'byods;config;help;unset' {
            break
        }
        'byods;config;help;list' {
            break
        }
        'byods;config;help;path' {
            break
        }
        'byods;config;help;profiles' {
            break
        }
        'byods;config;help;import' {
            break
        }
        'byods;config;help;help' {
            break
        }
        'byods;sandbox' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Loopback address to listen on (port 0 picks a free one); other addresses are refused')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: sandbox.json in the user''s state dir]')
            [CompletionResult]::new('--workers', '--workers', [CompletionResultType]::ParameterName, 'Requests handled at once; more wait their turn (open idle connections do not count)')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Added latency per request, in milliseconds')
            [CompletionResult]::new('--rate-limit-every', '--rate-limit-every', [CompletionResultType]::ParameterName, 'Answer every Nth API request with 429 and Retry-After')
            [CompletionResult]::new('--retry-after', '--retry-after', [CompletionResultType]::ParameterName, 'Retry-After seconds sent with 429')
            [CompletionResult]::new('--error-rate', '--error-rate', [CompletionResultType]::ParameterName, 'Fraction of API requests answered with 503 (0.0-1.0)')
            [CompletionResult]::new('--access-token-lifetime', '--access-token-lifetime', [CompletionResultType]::ParameterName, 'Lifetime of issued access tokens, in seconds')
            [CompletionResult]::new('--refresh-token-lifetime', '--refresh-token-lifetime', [CompletionResultType]::ParameterName, 'Lifetime of issued refresh tokens, in seconds')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Paginate lists with Link headers at this page size')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Start from fresh demo data, discarding any saved state')
            [CompletionResult]::new('--rotate-refresh-tokens', '--rotate-refresh-tokens', [CompletionResultType]::ParameterName, 'Issue a new refresh token on every refresh')
            [CompletionResult]::new('--spec-shapes', '--spec-shapes', [CompletionResultType]::ParameterName, 'Answer in the official spec''s example shapes: sparse list items with unknown keys, PUT answers without jwsToken')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;man' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;doctor' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region whose identity broker key set is checked (us, eu, ca, us-b, integration, ...)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;lambda' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;menu' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Webex API base URL [default: https://webexapis.com/v1]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Overall timeout for one HTTP request, in seconds [default: 30]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours (NO_COLOR is respected)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts reading columns)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --output json (and wins over BYODS_OUTPUT)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no messages on stderr, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests on stderr (secrets redacted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 2 where input would be needed')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a built-in Webex API emulator (state kept in the user''s state dir)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'byods;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List data sources')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one or more data sources with their decoded JWS claims')
            [CompletionResult]::new('schemas', 'schemas', [CompletionResultType]::ParameterValue, 'List data source schemas, or show one')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a data source (or many, from a file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a data source''s configuration, status or nonce')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend data source tokens: re-send the configuration with a new nonce')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete data sources')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show the audit log of changes made with byods')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the desired-state file of the profile''s data sources (for `byods apply`)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the data sources match a desired-state file: plan, confirm, then create, update (and with --prune delete)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Monitoring plugin: every data source''s token expiry and status (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)')
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Decode or verify a data source JWS token')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print, refresh or inspect the Service App access token')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log the token manager in (OAuth with PKCE, or a personal access token), show or forget it')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings, import the original tool''s token-config.json')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve a local emulator of the Webex APIs byods uses')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages to a directory')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check configuration, credentials, clock, key set, TLS and data source URLs, with fixes')
            [CompletionResult]::new('lambda', 'lambda', [CompletionResultType]::ParameterValue, 'Run as an AWS Lambda custom runtime: each invocation runs the keepalive')
            [CompletionResult]::new('menu', 'menu', [CompletionResultType]::ParameterValue, 'Guided loop for a person at a terminal: list, view, update, register, extend, delete')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'byods;help;ls' {
            break
        }
        'byods;help;get' {
            break
        }
        'byods;help;schemas' {
            break
        }
        'byods;help;register' {
            break
        }
        'byods;help;update' {
            break
        }
        'byods;help;extend' {
            break
        }
        'byods;help;delete' {
            break
        }
        'byods;help;log' {
            break
        }
        'byods;help;export' {
            break
        }
        'byods;help;apply' {
            break
        }
        'byods;help;check' {
            break
        }
        'byods;help;jwt' {
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a JWS''s header and claims WITHOUT verifying its signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a data source JWS: RS256 signature against the issuer''s keys, issuer, expiry, expected claims')
            break
        }
        'byods;help;jwt;decode' {
            break
        }
        'byods;help;jwt;verify' {
            break
        }
        'byods;help;token' {
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Get a fresh Service App access token now, even if the stored one is still valid')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show each layer of the credential chain: present, expiry, fingerprint (never the value); exits 4 when no layer is present')
            break
        }
        'byods;help;token;print' {
            break
        }
        'byods;help;token;refresh' {
            break
        }
        'byods;help;token;status' {
            break
        }
        'byods;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the stored token-manager credential (fingerprints and expiries, never values); exits 4 when none is stored')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the Service App access token (same as `byods token print`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored tokens (the token-manager credential and the service app tokens)')
            break
        }
        'byods;help;auth;login' {
            break
        }
        'byods;help;auth;status' {
            break
        }
        'byods;help;auth;token' {
            break
        }
        'byods;help;auth;logout' {
            break
        }
        'byods;help;config' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take ''-'' and are read from stdin into the store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting (secrets as a fingerprint)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting or stored secret from the profile')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profile''s settings and which secrets are stored (as fingerprints)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file and credential store locations')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles in the config file, marking the default and the active one')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the original tool''s token-config.json (FILE, or ''-'' for stdin) into the profile and its store')
            break
        }
        'byods;help;config;set' {
            break
        }
        'byods;help;config;get' {
            break
        }
        'byods;help;config;unset' {
            break
        }
        'byods;help;config;list' {
            break
        }
        'byods;help;config;path' {
            break
        }
        'byods;help;config;profiles' {
            break
        }
        'byods;help;config;import' {
            break
        }
        'byods;help;sandbox' {
            break
        }
        'byods;help;completions' {
            break
        }
        'byods;help;man' {
            break
        }
        'byods;help;doctor' {
            break
        }
        'byods;help;lambda' {
            break
        }
        'byods;help;menu' {
            break
        }
        'byods;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
