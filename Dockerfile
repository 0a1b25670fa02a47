# Lienthong gateway image, built from the distribution archive (lienthong-<version>.tar.gz).
# Written for docker build / podman build at the repository root; no container runtime was available where it was
# written, so it is unbuilt: README.md, "Containers", says what was checked (ContainerFilesIT) and what was not.
#   docker build -t lienthong:0.1.0-SNAPSHOT .
#   docker run -p 8080:8080 -v lienthong-data:/var/lib/lienthong -v /etc/lienthong:/etc/lienthong:ro lienthong:0.1.0-SNAPSHOT

# 1. The archive, exactly as mvn package makes it for a server install.
FROM maven:3.9-eclipse-temurin-17 AS distribution
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl distribution -am package \
    && mkdir -p /opt/lienthong \
    && tar -xzf distribution/target/lienthong-*.tar.gz -C /opt/lienthong --strip-components=1

# 2. The runtime: a JRE, the unpacked archive, and a user of its own.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 lienthong \
    && useradd --system --uid 10001 --gid lienthong --home-dir /var/lib/lienthong --shell /usr/sbin/nologin lienthong \
    && mkdir -p /var/lib/lienthong /etc/lienthong \
    && chown lienthong:lienthong /var/lib/lienthong
COPY --from=distribution /opt/lienthong /opt/lienthong
# The archive's production configuration as the default; mount your own /etc/lienthong (application.yml,
# connectors/, keys, trust anchors) over it. Secrets come from the container's environment, not from files.
COPY --from=distribution /opt/lienthong/config/ /etc/lienthong/
ENV LIENTHONG_CONFIG_DIR=/etc/lienthong \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# lienthong.data-dir of config/application.yml: the spool, and H2 and the embedded broker if they are used.
VOLUME /var/lib/lienthong
WORKDIR /var/lib/lienthong
USER lienthong:lienthong
# server.port: the partner API (REST, SOAP), the admin API, the console, health and metrics.
EXPOSE 8080
# Readiness of the whole gateway: 503 when the database is unreachable or the data disk is below its reserve.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health || exit 1
# bin/lienthong run in the foreground as PID 1's child would be a shell: exec replaces it, so SIGTERM reaches Java.
ENTRYPOINT ["/opt/lienthong/bin/lienthong"]
CMD ["run"]
