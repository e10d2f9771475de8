//! Token endpoints: the service app token, refresh, PKCE code grant, device grant.

use super::*;

fn pkce_pair() -> (String, String) {
    let verifier = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let challenge = URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ));
    (verifier, challenge)
}

fn authorize(sb: &Sandbox, client_id: &str, redirect: &str, challenge: &str) -> Resp {
    let q = [
        ("response_type", "code"),
        ("client_id", client_id),
        ("redirect_uri", redirect),
        ("scope", "spark:applications_token spark:people_read"),
        ("state", "xyz 1"),
        ("code_challenge", challenge),
        ("code_challenge_method", "S256"),
    ]
    .iter()
    .map(|(k, v)| format!("{k}={}", http::percent_encode(v)))
    .collect::<Vec<_>>()
    .join("&");
    call(
        "GET",
        &format!("{}/authorize?{q}", sb.base_url()),
        None,
        None,
    )
}

#[test]
fn service_app_token_endpoint() {
    let sb = start();
    let i = info(&sb);
    let app = &i["serviceApp"];
    let personal = i["tokenManager"]["personalAccessToken"].as_str().unwrap();
    let app_id = app["appId"].as_str().unwrap();
    assert!(app_id.ends_with('='), "seed app id is padded: {app_id}");
    let body = json!({"clientId": app["clientId"], "clientSecret": app["clientSecret"], "targetOrgId": app["targetOrgId"]});

    let unpadded = app_id.trim_end_matches('=');
    for id in [app_id, unpadded] {
        let r = app_token_call(&sb, id, Some(personal), body.clone());
        assert_eq!(r.status, 200, "{}", r.text);
        assert_eq!(r.json["token_type"], "Bearer");
        assert_eq!(r.json["expires_in"], 14 * 86_400);
        assert_eq!(r.json["refresh_token_expires_in"], 90 * 86_400);
        let access = r.json["access_token"].as_str().unwrap();
        assert!(access.len() >= 40);
        let created = call(
            "POST",
            &format!("{}/dataSources", sb.base_url()),
            Some(access),
            Some(new_ds(5)),
        );
        assert_eq!(created.status, 200);
        assert_eq!(created.json["applicationId"], app["clientId"]);
    }
    // The plain org uuid is accepted as well.
    let mut plain = body.clone();
    plain["targetOrgId"] = json!(super::super::state::ORG_ID);
    assert_eq!(
        app_token_call(&sb, app_id, Some(personal), plain).status,
        200
    );

    app_token_call(&sb, app_id, None, body.clone()).assert_error(401, "access token");
    app_token_call(&sb, app_id, Some("nope"), body.clone()).assert_error(401, "invalid");
    app_token_call(&sb, app_id, Some(&sb.admin_token()), body.clone())
        .assert_error(403, "applications_token");
    let other = STANDARD_NO_PAD.encode("ciscospark://us/APPLICATION/Cunknown");
    app_token_call(&sb, &other, Some(personal), body.clone()).assert_error(404, "not found");
    app_token_call(&sb, "!!notbase64", Some(personal), body.clone()).assert_error(404, "not found");
    let mut wrong = body.clone();
    wrong["clientSecret"] = json!("wrong");
    app_token_call(&sb, app_id, Some(personal), wrong).assert_error(400, "clientSecret");
    let mut wrong = body.clone();
    wrong["targetOrgId"] = json!("11111111-2222-3333-4444-555555555555");
    app_token_call(&sb, app_id, Some(personal), wrong).assert_error(400, "targetOrgId");

    set_faults(&sb, json!({"serviceAppAuthorized": false}));
    app_token_call(&sb, app_id, Some(personal), body.clone()).assert_error(403, "Control Hub");

    set_faults(
        &sb,
        json!({"serviceAppAuthorized": true, "accessTokenLifetime": 60, "refreshTokenLifetime": 120}),
    );
    let r = app_token_call(&sb, app_id, Some(personal), body.clone());
    assert_eq!(
        (
            r.json["expires_in"].as_i64(),
            r.json["refresh_token_expires_in"].as_i64()
        ),
        (Some(60), Some(120))
    );

    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "personal"})),
    );
    app_token_call(&sb, app_id, Some(personal), body).assert_error(401, "expired");
}

#[test]
fn refresh_grant_plain_rotating_and_omitting() {
    let sb = start();
    let i = info(&sb);
    let (cid, secret) = (
        i["serviceApp"]["clientId"].as_str().unwrap().to_string(),
        i["serviceApp"]["clientSecret"]
            .as_str()
            .unwrap()
            .to_string(),
    );
    let token_url = format!("{}/access_token", sb.base_url());
    let (access, refresh) = service_app_tokens(&sb);

    // Access token expired mid-run: 401, then a refresh brings a working one.
    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "access"})),
    );
    call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&access),
        None,
    )
    .assert_error(401, "expired");
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &refresh),
        ],
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        r.json["refresh_token"],
        refresh.as_str(),
        "not rotated by default"
    );
    assert!(r.json["refresh_token_expires_in"].as_i64().unwrap() > 89 * 86_400);
    let new_access = r.json["access_token"].as_str().unwrap();
    assert_ne!(new_access, access);
    assert_eq!(
        call(
            "GET",
            &format!("{}/dataSources", sb.base_url()),
            Some(new_access),
            None
        )
        .status,
        200
    );

    // HTTP Basic client credentials.
    let r = form(
        &token_url,
        &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
        Some((&cid, &secret)),
    );
    assert_eq!(r.status, 200, "{}", r.text);

    // Rotation: new refresh token, old one is dead.
    set_faults(&sb, json!({"rotateRefreshTokens": true}));
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &refresh),
        ],
        None,
    );
    assert_eq!(r.status, 200);
    let rotated = r.json["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(rotated, refresh);
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &refresh),
        ],
        None,
    );
    assert_eq!(r.status, 400);
    assert_eq!(r.json["error"], "invalid_grant");
    assert!(
        r.json["trackingId"]
            .as_str()
            .unwrap()
            .starts_with("ROUTER_")
    );
    assert!(!r.json["error_description"].as_str().unwrap().is_empty());

    // Omitted refresh token.
    set_faults(
        &sb,
        json!({"rotateRefreshTokens": false, "omitRefreshTokenOnRefresh": true}),
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(r.status, 200);
    assert!(r.json.get("refresh_token").is_none());
    assert!(r.json["access_token"].is_string());

    // Wrong client for this refresh token, bad secret, unknown token, expired token, bad grant.
    let integ = i["tokenManager"]["oauthClientId"].as_str().unwrap();
    let integ_secret = i["tokenManager"]["oauthClientSecret"].as_str().unwrap();
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", integ),
            ("client_secret", integ_secret),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", "x"),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (401, Some("invalid_client"))
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", "unknown"),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "password"),
            ("client_id", &cid),
            ("client_secret", &secret),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("unsupported_grant_type"))
    );
    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "refresh"})),
    );
    let r = form(
        &token_url,
        &[
            ("grant_type", "refresh_token"),
            ("client_id", &cid),
            ("client_secret", &secret),
            ("refresh_token", &rotated),
        ],
        None,
    );
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );

    // The integration's seeded refresh token works with the integration's credentials.
    let sb2 = start();
    let i2 = info(&sb2);
    let r = form(
        &format!("{}/access_token", sb2.base_url()),
        &[
            ("grant_type", "refresh_token"),
            (
                "client_id",
                i2["tokenManager"]["oauthClientId"].as_str().unwrap(),
            ),
            (
                "client_secret",
                i2["tokenManager"]["oauthClientSecret"].as_str().unwrap(),
            ),
            (
                "refresh_token",
                i2["tokenManager"]["oauthRefreshToken"].as_str().unwrap(),
            ),
        ],
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    let me = call(
        "GET",
        &format!("{}/people/me", sb2.base_url()),
        r.json["access_token"].as_str(),
        None,
    );
    assert_eq!(me.status, 200);
    assert_eq!(me.json["type"], "person");
    assert!(me.json["emails"][0].as_str().unwrap().contains('@'));
}

#[test]
fn authorization_code_with_pkce() {
    let sb = start();
    let i = info(&sb);
    let cid = i["tokenManager"]["oauthClientId"].as_str().unwrap();
    let secret = i["tokenManager"]["oauthClientSecret"].as_str().unwrap();
    let redirect = "http://127.0.0.1:8976/callback";
    let (verifier, challenge) = pkce_pair();
    let r = authorize(&sb, cid, redirect, &challenge);
    assert_eq!(r.status, 302, "{}", r.text);
    let location = r.header("location").unwrap().to_string();
    assert!(
        location.starts_with(&format!("{redirect}?code=")),
        "{location}"
    );
    assert!(location.ends_with("&state=xyz%201"), "{location}");
    let code = http::percent_decode(
        location
            .split("code=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap(),
    );

    let token_url = format!("{}/access_token", sb.base_url());
    let exchange = |code: &str, redirect: &str, verifier: &str| {
        form(
            &token_url,
            &[
                ("grant_type", "authorization_code"),
                ("client_id", cid),
                ("client_secret", secret),
                ("code", code),
                ("redirect_uri", redirect),
                ("code_verifier", verifier),
            ],
            None,
        )
    };
    let r = exchange(&code, redirect, "wrong-verifier");
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    assert!(r.text.contains("PKCE"));
    let r = exchange(&code, "http://127.0.0.1:8976/other", &verifier);
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let r = exchange(&code, redirect, &verifier);
    assert_eq!(r.status, 200, "{}", r.text);
    let access = r.json["access_token"].as_str().unwrap().to_string();
    assert!(r.json["refresh_token"].is_string());
    let r = exchange(&code, redirect, &verifier);
    assert_eq!(
        (r.status, r.json["error"].as_str()),
        (400, Some("invalid_grant")),
        "code is single-use"
    );

    // The integration token can mint service app tokens but cannot touch data sources.
    let app = &i["serviceApp"];
    let r = app_token_call(
        &sb,
        app["appId"].as_str().unwrap(),
        Some(&access),
        json!({"clientId": app["clientId"], "clientSecret": app["clientSecret"], "targetOrgId": app["targetOrgId"]}),
    );
    assert_eq!(r.status, 200);
    call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&access),
        None,
    )
    .assert_error(403, "datasource_read");

    // A code for another client cannot be exchanged by the service app.
    let (_, ch) = pkce_pair();
    authorize(&sb, "Cunknown", redirect, &ch).assert_error(400, "client_id");
    let r = call(
        "GET",
        &format!(
            "{}/authorize?response_type=code&client_id={cid}",
            sb.base_url()
        ),
        None,
        None,
    );
    r.assert_error(400, "redirect_uri");
    let r = form(
        &token_url,
        &[
            ("grant_type", "authorization_code"),
            ("client_id", app["clientId"].as_str().unwrap()),
            ("client_secret", app["clientSecret"].as_str().unwrap()),
            ("code", "x"),
        ],
        None,
    );
    assert_eq!(r.status, 400);
}

#[test]
fn device_grant_pending_then_tokens() {
    let sb = start();
    let i = info(&sb);
    let cid = i["tokenManager"]["oauthClientId"].as_str().unwrap();
    let secret = i["tokenManager"]["oauthClientSecret"].as_str().unwrap();
    let start = form(
        &format!("{}/device/authorize", sb.base_url()),
        &[("client_id", cid), ("scope", "spark:people_read")],
        None,
    );
    assert_eq!(start.status, 200, "{}", start.text);
    let device_code = start.json["device_code"].as_str().unwrap().to_string();
    assert_eq!(start.json["user_code"].as_str().unwrap().len(), 8);
    assert!(
        start.json["verification_uri"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
    let poll = || {
        form(
            &format!("{}/device/token", sb.base_url()),
            &[
                ("grant_type", super::super::oauth::DEVICE_GRANT),
                ("device_code", &device_code),
            ],
            Some((cid, secret)),
        )
    };
    let first = poll();
    assert_eq!(
        (first.status, first.json["error"].as_str()),
        (428, Some("authorization_pending"))
    );
    let second = poll();
    assert_eq!(second.status, 200, "{}", second.text);
    let me = call(
        "GET",
        &format!("{}/people/me", sb.base_url()),
        second.json["access_token"].as_str(),
        None,
    );
    assert_eq!(me.status, 200);
    let third = poll();
    assert_eq!(
        (third.status, third.json["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let bad = form(
        &format!("{}/device/authorize", sb.base_url()),
        &[("client_id", "Cnope")],
        None,
    );
    assert_eq!(bad.status, 400);
}
