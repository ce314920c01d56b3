#!/usr/bin/env bash
# Build the Linux one-folder bundle from a clean clone and start it as a user would:
# --version, a new database in a data folder whose path has Chinese and a space, a full check,
# and the window under Xvfb until the database is open. Prints the bundle's size and timings.
# Usage: bash bench/bundle_smoke.sh   (needs the build extra and Debian's xvfb)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT

git clone -q "$root" "$work/src"
start=$(date +%s)
(cd "$work/src" && "$python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$work/dist" --workpath "$work/build" build.spec)
echo "build: $(( $(date +%s) - start )) s, bundle $(du -sh "$work/dist/xinfang-desktop" | cut -f1)"

bundle="$work/dist/xinfang-desktop"
export XINFANG_DATA_DIR="$work/信访 数据"
"$bundle/xinfang" --version
"$bundle/xinfang-desktop" --version
"$bundle/xinfang" db upgrade
"$bundle/xinfang" db check

display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
start=$(date +%s%N)
DISPLAY=$display timeout 120 "$bundle/xinfang-desktop" --quit-when-ready
echo "window: database open and sign-in ready in $(( ($(date +%s%N) - start) / 1000000 )) ms"
echo "bundle smoke test passed"
