#!/usr/bin/env bash
# Page benchmark: wrk at 64 connections on loopback against a Release build of the site in Production
# (output cache on, then off) and against bare Kestrel writing the same bytes, in one run, so the
# ratio site/bare is comparable between machines. Prints requests/s, p99 and the ratios; also the
# time to the first page after a restart and the site's RSS after the load.
# Usage: benchmarks/pages.sh [path] [seconds]   (default /conditions/cervical-myelopathy, 15 s)
# SITE_ENV="NAME=value ..." adds environment variables to the site (runtime knobs, e.g. DOTNET_TieredPGO=0).
set -euo pipefail
cd "$(dirname "$0")/.."

path=${1:-/conditions/cervical-myelopathy}
seconds=${2:-15}
work=$(mktemp -d /tmp/purephysio-bench.XXXXXX)
site_port=5191
bare_port=5192
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi

echo "publishing Release builds to $work"
if [ -n "${PUREPHYSIO_BENCH_PUBLISHED:-}" ]; then
  # Re-use earlier Release builds (folder with site/ and bare/), e.g. to repeat a run on a quieter machine.
  cp -r "$PUREPHYSIO_BENCH_PUBLISHED/site" "$PUREPHYSIO_BENCH_PUBLISHED/bare" "$work/"
else
  # As docs/operations.md recommends: for the runtime, so ReadyToRun applies.
  dotnet publish src/PurePhysio.Web -c Release -r linux-x64 --self-contained false -o "$work/site" --nologo -v quiet >/dev/null
  dotnet publish benchmarks/PurePhysio.BareKestrel -c Release -o "$work/bare" --nologo -v quiet >/dev/null
fi

start_site() { # $1: output cache on (true/false)
  # shellcheck disable=SC2086 # SITE_ENV is a list of NAME=value words
  (cd "$work/site" && exec env ${SITE_ENV:-} ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
    Storage__DataPath="$work/data" Site__BaseUrl="http://127.0.0.1:$site_port" OutputCache__Enabled="$1" \
    ./PurePhysio.Web >>"$work/site.log" 2>&1) &
  site_pid=$!
  pids+=("$site_pid")
}

wait_for() { # $1: url, $2: pid of the server, $3: its log (optional); prints seconds until the first 200, or stops the run when it has exited or 120 s pass
  local started=$(date +%s.%N) deadline=$((SECONDS + 120))
  until curl -fso /dev/null "$1"; do
    if ! kill -0 "$2" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "no answer from $1" >&2; [ -n "${3:-}" ] && tail -n 20 "$3" >&2; exit 1
    fi
    sleep 0.02
  done
  echo "$(date +%s.%N) - $started" | bc
}

stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; }

# Resident memory in MB: RSS as ps shows it, and PSS (each page once: W^X maps JIT code twice, RSS counts it twice).
memory() { printf 'RSS %s MB, PSS %s MB' "$(( $(ps -o rss= -p "$site_pid") / 1024 ))" \
  "$(( $(awk '/^Pss:/ {print $2}' "/proc/$site_pid/smaps_rollup") / 1024 ))"; }

run_wrk() { # $1: label, $2: url -> "label rps p99ms"
  wrk -t2 -c64 -d"${seconds}s" --latency "$2" >/dev/null # warm-up run, same length, discarded
  local out; out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$2")
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%s %s %s %s\n' "$1" "$rps" "$p99" "${errors:-}"
}

# First start creates and seeds the database; the second is the restart that is timed.
start_site true; wait_for "http://127.0.0.1:$site_port/health" "$site_pid" "$work/site.log" >/dev/null; stop_site
start_site true
first_page=$(wait_for "http://127.0.0.1:$site_port$path" "$site_pid" "$work/site.log")
curl -fsS -D "$work/headers.txt" -o "$work/body.bin" "http://127.0.0.1:$site_port$path"
(cd "$work/bare" && exec ./PurePhysio.BareKestrel "$work/body.bin" "$work/headers.txt" "http://127.0.0.1:$bare_port" >/dev/null 2>&1) &
bare_pid=$!; pids+=("$bare_pid")
wait_for "http://127.0.0.1:$bare_port/" "$bare_pid" >/dev/null

results=()
results+=("$(run_wrk bare "http://127.0.0.1:$bare_port/")")
results+=("$(run_wrk cached "http://127.0.0.1:$site_port$path")")
mem_cached=$(memory)
stop_site
start_site false; wait_for "http://127.0.0.1:$site_port$path" "$site_pid" "$work/site.log" >/dev/null
results+=("$(run_wrk uncached "http://127.0.0.1:$site_port$path")")
mem_uncached=$(memory)
stop_site
results+=("$(run_wrk bare-again "http://127.0.0.1:$bare_port/")")

bare_rps=$(awk '{print $2}' <<<"${results[0]}")
echo
echo "page: $path ($(stat -c %s "$work/body.bin") bytes), wrk -t2 -c64 -d${seconds}s, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-11s %12s %10s %8s  %s\n' target requests/s p99_ms ratio notes
for line in "${results[@]}"; do
  read -r label rps p99 notes <<<"$line"
  printf '%-11s %12s %10s %8.3f  %s\n' "$label" "$rps" "$p99" "$(echo "$rps / $bare_rps" | bc -l)" "${notes:-}"
done
echo "site environment: ${SITE_ENV:-(defaults)}"
echo "first page after restart: ${first_page}s; memory after load: cached ${mem_cached}; uncached ${mem_uncached}"
echo "request log lines written: $(grep -c 'HTTP GET' "$work/site.log" || true)"
