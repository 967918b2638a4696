#!/usr/bin/env bash
# What the browser tests (tests/PurePhysio.BrowserTests) need and a fresh Debian machine lacks:
# Debian's Chromium (Playwright drives it; it never downloads a browser of its own), a Java runtime
# and the Nu Html Checker (npm package vnu-jar). Quiet and quick when everything is present.
set -euo pipefail
cd "$(dirname "$0")/../.."

tools=tests/PurePhysio.BrowserTests/tools
chromium=${PUREPHYSIO_CHROMIUM:-/usr/bin/chromium}

missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "browser tests: installing ${missing[*]} from Debian's packages"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  echo "browser tests: installing the Nu Html Checker (npm vnu-jar)"
  # --ignore-scripts: vnu-jar's postinstall would fetch a Java runtime from outside the registries; Debian's is used.
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
