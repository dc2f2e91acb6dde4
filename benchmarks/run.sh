#!/usr/bin/env bash
# Runs every benchmark, each client in its own JVM with the same flags, against one local stub,
# and writes benchmarks/results/<date>/report.md (plus the raw results beside it).
#
#   benchmarks/run.sh            the full run (about 20 minutes)
#   benchmarks/run.sh --quick    a smoke run of a few seconds per scenario
#
# Environment: ONLY=startup (build the harness alone and run only the start-up section, into
# startup.tsv and report.md), WARMUP and DURATION (seconds per scenario), STREAMS (the many-streams
# count), STARTUP_RUNS, JAVA (default: java on the PATH, Java 17), JAVA25 (for virtual threads; the run
# skips that client when it is missing), JFLAGS (the flags every client JVM gets), CLIENTS (the
# clients to run, default all), MVN_ARGS (extra arguments of the build, e.g.
# -Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

ONLY=${ONLY:-}
case $ONLY in
  "" | startup) ;;
  *) echo "ONLY=$ONLY: the only section that runs alone is startup" >&2; exit 2 ;;
esac
QUICK=false
if [ "${1:-}" = "--quick" ]; then QUICK=true; fi
if $QUICK; then
  WARMUP=${WARMUP:-2}; DURATION=${DURATION:-3}; STREAMS=${STREAMS:-200}; STARTUP_RUNS=${STARTUP_RUNS:-2}
  JMH_ARGS=${JMH_ARGS:--wi 1 -i 2 -w 1 -r 1}
else
  WARMUP=${WARMUP:-10}; DURATION=${DURATION:-10}; STREAMS=${STREAMS:-1000}; STARTUP_RUNS=${STARTUP_RUNS:-5}
  JMH_ARGS=${JMH_ARGS:-}
fi
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JFLAGS=${JFLAGS:--Xms1g -Xmx1g -XX:+UseG1GC}
# Hard bounds for one client JVM: every loop inside is bounded too.
JVM_TIMEOUT=${JVM_TIMEOUT:-600}

STAMP=$(date -u +%Y-%m-%d)
OUT="$ROOT/benchmarks/results/$STAMP"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
: > "$RESULTS"
: > "$OUT/startup.tsv"
LOG="$OUT/run.log"
: > "$LOG"

CLIENTS=${CLIENTS:-raw ours-reactive ours-blocking ours-blocking-vt spring-ai langchain4j ours-spring-ai spring-ai-2}
# The Spring AI 2.0 peer (and the bridge's row) is built only when asked for: it needs
# spring-ai-mistral-ai 2.0.1 in the local repository (README).
PEER2_MODULE=""; PEER2_PROFILE=""
MODULES="benchmarks/core,benchmarks/harness,benchmarks/peer-spring-ai,benchmarks/peer-langchain4j"
[ "$ONLY" != startup ] || { MODULES="benchmarks/core,benchmarks/harness"; CLIENTS=""; }
case " $CLIENTS " in
  *" spring-ai-2 "* | *" ours-spring-ai "*)
    PEER2_MODULE=",benchmarks/peer-spring-ai-2"; PEER2_PROFILE="-Pspring-ai-2-peer" ;;
esac
echo "== building (client modules and benchmarks, in this work tree; nothing is installed)"
# One reactor build: the class paths then point at this work tree's jars, never at snapshots in
# ~/.m2 that another build on the machine could replace while the benchmarks run.
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} package dependency:build-classpath -DskipTests -Dspotless.check.skip=true \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt \
  -pl "$MODULES$PEER2_MODULE" \
  $PEER2_PROFILE -am

classpath() { # module -> its runtime class path, own classes first
  echo "$ROOT/benchmarks/$1/target/classes:$(cat "$ROOT/benchmarks/$1/target/bench-classpath.txt")"
}
CP_HARNESS=$(classpath harness)
CP_SPRING_AI=""; CP_SPRING_AI_2=""; CP_LC4J=""
if [ "$ONLY" != startup ]; then
  CP_SPRING_AI=$(classpath peer-spring-ai)
  CP_LC4J=$(classpath peer-langchain4j)
fi
[ -z "$PEER2_MODULE" ] || CP_SPRING_AI_2=$(classpath peer-spring-ai-2)
CP_CORE="$ROOT/benchmarks/core/target/classes"

machine() {
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- nproc: $(nproc); load average at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- memory: $(free -h | awk '/Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- java: $($JAVA -version 2>&1 | head -n 1); virtual threads: $("$JAVA25" -version 2>&1 | head -n 1 || echo none)"
  echo "- client JVM flags: \`$JFLAGS\`; warm-up ${WARMUP} s, measured ${DURATION} s per scenario"
}
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "$ONLY" != startup ]; then
  echo "== starting the stub"
  rm -f "$OUT/port"
  # shellcheck disable=SC2086
  $JAVA $JFLAGS -cp "$CP_HARNESS" io.github.mistralspring.benchmarks.StubServer \
    --port-file "$OUT/port" --hold-ms 60000 --seconds 7200 >"$OUT/stub.log" 2>&1 &
  STUB_PID=$!
  trap 'kill "$STUB_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do [ -s "$OUT/port" ] && break; sleep 0.2; done
  BASE_URL="http://127.0.0.1:$(cat "$OUT/port")"
  echo "stub at $BASE_URL (pid $STUB_PID)"

  run_client() { # client scenario
    local client=$1 scenario=$2 java=$JAVA cp main extra=()
    case $client in
      raw|ours-reactive|ours-blocking)
        cp=$CP_HARNESS; main=io.github.mistralspring.benchmarks.ClientMain; extra=(--client "$client") ;;
      ours-blocking-vt)
        [ -x "$JAVA25" ] || { echo "skip $client: no Java 25 at $JAVA25"; return 0; }
        java=$JAVA25; cp=$CP_HARNESS; main=io.github.mistralspring.benchmarks.ClientMain
        extra=(--client ours-blocking --threads virtual) ;;
      spring-ai)
        cp=$CP_SPRING_AI; main=io.github.mistralspring.benchmarks.springai.SpringAiMain ;;
      spring-ai-2|ours-spring-ai)
        # Spring AI 2.0's ChatClient over its own MistralAiChatModel, and over the bridge.
        cp=$CP_SPRING_AI_2; main=io.github.mistralspring.benchmarks.springai2.SpringAi2Main
        extra=(--client "$client") ;;
      langchain4j)
        cp=$CP_LC4J; main=io.github.mistralspring.benchmarks.langchain4j.LangChain4jMain ;;
    esac
    # shellcheck disable=SC2086
    timeout "$JVM_TIMEOUT" "$java" $JFLAGS -cp "$cp" "$main" "${extra[@]}" \
      --base-url "$BASE_URL" --out "$RESULTS" --warmup "$WARMUP" --duration "$DURATION" \
      --scenarios "$scenario" 2>>"$LOG" | tee -a "$LOG" || echo "FAILED: $client $scenario" | tee -a "$LOG"
  }

  # Scenario by scenario, every client in turn, so that a change in the machine's load spreads over
  # all clients rather than landing on one.
  for scenario in chat:1 chat:16 chat:64 stream:1 stream:16; do
    echo "== $scenario"
    for client in $CLIENTS; do run_client "$client" "$scenario"; done
  done
  echo "== $STREAMS concurrent streams"
  for client in $CLIENTS; do
    # The blocking client on platform threads would need a thread per stream.
    [ "$client" = ours-blocking ] || run_client "$client" "streams:$STREAMS"
  done

  kill "$STUB_PID" 2>/dev/null || true

  echo "== JMH (-prof gc)"
  # shellcheck disable=SC2086
  timeout 1200 $JAVA -cp "$CP_HARNESS" org.openjdk.jmh.Main -prof gc $JMH_ARGS \
    -jvmArgs "-Xms1g -Xmx1g" -rf csv -rff "$OUT/jmh.csv" >"$OUT/jmh.log" 2>&1 ||
    echo "FAILED: JMH (see $OUT/jmh.log)"
  tail -n 40 "$OUT/jmh.log" | grep -E "avgt" || true

fi

echo "== start-up (${STARTUP_RUNS} runs per variant)"
CP_NO_STARTER=$(echo "$CP_HARNESS" | tr ':' '\n' |
  grep -v -E 'mistral-spring-boot-(starter|autoconfigure)' | paste -sd: -)
for _ in $(seq 1 "$STARTUP_RUNS"); do
  # shellcheck disable=SC2086
  {
    timeout 120 $JAVA $JFLAGS -cp "$CP_NO_STARTER" io.github.mistralspring.benchmarks.startup.StartupProbe \
      "no starter on the class path" --logging.level.root=WARN
    timeout 120 $JAVA $JFLAGS -cp "$CP_HARNESS" io.github.mistralspring.benchmarks.startup.StartupProbe \
      "starter, mistral.enabled=false" --mistral.enabled=false --logging.level.root=WARN
    timeout 120 $JAVA $JFLAGS -cp "$CP_HARNESS" io.github.mistralspring.benchmarks.startup.StartupProbe \
      "starter, mistral.enabled=true" --mistral.api-key=bench-key --logging.level.root=WARN
  } 2>>"$LOG" | grep -P '\t' | tee -a "$OUT/startup.tsv"
done

{
  echo "## Results of $STAMP"
  echo
  machine
  echo
  "$JAVA" -cp "$CP_CORE" io.github.mistralspring.benchmarks.core.Report "$RESULTS" \
    --jmh "$OUT/jmh.csv" --startup "$OUT/startup.tsv"
} >"$OUT/report.md"
echo "== wrote $OUT/report.md"
cat "$OUT/report.md"
