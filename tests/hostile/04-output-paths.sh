#!/usr/bin/env bash
# Issue 8, defect 4: an output never destroys an input. `pack --out` naming the company
# database (literally, as its -wal journal, through a symbolic or a hard link) is refused
# before anything is written; /dev/full is reported as a failure, never replaced; no
# temporary file is left behind; the database still gives the same figures.
app=$1; source "$(dirname "$0")/lib.sh"

write_company "$work/in"
db=$work/c.db
"$app" import --db "$db" "$work/in"/*.csv >/dev/null 2>"$work/import.err" || fail "import: $(cat "$work/import.err")"
"$app" metrics --db "$db" --period 2026-09 --format json >"$work/before.json" || fail "metrics before"
cp "$db" "$work/c.copy"

same_db() {
  cmp -s "$db" "$work/c.copy" || fail "$1: the database file changed"
  "$app" metrics --db "$db" --period 2026-09 --format json >"$work/after.json" 2>"$work/metrics.err" ||
    fail "$1: the database no longer opens: $(cat "$work/metrics.err")"
  cmp -s "$work/before.json" "$work/after.json" || fail "$1: the figures changed"
}
pack() { "$app" pack --db "$db" --kind monthly --period 2026-09 "$@"; }

expect_fail "--out the database" pack --out "$db"
expect_in "$work/err" "is the company database" "--out the database"
expect_in "$work/err" "nothing was written" "--out the database"
same_db "--out the database"
ok "--out the database is refused"

(cd "$work" && expect_fail "--out the database, relative" pack --out ./c.db)
expect_in "$work/err" "company database" "--out ./c.db"
same_db "--out ./c.db"
ok "--out ./c.db is refused"

for journal in wal shm journal; do
  expect_fail "--out the -$journal file" pack --out "$db-$journal"
  expect_in "$work/err" "journal of the company database" "--out $db-$journal"
  if [ -e "$db-$journal" ] && head -c 5 "$db-$journal" | grep -q '%PDF-'; then fail "a PDF went into $db-$journal"; fi
done
same_db "--out the journals"
ok "--out the database's -wal, -shm and -journal files is refused"

ln -s "$db" "$work/link.pdf"
expect_fail "--out a symbolic link to the database" pack --out "$work/link.pdf"
expect_in "$work/err" "company database" "--out a symlink"
[ -L "$work/link.pdf" ] || fail "the symbolic link was replaced"
same_db "--out a symlink"
ok "--out a symbolic link to the database is refused"

ln -s "$db-wal" "$work/dangling.pdf"
expect_fail "--out a dangling link to the -wal file" pack --out "$work/dangling.pdf"
expect_in "$work/err" "journal of the company database" "--out a dangling link to -wal"
ok "--out a dangling symbolic link to the -wal file is refused"

ln "$db" "$work/hard.pdf"
expect_fail "--out a hard link to the database" pack --out "$work/hard.pdf"
expect_in "$work/err" "company database" "--out a hard link"
same_db "--out a hard link"
ok "--out a hard link to the database is refused"

# /dev/full: the write fails and says so; the device is written to, never replaced.
if [ -c /dev/full ] && [ -w /dev/full ]; then
  expect_fail "--out /dev/full" pack --out /dev/full
  expect_in "$work/err" "/dev/full" "--out /dev/full"
  grep -qiE "no space|space left" "$work/err" || fail "--out /dev/full: no 'no space left' in: $(cat "$work/err")"
  [ -c /dev/full ] || fail "/dev/full is no longer a character device"
  ! ls -a /dev | grep -q '^full\.' || fail "a temporary file was left in /dev"
  ok "--out /dev/full fails with a clear message and leaves /dev/full alone"
fi
if [ -c /dev/null ] && [ -w /dev/null ]; then
  pack --out /dev/null 2>"$work/err" || fail "--out /dev/null: $(cat "$work/err")"
  [ -c /dev/null ] || fail "/dev/null is no longer a character device"
  ok "--out /dev/null works and leaves /dev/null alone"
fi

# An ordinary pack beside the database, then no stray temporary files anywhere.
pack --out "$work/pack.pdf" 2>"$work/err" || fail "an ordinary pack: $(cat "$work/err")"
head -c 5 "$work/pack.pdf" | grep -q '%PDF-' || fail "pack.pdf is not a PDF"
stray=$(cd "$work" && ls -A | grep -vxE 'in|runtime|c\.db|c\.copy|before\.json|after\.json|out|err|import\.err|metrics\.err|link\.pdf|dangling\.pdf|hard\.pdf|pack\.pdf' || true)
[ -z "$stray" ] || fail "stray files left: $stray"
same_db "after all"
ok "no stray files; the database gives the same figures as before"

echo "$passed passed, 0 failed"
