#!/usr/bin/env bash
# Writes the whole English development set into a folder outside the repository, from local bare
# mirrors of UNxml/GAresolutions and UNxml/SCresolutions (`git clone --mirror` them, or use the
# mirrors under /work/.mirror): GA sessions 74-79 (74 is a zip in the repository) and SC
# resolutions up to 2024 (2020-2024 and Pre-2020). Never GA 80session, never SC 2025 or later:
# those are the acceptance set. Then: npm run accuracy -- /tmp/unxml-dev
# Usage: bench/accuracy/fetchDevSet.sh [OUT_DIR] [GA_GIT_DIR] [SC_GIT_DIR]
set -euo pipefail
OUT=${1:-/tmp/unxml-dev}
GA=${2:-/work/.mirror/UNxml+GAresolutions/repo}
SC=${3:-/work/.mirror/UNxml+SCresolutions/repo}
mkdir -p "$OUT"
cd "$OUT"
for session in 75 76 77 78 79; do git --git-dir="$GA" archive HEAD "${session}session/English" | tar -x; done
zip=$(mktemp)
git --git-dir="$GA" show "HEAD:74session/GA resolutions_74session_English.zip" > "$zip"
mkdir -p 74session/English
unzip -q -o "$zip" -d 74session/English
rm -f "$zip"
for year in 2020 2021 2022 2023 2024; do git --git-dir="$SC" archive HEAD "$year/English" | tar -x; done
git --git-dir="$SC" archive HEAD Pre-2020 | tar -x
echo "$(find "$OUT" -name '*.xml' | wc -l) files in $OUT"
