
use builtin;
use str;

set edit:completion:arg-completer[byods] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'byods'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'byods'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List data sources'
            cand list 'List data sources'
            cand get 'Show one or more data sources with their decoded JWS claims'
            cand schemas 'List data source schemas, or show one'
            cand sandbox 'Serve a local emulator of the Webex APIs byods uses'
            cand jwt 'Decode or verify a data source JWS token'
            cand check 'Monitoring plugin: every data source''s token expiry and status (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;ls'= {
            cand --status 'Only data sources with this status'
            cand --schema 'Only data sources with this schema id'
            cand --expiring-within 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included'
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;list'= {
            cand --status 'Only data sources with this status'
            cand --schema 'Only data sources with this schema id'
            cand --expiring-within 'Only data sources whose token expires within DURATION (e.g. 2h, 90m, 1d); expired ones included'
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;get'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;schemas'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;sandbox'= {
            cand --addr 'Address to listen on (port 0 picks a free one)'
            cand --state 'State file [default: sandbox.json in the user''s state dir]'
            cand --workers 'Worker threads serving requests'
            cand --latency-ms 'Added latency per request, in milliseconds'
            cand --rate-limit-every 'Answer every Nth API request with 429 and Retry-After'
            cand --retry-after 'Retry-After seconds sent with 429'
            cand --error-rate 'Fraction of API requests answered with 503 (0.0-1.0)'
            cand --access-token-lifetime 'Lifetime of issued access tokens, in seconds'
            cand --page-size 'Paginate lists with Link headers at this page size'
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --reset 'Start from fresh demo data, discarding any saved state'
            cand --rotate-refresh-tokens 'Issue a new refresh token on every refresh'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;jwt'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand decode 'Show a JWS''s header and claims WITHOUT verifying its signature'
            cand verify 'Verify a data source JWS: RS256 signature against the issuer''s keys, issuer, expiry, expected claims'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;jwt;decode'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;jwt;verify'= {
            cand --region 'Trust only the Webex issuers of these regions (repeatable or comma-separated: us, eu, ca, us-b, integration, integration-eu, all) [default: all]'
            cand --issuer 'Also trust this issuer (exact `iss` value; https://, or http:// on localhost); repeatable'
            cand --jwks 'Verify with this key set instead of {iss}/oauth2/v2/keys/verificationjwk: a JWKS file (offline), or a URL fetched only when the issuer is trusted'
            cand --jwks-ttl 'How long a fetched key set is reused from the cache'
            cand --leeway 'Clock skew tolerated for exp and iat'
            cand --aud 'Expected audience (aud)'
            cand --sub 'Expected subject (sub)'
            cand --url 'Expected data source URL (com.cisco.datasource.url), compared character by character as Webex does'
            cand --schema 'Expected schema id (com.cisco.datasource.schema.uuid)'
            cand --org 'Expected organization id (com.cisco.org.uuid)'
            cand --data-source 'Expect the audience, subject, url, schema and org of this registered data source (GET through the API); explicit flags override'
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --no-cache 'Neither read nor write the key set cache: fetch the keys for this run only'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;jwt;help'= {
            cand decode 'Show a JWS''s header and claims WITHOUT verifying its signature'
            cand verify 'Verify a data source JWS: RS256 signature against the issuer''s keys, issuer, expiry, expected claims'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;jwt;help;decode'= {
        }
        &'byods;jwt;help;verify'= {
        }
        &'byods;jwt;help;help'= {
        }
        &'byods;check'= {
            cand --status 'Only data sources with this status'
            cand --schema 'Only data sources with this schema id'
            cand --warn-before 'WARNING when a token expires within DURATION'
            cand --crit-before 'CRITICAL when a token expires within DURATION (or has expired)'
            cand --prometheus 'Also write Prometheus textfile-collector metrics to FILE (atomically, mode 0644), even when the check fails'
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --ignore-disabled 'Leave disabled data sources out instead of reporting them as WARNING'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;completions'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;man'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --json 'Same as --output json'
            cand -q 'Print no messages on stderr, only errors'
            cand --quiet 'Print no messages on stderr, only errors'
            cand -v 'Trace HTTP requests on stderr (secrets redacted)'
            cand --verbose 'Trace HTTP requests on stderr (secrets redacted)'
            cand --no-input 'Never prompt; fail with exit 2 where input would be needed'
            cand --sandbox 'Run against a built-in Webex API emulator (state kept in the user''s state dir)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'byods;help'= {
            cand ls 'List data sources'
            cand get 'Show one or more data sources with their decoded JWS claims'
            cand schemas 'List data source schemas, or show one'
            cand sandbox 'Serve a local emulator of the Webex APIs byods uses'
            cand jwt 'Decode or verify a data source JWS token'
            cand check 'Monitoring plugin: every data source''s token expiry and status (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;help;ls'= {
        }
        &'byods;help;get'= {
        }
        &'byods;help;schemas'= {
        }
        &'byods;help;sandbox'= {
        }
        &'byods;help;jwt'= {
            cand decode 'Show a JWS''s header and claims WITHOUT verifying its signature'
            cand verify 'Verify a data source JWS: RS256 signature against the issuer''s keys, issuer, expiry, expected claims'
        }
        &'byods;help;jwt;decode'= {
        }
        &'byods;help;jwt;verify'= {
        }
        &'byods;help;check'= {
        }
        &'byods;help;completions'= {
        }
        &'byods;help;man'= {
        }
        &'byods;help;help'= {
        }
    ]
    $completions[$command]
}
