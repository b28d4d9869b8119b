#!/usr/bin/env bash
# Builds the container image from the Dockerfile and runs it: as its non-root user, published
# on a loopback port only, it must answer /livez and /us/ca.
#
#   scripts/image.sh                      # the Dockerfile's full multi-stage build
#   scripts/image.sh --from-binary PATH   # the runtime stage alone, around a binary built here
#                                         # (CI uses its release build; same base, user, data)
#
# With Docker where an engine runs; otherwise with buildah and podman from Debian (installed
# here), their storage and settings under target/image/. Where no registry answers, the base
# images are made from Debian's archive: debian:bookworm-slim with debootstrap, trimmed as the
# official slim image is, and, for the full build, a Rust builder from it plus this machine's
# own toolchain (rustup cannot download one here). Those are tagged localhost/… and passed as
# RUST_IMAGE and RUNTIME_IMAGE, so no image pretends to be the official one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
    echo "image: $*" >&2
    exit 1
}

binary=
while [[ $# -gt 0 ]]; do
    case $1 in
    --from-binary)
        binary=${2:?--from-binary needs a path}
        shift 2
        ;;
    *) fail "unknown argument $1 (use --from-binary PATH or nothing)" ;;
    esac
done
[[ -z $binary || -x $binary ]] || fail "no executable binary at $binary"

tag=localhost/lifelines:check
name="lifelines-image-check-$$"
work="$PWD/target/image"
mkdir -p "$work"
started=$SECONDS

# The engine: Docker if one answers, else buildah and podman.
if docker info >/dev/null 2>&1; then
    engine=docker
    build() { docker build "$@"; }
    build_plain() { docker build "$@"; }
    run() { docker "$@"; }
    qualified() { echo "$1"; }
else
    engine=podman
    need=()
    for tool in buildah podman runc debootstrap; do
        command -v "$tool" >/dev/null || need+=("$tool")
    done
    if [[ ${#need[@]} -gt 0 ]]; then
        echo "image: installing buildah, podman and debootstrap from Debian"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq buildah \
            podman runc debootstrap uidmap containernetworking-plugins; } >/dev/null ||
            fail "buildah/podman could not be installed"
    fi
    # Storage of our own, runc and cgroupfs (crun refuses these VMs' hybrid cgroups), and
    # rlimits that root without CAP_SYS_RESOURCE may set.
    cat >"$work/storage.conf" <<EOF
[storage]
driver = "vfs"
graphroot = "$work/storage"
runroot = "$work/run"
EOF
    cat >"$work/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
    export CONTAINERS_STORAGE_CONF="$work/storage.conf" CONTAINERS_CONF="$work/containers.conf"
    # The network's HTTPS proxy is trusted only by the host's CA bundle: lend it to the
    # Dockerfile's RUN steps, read-only, at /run/host-ca.crt, where the build stage points cargo
    # at it; it lands in no layer. Not at Debian's own path: the runtime stage installs
    # ca-certificates, which writes there.
    ca=/etc/ssl/certs/ca-certificates.crt
    build() { buildah bud --isolation chroot --pull=never -v "$ca:/run/host-ca.crt:ro" "$@"; }
    build_plain() { buildah bud --isolation chroot --pull=never "$@"; }
    run() { podman "$@"; }
    # Short names resolve to localhost/… first: ask for the registry's own name.
    qualified() { echo "docker.io/library/$1"; }
fi
echo "image: building with $engine"

exists() { run image inspect "$1" >/dev/null 2>&1; }
registry_answers() { timeout 30 "$engine" pull -q "$(qualified "$1")" >/dev/null 2>&1; }

# The runtime base: pulled where a registry answers, else made from Debian's archive.
runtime_image=debian:bookworm-slim
if ! exists "$(qualified "$runtime_image")" && ! registry_answers "$runtime_image"; then
    runtime_image=localhost/debian:bookworm-slim
    if ! exists "$runtime_image"; then
        command -v debootstrap >/dev/null || fail "no registry answers and debootstrap is missing"
        mirror=$(grep -hoE '^URIs: *http[^ ]+/debian$' /etc/apt/sources.list.d/*.sources 2>/dev/null |
            head -n 1 | awk '{print $2}')
        mirror=${mirror:-http://deb.debian.org/debian}
        echo "image: no registry answers; making $runtime_image from $mirror"
        rootfs="$work/rootfs"
        rm -rf "$rootfs"
        debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
            { tail -n 20 "$work/debootstrap.log" >&2; fail "debootstrap failed"; }
        # Trimmed as the official slim image is: no docs, manuals or locales, apt caches cleaned.
        cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
        cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
        find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
        rm -rf "$rootfs"/usr/share/{man,info,locale}/* "$rootfs"/var/cache/apt/*.bin \
            "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log
        tar --numeric-owner -C "$rootfs" -cf - . | run import - "$runtime_image" >/dev/null
        rm -rf "$rootfs"
    fi
fi
echo "image: runtime base $runtime_image"

if [[ -n $binary ]]; then
    # The Dockerfile's runtime stage alone, its binary copied from the context instead of the
    # build stage.
    context="$work/context"
    rm -rf "$context"
    mkdir -p "$context"
    cp "$binary" "$context/lifelines"
    cp -R data "$context/data"
    mkdir -p "$context/scripts"
    cp scripts/data-sync.sh "$context/scripts/data-sync.sh"
    awk '/^ARG RUNTIME_IMAGE=/ { print; next }
         /^FROM .* AS runtime$/ { on = 1 }
         on' Dockerfile |
        sed 's|^COPY --from=build /src/target/release/lifelines |COPY lifelines |' \
            >"$context/Dockerfile"
    grep -q '^COPY lifelines /usr/local/bin/lifelines$' "$context/Dockerfile" ||
        fail "the Dockerfile's runtime stage no longer copies the binary as expected"
    build_plain --build-arg "RUNTIME_IMAGE=$runtime_image" -t "$tag" -f "$context/Dockerfile" "$context"
else
    rust_image=rust:1.88-slim-bookworm
    if ! exists "$(qualified "$rust_image")" && ! registry_answers "$rust_image"; then
        rust_image=localhost/lifelines-rust-builder:host
        if ! exists "$rust_image"; then
            # Honestly named: it holds this machine's toolchain, not the tagged release.
            sysroot="$(rustc --print sysroot)"
            echo "image: no registry answers; making $rust_image with $(rustc --version)"
            builder="$work/builder"
            rm -rf "$builder"
            mkdir -p "$builder"
            cp -R "$sysroot" "$builder/rust"
            cat >"$builder/Dockerfile" <<'EOF'
ARG BASE
FROM ${BASE}
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
COPY rust /usr/local/rust
ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo \
    PATH=/usr/local/cargo/bin:/usr/local/rust/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
EOF
            build_plain --build-arg "BASE=$runtime_image" -t "$rust_image" "$builder"
            rm -rf "$builder"
        fi
    fi
    echo "image: Rust builder $rust_image"
    build --build-arg "RUST_IMAGE=$rust_image" --build-arg "RUNTIME_IMAGE=$runtime_image" \
        -t "$tag" .
fi
# The image this replaced, if any, is left untagged: drop it.
run image prune -f >/dev/null 2>&1 || true
echo "image: built $tag in $((SECONDS - started)) s"

# Run it as built: its own user, published on loopback only.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { run rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT
user=$(run image inspect --format '{{.Config.User}}' "$tag")
[[ $user == 10001 ]] || fail "the image runs as '$user', not uid 10001"
if ! run run -d --name "$name" -p "127.0.0.1:$port:8080" "$tag" >/dev/null 2>"$work/run.err"; then
    # No container network here: the host's, with the server on loopback only.
    echo "image: publishing a port failed ($(tail -n 1 "$work/run.err")); using the host network on loopback"
    run rm -f "$name" >/dev/null 2>&1 || true
    run run -d --name "$name" --network host -e "LIFELINES_LISTEN=127.0.0.1:$port" \
        -e LIFELINES_METRICS__LISTEN=127.0.0.1:0 "$tag" >/dev/null
fi
base="http://127.0.0.1:$port"
for _ in $(seq 100); do
    curl -fs "$base/livez" >/dev/null 2>&1 && break
    [[ $(run inspect --format '{{.State.Running}}' "$name" 2>/dev/null) == true ]] ||
        { run logs "$name" >&2 || true; fail "the container stopped"; }
    sleep 0.2
done
uid=$(run exec "$name" id -u)
[[ $uid == 10001 ]] || fail "the server runs as uid $uid, not 10001"
# The data sidecar's script, in the image with what it needs (curl, tar, sha256sum, GNU mv and
# the binary's check): a release of the image's own data, from a file:// store, made current.
synced=$(run exec "$name" sh -c 'set -e; mkdir -p /tmp/store; cd /srv/lifelines/data
    tar -czf /tmp/store/lifelines-data-image.tar.gz ./*.csv; cd /tmp/store
    sha256sum lifelines-data-image.tar.gz >lifelines-data-image.tar.gz.sha256; echo image >LATEST
    DATA_ROOT=/tmp/pod DATA_RELEASES_URL=file:///tmp/store lifelines-data-sync once 2>/dev/null
    readlink /tmp/pod/current; rm -rf /tmp/pod /tmp/store') ||
    fail "lifelines-data-sync could not install a release in the image"
[[ $synced == releases/image ]] || fail "lifelines-data-sync left current at '$synced'"
livez=$(curl -fsS "$base/livez") || fail "/livez did not answer"
[[ $livez == ok ]] || fail "/livez answered '$livez'"
page=$(curl -fsS "$base/us/ca") || fail "/us/ca did not answer"
grep -q 'California' <<<"$page" || fail "/us/ca does not show California"
grep -q 'href="tel:911"' <<<"$page" || fail "/us/ca does not lead with 911"
metrics=$(curl -s -o /dev/null -w '%{http_code}' "$base/metrics")
[[ $metrics == 404 ]] || fail "/metrics answered $metrics on the public port"
size=$(run image inspect --format '{{.Size}}' "$tag")
echo "image: $tag ($((size / 1000000)) MB) runs as uid $uid: /livez ok, /us/ca ok," \
    "/metrics 404 on the public port, lifelines-data-sync ok; $((SECONDS - started)) s in all"
