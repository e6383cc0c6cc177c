#!/usr/bin/env bash
# The German translation is compiled into the binary and chosen by the locale.
set -euo pipefail
app=$1
out=$(LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de "$app" metrics --db /nonexistent/company.sqlite --period 2026-10 2>&1 || true)
echo "$out"
grep -q "keine Datenbank unter /nonexistent/company.sqlite" <<<"$out"
en=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 "$app" metrics --db /nonexistent/company.sqlite --period 2026-10 2>&1 || true)
echo "$en"
grep -q "no database at /nonexistent/company.sqlite" <<<"$en"
echo "1 passed, 0 failed"
