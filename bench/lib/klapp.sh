# shellcheck shell=bash
# Sourced by bench/run: the KL-app batch (issue #14, target 5). POST /api/v1/integrations/kl-app/registrations:batch
# with a kl-app token (client credentials of the realm's kl-app client), KLAPP_ITEMS new registrations per batch:
# one warm-up batch of KLAPP_WARM_ITEMS, then KLAPP_BATCHES measured ones, each timed end to end with curl.

# A batch of $2 items, each a new valid registration: new KL-app id and student number, a research internship or an
# elective departing 300 days from today (far enough ahead for their registration rules), registered a minute ago.
klapp_batch_body() {  # $1: tag (distinct per batch), $2: items, $3: first student number
  jq -cn --arg tag "$1" --argjson n "$2" --argjson first "$3" \
    --arg dep "$(date -ud '+300 days' +%F)" --arg research_ret "$(date -ud '+468 days' +%F)" \
    --arg elective_ret "$(date -ud '+356 days' +%F)" --arg at "$(date -u -d '-1 minute' +%Y-%m-%dT%H:%M:%S.000000Z)" '{
    items: [range(0; $n) | ($first + .) as $s | {
      klAppId: "BENCH-\($tag)-\(.)", studentNumber: "\($s)", studentName: "KL Student \($s)",
      studentEmail: "kl\($s)@student.example.org", departureDate: $dep, registeredAt: $at} +
      (if . % 2 == 0
       then {placementType: "RESEARCH_INTERNSHIP", returnDate: $research_ret, discipline: "Global health",
             destination: {countryCode: "GH", city: "Kumasi", hostInstitution: "Komfo Anokye Teaching Hospital"}}
       else {placementType: "ELECTIVE_CLERKSHIP", returnDate: $elective_ret, discipline: "Paediatrics",
             destination: {countryCode: "SR", city: "Paramaribo", hostInstitution: "Academisch Ziekenhuis Paramaribo"}}
       end)]}'
}

# Posts a batch; sets KB_CODE, KB_MS (end to end) and KB_OUTCOMES ("CREATED 1000" ...), KB_CREATED, KB_OTHER.
klapp_post() {  # $1: body file, $2: result file
  local out
  out=$(curl -sS -o "$2" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $KLAPP_TOKEN" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary "@$1" \
    "$API/api/v1/integrations/kl-app/registrations:batch") || die "KL-app batch: no answer"
  KB_CODE=${out% *}
  KB_MS=$(awk -v s="${out#* }" 'BEGIN { printf "%.0f", s * 1000 }')
  [ "$KB_CODE" = 200 ] || { head -c 1000 "$2" >&2; echo >&2; die "KL-app batch answered $KB_CODE"; }
  KB_OUTCOMES=$(jq -r '[.results[].outcome] | group_by(.) | map("\(.[0]) \(length)") | join(", ")' "$2")
  KB_CREATED=$(jq '[.results[] | select(.outcome == "CREATED" and .status == 201)] | length' "$2")
  KB_OTHER=$(jq '[.results[] | select(.outcome != "CREATED" or .status != 201)] | length' "$2")
}

klapp_batches() {
  local i before after first
  KLAPP_TOKEN=$(curl -fsS -u kl-app:kl-app-local-secret -d grant_type=client_credentials "$TOKEN_URL" | jq -r .access_token)
  [ "$(jwt_claims "$KLAPP_TOKEN" | jq -r '.realm_access.roles | index("kl-app") != null')" = true ] \
    || die "the kl-app client's token carries no kl-app role"
  mkdir -p "$WORK/klapp"
  klapp_batch_body warm "$KLAPP_WARM_ITEMS" 600000000 >"$WORK/klapp/warm.json"
  klapp_post "$WORK/klapp/warm.json" "$WORK/klapp/warm-result.json"
  log "KL-app warm-up batch of $KLAPP_WARM_ITEMS: $KB_MS ms ($KB_OUTCOMES)"
  [ "$KB_OTHER" = 0 ] || log "  first refusal: $(jq -c '[.results[] | select(.outcome != "CREATED")][0]' "$WORK/klapp/warm-result.json" | head -c 400)"
  KLAPP_MS_LIST=""; KLAPP_SVC_LIST=""; KLAPP_PG_LIST=""; KLAPP_OUTCOMES=""; KLAPP_OTHER=0; KLAPP_CREATED=0
  for i in $(seq 1 "$KLAPP_BATCHES"); do
    first=$((600000000 + i * 100000))
    klapp_batch_body "$i" "$KLAPP_ITEMS" "$first" >"$WORK/klapp/batch-$i.json"
    before=$(cpu_snapshot)
    klapp_post "$WORK/klapp/batch-$i.json" "$WORK/klapp/result-$i.json"
    after=$(cpu_snapshot)
    read -r svc pg _ _ < <(cpu_usage "$before" "$after" "$KLAPP_ITEMS")
    KLAPP_MS_LIST+=" $KB_MS"; KLAPP_SVC_LIST+=" $svc"; KLAPP_PG_LIST+=" $pg"
    KLAPP_OUTCOMES+="${KLAPP_OUTCOMES:+; }$KB_OUTCOMES"
    KLAPP_OTHER=$((KLAPP_OTHER + KB_OTHER)); KLAPP_CREATED=$((KLAPP_CREATED + KB_CREATED))
    log "KL-app batch $i of $KLAPP_BATCHES: $KLAPP_ITEMS items in $KB_MS ms ($KB_OUTCOMES), service $svc µs and PostgreSQL $pg µs of CPU per item"
    [ "$KB_OTHER" = 0 ] || log "  first item not CREATED: $(jq -c '[.results[] | select(.outcome != "CREATED")][0]' "$WORK/klapp/result-$i.json" | head -c 400)"
  done
  KLAPP_MS=$(median <<<"$KLAPP_MS_LIST" | awk '{ printf "%.0f", $1 }')
  KLAPP_SVC=$(median <<<"$KLAPP_SVC_LIST" | awk '{ printf "%.0f", $1 }')
  KLAPP_PG=$(median <<<"$KLAPP_PG_LIST" | awk '{ printf "%.0f", $1 }')
}
