#!/bin/sh
# accountable metrics --format json on a demo company, for a month, a quarter and a year,
# checked by check_metrics_shape.py (beside this script); also a bad criteria and targets file.
# Usage: metrics_shape.sh ACCOUNTABLE CHECKER
set -eu
app=$1
checker=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$app" demo --db "$dir/demo.sqlite" --customers 500 --last-day 2026-10-31 >/dev/null
for period in 2026-10 2026-Q4 2026-Q3 2026 2025; do
    "$app" metrics --db "$dir/demo.sqlite" --period "$period" --format json >"$dir/$period.json"
    python3 "$checker" "$dir/$period.json" >"$dir/check.txt" || { cat "$dir/check.txt"; exit 1; }
    "$app" metrics --db "$dir/demo.sqlite" --period "$period" --format text >/dev/null
done
# A criteria file and a targets file are read and used.
cat >"$dir/c.json" <<'JSON'
{"name": "Loyal", "version": 3, "match": "any",
 "rules": [{"attribute": "orders_12m", "op": ">=", "value": 5}, {"attribute": "stage", "op": "in", "value": ["advocate"]}]}
JSON
cat >"$dir/t.json" <<'JSON'
[{"metric": "churn_rate", "period": "2026-Q3", "value": 0.03, "owner": "CCO"},
 {"metric": "nps", "period": "2026-Q2", "value": 30, "owner": "CEO"}]
JSON
"$app" metrics --db "$dir/demo.sqlite" --period 2026-Q3 --format json --criteria "$dir/c.json" --targets "$dir/t.json" >"$dir/ct.json"
python3 "$checker" "$dir/ct.json" >/dev/null
python3 - "$dir/ct.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["best"]["criteria"]["name"] == "Loyal" and d["best"]["criteria"]["match"] == "any", d["best"]["criteria"]
assert [t["metric"] for t in d["targets"]] == ["churn_rate"], d["targets"]
assert d["targets"][0]["status"] in ("met", "at_risk", "missed"), d["targets"]
PY
# Errors: a clear message naming the file, and a non-zero exit.
echo '{"name": "x", "rules": [{"attribute": "revenu_12m", "op": ">=", "value": 1}]}' >"$dir/bad.json"
if "$app" metrics --db "$dir/demo.sqlite" --period 2026-Q3 --criteria "$dir/bad.json" 2>"$dir/err.txt" >/dev/null; then
    echo "a bad criteria file was accepted"; exit 1
fi
grep -q 'bad.json: rule 1: unknown attribute "revenu_12m"' "$dir/err.txt" || { cat "$dir/err.txt"; exit 1; }
echo '[{"metric": "stages", "period": "2026-Q3", "value": 1}]' >"$dir/badt.json"
if "$app" metrics --db "$dir/demo.sqlite" --period 2026-Q3 --targets "$dir/badt.json" 2>"$dir/err.txt" >/dev/null; then
    echo "a target on stages was accepted"; exit 1
fi
grep -q 'badt.json: target 1: "stages" is not a numeric figure' "$dir/err.txt" || { cat "$dir/err.txt"; exit 1; }
if "$app" metrics --db "$dir/demo.sqlite" --period 2026-Q3 --criteria "No such set" 2>"$dir/err.txt" >/dev/null; then
    echo "an unknown criteria set was accepted"; exit 1
fi
grep -q 'no criteria set named "No such set"' "$dir/err.txt" || { cat "$dir/err.txt"; exit 1; }
echo "metrics shape: ok"
