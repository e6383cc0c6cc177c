#!/usr/bin/env bash
# accountable export --view NAME: the table the view shows, compared with the engine's
# list (metrics --format json) and with values worked out by hand on the company of
# tests/hostile/lib.sh. In 2026-Q3, C2 (lost 2026-09-15, its year: O3 80.00) and C3 (lost
# 2026-09-20, its year: O4 1,200.00) were lost: the loss review lists C3 then C2.
app=$1
source "$(dirname "$0")/../hostile/lib.sh"
write_company "$work/co"
db=$work/c.sqlite
"$app" import --db "$db" "$work"/co/*.csv 2>/dev/null

# column N of a CSV file (the header and the byte order mark left out), one per line
column() { python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1], encoding="utf-8-sig"))); print("\n".join(row[int(sys.argv[2])] for row in r[1:]))' "$1" "$2"; }
engine() { "$app" metrics --db "$db" --period 2026-Q3 --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print('\n'.join($1))"; }

"$app" export --db "$db" --view loss-review --period 2026-Q3 --out "$work/lost.csv" 2>"$work/err" || fail "export loss-review: $(cat "$work/err")"
[ "$(column "$work/lost.csv" 0 | paste -sd,)" = "C3,C2" ] || fail "loss-review ids: $(column "$work/lost.csv" 0 | paste -sd,)"
[ "$(column "$work/lost.csv" 8 | paste -sd,)" = "1200.00,80.00" ] || fail "loss-review values: $(column "$work/lost.csv" 8 | paste -sd,)"
[ "$(column "$work/lost.csv" 0)" = "$(engine 'd["assets"]["lost_customers"]')" ] || fail "loss-review differs from the engine's lost_customers"
expect_in "$work/lost.csv" "東京トレーディング株式会社" "names intact"
ok "loss-review: the lost customers by lost value, as the engine lists them"

"$app" export --db "$db" --view listening --period 2026-Q3 --out "$work/listening.csv" 2>"$work/err" || fail "export listening: $(cat "$work/err")"
[ "$(column "$work/listening.csv" 0 | wc -l)" = 8 ] || fail "listening: not 8 quarters"
[ "$(column "$work/listening.csv" 0 | tail -1)" = "2026-Q3" ] || fail "listening: the last row is not the period"
[ "$(column "$work/listening.csv" 1 | tail -1)" = "$(engine 'str(d["listening"]["responses"])')" ] || fail "listening responses differ from the engine's"
ok "listening: 8 quarters ending with the period, its answers as the engine counts them"

"$app" export --db "$db" --view at-risk --period 2026-Q3 --out "$work/at-risk.csv" 2>"$work/err" || fail "export at-risk: $(cat "$work/err")"
[ "$(column "$work/at-risk.csv" 1 | LC_ALL=C sort)" = "$(engine 'sorted(set(d["service"]["overdue_customers"]) | {a["customer_id"] for a in d["service"]["at_risk_customers"]})')" ] || fail "at-risk: not the engine's overdue and at-risk customers"
ok "at-risk: the engine's overdue and at-risk customers, each once"

# The editable records: their tables with their headers (no actions or scores stored yet).
"$app" export --db "$db" --view actions --period 2026-Q3 --out "$work/actions.csv" 2>"$work/err" || fail "export actions: $(cat "$work/err")"
head -1 "$work/actions.csv" | grep -q "Action,Owner,Due,Status,Source,About,Notes,Written by" || fail "actions header: $(head -1 "$work/actions.csv")"
"$app" export --db "$db" --view reality-check --period 2026-Q3 --out "$work/reality.csv" 2>"$work/err" || fail "export reality-check: $(cat "$work/err")"
[ "$(wc -l < "$work/reality.csv")" -eq 8 ] || fail "reality-check: $(wc -l < "$work/reality.csv") lines, not a header and 7 dimensions"
ok "actions and reality-check export their tables"

before=$(md5sum <"$db")
expect_fail "an unknown view" "$app" export --db "$db" --view lost --period 2026-Q3 --out "$work/x.csv"
expect_in "$work/err" "--view takes one of scorecard, loss-review" "unknown view"
expect_fail "no --view" "$app" export --db "$db" --period 2026-Q3 --out "$work/x.csv"
expect_fail "no --period" "$app" export --db "$db" --view loss-review --out "$work/x.csv"
expect_fail "a bad period" "$app" export --db "$db" --view loss-review --period 2026-13 --out "$work/x.csv"
expect_fail "no --out" "$app" export --db "$db" --view loss-review --period 2026-Q3
expect_fail "--out over the database" "$app" export --db "$db" --view loss-review --period 2026-Q3 --out "$db"
expect_fail "a missing database" "$app" export --db "$work/none.sqlite" --view loss-review --period 2026-Q3 --out "$work/x.csv"
[ ! -e "$work/none.sqlite" ] || fail "a missing database was created"
expect_fail "an unknown criteria set" "$app" export --db "$db" --view loss-review --period 2026-Q3 --criteria Nope --out "$work/x.csv"
[ ! -e "$work/x.csv" ] || fail "a refused export wrote a file"
[ "$(md5sum <"$db")" = "$before" ] || fail "a refused export changed the database"
ok "bad options are refused with a message, nothing written"
echo "$passed passed"
