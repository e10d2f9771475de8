//! Bad input across commands, as one table: each is refused with its message and exit code before
//! anything is sent (the sandbox's request log stays empty). `read.rs` has the same for ls and get.

use serde_json::Value;

use crate::common::{Env, stderr_text, stdout_text};

const LIFETIME: &str = "expected whole minutes from 1 to 1440";
const DURATION: &str = "use a number with a unit, e.g. 90m";
const ID: &str = "invalid data source id 'a/b'";

#[test]
fn every_command_refuses_bad_input_before_any_request() {
    let env = Env::start();
    env.clear_requests();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["register", "--url", "ftp://x.example/a"],
            2,
            "only https and http are allowed",
        ),
        (
            &[
                "register",
                "--url",
                "https://x.example/a",
                "--lifetime",
                "0",
            ],
            2,
            LIFETIME,
        ),
        (
            &[
                "register",
                "--url",
                "https://x.example/a",
                "--lifetime",
                "1441",
            ],
            2,
            LIFETIME,
        ),
        (
            &["register", "--url", "https://x.example/a", "--schema", "x"],
            2,
            "invalid schema id 'x': expected a UUID",
        ),
        (
            &["register", "--from", "/nonexistent/byods-input.json"],
            2,
            "cannot read /nonexistent/byods-input.json",
        ),
        (&["update", "abc"], 2, "nothing to change"),
        (&["update", "a/b", "--url", "https://x.example/b"], 2, ID),
        (&["update", "abc", "--lifetime", "99999"], 2, LIFETIME),
        (
            &["update", "abc", "--status", "paused"],
            2,
            "invalid value 'paused' for '--status <STATUS>'",
        ),
        (
            &["extend", "abc", "--if-expiring-within", "soon"],
            2,
            DURATION,
        ),
        (&["extend", "abc", "--lifetime", "0"], 2, LIFETIME),
        (
            &["extend", "abc", "--status", "active"],
            2,
            "use them with --all, not with ids",
        ),
        (
            &["delete"],
            2,
            "the following required arguments were not provided",
        ),
        (&["delete", "a/b", "--yes"], 2, ID),
        (&["log", "--since", "yesterday"], 2, DURATION),
        (
            &["log", "--operation", "frobnicate"],
            2,
            "invalid value 'frobnicate' for '--operation <OP>'",
        ),
        (
            &["jwt", "decode", "not-a-token"],
            2,
            "found 1 (no '.' at all",
        ),
        (
            &["jwt", "verify", "not-a-token"],
            2,
            "found 1 (no '.' at all",
        ),
        (&["jwt", "verify", "a.b.c", "--leeway", "soon"], 2, DURATION),
        (
            &["jwt", "verify", "a.b.c", "--jwks-ttl", "soon"],
            2,
            DURATION,
        ),
        (
            &["token", "frobnicate"],
            2,
            "unrecognized subcommand 'frobnicate'",
        ),
        (
            &["config", "get", "nosuchsetting"],
            2,
            "unknown setting 'nosuchsetting'",
        ),
        (
            &["config", "set", "timeout", "abc"],
            2,
            "timeout must be a whole number of seconds from 1 to 86400",
        ),
        (&["schemas", "a/b"], 2, "invalid schema id 'a/b'"),
        (
            &["completions", "nosuchshell"],
            2,
            "invalid value 'nosuchshell'",
        ),
        (
            &["--output", "xml", "ls"],
            2,
            "invalid value 'xml' for '--output <FORMAT>'",
        ),
    ];
    for (args, code, message) in cases {
        let out = env.cmd().args(*args).write_stdin("").output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(*code),
            "{args:?}: {}",
            stderr_text(&out)
        );
        assert!(
            stderr_text(&out).contains(message),
            "{args:?}: expected {message:?} in {}",
            stderr_text(&out)
        );
        assert_eq!(stdout_text(&out), "", "{args:?}: nothing on stdout");
    }
    // A monitoring plugin answers UNKNOWN (3) on its stdout, still without asking the API.
    let out = env
        .cmd()
        .args(["check", "--warn-before", "soon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout_text(&out).starts_with("BYODS UNKNOWN"),
        "{}",
        stdout_text(&out)
    );
    assert!(stdout_text(&out).contains("invalid threshold 'soon'"));
    assert_eq!(
        env.requests(),
        Vec::<Value>::new(),
        "no request reached the API"
    );
}
