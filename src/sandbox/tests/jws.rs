//! The data source JWS: claims, signature, lifetime, key rotation.

use super::*;

#[test]
fn jws_claims_signature_and_lifetime() {
    let sb = start();
    let tok = sb.admin_token();
    let before = util::now_unix();
    let created = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(90)),
    );
    let (header, claims) = verify(&sb, created.json["jwsToken"].as_str().unwrap());
    assert_eq!(
        header,
        json!({"kid": super::super::jws::KEY1_KID, "typ": "JWT", "alg": "RS256"})
    );
    let iat = claims["iat"].as_i64().unwrap();
    assert!(iat >= before && iat <= before + 5);
    assert_eq!(claims["exp"].as_i64().unwrap(), iat + 60 * 90);
    assert_eq!(claims["aud"], "my-audience");
    assert_eq!(claims["sub"], "my-subject");
    assert_eq!(claims["iss"], sb.issuer());
    assert!(uuid::Uuid::parse_str(claims["jti"].as_str().unwrap()).is_ok());
    assert_eq!(
        claims["com.cisco.datasource.url"],
        "https://agent.example.com/grpc"
    );
    assert_eq!(
        claims["com.cisco.datasource.schema.uuid"],
        "5397013b-7920-4ffc-807c-e8a3e0a18f43"
    );
    assert_eq!(claims["com.cisco.org.uuid"], super::super::state::ORG_ID);
    assert_eq!(created.json["orgId"], super::super::state::ORG_ID);
    assert!(claims.get("nbf").is_none());
    let keys: Vec<&str> = claims
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 9, "{keys:?}");

    // A tampered token must not verify.
    let jws = created.json["jwsToken"].as_str().unwrap();
    let parts: Vec<&str> = jws.split('.').collect();
    let mut forged = claims.clone();
    forged["aud"] = json!("attacker");
    let forged_input = format!(
        "{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(forged.to_string())
    );
    let jwks = call(
        "GET",
        &format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer()),
        None,
        None,
    )
    .json;
    let k = &jwks["keys"][0];
    let comps = RsaPublicKeyComponents {
        n: URL_SAFE_NO_PAD.decode(k["n"].as_str().unwrap()).unwrap(),
        e: URL_SAFE_NO_PAD.decode(k["e"].as_str().unwrap()).unwrap(),
    };
    let sig = URL_SAFE_NO_PAD.decode(parts[2]).unwrap();
    assert!(
        comps
            .verify(&RSA_PKCS1_2048_8192_SHA256, forged_input.as_bytes(), &sig)
            .is_err()
    );
}

#[test]
fn key_rotation_publishes_both_new_first() {
    let sb = start();
    let tok = sb.admin_token();
    let jwks_url = format!("{}/oauth2/v2/keys/verificationjwk", sb.issuer());
    let before = call("GET", &jwks_url, None, None);
    assert_eq!(before.status, 200);
    let keys = before.json["keys"].as_array().unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0]["kid"], super::super::jws::KEY1_KID);
    assert_eq!(keys[0]["kty"], "RSA");
    assert_eq!(keys[0]["e"], "AQAB");
    assert_eq!(keys[0]["use"], "sig");
    assert!(keys[0].get("alg").is_none());
    assert_eq!(
        URL_SAFE_NO_PAD
            .decode(keys[0]["n"].as_str().unwrap())
            .unwrap()
            .len(),
        256
    );
    let old = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );

    let r = call(
        "POST",
        &format!("{}/_sandbox/rotate-key", root(&sb)),
        None,
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json["activeKid"], super::super::jws::KEY2_KID);
    let after = call("GET", &jwks_url, None, None);
    let kids: Vec<&str> = after.json["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert_eq!(
        kids,
        [super::super::jws::KEY2_KID, super::super::jws::KEY1_KID]
    );
    assert_ne!(after.json["keys"][0]["n"], after.json["keys"][1]["n"]);

    let new = call(
        "POST",
        &format!("{}/dataSources", sb.base_url()),
        Some(&tok),
        Some(new_ds(60)),
    );
    let (h_new, _) = verify(&sb, new.json["jwsToken"].as_str().unwrap());
    assert_eq!(h_new["kid"], super::super::jws::KEY2_KID);
    let (h_old, _) = verify(&sb, old.json["jwsToken"].as_str().unwrap());
    assert_eq!(h_old["kid"], super::super::jws::KEY1_KID);
}
