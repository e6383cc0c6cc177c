# Issue 8, defect 6: sums overflow silently. 100 orders of 999,999,999,999,999.99 imported
# and revenue printed as -84,467,440,735,755,182.65 EUR. An amount beyond
# 10,000,000,000.00 is refused at import with file:line; a company whose absolute order
# amounts add up past 2^46 x 100 cents (70,368,744,177,664.00) is refused by metrics and pack,
# never shown as a wrapped figure; at the bound the revenue is exact.
app=$1; source "$(dirname "$0")/lib.sh"

# 1. The tester's file: refused row by row, the database unchanged.
write_company "$work/co"
"$app" import --db "$work/a.sqlite" "$work"/co/*.csv >/dev/null 2>&1 || fail "the small company does not import"
sqlite3 "$work/a.sqlite" .dump >"$work/a.before"
{
  echo "order_id,customer_id,ordered_on,amount"
  for i in $(seq 1 100); do echo "H$i,C1,2026-09-20,999999999999999.99"; done
} >"$work/orders.csv"
expect_fail "100 orders of 999,999,999,999,999.99" "$app" import --db "$work/a.sqlite" "$work/orders.csv"
expect_in "$work/err" 'orders.csv:2: amount "999999999999999.99" is larger than the largest amount Accountable accepts (10,000,000,000.00)' "first row"
expect_in "$work/err" 'orders.csv:101: amount "999999999999999.99"' "last row"
sqlite3 "$work/a.sqlite" .dump >"$work/a.after"
cmp -s "$work/a.before" "$work/a.after" || fail "the refused import changed the database"
"$app" metrics --db "$work/a.sqlite" --period 2026-09 >"$work/out" 2>"$work/err" || fail "metrics after the refusal: $(cat "$work/err")"
expect_in "$work/out" "revenue: 30.25 EUR" "the small company's revenue" # September: 40.25 - 10.00
ok "an amount past 10,000,000,000.00 is refused with file:line; nothing changes"

# 2. Past the bound through the database: 1,000 orders of 9,999,999,999.99 imported
# (999,999,999,999,000 cents), then copied nine times with sqlite3 (10 x that =
# 9,999,999,999,990,000 cents > the bound of 7,036,874,417,766,400). No wrap yet, but no
# longer exact everywhere: metrics and pack refuse.
{
  echo "order_id,customer_id,ordered_on,amount"
  for i in $(seq 1 1000); do echo "B$i,C1,2026-09-20,9999999999.99"; done
} >"$work/big.csv"
"$app" import --db "$work/a.sqlite" "$work/big.csv" >/dev/null 2>"$work/err" || fail "1,000 orders of 9,999,999,999.99 refused: $(head -c 300 "$work/err")"
sqlite3 "$work/a.sqlite" "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 9)
  INSERT INTO orders (order_id, customer, ordered_on, amount_cents, category, channel)
  SELECT order_id || '-copy' || n, customer, ordered_on, amount_cents, category, channel
  FROM orders, k WHERE order_id LIKE 'B%'"
[ "$(sqlite3 "$work/a.sqlite" "SELECT count(*) FROM orders WHERE order_id LIKE 'B%'")" = 10000 ] || fail "the copies are not there"
expect_fail "metrics past the bound" "$app" metrics --db "$work/a.sqlite" --period 2026-09
expect_in "$work/err" "the order amounts in this database add up to more than 70,368,744,177,664.00" "metrics message"
expect_fail "metrics --format json past the bound" "$app" metrics --db "$work/a.sqlite" --period 2026-09 --format json
expect_in "$work/err" "70,368,744,177,664.00" "metrics json message"
expect_fail "pack past the bound" "$app" pack --db "$work/a.sqlite" --kind monthly --period 2026-09 --out "$work/p.pdf"
expect_in "$work/err" "the order amounts in this database add up to more than 70,368,744,177,664.00" "pack message"
[ ! -s "$work/p.pdf" ] || fail "pack wrote a PDF past the bound"
# An import into that database is refused too: the total is checked over what it would hold.
printf 'order_id,customer_id,ordered_on,amount\nN1,C1,2026-09-21,1.00\n' >"$work/one.csv"
sqlite3 "$work/a.sqlite" .dump >"$work/a.before"
expect_fail "an import into a company past the bound" "$app" import --db "$work/a.sqlite" "$work/one.csv"
expect_in "$work/err" "one.csv: with this import, the amounts of all orders in the database would add up to more than 70,368,744,177,664.00" "import message"
sqlite3 "$work/a.sqlite" .dump >"$work/a.after"
cmp -s "$work/a.before" "$work/a.after" || fail "the refused import changed the database"
ok "past 2^46 x 100 cents metrics, pack and import refuse with a message"

# 3. A true wrap-around: September's two orders set by hand to 50,000,000,000,000,000.00
# each add up to 10^19 cents, past INT64_MAX; a build that adds them in a qint64 shows
# revenue -84467440737095516.16 EUR (10^19 - 2^64 cents).
write_company "$work/co2"
"$app" import --db "$work/w.sqlite" "$work"/co2/*.csv >/dev/null 2>&1 || fail "the small company does not import"
sqlite3 "$work/w.sqlite" "UPDATE orders SET amount_cents = 5000000000000000000 WHERE order_id IN ('O5', 'O6')"
expect_fail "metrics on a wrapping company" "$app" metrics --db "$work/w.sqlite" --period 2026-09
expect_in "$work/err" "the order amounts in this database add up to more than" "wrap message"
if grep -q "revenue: -" "$work/out"; then fail "a negative revenue was printed"; fi
ok "orders that would wrap a qint64 are refused, no negative revenue"

# 4. Exactly at the bound: 9,007 orders of 10,000,000,000.00 and one of 1,992,547,409.92
# in September 2026 add up to 9,007 x 10^12 + 199,254,740,992 = 7,036,874,417,766,400
# cents = 2^46 x 100 cents: accepted, and September's revenue prints to the cent.
mkdir -p "$work/co3"
printf 'customer_id,name,acquired_on\nC1,Big Spender,2025-01-01\n' >"$work/co3/customers.csv"
{
  echo "order_id,customer_id,ordered_on,amount"
  for i in $(seq 1 7036); do echo "M$i,C1,2026-09-15,10000000000.00"; done
  echo "R,C1,2026-09-30,8744177664.00"
} >"$work/co3/orders.csv"
"$app" import --db "$work/b.sqlite" "$work"/co3/*.csv >/dev/null 2>"$work/err" || fail "the company at the bound is refused: $(head -c 300 "$work/err")"
"$app" metrics --db "$work/b.sqlite" --period 2026-09 >"$work/out" 2>"$work/err" || fail "metrics at the bound: $(head -c 300 "$work/err")"
expect_in "$work/out" "revenue: 70368744177664.00 EUR" "revenue at the bound"
"$app" pack --db "$work/b.sqlite" --kind monthly --period 2026-09 --out "$work/b.pdf" >/dev/null 2>"$work/err" || fail "pack at the bound: $(head -c 300 "$work/err")"
[ -s "$work/b.pdf" ] || fail "pack at the bound wrote no PDF"
# One cent more is refused at import, and the database keeps its 7,037 orders.
printf 'order_id,customer_id,ordered_on,amount\nS,C1,2026-09-30,0.01\n' >"$work/cent.csv"
expect_fail "one cent past the bound" "$app" import --db "$work/b.sqlite" "$work/cent.csv"
expect_in "$work/err" "cent.csv: with this import, the amounts of all orders in the database would add up to more than 70,368,744,177,664.00" "one cent message"
[ "$(sqlite3 "$work/b.sqlite" "SELECT count(*) FROM orders")" = 7037 ] || fail "the refused cent changed the orders"
ok "at 2^46 x 100 cents the revenue is exact; one cent more is refused"

echo "$passed passed, 0 failed"
