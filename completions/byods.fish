# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_byods_global_optspecs
    string join \n profile= base-url= o/output= json jq= q/quiet v/verbose timeout= color= no-input sandbox token-file= h/help V/version
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
complete -c byods -n "__fish_byods_needs_command" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_needs_command" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_needs_command" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_needs_command" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_needs_command" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_needs_command" -l json -d 'Same as --output json'
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
complete -c byods -n "__fish_byods_needs_command" -f -a "sandbox" -d 'Serve a local emulator of the Webex APIs byods uses'
complete -c byods -n "__fish_byods_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c byods -n "__fish_byods_needs_command" -f -a "man" -d 'Write man pages to a directory'
complete -c byods -n "__fish_byods_needs_command" -f -a "register" -d 'Register a data source (or many, from a file)'
complete -c byods -n "__fish_byods_needs_command" -f -a "update" -d 'Change a data source\'s configuration, status or nonce'
complete -c byods -n "__fish_byods_needs_command" -f -a "extend" -d 'Extend data source tokens: re-send the configuration with a new nonce'
complete -c byods -n "__fish_byods_needs_command" -f -a "delete" -d 'Delete data sources'
complete -c byods -n "__fish_byods_needs_command" -f -a "log" -d 'Show the audit log of changes made with byods'
complete -c byods -n "__fish_byods_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c byods -n "__fish_byods_using_subcommand ls" -l status -d 'Only data sources with this status' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand ls" -l schema -d 'Only data sources with this schema id' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l expiring-within -d 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand ls" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand ls" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand ls" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand ls" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand ls" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand ls" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand ls" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand ls" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand ls" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand ls" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand list" -l status -d 'Only data sources with this status' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand list" -l schema -d 'Only data sources with this schema id' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l expiring-within -d 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand list" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand list" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand list" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand list" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand list" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand list" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand list" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand list" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand list" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand list" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand list" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand get" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand get" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand get" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand get" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand get" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand get" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand get" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand get" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand get" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand get" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand get" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand get" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand get" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand get" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand schemas" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand schemas" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand schemas" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand schemas" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand schemas" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand schemas" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand schemas" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand schemas" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l addr -d 'Address to listen on (port 0 picks a free one)' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l state -d 'State file [default: sandbox.json in the user\'s state dir]' -r -F
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l workers -d 'Worker threads serving requests' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l latency-ms -d 'Added latency per request, in milliseconds' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l rate-limit-every -d 'Answer every Nth API request with 429 and Retry-After' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l retry-after -d 'Retry-After seconds sent with 429' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l error-rate -d 'Fraction of API requests answered with 503 (0.0-1.0)' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l access-token-lifetime -d 'Lifetime of issued access tokens, in seconds' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l page-size -d 'Paginate lists with Link headers at this page size' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l reset -d 'Start from fresh demo data, discarding any saved state'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l rotate-refresh-tokens -d 'Issue a new refresh token on every refresh'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand completions" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand completions" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand completions" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand completions" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand completions" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand completions" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand completions" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand completions" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand completions" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand completions" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand completions" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand man" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand man" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand man" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand man" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand man" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand man" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand man" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand man" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand man" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand man" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand man" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand man" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand man" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand man" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand register" -l url -d 'Data source URL Webex sends data to: an absolute https:// URL (http:// is accepted with a warning)' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l schema -d 'Schema id (see `byods schemas`) [default: 5397013b-7920-4ffc-807c-e8a3e0a18f43, Voice Virtual Agent]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l audience -d 'JWS audience (`aud`) [default: BYODS]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l subject -d 'JWS subject (`sub`) [default: BYODS]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l nonce -d 'Nonce [default: a fresh random UUID]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l lifetime -d 'JWS token lifetime in minutes, 1 to 1440 [default: 1440]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l from -d 'Read bodies from FILE (\'-\' for stdin): a JSON object, an array of objects or NDJSON (one data source each); flags override the file\'s fields' -r -F
complete -c byods -n "__fish_byods_using_subcommand register" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand register" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand register" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand register" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand register" -l skeleton -d 'Print a body template for --from and exit'
complete -c byods -n "__fish_byods_using_subcommand register" -l allow-duplicate -d 'Register even when a data source with the same url and schema exists'
complete -c byods -n "__fish_byods_using_subcommand register" -s y -l yes -d 'Skip the confirmation after guided prompts'
complete -c byods -n "__fish_byods_using_subcommand register" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand register" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand register" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand register" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand register" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand register" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand register" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand register" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand register" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand update" -l url -d 'New URL (absolute http(s))' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l schema -d 'New schema id' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l audience -d 'New JWS audience' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l subject -d 'New JWS subject' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l nonce -d 'Nonce to send [default: a fresh random UUID, which makes Webex issue a new token]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l lifetime -d 'New token lifetime in minutes, 1 to 1440' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l status -d 'active or disabled; disabling requires --error-message, re-enabling clears it' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand update" -l error-message -d 'Why the data source is disabled' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l from -d 'JSON object from FILE (\'-\' for stdin) merged onto the current values; flags override it' -r -F
complete -c byods -n "__fish_byods_using_subcommand update" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand update" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand update" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand update" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand update" -s y -l yes -d 'Do not ask for confirmation on a terminal'
complete -c byods -n "__fish_byods_using_subcommand update" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand update" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand update" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand update" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand update" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand update" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand update" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand update" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand update" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand extend" -l status -d 'Only data sources with this status' -r -f -a "active\t''
disabled\t''"
complete -c byods -n "__fish_byods_using_subcommand extend" -l schema -d 'Only data sources with this schema id' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l if-expiring-within -d 'Only those whose token expires within DURATION (e.g. 6h, 1d); fresher ones are skipped' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l lifetime -d 'New token lifetime in minutes, 1 to 1440 [default: each data source\'s current lifetime]' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l parallel -d 'Data sources extended at the same time, 1 to 32' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand extend" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand extend" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand extend" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand extend" -l all -d 'Every data source (narrow with --status, --schema, --if-expiring-within)'
complete -c byods -n "__fish_byods_using_subcommand extend" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand extend" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand extend" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand extend" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand extend" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand extend" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand extend" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand extend" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand extend" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand delete" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand delete" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand delete" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand delete" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand delete" -s y -l yes -d 'Delete without asking; required when not on a terminal'
complete -c byods -n "__fish_byods_using_subcommand delete" -l dry-run -d 'Print the exact request(s) (method, URL, body) as JSON and send nothing that changes anything'
complete -c byods -n "__fish_byods_using_subcommand delete" -l no-log -d 'Do not append this change to the audit log (config: "auditLog": false turns it off for a profile)'
complete -c byods -n "__fish_byods_using_subcommand delete" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand delete" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand delete" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand delete" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand delete" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand delete" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand delete" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand log" -l since -d 'Only entries newer than DURATION (e.g. 1h, 7d)' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l operation -d 'Only this operation' -r -f -a "register\t''
update\t''
extend\t''
delete\t''"
complete -c byods -n "__fish_byods_using_subcommand log" -l profile -d 'Configuration profile to use' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l base-url -d 'Webex API base URL [default: https://webexapis.com/v1]' -r
complete -c byods -n "__fish_byods_using_subcommand log" -s o -l output -d 'Output format [default: table on a terminal, json otherwise]' -r -f -a "json\t''
ndjson\t''
table\t''"
complete -c byods -n "__fish_byods_using_subcommand log" -l jq -d 'Filter JSON output with a jq program; strings are printed raw' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l timeout -d 'Overall timeout for one HTTP request, in seconds [default: 30]' -r
complete -c byods -n "__fish_byods_using_subcommand log" -l color -d 'When to use colours (NO_COLOR is respected)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c byods -n "__fish_byods_using_subcommand log" -l token-file -d 'Read the bearer token from FILE (\'-\' for stdin) instead of the credential chain' -r -F
complete -c byods -n "__fish_byods_using_subcommand log" -l json -d 'Same as --output json'
complete -c byods -n "__fish_byods_using_subcommand log" -s q -l quiet -d 'Print no messages on stderr, only errors'
complete -c byods -n "__fish_byods_using_subcommand log" -s v -l verbose -d 'Trace HTTP requests on stderr (secrets redacted)'
complete -c byods -n "__fish_byods_using_subcommand log" -l no-input -d 'Never prompt; fail with exit 2 where input would be needed'
complete -c byods -n "__fish_byods_using_subcommand log" -l sandbox -d 'Run against a built-in Webex API emulator (state kept in the user\'s state dir)'
complete -c byods -n "__fish_byods_using_subcommand log" -s h -l help -d 'Print help'
complete -c byods -n "__fish_byods_using_subcommand log" -s V -l version -d 'Print version'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "ls" -d 'List data sources'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "get" -d 'Show one or more data sources with their decoded JWS claims'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "schemas" -d 'List data source schemas, or show one'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "sandbox" -d 'Serve a local emulator of the Webex APIs byods uses'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "completions" -d 'Print a shell completion script'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "man" -d 'Write man pages to a directory'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "register" -d 'Register a data source (or many, from a file)'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "update" -d 'Change a data source\'s configuration, status or nonce'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "extend" -d 'Extend data source tokens: re-send the configuration with a new nonce'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "delete" -d 'Delete data sources'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "log" -d 'Show the audit log of changes made with byods'
complete -c byods -n "__fish_byods_using_subcommand help; and not __fish_seen_subcommand_from ls get schemas sandbox completions man register update extend delete log help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
