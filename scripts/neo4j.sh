#!/usr/bin/env bash
# A local Neo4j Community 5.26 server without Docker, built from Maven Central jars
# (neo4j/pom.xml + neo4j/src/main/java/cecgraph/LocalNeo4j.java).
#
#   scripts/neo4j.sh build                 fetch/copy the jars into the cache if pom or source changed
#   scripts/neo4j.sh up [key=value ...]    start (or reuse) the server; extra args are Neo4j settings
#   scripts/neo4j.sh down                  stop it (SIGTERM, then SIGKILL after NEO4J_STOP_TIMEOUT s)
#   scripts/neo4j.sh status                exit 0 if running, 1 if not
#
# Environment (defaults):
#   NEO4J_BOLT_PORT      7687
#   NEO4J_HTTP_PORT      7474
#   NEO4J_STATE_DIR      <repo>/.neo4j             data/, logs/, neo4j.pid, neo4j.log
#   NEO4J_LIB_DIR        <repo>/.cache/neo4j/lib   runtime jars (Maven's ~/.m2 is the download cache)
#   NEO4J_JAVA_OPTS      -Xms1g -Xmx1g             JVM heap, fixed (page cache is 256m, off heap)
#   NEO4J_START_TIMEOUT  180                       seconds to wait for "ready"
#   NEO4J_STOP_TIMEOUT   30                        seconds to wait after SIGTERM
#   NEO4J_WARMUP         1                         0 skips the warm-up after a start (below)
#   NEO4J_WARMUP_ARTICLES (cecgraph's default)     generated articles the warm-up loads and removes
#   NEO4J_WARMUP_TIMEOUT 180                       seconds after which the warm-up gives up
#   CECGRAPH_BIN         (built into the state dir) the cecgraph binary that warms up
# After it started a server, `up` warms it up with `cecgraph warmup`: generated articles are
# loaded and removed in a scratch database that the server's JVM runs beside its own (an empty
# one in STATE_DIR/scratch, deleted after), then again in one transaction of the server's
# database that is rolled back. The JVM compiles the code of loads and removals, commits
# included, and the server plans cecgraph's statements: on a server just started, the first
# removal of 20,000 of 200,000 articles took two to three times as long as the next. The
# server's graph is left exactly as it was. It prints one line; when it fails or times out the
# server is up all the same.
# LOAD CSV can neither read the server's files nor fetch URLs (dbms.security.
# allow_csv_import_from_file_urls=false, internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0;
# pass other values to allow it).
# The server listens on 127.0.0.1 only, with authentication disabled (pass
# dbms.security.auth_enabled=true to enable it; the initial password of user neo4j is
# "neo4j" and must be changed first, e.g. with ALTER CURRENT USER in the system database).
# Where Neo4j Browser is served, it applies cecgraph's GraSS style on connect
# (browser.post_connect_cmd=style {…} from graph/neo4jstore/browser/style.json), unless a
# browser.post_connect_cmd is given.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM_DIR="$REPO_ROOT/neo4j"

abspath() { # absolute path without requiring it to exist
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
  esac
}

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
STATE_DIR="$(abspath "${NEO4J_STATE_DIR:-$REPO_ROOT/.neo4j}")"
LIB_DIR="$(abspath "${NEO4J_LIB_DIR:-$REPO_ROOT/.cache/neo4j/lib}")"
LIB_DIR="${LIB_DIR%/}"
# The heap is fixed at 1 GB from the start: grown from 256 MB, G1 ran its concurrent marking
# again and again while a load filled it (0.6 to 1.7 s of the server's CPU for 10,000 generated
# articles, median 1.4 s, against 0.4 to 0.6 s with the fixed heap).
JAVA_OPTS="${NEO4J_JAVA_OPTS:--Xms1g -Xmx1g}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-30}"
WARMUP="${NEO4J_WARMUP:-1}"
WARMUP_ARTICLES="${NEO4J_WARMUP_ARTICLES:-}"
WARMUP_TIMEOUT="${NEO4J_WARMUP_TIMEOUT:-180}"

PID_FILE="$STATE_DIR/neo4j.pid"
LOG_FILE="$STATE_DIR/neo4j.log"
PORTS_FILE="$STATE_DIR/neo4j.ports"
DATA_DIR="$STATE_DIR/data"
STAMP_FILE="$LIB_DIR/.cecgraph-build-stamp"
MAIN_CLASS="cecgraph.LocalNeo4j"
READY_MARK="cecgraph-neo4j ready"
STYLE_JSON="$REPO_ROOT/graph/neo4jstore/browser/style.json"

if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="java"
fi

# Needed since Java 17 (without them the page cache and the transaction log fall back to slower paths).
JVM_FLAGS=(
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  -XX:+UseG1GC
  -XX:-OmitStackTraceInFastThrow
  -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  -Dfile.encoding=UTF-8
)

say() { printf 'neo4j.sh: %s\n' "$*"; }
die() { printf 'neo4j.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

validate_port() {
  if ! [[ "$2" =~ ^[0-9]+$ ]] || (( $2 < 1 || $2 > 65535 )); then
    die "$1=$2 is not a TCP port"
  fi
}

# --- prerequisites --------------------------------------------------------------------------

INSTALL_HINT="On Debian/Ubuntu install both (as root) with: apt-get update && apt-get install -y openjdk-17-jdk-headless maven"

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found. Neo4j 5.26 needs Java 17 or newer. $INSTALL_HINT"
  local v major
  v="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  major="${v%%.*}"
  [[ "$major" == 1 ]] && major="$(cut -d. -f2 <<<"$v")"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot tell the version of '$JAVA' (got '${v:-nothing}'). $INSTALL_HINT"
  (( major >= 17 )) || die "java $v is too old: Neo4j 5.26 needs Java 17 or newer. $INSTALL_HINT"
}

check_mvn() {
  command -v mvn >/dev/null 2>&1 || die "mvn (Maven) not found; it fetches Neo4j from Maven Central. $INSTALL_HINT"
}

# --- build ------------------------------------------------------------------------------------

source_hash() {
  (
    cd "$POM_DIR"
    { echo pom.xml; find src -type f -name '*.java' | LC_ALL=C sort; } | while read -r f; do
      printf '%s\n' "$f"
      cat "$f"
    done
  ) | sha256sum | cut -d' ' -f1
}

build_needed() {
  [[ -f "$STAMP_FILE" && -f "$LIB_DIR/cecgraph-neo4j.jar" ]] || return 0
  [[ "$(cat "$STAMP_FILE")" != "$(source_hash)" ]]
}

do_build() {
  mkdir -p "$(dirname "$LIB_DIR")"
  # One build at a time per lib dir (e.g. `make test` starting a second instance).
  exec 9>"$LIB_DIR.lock"
  if command -v flock >/dev/null 2>&1; then flock 9; fi
  if ! build_needed; then
    exec 9>&-
    return 0
  fi
  check_java
  check_mvn
  local tmp="$LIB_DIR.tmp" hash started
  hash="$(source_hash)"
  rm -rf "$tmp"
  say "building the Neo4j jar cache in $LIB_DIR (the first build downloads ~140 MB from Maven Central into ~/.m2) ..."
  started=$SECONDS
  # Debian's Maven 3.8.7 writes stray ANSI resets even with -B -q: keep its output in a file and
  # show it (cleaned) only if there is something in it.
  local mvn_log="$LIB_DIR.mvn.log" rc=0
  mvn -B -q -f "$POM_DIR/pom.xml" -Dcecgraph.lib.dir="$tmp" package >"$mvn_log" 2>&1 || rc=$?
  sed 's/\x1b\[[0-9;]*m//g' "$mvn_log" | grep -v '^[[:space:]]*$' >&2 || true
  rm -f "$mvn_log"
  if (( rc != 0 )); then
    rm -rf "$tmp"
    die "Maven build of $POM_DIR failed (exit $rc, output above). Is Maven Central reachable?"
  fi
  [[ -f "$tmp/cecgraph-neo4j.jar" ]] || die "Maven finished but $tmp/cecgraph-neo4j.jar is missing."
  printf '%s\n' "$hash" >"$tmp/.cecgraph-build-stamp"
  # Swap by renames: a server already running from the old jars keeps its open files, and jars it
  # opens later have the same names and content in the new dir (only our own jar differs).
  rm -rf "$LIB_DIR.old"
  if [[ -e "$LIB_DIR" ]]; then mv "$LIB_DIR" "$LIB_DIR.old"; fi
  mv "$tmp" "$LIB_DIR"
  rm -rf "$LIB_DIR.old"
  say "built in $((SECONDS - started)) s: $(find "$LIB_DIR" -name '*.jar' | wc -l) jars, $(du -sh "$LIB_DIR" | cut -f1)"
  exec 9>&-
}

cmd_build() {
  if build_needed; then
    do_build
  else
    say "jar cache is up to date: $LIB_DIR"
  fi
}

# --- process helpers --------------------------------------------------------------------------

port_open() { # does 127.0.0.1:$1 accept TCP connections?
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

read_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] || return 1
  printf '%s\n' "$pid"
}

is_ours() { # is $1 alive and our LocalNeo4j for this state dir?
  local pid="$1" cmdline
  kill -0 "$pid" 2>/dev/null || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *"$MAIN_CLASS"* && "$cmdline" == *"--data-dir $DATA_DIR "* ]]
}

running_pid() { # prints the pid of our live server, if any
  local pid
  pid="$(read_pid)" || return 1
  is_ours "$pid" || return 1
  printf '%s\n' "$pid"
}

load_ports() { # the ports the running instance was started with (they may differ from the env)
  if [[ -f "$PORTS_FILE" ]]; then
    # shellcheck disable=SC1090
    source "$PORTS_FILE"
  fi
}

browser_served() { compgen -G "$LIB_DIR/neo4j-browser-*.jar" >/dev/null; }

stop_hint() {
  if [[ "$STATE_DIR" == "$REPO_ROOT/.neo4j" ]]; then
    echo "make neo4j-down"
  else
    echo "NEO4J_STATE_DIR=$STATE_DIR bash $REPO_ROOT/scripts/neo4j.sh down"
  fi
}

AUTH_NOTE="no authentication"

print_endpoints() {
  echo "  Bolt:    bolt://127.0.0.1:$BOLT_PORT   ($AUTH_NOTE)"
  if browser_served; then
    echo "  Browser: http://127.0.0.1:$HTTP_PORT/browser/"
  else
    echo "  HTTP:    http://127.0.0.1:$HTTP_PORT/"
  fi
  echo "  Log:     $LOG_FILE (Neo4j's own logs: $STATE_DIR/logs/)"
  echo "  Stop:    $(stop_hint)"
}

fail_start() { # one-paragraph reason + log tail, then exit 1
  {
    printf 'neo4j.sh: Neo4j did not start: %s\n' "$1"
    if [[ -s "$LOG_FILE" ]]; then
      printf -- '--- last 20 lines of %s ---\n' "$LOG_FILE"
      tail -n 20 "$LOG_FILE"
      printf -- '---\n'
    fi
  } >&2
  exit 1
}

wait_ready() { # $1 = pid
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      fail_start "the java process (pid $pid) exited during startup. A common cause is another Neo4j using the same data directory ($DATA_DIR) or a bad setting."
    fi
    if grep -q "$READY_MARK" "$LOG_FILE" 2>/dev/null && port_open "$BOLT_PORT"; then
      return 0
    fi
    if (( SECONDS >= deadline )); then
      fail_start "it was not ready after ${START_TIMEOUT} s (pid $pid is still running; stop it with: $(stop_hint))."
    fi
    sleep 1
  done
}

port_owner() { # best effort description of who listens on a port
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(\(.*\))/\1/p' | head -n1
  fi
}

# --- warm-up ----------------------------------------------------------------------------------

warmup_skipped() { # why `up` does not warm up the server it starts, if it does not
  case "$WARMUP" in
    0 | no | off | false)
      echo "warm-up skipped (NEO4J_WARMUP=$WARMUP)"
      return 0
      ;;
  esac
  if [[ "$AUTH_NOTE" != "no authentication" ]]; then
    echo "warm-up skipped: authentication is enabled (run 'cecgraph warmup' with the credentials)"
  fi
}

stop_scratch() { # tells the scratch DBMS to stop and delete its directory (or not to start)
  { mkdir -p "$STATE_DIR/run" && touch "$STATE_DIR/run/scratch.stop"; } 2>/dev/null || true
}

warm_up() { # runs `cecgraph warmup` against the server just started; never fails `up`
  local bin="${CECGRAPH_BIN:-}"
  if [[ -z "$bin" ]]; then
    if ! command -v go >/dev/null 2>&1; then
      say "warm-up skipped: no cecgraph binary (CECGRAPH_BIN) and no go to build one"
      return 0
    fi
    bin="$STATE_DIR/cecgraph"
    if ! (cd "$REPO_ROOT" && go build -o "$bin" ./cmd/cecgraph) >"$STATE_DIR/warmup-build.log" 2>&1; then
      say "warm-up skipped: building cecgraph failed (see $STATE_DIR/warmup-build.log)"
      return 0
    fi
  fi
  # The scratch DBMS (LocalNeo4j --scratch) prints its address once it accepts connections.
  local scratch="" deadline=$((SECONDS + 60))
  while ((SECONDS < deadline)); do
    scratch="$(sed -n '/^cecgraph-neo4j scratch ready bolt:[^ ]*$/{s/^cecgraph-neo4j scratch ready //p;q;}' "$LOG_FILE")"
    if [[ -n "$scratch" ]] || grep -q "the scratch DBMS failed" "$LOG_FILE"; then break; fi
    sleep 0.2
  done
  local args=(warmup --timeout "${WARMUP_TIMEOUT}s") out rc=0
  if [[ -n "$WARMUP_ARTICLES" ]]; then args+=(--articles "$WARMUP_ARTICLES"); fi
  if [[ -n "$scratch" ]]; then args+=(--scratch "$scratch"); fi
  out="$(CECGRAPH_NEO4J_URI="bolt://127.0.0.1:$BOLT_PORT" "$bin" "${args[@]}" 2>&1 </dev/null)" || rc=$?
  stop_scratch
  printf '%s\n' "$out" | sed 's/^cecgraph: //; s/^/neo4j.sh: /'
  if ((rc != 0)); then
    say "the server is up all the same; the warm-up only makes its first loads and removals faster (NEO4J_WARMUP=0 skips it)"
  fi
}

# --- commands ---------------------------------------------------------------------------------

cmd_up() {
  validate_port NEO4J_BOLT_PORT "$BOLT_PORT"
  validate_port NEO4J_HTTP_PORT "$HTTP_PORT"
  [[ "$BOLT_PORT" != "$HTTP_PORT" ]] || die "NEO4J_BOLT_PORT and NEO4J_HTTP_PORT must differ (both $BOLT_PORT)"

  local pid
  if pid="$(running_pid)"; then
    local want_bolt="$BOLT_PORT" want_http="$HTTP_PORT"
    load_ports
    if ! port_open "$BOLT_PORT"; then
      # Ours but not accepting yet: probably another `up` is starting it right now.
      say "a server started from $STATE_DIR (pid $pid) is starting; waiting for it ..."
      wait_ready "$pid"
    fi
    say "reusing the running Neo4j (pid $pid, state dir $STATE_DIR)"
    if [[ "$want_bolt" != "$BOLT_PORT" || "$want_http" != "$HTTP_PORT" ]]; then
      say "note: it runs on ports $BOLT_PORT/$HTTP_PORT, not the requested $want_bolt/$want_http; run down first to change them"
    fi
    (( $# == 0 )) || say "note: extra settings ($*) are ignored for a server that is already running"
    print_endpoints
    return 0
  fi
  rm -f "$PID_FILE"

  check_java
  local p owner
  for p in "$BOLT_PORT" "$HTTP_PORT"; do
    if port_open "$p"; then
      owner="$(port_owner "$p")"
      die "port $p on 127.0.0.1 is already taken by something that is not the server of $STATE_DIR${owner:+ ($owner)}. Stop that process (a Neo4j from docker compose or another state dir?), or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT."
    fi
  done

  if build_needed; then
    do_build
  fi

  # LOAD CSV may neither read the server's files (file:///...) nor fetch URLs (every address is
  # blocked): the settings given as arguments come after these, so they can allow it.
  local extra=("dbms.security.allow_csv_import_from_file_urls=false" "internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0" "$@")
  local a has_post_connect=0
  for a in "${extra[@]}"; do
    case "$a" in
      browser.post_connect_cmd=*) has_post_connect=1 ;;
      dbms.security.auth_enabled=true) AUTH_NOTE="authentication enabled" ;;
    esac
  done
  if browser_served && (( ! has_post_connect )) && [[ -s "$STYLE_JSON" ]]; then
    # Browser's :style accepts the style inline as JSON, which has no ';' (the separator of
    # post-connect commands).
    extra+=("browser.post_connect_cmd=style $(tr -d '\n' <"$STYLE_JSON")")
  fi

  local skipped scratch_args=()
  [[ "$WARMUP_TIMEOUT" =~ ^[0-9]+$ ]] && ((WARMUP_TIMEOUT > 0)) || die "NEO4J_WARMUP_TIMEOUT=$WARMUP_TIMEOUT is not a number of seconds"
  skipped="$(warmup_skipped)"
  if [[ -z "$skipped" ]]; then
    scratch_args=(--scratch --scratch-lifetime "$((WARMUP_TIMEOUT + 60))")
  fi

  mkdir -p "$DATA_DIR"
  rm -rf "$STATE_DIR/scratch" "$STATE_DIR/run/scratch.stop"
  # However `up` ends from here on (Ctrl-C included, even before the server is ready), the
  # scratch DBMS stops and deletes its directory, or does not start.
  if [[ -z "$skipped" ]]; then trap stop_scratch EXIT; fi
  # A child that handles the signal itself and exits normally (cecgraph warmup stops cleanly on
  # Ctrl-C) would otherwise let bash carry on and end `up` as if nothing happened: the signal
  # ends `up` with the status a shell gives it.
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if [[ -f "$LOG_FILE" ]]; then mv -f "$LOG_FILE" "$LOG_FILE.prev"; fi
  printf 'BOLT_PORT=%s\nHTTP_PORT=%s\n' "$BOLT_PORT" "$HTTP_PORT" >"$PORTS_FILE"

  # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
  setsid nohup "$JAVA" $JAVA_OPTS "${JVM_FLAGS[@]}" -cp "$LIB_DIR/*" "$MAIN_CLASS" \
    --bolt-port "$BOLT_PORT" --http-port "$HTTP_PORT" --home "$STATE_DIR" --data-dir "$DATA_DIR" ${scratch_args[@]+"${scratch_args[@]}"} "${extra[@]}" \
    </dev/null >"$LOG_FILE" 2>&1 &
  pid=$!
  printf '%s\n' "$pid" >"$PID_FILE"
  say "starting Neo4j (pid $pid), log: $LOG_FILE ..."
  local started=$SECONDS
  wait_ready "$pid"
  say "Neo4j is up after $((SECONDS - started)) s (pid $pid, state dir $STATE_DIR)"
  if [[ -z "$skipped" ]]; then warm_up; else say "$skipped"; fi
  print_endpoints
}

cmd_down() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    say "no Neo4j of $STATE_DIR is running; nothing to stop"
    return 0
  fi
  say "stopping Neo4j (pid $pid) ..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "still running after ${STOP_TIMEOUT} s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  rm -rf "$STATE_DIR/scratch" # a scratch DBMS of the warm-up still running when the JVM stopped
  say "stopped"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    load_ports
    if port_open "$BOLT_PORT"; then
      say "running (pid $pid, bolt://127.0.0.1:$BOLT_PORT, state dir $STATE_DIR)"
    else
      say "running (pid $pid, state dir $STATE_DIR) but Bolt port $BOLT_PORT is not accepting connections yet"
    fi
    return 0
  fi
  say "not running (state dir $STATE_DIR)"
  return 1
}

main() {
  local cmd="${1:-}"
  (( $# > 0 )) && shift
  case "$cmd" in
    build) cmd_build ;;
    up) cmd_up "$@" ;;
    down) cmd_down ;;
    status) cmd_status ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
