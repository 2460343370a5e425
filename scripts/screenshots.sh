#!/usr/bin/env bash
# `make screenshots`: the HTML minutes of the example team as a reader sees them, in a real
# browser. Builds runde, exports each meeting of Examples/heimetenesta as internal and public
# HTML, and renders each with headless Chromium to
#   <name>.pdf              A4, as printed (no browser header or footer),
#   <name>-page-N.png       each page of that PDF (pdftoppm, PAGE_DPI, default 80),
#   <name>-screen.png       the screen at SCREEN_SIZE (default 1280,1600: a laptop window's width),
# all in .build/screenshots/ (emptied first), beside <name>.html. The team copy and Chromium's
# profile are scratch files, removed on exit. Not part of `make test`: it needs Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/screenshots
screen_size="${SCREEN_SIZE:-1280,1600}"
page_dpi="${PAGE_DPI:-80}"

chromium=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null; then chromium="$candidate" && break; fi
done
if [ -z "$chromium" ]; then
  echo "screenshots: no Chromium found; install it (Debian: apt-get install chromium)" >&2
  exit 1
fi
if ! command -v pdftoppm >/dev/null; then
  echo "screenshots: no pdftoppm found; install it (Debian: apt-get install poppler-utils)" >&2
  exit 1
fi

swift build --product runde
bin="$(swift build --show-bin-path)/runde"

rm -rf "$out"
mkdir -p "$out"
scratch="$(mktemp -d "$PWD/$out/scratch.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
cp -R Examples/heimetenesta "$scratch/team"
export LANG=C.UTF-8 TZ=Europe/Oslo

# Headless Chromium with a profile of its own in the scratch folder; --no-sandbox because
# containers and root (where this often runs) have no user namespaces for its sandbox.
browse() {
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --user-data-dir="$scratch/profile" "$@" >>"$scratch/chromium.log" 2>&1 || {
    echo "screenshots: chromium failed ($*); its output:" >&2
    cat "$scratch/chromium.log" >&2
    exit 1
  }
}

for log in "$scratch"/team/meetings/*.jsonl; do
  meeting="$(basename "$log" .jsonl)"
  for view in internal public; do
    name="$meeting-$view"
    flags=()
    [ "$view" = public ] && flags=(--public)
    "$bin" export "$log" --team "$scratch/team" --format html ${flags[@]+"${flags[@]}"} -o "$out/$name.html" >/dev/null
    url="file://$PWD/$out/$name.html"
    browse --no-pdf-header-footer --print-to-pdf="$PWD/$out/$name.pdf" "$url"
    pdftoppm -r "$page_dpi" -png "$out/$name.pdf" "$out/$name-page"
    browse --window-size="$screen_size" --screenshot="$PWD/$out/$name-screen.png" "$url"
    pages="$(find "$out" -name "$name-page-*.png" | wc -l)"
    echo "$name: $pages A4 page(s), a screen at $screen_size"
  done
done
echo "screenshots: look at $out/*.png (and the PDFs beside them)"
