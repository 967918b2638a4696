#!/usr/bin/env bash
# First page after a restart: the site against the smallest app on its stack (benchmarks/PurePhysio.StackFloor:
# MVC, one Razor view, one EF Core SQLite query), both Release with ReadyToRun, on existing databases, restarted
# in turns. Prints, per restart, seconds from the process start to listening and to the first condition page,
# and the RSS then; then the medians. Usage: benchmarks/startup-floor.sh [restarts]   (default 5)
# STARTUP_PUBLISHED=<folder with site/ and floor/> re-uses earlier builds.
set -euo pipefail
cd "$(dirname "$0")/.."

restarts=${1:-5}
work=$(mktemp -d /tmp/purephysio-floor.XXXXXX)
port=5193
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "${STARTUP_PUBLISHED:-}" ]; then
  cp -r "$STARTUP_PUBLISHED/site" "$STARTUP_PUBLISHED/floor" "$work/"
else
  echo "publishing Release builds (ReadyToRun) to $work"
  dotnet publish src/PurePhysio.Web -c Release -r linux-x64 --self-contained false -o "$work/site" --nologo -v quiet >/dev/null
  dotnet publish benchmarks/PurePhysio.StackFloor -c Release -r linux-x64 --self-contained false -o "$work/floor" --nologo -v quiet >/dev/null
fi

start() { # $1: site|floor
  if [ "$1" = site ]; then
    (cd "$work/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Storage__DataPath="$work/data" Site__BaseUrl="http://127.0.0.1:$port" ./PurePhysio.Web >>"$work/site.log" 2>&1) &
  else
    (cd "$work/floor" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ./PurePhysio.StackFloor "$work/floor.db" >>"$work/floor.log" 2>&1) &
  fi
  pid=$!
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

wait_page() {
  local deadline=$((SECONDS + 120))
  until curl -fso /dev/null "http://127.0.0.1:$port/conditions/cervical-myelopathy"; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then echo "no page; see $work/*.log" >&2; exit 1; fi
    sleep 0.01
  done
}

# First starts create and seed the databases; they are not timed.
for app in site floor; do start $app; wait_page; stop; done

results=()
for i in $(seq 1 "$restarts"); do
  for app in site floor; do
    sync; sleep 1
    started=$(date +%s.%N)
    start $app
    until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do sleep 0.005; done
    listening=$(date +%s.%N)
    wait_page
    served=$(date +%s.%N)
    rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
    stop
    line=$(printf '%s %.2f %.2f %s' "$app" "$(echo "$listening - $started" | bc)" "$(echo "$served - $started" | bc)" "$rss")
    echo "restart $i: $line"
    results+=("$line")
  done
done

echo
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); medians of $restarts restarts:"
printf '%-6s %14s %16s %8s\n' app listening_s first_page_s rss_mb
for app in site floor; do
  printf '%s\n' "${results[@]}" | awk -v app="$app" '$1 == app' | sort -k3 -n | awk -v n="$restarts" '
    { l[NR] = $2; p[NR] = $3; r[NR] = $4; a = $1 }
    END { m = int((n + 1) / 2); printf "%-6s %14s %16s %8s\n", a, l[m], p[m], r[m] }'
done
