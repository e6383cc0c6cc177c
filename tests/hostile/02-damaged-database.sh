# Defect 2: a damaged database gives wrong figures with exit 0.
# 4 KiB of random bytes land in a company database, at 24 places (half of them on a page
# boundary). Every read command must then either refuse, naming the file as damaged, with
# a non-zero exit and nothing written, or print exactly the figures of the intact database
# (the damage hit pages it never reads, such as an index). An upsert import must refuse
# and leave the file byte for byte as it was.
app=$1
source "$(dirname "$0")/lib.sh"

db=$work/company.sqlite
"$app" demo --db "$db" --customers 1500 --seed 11 --last-day 2026-10-31 2>/dev/null
"$app" metrics --db "$db" --period 2026-Q3 --format json >"$work/intact.json"
mkdir -p "$work/csv"
sqlite3 -header -csv "$db" "SELECT customer_id, name || ' (renamed)' AS name, acquired_on FROM customers LIMIT 50" >"$work/csv/customers.csv"

refused=0
for seed in $(seq 1 24); do
  cp "$db" "$work/x.sqlite"
  damage "$work/x.sqlite" "$seed" $((seed % 2))
  status=0
  "$app" metrics --db "$work/x.sqlite" --period 2026-Q3 --format json >"$work/x.json" 2>"$work/err" || status=$?
  [ "$status" -lt 128 ] || fail "metrics on damage $seed died of signal $((status - 128))"
  if [ "$status" -ne 0 ]; then
    expect_in "$work/err" "x.sqlite is damaged" "metrics on damage $seed"
    [ ! -s "$work/x.json" ] || fail "metrics on damage $seed printed figures and failed"
    refused=$((refused + 1))
  else
    cmp -s "$work/x.json" "$work/intact.json" || fail "metrics on damage $seed exited 0 with figures that differ from the intact database"
  fi

  status=0
  "$app" pack --db "$work/x.sqlite" --kind monthly --period 2026-10 --out "$work/x.pdf" >/dev/null 2>"$work/err" || status=$?
  [ "$status" -lt 128 ] || fail "pack on damage $seed died of signal $((status - 128))"
  if [ "$status" -ne 0 ]; then
    expect_in "$work/err" "x.sqlite is damaged" "pack on damage $seed"
    [ ! -e "$work/x.pdf" ] || fail "pack on damage $seed failed but wrote $work/x.pdf"
  fi
  rm -f "$work/x.pdf"

  before=$(md5sum <"$work/x.sqlite")
  status=0
  "$app" import --db "$work/x.sqlite" "$work/csv/customers.csv" >/dev/null 2>"$work/err" || status=$?
  [ "$status" -lt 128 ] || fail "import into damage $seed died of signal $((status - 128))"
  [ "$status" -ne 0 ] || fail "an upsert import into damage $seed succeeded"
  expect_in "$work/err" "x.sqlite is damaged" "import into damage $seed"
  [ "$(md5sum <"$work/x.sqlite")" = "$before" ] || fail "the refused import into damage $seed changed the file"
done
# Most of these hit a page the figures need: the refusal must actually happen.
[ "$refused" -ge 12 ] || fail "only $refused of 24 damaged databases were refused by metrics"
ok "24 damaged copies: metrics refused $refused (the rest gave the intact figures), pack and import refused or exact"
echo "$passed passed, 0 failed"
