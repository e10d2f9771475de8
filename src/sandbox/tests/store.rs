//! Persistence: one journal line per write, replay after a crash, a torn line, compaction.

use super::*;

fn journal_of(path: &std::path::Path) -> Vec<Value> {
    let text = std::fs::read_to_string(util::sidecar(path, ".journal")).unwrap_or_default();
    text.lines()
        .map(|l| serde_json::from_str(l).expect("whole journal lines"))
        .collect()
}

/// Stops serving but skips `Drop`, which would fold the journal in: what a kill leaves behind.
fn crash(sb: Sandbox) {
    call(
        "POST",
        &format!("{}/_sandbox/shutdown", root(&sb)),
        None,
        None,
    );
    std::mem::forget(sb);
}

#[test]
fn a_write_appends_one_journal_line_and_leaves_the_state_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let sb = start_with(Faults::default(), Some(path.clone()), false);
    let before = std::fs::read(&path).unwrap();
    let created = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&sb.admin_token()),
        Some(new_ds(60)),
    );
    let id = created.json["id"].as_str().unwrap().to_string();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the state file is not rewritten"
    );
    let journal = journal_of(&path);
    assert_eq!(journal.len(), 1, "{journal:?}");
    assert_eq!(journal[0]["dataSources"][0][0], id.as_str());
    assert_eq!(journal[0]["dataSources"][0][1]["id"], id.as_str());
    assert!(journal[0].get("rest").is_none(), "tokens did not change");

    drop(sb);
    assert!(
        journal_of(&path).is_empty(),
        "stopping folds the journal in"
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(
        saved["dataSources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == id.as_str())
    );
}

#[test]
fn after_a_crash_the_journal_is_replayed_and_a_torn_line_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let sb = start_with(Faults::default(), Some(path.clone()), false);
    let tok = sb.admin_token();
    let base = sb.base_url();
    let seeded = call("GET", &format!("{base}/dataSources"), Some(&tok), None).json["items"]
        .as_array()
        .unwrap()
        .clone();
    let created = call(
        "POST",
        &format!("{base}/dataSources"),
        Some(&tok),
        Some(new_ds(60)),
    );
    let new_id = created.json["id"].as_str().unwrap().to_string();
    let gone = seeded[3]["id"].as_str().unwrap();
    assert_eq!(
        call(
            "DELETE",
            &format!("{base}/dataSources/{gone}"),
            Some(&tok),
            None
        )
        .status,
        204
    );
    let kept = seeded[0]["id"].as_str().unwrap();
    let mut body = new_ds(30);
    for k in ["schemaId", "url", "audience", "subject"] {
        body[k] = seeded[0][k].clone();
    }
    let updated = call(
        "PUT",
        &format!("{base}/dataSources/{kept}"),
        Some(&tok),
        Some(body),
    );
    call(
        "POST",
        &format!("{}/_sandbox/rotate-key", root(&sb)),
        None,
        None,
    );
    let before = call("GET", &format!("{base}/dataSources"), Some(&tok), None).json;
    crash(sb);

    // A writer killed in the middle of its line.
    let journal = util::sidecar(&path, ".journal");
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .unwrap();
    std::io::Write::write_all(&mut f, b"{\"dataSources\":[[\"torn").unwrap();
    drop(f);

    let sb = start_with(Faults::default(), Some(path.clone()), false);
    let after = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        None,
    )
    .json;
    // The new port re-signs every token for the new issuer: compare their claims but `iss`.
    let comparable = |list: &Value| -> Vec<Value> {
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let mut d = d.clone();
                let jws = d["jwsToken"].as_str().unwrap().to_string();
                let mut claims = b64json(jws.split('.').nth(1).unwrap());
                claims["iss"] = Value::Null;
                d["jwsToken"] = claims;
                d
            })
            .collect()
    };
    assert_eq!(
        comparable(&after),
        comparable(&before),
        "everything answered before the crash is back"
    );
    let ids: Vec<&str> = after["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&new_id.as_str()) && !ids.contains(&gone));
    let jti =
        |jws: &Value| b64json(jws.as_str().unwrap().split('.').nth(1).unwrap())["jti"].clone();
    assert_eq!(
        jti(&after["items"][0]["jwsToken"]),
        jti(&updated.json["jwsToken"])
    );
    assert_eq!(info(&sb)["token"], tok.as_str());
    let jwks = call(
        "GET",
        &format!("{}/idb/oauth2/v2/keys/verificationjwk", root(&sb)),
        None,
        None,
    );
    assert_eq!(
        jwks.json["keys"].as_array().unwrap().len(),
        2,
        "the rotation survived"
    );

    // The next write starts on a clean line.
    call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );
    assert_eq!(journal_of(&path).len(), 1);
}

#[test]
fn a_write_costs_the_same_whatever_the_number_of_data_sources() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let sb = start_with(Faults::default(), Some(path.clone()), false);
    let tok = sb.admin_token();
    let url = format!("{}/dataSources", sb.base_url());
    let mut sizes = Vec::new();
    for _ in 0..40 {
        call("POST", &url, Some(&tok), Some(new_ds(60)));
        let len = std::fs::metadata(util::sidecar(&path, ".journal"))
            .unwrap()
            .len();
        sizes.push(len);
    }
    // Bytes written per write, first and last: the same order, not growing with the data set.
    let first = sizes[1] - sizes[0];
    let last = sizes[39] - sizes[38];
    assert!(last < first * 2, "first {first} bytes, last {last} bytes");
}

#[test]
fn the_journal_is_folded_in_once_it_outgrows_the_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    let sb = start_with(Faults::default(), Some(path.clone()), false);
    let tok = sb.admin_token();
    let journal = util::sidecar(&path, ".journal");
    // Big data sources make a big journal in a few writes.
    let mut body = new_ds(60);
    body["audience"] = json!("a".repeat(300 * 1024));
    let mut folded = false;
    let mut ids = Vec::new();
    for _ in 0..6 {
        let r = call(
            "POST",
            &format!("{}/dataSources", sb.base_url()),
            Some(&tok),
            Some(body.clone()),
        );
        assert_eq!(r.status, 200);
        ids.push(r.json["id"].as_str().unwrap().to_string());
        folded |= std::fs::metadata(&journal).unwrap().len() == 0;
    }
    assert!(
        folded,
        "the journal was emptied into the state file on the way"
    );
    crash(sb);
    let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let in_file = saved["dataSources"].as_array().unwrap().len();
    assert!(
        in_file > 4,
        "the fold wrote the new data sources: {in_file}"
    );
    let sb = start_with(Faults::default(), Some(path.clone()), false);
    let listed = call(
        "GET",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        None,
    );
    assert_eq!(
        listed.json["items"].as_array().unwrap().len(),
        4 + ids.len()
    );
}
