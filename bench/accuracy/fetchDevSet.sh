#!/usr/bin/env bash
# Writes the whole development set of one language into a folder outside the repository, from local bare
# mirrors of UNxml/GAresolutions and UNxml/SCresolutions (`git clone --mirror` them, or use the mirrors under
# /work/.mirror): GA sessions 74-79 (74 is a zip in the repository) and SC resolutions up to 2024 (2020-2024,
# and in English the Pre-2020 folder, which holds English only). Never GA 80session, never SC 2025 or later:
# those are the acceptance set. Then: npm run accuracy -- /tmp/unxml-dev (or -- /tmp/unxml-dev-fra --lang fra)
# Usage: [LANGUAGE=French|Spanish|Russian|Arabic|Chinese] bench/accuracy/fetchDevSet.sh [OUT_DIR] [GA_GIT_DIR] [SC_GIT_DIR]
#   LANGUAGE: the repositories' folder name, English by default.
set -euo pipefail
LANGUAGE=${LANGUAGE:-English}
case "$LANGUAGE" in
  English) suffix= ;; French) suffix=-fra ;; Spanish) suffix=-spa ;; Russian) suffix=-rus ;;
  Arabic) suffix=-ara ;; Chinese) suffix=-zho ;;
  *) echo "unknown language $LANGUAGE (English, French, Spanish, Russian, Arabic or Chinese)" >&2; exit 2 ;;
esac
OUT=${1:-/tmp/unxml-dev$suffix}
GA=${2:-/work/.mirror/UNxml+GAresolutions/repo}
SC=${3:-/work/.mirror/UNxml+SCresolutions/repo}
mkdir -p "$OUT"
cd "$OUT"
for session in 75 76 77 78 79; do git --git-dir="$GA" archive HEAD "${session}session/$LANGUAGE" | tar -x; done
zip=$(mktemp)
git --git-dir="$GA" show "HEAD:74session/GA resolutions_74session_$LANGUAGE.zip" > "$zip"
mkdir -p "74session/$LANGUAGE"
unzip -q -o "$zip" -d "74session/$LANGUAGE"
rm -f "$zip"
for year in 2020 2021 2022 2023 2024; do git --git-dir="$SC" archive HEAD "$year/$LANGUAGE" | tar -x; done
if [ "$LANGUAGE" = English ]; then git --git-dir="$SC" archive HEAD Pre-2020 | tar -x; fi
echo "$(find "$OUT" -name '*.xml' | wc -l) files in $OUT"
