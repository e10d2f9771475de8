//! `/_sandbox/*`: controls for tests and demos (rotate the key, expire tokens, faults, request log,
//! shutdown). Loopback only, so no auth; never faulted, never logged.

use serde_json::{Value, json};

use super::http::{Reply, Req};
use super::state::TokenKind;
use super::store::Changes;
use super::{Shared, lock, startup_info, stop, with_state};

/// `/_sandbox/*`: test and demo controls. Loopback only, so no auth.
pub(super) fn handle(shared: &Shared, req: &Req) -> Reply {
    match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/_sandbox/info") => Reply::ok(startup_info(shared)),
        ("POST", "/_sandbox/rotate-key") => with_state(shared, true, |state, _| {
            state.rotated = true;
            let jwks = shared.keys.jwks(true);
            let kids: Vec<Value> = jwks["keys"]
                .as_array()
                .map(|ks| ks.iter().map(|k| k["kid"].clone()).collect())
                .unwrap_or_default();
            (
                Reply::ok(json!({"activeKid": shared.keys.active_kid(true), "kids": kids})),
                Changes::rest(),
            )
        }),
        ("POST", "/_sandbox/expire-tokens") => {
            let kind = if req.body.iter().all(u8::is_ascii_whitespace) {
                "all".to_string()
            } else {
                match req.json_object() {
                    Ok(m) => match m.get("kind").and_then(Value::as_str) {
                        Some(k) => k.to_string(),
                        None => {
                            return Reply::error(
                                400,
                                "Expected {\"kind\": \"access|personal|refresh|admin|all\"}.",
                            );
                        }
                    },
                    Err(r) => return r,
                }
            };
            let wanted: &[TokenKind] = match kind.as_str() {
                "access" => &[TokenKind::Access],
                "personal" => &[TokenKind::Personal],
                "refresh" => &[TokenKind::Refresh],
                "admin" => &[TokenKind::Admin],
                "all" => &[
                    TokenKind::Access,
                    TokenKind::Personal,
                    TokenKind::Refresh,
                    TokenKind::Admin,
                ],
                other => return Reply::error(400, format!("Unknown token kind '{other}'.")),
            };
            with_state(shared, true, |state, now| {
                let mut n = 0;
                for t in state
                    .tokens
                    .iter_mut()
                    .filter(|t| wanted.contains(&t.kind) && t.expires_at > now)
                {
                    t.expires_at = now - 1;
                    n += 1;
                }
                (
                    Reply::ok(json!({"expired": n, "kind": kind})),
                    Changes::rest(),
                )
            })
        }
        ("GET", "/_sandbox/faults") => Reply::ok(json!(lock(&shared.faults).faults)),
        ("POST", "/_sandbox/faults") => {
            let patch = match req.json_object() {
                Ok(m) => Value::Object(m),
                Err(r) => return r,
            };
            let mut fs = lock(&shared.faults);
            match fs.merge(&patch) {
                Ok(()) => Reply::ok(json!(fs.faults)),
                Err(e) => Reply::error(400, e),
            }
        }
        ("GET", "/_sandbox/requests") => Reply::ok(Value::Array(lock(&shared.log).entries.clone())),
        ("DELETE", "/_sandbox/requests") => {
            lock(&shared.log).entries.clear();
            Reply::empty(204)
        }
        ("POST", "/_sandbox/shutdown") => {
            stop(shared);
            Reply::ok(json!({"stopping": true}))
        }
        _ => Reply::error(404, "Unknown sandbox control endpoint."),
    }
}
