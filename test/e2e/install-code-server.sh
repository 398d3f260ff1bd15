#!/usr/bin/env bash
# Installs code-server 4.96.4 (VS Code 1.96.4, the last line that runs on Node 20) into
# .vscode-test/code-server/ from the npm registry alone, following shared/docs/REAL-VSCODE.md.
#
# Idempotent: a marker file records a finished install; when it is present and code-server
# answers --version, nothing is done. Set CODE_SERVER_REINSTALL=1 to force a fresh install.
#
# Needs: node 20 + npm, a C/C++ toolchain (g++, make, python3) for the native modules, and the
# node headers (node-gyp cannot download them here: we point it at the local node's include dir).
set -euo pipefail

VERSION=4.96.4
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
MARKER="$DIR/.installed-$VERSION"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
# code-server writes a default config file on first start; keep it out of the user's home.
export CODE_SERVER_CONFIG="${CODE_SERVER_CONFIG:-$DIR/config.yaml}"

log() { printf '[install-code-server] %s\n' "$*"; }

works() {
  [[ -f "$MARKER" && -f "$ENTRY" ]] || return 1
  local v
  node "$ENTRY" --version 2>/dev/null | grep -q "^$VERSION "
}

# VS Code's search service (workspace.findFiles, Quick Open, search in files) runs ripgrep from
# @vscode/ripgrep/bin/rg, which that package's postinstall downloads from GitHub: unreachable here.
# Debian's ripgrep is the same version (13.0.0), so link it in. Without it an extension that calls
# workspace.findFiles fails to activate.
link_ripgrep() {
  local rgdir="$DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep"
  [[ -d "$rgdir" ]] || return 0
  if [[ -x "$rgdir/bin/rg" ]] && "$rgdir/bin/rg" --version >/dev/null 2>&1; then return 0; fi
  if ! command -v rg >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      log "apt-get install ripgrep"
      export DEBIAN_FRONTEND=noninteractive
      apt-get install -y --no-install-recommends ripgrep >/dev/null ||
        { apt-get update >/dev/null && apt-get install -y --no-install-recommends ripgrep >/dev/null; }
    else
      log "warning: no ripgrep (rg); VS Code's file search and workspace.findFiles will fail" >&2
      return 0
    fi
  fi
  mkdir -p "$rgdir/bin"
  ln -sfn "$(command -v rg)" "$rgdir/bin/rg"
  log "linked $(command -v rg) ($(rg --version | head -n1)) as VS Code's ripgrep"
}

if [[ "${CODE_SERVER_REINSTALL:-0}" != 1 ]] && works; then
  link_ripgrep
  log "code-server $VERSION already installed in $DIR"
  exit 0
fi

start=$SECONDS
log "installing code-server $VERSION into $DIR"
rm -rf "$DIR"
mkdir -p "$DIR"

# node-gyp would try to download node's headers; use the ones that ship with the local node.
if [[ -z "${npm_config_nodedir:-}" ]]; then
  nodeprefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [[ -f "$nodeprefix/include/node/node.h" ]]; then
    export npm_config_nodedir="$nodeprefix"
  fi
fi
# Root may run lifecycle scripts of the packages we rebuild.
export npm_config_unsafe_perm=true
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)

cd "$DIR"
# Our own package.json: without it npm would walk up and install into the repository's node_modules.
printf '{ "name": "dateline-code-server", "private": true, "description": "code-server for the e2e tests (generated)" }\n' > package.json
log "npm install code-server@$VERSION (scripts skipped)"
npm install --no-save --ignore-scripts "${NPM_FLAGS[@]}" "code-server@$VERSION"

cd node_modules/code-server/lib/vscode
# The shrinkwrap pins @vscode/proxy-agent to a git URL this machine cannot reach; the registry's
# 0.27.x serves instead.
node -e '
  const fs = require("fs"), f = "npm-shrinkwrap.json", j = JSON.parse(fs.readFileSync(f, "utf8"));
  delete j.packages["node_modules/@vscode/proxy-agent"];
  if (j.dependencies) delete j.dependencies["@vscode/proxy-agent"];
  fs.writeFileSync(f, JSON.stringify(j, null, 2));
'
log "npm install lib/vscode (production dependencies)"
npm install --omit=dev --ignore-scripts "${NPM_FLAGS[@]}"
log "rebuilding native modules"
# kerberos is left out: it needs libkrb5-dev and only proxy authentication uses it.
npm rebuild "${NPM_FLAGS[@]}" node-pty @vscode/spdlog @parcel/watcher native-watchdog @vscode/deviceid
ln -sfn node_modules node_modules.asar
log "npm install lib/vscode/extensions"
(cd extensions && npm install --omit=dev --ignore-scripts "${NPM_FLAGS[@]}")
cd "$DIR"
npm rebuild "${NPM_FLAGS[@]}" argon2

v="$(node "$ENTRY" --version 2>&1 | grep "^$VERSION " || true)"
if [[ -z "$v" ]]; then
  log "code-server --version did not print $VERSION:" >&2
  node "$ENTRY" --version >&2 || true
  exit 1
fi
# The native modules the server needs at run time must have been built.
for f in node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node \
         node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node; do
  [[ -f "$f" ]] || { log "missing $f after the rebuild" >&2; exit 1; }
done
link_ripgrep
echo "$v" > "$MARKER"
log "installed code-server $v in $((SECONDS - start)) s"
