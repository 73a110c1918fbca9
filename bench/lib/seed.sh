# shellcheck shell=bash
# Sourced by bench/run: seeding the migrated database with bench/seed.sql, counting what it made, and looking up the
# placement of student1 and the large events the load uses.

# ------------------------------------------------------------------------------------------------ seed
seed_database() {
  log "seeding (bench/seed.sql)"
  t=$(date +%s%N)
  psql -X -q -h /tmp -p "$PG_PORT" -U postgres -d placements -v ON_ERROR_STOP=1 -f "$BENCH_DIR/seed.sql" \
    >"$LOGS/seed.log" 2>&1 || { tail -20 "$LOGS/seed.log" >&2; die "seeding"; }
  SEED_S=$(awk -v ms="$(ms_between "$t" "$(date +%s%N)")" 'BEGIN { printf "%.1f", ms / 1000 }')
  N_STUDENTS=$(psql_q "select count(*) from student")
  N_PLACEMENTS=$(psql_q "select count(*) from placement")
  N_HISTORY=$(psql_q "select count(*) from placement_history")
  N_EVENTS=$(psql_q "select count(*) from preparation_event")
  N_EVENT_REGS=$(psql_q "select count(*) from event_registration")
  log "seeded in $SEED_S s: $N_STUDENTS students, $N_PLACEMENTS placements, $N_EVENTS events, $N_EVENT_REGS sign-ups"

  STUDENT_PLACEMENT_ID=$(psql_q "select id from placement where student_number = '1000001' order by departure_date desc limit 1")
  [ -n "$STUDENT_PLACEMENT_ID" ] || die "student1 (1000001) has no placement"
  read -r EVENT_FIRST EVENT_COUNT < <(psql_q "select min(id), count(*) from preparation_event where location = 'Aula' and capacity = 1000" | tr '|' ' ')
  [ "${EVENT_COUNT:-0}" -ge 20 ] || die "the large events for the sign-up load are missing"
  WARM_EVENT_FIRST=$EVENT_FIRST
  MEASURE_EVENT_FIRST=$((EVENT_FIRST + 10))
  MEASURE_EVENT_LAST=$((EVENT_FIRST + EVENT_COUNT - 1))
}
