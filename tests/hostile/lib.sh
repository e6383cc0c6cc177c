# Shared by the hostile cases: a work folder removed on exit, failure and expectation
# helpers, and a small company written as DATA.md CSV files.
# Source it after setting: app=$1
set -euo pipefail
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/runtime}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
case_name=$(basename "$0" .sh)
passed=0

fail() { echo "$case_name: FAIL: $*" >&2; echo "$passed passed, 1 failed"; exit 1; }
ok() { passed=$((passed + 1)); echo "$case_name: ok: $*"; }

# expect_fail "what" CMD...: CMD must exit non-zero and print a message on stderr;
# the message is left in $work/err. A sanitizer report is a failure, whatever the exit
# status (the asan preset makes one abort, but a run without its options exits 1).
expect_fail() {
  local what=$1; shift
  local status=0
  "$@" >"$work/out" 2>"$work/err" || status=$?
  [ "$status" -ne 0 ] || fail "$what: exited 0 (stdout: $(head -c 300 "$work/out"))"
  [ "$status" -lt 128 ] || fail "$what: died of signal $((status - 128)) ($(head -c 300 "$work/err"))"
  ! grep -qE "ERROR: AddressSanitizer|runtime error:" "$work/err" ||
    fail "$what: a sanitizer report: $(grep -m1 -E "ERROR: AddressSanitizer|runtime error:" "$work/err")"
  [ -s "$work/err" ] || fail "$what: exited $status without a message"
}

# expect_in FILE TEXT WHAT: FILE holds TEXT.
expect_in() { grep -qF -- "$2" "$1" || fail "$3: \"$2\" not in: $(head -c 400 "$1")"; }

# write_company DIR: a small company with every kind of file (4 customers, 2 lost).
write_company() {
  local d=$1
  mkdir -p "$d"
  cat >"$d/customers.csv" <<'CSV'
customer_id,name,segment,region,account_owner,acquired_on,lost_on,loss_reason,won_back_on,stage
C1,Müller GmbH,Enterprise,North,Ann,2025-01-10,,,,repeat
C2,Société Générale,SMB,South,Bob,2025-02-01,2026-09-15,Price,,lapsed
C3,東京トレーディング株式会社,Enterprise,East,Ann,2025-03-01,2026-09-20,Service failure,,lapsed
C4,Αθηνά Α.Ε.,Consumer,West,Cid,2025-04-01,,,,client
CSV
  cat >"$d/orders.csv" <<'CSV'
order_id,customer_id,ordered_on,amount,category,channel
O1,C1,2026-01-05,100.00,Boots,web
O2,C1,2026-08-05,250.50,Tents,store
O3,C2,2026-03-01,80.00,Boots,web
O4,C3,2026-06-01,1200.00,Tents,partner
O5,C4,2026-09-01,40.25,Socks,web
O6,C4,2026-09-10,-10.00,Socks,web
CSV
  cat >"$d/contacts.csv" <<'CSV'
contact_id,customer_id,occurred_on,category,touchpoint,channel,complaint,resolved_on,handled_by
K1,C2,2026-09-01,rescue,Billing question,phone,yes,2026-09-02,Desk
K2,C3,2026-09-05,request,Delivery problem,email,yes,,Desk
K3,C1,2026-09-07,relationship,Renewal meeting,visit,no,,Ann
CSV
  cat >"$d/feedback.csv" <<'CSV'
response_id,customer_id,responded_on,score,comment
R1,C1,2026-09-08,9,Great
R2,C4,2026-09-12,6,Slow delivery
CSV
  cat >"$d/spend.csv" <<'CSV'
month,program,amount,segment
2026-09,Service desk,500.00,
2026-09,Loyalty,250.00,Enterprise
CSV
}

# export_company DB DIR: the company in DB written back as DATA.md CSV files (sqlite3).
export_company() {
  local db=$1 d=$2
  mkdir -p "$d"
  local money="CASE WHEN amount_cents < 0 THEN '-' ELSE '' END || (abs(amount_cents) / 100) || '.' || printf('%02d', abs(amount_cents) % 100)"
  sqlite3 -header -csv "$db" "SELECT customer_id, name, segment, region, account_owner, acquired_on, lost_on, loss_reason, won_back_on, stage FROM customers ORDER BY id" >"$d/customers.csv"
  sqlite3 -header -csv "$db" "SELECT o.order_id, c.customer_id, o.ordered_on, $money AS amount, o.category, o.channel FROM orders o JOIN customers c ON c.id = o.customer ORDER BY o.id" >"$d/orders.csv"
  sqlite3 -header -csv "$db" "SELECT k.contact_id, c.customer_id, k.occurred_on, k.category, k.touchpoint, k.channel, CASE k.complaint WHEN 1 THEN 'yes' ELSE 'no' END AS complaint, k.resolved_on, k.handled_by FROM contacts k JOIN customers c ON c.id = k.customer ORDER BY k.id" >"$d/contacts.csv"
  sqlite3 -header -csv "$db" "SELECT f.response_id, c.customer_id, f.responded_on, f.score, f.comment FROM feedback f JOIN customers c ON c.id = f.customer ORDER BY f.id" >"$d/feedback.csv"
  sqlite3 -header -csv "$db" "SELECT month, program, $money AS amount, segment FROM spend ORDER BY id" >"$d/spend.csv"
}

# damage FILE SEED [ALIGNED]: 4 KiB of random bytes (seeded) somewhere past the first page.
damage() {
  python3 - "$1" "$2" "${3:-0}" <<'PY'
import os, random, sys
path, seed, aligned = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
random.seed(seed)
size = os.path.getsize(path)
at = random.randrange(4096, size - 4096)
if aligned:
    at -= at % 4096
with open(path, "r+b") as f:
    f.seek(at)
    f.write(bytes(random.getrandbits(8) for _ in range(4096)))
PY
}
