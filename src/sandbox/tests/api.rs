//! Dispatch as a whole: startup info, bearer and scope checks, pagination, concurrency, hostile input, keep-alive.

use super::*;

fn follow_links(first: &str, token: &str) -> (Vec<Value>, usize) {
    let mut url = Some(first.to_string());
    let (mut all, mut pages) = (Vec::new(), 0);
    while let Some(u) = url {
        let r = call("GET", &u, Some(token), None);
        assert_eq!(r.status, 200, "{}", r.text);
        pages += 1;
        all.extend(r.json["items"].as_array().unwrap().iter().cloned());
        url = r.header("link").map(|l| {
            assert!(l.ends_with("; rel=\"next\""), "{l}");
            let next = l
                .trim_start_matches('<')
                .split('>')
                .next()
                .unwrap()
                .to_string();
            assert!(next.starts_with("http://127.0.0.1:"), "absolute: {next}");
            next
        });
        assert!(pages < 20, "link loop");
    }
    (all, pages)
}

#[test]
fn startup_info_has_urls_tokens_and_credentials() {
    let sb = start();
    let i = info(&sb);
    assert_eq!(i["baseUrl"], sb.base_url());
    assert!(sb.base_url().starts_with("http://127.0.0.1:") && sb.base_url().ends_with("/v1"));
    assert_eq!(i["issuer"], sb.issuer());
    assert_eq!(
        i["jwksUrl"],
        format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer())
    );
    assert_eq!(i["token"], sb.admin_token());
    assert_ne!(i["readOnlyToken"], i["token"]);
    let app = &i["serviceApp"];
    let decoded =
        String::from_utf8(STANDARD.decode(app["appId"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(
        decoded,
        format!(
            "ciscospark://us/APPLICATION/{}",
            app["clientId"].as_str().unwrap()
        )
    );
    for k in ["clientSecret", "targetOrgId"] {
        assert!(!app[k].as_str().unwrap().is_empty());
    }
    for k in [
        "personalAccessToken",
        "oauthClientId",
        "oauthClientSecret",
        "oauthRefreshToken",
    ] {
        assert!(!i["tokenManager"][k].as_str().unwrap().is_empty(), "{k}");
    }
    let via_http = call("GET", &format!("{}/_sandbox/info", root(&sb)), None, None);
    assert_eq!(via_http.json, i);
}

#[test]
fn bearer_and_scope_checks() {
    let sb = start();
    let base = sb.base_url();
    let i = info(&sb);
    let read_only = i["readOnlyToken"].as_str().unwrap();
    let personal = i["tokenManager"]["personalAccessToken"].as_str().unwrap();
    let list = format!("{base}/dataSources");
    call("GET", &list, None, None).assert_error(401, "access token");
    call("GET", &list, Some("bogus"), None).assert_error(401, "invalid");
    let refresh = i["tokenManager"]["oauthRefreshToken"].as_str().unwrap();
    call("GET", &list, Some(refresh), None).assert_error(401, "invalid");
    assert_eq!(call("GET", &list, Some(read_only), None).status, 200);
    call("POST", &list, Some(read_only), Some(new_ds(5))).assert_error(403, "datasource_write");
    call("GET", &list, Some(personal), None).assert_error(403, "datasource_read");
    let id = call("GET", &list, Some(read_only), None).json["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    call("DELETE", &format!("{list}/{id}"), Some(read_only), None)
        .assert_error(403, "datasource_write");

    let r = call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "admin"})),
    );
    assert_eq!(r.json["expired"], 2);
    call("GET", &list, i["token"].as_str(), None).assert_error(401, "expired");
    assert_eq!(
        call("GET", &format!("{base}/people/me"), Some(personal), None).status,
        200
    );
}

#[test]
fn pagination_link_chain_covers_everything() {
    let sb = start();
    let tok = sb.admin_token();
    let url = format!("{}/dataSources", sb.base_url());
    for _ in 0..3 {
        call("POST", &url, Some(&tok), Some(new_ds(5)));
    }
    let unpaged = call("GET", &url, Some(&tok), None);
    assert!(unpaged.header("link").is_none());
    let expected = unpaged.json["items"].as_array().unwrap().clone();
    assert_eq!(expected.len(), 7);

    set_faults(&sb, json!({"pageSize": 3}));
    let (all, pages) = follow_links(&url, &tok);
    assert_eq!(pages, 3);
    assert_eq!(all, expected);
    let (schemas, pages) = follow_links(&format!("{url}/schemas"), &tok);
    assert_eq!((schemas.len(), pages), (4, 2));
    call("GET", &format!("{url}?cursor=abc"), Some(&tok), None).assert_error(400, "cursor");
}

#[test]
fn concurrent_requests_from_many_threads() {
    let sb = start();
    let (base, tok) = (sb.base_url(), sb.admin_token());
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let (base, tok) = (base.clone(), tok.clone());
            std::thread::spawn(move || {
                (0..5)
                    .map(|_| {
                        let r = call(
                            "POST",
                            &format!("{base}/dataSources"),
                            Some(&tok),
                            Some(new_ds(10)),
                        );
                        assert_eq!(r.status, 200);
                        assert_eq!(
                            call(
                                "GET",
                                &format!("{base}/dataSources/schemas"),
                                Some(&tok),
                                None
                            )
                            .status,
                            200
                        );
                        r.json["id"].as_str().unwrap().to_string()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut ids: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 40);
    let list = call("GET", &format!("{base}/dataSources"), Some(&tok), None);
    assert_eq!(list.json["items"].as_array().unwrap().len(), 44);
}

#[test]
fn hostile_input_never_breaks_the_server() {
    let sb = start();
    let tok = sb.admin_token();
    let url = format!("{}/dataSources", sb.base_url());
    let auth = [("Authorization", format!("Bearer {tok}"))];
    let big = vec![b'a'; MAX_BODY + 10];
    send("POST", &url, &auth, Some(big)).assert_error(413, "1 MiB");
    call("GET", &format!("{}/nope", root(&sb)), None, None).assert_error(404, "could not be found");
    call("PATCH", &format!("{url}/x"), Some(&tok), Some(json!({}))).assert_error(405, "PATCH");
    call(
        "POST",
        &format!("{}/_sandbox/expire-tokens", root(&sb)),
        None,
        Some(json!({"kind": "weird"})),
    )
    .assert_error(400, "weird");

    // A client that sends half a request and disappears.
    {
        use std::io::Write;
        let addr = root(&sb).trim_start_matches("http://").to_string();
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        let _ = s.write_all(
            b"POST /v1/dataSources HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"a\":",
        );
    }
    // Still serving.
    assert_eq!(call("GET", &url, Some(&tok), None).status, 200);
}

/// Regression: tiny_http 0.12 could leave a new connection queued until some other connection
/// closed; with keep-alive clients holding idle connections, requests went unanswered until the
/// client timed out. Here idle keep-alive connections stay open while a burst of new connections
/// (more than `workers`) arrives: every request must be answered while they are still open.
#[test]
fn idle_keep_alive_connections_never_starve_new_ones() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    /// Sends `GET /_sandbox/info` and reads the answer (10 s at most: generous, only a bound).
    fn info_request(stream: &mut TcpStream) -> String {
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream
            .write_all(b"GET /_sandbox/info HTTP/1.1\r\nHost: sandbox\r\n\r\n")
            .unwrap();
        let mut reader = BufReader::new(stream);
        let mut status = String::new();
        reader.read_line(&mut status).expect("answered in time");
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("answered in time");
            if line == "\r\n" {
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("whole body in time");
        assert!(serde_json::from_slice::<Value>(&body).unwrap()["baseUrl"].is_string());
        status
    }

    let sb = start();
    let addr = root(&sb).trim_start_matches("http://").to_string();
    let mut idle: Vec<TcpStream> = (0..8).map(|_| TcpStream::connect(&addr).unwrap()).collect();
    for s in &mut idle {
        assert!(info_request(s).starts_with("HTTP/1.1 200 "));
    }
    let burst: Vec<_> = (0..4)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut streams: Vec<TcpStream> =
                    (0..4).map(|_| TcpStream::connect(&addr).unwrap()).collect();
                streams.iter_mut().map(info_request).collect::<Vec<_>>()
            })
        })
        .collect();
    for t in burst {
        for status in t.join().unwrap() {
            assert!(status.starts_with("HTTP/1.1 200 "), "{status}");
        }
    }
    // The idle connections were kept alive throughout and still work.
    for s in &mut idle {
        assert!(info_request(s).starts_with("HTTP/1.1 200 "));
    }
}
