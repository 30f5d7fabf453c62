#!/usr/bin/env bash
# Load benchmark of the portal on the synthetic 10-year data set (issue #7).
#
#   bash scripts/benchmark.sh            # builds, generates the data once, starts, measures
#
# Steps: build the jar; generate the data set into $BENCH_DATA once (profile "synthetic");
# start the portal on it without the generator and time start-up to ready; sign in as the demo
# ministry officer; then run wrk against each page in turn, same portal, same run: the trivial
# /ping page (baseline, anonymous and signed in) and the heavy pages. Prints one Markdown table
# (requests/s, p50/p95/p99 in ms, share of answers from the page caches, throughput as a share
# of the baseline of the same kind); then the same pages again while a writer signs in and saves
# every second (scripts/benchmark/writer.sh), a second table.
# Needs wrk (Debian: apt-get install wrk). Settings: BENCH_DATA, BENCH_PORT, BENCH_DURATION,
# BENCH_CONNECTIONS, BENCH_THREADS, BENCH_SEED, BENCH_STARTS (starts timed per launch, 3; 0: the pages only),
# BENCH_WARMUP (5s), BENCH_JVM_OPTS (added to the portal measured under load), BENCH_JAVA (the java that runs the
# portal; the build stays on the default one).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${BENCH_DATA:-./data/synthetic}
PORT=${BENCH_PORT:-8090}
DURATION=${BENCH_DURATION:-30s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
SEED=${BENCH_SEED:-20260101}
STARTS=${BENCH_STARTS:-3}
JAVA=${BENCH_JAVA:-java}
BASE="http://localhost:$PORT"
LUA=scripts/benchmark/report.lua
LOG=target/benchmark
mkdir -p "$LOG"

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

echo "== building" >&2
./mvnw -q -B -DskipTests package
BUILT=$(ls target/sandan-portal-*.jar | grep -v original | sed -n 1p)
# Boot's documented way to start faster: the jar extracted, plus what one training start
# (-Dspring.context.exit=onRefresh) on the same data leaves: a class data sharing archive on
# Java 17 to 23, the ahead-of-time cache (classes loaded and linked, method profiles) from 24 on.
rm -rf target/cds
java -Djarmode=tools -jar "$BUILT" extract --destination target/cds > /dev/null
JAR=target/cds/$(basename "$BUILT")
JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ { print $3 }')
if [ "${JAVA_VERSION%%.*}" -ge 24 ]; then
  ARCHIVE_KIND="the AOT cache"
  TRAIN=(-XX:AOTCacheOutput=target/cds/portal.aot)
  ARCHIVE=(-XX:AOTCache=target/cds/portal.aot)
else
  ARCHIVE_KIND="the CDS archive"
  TRAIN=(-XX:ArchiveClassesAtExit=target/cds/portal.jsa)
  ARCHIVE=(-XX:SharedArchiveFile=target/cds/portal.jsa)
fi

PID=
stop() { if [ -n "$PID" ] && kill -0 "$PID" 2> /dev/null; then kill "$PID"; wait "$PID" 2> /dev/null || true; fi; PID=; }
trap stop EXIT

# Polls the readiness probe until the portal is ready (after its start-up runners, e.g. the
# generator); prints the seconds since $1 (epoch, with nanoseconds).
ready() {
  local since=$1
  for _ in $(seq 1 6000); do
    if curl -fs "$BASE/actuator/health/readiness" > /dev/null 2>&1; then
      echo "$(date +%s.%N) - $since" | bc
      return 0
    fi
    kill -0 "$PID" 2> /dev/null || { echo "the portal stopped; see the logs in $LOG" >&2; exit 1; }
    sleep 0.05
  done
  echo "the portal did not start in time; see $LOG" >&2
  stop
  exit 1
}

if [ ! -d "$DATA" ]; then
  echo "== generating the data set into $DATA (seed $SEED); once" >&2
  "$JAVA" -jar "$JAR" --server.port="$PORT" --spring.profiles.active=synthetic \
    --portal.embedded-db.data-directory="$DATA" --portal.synthetic.seed="$SEED" > "$LOG/generate.log" 2>&1 &
  PID=$!
  ready "$(date +%s.%N)" > /dev/null
  grep -i "synthetic" "$LOG/generate.log" | tail -3 >&2 || true
  stop
fi

echo "== training $ARCHIVE_KIND (Java $JAVA_VERSION)" >&2
"$JAVA" "${TRAIN[@]}" -Dspring.context.exit=onRefresh -jar "$JAR" --server.port="$PORT" \
  --portal.embedded-db.data-directory="$DATA" > "$LOG/cds-training.log" 2>&1

# a training start halts the JVM once the context is refreshed; the portal stops its embedded
# PostgreSQL just before (EmbeddedPostgresAutoConfiguration). Should one still be running, it is
# stopped here: the next start would stop it first (about 2 s), which is not start-up
if [ -f "$DATA/postmaster.pid" ]; then
  kill "$(head -1 "$DATA/postmaster.pid")" 2> /dev/null || true
  for _ in $(seq 1 100); do [ -f "$DATA/postmaster.pid" ] || break; sleep 0.1; done
fi

# start-up, three ways (each the median of $STARTS starts: one start moves by a second or
# two on a shared 2-core machine): plain; with the archive; with the archive and launched as
# `./mvnw spring-boot:run` launches the portal (its "optimized launch": -XX:TieredStopAtLevel=1,
# the JIT's first tier only, which starts faster and serves more slowly)
launch() { # log java-options...
  local log=$1
  shift
  START=$(date +%s.%N)
  # the open data's per-address limit off: wrk is one address, and the API is measured, not the limiter
  "$JAVA" "$@" -jar "$JAR" --server.port="$PORT" --portal.embedded-db.data-directory="$DATA" \
    --portal.open-data.requests-per-minute=1000000000 > "$LOG/$log" 2>&1 &
  PID=$!
}
startup() { # name log java-options...
  local name=$1 times=()
  shift
  echo "== start-up $name" >&2
  for _ in $(seq 1 "$STARTS"); do
    launch "$@"
    times+=("$(ready "$START")")
    stop
  done
  echo "   ${times[*]} s" >&2
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((STARTS + 1) / 2))p"
}
if [ "$STARTS" -gt 0 ]; then
  PLAIN_STARTUP=$(startup "without the archive" portal-plain.log)
  STARTUP=$(startup "with $ARCHIVE_KIND" portal-cds.log "${ARCHIVE[@]}")
  FAST_STARTUP=$(startup "with $ARCHIVE_KIND, optimized launch" portal-fast.log "${ARCHIVE[@]}" -XX:TieredStopAtLevel=1)
else # BENCH_STARTS=0: the pages only
  PLAIN_STARTUP=- STARTUP=- FAST_STARTUP=-
fi

# the portal measured under load: with the archive and the JIT's every tier (BENCH_JVM_OPTS
# adds options, e.g. -XX:TieredStopAtLevel=1 to measure the optimized launch)
echo "== starting the portal on $DATA for the load (with $ARCHIVE_KIND${BENCH_JVM_OPTS:+, $BENCH_JVM_OPTS})" >&2
# shellcheck disable=SC2086
launch portal.log "${ARCHIVE[@]}" ${BENCH_JVM_OPTS:-}
echo "ready in $(ready "$START")s" >&2

# sign in as the demo ministry officer (password kept beside the data directory), once per
# connection: 32 officers reading at once, each with a session of their own
PASSWORD=$(cat "$(dirname "$DATA")/demo-password.txt")
signin() {
  local jar="$LOG/cookies.txt" csrf
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=ministry" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}
SESSIONS=()
for _ in $(seq 1 "$CONNECTIONS"); do
  SESSIONS+=("$(signin)")
done
for session in "${SESSIONS[@]}"; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$BASE/ministry/calls")" = 200 ] \
    || { echo "could not sign in as ministry" >&2; exit 1; }
done
COOKIE="Cookie: SESSION=${SESSIONS[0]}"

# the pages: the newest round with plans (the mixed run's writer prepares a call, and so a
# round, that has none), its first plan, its call's ranking board
links() { grep -o "href=\"$1[0-9]*\"" | sed 's/[^0-9]//g' || true; }
PLAN= ROUND= CALL=
for ROUND in $(curl -s "$BASE/" | links /rounds/ | sort -rn | uniq); do
  PAGE=$(curl -s "$BASE/rounds/$ROUND")
  PLAN=$(echo "$PAGE" | links /plans/ | sed -n 1p)
  CALL=$(echo "$PAGE" | links /calls/ | sed -n 1p)
  [ -n "$PLAN" ] && break
done
MILESTONE=$(curl -s "$BASE/plans/$PLAN" | grep -o "href=\"/plans/$PLAN/milestones/[A-Z_]*\"" | sed 's/.*milestones.//;s/"//' | sed -n 1p)
REGION=$(curl -s "$BASE/plans/$PLAN" | grep -o 'href="/regions/[a-z0-9-]*"' | sed 's/.*regions.//;s/"//' | sed -n 1p)
[ -n "$ROUND" ] && [ -n "$PLAN" ] && [ -n "$CALL" ] && [ -n "$REGION" ] && [ -n "$MILESTONE" ] \
  || { echo "pages not found (round $ROUND plan $PLAN call $CALL region $REGION)" >&2; exit 1; }

run() { # name kind url [fresh: past the page caches]
  local name=$1 kind=$2 url=$3 fresh=${4:-0}
  local args=(-t"$THREADS" -c"$CONNECTIONS" --timeout 5s) extra=() header=
  if [ "$kind" = signed-in ]; then
    args+=(-s scripts/benchmark/signed-in.lua)
    extra=(-- "${SESSIONS[@]}")
    header=$COOKIE
  else
    args+=(-s "$LUA")
  fi
  # the page must answer; a page before may have left the connection pool busy for a while
  local tries=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$BASE$url")" = 200 ]; do
    tries=$((tries + 1))
    [ "$tries" -lt 30 ] || { echo "$url does not answer 200" >&2; exit 1; }
    sleep 1
  done
  BENCH_NO_CACHE=$fresh wrk "${args[@]}" -d"$WARMUP" "$BASE$url" "${extra[@]}" > /dev/null # warm-up
  local line
  line=$(BENCH_NO_CACHE=$fresh wrk "${args[@]}" -d"$DURATION" "$BASE$url" "${extra[@]}" | grep '^RESULT')
  echo "$name|$kind|$url|$line"
}

pages() {
  run "baseline (trivial page)" anonymous /ping
  run "baseline (trivial page, signed in)" signed-in /ping
  run "home" anonymous /
  run "round" anonymous "/rounds/$ROUND"
  run "plan" anonymous "/plans/$PLAN"
  run "complexes" anonymous /complexes
  run "ranking board" signed-in "/ministry/calls/$CALL/evaluation/ranking"
  run "dashboard" anonymous /dashboard
  run "dashboard (ministry: districts, ledgers, overdue reports)" signed-in /dashboard
  run "map" anonymous /map
  run "plan search" anonymous "/plans?status=DESIGNATED"
  run "open data API (plans)" anonymous "/api/v1/plans?size=20"
  # what a first view costs: rendered at every request, past the page caches (issue 18: each
  # at least a tenth of the baseline's throughput)
  # what sending bytes alone costs: a static file about the size of a plan page (96 KB; the
  # same filters, no rendering, no database), the ceiling of any 100 KB page here
  run "static file (96 KB, no rendering)" anonymous /vendor/krds/js/component/ui-script.js 1
  run "call board (rendered afresh; the layout and one query)" anonymous /calls 1
  run "home (rendered afresh)" anonymous / 1
  run "round (rendered afresh)" anonymous "/rounds/$ROUND" 1
  run "plan (rendered afresh)" anonymous "/plans/$PLAN" 1
  run "plan milestone (rendered afresh)" anonymous "/plans/$PLAN/milestones/$MILESTONE" 1
  run "region history (rendered afresh)" anonymous "/regions/$REGION" 1
  run "complexes (rendered afresh)" anonymous /complexes 1
  run "ranking board (rendered afresh)" signed-in "/ministry/calls/$CALL/evaluation/ranking" 1
  run "call overview (signed in, never kept)" signed-in "/ministry/calls/$CALL" 1
  run "call's plans (ministry, rendered afresh)" signed-in "/ministry/calls/$CALL/plans" 1
  run "plan (ministry: record, submissions, forms; rendered afresh)" signed-in "/plans/$PLAN" 1
  run "dashboard (rendered afresh)" anonymous /dashboard 1
  run "dashboard (ministry, rendered afresh)" signed-in /dashboard 1
  run "map (rendered afresh)" anonymous /map 1
  run "plan search (rendered afresh)" anonymous "/plans?status=DESIGNATED" 1
  # the trivial page again: on a shared machine the baseline moves within a run
  run "baseline again" anonymous /ping
}

# every page once first: on 2 cores the JIT compiler is still busy long after start-up, and
# the first page measured (the baseline) would pay for it
echo "== warming up (every page, 10 s each)" >&2
WARMUP=${BENCH_WARMUP:-5s}
MEASURE=$DURATION
DURATION=5s
pages > /dev/null
DURATION=$MEASURE

echo "== measuring ($THREADS threads, $CONNECTIONS connections, $DURATION per page)" >&2
RESULTS="$LOG/results.txt"
{
  pages
} | tee "$RESULTS" >&2

# the mixed run (issue 18): the same readers while a writer signs in and saves every second, as
# on a deadline day (scripts/benchmark/writer.sh: a call's notice, audited like every save)
echo "== measuring under writes (a sign-in and a save every second)" >&2
bash scripts/benchmark/writer.sh "$BASE" "$PASSWORD" "$LOG/writer.log" &
WRITER=$!
MIXED="$LOG/results-mixed.txt"
{
  pages
} | tee "$MIXED" >&2
kill "$WRITER" 2> /dev/null || true
wait "$WRITER" 2> /dev/null || true
WRITES=$(cat "$LOG/writer.log.count" 2> /dev/null || echo "saves=?")

# the report
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $("$JAVA" -version 2>&1 | sed -n 1p)"
echo "Start-up to ready (process start to the readiness probe answering UP, median of $STARTS): ${PLAIN_STARTUP}s plain, ${STARTUP}s with $ARCHIVE_KIND, ${FAST_STARTUP}s with it and the optimized launch (-XX:TieredStopAtLevel=1)"
echo "Portal under load: started with $ARCHIVE_KIND${BENCH_JVM_OPTS:+, $BENCH_JVM_OPTS}"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per page after a $WARMUP warm-up (and every page first)"
echo "Commit: $(git rev-parse --short HEAD 2> /dev/null || echo unknown)$(git diff --quiet HEAD 2> /dev/null || echo ' (with uncommitted changes)')"
table() { # results
  echo
  echo "| page | as | path | requests/s | p50 ms | p95 ms | p99 ms | errors | cache hits % | share of baseline |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  declare -A BASELINE
  while IFS='|' read -r name kind url line; do
    rps=$(field "$line" rps)
    # the first /ping of each kind (the one measured again at the end is shown, not divided by)
    [ "$url" = /ping ] && [ -z "${BASELINE[$kind]:-}" ] && BASELINE[$kind]=$rps
    share=$(echo "scale=2; $rps / ${BASELINE[$kind]}" | bc)
    echo "| $name | $kind | $url | $rps | $(field "$line" p50) | $(field "$line" p95) | $(field "$line" p99) | $(field "$line" errors) | $(field "$line" hits) | $share |"
  done < "$1"
}
echo
echo "Read-only:"
table "$RESULTS"
echo
echo "Under writes (a sign-in and a save every second; writer: $WRITES):"
table "$MIXED"
