#!/usr/bin/env bash
# PostgreSQL, Elasticsearch and Redis for the full test suite (CI's second pass, local runs).
#
#   bash scripts/services.sh start [postgres|elasticsearch|redis]   start (no-op if running)
#   bash scripts/services.sh stop  [postgres|elasticsearch|redis]   stop what this script started
#   bash scripts/services.sh status                                 report all, exit 3 if one is down
#   bash scripts/services.sh env                              print the export lines
#   bash scripts/services.sh es-versions                      list Elasticsearch 8 releases on Maven Central
#
# SERVICES_FRESH=1 with start deletes the Elasticsearch indexes left by earlier runs.
# Everything lives under $SERVICES_HOME (never in the repository). Missing
# system packages are installed with apt-get. docs/services.md explains the
# choices; every setting below can be overridden from the environment.

set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [[ $(id -u) -eq 0 ]]; then
  # /root is private (0700): the service users could not reach a data
  # directory under it, so root keeps the services in /var/lib.
  SERVICES_HOME=${SERVICES_HOME:-/var/lib/integrityhub-services}
else
  SERVICES_HOME=${SERVICES_HOME:-$HOME/.cache/integrityhub-services}
fi

PG_PORT=${PG_PORT:-55432}
PG_USER=${PG_USER:-integrityhub}
PG_PASSWORD=${PG_PASSWORD:-integrityhub}
PG_DB=${PG_DB:-integrityhub}
PG_OS_USER=${PG_OS_USER:-postgres}

# Pinned. The newest 8.x of org.elasticsearch.distribution.integ-test-zip:elasticsearch
# on Maven Central when this was written; `es-versions` lists what is there now.
ES_VERSION=${ES_VERSION:-8.19.21}
ES_PORT=${ES_PORT:-9200}
ES_TRANSPORT_PORT=${ES_TRANSPORT_PORT:-9300-9399}
ES_HEAP=${ES_HEAP:-512m}
ES_OS_USER=${ES_OS_USER:-integrityhub-es}
ES_START_TIMEOUT=${ES_START_TIMEOUT:-120}
ES_ARTIFACT=org.elasticsearch.distribution.integ-test-zip:elasticsearch
MAVEN_DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
MAVEN_VERSIONS_PLUGIN=org.codehaus.mojo:versions-maven-plugin:2.18.0

# Redis holds only the shared cache here: no persistence, its own port.
REDIS_PORT=${REDIS_PORT:-56379}
REDIS_START_TIMEOUT=${REDIS_START_TIMEOUT:-30}

PG_HOME=$SERVICES_HOME/postgres
REDIS_HOME=$SERVICES_HOME/redis
ES_HOME_BASE=$SERVICES_HOME/elasticsearch
ES_DIST=$ES_HOME_BASE/dist/elasticsearch-$ES_VERSION
RUN_DIR=$SERVICES_HOME/run

DATABASE_URL_VALUE="postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
ELASTICSEARCH_URL_VALUE="http://127.0.0.1:$ES_PORT"
REDIS_URL_VALUE="redis://127.0.0.1:$REDIS_PORT/0"

log() { printf '[services] %s\n' "$*"; }
warn() { printf '[services] WARNING: %s\n' "$*" >&2; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [[ $(id -u) -eq 0 ]]; }

as_root() {
  if is_root; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root to run: $* (install it by hand or run as root)"
  fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install by hand: $*"
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_command() { # command package
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

# Run a command as a service's OS user when we are root; as ourselves otherwise.
run_as() { # user command...
  local user=$1
  shift
  if is_root && [[ $user != root ]]; then
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

service_user() { # wanted-user -> the user the service will run as
  if is_root; then echo "$1"; else id -un; fi
}

port_open() { # port -> 0 if something accepts connections on 127.0.0.1:port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

validate_identifier() {
  [[ $2 =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "$1 must be a plain SQL identifier, got '$2'"
}

# ---------------------------------------------------------------- PostgreSQL

pg_bindir() {
  if [[ -n ${PG_BINDIR:-} ]]; then
    echo "$PG_BINDIR"
    return
  fi
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -n1 || true)
  if [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]]; then
    echo "$dir"
  fi
}

ensure_postgres_installed() {
  if [[ -z $(pg_bindir) ]]; then
    log "PostgreSQL server binaries not found: installing Debian's postgresql"
    apt_install postgresql
  fi
  PG_BIN=$(pg_bindir)
  [[ -n $PG_BIN ]] || die "PostgreSQL binaries still missing after install (set PG_BINDIR)"
  PGOWNER=$(service_user "$PG_OS_USER")
  id "$PGOWNER" >/dev/null 2>&1 || die "OS user $PGOWNER does not exist (it comes with the postgresql package)"
}

pg_running() {
  [[ -f $PG_HOME/data/PG_VERSION ]] && run_as "$PGOWNER" "$PG_BIN/pg_ctl" -D "$PG_HOME/data" status >/dev/null 2>&1
}

pg_admin_psql() { # SQL as the cluster's superuser over our private socket
  run_as "$PGOWNER" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_HOME/run" -p "$PG_PORT" -U postgres -d postgres -Atc "$1"
}

pg_app_psql() { # SQL as the application role over TCP, the way Django connects
  PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -Atc "$1"
}

pg_init() {
  local major
  major=$(basename "$(dirname "$PG_BIN")")
  if [[ -f $PG_HOME/data/PG_VERSION && $(cat "$PG_HOME/data/PG_VERSION") != "$major" ]]; then
    warn "cluster in $PG_HOME/data is PostgreSQL $(cat "$PG_HOME/data/PG_VERSION"), binaries are $major: re-creating it (test data only)"
    rm -rf "$PG_HOME/data"
  fi
  mkdir -p "$PG_HOME/run"
  chown "$PGOWNER": "$PG_HOME" "$PG_HOME/run"
  chmod 0755 "$PG_HOME"
  if ! run_as "$PGOWNER" test -w "$PG_HOME"; then
    die "$PGOWNER cannot write to $PG_HOME: choose a SERVICES_HOME that user can reach"
  fi
  if [[ ! -f $PG_HOME/data/PG_VERSION ]]; then
    log "initdb $PG_HOME/data (PostgreSQL $major, owner $PGOWNER)"
    rm -rf "$PG_HOME/data"
    run_as "$PGOWNER" "$PG_BIN/initdb" -D "$PG_HOME/data" -U postgres --encoding=UTF8 --locale=C \
      --auth-local=trust --auth-host=scram-sha-256 >"$PG_HOME/initdb.log" 2>&1 \
      || { cat "$PG_HOME/initdb.log" >&2; die "initdb failed"; }
  fi
}

pg_start() {
  ensure_postgres_installed
  validate_identifier PG_USER "$PG_USER"
  validate_identifier PG_DB "$PG_DB"
  [[ $PG_PASSWORD != *"'"* ]] || die "PG_PASSWORD must not contain a single quote"
  mkdir -p "$SERVICES_HOME" "$RUN_DIR"
  chmod 0755 "$SERVICES_HOME"

  if pg_running; then
    local running_port
    running_port=$(sed -n '4p' "$PG_HOME/data/postmaster.pid")
    if [[ $running_port != "$PG_PORT" ]]; then
      die "our PostgreSQL already runs on port $running_port; stop it first or set PG_PORT=$running_port"
    fi
    log "PostgreSQL already running (data $PG_HOME/data)"
  else
    pg_init
    if port_open "$PG_PORT"; then
      die "port $PG_PORT is already taken by another process; set PG_PORT to a free port"
    fi
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    # fsync and friends are off: this cluster only ever holds test data.
    run_as "$PGOWNER" "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -l "$PG_HOME/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_HOME/run -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      start >/dev/null || { tail -n 30 "$PG_HOME/postgres.log" >&2; die "PostgreSQL did not start"; }
  fi

  local i
  for i in $(seq 1 60); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
      break
    fi
    [[ $i -eq 60 ]] && { tail -n 30 "$PG_HOME/postgres.log" >&2; die "pg_isready did not answer within 30s"; }
    sleep 0.5
  done
  head -n1 "$PG_HOME/data/postmaster.pid" > "$RUN_DIR/postgres.pid"

  pg_admin_psql "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
        CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
      ELSE
        ALTER ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
      END IF;
    END \$\$;" >/dev/null
  if [[ -z $(pg_admin_psql "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'") ]]; then
    pg_admin_psql "CREATE DATABASE $PG_DB OWNER $PG_USER" >/dev/null
  fi
  log "PostgreSQL ready: $(pg_app_psql 'SELECT version()')"
}

pg_stop() {
  PG_BIN=$(pg_bindir)
  PGOWNER=$(service_user "$PG_OS_USER")
  if [[ -n $PG_BIN ]] && pg_running; then
    log "stopping PostgreSQL (data $PG_HOME/data)"
    run_as "$PGOWNER" "$PG_BIN/pg_ctl" -D "$PG_HOME/data" -m fast -w -t 60 stop >/dev/null
  else
    log "PostgreSQL is not running (nothing of ours to stop)"
  fi
  rm -f "$RUN_DIR/postgres.pid"
}

pg_status() {
  PG_BIN=$(pg_bindir)
  PGOWNER=$(service_user "$PG_OS_USER")
  if [[ -n $PG_BIN ]] && pg_running; then
    local version
    version=$(pg_app_psql 'SHOW server_version' 2>/dev/null || echo "?")
    log "postgres:      running  pid $(head -n1 "$PG_HOME/data/postmaster.pid")  127.0.0.1:$PG_PORT  PostgreSQL $version  data $PG_HOME/data"
    return 0
  fi
  log "postgres:      stopped"
  return 1
}

# ------------------------------------------------------------- Elasticsearch

find_jdk17() {
  local candidate
  for candidate in "${ES_JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/java-1.17.0-openjdk-* /usr/lib/jvm/temurin-17-*; do
    if [[ -n $candidate && -x $candidate/bin/java && -x $candidate/bin/javac ]]; then
      echo "$candidate"
      return
    fi
  done
}

ensure_es_prerequisites() {
  JAVA17=$(find_jdk17)
  if [[ -z $JAVA17 ]]; then
    log "JDK 17 not found: installing openjdk-17-jdk-headless"
    apt_install openjdk-17-jdk-headless
    JAVA17=$(find_jdk17)
    [[ -n $JAVA17 ]] || die "JDK 17 still missing (set ES_JAVA_HOME)"
  fi
  ensure_command mvn maven
  ensure_command unzip unzip
  ensure_command curl curl
  ESOWNER=$(service_user "$ES_OS_USER")
  if ! id "$ESOWNER" >/dev/null 2>&1; then
    log "creating system user $ESOWNER (Elasticsearch refuses to run as root)"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ESOWNER"
  fi
}

es_fetch() {
  if [[ -x $ES_DIST/bin/elasticsearch ]]; then
    return
  fi
  local downloads=$ES_HOME_BASE/downloads zip
  zip=$downloads/elasticsearch-$ES_VERSION.zip
  mkdir -p "$downloads" "$ES_HOME_BASE/dist"
  if [[ ! -f $zip ]]; then
    log "fetching $ES_ARTIFACT:$ES_VERSION:zip from Maven Central"
    mvn -B -Dstyle.color=never "$MAVEN_DEPENDENCY_PLUGIN:copy" \
      -Dartifact="$ES_ARTIFACT:$ES_VERSION:zip" -DoutputDirectory="$downloads" >"$downloads/mvn.log" 2>&1 \
      || { tail -n 30 "$downloads/mvn.log" >&2; die "could not fetch $ES_ARTIFACT:$ES_VERSION:zip (log: $downloads/mvn.log)"; }
  fi
  local unpack
  unpack=$(mktemp -d "$ES_HOME_BASE/dist/.unpack.XXXXXX")
  unzip -q "$zip" -d "$unpack"
  [[ -x $unpack/elasticsearch-$ES_VERSION/bin/elasticsearch ]] || die "unexpected layout in $zip"
  rm -rf "$ES_DIST"
  mv "$unpack/elasticsearch-$ES_VERSION" "$ES_DIST"
  rm -rf "$unpack" "$zip"
  chmod -R a+rX "$ES_DIST"
  log "Elasticsearch $ES_VERSION unpacked in $ES_DIST"
}

es_configure() {
  local conf=$ES_HOME_BASE/config
  mkdir -p "$conf/jvm.options.d" "$ES_HOME_BASE"/{data,logs,tmp} "$RUN_DIR/elasticsearch"
  # Everything but our own files comes fresh from the distribution; the
  # keystore Elasticsearch creates on first start is kept.
  local f
  for f in "$ES_DIST"/config/*; do
    [[ -f $f ]] && cp "$f" "$conf/"
  done
  sed -i \
    -e "s#file=gc.log#file=$ES_HOME_BASE/logs/gc.log#" \
    -e "s#-XX:ErrorFile=hs_err_pid%p.log#-XX:ErrorFile=$ES_HOME_BASE/logs/hs_err_pid%p.log#" \
    "$conf/jvm.options"
  cat > "$conf/jvm.options.d/integrityhub.options" <<EOF
-Xms$ES_HEAP
-Xmx$ES_HEAP
-XX:HeapDumpPath=$ES_HOME_BASE/logs
EOF
  {
    echo "# Written by scripts/services.sh on every start; edit the script, not this file."
    echo "cluster.name: integrityhub"
    echo "node.name: integrityhub-es"
    echo "path.data: $ES_HOME_BASE/data"
    echo "path.logs: $ES_HOME_BASE/logs"
    echo "network.host: 127.0.0.1"
    echo "http.port: $ES_PORT"
    echo "transport.port: $ES_TRANSPORT_PORT"
    echo "discovery.type: single-node"
    echo "cluster.routing.allocation.disk.threshold_enabled: false"
    if [[ -d $ES_DIST/modules/x-pack-security ]]; then
      # The integ-test-zip carries x-pack-security; plain HTTP, no users, for tests.
      echo "xpack.security.enabled: false"
    fi
  } > "$conf/elasticsearch.yml"
  chown -R "$ESOWNER": "$conf" "$ES_HOME_BASE"/{data,logs,tmp} "$RUN_DIR/elasticsearch"
  chmod 0755 "$ES_HOME_BASE" "$RUN_DIR"
  if ! run_as "$ESOWNER" test -w "$ES_HOME_BASE/data"; then
    die "$ESOWNER cannot write to $ES_HOME_BASE/data: choose a SERVICES_HOME that user can reach"
  fi
}

es_pid() { # our Elasticsearch's pid, if it is alive
  local pidfile=$RUN_DIR/elasticsearch/elasticsearch.pid pid
  [[ -f $pidfile ]] || return 1
  pid=$(cat "$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  # Only a process started from our own config directory counts as ours.
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "org.elasticsearch" || return 1
  tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "ES_PATH_CONF=$ES_HOME_BASE/config" || return 1
  echo "$pid"
}

es_http() { # path -> body, fails unless HTTP 2xx
  curl -sSf --max-time 10 "http://127.0.0.1:$ES_PORT$1"
}

es_log_tail() {
  local f
  for f in "$ES_HOME_BASE/logs/startup.log" "$ES_HOME_BASE/logs/integrityhub.log"; do
    if [[ -f $f ]]; then
      echo "---- tail of $f" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

es_start() {
  ensure_es_prerequisites
  mkdir -p "$SERVICES_HOME" "$RUN_DIR"
  chmod 0755 "$SERVICES_HOME"
  if es_pid >/dev/null; then
    local running_port
    running_port=$(sed -n 's/^http.port: //p' "$ES_HOME_BASE/config/elasticsearch.yml")
    if [[ $running_port != "$ES_PORT" ]]; then
      die "our Elasticsearch already runs on port $running_port; stop it first or set ES_PORT=$running_port"
    fi
    log "Elasticsearch already running (pid $(es_pid))"
  else
    es_fetch
    ES_JAVA_HOME=$JAVA17 bash "$SCRIPT_DIR/es-support-plugin.sh" "$ES_DIST"
    es_configure
    if port_open "$ES_PORT"; then
      die "port $ES_PORT is already taken by another process; set ES_PORT to a free port"
    fi
    log "starting Elasticsearch $ES_VERSION on 127.0.0.1:$ES_PORT as $ESOWNER (Java: $JAVA17, heap $ES_HEAP)"
    rm -f "$RUN_DIR/elasticsearch/elasticsearch.pid"
    local as_owner=()
    if is_root; then as_owner=(runuser -u "$ESOWNER" --); fi
    # -d returns once the node has started (or failed to).
    if ! (cd "$ES_HOME_BASE" && timeout "$ES_START_TIMEOUT" "${as_owner[@]}" env \
        ES_JAVA_HOME="$JAVA17" ES_PATH_CONF="$ES_HOME_BASE/config" ES_TMPDIR="$ES_HOME_BASE/tmp" \
        ES_JAVA_OPTS="${ES_JAVA_OPTS:-}" \
        "$ES_DIST/bin/elasticsearch" -d -p "$RUN_DIR/elasticsearch/elasticsearch.pid" \
        >"$ES_HOME_BASE/logs/startup.log" 2>&1 </dev/null); then
      es_log_tail
      die "Elasticsearch did not start"
    fi
  fi

  local deadline=$((SECONDS + ES_START_TIMEOUT))
  until es_http / >/dev/null 2>&1; do
    if ((SECONDS >= deadline)) || ! es_pid >/dev/null; then
      es_log_tail
      die "Elasticsearch did not answer on http://127.0.0.1:$ES_PORT within ${ES_START_TIMEOUT}s"
    fi
    sleep 1
  done
  es_http "/_cluster/health?wait_for_status=yellow&timeout=60s" >/dev/null \
    || { es_log_tail; die "cluster did not reach yellow"; }
  if [[ ${SERVICES_FRESH:-0} == 1 ]]; then
    es_delete_all_indices
  fi
  log "Elasticsearch ready:"
  es_http "/?pretty"
}

es_delete_all_indices() { # SERVICES_FRESH=1: start from empty indexes (by name: wildcards are refused)
  local name count=0
  for name in $(es_http "/_cat/indices?h=index&expand_wildcards=open,closed"); do
    [[ $name == .* ]] && continue
    curl -sSf --max-time 30 -X DELETE "http://127.0.0.1:$ES_PORT/$name" >/dev/null
    count=$((count + 1))
  done
  log "SERVICES_FRESH=1: deleted $count index(es) left from earlier runs"
}

es_stop() {
  local pid
  if pid=$(es_pid); then
    log "stopping Elasticsearch (pid $pid)"
    kill -TERM "$pid"
    local i
    for i in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      warn "Elasticsearch still running after 60s: SIGKILL"
      kill -KILL "$pid" || true
    fi
  else
    log "Elasticsearch is not running (nothing of ours to stop)"
  fi
  rm -f "$RUN_DIR/elasticsearch/elasticsearch.pid"
}

es_status() {
  local pid version
  if pid=$(es_pid); then
    version=$(es_http / 2>/dev/null | sed -n 's/.*"number"[^"]*"\([^"]*\)".*/\1/p')
    log "elasticsearch: running  pid $pid  127.0.0.1:$ES_PORT  Elasticsearch ${version:-?(not answering)}  home $ES_DIST"
    return 0
  fi
  log "elasticsearch: stopped"
  return 1
}

es_versions() {
  ensure_command mvn maven
  local probe
  probe=$(mktemp -d)
  cat > "$probe/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>integrityhub</groupId><artifactId>es-version-probe</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>${ES_ARTIFACT%%:*}</groupId><artifactId>${ES_ARTIFACT##*:}</artifactId>
      <version>$ES_VERSION</version><type>zip</type>
    </dependency>
  </dependencies>
</project>
EOF
  (cd "$probe" && mvn -B -U -Dstyle.color=never "$MAVEN_VERSIONS_PLUGIN:display-dependency-updates" \
    -DallowMajorUpdates=false -DprocessDependencyManagement=false 2>/dev/null) \
    | sed 's/\x1b\[[0-9;]*m//g' | grep -E -- '->|No dependencies|newer versions|ERROR' || true
  local group=${ES_ARTIFACT%%:*} metadata
  metadata=$(find "${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/${group//.//}/elasticsearch" \
    -maxdepth 1 -name 'maven-metadata-*.xml' 2>/dev/null | head -n1 || true)
  if [[ -n $metadata ]]; then
    log "8.x releases listed in $metadata:"
    grep -o '<version>8\.[^<]*' "$metadata" | sed 's/<version>//' | sort -V | tr '\n' ' '
    echo
  fi
  rm -rf "$probe"
}

# --------------------------------------------------------------------- Redis

redis_pid() { # our Redis's pid, if it is alive
  local pidfile=$RUN_DIR/redis.pid pid
  [[ -f $pidfile ]] || return 1
  pid=$(cat "$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  # Only a redis-server on our port counts as ours.
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "redis-server.*:$REDIS_PORT" || return 1
  echo "$pid"
}

redis_ping() {
  [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]
}

redis_start() {
  ensure_command redis-server redis-server
  ensure_command redis-cli redis-tools
  mkdir -p "$SERVICES_HOME" "$RUN_DIR" "$REDIS_HOME"
  chmod 0755 "$SERVICES_HOME"
  if redis_pid >/dev/null; then
    log "Redis already running (pid $(redis_pid))"
  else
    if port_open "$REDIS_PORT"; then
      die "port $REDIS_PORT is already taken by another process; set REDIS_PORT to a free port"
    fi
    log "starting Redis on 127.0.0.1:$REDIS_PORT (no persistence, data $REDIS_HOME)"
    rm -f "$RUN_DIR/redis.pid"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_HOME" --save "" --appendonly no \
      --daemonize yes --pidfile "$RUN_DIR/redis.pid" --logfile "$REDIS_HOME/redis.log" \
      || { tail -n 30 "$REDIS_HOME/redis.log" >&2; die "Redis did not start"; }
  fi
  local deadline=$((SECONDS + REDIS_START_TIMEOUT))
  until redis_ping; do
    if ((SECONDS >= deadline)); then
      tail -n 30 "$REDIS_HOME/redis.log" >&2 || true
      die "Redis did not answer on 127.0.0.1:$REDIS_PORT within ${REDIS_START_TIMEOUT}s"
    fi
    sleep 0.2
  done
  log "Redis ready: $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" info server | sed -n 's/^redis_version:\([^[:space:]]*\).*/\1/p')"
}

redis_stop() {
  local pid
  if pid=$(redis_pid); then
    log "stopping Redis (pid $pid)"
    kill -TERM "$pid"
    local i
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
      warn "Redis still running after 10s: SIGKILL"
      kill -KILL "$pid" || true
    fi
  else
    log "Redis is not running (nothing of ours to stop)"
  fi
  rm -f "$RUN_DIR/redis.pid"
}

redis_status() {
  local pid version
  if pid=$(redis_pid); then
    version=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" info server 2>/dev/null | sed -n 's/^redis_version:\([^[:space:]]*\).*/\1/p')
    log "redis:         running  pid $pid  127.0.0.1:$REDIS_PORT  Redis ${version:-?(not answering)}  data $REDIS_HOME"
    return 0
  fi
  log "redis:         stopped"
  return 1
}

# ----------------------------------------------------------------- commands

print_env() {
  echo "export DATABASE_URL=$DATABASE_URL_VALUE"
  echo "export ELASTICSEARCH_URL=$ELASTICSEARCH_URL_VALUE"
  echo "export REDIS_URL=$REDIS_URL_VALUE"
}

usage() {
  sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed -e '/^$/d' -e 's/^# \{0,1\}//'
  exit 2
}

command=${1:-}
target=${2:-all}
case $target in
  all | postgres | elasticsearch | redis) ;;
  *) usage ;;
esac

case $command in
  start)
    [[ $target != all && $target != postgres ]] || pg_start
    [[ $target != all && $target != elasticsearch ]] || es_start
    [[ $target != all && $target != redis ]] || redis_start
    echo
    log "services are up; to run the full suite:"
    print_env
    ;;
  stop)
    # Stop every one even if another fails to stop.
    rc=0
    if [[ $target == all || $target == redis ]]; then redis_stop || rc=1; fi
    if [[ $target == all || $target == elasticsearch ]]; then es_stop || rc=1; fi
    if [[ $target == all || $target == postgres ]]; then pg_stop || rc=1; fi
    exit $rc
    ;;
  status)
    rc=0
    pg_status || rc=3
    es_status || rc=3
    redis_status || rc=3
    exit $rc
    ;;
  env)
    print_env
    ;;
  es-versions)
    es_versions
    ;;
  *)
    usage
    ;;
esac
