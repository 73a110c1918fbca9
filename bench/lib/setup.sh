# shellcheck shell=bash
# Sourced by bench/run: set-up and tear-down of a run. Tools, work directory and free ports, PostgreSQL, Keycloak,
# the build, starting and stopping the service (the first start and the measured starts), and the cleanup that
# stops everything the run started. bench/run sets the traps that call cleanup right after sourcing this file.

# ------------------------------------------------------------------------------------------------ cleanup
WORK=""
SERVICE_PID=""
KC_PID=""
BUILD_PID=""
PG_BIN=""
PG_DATA=""
OK=0

stop_service() {
  local pid="${SERVICE_PID:-}"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  SERVICE_PID=""
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  stop_service
  if [ -n "$BUILD_PID" ]; then
    kill -TERM -- "-$BUILD_PID" 2>/dev/null
    wait "$BUILD_PID" 2>/dev/null
  fi
  if [ -n "$KC_PID" ]; then
    # kc.sh was started with setsid: its process group holds Keycloak's JVM and nothing else.
    kill -TERM -- "-$KC_PID" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 -- "-$KC_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$KC_PID" 2>/dev/null
    wait "$KC_PID" 2>/dev/null
  fi
  if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 \
      || { pid=$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null); [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; }
  fi
  if [ -n "$WORK" ] && [ -d "$WORK" ]; then
    if [ "$OK" = 1 ] && [ "${BENCH_KEEP:-0}" != 1 ]; then
      rm -rf "$WORK"
    else
      rm -rf "$WORK/pgdata"
      log "logs kept in $WORK/logs"
    fi
  fi
  [ "$rc" = 0 ] || log "exit code $rc; everything started by this run has been stopped"
  exit "$rc"
}

# ------------------------------------------------------------------------------------------------ tools
check_tools() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/run.lock"
  flock -n 9 || die "another bench/run is running (lock $CACHE/run.lock)"

  [ "$(id -u)" = 0 ] || die "run as root: PostgreSQL is started as the postgres user with runuser"
  for tool in curl jq unzip ss; do need "$tool" || apt_install "$tool" || die "$tool is missing"; done
  need wrk || apt_install wrk || die "wrk is missing and could not be installed (apt-get install wrk)"

  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    apt_install postgresql || true
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  fi
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] \
    || die "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql failed too)"
  id postgres >/dev/null 2>&1 || die "no 'postgres' user to run PostgreSQL as (initdb refuses root)"
  export PATH="$PG_BIN:$PATH"

  AUTOCANNON="$CACHE/node/node_modules/.bin/autocannon"
  if [ ! -x "$AUTOCANNON" ]; then
    if need npm; then
      log "installing autocannon $AUTOCANNON_VERSION (npm) into $CACHE/node"
      npm install --no-save --no-audit --no-fund --silent --prefix "$CACHE/node" "autocannon@$AUTOCANNON_VERSION" \
        >/dev/null 2>&1 || true
    fi
    [ -x "$AUTOCANNON" ] || { log "autocannon unavailable: the fixed-rate measurement will be skipped"; AUTOCANNON=""; }
  fi
}

# JDK, work directory, free ports and passwords of this run.
prepare_run() {
  cd "$REPO"
  # shellcheck source=/dev/null
  source "$REPO/bin/java-home.sh"
  JAVA="$JAVA_HOME/bin/java"

  WORK="$(mktemp -d /tmp/placements-bench.XXXXXX)"
  chmod 755 "$WORK"
  LOGS="$WORK/logs"
  mkdir -p "$LOGS"
  log "work directory $WORK"

  PG_PORT=$(free_port); KC_PORT=$(free_port); KC_MGMT_PORT=$(free_port); API_PORT=$(free_port)
  DB_PASSWORD="bench-$RANDOM$RANDOM"
  KC_ADMIN_PASSWORD="admin-$RANDOM$RANDOM"
}

# ------------------------------------------------------------------------------------------------ PostgreSQL
start_postgres() {
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
  PG_DATA="$WORK/pgdata"
  mkdir -p "$PG_DATA" && chown postgres "$PG_DATA" && chmod 700 "$PG_DATA"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$LOGS/initdb.log" 2>&1 || die "initdb (see $LOGS/initdb.log)"
  touch "$LOGS/postgresql.log" && chown postgres "$LOGS/postgresql.log"
  nice -n "$NICE" runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$LOGS/postgresql.log" -w -t 60 \
    -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null || die "PostgreSQL did not start"
  psql -X -q -h /tmp -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "create role placements login password '$DB_PASSWORD'" \
    -c "create database placements owner placements" >/dev/null
}

# ------------------------------------------------------------------------------------------------ Keycloak
# Started in the background; wait_for_keycloak waits for it after the build.
start_keycloak() {
  KC_HOME="$CACHE/keycloak-$KC_VERSION"
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    zip=""
    for candidate in "$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip" \
                     "/tmp/kc/keycloak-quarkus-dist-$KC_VERSION.zip"; do
      if [ -f "$candidate" ]; then zip="$candidate"; break; fi
    done
    if [ -z "$zip" ]; then
      log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (Maven Central, 177 MB)"
      ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$CACHE/download" >"$LOGS/keycloak-download.log" 2>&1 || die "Keycloak download failed"
      zip="$CACHE/download/keycloak-quarkus-dist-$KC_VERSION.zip"
    fi
    log "unpacking Keycloak into $CACHE"
    unzip -q -o "$zip" -d "$CACHE" || die "unzip $zip"
  fi
  rm -rf "$KC_HOME/data"
  mkdir -p "$KC_HOME/data/import"
  cp "$REPO/docker/keycloak/placements-realm.json" "$KC_HOME/data/import/"
  log "Keycloak $KC_VERSION on port $KC_PORT (start-dev, realm imported from docker/keycloak/placements-realm.json)"
  (
    cd "$KC_HOME"
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD"
    export JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m"
    exec setsid bin/kc.sh start-dev --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" --import-realm \
      </dev/null >"$LOGS/keycloak.log" 2>&1
  ) &
  KC_PID=$!
}

# ------------------------------------------------------------------------------------------------ build
# Started in the background (while Keycloak starts and the deadline-day students are made); finish_build waits.
start_build() {
  JAR="$REPO/target/quarkus-app/quarkus-run.jar"
  BUILD_T0=$(date +%s)
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$JAR" ]; then
    log "build skipped (BENCH_SKIP_BUILD=1), using $JAR"
    return 0
  fi
  log "building in the background: ./mvnw -B -q package -DskipTests (JDK $("$JAVA" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/'))"
  # A build running at the same time in this work tree (tests from another terminal) can break this one: retry once.
  # setsid: its own process group, so that cleanup can stop Maven and its JVM together.
  setsid bash -c 'cd "$1" && { ./mvnw -B -q package -DskipTests >"$2/build.log" 2>&1 \
      || { mv "$2/build.log" "$2/build-1.log"; sleep 5; ./mvnw -B -q package -DskipTests >"$2/build.log" 2>&1; }; }' \
    build "$REPO" "$LOGS" </dev/null &
  BUILD_PID=$!
}

finish_build() {
  if [ -n "$BUILD_PID" ]; then
    wait "$BUILD_PID" || { BUILD_PID=""; tail -30 "$LOGS/build.log" >&2; die "build (see $LOGS/build.log)"; }
    BUILD_PID=""
    [ -f "$LOGS/build-1.log" ] && log "the first build failed and the second did not (see $LOGS/build-1.log)"
    log "built in $(( $(date +%s) - BUILD_T0 )) s"
  fi
  [ -f "$JAR" ] || die "no $JAR after the build"
  # Run a copy, so that a rebuild of target/ during the run cannot change the jars under the running service.
  cp -r "$REPO/target/quarkus-app" "$WORK/quarkus-app"
  JAR="$WORK/quarkus-app/quarkus-run.jar"
}

# ------------------------------------------------------------------------------------------------ Keycloak ready
wait_for_keycloak() {
  KC_URL="http://localhost:$KC_PORT"
  REALM_URL="$KC_URL/realms/placements"
  for i in $(seq 1 240); do
    curl -fsS -o /dev/null "$REALM_URL/.well-known/openid-configuration" 2>/dev/null && break
    kill -0 "$KC_PID" 2>/dev/null || { tail -30 "$LOGS/keycloak.log" >&2; die "Keycloak exited"; }
    [ "$i" = 240 ] && die "Keycloak not ready after 240 s (see $LOGS/keycloak.log)"
    sleep 1
  done
  log "Keycloak ready"
  # Long enough tokens for the whole run (the realm file says 900 s), through the admin REST API.
  ADMIN_TOKEN=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin \
    --data-urlencode "password=$KC_ADMIN_PASSWORD" "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token)
  curl -fsS -X PUT -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"accessTokenLifespan": 3600, "ssoSessionIdleTimeout": 7200, "ssoSessionMaxLifespan": 36000}' \
    "$KC_URL/admin/realms/placements" || die "could not raise the access token lifespan"
}

# ------------------------------------------------------------------------------------------------ service
start_service() {  # $1: log name. Sets SERVICE_PID and START_MS (process start -> first ready answer).
  local t0 t1
  t0=$(date +%s%N)
  (
    cd "$WORK"
    export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$API_PORT"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/placements"
    export QUARKUS_DATASOURCE_USERNAME=placements QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD"
    export QUARKUS_OIDC_AUTH_SERVER_URL="$REALM_URL"
    export QUARKUS_HTTP_CORS_ORIGINS=http://localhost:3000
    # shellcheck disable=SC2086
    exec nice -n "$NICE" "$JAVA" $JAVA_OPTS_BENCH -jar "$JAR"
  ) </dev/null >"$LOGS/$1.log" 2>&1 &
  SERVICE_PID=$!
  while :; do
    if curl -fs -o /dev/null --max-time 1 "$API/q/health/ready" 2>/dev/null; then break; fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then tail -40 "$LOGS/$1.log" >&2; die "the service exited"; fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 180 ]; then die "the service is not ready after 180 s"; fi
    sleep 0.02
  done
  t1=$(date +%s%N)
  START_MS=$(ms_between "$t0" "$t1")
  START_CPU_MS=$(( $(svc_ticks) * 1000 / CLK_TCK ))
}

# The first start, on the empty database (Flyway migrates the schema); stopped again before seeding.
first_start() {
  API="http://127.0.0.1:$API_PORT"
  START_MS=""
  log "first start (empty database: Flyway migrates the schema)"
  start_service service-first-start
  FIRST_START_MS=$START_MS
  log "ready after $FIRST_START_MS ms"
  stop_service
}

# The measured start: STARTS starts on the migrated, seeded database (median); the last one serves the load.
measured_starts() {
  START_LIST=""; START_CPU_LIST=""; QUARKUS_LIST=""
  for i in $(seq 1 "$STARTS"); do
    log "start $i of $STARTS on the migrated, seeded database"
    start_service "service-start-$i"
    q=$(grep -o 'started in [0-9.]*s' "$LOGS/service-start-$i.log" | head -1 | awk '{print $3}' | tr -d s)
    START_LIST+=" $START_MS"; START_CPU_LIST+=" $START_CPU_MS"; QUARKUS_LIST+="${QUARKUS_LIST:+ / }${q:-?}"
    log "ready after $START_MS ms (Quarkus says ${q:-?} s), $START_CPU_MS ms of CPU"
    [ "$i" = "$STARTS" ] || stop_service
  done
  START_MS_SEEDED=$(median <<<"$START_LIST" | awk '{ printf "%.0f", $1 }')
  START_CPU_MEDIAN=$(median <<<"$START_CPU_LIST" | awk '{ printf "%.0f", $1 }')
  RSS_START=$(rss_mb "$SERVICE_PID")
  log "median start $START_MS_SEEDED ms, RSS $RSS_START MB"
}
