//! Rate limits for the SMS routes: per sender and per peer (SMS.md "Privacy and abuse").
//!
//! Every key is an HMAC-SHA256 under a key drawn at startup and held only in memory: of the
//! number for a sender, of the address for a peer (the client address through trusted proxies,
//! IPv6 by its /64, since one host usually holds a whole /64). The limiter can tell two
//! requests from one sender or peer apart without ever holding a number or an address, and the
//! keys mean nothing after a restart. The partner API's limiter is this one, with its peer
//! bucket only.
//!
//! Both limiters are GCRA buckets (`governor`). Their state is bounded: past
//! [`MAX_TRACKED`] keys, the keys whose buckets have refilled are dropped; if that is not
//! enough, every bucket is forgotten. Limiting fails open, by design: a flood of new senders
//! must never lock out the next person who texts.

use arc_swap::ArcSwap;
use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

/// The most keys each limiter tracks before it prunes.
pub const MAX_TRACKED: usize = 50_000;

/// How much each sender and each peer may send; a rate of 0 turns that limit off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Texts one sender may send at once.
    pub sender_burst: u32,
    /// Texts one sender may send per hour, sustained.
    pub sender_per_hour: u32,
    /// Requests one peer may make at once.
    pub peer_burst: u32,
    /// Requests one peer may make per minute, sustained.
    pub peer_per_minute: u32,
}

/// Which limit a request went over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exceeded {
    /// The sender's.
    Sender(Duration),
    /// The peer's.
    Peer(Duration),
}

impl Exceeded {
    /// How long until the next request would be allowed.
    pub fn retry_after(&self) -> Duration {
        match self {
            Exceeded::Sender(d) | Exceeded::Peer(d) => *d,
        }
    }
}

/// The two limiters and the sender key.
pub struct RateLimits {
    key: [u8; 32],
    senders: Option<Bucket<[u8; 32]>>,
    peers: Option<Bucket<[u8; 32]>>,
}

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (senders, peers) = self.tracked();
        f.debug_struct("RateLimits")
            .field("senders", &senders)
            .field("peers", &peers)
            .finish_non_exhaustive()
    }
}

/// One keyed limiter, replaceable as a whole when it has to forget everything.
struct Bucket<K: Clone + std::hash::Hash + Eq> {
    quota: Quota,
    limiter: ArcSwap<DefaultKeyedRateLimiter<K>>,
}

impl<K: Clone + std::hash::Hash + Eq> Bucket<K> {
    fn new(quota: Quota) -> Self {
        Bucket {
            quota,
            limiter: ArcSwap::from_pointee(RateLimiter::dashmap(quota)),
        }
    }

    /// Counts one request for `key`; on refusal, how long until the next would pass.
    fn check(&self, key: &K) -> Result<(), Duration> {
        self.prune();
        let limiter = self.limiter.load();
        limiter
            .check_key(key)
            .map_err(|n| n.wait_time_from(limiter.clock().now()))
    }

    fn prune(&self) {
        let limiter = self.limiter.load();
        if limiter.len() < MAX_TRACKED {
            return;
        }
        limiter.retain_recent();
        limiter.shrink_to_fit();
        if limiter.len() >= MAX_TRACKED {
            // Still full of active keys: a flood. Forget everything rather than refuse newcomers.
            self.limiter
                .store(std::sync::Arc::new(RateLimiter::dashmap(self.quota)));
        }
    }

    fn len(&self) -> usize {
        self.limiter.load().len()
    }
}

/// A peer as limited: an IPv4 address, or an IPv6 /64.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum PeerKey {
    V4([u8; 4]),
    V6([u8; 8]),
}

impl From<IpAddr> for PeerKey {
    fn from(addr: IpAddr) -> Self {
        match addr.to_canonical() {
            IpAddr::V4(a) => PeerKey::V4(a.octets()),
            IpAddr::V6(a) => {
                let mut prefix = [0u8; 8];
                prefix.copy_from_slice(&a.octets()[..8]);
                PeerKey::V6(prefix)
            }
        }
    }
}

fn quota(burst: u32, period: Duration, count: u32) -> Option<Quota> {
    let count = NonZeroU32::new(count)?;
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(period / count.get()).map(|q| q.allow_burst(burst))
}

impl RateLimits {
    /// Limiters for `limits`, with a fresh random sender key.
    pub fn new(limits: Limits) -> anyhow::Result<Self> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key)
            .map_err(|e| anyhow::anyhow!("Failed to draw a rate-limit key: {e}"))?;
        Ok(RateLimits {
            key,
            senders: quota(
                limits.sender_burst,
                Duration::from_secs(3600),
                limits.sender_per_hour,
            )
            .map(Bucket::new),
            peers: quota(
                limits.peer_burst,
                Duration::from_secs(60),
                limits.peer_per_minute,
            )
            .map(Bucket::new),
        })
    }

    /// Counts one request from `peer` (the client address, through trusted proxies).
    pub fn check_peer(&self, peer: IpAddr) -> Result<(), Exceeded> {
        match &self.peers {
            Some(bucket) => bucket.check(&self.peer_key(peer)).map_err(Exceeded::Peer),
            None => Ok(()),
        }
    }

    /// Counts one text from `sender`, the number as received: only its keyed hash is kept.
    pub fn check_sender(&self, sender: &str) -> Result<(), Exceeded> {
        match &self.senders {
            Some(bucket) => bucket
                .check(&self.sender_key(sender))
                .map_err(Exceeded::Sender),
            None => Ok(()),
        }
    }

    /// The keyed hash a sender is tracked by.
    fn sender_key(&self, sender: &str) -> [u8; 32] {
        self.keyed(b"sender", sender.trim().as_bytes())
    }

    /// The keyed hash a peer is tracked by: of its IPv4 address or its IPv6 /64.
    fn peer_key(&self, peer: IpAddr) -> [u8; 32] {
        match PeerKey::from(peer) {
            PeerKey::V4(octets) => self.keyed(b"peer-v4", &octets),
            PeerKey::V6(prefix) => self.keyed(b"peer-v6", &prefix),
        }
    }

    /// HMAC-SHA256 of `value` under the process's key, in the domain `kind`, so a sender and a
    /// peer never share a key.
    fn keyed(&self, kind: &[u8], value: &[u8]) -> [u8; 32] {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC accepts any key length");
        mac.update(kind);
        mac.update(&[0]);
        mac.update(value);
        mac.finalize().into_bytes().into()
    }

    /// How many senders and peers are tracked now.
    pub fn tracked(&self) -> (usize, usize) {
        (
            self.senders.as_ref().map_or(0, Bucket::len),
            self.peers.as_ref().map_or(0, Bucket::len),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(sender_burst: u32, peer_burst: u32) -> Limits {
        Limits {
            sender_burst,
            sender_per_hour: 1,
            peer_burst,
            peer_per_minute: 1,
        }
    }

    #[test]
    fn a_sender_over_its_burst_is_limited_and_others_are_not() {
        let r = RateLimits::new(limits(2, 100)).unwrap();
        assert!(r.check_sender("+14155550100").is_ok());
        assert!(r.check_sender("+14155550100").is_ok());
        let over = r.check_sender("+14155550100").unwrap_err();
        assert!(matches!(over, Exceeded::Sender(_)));
        assert!(over.retry_after() > Duration::from_secs(60));
        assert!(r.check_sender("+14155550101").is_ok());
    }

    #[test]
    fn a_peer_over_its_burst_is_limited_by_address_and_ipv6_prefix() {
        let r = RateLimits::new(limits(100, 1)).unwrap();
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(r.check_peer(ip("2001:db8:1:2::1")).is_ok());
        // Same /64, another address: the same peer.
        assert!(matches!(
            r.check_peer(ip("2001:db8:1:2::ffff")),
            Err(Exceeded::Peer(_))
        ));
        assert!(r.check_peer(ip("2001:db8:1:3::1")).is_ok());
        assert!(r.check_peer(ip("192.0.2.1")).is_ok());
        assert!(r.check_peer(ip("::ffff:192.0.2.1")).is_err());
    }

    #[test]
    fn a_zero_rate_turns_the_limit_off() {
        let r = RateLimits::new(Limits {
            sender_burst: 1,
            sender_per_hour: 0,
            peer_burst: 1,
            peer_per_minute: 0,
        })
        .unwrap();
        for _ in 0..10 {
            assert!(r.check_peer("192.0.2.1".parse().unwrap()).is_ok());
            assert!(r.check_sender("+1").is_ok());
        }
        assert_eq!(r.tracked(), (0, 0));
    }

    #[test]
    fn senders_are_tracked_by_a_keyed_hash_not_the_number() {
        let a = RateLimits::new(limits(5, 5)).unwrap();
        let b = RateLimits::new(limits(5, 5)).unwrap();
        let n = "+14155550100";
        assert_eq!(a.sender_key(n), a.sender_key(n));
        assert_ne!(
            a.sender_key(n),
            b.sender_key(n),
            "the key is drawn per process"
        );
        assert!(!format!("{a:?}").contains("4155550100"));
    }

    #[test]
    fn peers_are_tracked_by_a_keyed_hash_not_the_address() {
        let a = RateLimits::new(limits(5, 5)).unwrap();
        let b = RateLimits::new(limits(5, 5)).unwrap();
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let v4 = ip("192.0.2.1");
        assert_eq!(a.peer_key(v4), a.peer_key(v4));
        assert_ne!(
            a.peer_key(v4),
            b.peer_key(v4),
            "the key is drawn per process"
        );
        assert_ne!(a.peer_key(v4), a.peer_key(ip("192.0.2.2")));
        assert_eq!(
            a.peer_key(ip("2001:db8:1:2::1")),
            a.peer_key(ip("2001:db8:1:2::ffff")),
            "one /64, one key"
        );
        // No key holds the address's bytes.
        let key = a.peer_key(v4);
        assert!(!key.windows(4).any(|w| w == [192, 0, 2, 1]));
    }

    #[test]
    fn state_stays_bounded_under_a_flood_of_senders() {
        let r = RateLimits::new(Limits {
            sender_burst: 1,
            sender_per_hour: 1,
            peer_burst: 1,
            peer_per_minute: 0,
        })
        .unwrap();
        for i in 0..(MAX_TRACKED + 10) {
            assert!(r.check_sender(&format!("+1415{i:07}")).is_ok());
        }
        assert!(r.tracked().0 <= MAX_TRACKED);
    }
}
