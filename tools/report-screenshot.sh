#!/usr/bin/env bash
# The screenshot of the seeds' HTML report shown in the README (docs/report.png), taken in
# headless Chromium with a fresh profile and nothing that reaches the network.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node bin/factdiff.js reconcile --no-config --format html --output "$work/seeds.html" seeds
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1400,2100 --screenshot=docs/report.png "file://$work/seeds.html" 2>/dev/null
echo "docs/report.png"
