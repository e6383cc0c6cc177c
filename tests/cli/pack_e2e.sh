#!/usr/bin/env bash
# End to end through the command line: a demo company, its figures as JSON, and the
# monthly meeting pack as a PDF read back with poppler; then the pack command's errors.
# Usage: pack_e2e.sh PATH/TO/accountable
set -euo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/runtime}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fail() { echo "pack_e2e: $*" >&2; exit 1; }

db=$work/demo.sqlite
"$app" demo --db "$db" --customers 300 --seed 7 --last-day 2026-10-31

"$app" metrics --db "$db" --format json --period 2026-10 > "$work/metrics.json"
python3 - "$work/metrics.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for key in ("period", "start", "end", "as_of", "assets"):
    assert key in d, "missing top-level key " + key
assert d["period"] == "2026-10", d["period"]
assert d["start"] == "2026-10-01" and d["end"] == "2026-10-31", (d["start"], d["end"])
a = d["assets"]
for key in ("gained", "lost", "won_back", "net", "active_start", "active_end", "churn_rate",
            "lost_value", "reasons", "revenue", "lost_customers", "trend_months", "trend_quarters"):
    assert key in a, "missing assets key " + key
assert len(a["trend_months"]) == 13, len(a["trend_months"])
assert len(a["trend_quarters"]) == 8, len(a["trend_quarters"])
assert a["trend_months"][-1]["period"] == "2026-10"
assert a["net"] == a["gained"] + a["won_back"] - a["lost"]
PY

pdf=$work/pack.pdf
"$app" pack --db "$db" --kind monthly --period 2026-10 --out "$pdf"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
[ "${pages:-0}" -ge 2 ] || fail "the pack has ${pages:-no} pages"
cover=$(pdftotext -f 1 -l 1 "$pdf" -)
for text in "Monthly customer-loss review" "October 2026" "Data as of 2026-10-31" "Page 1 of $pages"; do
  grep -qF "$text" <<<"$cover" || fail "the cover lacks \"$text\""
done
pdftotext -f "$pages" -l "$pages" "$pdf" - | grep -qF "Page $pages of $pages" || fail "no footer on the last page"

# Every section of the monthly agenda, and every customer lost in the month, by name.
text=$(pdftotext "$pdf" -)
for section in "Customers lost, October 2026" "Value lost, October 2026" "Why customers left, October 2026" \
               "Lost customers by value, October 2026" "Customers won back, October 2026" \
               "Exit calls, October 2026" "Open actions"; do
  [ "$(grep -cF "$section" <<<"$text")" -ge 2 ] || fail "the monthly pack lacks \"$section\" (contents and page)"
done
pdftotext "$pdf" "$work/pack.txt"
python3 - "$work/metrics.json" "$work/pack.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
lost = d["assets"]["lost_customers"]
assert lost, "the demo month lost nobody"
missing = [c for c in lost if c not in text]  # customer ids
assert not missing, "lost customers missing from the pack: %s" % missing
PY
pdfinfo "$pdf" | grep -qE "^Title: +Monthly customer-loss review, October 2026$" || fail "the PDF's title"
USER=e2e-author "$app" pack --db "$db" --kind monthly --period 2026-10 --out "$work/authored.pdf"
pdfinfo -meta "$work/authored.pdf" | grep -qF "<rdf:li>e2e-author</rdf:li>" || fail "the PDF's author"

# A quarterly pack holds the quarterly agenda.
"$app" pack --db "$db" --kind quarterly --period 2026-Q3 --out "$work/q.pdf"
pdftotext -f 1 -l 1 "$work/q.pdf" - | grep -qF "Quarterly accountability meeting" || fail "quarterly cover"
qtext=$(pdftotext "$work/q.pdf" -)
for section in "Scorecard, Q3 2026" "Customers gained and lost, Q3 2026" "Service and rescue" "Listening:" \
               "Operations:" "Best customers, Q3 2026" "Spend and results, Q3 2026" "Reality check, Q3 2026" \
               "Actions and their owners"; do
  grep -qF "$section" <<<"$qtext" || fail "the quarterly pack lacks \"$section\""
done

# Meeting mode, one slide rendered headless; a slide past the last is refused.
"$app" --db "$db" --meeting monthly --period 2026-10 --slide 4 --size 1024x768 --screenshot "$work/slide.png"
[ -s "$work/slide.png" ] || fail "no slide screenshot"
"$app" --db "$db" --meeting quarterly --period 2026-Q3 --slide 9 --privacy --size 1024x768 \
  --screenshot "$work/slide9.png"
if "$app" --db "$db" --meeting monthly --period 2026-10 --slide 8 --screenshot "$work/no.png" 2>"$work/err"; then
  fail "slide 8 of 7 accepted"
fi
grep -qF "has 7 slides" "$work/err" || fail "the refusal does not say how many slides: $(cat "$work/err")"
[ ! -e "$work/no.png" ] || fail "a refused slide left a file"
if "$app" --db "$db" --meeting quarterly --period 2026 --screenshot "$work/no.png" 2>"$work/err"; then
  fail "a year's meeting accepted"
fi
grep -qF "no annual meeting" "$work/err" || fail "the year's refusal: $(cat "$work/err")"
if "$app" --db "$db" --meeting monthly --period 2026-Q3 --screenshot "$work/no.png" 2>/dev/null; then
  fail "a monthly review of a quarter accepted"
fi

# Errors: a message on stderr and a non-zero status, and no file left behind.
expect_error() {
  local out=$1; shift
  if "$app" pack "$@" 2>"$work/err"; then fail "pack $* succeeded"; fi
  [ -s "$work/err" ] || fail "pack $* printed no message"
  [ ! -e "$out" ] || fail "pack $* left $out behind"
}
expect_error "$work/x.pdf" --db "$db" --kind monthly --period 2026-10
expect_error "$work/x.pdf" --db "$db" --kind weekly --period 2026-10 --out "$work/x.pdf"
expect_error "$work/x.pdf" --db "$db" --kind monthly --period 2026-13 --out "$work/x.pdf"
expect_error "$work/x.pdf" --db "$db" --kind monthly --out "$work/x.pdf"
expect_error "$work/x.pdf" --db "$work/missing.sqlite" --kind monthly --period 2026-10 --out "$work/x.pdf"
[ ! -e "$work/missing.sqlite" ] || fail "pack created a database"
expect_error "$work/no/such/dir/x.pdf" --db "$db" --kind monthly --period 2026-10 --out "$work/no/such/dir/x.pdf"
expect_error "$work/x.pdf" --db "$db" --kind monthly --period 2026-10 --out "$work/x.pdf" --colour red
echo "pack_e2e: ok ($pages pages)"
