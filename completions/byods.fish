# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_byods_global_optspecs
    string join \n profile= base-url= o/output= no-headers json jq= q/quiet v/verbose timeout= color= no-input sandbox token-file= store= h/help V/version
end

function __fish_byods_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_byods_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_byods_using_subcommand
    set -l cmd (__fish_byods_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c byods -n "__fish_byods_needs_command" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_needs_command" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_needs_command" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_needs_command" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_needs_command" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_needs_command" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_needs_command" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_needs_command" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_needs_command" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_needs_command" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_needs_command" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_needs_command" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_needs_command" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_needs_command" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_needs_command" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_needs_command" -f -a "ls" -d 'List data sources'
complete -c byods -n "__fish_byods_needs_command" -f -a "list" -d 'List data sources'
complete -c byods -n "__fish_byods_needs_command" -f -a "get" -d 'Show one or more data sources with their decoded JWS claims'
complete -c byods -n "__fish_byods_needs_command" -f -a "schemas" -d 'List data source schemas, or show one'
complete -c byods -n "__fish_byods_needs_command" -f -a "register" -d 'Register a data source (or many, from a file)'
complete -c byods -n "__fish_byods_needs_command" -f -a "update" -d 'Change a data source\'s configuration, status or nonce'
complete -c byods -n "__fish_byods_needs_command" -f -a "extend" -d 'Extend data source tokens: re-send the configuration with a new nonce'
complete -c byods -n "__fish_byods_needs_command" -f -a "delete" -d 'Delete data sources'
complete -c byods -n "__fish_byods_needs_command" -f -a "log" -d 'Show the audit log of changes made with byods'
complete -c byods -n "__fish_byods_needs_command" -f -a "export" -d 'Write the desired-state file of the profile\'s data sources (for `byods apply`)'
complete -c byods -n "__fish_byods_needs_command" -f -a "apply" -d 'Make the data sources match a desired-state file: plan, confirm, then create, update (and with --prune delete)'
complete -c byods -n "__fish_byods_needs_command" -f -a "check" -d 'Monitoring plugin: every data source\'s token expiry and status (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
complete -c byods -n "__fish_byods_needs_command" -f -a "jwt" -d 'Decode or verify a data source JWS token'
complete -c byods -n "__fish_byods_needs_command" -f -a "token" -d 'Print, refresh or inspect the Service App access token'
complete -c byods -n "__fish_byods_needs_command" -f -a "auth" -d 'Log the token manager in (OAuth with PKCE, or a personal access token), show or forget it'
complete -c byods -n "__fish_byods_needs_command" -f -a "config" -d 'Read and change settings, import the original tool\'s token-config.json'
complete -c byods -n "__fish_byods_needs_command" -f -a "sandbox" -d 'Serve a local emulator of the Webex APIs byods uses'
complete -c byods -n "__fish_byods_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c byods -n "__fish_byods_needs_command" -f -a "man" -d 'Write man pages to a directory'
complete -c byods -n "__fish_byods_needs_command" -f -a "doctor" -d 'Check configuration, credentials, clock, key set, TLS and data source URLs, with fixes'
complete -c byods -n "__fish_byods_needs_command" -f -a "lambda" -d 'Run as an AWS Lambda custom runtime: each invocation runs the keepalive'
complete -c byods -n "__fish_byods_needs_command" -f -a "menu" -d 'Guided loop for a person at a terminal: list, view, update, register, extend, delete'
complete -c byods -n "__fish_byods_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand ls" -l status -d 'Only data sources with this status' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand ls" -l schema -d 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l expiring-within -d 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand ls" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand ls" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand ls" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand ls" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand ls" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand ls" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand ls" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand ls" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand ls" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand list" -l status -d 'Only data sources with this status' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand list" -l schema -d 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l expiring-within -d 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand list" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand list" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand list" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand list" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand list" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand list" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand list" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand list" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand list" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand get" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand get" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand get" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand get" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand get" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand get" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand get" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand get" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand get" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand get" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand get" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand get" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand get" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand get" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand schemas" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand schemas" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand schemas" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand schemas" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand schemas" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand schemas" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand schemas" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand register" -l url -d 'Data source URL Webex sends data to: an absolute https:// URL (http:// is accepted with a warning); register requires it' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l schema -d 'Schema id (see `byods schemas`), or a schema name as `ls` shows it (VoiceVirtualAgent/gRPC) [register default: 5397013b-7920-4ffc-807c-e8a3e0a18f43, Voice Virtual Agent]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l audience -d 'JWS audience (`aud`) [register default: BYODS]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l subject -d 'JWS subject (`sub`) [register default: BYODS]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l nonce -d 'Nonce [default: a fresh random UUID, which makes Webex issue a new token]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l lifetime -d 'JWS token lifetime in minutes, 1 to 1440 [register default: 1440; update keeps the current one]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l from -d 'Read bodies from FILE (\'-\' for stdin): a JSON object, an array of objects or NDJSON (one data source each); flags override the file\'s fields' -r -F
complete -c byods -n "__fish_byods_using_subcommand register" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand register" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand register" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand register" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l skeleton -d 'Print a body template for --from and exit'
complete -c byods -n "__fish_byods_using_subcommand register" -l allow-duplicate -d 'Register even when a data source with the same url and schema exists'
complete -c byods -n "__fish_byods_using_subcommand register" -s y -l yes -d 'Skip the confirmation after guided prompts'
complete -c byods -n "__fish_byods_using_subcommand register" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand register" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand register" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand register" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand register" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand register" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand register" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand register" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand register" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand update" -l url -d 'Data source URL Webex sends data to: an absolute https:// URL (http:// is accepted with a warning); register requires it' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l schema -d 'Schema id (see `byods schemas`), or a schema name as `ls` shows it (VoiceVirtualAgent/gRPC) [register default: 5397013b-7920-4ffc-807c-e8a3e0a18f43, Voice Virtual Agent]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l audience -d 'JWS audience (`aud`) [register default: BYODS]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l subject -d 'JWS subject (`sub`) [register default: BYODS]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l nonce -d 'Nonce [default: a fresh random UUID, which makes Webex issue a new token]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l lifetime -d 'JWS token lifetime in minutes, 1 to 1440 [register default: 1440; update keeps the current one]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l status -d 'active or disabled; disabling requires --error-message, re-enabling clears it' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand update" -l error-message -d 'Why the data source is disabled' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l from -d 'JSON object from FILE (\'-\' for stdin) merged onto the current values; flags override it' -r -F
complete -c byods -n "__fish_byods_using_subcommand update" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand update" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand update" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand update" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand update" -s y -l yes -d 'Do not ask for confirmation on a terminal'
complete -c byods -n "__fish_byods_using_subcommand update" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand update" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand update" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand update" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand update" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand update" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand update" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand update" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand update" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand extend" -l status -d 'Only data sources with this status' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand extend" -l schema -d 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l if-expiring-within -d 'Only those whose token expires within DURATION (e.g. 6h, 1d); fresher ones are skipped' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l lifetime -d 'New token lifetime in minutes, 1 to 1440 [default: each data source\'s current lifetime]' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l parallel -d 'Data sources extended at the same time, 1 to 32' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l lock-wait -d 'How long to wait for a data source another run is extending before skipping it ("locked by another run"); 0 skips at once' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand extend" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand extend" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand extend" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l all -d 'Every data source (narrow with --status, --schema, --if-expiring-within)'
complete -c byods -n "__fish_byods_using_subcommand extend" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand extend" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand extend" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand extend" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand extend" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand extend" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand extend" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand extend" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand extend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand extend" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand delete" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand delete" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand delete" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand delete" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -s y -l yes -d 'Delete without asking; required when not on a terminal'
complete -c byods -n "__fish_byods_using_subcommand delete" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand delete" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand delete" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand delete" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand delete" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand delete" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand delete" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand delete" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand delete" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand log" -l since -d 'Only entries newer than DURATION (e.g. 1h, 7d)' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l operation -d 'Only this operation' -r -f -a "register\t''
update\t''
extend\t''
delete\t''"
complete -c byods -n "__fish_byods_using_subcommand log" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand log" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand log" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand log" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand log" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l all-profiles -d 'Entries of every profile and of the sandbox [default: only the active profile\'s, or only the sandbox\'s with --sandbox]'
complete -c byods -n "__fish_byods_using_subcommand log" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand log" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand log" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand log" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand log" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand log" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand log" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand export" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand export" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand export" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand export" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand export" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand export" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand export" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand export" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand export" -l with-ids -d 'Write each data source\'s id too (apply matches by id first, so an entry can change its url)'
complete -c byods -n "__fish_byods_using_subcommand export" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand export" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand export" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand export" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand export" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand export" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand export" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand apply" -s f -l file -d 'The desired-state file (as `byods export` writes it); \'-\' reads stdin' -r -F
complete -c byods -n "__fish_byods_using_subcommand apply" -l parallel -d 'Data sources changed at the same time, 1 to 32' -r
complete -c byods -n "__fish_byods_using_subcommand apply" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand apply" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand apply" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand apply" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand apply" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand apply" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand apply" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand apply" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand apply" -l prune -d 'Also delete the data sources the file does not list'
complete -c byods -n "__fish_byods_using_subcommand apply" -s y -l yes -d 'Apply without asking; required when not on a terminal'
complete -c byods -n "__fish_byods_using_subcommand apply" -l dry-run -d 'Print the plan as JSON on stdout and change nothing'
complete -c byods -n "__fish_byods_using_subcommand apply" -l no-log -d 'Do not append the changes to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand apply" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand apply" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand apply" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand apply" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand apply" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand apply" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand apply" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand check" -l status -d 'Only data sources with this status' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand check" -l schema -d 'Only data sources with this schema: its id, or its name as `ls` shows it (VoiceVirtualAgent/gRPC, AudioForking)' -r
complete -c byods -n "__fish_byods_using_subcommand check" -l warn-before -d 'WARNING when a token has less than this share of its own lifetime left (e.g. 20%), or expires within DURATION (e.g. 6h)' -r
complete -c byods -n "__fish_byods_using_subcommand check" -l crit-before -d 'CRITICAL when a token has less than this share of its own lifetime left (e.g. 10%), or expires within DURATION (e.g. 1h); an expired token is always CRITICAL' -r
complete -c byods -n "__fish_byods_using_subcommand check" -l prometheus -d 'Also write Prometheus textfile-collector metrics to FILE (atomically, mode 0644), even when the check fails' -r -F
complete -c byods -n "__fish_byods_using_subcommand check" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand check" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand check" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand check" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand check" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand check" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand check" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand check" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand check" -l ignore-disabled -d 'Leave disabled data sources out instead of reporting them as WARNING'
complete -c byods -n "__fish_byods_using_subcommand check" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand check" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand check" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand check" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand check" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand check" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand check" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -f -a "decode" -d 'Show a JWS\'s header and claims WITHOUT verifying its signature'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -f -a "verify" -d 'Verify a data source JWS: RS256 signature against the issuer\'s keys, issuer, expiry, expected claims'
complete -c byods -n "__fish_byods_using_subcommand jwt; and not __fish_seen_subcommand_from decode verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l region -d 'Trust only the Webex issuers of these regions (repeatable or comma-separated: us, eu, ca, us-b, integration, integration-eu, all) [default: all]' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l issuer -d 'Also trust this issuer (exact `iss` value; https://, or http:// on localhost); repeatable' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l jwks -d 'Verify with this key set instead of {iss}/oauth2/v2/keys/verificationjwk: a JWKS file (offline), or a URL fetched only when the issuer is trusted' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l jwks-ttl -d 'How long a fetched key set is reused from the cache' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l jwks-max-stale -d 'Oldest cached key set used when the key server cannot be reached (then exit 7)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l leeway -d 'Clock skew tolerated for exp, iat and nbf (at most 1d)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l aud -d 'Expected audience (aud)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l sub -d 'Expected subject (sub)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l url -d 'Expected data source URL (com.cisco.datasource.url), compared character by character as Webex does' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l schema -d 'Expected schema id (com.cisco.datasource.schema.uuid)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l org -d 'Expected organization id (com.cisco.org.uuid)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l data-source -d 'Expect the audience, subject, url, schema and org of this registered data source (GET through the API); explicit flags override' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l no-cache -d 'Neither read nor write the key set cache: fetch the keys for this run only'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Show a JWS\'s header and claims WITHOUT verifying its signature'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a data source JWS: RS256 signature against the issuer\'s keys, issuer, expiry, expected claims'
complete -c byods -n "__fish_byods_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -f -a "print" -d 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -f -a "refresh" -d 'Get a fresh Service App access token now, even if the stored one is still valid'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -f -a "status" -d 'Show each layer of the credential chain: present, expiry, fingerprint (never the value); exits 4 when no layer is present'
complete -c byods -n "__fish_byods_using_subcommand token; and not __fish_seen_subcommand_from print refresh status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from print" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "print" -d 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Get a fresh Service App access token now, even if the stored one is still valid'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show each layer of the credential chain: present, expiry, fingerprint (never the value); exits 4 when no layer is present'
complete -c byods -n "__fish_byods_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "login" -d 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "status" -d 'Show the stored token-manager credential (fingerprints and expiries, never values); exits 4 when none is stored'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "token" -d 'Print the Service App access token (same as `byods token print`)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "logout" -d 'Forget the stored tokens (the token-manager credential and the service app tokens)'
complete -c byods -n "__fish_byods_using_subcommand auth; and not __fish_seen_subcommand_from login status token logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l port -d 'Loopback port of the redirect URI http://localhost:PORT/callback (0 picks a free one) [default: the profile\'s redirectPort, else 3000]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l wait -d 'Seconds to wait for the browser to come back' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read a personal access token from stdin instead of the browser flow'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l device -d 'Device grant: show a code to enter on another device\'s browser and wait for approval (no loopback listener, for machines without a browser)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-browser -d 'Print the authorization URL instead of opening a browser'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l all -d 'Also forget the client secrets: the profile\'s store is emptied'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the stored token-manager credential (fingerprints and expiries, never values); exits 4 when none is stored'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the Service App access token (same as `byods token print`)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget the stored tokens (the token-manager credential and the service app tokens)'
complete -c byods -n "__fish_byods_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "set" -d 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take \'-\' and are read from stdin into the store'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "get" -d 'Print one setting (secrets as a fingerprint)'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "unset" -d 'Remove a setting or stored secret from the profile'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "list" -d 'List the profile\'s settings and which secrets are stored (as fingerprints)'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "path" -d 'Print the config file and credential store locations'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "profiles" -d 'List the profiles in the config file, marking the default and the active one'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "import" -d 'Import the original tool\'s token-config.json (FILE, or \'-\' for stdin) into the profile and its store'
complete -c byods -n "__fish_byods_using_subcommand config; and not __fish_seen_subcommand_from set get unset list path profiles import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from profiles" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take \'-\' and are read from stdin into the store'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting (secrets as a fingerprint)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting or stored secret from the profile'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profile\'s settings and which secrets are stored (as fingerprints)'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file and credential store locations'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the profiles in the config file, marking the default and the active one'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import the original tool\'s token-config.json (FILE, or \'-\' for stdin) into the profile and its store'
complete -c byods -n "__fish_byods_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l addr -d 'Loopback address to listen on (port 0 picks a free one); other addresses are refused' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l state -d 'State file [default: sandbox.json in the user\'s state dir]' -r -F
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l workers -d 'Requests handled at once; more wait their turn (open idle connections do not count)' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l latency-ms -d 'Added latency per request, in milliseconds' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l rate-limit-every -d 'Answer every Nth API request with 429 and Retry-After' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l retry-after -d 'Retry-After seconds sent with 429' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l error-rate -d 'Fraction of API requests answered with 503 (0.0-1.0)' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l access-token-lifetime -d 'Lifetime of issued access tokens, in seconds' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l refresh-token-lifetime -d 'Lifetime of issued refresh tokens, in seconds' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l page-size -d 'Paginate lists with Link headers at this page size' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l reset -d 'Start from fresh demo data, discarding any saved state'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l rotate-refresh-tokens -d 'Issue a new refresh token on every refresh'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l spec-shapes -d 'Answer in the official spec\'s example shapes: sparse list items with unknown keys, PUT answers without jwsToken'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand completions" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand completions" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand completions" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand completions" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand completions" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand completions" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand completions" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand completions" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand completions" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand completions" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand man" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand man" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand man" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand man" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand man" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand man" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand man" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand man" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand man" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand man" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand man" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand man" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand man" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand man" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand man" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand doctor" -l region -d 'Region whose identity broker key set is checked (us, eu, ca, us-b, integration, ...)' -r
complete -c byods -n "__fish_byods_using_subcommand doctor" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand doctor" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand doctor" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand doctor" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand doctor" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand doctor" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand doctor" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand doctor" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand doctor" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand doctor" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand doctor" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand doctor" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand doctor" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand doctor" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand lambda" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand lambda" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand lambda" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand lambda" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand lambda" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand lambda" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand lambda" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand lambda" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand lambda" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand lambda" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand lambda" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand lambda" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand lambda" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand lambda" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand lambda" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand lambda" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand menu" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand menu" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand menu" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t'Pretty JSON; a list is one array'
ndjson\t'One compact JSON object per line'
table\t'Aligned columns fitted to the terminal\'s width (long text cut with \'…\')'
wide\t'A table with every column at full width, whatever the terminal\'s width'"
complete -c byods -n "__fish_byods_using_subcommand menu" -l jq -d 'Filter JSON output with a jq program; strings are printed raw; @csv and @tsv included; with -o ndjson it runs on each line' -r
complete -c byods -n "__fish_byods_using_subcommand menu" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand menu" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand menu" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand menu" -l store -d 'Credential store URI: file:[PATH] (default), env:[PREFIX], exec:COMMAND or aws-sm:SECRET (see `byods token --help`)' -r
complete -c byods -n "__fish_byods_using_subcommand menu" -l no-headers -d 'Tables without their header line (for scripts reading columns)'
complete -c byods -n "__fish_byods_using_subcommand menu" -l json -d 'Same as --output json (and wins over BYODS_OUTPUT)'
complete -c byods -n "__fish_byods_using_subcommand menu" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand menu" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand menu" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand menu" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand menu" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c byods -n "__fish_byods_using_subcommand menu" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "ls" -d 'List data sources'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "get" -d 'Show one or more data sources with their decoded JWS claims'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "schemas" -d 'List data source schemas, or show one'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "register" -d 'Register a data source (or many, from a file)'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "update" -d 'Change a data source\'s configuration, status or nonce'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "extend" -d 'Extend data source tokens: re-send the configuration with a new nonce'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "delete" -d 'Delete data sources'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "log" -d 'Show the audit log of changes made with byods'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "export" -d 'Write the desired-state file of the profile\'s data sources (for `byods apply`)'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "apply" -d 'Make the data sources match a desired-state file: plan, confirm, then create, update (and with --prune delete)'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "check" -d 'Monitoring plugin: every data source\'s token expiry and status (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "jwt" -d 'Decode or verify a data source JWS token'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "token" -d 'Print, refresh or inspect the Service App access token'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "auth" -d 'Log the token manager in (OAuth with PKCE, or a personal access token), show or forget it'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "config" -d 'Read and change settings, import the original tool\'s token-config.json'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "sandbox" -d 'Serve a local emulator of the Webex APIs byods uses'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "completions" -d 'Print a shell completion script'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "man" -d 'Write man pages to a directory'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "doctor" -d 'Check configuration, credentials, clock, key set, TLS and data source URLs, with fixes'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "lambda" -d 'Run as an AWS Lambda custom runtime: each invocation runs the keepalive'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "menu" -d 'Guided loop for a person at a terminal: list, view, update, register, extend, delete'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas register update extend delete log export apply check jwt token auth config sandbox completions man doctor lambda menu help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "decode" -d 'Show a JWS\'s header and claims WITHOUT verifying its signature'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "verify" -d 'Verify a data source JWS: RS256 signature against the issuer\'s keys, issuer, expiry, expected claims'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "print" -d 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "refresh" -d 'Get a fresh Service App access token now, even if the stored one is still valid'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "status" -d 'Show each layer of the credential chain: present, expiry, fingerprint (never the value); exits 4 when no layer is present'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the stored token-manager credential (fingerprints and expiries, never values); exits 4 when none is stored'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the Service App access token (same as `byods token print`)'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget the stored tokens (the token-manager credential and the service app tokens)'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take \'-\' and are read from stdin into the store'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one setting (secrets as a fingerprint)'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a setting or stored secret from the profile'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the profile\'s settings and which secrets are stored (as fingerprints)'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file and credential store locations'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List the profiles in the config file, marking the default and the active one'
complete -c byods -n "__fish_byods_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "import" -d 'Import the original tool\'s token-config.json (FILE, or \'-\' for stdin) into the profile and its store'
