#!/usr/bin/env bash
# Installs what cecgraph needs and the machine may lack: Java 17 and Maven (Debian
# packages, for the local Neo4j) and the Go modules. Idempotent and quiet when all is there.
# Extra tools as arguments: `scripts/deps.sh chromium` also installs Debian's Chromium
# (for make browser-screenshot).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

need=()
if ! command -v java >/dev/null 2>&1; then need+=(openjdk-17-jdk-headless); fi
if ! command -v mvn >/dev/null 2>&1; then need+=(maven); fi
for tool in "$@"; do
  case "$tool" in
    chromium) command -v chromium >/dev/null 2>&1 || need+=(chromium) ;;
    *) echo "deps: unknown tool $tool" >&2; exit 2 ;;
  esac
done
if ((${#need[@]})); then
  if [[ $(id -u) -ne 0 ]] && ! command -v sudo >/dev/null 2>&1; then
    echo "deps: missing ${need[*]}; install them with: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  echo "deps: installing ${need[*]} from Debian" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! command -v go >/dev/null 2>&1; then
  echo "deps: Go is not installed; install Go 1.22 or newer (https://go.dev/doc/install, or apt-get install golang)" >&2
  exit 1
fi
go mod download
