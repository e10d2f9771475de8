//! `/v1/dataSources`: CRUD, validation, the PUT status rules, schema routes.

use super::*;

#[test]
fn crud_happy_path_and_status_codes() {
    let sb = start();
    let (base, tok) = (sb.base_url(), sb.admin_token());
    let created = call(
        "POST",
        &format!("{base}/dataSources"),
        Some(&tok),
        Some(new_ds(60)),
    );
    assert_eq!(created.status, 200, "{}", created.text);
    assert!(
        created
            .header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    assert!(created.header("TrackingID").unwrap().starts_with("ROUTER_"));
    let id = created.json["id"].as_str().unwrap().to_string();
    assert!(uuid::Uuid::parse_str(&id).is_ok());
    assert_eq!(created.json["status"], "active");
    assert_eq!(created.json["tokenLifetimeMinutes"], 60);
    assert_eq!(created.json["audience"], "my-audience");
    assert!(created.json.get("errorMessage").is_none());

    let got = call("GET", &format!("{base}/dataSources/{id}"), Some(&tok), None);
    assert_eq!(got.status, 200);
    assert_eq!(got.json, created.json);

    for list_url in [
        format!("{base}/dataSources"),
        format!("{base}/dataSources/"),
    ] {
        let list = call("GET", &list_url, Some(&tok), None);
        assert_eq!(list.status, 200);
        let items = list.json["items"].as_array().unwrap();
        assert_eq!(items.len(), 5);
        assert!(items.iter().any(|d| d["id"] == id.as_str()));
    }

    let mut body = new_ds(30);
    body["status"] = json!("active");
    body["url"] = json!("https://other.example.com/x");
    let updated = call(
        "PUT",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        Some(body),
    );
    assert_eq!(updated.status, 200, "{}", updated.text);
    assert_eq!(updated.json["url"], "https://other.example.com/x");
    assert_eq!(updated.json["tokenLifetimeMinutes"], 30);
    assert_ne!(updated.json["jwsToken"], created.json["jwsToken"]);
    assert_eq!(updated.json["createdAt"], created.json["createdAt"]);
    let (_, claims) = verify(&sb, updated.json["jwsToken"].as_str().unwrap());
    let expiry = updated.json["tokenExpiryTime"].as_str().unwrap();
    assert_eq!(expiry, util::rfc3339(claims["exp"].as_i64().unwrap()));
    assert!(expiry.ends_with('Z'));

    let deleted = call(
        "DELETE",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        None,
    );
    assert_eq!(deleted.status, 204);
    assert_eq!(deleted.text, "");
    assert!(deleted.header("TrackingID").is_some());
    call("GET", &format!("{base}/dataSources/{id}"), Some(&tok), None)
        .assert_error(404, "not found");
    call(
        "DELETE",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        None,
    )
    .assert_error(404, "not found");
    let mut put = new_ds(5);
    put["status"] = json!("active");
    call(
        "PUT",
        &format!("{base}/dataSources/{id}"),
        Some(&tok),
        Some(put),
    )
    .assert_error(404, "not found");
}

#[test]
fn validation_errors_are_webex_shaped() {
    let sb = start();
    let url = format!("{}/dataSources", sb.base_url());
    let tok = sb.admin_token();
    for field in [
        "schemaId",
        "url",
        "audience",
        "subject",
        "nonce",
        "tokenLifetimeMinutes",
    ] {
        let mut body = new_ds(60);
        body.as_object_mut().unwrap().remove(field);
        call("POST", &url, Some(&tok), Some(body)).assert_error(400, field);
    }
    for bad in [json!(0), json!(1441), json!(1.5), json!(-3), json!("60")] {
        let mut body = new_ds(60);
        body["tokenLifetimeMinutes"] = bad.clone();
        call("POST", &url, Some(&tok), Some(body)).assert_error(400, "tokenLifetimeMinutes");
    }
    for ok in [1, 1440] {
        assert_eq!(call("POST", &url, Some(&tok), Some(new_ds(ok))).status, 200);
    }
    let mut body = new_ds(60);
    body["schemaId"] = json!("00000000-0000-0000-0000-000000000000");
    call("POST", &url, Some(&tok), Some(body)).assert_error(400, "schemaId");
    for bad_url in ["ftp://x.example.com", "not a url", "https://"] {
        let mut body = new_ds(60);
        body["url"] = json!(bad_url);
        call("POST", &url, Some(&tok), Some(body)).assert_error(400, "url");
    }
    let mut body = new_ds(60);
    body["audience"] = json!("");
    call("POST", &url, Some(&tok), Some(body)).assert_error(400, "audience");

    let auth = [("Authorization", format!("Bearer {tok}"))];
    let r = send("POST", &url, &auth, Some(b"{not json".to_vec()));
    r.assert_error(400, "Malformed JSON");
    let r = send("POST", &url, &auth, Some(b"[1,2]".to_vec()));
    r.assert_error(400, "JSON object");
    let r = send("POST", &url, &auth, Some(vec![0xff, 0xfe, 0x00]));
    r.assert_error(400, "JSON");
}

#[test]
fn put_status_rules_disable_and_reenable() {
    let sb = start();
    let tok = sb.admin_token();
    let created = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );
    let url = format!(
        "{}/dataSources/{}",
        sb.base_url(),
        created.json["id"].as_str().unwrap()
    );

    // `status` is optional on PUT (the spec): absent, the data source keeps its own.
    let body = new_ds(60);
    let r = call("PUT", &url, Some(&tok), Some(body.clone()));
    assert_eq!(r.status, 200);
    assert_eq!(r.json["status"], "active");
    let mut b = body.clone();
    b["status"] = json!("paused");
    call("PUT", &url, Some(&tok), Some(b)).assert_error(400, "status");
    let mut b = body.clone();
    b["status"] = json!("disabled");
    call("PUT", &url, Some(&tok), Some(b.clone())).assert_error(400, "errorMessage");
    b["errorMessage"] = json!("");
    call("PUT", &url, Some(&tok), Some(b.clone())).assert_error(400, "errorMessage");
    b["errorMessage"] = json!("down for maintenance");
    let r = call("PUT", &url, Some(&tok), Some(b));
    assert_eq!(r.status, 200);
    assert_eq!(r.json["status"], "disabled");
    assert_eq!(r.json["errorMessage"], "down for maintenance");
    let g = call("GET", &url, Some(&tok), None);
    assert_eq!(g.json["status"], "disabled");
    let mut b = new_ds(60);
    b["url"] = json!("https://agent.example.com/moved");
    let r = call("PUT", &url, Some(&tok), Some(b));
    assert_eq!(r.status, 200, "{:?}", r.json);
    assert_eq!(r.json["status"], "disabled");
    assert_eq!(r.json["errorMessage"], "down for maintenance");

    let mut b = body.clone();
    b["status"] = json!("active");
    b["errorMessage"] = json!("");
    let r = call("PUT", &url, Some(&tok), Some(b));
    assert_eq!(r.status, 200);
    assert_eq!(r.json["status"], "active");
    assert!(r.json.get("errorMessage").is_none_or(|m| m == ""));
}

#[test]
fn schemas_route_before_ids() {
    let sb = start();
    let base = sb.base_url();
    let personal = info(&sb)["tokenManager"]["personalAccessToken"]
        .as_str()
        .unwrap()
        .to_string();
    let list = call(
        "GET",
        &format!("{base}/dataSources/schemas"),
        Some(&personal),
        None,
    );
    assert_eq!(list.status, 200);
    let items = list.json["items"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "5397013b-7920-4ffc-807c-e8a3e0a18f43",
            "a38a10b7-43e4-4676-a076-a7d6dce9387d",
            "523e1b7f-4693-47bc-b84e-a7b7a505fb0b",
            "1b2b7077-dbcd-4732-b2f9-296f9168168a"
        ]
    );
    for s in items {
        for k in [
            "appType",
            "createdAt",
            "protocol",
            "serviceType",
            "url",
            "description",
        ] {
            assert!(s[k].is_string(), "{k}");
        }
    }
    let one = call(
        "GET",
        &format!("{base}/dataSources/schemas/{}", ids[1]),
        Some(&personal),
        None,
    );
    assert_eq!(one.status, 200);
    assert_eq!(one.json, items[1]);
    call(
        "GET",
        &format!("{base}/dataSources/schemas/nope"),
        Some(&personal),
        None,
    )
    .assert_error(404, "nope");
    call("GET", &format!("{base}/dataSources/schemas"), None, None)
        .assert_error(401, "access token");
}

#[test]
fn token_lifetime_is_a_whole_number_of_minutes() {
    let sb = start();
    let tok = sb.admin_token();
    let url = format!("{}/dataSources", sb.base_url());
    let mut b = new_ds(60);
    b["tokenLifetimeMinutes"] = json!(90.0);
    let r = call("POST", &url, Some(&tok), Some(b.clone()));
    assert_eq!(r.status, 200, "{:?}", r.json);
    assert_eq!(r.json["tokenLifetimeMinutes"], 90);
    for bad in [json!(90.5), json!(0), json!(1441), json!(-5)] {
        b["tokenLifetimeMinutes"] = bad;
        call("POST", &url, Some(&tok), Some(b.clone())).assert_error(400, "between 1 and 1440");
    }
    b["tokenLifetimeMinutes"] = json!("60");
    call("POST", &url, Some(&tok), Some(b)).assert_error(400, "must be a number");
}

#[test]
fn a_put_reusing_the_nonce_keeps_the_token_and_a_new_nonce_renews_it() {
    let sb = start();
    let tok = sb.admin_token();
    let body = new_ds(60);
    let created = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(body.clone()),
    );
    let url = format!(
        "{}/dataSources/{}",
        sb.base_url(),
        created.json["id"].as_str().unwrap()
    );
    let first = created.json["jwsToken"].clone();

    let same = call("PUT", &url, Some(&tok), Some(body.clone()));
    assert_eq!(same.status, 200);
    assert_eq!(
        same.json["jwsToken"], first,
        "same nonce, same claims: same token"
    );

    let mut moved = body.clone();
    moved["url"] = json!("https://agent.example.com/other");
    let changed = call("PUT", &url, Some(&tok), Some(moved.clone()));
    assert_ne!(
        changed.json["jwsToken"], first,
        "a claim changed: a new token"
    );

    moved["nonce"] = json!(uuid::Uuid::new_v4().to_string());
    let renewed = call("PUT", &url, Some(&tok), Some(moved));
    assert_ne!(renewed.json["jwsToken"], changed.json["jwsToken"]);
}

#[test]
fn spec_shapes_answer_like_the_spec_examples() {
    let sb = start_with(
        Faults {
            spec_shapes: true,
            ..Faults::default()
        },
        None,
        false,
    );
    let tok = sb.admin_token();
    let list = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        None,
    );
    let items = list.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item["DataSource"], "", "the spec example's odd key");
        assert!(item["sandboxUnknownField"].is_object());
        assert!(item["id"].is_string() && item["jwsToken"].is_string());
        assert_eq!(
            item.get("url").is_none(),
            i % 2 == 1,
            "every second item is sparse"
        );
        assert_eq!(item.get("status").is_none(), i % 2 == 1);
    }

    let id = items[0]["id"].as_str().unwrap();
    let url = format!("{}/dataSources/{id}", sb.base_url());
    let full = call("GET", &url, Some(&tok), None).json;
    assert!(full["jwsToken"].is_string(), "a GET by id is whole");
    let mut body = new_ds(60);
    for k in ["schemaId", "url", "audience", "subject"] {
        body[k] = full[k].clone();
    }
    let put = call("PUT", &url, Some(&tok), Some(body.clone()));
    assert_eq!(put.status, 200);
    assert!(put.json.get("jwsToken").is_none(), "{:?}", put.json);
    assert!(put.json.get("tokenExpiryTime").is_none());
    assert_eq!(put.json["nonce"], body["nonce"]);
    let after = call("GET", &url, Some(&tok), None).json;
    assert_ne!(
        after["jwsToken"], full["jwsToken"],
        "the PUT still renewed the token"
    );

    // Tests switch it off (and on) at run time.
    set_faults(&sb, json!({"specShapes": false}));
    let list = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        None,
    );
    assert!(list.json["items"][1].get("url").is_some());
    assert!(list.json["items"][1].get("DataSource").is_none());
}

#[test]
fn an_idless_list_item_is_added_on_request() {
    let sb = start();
    let tok = sb.admin_token();
    let url = format!("{}/dataSources", sb.base_url());
    set_faults(&sb, json!({"idlessListItem": true}));
    let list = call("GET", &url, Some(&tok), None).json;
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    let odd = &items[4];
    assert!(odd.get("id").is_none(), "{odd}");
    assert_eq!(odd["DataSource"], "");
    let keys: Vec<&String> = odd.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "DataSource",
            "applicationId",
            "createdAt",
            "createdBy",
            "jwsToken",
            "orgId"
        ]
    );
    let (_, claims) = verify(&sb, odd["jwsToken"].as_str().unwrap());
    assert_eq!(claims["aud"], "sandbox-phantom");
    set_faults(&sb, json!({"idlessListItem": false}));
    assert_eq!(
        call("GET", &url, Some(&tok), None).json["items"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}
