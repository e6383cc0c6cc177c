#!/usr/bin/env bash
# The first start without --db: the demo company is made in the user's data folder (never
# the working folder), and opened; a second start opens it again without remaking it.
set -euo pipefail
app=$1
home=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$home" "$work"' EXIT
cd "$work"
export HOME=$home
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
demo="$home/.local/share/Accountable/Accountable/demo.sqlite"
out=$("$app" --size 800x600 --screenshot "$work/first.png" 2>&1)
echo "$out"
grep -q "creating the demo company in $demo" <<<"$out"
test -s "$demo"
test -s "$work/first.png"
test ! -e "$work/demo.sqlite"
before=$(stat -c %Y "$demo")
out=$("$app" --size 800x600 --screenshot "$work/second.png" 2>&1)
echo "$out"
if grep -q "creating the demo company" <<<"$out"; then
  echo "the demo company was made again" >&2
  exit 1
fi
test "$(stat -c %Y "$demo")" = "$before"
test -s "$work/second.png"
echo "2 passed, 0 failed"
