#!/bin/sh
# Renders theme/assets/favicon.svg to the PNG icons committed beside it (run once after changing
# the SVG; the PNGs are source files, so builds stay byte-identical on any machine).
# Needs Debian's chromium. Usage: tests/tools/icons/render-icons.sh
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 32 180 192 512; do
  printf '<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:%spx;height:%spx}</style><img src="file://%s/theme/assets/favicon.svg">' \
    "$size" "$size" "$repo" > "$tmp/icon.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$tmp/icon-$size.png" "file://$tmp/icon.html" >/dev/null 2>&1
  cp "$tmp/icon-$size.png" "$repo/theme/assets/icon-$size.png"
done
