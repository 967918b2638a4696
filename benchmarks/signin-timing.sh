#!/usr/bin/env bash
# Sign-in timing: how long a refused sign-in post takes for a real staff address (wrong password) and for an
# address that is no account, so a difference (which would tell outsiders who is staff) shows. Runs a built app
# (default: a Release build of this tree) in Development, whose seeded demo Admin is the real address; posts
# alternate between the two addresses from one client with a fresh antiforgery token each; prints the median
# and the spread of the server's answer time as curl measures it, per address.
# Usage: benchmarks/signin-timing.sh [folder with PurePhysio.Web.dll] [posts per address]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."

app=${1:-}
posts=${2:-20}
port=5193
work=$(mktemp -d /tmp/purephysio-signin.XXXXXX)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ -z "$app" ]; then
  dotnet build src/PurePhysio.Web -c Release --nologo -v quiet >/dev/null
  app=src/PurePhysio.Web/bin/Release/net10.0
fi

# Lockout and rate limit out of the way: this measures the cost of one refused password check.
(cd "$app" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" Storage__DataPath="$work/data" \
  Admin__SignIn__MaxFailedAttempts=100 Admin__SignIn__RateLimitPermits=100000 \
  Serilog__MinimumLevel__Default=Warning exec dotnet PurePhysio.Web.dll >"$work/app.log" 2>&1) &
pid=$!
until curl -fso /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; done

post() { # $1: email, $2: password (default a wrong one) -> seconds
  local jar="$work/jar" page token
  rm -f "$jar"
  page=$(curl -s -c "$jar" "http://127.0.0.1:$port/admin/sign-in")
  token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' --data-urlencode "Email=$1" --data-urlencode "Password=${2:-not the right password}" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/admin/sign-in"
}

known="$work/known"; unknown="$work/unknown"
post admin@purephysio.example >/dev/null; post nobody@purephysio.example >/dev/null # warm-up, discarded
for i in $(seq "$posts"); do
  # A right password (not timed) every 4 wrong ones, so that no lockout (older builds lock the whole account
  # after 5, and then answer without hashing) changes which path is measured.
  [ $((i % 4)) -eq 0 ] && post admin@purephysio.example dev-only-admin-password >/dev/null
  post admin@purephysio.example >>"$known"
  post nobody@purephysio.example >>"$unknown"
done

summary() { sort -n "$1" | awk '{v[NR]=$1*1000} END {printf "median %.1f ms (min %.1f, max %.1f, n %d)\n", (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2), v[1], v[NR], NR}'; }
echo "real address, wrong password: $(summary "$known")"
echo "unknown address:              $(summary "$unknown")"
echo "load: $(uptime)"
