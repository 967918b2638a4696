#!/usr/bin/env bash
# What the multi-instance tests (tests/PurePhysio.Web.Tests/Caching) need and a fresh Debian machine
# lacks: Debian's redis-server. The tests start their own server on a free loopback port and stop it;
# the Debian service the package starts is stopped again so nothing is left running.
set -euo pipefail

if ! command -v redis-server >/dev/null 2>&1; then
  echo "cache tests: installing redis-server from Debian's packages"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # The package would start a system-wide server; the tests start their own.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod +x "$policy"
  fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  [ -z "$policy" ] || $sudo rm -f "$policy"
fi
