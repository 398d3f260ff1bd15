#!/usr/bin/env bash
# The real-editor test: Dateline's .vsix installed in VS Code (code-server 4.96.4 = VS Code 1.96.4),
# driven from Debian's Chromium by Playwright's test runner (test/e2e/playwright.config.ts).
# See shared/docs/REAL-VSCODE.md for the recipe.
#
#   npm run test:e2e                      # everything: chromium, code-server, package, test
#   DATELINE_VSIX=x.vsix npm run test:e2e # test that .vsix instead of running `npm run package`
#   E2E_KEEP=1 npm run test:e2e           # keep the temp workspace/user-data dirs for inspection
#
# Artifacts (screenshots, code-server log, browser console, JUnit XML) go to test-results/e2e/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
ARTIFACTS="$ROOT/test-results/e2e"
CS_DIR="$ROOT/.vscode-test/code-server"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
export CODE_SERVER_CONFIG="$CS_DIR/config.yaml"

step() { printf '\n=== e2e: %s\n' "$*"; }
die() { printf 'e2e: %s\n' "$*" >&2; exit 1; }

rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS"

# ------------------------------------------------------------------ chromium
step "chromium"
if [[ ! -x /usr/bin/chromium ]]; then
  [[ $(id -u) == 0 ]] || die "/usr/bin/chromium is missing; install it with: sudo apt-get install chromium"
  export DEBIAN_FRONTEND=noninteractive
  pkgs=(chromium fonts-dejavu-core)
  if ! apt-get install -y --no-install-recommends "${pkgs[@]}"; then
    apt-get update
    apt-get install -y --no-install-recommends "${pkgs[@]}"
  fi
fi
echo "chromium $(dpkg-query -W -f='${Version}' chromium 2>/dev/null || echo "(not from apt)")"

# ------------------------------------------------------------------ code-server
step "code-server"
bash "$ROOT/test/e2e/install-code-server.sh"

# ------------------------------------------------------------------ the .vsix
if [[ -n "${DATELINE_VSIX:-}" ]]; then
  VSIX="$(cd "$(dirname "$DATELINE_VSIX")" && pwd)/$(basename "$DATELINE_VSIX")"
  step "using $VSIX"
else
  step "npm run package"
  npm run --silent package
  VSIX="$ROOT/dateline.vsix"
fi
[[ -f "$VSIX" ]] || die "no .vsix at $VSIX"

# ------------------------------------------------------------------ temp dirs and settings
TMP="$(mktemp -d "${TMPDIR:-/tmp}/dateline-e2e.XXXXXX")"
CS_PID=""
cleanup() {
  local status=$?
  if [[ -n "$CS_PID" ]] && kill -0 "$CS_PID" 2>/dev/null; then
    # code-server runs in its own process group (set -m below): end the group, then wait.
    kill -TERM -- "-$CS_PID" 2>/dev/null || kill -TERM "$CS_PID" 2>/dev/null || true
  fi
  if [[ -n "$CS_PID" ]]; then
    # Wait for the whole group (extension hosts, the language server) to go, then force it.
    for _ in $(seq 1 50); do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
  if [[ "${E2E_KEEP:-0}" == 1 ]]; then
    echo "e2e: kept $TMP"
  else
    rm -rf "$TMP"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

WORKSPACE="$TMP/workspace"
USER_DATA="$TMP/user-data"
EXTENSIONS="$TMP/extensions"
mkdir -p "$WORKSPACE" "$USER_DATA/User" "$EXTENSIONS"
# A copy, so the test can never change the repository's articles. It is opened as
# <workspace>/corpus/... because the extension's defaults (activation event, dateline.articles.include)
# look for corpus/**/*.txt under the workspace folder.
cp -R "${E2E_CORPUS:-$ROOT/corpus}" "$WORKSPACE/corpus"
# An article in Markdown and one as a saved web page: read as articles, answered at their own positions.
cat > "$WORKSPACE/corpus/talks-in-moscow.md" <<'MD'
---
date: 2020-11-21
---
# Talks in *Moscow*

Armenian Prime Minister **Nikol Pashinyan** met [Sergei Shoigu](https://example.org/shoigu) in Yerevan.
MD
cat > "$WORKSPACE/corpus/saved-page.html" <<'HTML'
<!doctype html><html><head><meta property="article:published_time" content="2020-11-21"><title>Saved</title></head>
<body><nav>Home</nav><article><h1>Talks</h1><p>Russia&rsquo;s defence minister <b>Sergei Shoigu</b> met Nikol&nbsp;Pashinyan in Yerevan.</p></article></body></html>
HTML
# A second workspace as a new user has it: a folder of articles not named corpus/ (25 articles of
# one development story, with their sidecars), no cards, no settings.
STORY_WORKSPACE="$TMP/story"
STORY_SOURCE="${E2E_STORY:-$ROOT/../shared/data/duc2006/D0617H}"
if [[ -d "$STORY_SOURCE" ]]; then
  mkdir -p "$STORY_WORKSPACE/articles"
  for f in $(cd "$STORY_SOURCE" && ls *.txt | sort | head -25); do
    cp "$STORY_SOURCE/$f" "$STORY_WORKSPACE/articles/"
    if [[ -f "$STORY_SOURCE/${f%.txt}.meta.yaml" ]]; then cp "$STORY_SOURCE/${f%.txt}.meta.yaml" "$STORY_WORKSPACE/articles/"; fi
  done
fi
cat > "$USER_DATA/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.editor.enablePreview": false,
  "workbench.editor.restoreViewState": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "files.autoSave": "off",
  "files.hotExit": "off",
  "editor.hover.delay": 150,
  "editor.hover.sticky": true,
  "editor.minimap.enabled": false,
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "editor.wordWrap": "on",
  "breadcrumbs.enabled": false,
  "chat.commandCenter.enabled": false,
  "window.commandCenter": false,
  "problems.defaultViewMode": "tree",
  "dateline.trace.server": "messages"
}
JSON

# ------------------------------------------------------------------ install the extension
step "install $(basename "$VSIX") into a fresh extensions dir"
node "$CS_ENTRY" --user-data-dir "$USER_DATA" --extensions-dir "$EXTENSIONS" \
  --install-extension "$VSIX" 2>&1 | tee "$ARTIFACTS/install-extension.log"
[[ -n "$(find "$EXTENSIONS" -mindepth 1 -maxdepth 1 -type d -print -quit)" ]] || die "the extension did not install (see $ARTIFACTS/install-extension.log)"
ls "$EXTENSIONS"

# ------------------------------------------------------------------ start code-server
PORT="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
URL="http://127.0.0.1:$PORT"
step "start code-server on $URL"
set -m # its own process group, so the trap can end it with everything it started
node "$CS_ENTRY" --auth none --bind-addr "127.0.0.1:$PORT" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override \
  --user-data-dir "$USER_DATA" --extensions-dir "$EXTENSIONS" \
  "$WORKSPACE" > "$ARTIFACTS/code-server.log" 2>&1 &
CS_PID=$!
set +m

started=$SECONDS
until node -e '
  fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));
' "$URL/healthz" 2>/dev/null; do
  kill -0 "$CS_PID" 2>/dev/null || { cat "$ARTIFACTS/code-server.log" >&2; die "code-server exited early"; }
  (( SECONDS - started < 120 )) || { cat "$ARTIFACTS/code-server.log" >&2; die "code-server did not answer within 120 s"; }
  sleep 0.5
done
echo "code-server answers after $((SECONDS - started)) s (pid $CS_PID)"

# ------------------------------------------------------------------ the tests
step "playwright tests"
status=0
# Retries on CI, a trace of each failed test (test-results/e2e/results/), JUnit XML: see the config.
E2E_URL="$URL/?folder=$WORKSPACE" E2E_WORKSPACE="$WORKSPACE" E2E_ARTIFACTS="$ARTIFACTS" \
  E2E_STORY_URL="$( [[ -d "$STORY_WORKSPACE" ]] && echo "$URL/?folder=$STORY_WORKSPACE" )" E2E_STORY_WORKSPACE="$STORY_WORKSPACE" \
  E2E_USER_DATA="$USER_DATA" XDG_CONFIG_HOME="$TMP/xdg-config" XDG_CACHE_HOME="$TMP/xdg-cache" \
  timeout --kill-after=30 "$(( ${E2E_TEST_TIMEOUT:-1200} + 60 ))" \
  npx --no-install playwright test --config test/e2e/playwright.config.ts || status=$?

# The extension host's own logs (the language server's output channel among them).
if [[ -d "$USER_DATA/logs" ]]; then
  mkdir -p "$ARTIFACTS/vscode-logs"
  cp -R "$USER_DATA/logs/." "$ARTIFACTS/vscode-logs/" 2>/dev/null || true
fi
echo "e2e: artifacts in ${ARTIFACTS#"$ROOT"/}/: $(cd "$ARTIFACTS" && ls | tr '\n' ' ')"
exit "$status"
