#!/usr/bin/env bash
# accountable targets list|import|export end to end, and stored targets reaching metrics
# (so the window and pack, which compute with the same stored request). The company of
# tests/hostile/lib.sh in 2026-Q3: lost = 2 (C2, C3); revenue = O2 250.50 + O5 40.25 +
# O6 -10.00 = 280.75. A target of lost <= 1 is missed (lower is better, 1 short by more
# than 10 %); revenue >= 280 is met.
app=$1
source "$(dirname "$0")/../hostile/lib.sh"
write_company "$work/co"
db=$work/c.sqlite
"$app" import --db "$db" "$work"/co/*.csv 2>/dev/null
statuses() { "$app" metrics --db "$db" --period 2026-Q3 --format json | python3 -c 'import json,sys; print(" ".join("%s=%s/%s/%s" % (t["metric"], t["actual"], t["status"], t["owner"]) for t in json.load(sys.stdin)["targets"]))'; }

"$app" targets --db "$db" list >"$work/out"
expect_in "$work/out" "no targets are set" "empty list"
cat >"$work/t.json" <<'JSON'
[{"metric": "lost", "period": "2026-Q3", "value": 1, "owner": "Ann"},
 {"metric": "revenue", "period": "2026-Q3", "value": 280},
 {"metric": "churn_rate", "period": "2026-10", "value": 0.02, "owner": "Bob"}]
JSON
"$app" targets --db "$db" import "$work/t.json" 2>"$work/err" || fail "import: $(cat "$work/err")"
expect_in "$work/err" "3 targets set for 2 periods" "import message"
[ "$(statuses)" = "lost=2/missed/Ann revenue=280.75/met/" ] || fail "metrics after import: $(statuses)"
"$app" targets --db "$db" list --period 2026-Q3 >"$work/out"
[ "$(wc -l <"$work/out")" -eq 2 ] || fail "list --period: $(cat "$work/out")"
expect_in "$work/out" "lower is better  owner: Ann" "list direction and owner"
ok "import sets the targets, metrics judges them, list shows them"

"$app" targets --db "$db" export "$work/back.json" || fail "export"
python3 - "$work/t.json" "$work/back.json" <<'PY' || fail "export does not give back what was imported"
import json, sys
a = sorted(json.load(open(sys.argv[1])), key=lambda t: (t["period"], t["metric"]))
b = json.load(open(sys.argv[2]))
for t in a: t.setdefault("owner", "")
assert a == b, (a, b)
PY
echo '[{"metric": "lost", "period": "2026-Q3", "value": 0, "owner": "Cid"}]' >"$work/t2.json"
"$app" targets --db "$db" import "$work/t2.json" 2>/dev/null || fail "re-import"
[ "$(statuses)" = "lost=2/missed/Cid revenue=280.75/met/" ] || fail "a target on the same metric and period is replaced: $(statuses)"
ok "export gives back the file; a second import replaces the same metric and period"

before=$(sqlite3 "$db" .dump | md5sum)
echo '[{"metric": "revenue", "period": "2026-Q4", "value": 1}, {"metric": "shoe_size", "period": "2026-Q3", "value": 1}]' >"$work/bad.json"
expect_fail "an unknown metric" "$app" targets --db "$db" import "$work/bad.json"
expect_in "$work/err" "target 2" "which target"
expect_in "$work/err" "nothing was imported" "nothing imported"
echo '[{"metric": "lost", "period": "2026-Q3", "value": "ten"}]' >"$work/bad.json"
expect_fail "a value that is not a number" "$app" targets --db "$db" import "$work/bad.json"
echo '[{"metric": "lost", "period": "Q3", "value": 1}]' >"$work/bad.json"
expect_fail "a malformed period" "$app" targets --db "$db" import "$work/bad.json"
echo '[{"metric": "lost", "period": "2026-Q3"' >"$work/bad.json"
expect_fail "broken JSON" "$app" targets --db "$db" import "$work/bad.json"
expect_fail "a missing file" "$app" targets --db "$db" import "$work/none.json"
expect_fail "an unknown action" "$app" targets --db "$db" frob
expect_fail "export over the database" "$app" targets --db "$db" export "$db"
expect_fail "a missing database" "$app" targets --db "$work/none.sqlite" list
[ ! -e "$work/none.sqlite" ] || fail "a missing database was created"
[ "$(sqlite3 "$db" .dump | md5sum)" = "$before" ] || fail "a refused command changed the database"
ok "bad files and options are refused with a message, nothing changed"
echo "$passed passed"
