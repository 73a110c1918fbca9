# shellcheck shell=bash
# Sourced by bench/run: logging and the small helpers the other parts share (free ports, medians, /proc readings,
# psql, apt-get).

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# ------------------------------------------------------------------------------------------------ helpers
free_port() {
  local p
  for _ in $(seq 1 100); do
    p=$((20000 + RANDOM % 40000))
    if ! ss -Hltn "sport = :$p" 2>/dev/null | grep -q .; then echo "$p"; return 0; fi
  done
  return 1
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ms between two `date +%s%N` values
ms_between() { echo $((($2 - $1) / 1000000)); }

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

jwt_claims() { cut -d. -f2 <<<"$1" | tr '_-' '/+' | awk '{ while (length($0) % 4) $0 = $0 "="; print }' | base64 -d 2>/dev/null; }

psql_q() { psql -X -q -At -h /tmp -p "$PG_PORT" -U postgres -d placements -v ON_ERROR_STOP=1 -c "$1"; }

need() { command -v "$1" >/dev/null 2>&1; }

# CPU time in clock ticks: the service, PostgreSQL (postmaster and its children), this script's waited-for children
# (the load generators), and the whole machine (busy time of all CPUs).
CLK_TCK=$(getconf CLK_TCK)
ticks_of() { awk '{ t += $14 + $15 } END { print t + 0 }' "$@" 2>/dev/null || echo 0; }
svc_ticks() { ticks_of "/proc/$SERVICE_PID/stat"; }
pg_ticks() {
  local pm files=()
  pm=$(head -1 "$PG_DATA/postmaster.pid")
  for p in "$pm" $(pgrep -P "$pm"); do files+=("/proc/$p/stat"); done
  ticks_of "${files[@]}"
}
gen_ticks() { awk '{ print $16 + $17 }' "/proc/$$/stat"; }
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
cpu_snapshot() { echo "$(svc_ticks) $(pg_ticks) $(gen_ticks) $(busy_ticks) $(date +%s%N)"; }
# $1 $2: snapshots before and after, $3: requests. Prints: service µs/request, PostgreSQL µs/request,
# load generator share of the machine, other processes' share of the machine (percent).
cpu_usage() {
  awk -v a="$1" -v b="$2" -v n="$3" -v hz="$CLK_TCK" -v cpus="$(nproc)" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    svc = y[1] - x[1]; pg = y[2] - x[2]; gen = y[3] - x[3]; busy = y[4] - x[4]
    wall = (y[5] - x[5]) / 1e9 * hz * cpus
    other = busy - svc - pg - gen; if (other < 0) other = 0
    if (n > 0) { svc_us = svc * 1e6 / hz / n; pg_us = pg * 1e6 / hz / n } else { svc_us = 0; pg_us = 0 }
    printf "%.0f %.0f %.0f %.0f\n", svc_us, pg_us, 100 * gen / wall, 100 * other / wall
  }'
}

apt_install() {
  need apt-get || return 1
  log "installing $* (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1; }
}
