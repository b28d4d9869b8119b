//! The client's address: the socket peer, or what trusted proxies say the client was.
//!
//! `Forwarded` and `X-Forwarded-For` are lists anyone can start, and each proxy appends the
//! address it saw. So the list is read right to left, and only as far as the hops are our own
//! proxies: the first address a trusted proxy reports that is not itself trusted is the client.
//! Everything left of it is whatever the client chose to send. (actix-web's
//! `ConnectionInfo::realip_remote_addr` takes the leftmost value, which is why it is not used.)

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

/// The address of the client that made a request.
///
/// `peer` is the socket peer; `forwarded` and `x_forwarded_for` are the request's `Forwarded`
/// (RFC 7239) and `X-Forwarded-For` values, with several header lines joined by `,` in the order
/// received. When the peer is not in `trusted` the headers are ignored and the peer is the client.
/// Otherwise the `for=` values of `Forwarded` (or, when it is absent or blank, the entries of
/// `X-Forwarded-For`) are walked right to left, skipping trusted addresses; the first untrusted
/// address is the client. An entry that is not an address (`unknown`, an obfuscated `_name`,
/// garbage) stops the walk, and the last trusted hop, or the peer, is returned: it is the last
/// address known to be true.
///
/// IPv4-mapped IPv6 addresses (`::ffff:192.0.2.1`) are returned and compared as IPv4.
pub fn client_addr(
    peer: IpAddr,
    forwarded: Option<&str>,
    x_forwarded_for: Option<&str>,
    trusted: &[IpNet],
) -> IpAddr {
    let peer = peer.to_canonical();
    if !is_trusted(peer, trusted) {
        return peer;
    }
    let hops = match forwarded.filter(|value| !value.trim().is_empty()) {
        Some(value) => forwarded_for(value),
        None => x_forwarded_for.map(forwarded_list).unwrap_or_default(),
    };

    let mut client = peer;
    for hop in hops.into_iter().rev() {
        let Some(addr) = hop else {
            break;
        };
        client = addr;
        if !is_trusted(addr, trusted) {
            break;
        }
    }
    client
}

/// The scheme and host a request was made to, for absolute links on a page made for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// `http` or `https`.
    pub scheme: &'static str,
    /// `help.example.org` or `127.0.0.1:8080`.
    pub host: String,
}

/// What a request says about where it was sent: its `Host`, and the forwarded host and scheme
/// (`Forwarded`'s `host=`/`proto=`, `X-Forwarded-Host`, `X-Forwarded-Proto`), every header
/// line joined with `,`.
#[derive(Clone, Copy, Debug, Default)]
pub struct OriginHeaders<'a> {
    /// `Host`.
    pub host: Option<&'a str>,
    /// `Forwarded` (RFC 7239).
    pub forwarded: Option<&'a str>,
    /// `X-Forwarded-Host`.
    pub x_forwarded_host: Option<&'a str>,
    /// `X-Forwarded-Proto`.
    pub x_forwarded_proto: Option<&'a str>,
}

/// The origin a request was made to. Forwarded host and scheme are believed only when the peer
/// is a trusted proxy, and then the rightmost value, the one the nearest proxy set (anything
/// left of it the client may have sent); `Forwarded` wins over the `X-` headers. Otherwise the
/// `Host` header over plain HTTP, which is all lifelines itself speaks. A host that is not a
/// host name or address (with an optional port) is ignored, and `localhost` stands in.
pub fn request_origin(
    peer: Option<IpAddr>,
    headers: OriginHeaders<'_>,
    trusted: &[IpNet],
) -> Origin {
    let mut host = headers.host.and_then(valid_host);
    let mut scheme = "http";
    if peer.is_some_and(|p| is_trusted(p.to_canonical(), trusted)) {
        let from_forwarded = |name: &str| -> Option<String> {
            let value = headers.forwarded?;
            split_unquoted(value, ',')
                .into_iter()
                .rev()
                .find_map(|element| {
                    split_unquoted(element, ';').into_iter().find_map(|pair| {
                        let (k, v) = pair.split_once('=')?;
                        k.trim()
                            .eq_ignore_ascii_case(name)
                            .then(|| unquote(v.trim()).map(str::to_string))
                            .flatten()
                    })
                })
        };
        let last = |value: Option<&str>| -> Option<String> {
            value?
                .rsplit(',')
                .map(str::trim)
                .find(|v| !v.is_empty())
                .map(str::to_string)
        };
        if let Some(h) = from_forwarded("host").or_else(|| last(headers.x_forwarded_host)) {
            host = valid_host(&h);
        }
        if let Some(p) = from_forwarded("proto").or_else(|| last(headers.x_forwarded_proto)) {
            if p.eq_ignore_ascii_case("https") {
                scheme = "https";
            }
        }
    }
    Origin {
        scheme,
        host: host.unwrap_or_else(|| "localhost".to_string()),
    }
}

/// `host` when it is a host name, an IPv4 address or a bracketed IPv6 address, with an
/// optional port.
fn valid_host(host: &str) -> Option<String> {
    let host = host.trim();
    let (name, port) = match host.rsplit_once(':') {
        Some((name, port))
            if !name.ends_with(':') && (name.starts_with('[') || !name.contains(':')) =>
        {
            (name, Some(port))
        }
        _ => (host, None),
    };
    let name_ok = if let Some(v6) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        v6.parse::<Ipv6Addr>().is_ok()
    } else {
        !name.is_empty()
            && name.len() <= 253
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    };
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (name_ok && port_ok).then(|| host.to_ascii_lowercase())
}

fn is_trusted(addr: IpAddr, trusted: &[IpNet]) -> bool {
    trusted.iter().any(|net| net.contains(&addr))
}

/// The entries of `X-Forwarded-For`, left to right; `None` for one that is not an address.
fn forwarded_list(value: &str) -> Vec<Option<IpAddr>> {
    value
        .split(',')
        .map(str::trim)
        // RFC 9110 §5.6.1: recipients ignore empty list elements ("a, , b", a trailing comma).
        .filter(|entry| !entry.is_empty())
        .map(parse_node)
        .collect()
}

/// The `for=` value of each element of a `Forwarded` header, left to right; `None` for an element
/// with no usable address (no or several `for=`, `unknown`, an obfuscated name, a bad quote).
fn forwarded_for(value: &str) -> Vec<Option<IpAddr>> {
    split_unquoted(value, ',')
        .into_iter()
        .filter(|element| !element.trim().is_empty())
        .map(|element| {
            let mut values = split_unquoted(element, ';').into_iter().filter_map(|pair| {
                let (name, value) = pair.split_once('=')?;
                name.trim()
                    .eq_ignore_ascii_case("for")
                    .then_some(value.trim())
            });
            // RFC 7239 §4: a parameter occurs at most once per element.
            match (values.next(), values.next()) {
                (Some(value), None) => unquote(value).and_then(parse_node),
                _ => None,
            }
        })
        .collect()
}

/// Splits `s` at each `sep` outside a quoted string (RFC 9110 §5.6.4, with `\` escapes).
fn split_unquoted(s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            parts.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&s[start..]);
    parts
}

/// The text of a token or quoted string; `None` for a broken quote.
///
/// A node never needs escapes, so a value with `\` or an inner `"` is treated as malformed
/// rather than unescaped.
fn unquote(value: &str) -> Option<&str> {
    let inner = match value.strip_prefix('"') {
        Some(rest) => rest.strip_suffix('"')?,
        None => value,
    };
    (!inner.contains(['"', '\\'])).then_some(inner)
}

/// An address as proxies write it: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`, `[2001:db8::1]`
/// or `[2001:db8::1]:4711` (a port may be RFC 7239's obfuscated `_name`). Bare IPv6 and unquoted
/// ports are not RFC 7239 syntax but are accepted: only trusted proxies' entries are read.
fn parse_node(node: &str) -> Option<IpAddr> {
    let node = node.trim();
    if let Ok(addr) = node.parse::<IpAddr>() {
        return Some(addr.to_canonical());
    }
    let (addr, port) = match node.strip_prefix('[') {
        Some(rest) => {
            let (host, after) = rest.split_once(']')?;
            let port = match after {
                "" => None,
                after => Some(after.strip_prefix(':')?),
            };
            (IpAddr::V6(host.parse::<Ipv6Addr>().ok()?), port)
        }
        None => {
            // Bare IPv6 was handled above, so a colon here separates an IPv4 address and a port.
            let (host, port) = node.split_once(':')?;
            (IpAddr::V4(host.parse::<Ipv4Addr>().ok()?), Some(port))
        }
    };
    match port {
        Some(port) if !is_port(port) => None,
        _ => Some(addr.to_canonical()),
    }
}

/// A decimal port, or an RFC 7239 obfuscated port (`_` then letters, digits, `.`, `_`, `-`).
fn is_port(port: &str) -> bool {
    let decimal =
        port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()) && port.parse::<u16>().is_ok();
    let obfuscated = port.len() > 1
        && port.starts_with('_')
        && port
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    decimal || obfuscated
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROXY: &str = "10.0.0.1";
    const CLIENT: &str = "198.51.100.7";

    fn trusted() -> Vec<IpNet> {
        ["10.0.0.0/8", "127.0.0.1/32", "2001:db8:ffff::/48"]
            .iter()
            .map(|net| net.parse().expect("test network"))
            .collect()
    }

    fn addr(s: &str) -> IpAddr {
        s.parse().expect("test address")
    }

    /// (what the case shows, peer, Forwarded, X-Forwarded-For, expected client)
    type Case = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
    );

    #[rustfmt::skip]
    const CASES: &[Case] = &[
        // Untrusted peers: headers are never read.
        ("untrusted peer, spoofed XFF", "203.0.113.5", None, Some(CLIENT), "203.0.113.5"),
        ("untrusted peer, spoofed Forwarded", "203.0.113.5", Some("for=198.51.100.7"), None, "203.0.113.5"),
        ("untrusted private peer", "192.168.1.1", None, Some(CLIENT), "192.168.1.1"),
        ("untrusted mapped peer is canonical", "::ffff:203.0.113.5", None, Some(CLIENT), "203.0.113.5"),
        // Trusted peer, X-Forwarded-For.
        ("trusted peer, no headers", PROXY, None, None, PROXY),
        ("trusted peer, one entry", PROXY, None, Some(CLIENT), CLIENT),
        ("spoofed leftmost entries are skipped", PROXY, None, Some("1.2.3.4, 5.6.7.8, 198.51.100.7"), CLIENT),
        ("trusted hops are skipped", PROXY, None, Some("1.2.3.4, 198.51.100.7, 10.0.0.2, 10.0.0.3"), CLIENT),
        ("all hops trusted: the leftmost", PROXY, None, Some("10.0.0.5, 10.0.0.6"), "10.0.0.5"),
        ("joined header lines", PROXY, None, Some("1.2.3.4, 198.51.100.9,198.51.100.7,10.0.0.9"), CLIENT),
        ("IPv6 entry", PROXY, None, Some("2001:db8::1"), "2001:db8::1"),
        ("IPv4 with port", PROXY, None, Some("198.51.100.7:4711"), CLIENT),
        ("bracketed IPv6 with port", PROXY, None, Some("[2001:db8::1]:4711"), "2001:db8::1"),
        ("bracketed IPv6 without port", PROXY, None, Some("[2001:db8::1]"), "2001:db8::1"),
        ("mapped IPv6 entry is IPv4", PROXY, None, Some("::ffff:198.51.100.7"), CLIENT),
        ("trusted IPv6 proxy", "2001:db8:ffff::1", None, Some(CLIENT), CLIENT),
        ("mapped trusted peer", "::ffff:10.0.0.1", None, Some(CLIENT), CLIENT),
        ("empty XFF", PROXY, None, Some(""), PROXY),
        ("blank XFF", PROXY, None, Some("  "), PROXY),
        ("only commas", PROXY, None, Some(", ,"), PROXY),
        ("empty elements are ignored", PROXY, None, Some("198.51.100.7, ,"), CLIENT),
        ("garbage rightmost stops at the peer", PROXY, None, Some("198.51.100.7, garbage"), PROXY),
        ("garbage stops at the last trusted hop", PROXY, None, Some("198.51.100.7, nonsense, 10.0.0.2"), "10.0.0.2"),
        ("out-of-range port", PROXY, None, Some("198.51.100.7:99999"), PROXY),
        ("hostname", PROXY, None, Some("example.com"), PROXY),
        ("zero-padded IPv4", PROXY, None, Some("198.051.100.007"), PROXY),
        ("IPv4 in brackets", PROXY, None, Some("[198.51.100.7]"), PROXY),
        ("IPv6 zone", PROXY, None, Some("fe80::1%eth0"), PROXY),
        // Trusted peer, Forwarded (preferred over X-Forwarded-For).
        ("Forwarded token", PROXY, Some("for=198.51.100.7"), None, CLIENT),
        ("Forwarded wins over XFF", PROXY, Some("for=198.51.100.7"), Some("198.51.100.8"), CLIENT),
        ("blank Forwarded falls back to XFF", PROXY, Some(" "), Some(CLIENT), CLIENT),
        ("Forwarded with other parameters", PROXY, Some("for=198.51.100.7;proto=http;by=203.0.113.43"), None, CLIENT),
        ("Forwarded parameter names ignore case", PROXY, Some("For=198.51.100.7"), None, CLIENT),
        ("Forwarded quoted IPv6 with port", PROXY, Some("for=\"[2001:db8:cafe::17]:4711\""), None, "2001:db8:cafe::17"),
        ("Forwarded quoted IPv4 with port", PROXY, Some("for=\"198.51.100.7:80\""), None, CLIENT),
        ("Forwarded obfuscated port", PROXY, Some("for=\"[2001:db8::1]:_p1\""), None, "2001:db8::1"),
        ("Forwarded spoofed leftmost", PROXY, Some("for=1.2.3.4, for=198.51.100.7"), None, CLIENT),
        ("Forwarded trusted hops skipped", PROXY, Some("for=198.51.100.7;proto=https, for=10.0.0.2"), None, CLIENT),
        ("Forwarded joined header lines", PROXY, Some("for=1.2.3.4,for=198.51.100.7, for=10.0.0.2"), None, CLIENT),
        ("Forwarded unknown stops the walk", PROXY, Some("for=198.51.100.7, for=unknown"), None, PROXY),
        ("Forwarded obfuscated node stops the walk", PROXY, Some("for=198.51.100.7, for=_hidden, for=10.0.0.2"), None, "10.0.0.2"),
        ("Forwarded element without for=", PROXY, Some("for=198.51.100.7, proto=https"), None, PROXY),
        ("Forwarded repeated for=", PROXY, Some("for=1.2.3.4;for=198.51.100.7"), None, PROXY),
        ("Forwarded empty for=", PROXY, Some("for="), None, PROXY),
        ("Forwarded comma inside quotes", PROXY, Some("for=\"198.51.100.7, 1.2.3.4\""), None, PROXY),
        ("Forwarded unterminated quote", PROXY, Some("for=\"198.51.100.7"), None, PROXY),
        ("Forwarded escaped quote", PROXY, Some("for=\"198.51.100.7\\\"\""), None, PROXY),
        ("Forwarded empty elements ignored", PROXY, Some("for=198.51.100.7,,"), None, CLIENT),
    ];

    #[test]
    fn finds_the_client_behind_trusted_proxies_only() {
        let trusted = trusted();
        for &(what, peer, forwarded, xff, expected) in CASES {
            let got = client_addr(addr(peer), forwarded, xff, &trusted);
            assert_eq!(got, addr(expected), "{what}");
        }
    }

    #[test]
    fn with_no_trusted_proxies_the_peer_is_always_the_client() {
        for &(what, peer, forwarded, xff, _) in CASES {
            let got = client_addr(addr(peer), forwarded, xff, &[]);
            assert_eq!(got, addr(peer).to_canonical(), "{what}");
        }
    }

    #[test]
    fn forwarded_host_and_scheme_are_believed_from_trusted_proxies_only() {
        let headers = OriginHeaders {
            host: Some("127.0.0.1:8080"),
            forwarded: None,
            x_forwarded_host: Some("evil.example, help.example.org"),
            x_forwarded_proto: Some("https"),
        };
        let origin = |peer: &str, h: OriginHeaders<'_>| {
            let o = request_origin(Some(addr(peer)), h, &trusted());
            format!("{}://{}", o.scheme, o.host)
        };
        assert_eq!(origin("10.0.0.1", headers), "https://help.example.org");
        assert_eq!(origin("203.0.113.9", headers), "http://127.0.0.1:8080");
        let fwd = OriginHeaders {
            forwarded: Some(
                "host=evil.example;proto=http, for=10.0.0.2;host=\"help.example.org\";proto=https",
            ),
            ..headers
        };
        assert_eq!(origin("10.0.0.1", fwd), "https://help.example.org");
        // Not a host: the Host header stands, or localhost.
        let bad = OriginHeaders {
            x_forwarded_host: Some("988 IS DOWN"),
            ..headers
        };
        assert_eq!(origin("10.0.0.1", bad), "https://localhost");
        let none = OriginHeaders::default();
        assert_eq!(origin("203.0.113.9", none), "http://localhost");
        for ok in [
            "example.org",
            "example.org:8443",
            "[2001:db8::1]:80",
            "192.0.2.1",
        ] {
            assert!(valid_host(ok).is_some(), "{ok}");
        }
        for bad in [
            "a b",
            "a/b",
            "ex<ample",
            "[zz]:80",
            "host:port",
            "",
            "a:1:2",
        ] {
            assert!(valid_host(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn hostile_headers_never_panic() {
        let trusted = trusted();
        let long = "1.2.3.4,".repeat(10_000);
        for value in [
            "\"",
            "\\",
            "for=\"\\",
            "[",
            "]",
            "[]:",
            ":",
            "for=[::1",
            "é, ü",
            "for=\u{0}",
            long.as_str(),
        ] {
            let _ = client_addr(addr(PROXY), Some(value), None, &trusted);
            let _ = client_addr(addr(PROXY), None, Some(value), &trusted);
        }
    }
}
