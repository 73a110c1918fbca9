# shellcheck shell=bash
# Sourced by bench/run: the load. Tokens, the endpoints and a check of each, warm-up, the interleaved measurement
# rounds with wrk, the fixed-rate run with autocannon, RSS after the load, and the JFR pass.

# ------------------------------------------------------------------------------------------------ tokens
get_tokens() {
  TOKEN_URL="$REALM_URL/protocol/openid-connect/token"
  STAFF_TOKEN=$(curl -fsS -u staff-scripts:staff-scripts-local-secret -d grant_type=client_credentials "$TOKEN_URL" | jq -r .access_token)
  STUDENT_TOKEN=$(curl -fsS -d grant_type=password -d client_id=placements-frontend -d username=student1 -d password=demo \
    "$TOKEN_URL" | jq -r .access_token)
  for who in STAFF STUDENT; do
    tok_var="${who}_TOKEN"
    claims=$(jwt_claims "${!tok_var}")
    life=$(jq -r '.exp - .iat' <<<"$claims")
    log "$who token: aud=$(jq -c .aud <<<"$claims") roles=$(jq -c .realm_access.roles <<<"$claims") valid ${life} s"
    [ "$life" -ge 900 ] || die "$who token lives only $life s"
  done
}

# ------------------------------------------------------------------------------------------------ endpoints
define_endpoints() {
  FILTER_QUERY="status=APPROVED&countryCode=GH&departureFrom=2026-01-01&departureTo=2026-12-31&size=50"
  # -g: global, as at the top level of a script (run_wrk and the report read them)
  declare -gA URL TOKEN SCRIPT LABEL
  ENDPOINTS=(live deadlines byid filtered create signup)
  LABEL[live]="GET /q/health/live (reference)";                    URL[live]="$API/q/health/live"
  LABEL[deadlines]="GET /api/v1/deadlines (public)";               URL[deadlines]="$API/api/v1/deadlines?placementType=RESEARCH_INTERNSHIP&departureDate=2027-09-06"
  LABEL[byid]="GET /api/v1/placements/{id} (student)";             URL[byid]="$API/api/v1/placements/$STUDENT_PLACEMENT_ID"
  LABEL[filtered]="GET /api/v1/placements?status&country&dates (staff, page 50)"; URL[filtered]="$API/api/v1/placements?$FILTER_QUERY"
  LABEL[create]="POST /api/v1/placements (staff, new student each)"; URL[create]="$API/api/v1/placements"
  LABEL[signup]="POST /api/v1/preparation-events/{id}/registrations (staff)"; URL[signup]="$API/api/v1/preparation-events"
  TOKEN[live]="";  TOKEN[deadlines]="";  TOKEN[byid]="$STUDENT_TOKEN"
  TOKEN[filtered]="$STAFF_TOKEN"; TOKEN[create]="$STAFF_TOKEN"; TOKEN[signup]="$STAFF_TOKEN"
  SCRIPT[live]=get.lua; SCRIPT[deadlines]=get.lua; SCRIPT[byid]=get.lua; SCRIPT[filtered]=get.lua
  SCRIPT[create]=post-placement.lua; SCRIPT[signup]=post-signup.lua
}

expect() {  # status method url token [body]
  local want=$1 method=$2 url=$3 token=$4 body=${5:-} got
  local args=(-s -o "$LOGS/check.json" -w '%{http_code}' -X "$method" -H 'Accept: application/json')
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
  got=$(curl "${args[@]}" "$url")
  [ "$got" = "$want" ] || { cat "$LOGS/check.json" >&2; echo >&2; die "$method $url answered $got, expected $want"; }
}

# One request of each, checked, before any load.
check_endpoints() {
  expect 200 GET "${URL[live]}" ""
  expect 200 GET "${URL[deadlines]}" ""
  expect 200 GET "${URL[byid]}" "$STUDENT_TOKEN"
  expect 200 GET "${URL[filtered]}" "$STAFF_TOKEN"
  FILTER_TOTAL=$(jq -r .totalItems "$LOGS/check.json"); FILTER_ITEMS=$(jq -r '.items | length' "$LOGS/check.json")
  expect 201 POST "${URL[create]}" "$STAFF_TOKEN" '{"placementType":"GP_CLERKSHIP","destination":{"countryCode":"AW","city":"Oranjestad","hostInstitution":"Huisartsenpraktijk Noord"},"departureDate":"2027-12-06","returnDate":"2028-01-31","studentNumber":"90000001","studentName":"Check Student","studentEmail":"check@student.example.org"}'
  expect 201 POST "$API/api/v1/preparation-events/$WARM_EVENT_FIRST/registrations" "$STAFF_TOKEN" '{"studentNumber":"90000002","studentName":"Check Attendee","studentEmail":"check2@student.example.org"}'
  log "every endpoint answers as expected (filtered page: $FILTER_ITEMS items of $FILTER_TOTAL)"
}

# wrk: $1 endpoint, $2 phase (warm|measure|profile), $3 seconds, $4 round (measure). Prints the BENCH_RESULT line.
# POST bodies use new student numbers in every phase and round (base + thread * 10^6 + n); each sign-up round fills
# its own share of the large events.
run_wrk() {
  local ep=$1 phase=$2 secs=$3 round=${4:-0} out base events per_round
  out="$LOGS/wrk-$1-$2${4:+-$4}.txt"
  case "$phase" in warm) slot=$((5 + round)) ;; profile) slot=9 ;; *) slot=$round ;; esac
  case "$ep" in create) base=$((200000000 + slot * 10000000)) ;; signup) base=$((300000000 + slot * 10000000)) ;; *) base=0 ;; esac
  per_round=$(( (EVENT_COUNT - 10) / ROUNDS ))
  case "$phase" in
    warm) events="$((WARM_EVENT_FIRST + (round - 1) * 3)) 3" ;;
    profile) events="$((WARM_EVENT_FIRST + 6)) 4" ;;
    *) events="$((MEASURE_EVENT_FIRST + (round - 1) * per_round)) $per_round" ;;
  esac
  BENCH_TOKEN="${TOKEN[$ep]}" BENCH_BASE=$base BENCH_EVENT_FIRST="${events% *}" BENCH_EVENT_COUNT="${events#* }" \
    BENCH_PER_THREAD=600 nice -n "$NICE" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --timeout 5s --latency \
    -s "$BENCH_DIR/lua/${SCRIPT[$ep]}" "${URL[$ep]}" >"$out" 2>&1 || { cat "$out" >&2; die "wrk $ep $phase"; }
  grep '^BENCH_RESULT' "$out" || die "no result from wrk ($out)"
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
ms() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }'; }
# Adds the CPU used between two snapshots to an accumulated "svc pg gen busy ns" total.
acc_add() { awk -v t="$1" -v a="$2" -v b="$3" 'BEGIN { split(t, s, " "); split(a, x, " "); split(b, y, " ")
  for (i = 1; i <= 5; i++) printf "%.0f ", s[i] + y[i] - x[i]; print "" }'; }

jit_backlog() { "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" Compiler.queue 2>/dev/null | grep -c '::' || true; }

# Warm-up: two passes over all endpoints (WARMUP/2 s each); after each pass, the load stops until the JIT compiler's
# queue is empty (at most 30 s), so that the compiler, which competes with the requests for the CPUs, has caught up
# before the measurement.
warm_up() {
  JIT_WAITS=""
  HALF=$(( (WARMUP + 1) / 2 ))
  for pass in 1 2; do
    log "warm-up pass $pass of 2: ${HALF} s per endpoint"
    for ep in "${ENDPOINTS[@]}"; do run_wrk "$ep" warm "$HALF" "$pass" >/dev/null; done
    t=$(date +%s%N); backlog=$(jit_backlog)
    for _ in $(seq 1 60); do [ "$(jit_backlog)" -gt 0 ] || break; sleep 0.5; done
    JIT_WAITS+="${JIT_WAITS:+, }pass $pass: $backlog queued, $(ms_between "$t" "$(date +%s%N)") ms"
    log "  JIT queue: $backlog methods at the end of the pass, empty after $(ms_between "$t" "$(date +%s%N)") ms"
  done
  RSS_WARM=$(rss_mb "$SERVICE_PID")
  log "RSS after warm-up: $RSS_WARM MB"
}

# The measurement: ROUNDS rounds; in each, every endpoint for DURATION/ROUNDS seconds, one after the other.
# Interleaving spreads each endpoint over the whole measurement, so a change in other work on the machine affects the
# reference and the endpoints alike. Requests/s: all requests over all rounds; latency: the
# median of the rounds' percentiles.
measure_rounds() {
  SLICE=$(( DURATION / ROUNDS )); [ "$SLICE" -ge 1 ] || SLICE=1
  # -g: global, as at the top level of a script (the report reads them)
  declare -gA RPS P50 P90 P99 ERRS REQS SVC_US PG_US GEN_PCT OTHER_PCT CPU_ACC DUR_US L50 L90 L99 ROUND_RPS
  for ep in "${ENDPOINTS[@]}"; do CPU_ACC[$ep]="0 0 0 0 0"; REQS[$ep]=0; DUR_US[$ep]=0; ERRS[$ep]=0; done
  for round in $(seq 1 "$ROUNDS"); do
    log "measurement round $round of $ROUNDS: ${SLICE} s per endpoint"
    for ep in "${ENDPOINTS[@]}"; do
      before=$(cpu_snapshot)
      line=$(run_wrk "$ep" measure "$SLICE" "$round")
      after=$(cpu_snapshot)
      CPU_ACC[$ep]=$(acc_add "${CPU_ACC[$ep]}" "$before" "$after")
      REQS[$ep]=$(( REQS[$ep] + $(field requests "$line") ))
      DUR_US[$ep]=$(( DUR_US[$ep] + $(field duration_us "$line") ))
      ERRS[$ep]=$(( ERRS[$ep] + $(field non2xx3xx "$line") + $(field connect_errors "$line") + $(field read_errors "$line") \
                  + $(field write_errors "$line") + $(field timeouts "$line") ))
      L50[$ep]+=" $(field p50_us "$line")"; L90[$ep]+=" $(field p90_us "$line")"; L99[$ep]+=" $(field p99_us "$line")"
      ROUND_RPS[$ep]+="${ROUND_RPS[$ep]:+ / }$(awk -v r="$(field rps "$line")" 'BEGIN { printf "%.0f", r }')"
      log "  ${LABEL[$ep]}: $(field rps "$line") req/s, p99 $(ms "$(field p99_us "$line")") ms"
    done
  done

  for ep in "${ENDPOINTS[@]}"; do
    RPS[$ep]=$(awk -v n="${REQS[$ep]}" -v d="${DUR_US[$ep]}" 'BEGIN { printf "%.1f", n / (d / 1e6) }')
    P50[$ep]=$(ms "$(median <<<"${L50[$ep]}")"); P90[$ep]=$(ms "$(median <<<"${L90[$ep]}")")
    P99[$ep]=$(ms "$(median <<<"${L99[$ep]}")")
    read -r SVC_US[$ep] PG_US[$ep] GEN_PCT[$ep] OTHER_PCT[$ep] < <(cpu_usage "0 0 0 0 0" "${CPU_ACC[$ep]}" "${REQS[$ep]}")
  done
}

# The filtered page at a fixed rate: one run of DURATION seconds after the rounds (the service is warm by then); the
# percentiles are those of all its requests.
measure_fixed_rate() {
  FIXED_P50="n/a"; FIXED_P90="n/a"; FIXED_P99="n/a"; FIXED_RPS="n/a"; FIXED_ERRS="n/a"; FIXED_SVC="n/a"; FIXED_PG="n/a"
  FIXED_OTHER="n/a"; FIXED_TOOL="not measured (autocannon unavailable)"
  if [ -n "$AUTOCANNON" ]; then
    log "measuring the filtered page at a fixed $RATE req/s for ${DURATION} s (autocannon)"
    AC="$LOGS/autocannon-filtered.json"
    before=$(cpu_snapshot)
    nice -n "$NICE" "$AUTOCANNON" -j -c 10 -R "$RATE" -d "$DURATION" -t 5 -H "Authorization=Bearer $STAFF_TOKEN" \
      -H "Accept=application/json" "${URL[filtered]}" >"$AC" 2>"$LOGS/autocannon.err" \
      || { cat "$LOGS/autocannon.err" >&2; die "autocannon"; }
    after=$(cpu_snapshot)
    FIXED_P50=$(jq -r '.latency.p50' "$AC"); FIXED_P90=$(jq -r '.latency.p90' "$AC"); FIXED_P99=$(jq -r '.latency.p99' "$AC")
    FIXED_RPS=$(jq -r '.requests.average' "$AC")
    FIXED_ERRS=$(jq -r '.non2xx + .errors + .timeouts' "$AC")
    FIXED_TOOL="autocannon $AUTOCANNON_VERSION, 10 connections, -R $RATE for ${DURATION} s after the rounds, coordinated-omission corrected"
    read -r FIXED_SVC FIXED_PG _ FIXED_OTHER < <(cpu_usage "$before" "$after" "$(jq -r '.requests.total' "$AC")")
    log "  p50 $FIXED_P50 ms, p99 $FIXED_P99 ms at $FIXED_RPS req/s, errors $FIXED_ERRS"
  fi
}

record_rss_after_load() {
  RSS_LOAD=$(rss_mb "$SERVICE_PID")
  log "RSS after the load: $RSS_LOAD MB"
}

# Where the service's CPU goes: a JFR recording of each endpoint under the same load, after the measurements
# (so the recording does not disturb them).
profile_cpu() {
  PROFILE_TABLE=""
  if [ "$PROFILE" = 1 ] && need python3 && [ -x "$JAVA_HOME/bin/jcmd" ] && [ -x "$JAVA_HOME/bin/jfr" ]; then
    log "profiling each endpoint for 8 s with JFR"
    mkdir -p "$WORK/jfr"
    columns=()
    for ep in "${ENDPOINTS[@]}"; do
      "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" JFR.start name="$ep" settings=profile filename="$WORK/jfr/$ep.jfr" >/dev/null
      run_wrk "$ep" profile 8 >/dev/null
      "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" JFR.stop name="$ep" >/dev/null
      "$JAVA_HOME/bin/jfr" print --json --events jdk.ExecutionSample --stack-depth 96 "$WORK/jfr/$ep.jfr" \
        >"$WORK/jfr/$ep.json" 2>/dev/null && columns+=("$ep=$WORK/jfr/$ep.json")
    done
    PROFILE_TABLE=$(python3 "$BENCH_DIR/jfr-breakdown.py" "${columns[@]}" 2>"$LOGS/jfr-breakdown.err") || PROFILE_TABLE=""
    rm -f "$WORK"/jfr/*.json
  fi
}
