# Issue 8, defect 1: a 1 MiB loss_reason (and a 1 MiB name) must cost linear memory in
# the monthly pack and the text metrics, and the PDF shows the reason cut with "…".
# Before the fix the reason chart's labels made `pack` grow past 23 GiB.
app=$1; source "$(dirname "$0")/lib.sh"

company=$work/company
write_company "$company"
python3 - "$company/customers.csv" <<'PY'
import sys
reason = ("Too long " * 120000)[:1 << 20]  # 1 MiB, words of a few letters
name = "N" * (1 << 20)                     # 1 MiB, one word
with open(sys.argv[1], "a", encoding="utf-8") as f:
    f.write(f"C5,{name},SMB,North,Bob,2025-05-01,2026-09-25,{reason},,lapsed\n")
PY
cat >>"$company/orders.csv" <<'CSV'
O7,C5,2026-05-01,900.00,Tents,web
CSV
db=$work/co.sqlite
"$app" import --db "$db" "$company"/*.csv >"$work/out" 2>"$work/err" ||
  fail "import of a 1 MiB field: $(head -c 400 "$work/err")"
ok "a 1 MiB reason and name are imported"

# bounded LIMIT_KB CMD...: runs CMD, killing it once its peak resident memory (VmHWM)
# passes LIMIT_KB; fails unless it exits 0 within the limit. Under ASan (which reserves
# terabytes of address space) only the resident memory is watched; otherwise the address
# space is capped too, so a runaway fails fast.
bounded() {
  local limit=$1; shift
  if [ -z "${ASAN_OPTIONS:-}" ]; then
    (ulimit -v $((limit * 4)); exec "$@") >"$work/out" 2>"$work/err" &
  else
    "$@" >"$work/out" 2>"$work/err" &
  fi
  local pid=$! peak=0 hwm status=0
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    if [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ]; then peak=$hwm; fi
    if [ "$peak" -gt "$limit" ]; then
      kill -9 "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      fail "$*: peak memory passed $((limit / 1024)) MB"
    fi
    sleep 0.1
  done
  wait "$pid" || status=$?
  [ "$status" -eq 0 ] || fail "$*: exit $status ($(head -c 300 "$work/err"))"
  echo "$case_name: peak resident memory of $2 (sampled every 0.1 s): $((peak / 1024)) MB"
}
limit_kb=$((600 * 1024))
[ -z "${ASAN_OPTIONS:-}" ] || limit_kb=$((1536 * 1024))

pdf=$work/pack.pdf
bounded "$limit_kb" "$app" pack --db "$db" --kind monthly --period 2026-09 --out "$pdf"
ok "pack --kind monthly finishes within $((limit_kb / 1024)) MB"
pdftotext -layout "$pdf" "$work/pack.txt"
expect_in "$work/pack.txt" "Too long Too long" "the PDF shows the long reason"
expect_in "$work/pack.txt" "…" "the PDF cuts the long reason with an ellipsis"
size=$(stat -c %s "$work/pack.txt")
[ "$size" -lt 100000 ] || fail "the PDF's text is $size bytes: the 1 MiB texts are not shortened"
ok "the PDF shows the texts shortened ($size bytes of text)"

bounded "$limit_kb" "$app" metrics --db "$db" --format text --period 2026-09
expect_in "$work/out" "Too long Too long" "metrics --format text lists the long reason"
ok "metrics --format text finishes within $((limit_kb / 1024)) MB"

echo "$passed passed, 0 failed"
