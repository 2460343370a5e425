#!/usr/bin/env bash
# `make demo`: the example team on a scratch copy, so nothing in Examples/ changes.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/runde"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/runde-demo.XXXXXX")"
cp -R Examples/heimetenesta "$scratch/"
cd "$scratch/heimetenesta"
export LANG="${LANG:-C.UTF-8}" TZ="${TZ:-Europe/Oslo}"

say() { printf '\n\033[1m== %s\033[0m\n\n' "$*"; }

say "runde verify — every meeting's hash chain, sequence and format"
"$bin" verify

for meeting in meetings/*.jsonl; do
  say "runde show $(basename "$meeting" .jsonl)"
  "$bin" show "$meeting"
done

say "runde new \"Teammøte veke 48\" --agenda agenda.txt"
"$bin" new "Teammøte veke 48" --agenda agenda.txt --at "2026-11-23 14:00"
"$bin" show veke-48

say "The scratch team folder is $scratch/heimetenesta — try: cd $scratch/heimetenesta && $bin --help"
