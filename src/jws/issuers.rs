//! Which token issuers are trusted, and where their key sets live. The issuer is checked against
//! this allow-list before any key set is fetched, so a forged token cannot make us call its host.

use crate::error::{Error, Result};

/// Webex identity brokers whose data source tokens Webex validators accept: (host name, region).
pub const ISSUER_PRESETS: &[(&str, &str)] = &[
    ("idbroker", "us"),
    ("idbroker-eu", "eu"),
    ("idbroker-b-us", "us-b"),
    ("idbroker-ca", "ca"),
    ("idbrokerbts", "integration"),
    ("idbrokerbts-eu", "integration-eu"),
];

/// Region names accepted by `issuers_for_region`.
pub const REGIONS: &[&str] = &[
    "us",
    "eu",
    "ca",
    "us-b",
    "integration",
    "integration-eu",
    "all",
];

/// `https://<name>.webex.com/idb`.
pub fn issuer_url(name: &str) -> String {
    format!("https://{name}.webex.com/idb")
}

/// The preset issuer URLs for a region (`us`, `eu`, `ca`, `us-b`, `integration`, `integration-eu`,
/// or `all`; case-insensitive). Unknown region: `Error::Usage` listing the valid ones.
pub fn issuers_for_region(region: &str) -> Result<Vec<String>> {
    let wanted = region.trim().to_ascii_lowercase();
    let list: Vec<String> = ISSUER_PRESETS
        .iter()
        .filter(|(_, r)| wanted == "all" || *r == wanted)
        .map(|(name, _)| issuer_url(name))
        .collect();
    if list.is_empty() {
        return Err(Error::usage(format!(
            "unknown region '{region}': use one of {}",
            REGIONS.join(", ")
        )));
    }
    Ok(list)
}

/// The JWKS URL of an issuer: `{iss}/oauth2/v2/keys/verificationjwk` (one trailing slash dropped).
pub fn jwks_url(issuer: &str) -> String {
    let base = issuer.strip_suffix('/').unwrap_or(issuer);
    format!("{base}/oauth2/v2/keys/verificationjwk")
}

/// The issuers trusted for one verification. Matching is exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerAllowList {
    issuers: Vec<String>,
}

impl Default for IssuerAllowList {
    /// All presets.
    fn default() -> Self {
        IssuerAllowList {
            issuers: ISSUER_PRESETS.iter().map(|(n, _)| issuer_url(n)).collect(),
        }
    }
}

impl IssuerAllowList {
    /// An empty list (nothing trusted).
    pub fn empty() -> Self {
        IssuerAllowList {
            issuers: Vec::new(),
        }
    }

    /// The presets of one region (see `issuers_for_region`).
    pub fn for_region(region: &str) -> Result<Self> {
        Ok(IssuerAllowList {
            issuers: issuers_for_region(region)?,
        })
    }

    /// Adds a user-given issuer. It must be an `https://` URL, or `http://` on a loopback host (the
    /// sandbox). Anything else is `Error::Usage`.
    pub fn add(&mut self, issuer: &str) -> Result<()> {
        let issuer = issuer.trim();
        let lower = issuer.to_ascii_lowercase();
        let ok = if let Some(rest) = lower.strip_prefix("https://") {
            !rest.is_empty() && !rest.starts_with('/')
        } else if let Some(rest) = lower.strip_prefix("http://") {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
            let name = if host.starts_with('[') {
                host.split(']')
                    .next()
                    .map(|h| format!("{h}]"))
                    .unwrap_or_default()
            } else {
                host.split(':').next().unwrap_or("").to_string()
            };
            matches!(name.as_str(), "localhost" | "127.0.0.1" | "[::1]")
        } else {
            false
        };
        if !ok {
            return Err(Error::usage(format!(
                "issuer '{issuer}' is not an https:// URL (http:// is accepted only for localhost)"
            )));
        }
        if !self.contains(issuer) {
            self.issuers.push(issuer.to_string());
        }
        Ok(())
    }

    pub fn contains(&self, issuer: &str) -> bool {
        self.issuers.iter().any(|i| i == issuer)
    }

    pub fn issuers(&self) -> &[String] {
        &self.issuers
    }

    /// Why `issuer` is not allowed, in words (mentions near misses such as a trailing slash).
    pub fn explain_rejection(&self, issuer: &str) -> String {
        let near = self.issuers.iter().find(|i| {
            i.trim_end_matches('/')
                .eq_ignore_ascii_case(issuer.trim_end_matches('/'))
        });
        let mut s = format!("issuer \"{issuer}\" is not in the allow-list");
        if let Some(n) = near {
            s.push_str(&format!(" (\"{n}\" is, and issuers are compared exactly)"));
        } else if self.issuers.is_empty() {
            s.push_str(" (the allow-list is empty)");
        } else {
            s.push_str(&format!(" ({})", self.issuers.join(", ")));
        }
        s.push_str("; no key set was fetched");
        s
    }
}
