#!/usr/bin/env bash
# accountable criteria list|show|save|use end to end, and the set in force reaching
# metrics (and so the window and pack, which compute with the same stored request).
# The company of tests/hostile/lib.sh: on 2026-09-20 (the data's as-of date) C1 and C4 are
# active; C1's orders add up to 350.50, C4's to 30.25 (40.25 and a 10.00 refund).
#   built-in default (top 20 % by revenue_12m, i.e. 1 of 2, and orders_12m >= 3): C1 has 2
#   orders, so nobody;  "Big spenders" (lifetime_value >= 100): C1 alone.
app=$1
source "$(dirname "$0")/../hostile/lib.sh"
write_company "$work/co"
db=$work/c.sqlite
"$app" import --db "$db" "$work"/co/*.csv 2>/dev/null
best() { "$app" metrics --db "$db" --period 2026-Q3 --format json | python3 -c 'import json,sys; b=json.load(sys.stdin)["best"]; print(b["criteria"]["name"], b["criteria"]["version"], b["best_count"], ",".join(b["best_customers"]))'; }

[ "$(best)" = "Best customers (default) 1 0 " ] || fail "default: $(best)"
"$app" criteria --db "$db" list >"$work/out"
expect_in "$work/out" "* Best customers (default)  versions 1 to 1  (in force: version 1)" "list"
"$app" criteria --db "$db" show "Best customers (default)@1" >"$work/out"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["name"]=="Best customers (default)" and d["version"]==1 and len(d["rules"])==2, d' "$work/out" || fail "show"
ok "list and show the built-in default"

echo '{"name":"ignored","version":7,"match":"all","rules":[{"attribute":"lifetime_value","op":">=","value":100}]}' >"$work/big.json"
USER=ann LOGNAME=x "$app" criteria --db "$db" save --name "Big spenders" --file "$work/big.json" 2>"$work/err" || fail "save: $(cat "$work/err")"
expect_in "$work/err" "saved Big spenders as version 1 by ann" "save: the login name is the default author"
[ "$(best)" = "Best customers (default) 1 0 " ] || fail "saving put the set in force: $(best)"
"$app" criteria --db "$db" use "Big spenders" 2>/dev/null || fail "use"
[ "$(best)" = "Big spenders 1 1 C1" ] || fail "after use: $(best)"
"$app" criteria --db "$db" save --name "Big spenders" --author "Zoë Ödegaard" --file "$work/big.json" 2>"$work/err" || fail "save again"
expect_in "$work/err" "saved Big spenders as version 2 by Zoë Ödegaard" "save --author"
[ "$(best)" = "Big spenders 2 1 C1" ] || fail "a name in force follows its newest version: $(best)"
"$app" criteria --db "$db" use "Best customers (default)@1" 2>/dev/null || fail "use @1"
[ "$(best)" = "Best customers (default) 1 0 " ] || fail "after use @1: $(best)"
ok "save adds versions, use puts a set in force, metrics computes with it"

# list and show tell who saved each version and when (UTC); the default set predates
# authors (migration 2 stored it).
"$app" criteria --db "$db" list >"$work/out"
expect_in "$work/out" "  Big spenders  versions 1 to 2" "list"
grep -qE "^    version 1  saved [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z by ann$" "$work/out" || fail "list v1: $(cat "$work/out")"
grep -qE "^    version 2  saved [0-9T:-]{19}Z by Zoë Ödegaard$" "$work/out" || fail "list v2: $(cat "$work/out")"
grep -qE "^    version 1  saved [0-9T:-]{19}Z by \(author not recorded\)$" "$work/out" || fail "list default: $(cat "$work/out")"
"$app" criteria --db "$db" show "Big spenders" >"$work/out"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]==2 and d["author"]=="Zoë Ödegaard" and d["saved_at"].endswith("Z"), d' "$work/out" || fail "show: $(cat "$work/out")"
"$app" criteria --db "$db" show "Big spenders@1" >"$work/out"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]==1 and d["author"]=="ann", d' "$work/out" || fail "show @1: $(cat "$work/out")"
# What show prints is a file save takes back (author and saved_at are not part of a set).
"$app" criteria --db "$db" save --name "Copy" --author ann --file "$work/out" 2>/dev/null || fail "save what show printed"
# Names and authors are data, never format: "%2" stays "%2".
"$app" criteria --db "$db" save --name 'Pct %2 %1' --author '%3' --file "$work/big.json" 2>"$work/err" || fail "save %"
expect_in "$work/err" "saved Pct %2 %1 as version 1 by %3 (a new version" "save with % in the name"
ok "list and show give each version's author and saved time"

before=$(sqlite3 "$db" .dump | md5sum)
echo '{"name":"x","version":1,"match":"all","rules":[{"attribute":"shoe_size","op":">=","value":1}]}' >"$work/bad.json"
expect_fail "save a set with an unknown attribute" "$app" criteria --db "$db" save --name X --file "$work/bad.json"
expect_in "$work/err" "nothing was saved" "bad set"
expect_fail "use an unknown set" "$app" criteria --db "$db" use "Nope@3"
expect_fail "an unknown action" "$app" criteria --db "$db" frob
expect_fail "save without --file" "$app" criteria --db "$db" save --name X
expect_fail "save with an empty --author" "$app" criteria --db "$db" save --name X --author " " --file "$work/big.json"
# The dialog and the command line say the same about the same mistake (criteriacheck.h).
echo '{"name":"x","rules":[{"attribute":"orders_12m","op":">=","value":"three"}]}' >"$work/bad2.json"
expect_fail "save a set with a text for a number" "$app" criteria --db "$db" save --name X --file "$work/bad2.json"
expect_in "$work/err" "rule 1: orders_12m is a number; the value must be a number; nothing was saved" "bad value"
[ "$(sqlite3 "$db" .dump | md5sum)" = "$before" ] || fail "a refused criteria command changed the database"
ok "bad sets, unknown names and actions are refused and change nothing"
echo "$passed passed, 0 failed"
