# The app: Spring Boot on Debian's OpenJDK 25, with an ahead-of-time class cache.
# No "# syntax=" line on purpose: the engine's built-in Dockerfile frontend
# supports everything used here, and no frontend image has to be pulled.

# ---------------------------------------------------------------- build stage
FROM debian:trixie-slim AS build
ARG DEBIAN_FRONTEND=noninteractive
# mkdir: slim images lack man1, where the JDK's postinst links a man page.
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && apt-get install -y --no-install-recommends openjdk-25-jdk-headless ca-certificates \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
# Behind a TLS-inspecting proxy, Maven needs the proxy's CA: put *.crt files into
# extra-ca-certs/ (empty in git). update-ca-certificates also refreshes Java's cacerts.
COPY extra-ca-certs/ /usr/local/share/ca-certificates/extra/
RUN update-ca-certificates
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# The Maven repository lives in a build cache: a rebuild after a source change
# downloads nothing, one after a pom change only what is new.
RUN --mount=type=cache,id=auftritt-m2,target=/root/.m2 \
    ./mvnw -B -q dependency:go-offline
COPY src/main/ src/main/
RUN --mount=type=cache,id=auftritt-m2,target=/root/.m2 \
    ./mvnw -B -q -Dmaven.test.skip=true package \
 && java -Djarmode=tools -jar target/auftritt.jar extract --layers --destination /build/extracted

# ------------------------------------------------------------------ run stage
FROM debian:trixie-slim
ARG DEBIAN_FRONTEND=noninteractive
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && apt-get install -y --no-install-recommends openjdk-25-jre-headless tini \
 && apt-get clean && rm -rf /var/lib/apt/lists/* \
    # The JDK's CDS archives for other heap layouts (no compressed oops, compact
    # object headers): never used with the flags below, and the AOT cache made
    # further down replaces the default archive anyway. 48 MB less.
 && rm -f /usr/lib/jvm/java-25-openjdk-amd64/lib/server/classes_nocoops*.jsa \
          /usr/lib/jvm/java-25-openjdk-amd64/lib/server/classes_coh.jsa \
 && useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin auftritt \
 && mkdir -p /data \
 && chown auftritt:auftritt /data

# JVM settings for a 1 GB server. The heap is the smaller part of the process:
# metaspace, code cache, thread stacks, malloc arenas and the AOT cache add more.
# SerialGC: no GC threads or card-table overhead worth having on 1-2 cores.
# TieredStopAtLevel=1 (C1 only, no C2): measured here, start 6.4 s instead of
# 8.5-14 s, 1,000 requests in 7.5 s instead of 17.5 s (no C2 compiler threads
# competing for the 2 cores while warming up) and 15 MB less after them. A site
# under long, heavy load may prefer C2: APP_JAVA_OPTIONS=-XX:TieredStopAtLevel=4.
ENV JAVA_FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms48m -Xmx160m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED" \
    MALLOC_ARENA_MAX=2 \
    DATA_DIR=/data \
    SERVER_PORT=8080

WORKDIR /app
# Boot's layers, least often changed first, so an upgrade ships only the last ones.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# Training run for Java 25's AOT cache: start the context once (Flyway and JPA
# included) against a throwaway database, then exit. The cache is only valid for
# this JVM, this classpath and these flags, so it is made here, in the run image.
RUN DATA_DIR=/tmp/aot-training ADMIN_USERNAME=training ADMIN_PASSWORD=training-only-password \
    java $JAVA_FLAGS -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -jar /app/auftritt.jar \
 && rm -rf /tmp/aot-training \
 && test -s /app/app.aot

USER auftritt
VOLUME ["/data"]
EXPOSE 8080
# The health check needs no curl: bash's /dev/tcp asks Actuator over HTTP/1.0;
# Boot answers 200 only while the app is UP (503 otherwise).
HEALTHCHECK --interval=5s --timeout=3s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -c 12 <&3 | grep -q ' 200'"]
# tini is PID 1: it forwards SIGTERM to the JVM (graceful shutdown in Spring) and
# exits with the JVM's status, so a crashed JVM ends the container and its
# restart policy starts a new one. exec: no shell stays between tini and java.
# APP_JAVA_OPTIONS: the operator's extra JVM options (empty by default).
ENTRYPOINT ["/usr/bin/tini", "--", "/bin/sh", "-c", "exec java $JAVA_FLAGS $APP_JAVA_OPTIONS -XX:AOTCache=/app/app.aot -jar /app/auftritt.jar \"$@\"", "auftritt"]
