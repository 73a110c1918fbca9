# shellcheck shell=bash
# Sourced by bench/run: the report. What the database holds after the load, bench/results.md, and the table printed
# at the end of a run.

# Figures for results.md that the database holds after the load.
query_after_run() {
  SIGNUP_MIX=$(psql_q "select coalesce(string_agg(status || ' ' || n, ', ' order by status), 'none') from (select status, count(*) n from event_registration where event_id between $MEASURE_EVENT_FIRST and $MEASURE_EVENT_LAST group by status) s")
  CREATED_PLACEMENTS=$(psql_q "select count(*) from placement where created_by <> 'seed'")
  PLAN=$(psql_q "explain (analyze, buffers, costs off, timing on) select count(*) from placement p join student s on s.student_number = p.student_number where p.status = 'APPROVED' and p.country_code = 'GH' and p.departure_date between '2026-01-01' and '2026-12-31'")
}

# ------------------------------------------------------------------------------------------------ report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
met() { if [ "$1" = 1 ]; then echo "met"; else echo "**missed**"; fi; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }' && echo 1 || echo 0; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 < b + 0) }' && echo 1 || echo 0; }

write_results() {
  REF=${RPS[live]}
  R_DEADLINES=$(ratio "${RPS[deadlines]}" "$REF")
  R_BYID=$(ratio "${RPS[byid]}" "$REF")
  START_S=$(awk -v ms="$START_MS_SEEDED" 'BEGIN { printf "%.2f", ms / 1000 }')
  FIRST_START_S=$(awk -v ms="$FIRST_START_MS" 'BEGIN { printf "%.2f", ms / 1000 }')
  RSS_MAX=$(( RSS_WARM > RSS_LOAD ? RSS_WARM : RSS_LOAD ))
  if [ "$FIXED_P99" = "n/a" ]; then FIXED_MET="not measured"; else FIXED_MET=$(met "$(lt "$FIXED_P99" 50)"); fi

  JDK_VERSION=$("$JAVA" -version 2>&1 | head -1)
  JDK_VM=$("$JAVA" -version 2>&1 | tail -1)
  PG_VERSION=$("$PG_BIN/postgres" --version)
  CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  GIT_REV=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
  GIT_DIRTY=$(git -C "$REPO" status --porcelain 2>/dev/null | grep -vc '^?? bench/' || true)
  TOTAL_S=$(( $(date +%s) - T_BEGIN ))
  LOAD_AFTER=$(cut -d" " -f1-3 /proc/loadavg)

  {
    echo "# Benchmark results"
    echo
    echo "Produced by \`bench/run\` on $(date -u '+%Y-%m-%d %H:%M UTC') (commit \`$GIT_REV\`$([ "$GIT_DIRTY" != 0 ] && echo ", with $GIT_DIRTY uncommitted changes in the work tree")); the run took $TOTAL_S s."
    if [ -n "$JAVA_OPTS_BENCH" ]; then jvm_note="JVM options from BENCH_JAVA_OPTS"; else jvm_note="no JVM options"; fi
    echo "The service ran in its production profile (\`java ${JAVA_OPTS_BENCH:+$JAVA_OPTS_BENCH }-jar target/quarkus-app/quarkus-run.jar\`, $jvm_note),"
    echo "against PostgreSQL and Keycloak on the same machine; the load generators ran there too, over loopback, so the"
    echo "service, PostgreSQL and the load generator share the CPUs. Compare ratios within one run, not absolute figures across machines."
    echo "The service, PostgreSQL and the load generators ran at nice $NICE (BENCH_NICE), ahead of other work on the machine."
    echo
    echo "## Targets"
    echo
    echo "| target | measured | result |"
    echo "|---|---|---|"
    echo "| deadlines ≥ 0.8 × reference req/s | $R_DEADLINES × (${RPS[deadlines]} vs ${RPS[live]} req/s) | $(met "$(ge "$R_DEADLINES" 0.8)") |"
    echo "| placement by id ≥ 0.5 × reference req/s | $R_BYID × (${RPS[byid]} vs ${RPS[live]} req/s) | $(met "$(ge "$R_BYID" 0.5)") |"
    echo "| filtered page p99 < 50 ms at $RATE req/s on $N_PLACEMENTS placements | p99 $FIXED_P99 ms (p50 $FIXED_P50 ms) | $FIXED_MET |"
    echo "| start < 3 s (process start to first ready /q/health/ready, median of $STARTS) | $START_S s | $(met "$(lt "$START_MS_SEEDED" 3000)") |"
    echo "| RSS < 300 MB (after warm-up / after the load) | $RSS_WARM MB / $RSS_LOAD MB | $(met "$(lt "$RSS_MAX" 300)") |"
    echo
    echo "## Throughput and latency"
    echo
    echo "wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), ${THREADS} threads, ${CONNECTIONS} connections. Every endpoint was warmed for ${WARMUP} s in two passes over all"
    echo "endpoints, each followed by a pause until the JIT compiler's queue was empty ($JIT_WAITS), then measured for $((SLICE * ROUNDS)) s in $ROUNDS interleaved rounds of $SLICE s (each round measures every endpoint"
    echo "in turn), so that changes in other work on the machine hit the reference and the endpoints alike. Requests/s: all"
    echo "requests of the rounds over their time; latency (ms): median of the rounds' percentiles. A first round well below the"
    echo "others means the JIT compiler had not caught up yet (other work on the machine slows it down)."
    echo "Errors: non-2xx/3xx answers, socket errors and timeouts."
    echo
    echo "| endpoint | requests/s | ratio to reference | p50 | p90 | p99 | requests/s per round (ratio) | errors | service CPU µs/request | PostgreSQL CPU µs/request | other processes' CPU |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for ep in "${ENDPOINTS[@]}"; do
      per_round=$(paste -d' ' <(tr '/' '\n' <<<"${ROUND_RPS[$ep]}") <(tr '/' '\n' <<<"${ROUND_RPS[live]}") \
        | awk '{ sep = (NR > 1) ? " / " : ""; r = ($2 > 0) ? $1 / $2 : 0; printf "%s%.0f (%.2f)", sep, $1, r }')
      echo "| ${LABEL[$ep]} | ${RPS[$ep]} | $(ratio "${RPS[$ep]}" "$REF") | ${P50[$ep]} | ${P90[$ep]} | ${P99[$ep]} | $per_round | ${ERRS[$ep]} | ${SVC_US[$ep]} | ${PG_US[$ep]} | ${OTHER_PCT[$ep]}% |"
    done
    echo "| same filtered page at a fixed $RATE req/s | $FIXED_RPS | – | $FIXED_P50 | $FIXED_P90 | $FIXED_P99 | – | $FIXED_ERRS | $FIXED_SVC | $FIXED_PG | $FIXED_OTHER% |"
    echo
    echo "CPU per request: CPU time of the service's process and of all PostgreSQL processes during the phase, divided by"
    echo "the requests served; it depends much less on how busy the machine was than requests/s and latency do. \"Other"
    echo "processes\" is the share of the machine's CPU ($(nproc) CPUs) used during the phase by anything but the service,"
    echo "PostgreSQL and the load generator (other work on the machine makes every figure but CPU per request worse)."
    echo
    echo "- Fixed rate: $FIXED_TOOL."
    echo "- Filtered page: \`GET /api/v1/placements?$FILTER_QUERY\`, $FILTER_ITEMS items on the page, $FILTER_TOTAL matching placements."
    echo "- Placement by id: placement $STUDENT_PLACEMENT_ID of student1 (1000001), with student1's token."
    echo "- Deadlines: \`GET /api/v1/deadlines?placementType=RESEARCH_INTERNSHIP&departureDate=2027-09-06\`, no token."
    echo "- POST /api/v1/placements: each request a new registration (new student number, 5 placement types, departures in 2027); $CREATED_PLACEMENTS placements created during the run (check, warm-up and measurement)."
    echo "- Sign-ups: all connections sign up for the same large event (capacity 1000) until 1200 have, then the next one; outcome of the measured rounds: $SIGNUP_MIX."
    echo
    if [ -n "$PROFILE_TABLE" ]; then
      echo "## Where the service's CPU goes"
      echo
      echo "JFR execution samples (\`settings=profile\`) of the request threads, 8 s of the same load per endpoint after the"
      echo "measurements. A sample counts for the category of its topmost frame that has one (\`bench/jfr-breakdown.py\`)."
      echo
      echo "$PROFILE_TABLE"
      echo
    fi
    echo "## Start and memory"
    echo
    echo "| what | value |"
    echo "|---|---|"
    echo "| start on the migrated, seeded database: median of $STARTS starts (each) | $START_MS_SEEDED ms ($(echo $START_LIST | sed 's/ / \/ /g') ms; Quarkus reports \"started in\" $QUARKUS_LIST s) |"
    echo "| CPU time the service used until ready: median (each) | $START_CPU_MEDIAN ms ($(echo $START_CPU_LIST | sed 's/ / \/ /g') ms), on $(nproc) CPUs |"
    echo "| first start on an empty database (Flyway migrates V1..V5) | $FIRST_START_MS ms |"
    echo "| RSS right after start | $RSS_START MB |"
    echo "| RSS after warm-up | $RSS_WARM MB |"
    echo "| RSS after the load | $RSS_LOAD MB |"
    echo
    echo "Start is timed from just before \`java\` is launched to the first 200 of \`/q/health/ready\`, polled every 20 ms."
    echo "Its CPU time (user + system of the process when ready) depends much less on other work on the machine."
    echo "RSS is \`VmRSS\` of the service's process in \`/proc/<pid>/status\`."
    echo
    echo "## Data set"
    echo
    echo "Seeded by \`bench/seed.sql\` in $SEED_S s after the first start had migrated the schema, then \`ANALYZE\`:"
    echo "$N_STUDENTS students, $N_PLACEMENTS placements departing 2024–2028 (8 placement types, countries from the destination table, statuses"
    echo "consistent with today), $N_HISTORY history entries, $N_EVENTS preparation events with $N_EVENT_REGS sign-ups."
    echo
    echo "Plan of the filtered page's count query, after the run:"
    echo
    echo '```'
    echo "$PLAN"
    echo '```'
    echo
    echo "## Machine"
    echo
    echo "| what | value |"
    echo "|---|---|"
    echo "| CPUs (nproc) | $(nproc) |"
    echo "| CPU model | $CPU_MODEL |"
    echo "| memory (free -g, total / available) | $(free -g | awk '/^Mem:/ { print $2 " GiB / " $7 " GiB" }') |"
    echo "| kernel | $(uname -sr) |"
    echo "| JDK | $JDK_VERSION; $JDK_VM |"
    echo "| PostgreSQL | $PG_VERSION (default settings, data under /tmp) |"
    echo "| Keycloak | $KC_VERSION, start-dev |"
    echo "| load average (1/5/15 min) before the run / at its end | $LOAD_BEFORE / $LOAD_AFTER |"
    echo "| date | $(date -u '+%Y-%m-%d %H:%M:%S UTC') |"
    echo
    echo '```'
    free -g
    echo '```'
  } >"$RESULTS"
}

# ------------------------------------------------------------------------------------------------ table
print_table() {
  printf '\n%-66s %10s %6s %8s %8s %6s %9s %9s\n' "endpoint" "req/s" "ratio" "p50 ms" "p99 ms" "errors" "svc µs/r" "pg µs/r"
  for ep in "${ENDPOINTS[@]}"; do
    printf '%-66s %10s %6s %8s %8s %6s %9s %9s\n' "${LABEL[$ep]}" "${RPS[$ep]}" "$(ratio "${RPS[$ep]}" "$REF")" \
      "${P50[$ep]}" "${P99[$ep]}" "${ERRS[$ep]}" "${SVC_US[$ep]}" "${PG_US[$ep]}"
  done
  printf '%-66s %10s %6s %8s %8s %6s %9s %9s\n' "filtered page at a fixed $RATE req/s" "$FIXED_RPS" "-" "$FIXED_P50" \
    "$FIXED_P99" "$FIXED_ERRS" "$FIXED_SVC" "$FIXED_PG"
  printf '\nstart %s s (median of %s; first start with migrations %s s), start CPU %s ms, RSS start/warm/load %s/%s/%s MB\n' \
    "$START_S" "$STARTS" "$FIRST_START_S" "$START_CPU_MEDIAN" "$RSS_START" "$RSS_WARM" "$RSS_LOAD"
  printf '\n%s\n' "$(sed -n '/^## Targets/,/^## Throughput/p' "$RESULTS" | sed '1d;$d')"
  log "results written to ${RESULTS#"$REPO"/} (total $TOTAL_S s)"
}
