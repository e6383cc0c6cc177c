#!/usr/bin/env bash
# Every language is complete: lupdate run over the sources on a copy of each .ts finds no
# entry left unfinished (a string added to the code and not translated fails here).
set -euo pipefail
lupdate=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
count=0
for ts in "$root"/translations/accountable_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  "$lupdate" -silent -no-obsolete -locations none "$root/app" "$root/core" -ts "$tmp/$name" >/dev/null
  unfinished=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
  if [ "$unfinished" != 0 ]; then
    echo "$name: $unfinished entries not translated, e.g.:"
    grep -B4 'type="unfinished"' "$tmp/$name" | grep '<source>' | head -10
    status=1
  else
    echo "$name: complete ($(grep -c '<message' "$tmp/$name") entries)"
  fi
  count=$((count + 1))
done
if [ "$count" -lt 3 ]; then
  echo "expected German, French and Spanish; found $count translation files"
  status=1
fi
exit $status
