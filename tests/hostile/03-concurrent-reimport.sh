# Defect 3: `metrics` can mix two companies. While `import --replace-all` swaps the whole
# company back and forth between A and B, `metrics` runs again and again beside it. Every
# run must print exactly A's figures or exactly B's (one snapshot of the database), or
# refuse with a message; never one company's orders with the other's feedback, never a
# crash.
app=$1
source "$(dirname "$0")/lib.sh"

for who in a b; do
  seed=$([ "$who" = a ] && echo 5 || echo 6)
  "$app" demo --db "$work/$who-src.sqlite" --customers 1500 --seed "$seed" --last-day 2026-10-31 2>/dev/null
  export_company "$work/$who-src.sqlite" "$work/$who"
  # The reference: the company imported alone, as the loop imports it.
  "$app" import --db "$work/$who-ref.sqlite" "$work/$who"/*.csv 2>/dev/null
  "$app" metrics --db "$work/$who-ref.sqlite" --period 2026-Q3 --format json >"$work/$who.json"
done
cmp -s "$work/a.json" "$work/b.json" && fail "the two companies give the same figures"

db=$work/company.sqlite
"$app" import --db "$db" "$work"/a/*.csv 2>/dev/null

# The writer: swaps the company 20 times, then leaves a marker.
(
  for i in $(seq 1 10); do
    "$app" import --db "$db" --replace-all "$work"/b/*.csv >/dev/null 2>&1 || true
    "$app" import --db "$db" --replace-all "$work"/a/*.csv >/dev/null 2>&1 || true
  done
  touch "$work/writer-done"
) &
writer=$!

runs=0 a=0 b=0 refused=0
while [ ! -e "$work/writer-done" ] || [ "$runs" -lt 5 ]; do
  status=0
  "$app" metrics --db "$db" --period 2026-Q3 --format json >"$work/run.json" 2>"$work/err" || status=$?
  runs=$((runs + 1))
  [ "$status" -lt 128 ] || { kill "$writer" 2>/dev/null; fail "metrics run $runs died of signal $((status - 128))"; }
  if [ "$status" -ne 0 ]; then
    [ -s "$work/err" ] || { kill "$writer" 2>/dev/null; fail "metrics run $runs failed without a message"; }
    refused=$((refused + 1))
  elif cmp -s "$work/run.json" "$work/a.json"; then
    a=$((a + 1))
  elif cmp -s "$work/run.json" "$work/b.json"; then
    b=$((b + 1))
  else
    kill "$writer" 2>/dev/null
    fail "metrics run $runs printed figures that are neither company A's nor B's (a mixed read)"
  fi
  [ "$runs" -lt 400 ] || break
done
wait "$writer" || true
[ $((a + b)) -ge 5 ] || fail "only $((a + b)) of $runs metrics runs gave figures ($refused refused: $(head -c 300 "$work/err"))"
ok "$runs metrics runs beside 20 replacing imports: $a gave A's figures, $b B's, $refused refused, none mixed"
echo "$passed passed, 0 failed"
