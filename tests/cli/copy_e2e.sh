#!/usr/bin/env bash
# accountable copy end to end: a demo company copied to a new file gives the same figures
# (metrics JSON byte for byte); a target holding a company is refused (exit 1, nothing
# changed) unless --replace; the same database on both sides and a missing --to are usage
# errors (exit 2); a failed copy into a new file leaves no file behind.
set -uo pipefail
app=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
check() { # description, then the test
  if ! eval "$2"; then
    echo "FAIL: $1"
    status=1
  fi
}
"$app" demo --db "$tmp/a.sqlite" --customers 300 --last-day 2026-09-30 >/dev/null || exit 1
out=$("$app" copy --from "$tmp/a.sqlite" --to "$tmp/b.sqlite" 2>&1)
check "copy succeeds: $out" '[ $? -eq 0 ]'
check "copy names what it copied: $out" '[[ "$out" == *"300 customers"* ]]'
"$app" metrics --db "$tmp/a.sqlite" --period 2026-Q3 --format json >"$tmp/a.json"
"$app" metrics --db "$tmp/b.sqlite" --period 2026-Q3 --format json >"$tmp/b.json"
check "the copy's figures are the source's" 'cmp -s "$tmp/a.json" "$tmp/b.json"'

cp "$tmp/b.sqlite" "$tmp/before.sqlite"
out=$("$app" copy --from "$tmp/a.sqlite" --to "$tmp/b.sqlite" 2>&1); code=$?
check "a target holding a company is refused with exit 1 (got $code)" '[ $code -eq 1 ]'
check "the refusal says why: $out" '[[ "$out" == *"already holds a company"*"--replace"* ]]'
"$app" metrics --db "$tmp/b.sqlite" --period 2026-Q3 --format json >"$tmp/b2.json"
check "the refused target is unchanged" 'cmp -s "$tmp/b.json" "$tmp/b2.json"'

"$app" demo --db "$tmp/c.sqlite" --customers 200 --seed 7 --last-day 2026-09-30 >/dev/null
out=$("$app" copy --from "$tmp/c.sqlite" --to "$tmp/b.sqlite" --replace 2>&1)
check "--replace copies over a company: $out" '[ $? -eq 0 ]'
"$app" metrics --db "$tmp/c.sqlite" --period 2026-Q3 --format json >"$tmp/c.json"
"$app" metrics --db "$tmp/b.sqlite" --period 2026-Q3 --format json >"$tmp/b3.json"
check "after --replace the target is the new source" 'cmp -s "$tmp/c.json" "$tmp/b3.json"'

"$app" copy --from "$tmp/a.sqlite" --to "$tmp/a.sqlite" >/dev/null 2>&1; code=$?
check "the same database on both sides is a usage error (got $code)" '[ $code -eq 2 ]'
"$app" copy --from "$tmp/a.sqlite" >/dev/null 2>&1; code=$?
check "a missing --to is a usage error (got $code)" '[ $code -eq 2 ]'
"$app" copy --from "$tmp/missing.sqlite" --to "$tmp/d.sqlite" >/dev/null 2>&1; code=$?
check "a missing source is refused (got $code)" '[ $code -eq 1 ]'
check "a failed copy leaves no new file" '[ ! -e "$tmp/d.sqlite" ]'
exit $status
