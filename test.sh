#!/usr/bin/env bash
# Runs every test in the solution: unit, integration (real SQLite, real SMTP on 127.0.0.1) and browser.
# Whatever the tests need and the machine lacks is installed first (see scripts/).
set -euo pipefail
cd "$(dirname "$0")"

for prerequisite in scripts/test-prerequisites/*.sh; do
  [ -e "$prerequisite" ] && bash "$prerequisite"
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test PurePhysio.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line over all test projects, e.g. "tests: 120 passed, 0 failed".
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     } END { if (p + f > 0) printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
