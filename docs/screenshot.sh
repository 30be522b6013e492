#!/bin/sh
# Remakes docs/report.png: the report of corpora/example.gold.jsonl (the example article with its
# source field kept) in headless Chromium. Run from the package root after a build:
#   swift build && docs/screenshot.sh [.build/debug/whosaid]
set -e
bin=${1:-.build/debug/whosaid}
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
page=$(mktemp -d)/report.html
"$bin" report -q --keep source corpora/example.gold.jsonl -o "$page"
"$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,2160 \
  --screenshot="$PWD/docs/report.png" "file://$page" 2>/dev/null
rm -rf "$(dirname "$page")"
echo "docs/report.png"
