# shellcheck shell=bash
# Sourced by bench/run: the deadline-day scenario (issue #14, target 7). DD_STUDENTS students, each a real Keycloak
# user with their own student number, register a placement with their own token, evenly spread over DD_WINDOW
# seconds, while staff page through lists at DD_PAGE_RATE requests/s and DD_SIGNUPS of the same students sign up
# for one tropical course evening (capacity DD_CAPACITY) within DD_SIGNUP_WINDOW seconds of each other.
# The load itself is bench/deadline-day.js (node); without node the scenario is skipped.

# The students: created in Keycloak in one partial import, then one password grant each (curl --parallel).
# Password hashing is made cheap for this realm first (hashIterations(1)): Keycloak's default of 210 000 PBKDF2
# iterations would cost minutes for a few thousand users, and it is not what the service is measured on.
dd_prepare_students() {
  DD_SKIP=""
  if ! need node; then DD_SKIP="node is missing"; log "node unavailable: the deadline-day scenario will be skipped"; return 0; fi
  local t users n ok
  t=$(date +%s%N)
  log "deadline day: creating $DD_STUDENTS student users in Keycloak (partial import) and a token for each"
  ADMIN_TOKEN=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin \
    --data-urlencode "password=$KC_ADMIN_PASSWORD" "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token)
  curl -fsS -X PUT -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"passwordPolicy": "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"}' \
    "$KC_URL/admin/realms/placements" || die "could not set the realm's password policy"
  mkdir -p "$WORK/dday"
  TOKEN_URL="$REALM_URL/protocol/openid-connect/token"
  DD_PASSWORD="dd-$RANDOM$RANDOM"
  users="$WORK/dday/users.json"
  # Student numbers DD_FIRST_NUMBER + 1 .. + DD_STUDENTS: none of them in the seeded data (1000001..1010000) or
  # the numbers the wrk scripts use (from 200000000).
  jq -n --argjson n "$DD_STUDENTS" --argjson first "$DD_FIRST_NUMBER" --arg pw "$DD_PASSWORD" '{
      ifResourceExists: "FAIL",
      users: [range(1; $n + 1) | ($first + .) as $s | {
        username: "dd\($s)", enabled: true, emailVerified: true,
        email: "dd\($s)@student.example.org", firstName: "Deadline", lastName: "Student \($s)",
        attributes: {student_number: ["\($s)"]}, realmRoles: ["student"],
        credentials: [{type: "password", value: $pw, temporary: false}]}]}' >"$users"
  n=$(curl -fsS -X POST -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
        --data-binary "@$users" "$KC_URL/admin/realms/placements/partialImport" | jq -r .added) \
    || die "the partial import of the deadline-day students failed"
  [ "$n" = "$DD_STUDENTS" ] || die "Keycloak added $n of $DD_STUDENTS deadline-day students"
  DD_IMPORT_MS=$(ms_between "$t" "$(date +%s%N)")
  log "  $DD_STUDENTS users imported in $DD_IMPORT_MS ms"

  # One password grant per student; curl runs DD_TOKEN_PARALLEL at a time, each answer to its own file.
  t=$(date +%s%N)
  mkdir -p "$WORK/dday/grants"
  for i in $(seq 1 "$DD_STUDENTS"); do
    s=$((DD_FIRST_NUMBER + i))
    printf 'url = "%s"\ndata = "grant_type=password&client_id=placements-frontend&username=dd%s&password=%s"\noutput = "%s/dday/grants/%05d.json"\nnext\n' \
      "$TOKEN_URL" "$s" "$DD_PASSWORD" "$WORK" "$i"
  done | sed '$d' >"$WORK/dday/grants.curl"   # no "next" after the last one
  curl -sS -Z --parallel-max "$DD_TOKEN_PARALLEL" -K "$WORK/dday/grants.curl" 2>"$LOGS/dday-grants.err" \
    || die "the password grants of the deadline-day students failed (see $LOGS/dday-grants.err)"
  for f in "$WORK"/dday/grants/*.json; do jq -r '.access_token // "none"' "$f"; done >"$WORK/dday/tokens.txt"
  ok=$(grep -vc '^none$' "$WORK/dday/tokens.txt" || true)
  [ "$ok" = "$DD_STUDENTS" ] || { head -c 600 "$(grep -l error "$WORK"/dday/grants/*.json | head -1)" >&2; die "$ok of $DD_STUDENTS tokens"; }
  DD_TOKENS_MS=$(ms_between "$t" "$(date +%s%N)")
  claims=$(jwt_claims "$(head -1 "$WORK/dday/tokens.txt")")
  [ "$(jq -r .student_number <<<"$claims")" = "$((DD_FIRST_NUMBER + 1))" ] || die "no student_number claim in the token of dd$((DD_FIRST_NUMBER + 1))"
  log "  their tokens in $DD_TOKENS_MS ms (claims: student_number $(jq -r .student_number <<<"$claims"), name \"$(jq -r .name <<<"$claims")\", roles $(jq -c .realm_access.roles <<<"$claims"))"
}

# The registrations: departures for which today (Europe/Amsterdam) is the registration cutoff, asked of the service's
# own public calculator, so that every registration is on time on the last day it can be.
dd_plan_registrations() {
  local today type days weeks est dep probe cutoff left found body code check=90000100
  DD_TYPES=""
  : >"$WORK/dday/templates.txt"
  # type, whole weeks of the placement (within the type's duration rule), destination, discipline
  while IFS='|' read -r type weeks dest discipline; do
    probe=$(curl -fsS "$API/api/v1/deadlines?placementType=$type&departureDate=2028-06-01") || die "deadlines for $type"
    today=$(jq -r '.[0].today // empty' <<<"$probe")
    cutoff=$(jq -r '.[0].registrationCutoff // empty' <<<"$probe")
    if [ -z "$cutoff" ] || [ -z "$today" ]; then continue; fi   # no registration rule: no cutoff to meet
    # departure - cutoff is the lead time in days near that date; the cutoff day is within a few days of it.
    est=$(( ($(date -ud 2028-06-01 +%s) - $(date -ud "$cutoff" +%s)) / 86400 ))
    found=""
    for days in $(seq $((est - 4)) $((est + 4))); do
      dep=$(date -ud "$today + $days days" +%F)
      left=$(curl -fsS "$API/api/v1/deadlines?placementType=$type&departureDate=$dep" | jq -r '.[0].daysRemaining')
      if [ "$left" = 0 ]; then found=$dep; break; fi
    done
    [ -n "$found" ] || continue
    body=$(jq -cn --arg type "$type" --arg dep "$found" --arg ret "$(date -ud "$found + $((weeks * 7)) days" +%F)" \
      --argjson dest "$dest" --arg discipline "$discipline" \
      '{placementType: $type, destination: $dest, departureDate: $dep, returnDate: $ret, discipline: $discipline}')
    # One registration of it by staff for a student of its own first: a template the service refuses is left out.
    check=$((check + 1))
    code=$(curl -s -o "$LOGS/check.json" -w '%{http_code}' -H "Authorization: Bearer $STAFF_TOKEN" \
      -H 'Content-Type: application/json' -H 'Accept: application/json' \
      -d "$(jq -c --arg s "$check" '. + {studentNumber: $s, studentName: "Check Student", studentEmail: "check\($s)@student.example.org"}' <<<"$body")" \
      "$API/api/v1/placements")
    if [ "$code" != 201 ]; then log "  $type departing $found refused ($code), left out: $(head -c 300 "$LOGS/check.json")"; continue; fi
    echo "$body" >>"$WORK/dday/templates.txt"
    DD_TYPES+="${DD_TYPES:+, }$type departing $found"
  done <<'EOF'
GP_CLERKSHIP|8|{"countryCode":"AW","city":"Oranjestad","hostInstitution":"Huisartsenpraktijk Noord"}|General practice
RESEARCH_INTERNSHIP|24|{"countryCode":"GH","city":"Kumasi","hostInstitution":"Komfo Anokye Teaching Hospital"}|Infectious diseases
SOCIAL_MEDICINE_CLERKSHIP|4|{"countryCode":"SR","city":"Paramaribo","hostInstitution":"Academisch Ziekenhuis Paramaribo"}|Public health
CLINICAL_CLERKSHIP|8|{"countryCode":"TZ","city":"Moshi","hostInstitution":"Kilimanjaro Christian Medical Centre"}|Internal medicine
SENIOR_CLERKSHIP|10|{"countryCode":"ZA","city":"Cape Town","hostInstitution":"Groote Schuur Hospital"}|Surgery
EOF
  [ -s "$WORK/dday/templates.txt" ] || die "no placement type has a registration cutoff that falls today"
  DD_TODAY=$today
  # Student i registers template i mod the number of templates.
  awk 'NR == FNR { t[n++] = $0; next } END { for (i = 0; i < count; i++) print t[i % n] }' count="$DD_STUDENTS" \
    "$WORK/dday/templates.txt" /dev/null >"$WORK/dday/bodies.txt"
  log "  registrations on their cutoff day: $DD_TYPES"
}

# A tropical course evening that opens now (created by staff through the API), with DD_CAPACITY seats.
dd_open_event() {
  local body start
  start=$(date -d '+120 days' +%F)
  body=$(jq -cn --arg s "${start}T19:00" --arg e "${start}T21:00" --argjson c "$DD_CAPACITY" \
    '{kind: "TROPICAL_COURSE_SESSION", title: "Tropencursus: opening evening", start: $s, end: $e,
      location: "Lecture hall 2", capacity: $c}')
  expect 201 POST "$API/api/v1/preparation-events" "$STAFF_TOKEN" "$body"
  DD_EVENT=$(jq -r .id "$LOGS/check.json")
}

deadline_day() {
  DD_RESULT=""
  [ -z "$DD_SKIP" ] || return 0
  dd_plan_registrations
  dd_open_event
  # Staff page through the newest registrations and through one type's upcoming departures, 50 a page.
  for p in $(seq 0 9); do
    echo "/api/v1/placements?status=REGISTERED&sort=-registeredAt&size=50&page=$p"
    echo "/api/v1/placements?placementType=GP_CLERKSHIP&departureFrom=$DD_TODAY&sort=departureDate&size=50&page=$p"
  done >"$WORK/dday/pages.txt"
  log "deadline day: $DD_STUDENTS registrations over ${DD_WINDOW} s, staff paging at $DD_PAGE_RATE req/s, $DD_SIGNUPS sign-ups for event $DD_EVENT (capacity $DD_CAPACITY) within ${DD_SIGNUP_WINDOW} s from ${DD_SIGNUP_AT} s"
  local before after
  before=$(cpu_snapshot)
  DD_API="$API" DD_TOKENS="$WORK/dday/tokens.txt" DD_BODIES="$WORK/dday/bodies.txt" DD_WINDOW="$DD_WINDOW" \
    DD_STAFF_TOKEN="$STAFF_TOKEN" DD_PAGE_PATHS="$WORK/dday/pages.txt" DD_PAGE_RATE="$DD_PAGE_RATE" DD_EVENT="$DD_EVENT" \
    DD_SIGNUPS="$DD_SIGNUPS" DD_SIGNUP_AT="$DD_SIGNUP_AT" DD_SIGNUP_WINDOW="$DD_SIGNUP_WINDOW" \
    nice -n "$NICE" node "$BENCH_DIR/deadline-day.js" >"$LOGS/deadline-day.json" 2>"$LOGS/deadline-day.err" \
    || { cat "$LOGS/deadline-day.err" >&2; die "the deadline-day load (bench/deadline-day.js)"; }
  after=$(cpu_snapshot)
  DD_RESULT="$LOGS/deadline-day.json"
  DD_REQS=$(jq '.register.requests + .page.requests + .signup.requests' "$DD_RESULT")
  DD_ERRS=$(jq '.register.errors + .page.errors + .signup.errors' "$DD_RESULT")
  DD_SECONDS=$(jq -r .seconds "$DD_RESULT")
  read -r DD_SVC DD_PG DD_GEN DD_OTHER < <(cpu_usage "$before" "$after" "$DD_REQS")
  # Cores in use during the scenario: CPU seconds over wall seconds.
  read -r DD_SVC_CORES DD_PG_CORES < <(awk -v a="$before" -v b="$after" -v hz="$CLK_TCK" 'BEGIN {
    split(a, x, " "); split(b, y, " "); wall = (y[5] - x[5]) / 1e9
    printf "%.2f %.2f\n", (y[1] - x[1]) / hz / wall, (y[2] - x[2]) / hz / wall }')
  expect 200 GET "$API/api/v1/preparation-events/$DD_EVENT" "$STAFF_TOKEN"
  DD_CONFIRMED=$(jq -r .confirmed "$LOGS/check.json"); DD_WAITLISTED=$(jq -r .waitlisted "$LOGS/check.json")
  DD_ON_TIME=$(psql_q "select count(*) filter (where not late and registration_cutoff = date '$DD_TODAY'), count(*) from placement where case when student_number ~ '^[0-9]{1,18}\$' then student_number::bigint end between $((DD_FIRST_NUMBER + 1)) and $((DD_FIRST_NUMBER + DD_STUDENTS))" | tr '|' ' ')
  for op in register page signup; do
    log "  $op: $(jq -r ".$op | \"\(.requests) requests at \(.rate)/s, p50 \(.p50) ms, p99 \(.p99) ms, errors \(.errors), statuses \(.statuses | tostring)\"" "$DD_RESULT")"
    jq -r ".$op.failures[]" "$DD_RESULT" | head -3 | while read -r f; do log "    $f"; done
  done
  log "  service $DD_SVC µs, PostgreSQL $DD_PG µs of CPU per request; event: $DD_CONFIRMED confirmed, $DD_WAITLISTED waitlisted; placements on time on their cutoff day / all: ${DD_ON_TIME/ / \/ }"
}
