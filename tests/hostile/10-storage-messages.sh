# Defect 10, the storage part: a read-only folder, a read-only mount or a full disk was
# reported as "not an Accountable database"; metrics and pack could not read a company in
# a read-only folder; metrics turned a 0-byte file into a database; import --db :memory:
# reported rows it never kept; demo --last-day 0001-01-01 left an empty file behind.
# The read-only folder needs root (to act as another user) and the mounts need the right
# to mount a tmpfs: where the machine refuses, that part says so and is left out.
app=$1
source "$(dirname "$0")/lib.sh"

write_company "$work/co"
db=$work/company.sqlite
"$app" import --db "$db" "$work"/co/*.csv 2>/dev/null
"$app" metrics --db "$db" --period 2026-Q3 --format json >"$work/ref.json"

# A 0-byte file: refused, and still 0 bytes.
: >"$work/empty.sqlite"
expect_fail "metrics on a 0-byte file" "$app" metrics --db "$work/empty.sqlite" --period 2026-Q3
expect_in "$work/err" "empty.sqlite is an empty file, not an Accountable database" "0-byte message"
[ ! -s "$work/empty.sqlite" ] || fail "metrics wrote into the 0-byte file"
expect_fail "pack on a 0-byte file" "$app" pack --db "$work/empty.sqlite" --kind monthly --period 2026-09 --out "$work/e.pdf"
[ ! -s "$work/empty.sqlite" ] && [ ! -e "$work/e.pdf" ] || fail "pack wrote something"
ok "a 0-byte file is refused by the read commands and left as it is"

# :memory: keeps nothing: refused.
expect_fail "import --db :memory:" "$app" import --db :memory: "$work/co/customers.csv"
expect_in "$work/err" "in-memory database" ":memory: message"
ok "import --db :memory: is refused"

# A demo that cannot be made, or an import that fails, leaves no file behind.
expect_fail "demo --last-day 0001-01-01" "$app" demo --db "$work/d.sqlite" --last-day 0001-01-01
[ ! -e "$work/d.sqlite" ] || fail "the refused demo left $work/d.sqlite"
printf 'customer_id,name,acquired_on\nC1,A,2020-13-01\n' >"$work/bad.csv"
expect_fail "a failed import into a new file" "$app" import --db "$work/new.sqlite" "$work/bad.csv"
[ ! -e "$work/new.sqlite" ] || fail "the failed import left $work/new.sqlite"
"$app" import --db "$work/v.sqlite" --validate-only "$work/co/customers.csv" 2>/dev/null || fail "validate-only failed"
[ ! -e "$work/v.sqlite" ] || fail "--validate-only left $work/v.sqlite"
ok "a refused demo, a failed import and a validate-only pass leave no new file"

# A read-only folder, as a user who cannot write there: metrics and pack read it.
if [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
  mkdir "$work/ro" && cp "$db" "$work/ro/" && chmod 755 "$work" && chmod 555 "$work/ro" && chmod 444 "$work/ro/company.sqlite"
  out=$(mktemp -d) && chmod 777 "$out"
  runuser -u nobody -- "$app" metrics --db "$work/ro/company.sqlite" --period 2026-Q3 --format json >"$work/ro.json" 2>"$work/err" ||
    fail "metrics in a read-only folder: $(cat "$work/err")"
  cmp -s "$work/ro.json" "$work/ref.json" || fail "metrics in a read-only folder gave other figures"
  runuser -u nobody -- "$app" pack --db "$work/ro/company.sqlite" --kind monthly --period 2026-09 --out "$out/p.pdf" 2>"$work/err" ||
    fail "pack in a read-only folder: $(cat "$work/err")"
  [ "$(ls "$work/ro")" = company.sqlite ] || fail "reading left files in the read-only folder: $(ls "$work/ro")"
  status=0
  runuser -u nobody -- "$app" import --db "$work/ro/company.sqlite" "$work/co/customers.csv" >/dev/null 2>"$work/err" || status=$?
  [ "$status" -ne 0 ] || fail "an import into a read-only folder succeeded"
  expect_in "$work/err" "cannot be changed: the file, its folder or its disk is read-only" "read-only folder import message"
  rm -rf "$out"
  ok "a read-only folder: metrics and pack read it, an import says it is read-only"
else
  echo "$case_name: the read-only folder part needs root and runuser; left out"
fi

# A read-only mount and a full disk (tmpfs).
if mkdir "$work/mnt" && mount -t tmpfs -o size=2m tmpfs "$work/mnt" 2>/dev/null; then
  trap 'umount "$work/mnt" 2>/dev/null || true; chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
  cp "$db" "$work/mnt/"
  mount -o remount,ro "$work/mnt"
  "$app" metrics --db "$work/mnt/company.sqlite" --period 2026-Q3 --format json >"$work/ro.json" 2>"$work/err" ||
    fail "metrics on a read-only mount: $(cat "$work/err")"
  cmp -s "$work/ro.json" "$work/ref.json" || fail "metrics on a read-only mount gave other figures"
  expect_fail "import on a read-only mount" "$app" import --db "$work/mnt/company.sqlite" "$work/co/customers.csv"
  expect_in "$work/err" "read-only" "read-only mount message"
  mount -o remount,rw "$work/mnt"
  # Fill the disk, then import into the company there: "full", and the company intact.
  dd if=/dev/zero of="$work/mnt/fill" bs=4k 2>/dev/null || true
  {
    echo "customer_id,name,acquired_on"
    for i in $(seq 1 20000); do echo "N$i,New customer $i with a long enough name,2026-01-01"; done
  } >"$work/many.csv"
  expect_fail "import on a full disk" "$app" import --db "$work/mnt/company.sqlite" "$work/many.csv"
  expect_in "$work/err" "is full" "full disk message"
  rm -f "$work/mnt/fill"
  "$app" metrics --db "$work/mnt/company.sqlite" --period 2026-Q3 --format json >"$work/after.json" 2>"$work/err" ||
    fail "metrics after the full disk: $(cat "$work/err")"
  cmp -s "$work/after.json" "$work/ref.json" || fail "the company changed after the import that hit a full disk"
  expect_fail "demo on a full disk" bash -c "dd if=/dev/zero of='$work/mnt/fill' bs=4k 2>/dev/null; '$app' demo --db '$work/mnt/new.sqlite' --customers 2000"
  expect_in "$work/err" "is full" "demo full disk message"
  [ ! -e "$work/mnt/new.sqlite" ] || fail "the demo on a full disk left a file"
  umount "$work/mnt"
  ok "a read-only mount is read and refused for writing by name; a full disk says so and changes nothing"
else
  echo "$case_name: this machine refuses to mount a tmpfs; the read-only mount and full disk parts are left out"
fi
echo "$passed passed, 0 failed"
