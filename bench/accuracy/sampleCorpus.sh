#!/usr/bin/env bash
# Re-creates test/fixtures/unxml/ from local bare mirrors of UNxml/GAresolutions and UNxml/SCresolutions:
# every 7th English GA resolution of sessions 75-79, every 3rd English SC resolution of 2020-2024, every
# 40th of SC Pre-2020 (in `git ls-tree` order), and the five other languages of every 20th GA and every
# 20th SC file chosen. Development set only: never GA 80session, never SC 2025 or later.
# Usage: bench/accuracy/sampleCorpus.sh [GA_GIT_DIR] [SC_GIT_DIR]
set -euo pipefail
GA=${1:-/work/.mirror/UNxml+GAresolutions/repo}
SC=${2:-/work/.mirror/UNxml+SCresolutions/repo}
OUT=$(cd "$(dirname "$0")/../.." && pwd)/test/fixtures/unxml
LANGS="Arabic:A Chinese:C French:F Russian:R Spanish:S"

# every_kth K: keeps lines 1, K+1, 2K+1 … of stdin.
every_kth() { awk -v k="$1" '(NR - 1) % k == 0'; }

# copy GIT_DIR REPO PATH: writes one blob under $OUT/REPO/PATH.
copy() {
  mkdir -p "$OUT/$2/$(dirname "$3")"
  git --git-dir="$1" show "HEAD:$3" > "$OUT/$2/$3"
}

# with_languages GIT_DIR REPO K: for every K-th English file read on stdin, the other languages that exist.
with_languages() {
  every_kth "$3" | while IFS= read -r path; do
    for pair in $LANGS; do
      lang=${pair%%:*} letter=${pair##*:}
      other=$(dirname "$(dirname "$path")")/$lang/$(basename "$path" | sed -E "s/E\.xml$/$letter.xml/")
      if git --git-dir="$1" cat-file -e "HEAD:$other" 2>/dev/null; then copy "$1" "$2" "$other"; fi
    done
  done
}

rm -rf "$OUT/GAresolutions" "$OUT/SCresolutions"
ga_files=$(for s in 75 76 77 78 79; do git --git-dir="$GA" ls-tree -r --name-only HEAD "${s}session/English"; done |
  grep -E '\.xml$' | every_kth 7)
sc_files=$(for y in 2020 2021 2022 2023 2024; do git --git-dir="$SC" ls-tree -r --name-only HEAD "$y/English"; done |
  grep -E '/S_RES_[^/]*\.xml$' | every_kth 3)
pre_files=$(git --git-dir="$SC" ls-tree -r --name-only HEAD Pre-2020 | grep -E '/S_RES_[^/]*\.xml$' | every_kth 40)
while IFS= read -r f; do copy "$GA" GAresolutions "$f"; done <<< "$ga_files"
while IFS= read -r f; do copy "$SC" SCresolutions "$f"; done <<< "$sc_files"$'\n'"$pre_files"
with_languages "$GA" GAresolutions 20 <<< "$ga_files"
with_languages "$SC" SCresolutions 20 <<< "$sc_files"
echo "GA $(git --git-dir="$GA" rev-parse HEAD), SC $(git --git-dir="$SC" rev-parse HEAD)"
find "$OUT" -name '*.xml' | sed -E 's#.*/(GA|SC)resolutions/([^/]+)/([^/]+)/.*#\1 \2 \3#' | sort | uniq -c
du -sh "$OUT"
