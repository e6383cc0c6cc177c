# Issue 8, defect 7: control and bidi-override characters in the data are stored as
# given but never reach a terminal or a page raw: `metrics --format text`, import
# messages and the PDF show them as visible pictures or U+FFFD.
app=$1; source "$(dirname "$0")/lib.sh"

company=$work/company
write_company "$company"
python3 - "$company/customers.csv" "$company/orders.csv" <<'PY'
import sys
esc, bel, rlo, pdf = "\x1b", "\x07", "\u202e", "\u202c"
rows = [
    # a reason that sets the terminal's title and clears the screen
    f'C5,Quiet Ltd,SMB,North,Bob,2025-05-01,2026-09-21,"{esc}]0;pwned{bel}Price{esc}[2J",,lapsed',
    # "evil.exe Trading" whose override would show it as "exe.live Trading"
    f'C6,{rlo}evil.exe{pdf} Trading,SMB,North,Bob,2025-05-01,2026-09-22,Moved{rlo}away,,lapsed',
    # a newline and a tab in a name and a reason
    'C7,"Two\nLines AG",SMB,North,Bob,2025-05-01,2026-09-23,"Tab\there",,lapsed',
]
with open(sys.argv[1], "a", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
with open(sys.argv[2], "a", encoding="utf-8") as f:
    f.write("O7,C5,2026-05-01,300.00,Tents,web\nO8,C6,2026-05-02,200.00,Tents,web\n"
            "O9,C7,2026-05-03,100.00,Tents,web\n")
PY
db=$work/co.sqlite
"$app" import --db "$db" "$company"/*.csv >"$work/out" 2>"$work/err" ||
  fail "import: $(head -c 400 "$work/err")"
ok "the hostile texts are imported"

# no_raw FILE WHAT: FILE holds no C0 control but LF and form feed (pdftotext's page
# break), no DEL or C1 control, and no bidi embedding, override or isolate.
no_raw() {
  local found
  found=$(python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
bad = re.findall("[\x00-\x09\x0b\x0d-\x1f\x7f\u0080-\u009f\u202a-\u202e\u2066-\u2069]", text)
if bad:
    print(repr(bad[:10]))
PY
  )
  [ -z "$found" ] || fail "$2: raw control or override characters: $found"
}

"$app" metrics --db "$db" --format text --period 2026-09 >"$work/metrics.txt" 2>"$work/err" ||
  fail "metrics --format text: $(head -c 300 "$work/err")"
no_raw "$work/metrics.txt" "metrics --format text"
expect_in "$work/metrics.txt" "␛]0;pwned␇Price␛[2J" "metrics --format text shows the escape as pictures"
ok "metrics --format text prints no control or override character"

# The JSON keeps the reason exactly (JSON escapes controls itself).
"$app" metrics --db "$db" --format json --period 2026-09 >"$work/metrics.json"
python3 - "$work/metrics.json" <<'PY' || fail "the JSON does not keep the reasons exactly"
import json, sys
reasons = {r["reason"] for r in json.load(open(sys.argv[1]))["assets"]["reasons"]}
sys.exit(0 if "\x1b]0;pwned\x07Price\x1b[2J" in reasons and "Tab\there" in reasons else 1)
PY
ok "the JSON keeps the reasons as given"

# An import error echoing a hostile value.
mkdir -p "$work/bad-import"
printf 'order_id,customer_id,ordered_on,amount,category,channel\nO1,C1,2026-01-05,\033[2J12\007\342\200\256,Boots,web\n' \
  >"$work/bad-import/orders.csv"
expect_fail "import of a hostile amount" "$app" import --db "$work/other.sqlite" "$work/bad-import/orders.csv"
no_raw "$work/err" "the import error"
expect_in "$work/err" "␛[2J12␇" "the import error shows the value as pictures"
ok "an import error echoes the value without control or override characters"

pdf=$work/pack.pdf
"$app" pack --db "$db" --kind monthly --period 2026-09 --out "$pdf" 2>"$work/err" ||
  fail "pack: $(head -c 300 "$work/err")"
pdftotext -layout "$pdf" "$work/pack.txt"
no_raw "$work/pack.txt" "the PDF's text"
expect_in "$work/pack.txt" "evil.exe" "the PDF shows the name in reading order"
# The newline does not spill the name over the next row (the PDF's font may draw ␊ blank).
grep -q "Two.\{1,3\}Lines AG" "$work/pack.txt" || fail "the name's newline breaks its row in the PDF"
ok "the PDF holds no control or override character"

echo "$passed passed, 0 failed"
