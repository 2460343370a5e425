#!/usr/bin/env bash
# `make demo`: the example team on a scratch copy, so nothing in Examples/ changes.
# On a terminal it opens the live meeting screen on the team's agenda; elsewhere (a pipe,
# CI) it shows what the library reads back from the example meetings. The scratch copy is
# removed when the demo ends, however it ends. RUNDE_BIN names the runde to run (the tests set it);
# by default it is the one `swift build` made.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${RUNDE_BIN:-$(swift build --show-bin-path)/runde}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/runde-demo.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
cp -R Examples/heimetenesta "$scratch/"
cd "$scratch/heimetenesta"
export LANG="${LANG:-C.UTF-8}" TZ="${TZ:-Europe/Oslo}"

# A heading: bold on a terminal, plain in a pipe or a file.
if [ -t 1 ]; then
  say() { printf '\n\033[1m== %s\033[0m\n\n' "$*"; }
else
  say() { printf '\n== %s\n\n' "$*"; }
fi

if [ -t 0 ] && [ -t 1 ]; then
  # Every line of the intro is shorter than 80 columns, so no word is broken on a small terminal.
  cat <<TEXT
runde: eit møte i eksempelteamet «Heimetenesta Fjordvik», på ein kladdekopi
som blir sletta når demoen er ferdig.
Merk kven som er til stades med mellomrom, trykk o for å opne møtet, og følg
tastehinta nedst på skjermen. ? viser alle tastane; q går ut (møtet er lagra).
(In English: RUNDE_LANG=en make demo.)

Trykk Enter for å byrje.
TEXT
  read -r _
  status=0
  "$bin" run --title "Teammøte veke 48" || status=$?
  meeting="$(ls -t meetings/*.jsonl | head -n 1)"
  say "runde show $(basename "$meeting" .jsonl) — the minutes, from the log alone"
  "$bin" show "$meeting"
  say "To keep a team folder to try runde on: $bin init my-team --name \"My team\""
  exit "$status"
fi

say "runde verify — every meeting's hash chain, sequence and format"
"$bin" verify

for meeting in meetings/*.jsonl; do
  say "runde show $(basename "$meeting" .jsonl)"
  "$bin" show "$meeting"
done

say "runde new \"Teammøte veke 48\" --agenda agenda.txt"
"$bin" new "Teammøte veke 48" --agenda agenda.txt --at "2026-11-23 14:00"
"$bin" show veke-48

say "Not a terminal, so the live screen was skipped. On a terminal, make demo opens it."
