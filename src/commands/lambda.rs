//! `byods lambda`: the binary as an AWS Lambda custom runtime (`provided.al2023`). It runs the Runtime
//! API loop itself (next invocation, response, invocation error, init error) and each invocation runs
//! the keepalive through the same `Extender` as `byods extend`. Settings come from the function's
//! environment, with the original tool's variable names where it had them. Logs go to stderr as one
//! JSON line per event (CloudWatch); nothing goes to stdout.

use std::time::Duration;

use serde_json::{Value, json};

use super::ls;
use crate::api::datasources;
use crate::app::Ctx;
use crate::cli::{ListFilters, OutputFormat};
use crate::error::{Error, ExitStatus, Result};
use crate::extension::{Extended, Extender, Target};
use crate::ui::timefmt;
use crate::ui::{Outcome, Ui};
use crate::{paths, pool};

const API_VERSION: &str = "2018-06-01";
/// Tokens expiring later than this are left alone (the keepalive's default).
const DEFAULT_WITHIN: &str = "6h";

/// What each invocation does, from the environment.
struct Plan {
    /// `DATA_SOURCE_ID`: one id or comma-separated; empty = every data source.
    ids: Vec<String>,
    /// `BYODS_EXTEND_WITHIN` (default 6h; `always` extends every time).
    within: Option<i64>,
    /// `TOKEN_LIFETIME_MINUTES`.
    lifetime: Option<u32>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

impl Plan {
    fn from_env() -> Result<Plan> {
        let ids: Vec<String> = env("DATA_SOURCE_ID")
            .unwrap_or_default()
            .split(',')
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty())
            .collect();
        for id in &ids {
            datasources::check_id("DATA_SOURCE_ID", id)?;
        }
        let within = match env("BYODS_EXTEND_WITHIN")
            .unwrap_or_else(|| DEFAULT_WITHIN.into())
            .as_str()
        {
            "always" => None,
            text => Some(
                timefmt::parse_duration(text)
                    .map_err(|e| Error::usage(format!("BYODS_EXTEND_WITHIN: {e} (or 'always')")))?,
            ),
        };
        let lifetime = env("TOKEN_LIFETIME_MINUTES")
            .map(|m| {
                crate::mutation::parse_lifetime_arg(&m)
                    .map_err(|e| Error::usage(format!("TOKEN_LIFETIME_MINUTES: {e}")))
            })
            .transpose()?;
        Ok(Plan {
            ids,
            within,
            lifetime,
        })
    }
}

/// One JSON line on stderr (CloudWatch), shown even with `-q`.
fn log(ui: &Ui, level: &str, event: &str, fields: Value) {
    let mut line = json!({
        "timestamp": timefmt::rfc3339(timefmt::now_unix()),
        "level": level,
        "event": event,
    });
    if let (Some(line), Value::Object(fields)) = (line.as_object_mut(), fields) {
        line.extend(fields);
    }
    // Nothing secret is logged on purpose; redaction by key name is the safety net.
    ui.line(&crate::redact::json(&line).to_string());
}

struct Runtime {
    base: String,
    agent: ureq::Agent,
}

impl Runtime {
    fn new(api: &str) -> Runtime {
        // `next` blocks until an event arrives (the sandbox may be frozen in between): no overall
        // timeout there. The Runtime API is local to the sandbox: no proxy.
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(Duration::from_secs(10)))
            .http_status_as_error(false)
            .proxy(None)
            .build()
            .new_agent();
        Runtime {
            base: format!("http://{api}/{API_VERSION}/runtime"),
            agent,
        }
    }

    /// The next event's request id (the event itself is not used: the schedule carries nothing).
    fn next(&self) -> Result<String> {
        let url = format!("{}/invocation/next", self.base);
        let response = self
            .agent
            .get(&url)
            .call()
            .map_err(|e| Error::Transient(format!("Lambda Runtime API {url}: {e}")))?;
        if !response.status().is_success() {
            return Err(Error::Transient(format!(
                "Lambda Runtime API {url}: HTTP {}",
                response.status().as_u16()
            )));
        }
        response
            .headers()
            .get("lambda-runtime-aws-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .ok_or_else(|| {
                Error::Internal(format!(
                    "Lambda Runtime API {url}: no Lambda-Runtime-Aws-Request-Id header"
                ))
            })
    }

    fn post(&self, path: &str, body: &Value, error_type: Option<&str>) -> Result<()> {
        let url = format!("{}/{path}", self.base);
        let mut request = self
            .agent
            .post(&url)
            .header("content-type", "application/json");
        if let Some(kind) = error_type {
            request = request.header("lambda-runtime-function-error-type", kind);
        }
        let response = request
            .send(body.to_string())
            .map_err(|e| Error::Transient(format!("Lambda Runtime API {url}: {e}")))?;
        if !response.status().is_success() {
            return Err(Error::Transient(format!(
                "Lambda Runtime API {url}: HTTP {}",
                response.status().as_u16()
            )));
        }
        Ok(())
    }

    fn error_body(message: &str, kind: &str) -> Value {
        json!({"errorMessage": message, "errorType": kind, "stackTrace": []})
    }
}

pub fn run(ctx: &Ctx) -> Result<Outcome> {
    let Some(api) = env("AWS_LAMBDA_RUNTIME_API") else {
        return Err(Error::usage(
            "byods lambda runs inside AWS Lambda: AWS_LAMBDA_RUNTIME_API is not set (see \
             scripts/deploy/lambda/ to package and deploy it)",
        ));
    };
    let runtime = Runtime::new(&api);
    let plan = match Plan::from_env() {
        Ok(plan) => plan,
        Err(e) => {
            log(
                &ctx.ui,
                "error",
                "init failed",
                json!({"error": e.to_string()}),
            );
            let _ = runtime.post(
                "init/error",
                &Runtime::error_body(&e.to_string(), "Runtime.InitError"),
                Some("Runtime.InitError"),
            );
            return Err(Error::Exit(e.exit_status()));
        }
    };
    log(
        &ctx.ui,
        "info",
        "init",
        json!({
            "version": env!("CARGO_PKG_VERSION"),
            "dataSourceIds": plan.ids,
            "extendWithinSeconds": plan.within,
            "tokenLifetimeMinutes": plan.lifetime,
            "store": invocation_store(ctx),
        }),
    );
    loop {
        let request_id = match runtime.next() {
            Ok(id) => id,
            Err(e) => {
                log(
                    &ctx.ui,
                    "error",
                    "runtime api failed",
                    json!({"error": e.to_string()}),
                );
                return Err(Error::Exit(e.exit_status()));
            }
        };
        log(
            &ctx.ui,
            "info",
            "invocation",
            json!({"requestId": request_id}),
        );
        let response = invoke(ctx, &plan, &request_id);
        let ok = response["success"] == true;
        let posted = if ok {
            runtime.post(
                &format!("invocation/{request_id}/response"),
                &response,
                None,
            )
        } else {
            // An invocation error counts in the function's Errors metric (the template's alarm).
            let mut body = Runtime::error_body(
                response["message"].as_str().unwrap_or("keepalive failed"),
                "KeepaliveFailed",
            );
            body["response"] = response.clone();
            runtime.post(
                &format!("invocation/{request_id}/error"),
                &body,
                Some("KeepaliveFailed"),
            )
        };
        log(
            &ctx.ui,
            if ok { "info" } else { "error" },
            "invocation done",
            json!({"requestId": request_id, "success": ok, "message": response["message"],
                   "statusCode": response["statusCode"]}),
        );
        if let Err(e) = posted {
            log(
                &ctx.ui,
                "error",
                "runtime api failed",
                json!({"error": e.to_string()}),
            );
            return Err(Error::Exit(e.exit_status()));
        }
    }
}

/// The store URI for invocations: `--store`/`BYODS_STORE`, else `aws-sm:$SECRET_NAME` (the
/// original's variable), else the profile's.
fn invocation_store(ctx: &Ctx) -> Option<String> {
    ctx.global
        .store
        .clone()
        .or_else(|| env("SECRET_NAME").map(|name| format!("aws-sm:{name}")))
}

/// One invocation: the response object (the original's fields plus one result per data source).
fn invoke(ctx: &Ctx, plan: &Plan, request_id: &str) -> Value {
    let started = timefmt::now_unix();
    let outcome = keepalive(ctx, plan, request_id);
    let (results, error) = match outcome {
        Ok(results) => (results, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    let records: Vec<&Value> = results.iter().map(|r| &r.record).collect();
    let count = |what: &str| records.iter().filter(|r| r["result"] == what).count();
    let failed = count("failed");
    let success = error.is_none() && failed == 0;
    let message = match &error {
        Some(e) => e.to_string(),
        None => format!(
            "extended {}, skipped {}, failed {}",
            count("extended"),
            count("skipped"),
            failed
        ),
    };
    let ids: Vec<&str> = records.iter().filter_map(|r| r["id"].as_str()).collect();
    let data_source_id = if plan.ids.is_empty() {
        ids.join(",")
    } else {
        plan.ids.join(",")
    };
    // The earliest expiry is the one that matters next.
    let token_expiry = records
        .iter()
        .filter_map(|r| r["newExpiresAt"].as_str())
        .min()
        .map(str::to_string);
    let status_code = match &error {
        None if success => 200,
        Some(e) if e.exit_status() == ExitStatus::Transient => 503,
        _ => 500,
    };
    json!({
        "success": success,
        "message": message,
        "data_source_id": data_source_id,
        "nonce_updated": records.iter().any(|r| r["nonceChanged"] == true),
        "token_expiry": token_expiry,
        "token_lifetime_minutes": plan.lifetime,
        "timestamp": timefmt::rfc3339(started),
        "statusCode": status_code,
        "requestId": request_id,
        "exitCode": error.as_ref().map(Error::exit_status)
            .or_else(|| results.iter().find_map(|r| r.result.failure())).map_or(0, ExitStatus::code),
        "results": records,
    })
}

/// Extends what the plan names, with a fresh run context (the credential chain re-reads the store:
/// the sandbox may have slept for an hour since the last invocation).
fn keepalive(ctx: &Ctx, plan: &Plan, request_id: &str) -> Result<Vec<Extended>> {
    let run_started_ms = crate::extension::verdict::now_ms();
    let mut global = ctx.global.clone();
    global.store = invocation_store(ctx);
    global.no_input = true;
    global.quiet = true;
    global.output = Some(OutputFormat::Json);
    let ctx = Ctx::new(global)?;
    let targets: Vec<Target> = if plan.ids.is_empty() {
        let filters = ListFilters {
            status: None,
            schema: None,
        };
        ls::list(&ctx, &filters, None)?
            .into_iter()
            .map(|ds| Target {
                id: crate::datasource::text(&ds, "id"),
                listed: Some(ds),
            })
            .collect()
    } else {
        plan.ids
            .iter()
            .map(|id| Target {
                id: id.clone(),
                listed: None,
            })
            .collect()
    };
    let audit = ctx.audit(false)?;
    let lock_dir = paths::state_dir()?.join("locks");
    paths::ensure_private_dir(&lock_dir)?;
    let extender = Extender {
        client: ctx.client()?,
        audit: &audit,
        lifetime: plan.lifetime,
        within: plan.within,
        lock_dir,
        dry_run: false,
        run_started_ms,
        // One invocation at a time (the template's concurrency); a lock still held is another run's.
        lock_wait: std::time::Duration::ZERO,
    };
    Ok(pool::map(
        &targets,
        4,
        |target| extender.extend(target),
        |extended| {
            let level = if extended.result.failure().is_some() {
                "error"
            } else {
                "info"
            };
            let mut fields = extended.record.clone();
            fields["requestId"] = json!(request_id);
            log(&ctx.ui, level, "data source", fields);
        },
    ))
}

/// The environment `byods lambda` reads, for `--help` and the man page.
pub const LAMBDA_HELP: &str = "\
Started as `bootstrap` (no arguments) with AWS_LAMBDA_RUNTIME_API set, the binary runs this command
itself: it asks the Lambda Runtime API for the next invocation, runs the keepalive (extend tokens
that expire soon), and posts the result; a failed data source posts an invocation error, so the
function's Errors metric and alarm see it. Logs: one JSON object per line on stderr (CloudWatch).

Environment (the original tool's names where it had them):
  DATA_SOURCE_ID          one id, or several separated by commas (default: every data source)
  BYODS_EXTEND_WITHIN     extend tokens expiring within this duration (default 6h; 'always')
  TOKEN_LIFETIME_MINUTES  new token lifetime, 1 to 1440 (default: each data source's own)
  SECRET_NAME             AWS Secrets Manager secret holding the credentials (the aws-sm: store)
  BYODS_CLIENT_ID, BYODS_APP_ID, BYODS_TARGET_ORG_ID, BYODS_OAUTH_CLIENT_ID, BYODS_BASE_URL, ...
                          any profile setting (BYODS_ + the setting in capitals); unset ones come
                          from the secret's serviceApp/tokenManager, so no config file is needed
  AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN  set by Lambda
State and cache go to /tmp/byods inside Lambda.

Response: {success, message, data_source_id, nonce_updated, token_expiry, token_lifetime_minutes,
timestamp, statusCode, requestId, exitCode, results: [one object per data source]}.";
