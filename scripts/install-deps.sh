#!/usr/bin/env bash
# Installs, with apt-get, what building runde (`build`) or also testing it (`test`, the default)
# needs and a fresh Debian 12 machine lacks; Swift itself is expected at /opt/swift. As root it
# installs; as anyone else it says what to install.
set -euo pipefail
purpose=${1:-test}

missing=()
dpkg -s libncurses-dev >/dev/null 2>&1 || missing+=(libncurses-dev)
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
dpkg -s libsimdjson-dev >/dev/null 2>&1 || missing+=(libsimdjson-dev)
if [ "$purpose" = test ]; then
  command -v python3 >/dev/null || missing+=(python3)
  python3 -c 'import jsonschema' 2>/dev/null || missing+=(python3-jsonschema)
  command -v tmux >/dev/null || missing+=(tmux)
  command -v jq >/dev/null || missing+=(jq)
  command -v git >/dev/null || missing+=(git)
  command -v strace >/dev/null || missing+=(strace)
  command -v make >/dev/null || missing+=(make)
  command -v perl >/dev/null || missing+=(perl)
  command -v groff >/dev/null || missing+=(groff-base)
  command -v runuser >/dev/null || missing+=(util-linux)
  command -v useradd >/dev/null || missing+=(passwd)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "make $purpose needs: ${missing[*]}" >&2
  echo "install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing: ${missing[*]}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
