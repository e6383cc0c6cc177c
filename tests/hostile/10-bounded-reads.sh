#!/usr/bin/env bash
# Issue 8, defect 10 (reads and pack kinds): every user-given file is read with a bound
# (--targets /dev/zero ends at once), an empty file name gets a clear message instead of
# a Qt warning, and a pack's kind must match its period.
app=$1; source "$(dirname "$0")/lib.sh"

write_company "$work/in"
db=$work/c.db
"$app" import --db "$db" "$work/in"/*.csv >/dev/null 2>"$work/import.err" || fail "import: $(cat "$work/import.err")"
metrics() { "$app" metrics --db "$db" --period 2026-09 --format json "$@"; }

# Empty names: our message, not Qt's "QFSFileEngine::open: No file name specified".
for option in targets criteria; do
  expect_fail "--$option \"\"" metrics --"$option" ""
  ! grep -q "QFSFileEngine" "$work/err" || fail "--$option \"\" printed a Qt warning: $(cat "$work/err")"
  expect_in "$work/err" "--$option" "--$option \"\""
  expect_in "$work/err" "empty name" "--$option \"\""
  ok "--$option \"\" is refused with a clear message"
done

# Endless and oversized files end quickly with a clear message (bound: 4 MiB).
ln -s /dev/zero "$work/zero.json" # a criteria file is read when the name ends in .json
for file in /dev/zero "$work/zero.json"; do
  for option in targets criteria; do
    [ "$option:$file" != criteria:/dev/zero ] || continue # not a file: taken as a stored set's name
    start=$(date +%s)
    expect_fail "--$option $file" timeout -s KILL 120 "$app" metrics --db "$db" --period 2026-09 --"$option" "$file"
    took=$(($(date +%s) - start))
    expect_in "$work/err" "larger than 4 MiB" "--$option $file"
    [ "$took" -le 30 ] || fail "--$option $file took $took s"
    ok "--$option $file ends in $took s with a clear message"
  done
done
head -c 5000000 /dev/zero | tr '\0' ' ' >"$work/big.json"
expect_fail "a 5 MB targets file" metrics --targets "$work/big.json"
expect_in "$work/err" "larger than 4 MiB" "a 5 MB targets file"
ok "a 5 MB targets file is refused"
expect_fail "a folder as --targets" metrics --targets "$work/in"
! grep -q "QFSFileEngine\|QIODevice" "$work/err" || fail "a folder: Qt warning: $(cat "$work/err")"
ok "a folder as --targets is refused"

# A real targets file still works.
printf '[{"metric": "lost", "period": "2026-09", "value": 1, "owner": "Ann"}]\n' >"$work/targets.json"
metrics --targets "$work/targets.json" >"$work/out" 2>"$work/err" || fail "a small targets file: $(cat "$work/err")"
expect_in "$work/out" '"Ann"' "a small targets file"
ok "a small targets file is read"

# A pack's kind matches its period.
pack() { "$app" pack --db "$db" --out "$work/p.pdf" "$@"; }
expect_fail "monthly pack for a quarter" pack --kind monthly --period 2026-Q3
expect_in "$work/err" "--kind quarterly" "monthly pack for a quarter"
[ ! -e "$work/p.pdf" ] || fail "monthly pack for a quarter: a PDF was written"
expect_fail "quarterly pack for a month" pack --kind quarterly --period 2026-09
expect_in "$work/err" "--kind monthly" "quarterly pack for a month"
for kind in monthly quarterly; do
  expect_fail "$kind pack for a year" pack --kind "$kind" --period 2026
  expect_in "$work/err" "2026" "$kind pack for a year"
done
[ ! -e "$work/p.pdf" ] || fail "a mislabelled pack was written"
ok "a pack whose kind does not match its period is refused"
pack --kind quarterly --period 2026-Q3 2>"$work/err" || fail "quarterly pack for a quarter: $(cat "$work/err")"
ok "a quarterly pack for a quarter is made"

echo "$passed passed, 0 failed"
