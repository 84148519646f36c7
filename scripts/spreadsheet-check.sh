#!/usr/bin/env bash
# `make spreadsheet-check`: do the needs-ledger exports open in a real spreadsheet, Chinese intact?
#
#   scripts/spreadsheet-check.sh [API_URL]     (default http://127.0.0.1:5080, as `make run` serves it)
#
# Needs a running API with the demo data (`make run` in another terminal). Steps:
#   1. LibreOffice Calc from Debian (libreoffice-calc-nogui), installed when missing (as root, or
#      through password-less sudo). Not part of `make test`: some 60 packages for one check.
#   2. signs in as the Xiaoyaojin sub-district officer (/dev/token), downloads the ledger of the
#      sub-district as CSV and as XLSX
#   3. LibreOffice opens the XLSX headless and saves its first sheet as UTF-8 CSV
#   4. the sheet must hold the same cells as the API's CSV: every row, every Chinese character
# Prints what it compared; exits 1 on any difference.
set -euo pipefail

API_URL="${1:-http://127.0.0.1:5080}"
REGION="${REGION:-340103002000}"  # 逍遥津街道 (Xiaoyaojin sub-district) in the demo data
OFFICER="${OFFICER:-officer.xiaoyaojin}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

die() { echo "spreadsheet-check.sh: ERROR: $*" >&2; exit 1; }
log() { echo "spreadsheet-check.sh: $*" >&2; }

# 1. LibreOffice
if ! command -v soffice >/dev/null; then
  if [[ "$(id -u)" -eq 0 ]]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
    die "LibreOffice is missing; install it with: sudo apt-get install -y libreoffice-calc-nogui"
  fi
  log "installing libreoffice-calc-nogui (apt-get)"
  "${SUDO[@]}" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q libreoffice-calc-nogui >/dev/null
fi

# 2. the exports
curl -sf -o /dev/null --max-time 5 "$API_URL/healthz" || die "no API answers at $API_URL; start it with: make run"
token="$(curl -sf -X POST -H 'Content-Type: application/json' -d "{\"user\":\"$OFFICER\"}" "$API_URL/dev/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')" || die "could not sign in as $OFFICER"
for format in csv xlsx; do
  curl -sf -H "Authorization: Bearer $token" -o "$WORK/ledger.$format" \
    "$API_URL/exports/needs-ledger?regionCode=$REGION&from=2020-01-01&format=$format" || die "the $format export failed"
done

# 3. LibreOffice opens the workbook and writes its sheet back as UTF-8 CSV (filter options:
#    comma, double quote, UTF-8 = 76, first line 1, every cell as shown).
mkdir -p "$WORK/out"
HOME="$WORK" timeout 120 soffice --headless --norestore \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false' \
  --outdir "$WORK/out" "$WORK/ledger.xlsx" >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log" >&2; die "LibreOffice could not open the workbook"; }
[[ -s "$WORK/out/ledger.csv" ]] || { cat "$WORK/soffice.log" >&2; die "LibreOffice wrote no sheet"; }

# 4. the same cells
python3 - "$WORK/ledger.csv" "$WORK/out/ledger.csv" <<'PY'
import csv, sys
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.reader(f)]
api, sheet = rows(sys.argv[1]), rows(sys.argv[2])
if len(api) < 2:
    sys.exit("the API's CSV has no needs: is the demo data loaded?")
def differs(a, b):
    # Numbers may be written 3 or 3.0; text must match character for character.
    try:
        return float(a) != float(b)
    except ValueError:
        return a != b
problems = [f"row {i + 1}: API {a!r} / sheet {b!r}" for i, (a, b) in enumerate(zip(api, sheet))
            if len(a) != len(b) or any(differs(x, y) for x, y in zip(a, b))]
if len(api) != len(sheet):
    problems.insert(0, f"the API wrote {len(api)} rows, the sheet has {len(sheet)}")
chinese = sum(1 for row in sheet for cell in row for ch in cell if "\u4e00" <= ch <= "\u9fff")
print(f"ledger: {len(api) - 1} needs x {len(api[0])} columns; the sheet LibreOffice read has {chinese} Chinese characters")
print("header:", " | ".join(sheet[0]))
if problems:
    print("\n".join(problems[:20]))
    sys.exit(f"{len(problems)} differences between the export and what the spreadsheet shows")
if chinese == 0:
    sys.exit("no Chinese text came through")
print("OK: LibreOffice opened the XLSX and shows every cell of the CSV, Chinese intact")
PY
