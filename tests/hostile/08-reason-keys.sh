# Issue 8, defect 8: two reasons that differ only in spacing stay two reasons (METRICS.md
# compares reasons exactly after trimming), and every bar and row of the pack carries a
# label of its own ("Service failure", "Service failure (2)").
app=$1; source "$(dirname "$0")/lib.sh"

company=$work/company
write_company "$company"
cat >>"$company/customers.csv" <<'CSV'
C5,Fjord AS,SMB,North,Bob,2025-05-01,2026-09-25,Service  failure,,lapsed
C6,Kiwi Ltd,SMB,North,Bob,2025-05-01,2026-09-26,Moved away,,lapsed
CSV
cat >>"$company/orders.csv" <<'CSV'
O7,C5,2026-05-01,700.00,Tents,web
O8,C6,2026-05-01,50.00,Tents,web
CSV
db=$work/co.sqlite
"$app" import --db "$db" "$company"/*.csv >"$work/out" 2>"$work/err" ||
  fail "import: $(head -c 400 "$work/err")"

"$app" metrics --db "$db" --format json --period 2026-09 >"$work/metrics.json"
python3 - "$work/metrics.json" <<'PY' || fail "assets.reasons: $(cat "$work/reasons")"
import json, sys, os
reasons = [r["reason"] for r in json.load(open(sys.argv[1]))["assets"]["reasons"]]
open(os.path.join(os.path.dirname(sys.argv[1]), "reasons"), "w").write(repr(reasons))
sys.exit(0 if "Service failure" in reasons and "Service  failure" in reasons and len(reasons) == 4 else 1)
PY
ok "the JSON keeps \"Service failure\" and \"Service  failure\" apart"

pdf=$work/pack.pdf
"$app" pack --db "$db" --kind monthly --period 2026-09 --out "$pdf" 2>"$work/err" ||
  fail "pack: $(head -c 300 "$work/err")"
pdftotext -raw "$pdf" "$work/pack.txt"
expect_in "$work/pack.txt" "Service failure (2)" "the reasons table numbers the second reason"
# The chart's labels wrap a word a line; both reasons' labels must be on the page, the
# second one numbered, besides the table's.
count=$(grep -c '(2)' "$work/pack.txt" || true)
[ "$count" -ge 2 ] || fail "\"(2)\" appears $count times in the PDF (table and chart expected): $(head -c 600 "$work/pack.txt")"
ok "the PDF labels both reasons distinctly, in the table and the chart"

echo "$passed passed, 0 failed"
