//! Name resolution for the HTTP agent. ureq's default resolver looks the host up before every
//! request — in a new thread, since a timeout is set — even when the request then goes over a
//! pooled connection that needs no address: a bulk run paid a thread and a `getaddrinfo` per
//! request. This one takes an IP literal as it is and remembers a name's addresses for a minute.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a name's addresses are reused: longer than any run, short enough for a long-lived
/// process (the Lambda runtime) to follow a DNS change.
const REMEMBER: Duration = Duration::from_secs(60);

#[derive(Debug, Default)]
pub struct CachingResolver {
    lookup: DefaultResolver,
    known: Mutex<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

impl Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let (Some(host), Some(port)) = (uri.host(), port_of(uri)) else {
            // Let ureq say what is wrong with the URI.
            return self.lookup.resolve(uri, config, timeout);
        };
        if let Ok(ip) = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            let mut addrs = self.empty();
            addrs.push(SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        let key = format!("{host}:{port}");
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((at, addrs)) = known.get(&key)
            && at.elapsed() < REMEMBER
        {
            return Ok(addrs.clone());
        }
        // Looked up while holding the lock: workers starting together wait for one lookup
        // instead of each sending their own.
        let addrs = self.lookup.resolve(uri, config, timeout)?;
        known.insert(key, (Instant::now(), addrs.clone()));
        Ok(addrs)
    }
}

fn port_of(uri: &Uri) -> Option<u16> {
    uri.port_u16().or(match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(resolver: &CachingResolver, url: &str) -> Vec<SocketAddr> {
        let uri: Uri = url.parse().unwrap();
        let config = Config::default();
        let timeout = NextTimeout {
            after: ureq::unversioned::transport::time::Duration::NotHappening,
            reason: ureq::Timeout::Global,
            ..NextTimeout::default()
        };
        resolver
            .resolve(&uri, &config, timeout)
            .unwrap()
            .iter()
            .copied()
            .collect()
    }

    #[test]
    fn ip_literals_need_no_lookup_and_keep_their_port() {
        let r = CachingResolver::default();
        assert_eq!(
            resolve(&r, "http://127.0.0.1:8080/v1"),
            vec!["127.0.0.1:8080".parse().unwrap()]
        );
        assert_eq!(
            resolve(&r, "https://[::1]/v1"),
            vec!["[::1]:443".parse().unwrap()]
        );
        assert!(r.known.lock().unwrap().is_empty());
    }

    #[test]
    fn a_name_is_looked_up_once_and_remembered() {
        let r = CachingResolver::default();
        let first = resolve(&r, "http://localhost:9/x");
        assert!(first.iter().all(|a| a.port() == 9 && a.ip().is_loopback()));
        assert_eq!(r.known.lock().unwrap().len(), 1);
        // A remembered answer is served as stored: replace it and see it come back.
        let mut fake = r.empty();
        fake.push("10.1.2.3:9".parse().unwrap());
        r.known
            .lock()
            .unwrap()
            .insert("localhost:9".into(), (Instant::now(), fake));
        assert_eq!(
            resolve(&r, "http://localhost:9/y"),
            vec!["10.1.2.3:9".parse().unwrap()]
        );
        // Once too old, it is looked up again.
        let Some(old) = Instant::now().checked_sub(REMEMBER + Duration::from_secs(1)) else {
            return; // a machine up for less than a minute
        };
        r.known.lock().unwrap().get_mut("localhost:9").unwrap().0 = old;
        assert!(
            resolve(&r, "http://localhost:9/z")
                .iter()
                .all(|a| a.ip().is_loopback())
        );
    }
}
