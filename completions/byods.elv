
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand auth 'Log the token manager in (OAuth with PKCE, or a personal access token), show or forget it'
            cand token 'Print, refresh or inspect the Service App access token'
            cand config 'Read and change settings, import the original tool''s token-config.json'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;auth'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand login 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)'
            cand status 'Show the stored token-manager credential (fingerprints and expiries, never values)'
            cand logout 'Forget the stored tokens (the token-manager credential and the service app tokens)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;auth;login'= {
            cand --port 'Loopback port of the redirect URI http://localhost:PORT/callback (0 picks a free one) [default: the profile''s redirectPort, else 3000]'
            cand --wait 'Seconds to wait for the browser to come back'
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
            cand --with-token 'Read a personal access token from stdin instead of the browser flow'
            cand --no-browser 'Print the authorization URL instead of opening a browser'
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
        &'byods;auth;status'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;auth;logout'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
            cand --all 'Also forget the client secrets: the profile''s store is emptied'
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
        &'byods;auth;help'= {
            cand login 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)'
            cand status 'Show the stored token-manager credential (fingerprints and expiries, never values)'
            cand logout 'Forget the stored tokens (the token-manager credential and the service app tokens)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;auth;help;login'= {
        }
        &'byods;auth;help;status'= {
        }
        &'byods;auth;help;logout'= {
        }
        &'byods;auth;help;help'= {
        }
        &'byods;token'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand print 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")'
            cand refresh 'Get a fresh Service App access token now, even if the stored one is still valid'
            cand status 'Show each layer of the credential chain: present, expiry, fingerprint (never the value)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;token;print'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;token;refresh'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;token;status'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;token;help'= {
            cand print 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")'
            cand refresh 'Get a fresh Service App access token now, even if the stored one is still valid'
            cand status 'Show each layer of the credential chain: present, expiry, fingerprint (never the value)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;token;help;print'= {
        }
        &'byods;token;help;refresh'= {
        }
        &'byods;token;help;status'= {
        }
        &'byods;token;help;help'= {
        }
        &'byods;config'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand set 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take ''-'' and are read from stdin into the store'
            cand get 'Print one setting (secrets as a fingerprint)'
            cand unset 'Remove a setting or stored secret from the profile'
            cand list 'List the profile''s settings and which secrets are stored (as fingerprints)'
            cand path 'Print the config file and credential store locations'
            cand import 'Import the original tool''s token-config.json (FILE, or ''-'' for stdin) into the profile and its store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;config;set'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;config;get'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;config;unset'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;config;list'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;config;path'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;config;import'= {
            cand --profile 'Configuration profile to use'
            cand --base-url 'Webex API base URL [default: https://webexapis.com/v1]'
            cand -o 'Output format [default: table on a terminal, json otherwise]'
            cand --output 'Output format [default: table on a terminal, json otherwise]'
            cand --jq 'Filter JSON output with a jq program; strings are printed raw'
            cand --timeout 'Overall timeout for one HTTP request, in seconds [default: 30]'
            cand --color 'When to use colours (NO_COLOR is respected)'
            cand --token-file 'Read the bearer token from FILE (''-'' for stdin) instead of the credential chain'
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
        &'byods;config;help'= {
            cand set 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take ''-'' and are read from stdin into the store'
            cand get 'Print one setting (secrets as a fingerprint)'
            cand unset 'Remove a setting or stored secret from the profile'
            cand list 'List the profile''s settings and which secrets are stored (as fingerprints)'
            cand path 'Print the config file and credential store locations'
            cand import 'Import the original tool''s token-config.json (FILE, or ''-'' for stdin) into the profile and its store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'byods;config;help;set'= {
        }
        &'byods;config;help;get'= {
        }
        &'byods;config;help;unset'= {
        }
        &'byods;config;help;list'= {
        }
        &'byods;config;help;path'= {
        }
        &'byods;config;help;import'= {
        }
        &'byods;config;help;help'= {
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand --store 'Credential store URI: file:[PATH] (default), env:[PREFIX] or exec:COMMAND (see `byods token --help`)'
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
            cand auth 'Log the token manager in (OAuth with PKCE, or a personal access token), show or forget it'
            cand token 'Print, refresh or inspect the Service App access token'
            cand config 'Read and change settings, import the original tool''s token-config.json'
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
        &'byods;help;auth'= {
            cand login 'Authorize the token-manager integration in a browser (authorization code flow with PKCE S256)'
            cand status 'Show the stored token-manager credential (fingerprints and expiries, never values)'
            cand logout 'Forget the stored tokens (the token-manager credential and the service app tokens)'
        }
        &'byods;help;auth;login'= {
        }
        &'byods;help;auth;status'= {
        }
        &'byods;help;auth;logout'= {
        }
        &'byods;help;token'= {
            cand print 'Print the Service App access token alone on stdout (for curl -H "Authorization: Bearer $(byods token print)")'
            cand refresh 'Get a fresh Service App access token now, even if the stored one is still valid'
            cand status 'Show each layer of the credential chain: present, expiry, fingerprint (never the value)'
        }
        &'byods;help;token;print'= {
        }
        &'byods;help;token;refresh'= {
        }
        &'byods;help;token;status'= {
        }
        &'byods;help;config'= {
            cand set 'Set a setting of the profile; secrets (clientSecret, personalAccessToken, oauthClientSecret, oauthRefreshToken) take ''-'' and are read from stdin into the store'
            cand get 'Print one setting (secrets as a fingerprint)'
            cand unset 'Remove a setting or stored secret from the profile'
            cand list 'List the profile''s settings and which secrets are stored (as fingerprints)'
            cand path 'Print the config file and credential store locations'
            cand import 'Import the original tool''s token-config.json (FILE, or ''-'' for stdin) into the profile and its store'
        }
        &'byods;help;config;set'= {
        }
        &'byods;help;config;get'= {
        }
        &'byods;help;config;unset'= {
        }
        &'byods;help;config;list'= {
        }
        &'byods;help;config;path'= {
        }
        &'byods;help;config;import'= {
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
