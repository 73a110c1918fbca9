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

# The deadline-day figures for results.md: the target's verdict and the instances a larger university would need.
INSTANCE_CPUS=2        # CPUs of one instance of the service, for the instances line
INSTANCE_BUSY=0.7      # the share of them it may use at the peak
dd_figures() {
  if [ -n "$DD_SKIP" ] || [ -z "$DD_RESULT" ]; then
    DD_MET="not measured"; DD_TARGET_MEASURED="not measured (${DD_SKIP:-no result})"; return 0
  fi
  local dd_ok
  DD_EXPECT_CONFIRMED=$(( DD_SIGNUPS < DD_CAPACITY ? DD_SIGNUPS : DD_CAPACITY ))
  dd_ok=$(( DD_ERRS == 0 && DD_CONFIRMED == DD_EXPECT_CONFIRMED && DD_WAITLISTED == DD_SIGNUPS - DD_EXPECT_CONFIRMED \
            && ${DD_ON_TIME% *} == DD_STUDENTS ))
  DD_MET=$(met "$dd_ok")
  DD_TARGET_MEASURED="$DD_ERRS errors in $DD_REQS requests; p99 $(jq -r '"register \(.register.p99) ms, staff page \(.page.p99) ms, sign-up \(.signup.p99) ms"' "$DD_RESULT"); $DD_CONFIRMED confirmed + $DD_WAITLISTED waitlisted of $DD_SIGNUPS sign-ups for $DD_CAPACITY seats"
  # Requests/s of the scenario as run, and what one instance serves at INSTANCE_BUSY of INSTANCE_CPUS.
  DD_RPS=$(awk -v n="$DD_REQS" -v s="$DD_SECONDS" 'BEGIN { printf "%.1f", n / s }')
  DD_PER_INSTANCE=$(awk -v us="$DD_SVC" -v c="$INSTANCE_CPUS" -v b="$INSTANCE_BUSY" 'BEGIN { if (us > 0) printf "%.0f", c * b * 1e6 / us; else print 0 }')
  DD_INSTANCES=""
  for n in 1 10 50; do
    DD_INSTANCES+="${DD_INSTANCES:+, }$n× → $(awk -v n="$n" -v r="$DD_RPS" -v per="$DD_PER_INSTANCE" 'BEGIN { x = (per > 0) ? n * r / per : 0; i = int(x); if (i < x) i++; if (i < 1) i = 1; print i }')"
  done
  DD_PG_CORES_AT=$(awk -v r="$DD_RPS" -v us="$DD_PG" 'BEGIN { printf "%.2f", r * us / 1e6 }')
}

write_results() {
  REF=${RPS[live]}
  R_DEADLINES=$(ratio "${RPS[deadlines]}" "$REF")
  R_BYID=$(ratio "${RPS[byid]}" "$REF")
  START_S=$(awk -v ms="$START_MS_SEEDED" 'BEGIN { printf "%.2f", ms / 1000 }')
  FIRST_START_S=$(awk -v ms="$FIRST_START_MS" 'BEGIN { printf "%.2f", ms / 1000 }')
  RSS_MAX=$(( RSS_WARM > RSS_LOAD ? RSS_WARM : RSS_LOAD ))
  if [ "$FIXED_P99" = "n/a" ]; then FIXED_MET="not measured"; else FIXED_MET=$(met "$(lt "$FIXED_P99" 20)"); fi
  KLAPP_S=$(awk -v ms="$KLAPP_MS" 'BEGIN { printf "%.2f", ms / 1000 }')
  KLAPP_MET=$(met "$(( $(lt "$KLAPP_MS" 2000) && KLAPP_OTHER == 0 ))")
  dd_figures

  if [ -n "$JAVA_OPTS_BENCH" ]; then jvm_note="JVM options from BENCH_JAVA_OPTS"; else jvm_note="no JVM options"; fi
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
    echo "The service ran in its production profile (\`java ${JAVA_OPTS_BENCH:+$JAVA_OPTS_BENCH }-jar target/quarkus-app/quarkus-run.jar\`, $jvm_note),"
    echo "against PostgreSQL and Keycloak on the same machine; the load generators ran there too, over loopback, so the"
    echo "service, PostgreSQL and the load generator share the CPUs. Compare ratios within one run, not absolute figures across machines."
    echo "The service, PostgreSQL and the load generators ran at nice $NICE (BENCH_NICE), ahead of other work on the machine."
    echo
    echo "## Targets"
    echo
    echo "The targets of issue #14, numbered as there. RSS is read after all the load (the rounds, the fixed rate, the KL-app"
    echo "batches and the deadline day); CPU per request is the service's own, from \`/proc\`."
    echo
    echo "| target | measured | result |"
    echo "|---|---|---|"
    echo "| 1. placement by id with student1's token ≥ 0.25 × reference req/s | $R_BYID × (${RPS[byid]} vs ${RPS[live]} req/s) | $(met "$(ge "$R_BYID" 0.25)") |"
    echo "| 2. deadlines ≥ 0.8 × reference req/s | $R_DEADLINES × (${RPS[deadlines]} vs ${RPS[live]} req/s) | $(met "$(ge "$R_DEADLINES" 0.8)") |"
    echo "| 3. start < 1 s (process start to first ready /q/health/ready, median of $STARTS on the seeded database) | $START_S s | $(met "$(lt "$START_MS_SEEDED" 1000)") |"
    echo "| 3. first start on an empty database (Flyway creates the schema; reported, no target) | $FIRST_START_S s | – |"
    echo "| 4. RSS < 300 MB after the load ($jvm_note) | $RSS_LOAD MB (after warm-up $RSS_WARM MB) | $(met "$(lt "$RSS_LOAD" 300)") |"
    echo "| 5. POST /api/v1/placements ≤ 500 µs of service CPU per request | ${SVC_US[create]} µs | $(met "$(( ! $(lt 500 "${SVC_US[create]}") ))") |"
    echo "| 5. event sign-up ≤ 500 µs of service CPU per request | ${SVC_US[signup]} µs | $(met "$(( ! $(lt 500 "${SVC_US[signup]}") ))") |"
    echo "| 5. KL-app batch of $KLAPP_ITEMS new registrations < 2 s, every item CREATED (median of $KLAPP_BATCHES) | $KLAPP_S s ($(echo $KLAPP_MS_LIST | sed 's/ / \/ /g') ms); $KLAPP_CREATED of $((KLAPP_ITEMS * KLAPP_BATCHES)) items CREATED, $KLAPP_OTHER other; service $KLAPP_SVC µs per item | $KLAPP_MET |"
    echo "| 6. filtered page p99 < 20 ms at $RATE req/s on $N_PLACEMENTS placements | p99 $FIXED_P99 ms (p50 $FIXED_P50 ms) | $FIXED_MET |"
    echo "| 7. deadline day: zero errors, p99 per operation (below) | $DD_TARGET_MEASURED | $DD_MET |"
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
    echo "- POST /api/v1/placements: each request a new registration (new student number, 5 placement types, departures in 2027); $CREATED_PLACEMENTS placements created during the whole run (check, warm-up, measurement, KL-app batches, deadline day)."
    echo "- Sign-ups: all connections sign up for the same large event (capacity 1000) until 1200 have, then the next one; outcome of the measured rounds: $SIGNUP_MIX."
    echo
    echo "## KL-app batch"
    echo
    echo "\`POST /api/v1/integrations/kl-app/registrations:batch\` with a token of the realm's \`kl-app\` client (client credentials,"
    echo "role \`kl-app\`), timed end to end with curl (request sent to answer read), after the rounds, on the warm service: one"
    echo "warm-up batch of $KLAPP_WARM_ITEMS items, then $KLAPP_BATCHES batches of $KLAPP_ITEMS. Every item is a new valid registration (new KL-app"
    echo "id and student number, a research internship or an elective departing 300 days ahead, registered a minute before),"
    echo "so every item should be \`CREATED\` (status 201); any other outcome is counted."
    echo
    echo "| batch | time | outcomes | service CPU µs/item | PostgreSQL CPU µs/item |"
    echo "|---|---:|---|---:|---:|"
    paste -d'|' <(tr ' ' '\n' <<<"${KLAPP_MS_LIST# }") <(tr ';' '\n' <<<"$KLAPP_OUTCOMES" | sed 's/^ //') \
        <(tr ' ' '\n' <<<"${KLAPP_SVC_LIST# }") <(tr ' ' '\n' <<<"${KLAPP_PG_LIST# }") \
      | awk -F'|' '{ printf "| %d | %s ms | %s | %s | %s |\n", NR, $1, $2, $3, $4 }'
    echo "| median | $KLAPP_MS ms | $KLAPP_OTHER items not CREATED in all | $KLAPP_SVC | $KLAPP_PG |"
    echo
    echo "## Deadline day"
    echo
    if [ -n "$DD_SKIP" ] || [ -z "$DD_RESULT" ]; then
      echo "Not measured: ${DD_SKIP:-no result}."
    else
      echo "$DD_STUDENTS students register in the last hour before a cutoff while staff page through lists, and $DD_SIGNUPS students sign up"
      echo "for a tropical course evening in the first minute it opens; run by \`bench/deadline-day.js\` after the KL-app batches."
      echo
      echo "- **Students with their own tokens.** $DD_STUDENTS Keycloak users (\`dd$((DD_FIRST_NUMBER + 1))\` …, role \`student\`, attribute"
      echo "  \`student_number\` mapped into the token like student1's), created in one partial import ($DD_IMPORT_MS ms) before the service"
      echo "  started; one password grant each on \`placements-frontend\` ($DD_TOKENS_MS ms, $DD_TOKEN_PARALLEL at a time). The realm's password"
      echo "  hashing is set to one PBKDF2 iteration for this (Keycloak's cost, not the service's). Each student registers one placement"
      echo "  for themself (\`POST /api/v1/placements\`, no student number in the body: it comes from the token)."
      echo "- **On the cutoff day.** The departures are chosen, with the service's own calculator (\`GET /api/v1/deadlines\`), so that"
      echo "  today ($DD_TODAY, Europe/Amsterdam) is the registration cutoff: every registration is on time on the last day it can be"
      echo "  ($DD_TYPES). "The last hour" is the load shape, not the clock: the cutoff is the end of today, whatever the hour."
      echo "- **Time compressed.** The $DD_STUDENTS registrations are spread evenly over $DD_WINDOW s ($(jq -r .register.rate "$DD_RESULT")/s, an hour compressed"
      echo "  $((3600 / DD_WINDOW))×); staff page at a steady $DD_PAGE_RATE req/s for the same $DD_WINDOW s, through the newest registrations and one"
      echo "  type's upcoming departures (50 a page, pages 0-9); $DD_WINDOW × 2/5 = $DD_SIGNUP_AT s in, the course evening opens (created by staff"
      echo "  through the API, $DD_CAPACITY seats) and the first $DD_SIGNUPS of the same students sign up for it within $DD_SIGNUP_WINDOW s"
      echo "  (a minute compressed $((60 / DD_SIGNUP_WINDOW))×), each with their own token and an empty body."
      echo "- **Latency** is measured from the moment a request was due by its schedule to the end of its answer, so a service"
      echo "  that falls behind shows it. **Errors**: any answer but 201 (registration, sign-up: \`WAITLISTED\` is a 201 too) or 200"
      echo "  (page), and any request without an answer."
      echo
      echo "| operation | requests | rate/s | p50 ms | p90 ms | p99 ms | max ms | status codes | errors |"
      echo "|---|---:|---:|---:|---:|---:|---:|---|---:|"
      for op in register page signup; do
        case $op in register) name="register (student token, POST /api/v1/placements)" ;;
                    page) name="staff page (GET /api/v1/placements, 50 a page)" ;;
                    signup) name="sign-up (student token, POST .../registrations)" ;; esac
        jq -r --arg name "$name" ".$op | \"| \(\$name) | \(.requests) | \(.rate) | \(.p50) | \(.p90) | \(.p99) | \(.max) | \(.statuses | to_entries | map(\"\(.key): \(.value)\") | join(\", \")) | \(.errors) |\"" "$DD_RESULT"
      done
      echo "| all | $DD_REQS | $DD_RPS | – | – | – | – | $DD_SECONDS s from the first request to the last answer | $DD_ERRS |"
      echo
      if [ "$DD_ERRS" != 0 ]; then
        echo "- The first errors of each operation (status, request, answer):"
        jq -r '[.register, .page, .signup][] | .failures[:3][]' "$DD_RESULT" | sed 's/^/  - `/; s/$/`/'
      fi
      echo "- Sign-ups: $DD_CONFIRMED \`CONFIRMED\`, $DD_WAITLISTED \`WAITLISTED\` (expected $DD_EXPECT_CONFIRMED and $((DD_SIGNUPS - DD_EXPECT_CONFIRMED))), as the event reports them after the burst."
      echo "- Registrations: ${DD_ON_TIME% *} of ${DD_ON_TIME#* } placements of these students are stored on time with today as their cutoff."
      echo "- CPU per request over the whole scenario (all three operations): service $DD_SVC µs, PostgreSQL $DD_PG µs; the service"
      echo "  used $DD_SVC_CORES and PostgreSQL $DD_PG_CORES CPUs on average; other processes $DD_OTHER% of the machine."
      echo "- **Instances.** At $DD_SVC µs of service CPU per request of this mix, one instance with $INSTANCE_CPUS CPUs kept at most"
      echo "  $(awk -v b="$INSTANCE_BUSY" 'BEGIN { printf "%d", b * 100 }') % busy serves about $DD_PER_INSTANCE req/s. This scenario ran at $DD_RPS req/s; a university with N times that load"
      echo "  needs ceil(N × $DD_RPS / $DD_PER_INSTANCE) instances: $DD_INSTANCES. Assumptions: CPU per request stays as measured"
      echo "  (no new contention at a larger scale), the load spreads evenly over the instances, and PostgreSQL runs on its own"
      echo "  server, which needs about N × $DD_PG_CORES_AT CPUs for the database work ($DD_PG µs per request) and does not scale with the instances."
    fi
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
    echo "| first start on an empty database (Flyway creates the schema) | $FIRST_START_MS ms |"
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
  printf 'KL-app batch of %s: median %s ms (%s ms), %s items not CREATED, service %s µs/item\n' "$KLAPP_ITEMS" "$KLAPP_MS" \
    "$(echo $KLAPP_MS_LIST | sed 's/ / \/ /g')" "$KLAPP_OTHER" "$KLAPP_SVC"
  if [ -n "$DD_RESULT" ]; then
    printf 'deadline day: %s requests, %s errors; p99 register %s ms, page %s ms, sign-up %s ms; %s confirmed, %s waitlisted; service %s µs, PostgreSQL %s µs per request\n' \
      "$DD_REQS" "$DD_ERRS" "$(jq -r .register.p99 "$DD_RESULT")" "$(jq -r .page.p99 "$DD_RESULT")" "$(jq -r .signup.p99 "$DD_RESULT")" \
      "$DD_CONFIRMED" "$DD_WAITLISTED" "$DD_SVC" "$DD_PG"
  fi
  printf '\n%s\n' "$(sed -n '/^## Targets/,/^## Throughput/p' "$RESULTS" | sed '1d;$d')"
  log "results written to ${RESULTS#"$REPO"/} (total $TOTAL_S s)"
}
