//! The data source endpoints. Objects are passed through as JSON so unknown fields survive.

use serde_json::Value;

use super::{Body, Client, Method, Response};
use crate::error::{Error, Result};

/// Webex lists with `GET /dataSources` (its samples do); the spec writes `/dataSources/`.
pub const LIST_PATH: &str = "/dataSources";

/// Ids go into a URL path: anything but `[A-Za-z0-9_-]` is refused before a request is made.
pub fn check_id(kind: &str, id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= 200
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        let shown: String = id.chars().take(80).collect();
        let more = if shown.len() < id.len() { "…" } else { "" };
        Err(Error::usage(format!(
            "invalid {kind} id '{}{more}': expected letters, digits and '-' (a UUID such as 5397013b-7920-4ffc-807c-e8a3e0a18f43)",
            shown.escape_debug()
        )))
    }
}

/// A 404 says which id was not found (the API error, with its tracking id, is kept: exit 5).
fn not_found(kind: &str, id: &str, e: Error) -> Error {
    match e {
        Error::Api(mut api) if api.status == 404 => {
            let said = std::mem::take(&mut api.message);
            api.message = format!("{kind} {id} not found");
            if !said.is_empty() && said != "Not Found" && !api.descriptions.contains(&said) {
                api.descriptions.insert(0, said);
            }
            Error::Api(api)
        }
        other => other,
    }
}

pub fn list(client: &Client) -> Result<Vec<Value>> {
    client.list(LIST_PATH)
}

pub fn get(client: &Client, id: &str) -> Result<Value> {
    check_id("data source", id)?;
    client
        .get(&format!("/dataSources/{id}"))
        .map(|r| r.body)
        .map_err(|e| not_found("data source", id, e))
}

pub fn schemas(client: &Client) -> Result<Vec<Value>> {
    client.list("/dataSources/schemas")
}

pub fn schema(client: &Client, id: &str) -> Result<Value> {
    check_id("schema", id)?;
    client
        .get(&format!("/dataSources/schemas/{id}"))
        .map(|r| r.body)
        .map_err(|e| not_found("schema", id, e))
}

/// `POST /dataSources`. The whole response, so callers can record its status and tracking id.
pub fn register(client: &Client, body: &Value) -> Result<Response> {
    client.send(Method::Post, LIST_PATH, Body::Json(body))
}

pub fn update(client: &Client, id: &str, body: &Value) -> Result<Response> {
    check_id("data source", id)?;
    client
        .send(Method::Put, &path(id), Body::Json(body))
        .map_err(|e| not_found("data source", id, e))
}

/// Webex answers 204 with an empty body.
pub fn delete(client: &Client, id: &str) -> Result<Response> {
    check_id("data source", id)?;
    client
        .send(Method::Delete, &path(id), Body::None)
        .map_err(|e| not_found("data source", id, e))
}

/// `/dataSources/{id}`
pub fn path(id: &str) -> String {
    format!("{LIST_PATH}/{id}")
}
