# Defect 5: `import --replace spend.csv` deleted every customer, order, contact and answer
# and said only "spend.csv: 238 added". A re-import never deletes a kind of data whose file
# was not given; replacing the whole company is asked for with --replace-all, and the
# summary names what was deleted.
app=$1
source "$(dirname "$0")/lib.sh"

write_company "$work/co"
db=$work/company.sqlite
"$app" import --db "$db" "$work"/co/*.csv 2>/dev/null
counts() { sqlite3 "$db" "SELECT (SELECT count(*) FROM customers) || ' ' || (SELECT count(*) FROM orders) || ' ' || (SELECT count(*) FROM contacts) || ' ' || (SELECT count(*) FROM feedback) || ' ' || (SELECT count(*) FROM spend)"; }
[ "$(counts)" = "4 6 3 2 2" ] || fail "the company imported as $(counts)"

# --replace spend.csv: the spend is replaced (3 rows for the 2 held before), nothing else.
printf 'month,program,amount,segment\n2026-10,Service desk,100.00,\n2026-10,Loyalty,50.00,\n2026-10,Key accounts,25.00,SMB\n' >"$work/spend.csv"
"$app" import --db "$db" --replace "$work/spend.csv" 2>"$work/err" || fail "--replace spend.csv failed: $(cat "$work/err")"
[ "$(counts)" = "4 6 3 2 3" ] || fail "--replace spend.csv left $(counts) (customers orders contacts answers spend)"
expect_in "$work/err" "spend.csv replaced what was held before (spend rows: 2)" "the summary of --replace spend.csv"
[ "$(sqlite3 "$db" "SELECT sum(amount_cents) FROM spend")" = 17500 ] || fail "the new spend is not 175.00"
ok "--replace spend.csv replaces the spend only, and says so"

# --replace customers.csv leaving out C2 and C3, who still have orders and contacts: refused.
before=$(sqlite3 "$db" .dump | md5sum)
printf 'customer_id,name,acquired_on\nC1,Müller GmbH,2025-01-10\nC4,Αθηνά Α.Ε.,2025-04-01\n' >"$work/customers.csv"
expect_fail "--replace customers.csv that orphans orders" "$app" import --db "$db" --replace "$work/customers.csv"
expect_in "$work/err" "leaves out customers that rows still name" "the refusal"
expect_in "$work/err" "--replace-all" "the refusal's way out"
[ "$(sqlite3 "$db" .dump | md5sum)" = "$before" ] || fail "the refused --replace changed the database"
ok "--replace customers.csv that would orphan orders is refused, nothing changed"

# --replace-all with customers.csv alone: the whole company, and the summary names the rest.
"$app" import --db "$db" --replace-all "$work/customers.csv" 2>"$work/err" || fail "--replace-all failed: $(cat "$work/err")"
[ "$(counts)" = "2 0 0 0 0" ] || fail "--replace-all left $(counts)"
expect_in "$work/err" "customers.csv replaced what was held before (customers: 4)" "the --replace-all summary"
expect_in "$work/err" "deleted with no file given: orders: 6, contacts: 3, answers: 2, spend rows: 3" "the --replace-all summary"
ok "--replace-all replaces the whole company and names every kind it emptied"

expect_fail "--replace with --replace-all" "$app" import --db "$db" --replace --replace-all "$work/customers.csv"
echo "$passed passed, 0 failed"
