# lifelines: one binary, the repository's data baked in as the default.
#
#   docker build -t lifelines .
#   docker run -p 8080:8080 lifelines
#   docker run -p 8080:8080 -v "$PWD/data:/data:ro" -e LIFELINES_DATA_DIR=/data \
#     -v "$PWD/geoip:/geoip:ro" -e LIFELINES_GEO__DATABASE=/geoip/GeoLite2-City.mmdb lifelines
#
# The base images can be chosen, e.g. from a mirror:
#   docker build --build-arg RUST_IMAGE=mirror.example/rust:1.88-slim-bookworm \
#     --build-arg RUNTIME_IMAGE=mirror.example/debian:bookworm-slim -t lifelines .
# scripts/image.sh builds and runs it with Docker or buildah/podman, making the base images from
# Debian's archive where no registry answers.

ARG RUST_IMAGE=rust:1.88-slim-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${RUST_IMAGE} AS build
WORKDIR /src
# A build that must trust a proxy's CA (scripts/image.sh with buildah) mounts the host's bundle
# at /run/host-ca.crt for cargo; elsewhere the file is absent and cargo uses its own roots.
# Dependencies first, in a layer of their own: it is rebuilt only when Cargo.toml or
# Cargo.lock change, not on every edit to the code.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src bench \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && echo 'fn main() {}' > bench/generate.rs \
    && echo 'fn main() {}' > bench/hot_paths.rs \
    && if [ -f /run/host-ca.crt ]; then export CARGO_HTTP_CAINFO=/run/host-ca.crt; fi \
    && cargo build --release --locked --bin lifelines \
    && rm -rf src bench
COPY src src
COPY templates templates
COPY locales locales
COPY static static
COPY bench/generate.rs bench/hot_paths.rs bench/
RUN touch src/main.rs src/lib.rs \
    && if [ -f /run/host-ca.crt ]; then export CARGO_HTTP_CAINFO=/run/host-ca.crt; fi \
    && cargo build --release --locked --bin lifelines

# The runtime stage: scripts/image.sh --from-binary builds this stage alone, around a binary
# built outside.
FROM ${RUNTIME_IMAGE} AS runtime
# An unprivileged user with a fixed id, so Kubernetes' runAsNonRoot can check it. curl and the
# CA certificates are for the data sidecar (lifelines-data-sync, deploy/deployment.yaml), which
# fetches data releases over HTTPS; the server itself opens no outgoing connection. Debian's
# stable packages are not pinned: a pin breaks the build when a security update replaces them.
# hadolint ignore=DL3008
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin lifelines \
    && apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/lifelines /usr/local/bin/lifelines
# Fetches, verifies, checks and swaps in data releases: the same binary's `check` judges them.
COPY scripts/data-sync.sh /usr/local/bin/lifelines-data-sync
COPY data /srv/lifelines/data
# /metrics on a port of its own (the main port answers it 404): publish 8080 to visitors and
# keep 9090 for the scraper.
ENV LIFELINES_LISTEN=0.0.0.0:8080 \
    LIFELINES_METRICS__LISTEN=0.0.0.0:9090 \
    LIFELINES_DATA_DIR=/srv/lifelines/data
USER 10001
EXPOSE 8080 9090
ENTRYPOINT ["/usr/local/bin/lifelines"]
CMD ["serve"]
