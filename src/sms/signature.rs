//! Twilio's `X-Twilio-Signature`: Base64(HMAC-SHA1(auth token, URL + every POST parameter's
//! name and value, sorted by name)), compared in constant time.
//!
//! The URL is the one Twilio requested, as configured in its console, which a server behind a
//! proxy or TLS terminator cannot reconstruct: it comes from configuration. Like Twilio's own
//! SDKs, a URL with the scheme's default port and one without are both accepted, since Twilio
//! may sign either form.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// An auth token, kept out of `Debug` output and logs.
#[derive(Clone)]
pub struct AuthToken(String);

impl AuthToken {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        AuthToken(token.into())
    }
}

impl std::fmt::Debug for AuthToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuthToken(…)")
    }
}

/// The signature Twilio computes for a request to `url` with form parameters `params`.
pub fn sign(token: &AuthToken, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    // By name, then by value for repeated names, as Twilio's SDKs do.
    sorted.sort();
    let mut mac =
        Hmac::<Sha1>::new_from_slice(token.0.as_bytes()).expect("HMAC accepts any key length");
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `header` is Twilio's signature of the request, for the URL as given or with its
/// default port added or removed. Every comparison is constant-time.
pub fn verify(token: &AuthToken, url: &str, params: &[(String, String)], header: &str) -> bool {
    let header = header.trim().as_bytes();
    url_variants(url).iter().fold(false, |ok, candidate| {
        let expected = sign(token, candidate, params);
        ok | bool::from(expected.as_bytes().ct_eq(header))
    })
}

/// The URL as configured, plus the same URL with its scheme's default port made explicit or
/// left out.
fn url_variants(url: &str) -> Vec<String> {
    let mut out = vec![url.to_string()];
    let Ok(parsed) = url::Url::parse(url) else {
        return out;
    };
    let Some(default) = parsed.port_or_known_default() else {
        return out;
    };
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return out;
    };
    // Work on the raw string, so the path and query keep their exact encoding.
    let rest = &url[scheme_end..];
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..host_end];
    let explicit = format!(":{default}");
    let other = if let Some(host) = authority.strip_suffix(&explicit) {
        host.to_string()
    } else if parsed.port().is_none() {
        format!("{authority}{explicit}")
    } else {
        return out;
    };
    out.push(format!(
        "{}{other}{}",
        &url[..scheme_end],
        &rest[host_end..]
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// The vector documented for Twilio's algorithm, computed independently of Twilio's SDKs.
    fn documented() -> (AuthToken, &'static str, Vec<(String, String)>) {
        (
            AuthToken::new("12345"),
            "https://mycompany.com/myapp.php?foo=1&bar=2",
            params(&[
                ("CallSid", "CA1234567890ABCDE"),
                ("Caller", "+12349013030"),
                ("Digits", "1234"),
                ("From", "+12349013030"),
                ("To", "+18005551212"),
            ]),
        )
    }

    #[test]
    fn the_documented_vector_signs_and_verifies() {
        let (token, url, params) = documented();
        assert_eq!(sign(&token, url, &params), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assert!(verify(&token, url, &params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        // Parameter order as received does not matter: they are sorted.
        let mut reversed = params.clone();
        reversed.reverse();
        assert!(verify(
            &token,
            url,
            &reversed,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        ));
    }

    #[test]
    fn any_change_breaks_the_signature() {
        let (token, url, params) = documented();
        let good = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
        assert!(!verify(&AuthToken::new("12346"), url, &params, good));
        assert!(!verify(
            &token,
            "https://mycompany.com/myapp.php?foo=1&bar=3",
            &params,
            good
        ));
        let mut added = params.clone();
        added.push(("Body".into(), "hi".into()));
        assert!(!verify(&token, url, &added, good));
        let mut dropped = params.clone();
        dropped.pop();
        assert!(!verify(&token, url, &dropped, good));
        assert!(!verify(&token, url, &params, ""));
        assert!(!verify(&token, url, &params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ"));
    }

    #[test]
    fn the_default_port_may_be_explicit_or_not() {
        let token = AuthToken::new("secret");
        let p = params(&[("Body", "90210"), ("From", "+14155550100")]);
        let with_port = sign(&token, "https://help.example.org:443/sms/twilio", &p);
        let without = sign(&token, "https://help.example.org/sms/twilio", &p);
        assert_ne!(with_port, without);
        assert!(verify(
            &token,
            "https://help.example.org/sms/twilio",
            &p,
            &with_port
        ));
        assert!(verify(
            &token,
            "https://help.example.org:443/sms/twilio",
            &p,
            &without
        ));
        // Another port is another URL.
        let other = sign(&token, "https://help.example.org:8443/sms/twilio", &p);
        assert!(!verify(
            &token,
            "https://help.example.org/sms/twilio",
            &p,
            &other
        ));
    }

    #[test]
    fn repeated_names_sort_by_value() {
        let token = AuthToken::new("k");
        let a = params(&[("MediaUrl", "b"), ("MediaUrl", "a")]);
        let b = params(&[("MediaUrl", "a"), ("MediaUrl", "b")]);
        assert_eq!(
            sign(&token, "https://x.test/", &a),
            sign(&token, "https://x.test/", &b)
        );
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        assert!(!format!("{:?}", AuthToken::new("hunter2")).contains("hunter2"));
    }
}
