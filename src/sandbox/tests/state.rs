//! The state and its persistence: the seed, restarts, `--reset`, a state file shared by two sandboxes.

use super::*;

#[test]
fn seeded_data_sources_have_varied_states() {
    let sb = start();
    let r = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&sb.admin_token()),
        None,
    );
    assert_eq!(r.status, 200);
    let items = r.json["items"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    let now = util::now_unix();
    let exps: Vec<i64> = items
        .iter()
        .map(|d| {
            verify(&sb, d["jwsToken"].as_str().unwrap()).1["exp"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert!(exps.iter().any(|e| *e < now), "one expired");
    assert!(
        exps.iter().any(|e| *e > now && *e < now + 3600),
        "one expiring within 1h"
    );
    let disabled: Vec<&Value> = items.iter().filter(|d| d["status"] == "disabled").collect();
    assert_eq!(disabled.len(), 1);
    assert!(!disabled[0]["errorMessage"].as_str().unwrap().is_empty());
    for d in items {
        for k in [
            "id",
            "schemaId",
            "orgId",
            "applicationId",
            "url",
            "audience",
            "subject",
            "nonce",
            "status",
            "tokenLifetimeMinutes",
            "jwsToken",
            "createdBy",
            "createdAt",
            "updatedBy",
            "updatedAt",
        ] {
            assert!(d.get(k).is_some(), "{k} missing in {d}");
        }
        assert!(d.get("tokenExpiresAt").is_none(), "internal field leaked");
    }
}

#[test]
fn state_persists_across_restarts_and_reset_reseeds() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state").join("sandbox.json");
    let (token, id, secret) = {
        let sb = start_with(Faults::default(), Some(path.clone()), false);
        let created = call(
            "POST",
            &format!("{}/dataSources", sb.base_url()),
            Some(&sb.admin_token()),
            Some(new_ds(60)),
        );
        call(
            "POST",
            &format!("{}/_sandbox/rotate-key", root(&sb)),
            None,
            None,
        );
        (
            sb.admin_token(),
            created.json["id"].as_str().unwrap().to_string(),
            info(&sb)["serviceApp"]["clientSecret"].clone(),
        )
    };
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["rotated"], true);

    let sb = start_with(Faults::default(), Some(path.clone()), false);
    assert_eq!(sb.admin_token(), token);
    assert_eq!(info(&sb)["serviceApp"]["clientSecret"], secret);
    let got = call(
        "GET",
        &format!("{}/dataSources/{id}", sb.base_url()),
        Some(&token),
        None,
    );
    assert_eq!(got.status, 200);
    let jwks = call(
        "GET",
        &format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer()),
        None,
        None,
    );
    assert_eq!(jwks.json["keys"].as_array().unwrap().len(), 2);
    drop(sb);

    let sb = start_with(Faults::default(), Some(path.clone()), true);
    assert_ne!(sb.admin_token(), token);
    let list = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&sb.admin_token()),
        None,
    );
    assert_eq!(list.json["items"].as_array().unwrap().len(), 4);
    assert!(!list.text.contains(&id));
}

#[test]
fn two_sandboxes_share_one_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let a = start_with(Faults::default(), Some(path.clone()), false);
    let b = start_with(Faults::default(), Some(path.clone()), false);
    assert_eq!(a.admin_token(), b.admin_token());
    let tok = a.admin_token();
    let mut ids = Vec::new();
    for i in 0..6 {
        let sb = if i % 2 == 0 { &a } else { &b };
        let r = call(
            "POST",
            &format!("{}/dataSources", sb.base_url()),
            Some(&tok),
            Some(new_ds(5)),
        );
        assert_eq!(r.status, 200);
        ids.push(r.json["id"].as_str().unwrap().to_string());
    }
    for sb in [&a, &b] {
        let list = call(
            "GET",
            &format!("{}/dataSources", sb.base_url()),
            Some(&tok),
            None,
        );
        let items = list.json["items"].as_array().unwrap();
        assert_eq!(items.len(), 10, "no lost update");
        for id in &ids {
            assert!(items.iter().any(|d| d["id"] == id.as_str()));
        }
    }
}
