#!/usr/bin/env bash
# Writes the development set of one language other than English into a folder outside the
# repository, from the same local bare mirrors as fetchDevSet.sh: GA sessions 74-79 (74 is a zip)
# and SC resolutions of 2020-2024 (the Council's Pre-2020 folder is English only). Never GA
# 80session, never SC 2025 or later: those are the acceptance set.
# Then: npm run accuracy -- /tmp/unxml-dev-fra --lang fra
# Usage: bench/accuracy/fetchDevSetLanguage.sh LANGUAGE [OUT_DIR] [GA_GIT_DIR] [SC_GIT_DIR]
#   LANGUAGE: French, Spanish, Russian, Arabic or Chinese (the repositories' folder names).
set -euo pipefail
LANGUAGE=${1:?usage: fetchDevSetLanguage.sh French|Spanish|Russian|Arabic|Chinese [OUT_DIR]}
case "$LANGUAGE" in
  French) code=fra ;; Spanish) code=spa ;; Russian) code=rus ;; Arabic) code=ara ;; Chinese) code=zho ;;
  *) echo "unknown language $LANGUAGE" >&2; exit 2 ;;
esac
OUT=${2:-/tmp/unxml-dev-$code}
GA=${3:-/work/.mirror/UNxml+GAresolutions/repo}
SC=${4:-/work/.mirror/UNxml+SCresolutions/repo}
mkdir -p "$OUT"
cd "$OUT"
for session in 75 76 77 78 79; do git --git-dir="$GA" archive HEAD "${session}session/$LANGUAGE" | tar -x; done
zip=$(mktemp)
git --git-dir="$GA" show "HEAD:74session/GA resolutions_74session_$LANGUAGE.zip" > "$zip"
mkdir -p "74session/$LANGUAGE"
unzip -q -o "$zip" -d "74session/$LANGUAGE"
rm -f "$zip"
for year in 2020 2021 2022 2023 2024; do git --git-dir="$SC" archive HEAD "$year/$LANGUAGE" | tar -x; done
echo "$(find "$OUT" -name '*.xml' | wc -l) files in $OUT"
