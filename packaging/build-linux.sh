#!/usr/bin/env bash
# Builds the one-folder Linux app into dist/editor-app/ and checks it starts (self-test).
# Usage: packaging/build-linux.sh [--no-webengine]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup
if [ "${1:-}" = "--no-webengine" ]; then export EDITOR_APP_PACKAGE_WEBENGINE=0; fi
.venv/bin/python -m pip install -q "pyinstaller>=6.10" >&2
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "${DIST:-dist}" --workpath "${BUILD:-build}" packaging/editor-app.spec
out="${DIST:-dist}/editor-app"
install -D -m 644 packaging/linux/org.editor_app.EditorApp.desktop "$out/share/applications/org.editor_app.EditorApp.desktop"
install -D -m 644 packaging/linux/org.editor_app.EditorApp.metainfo.xml "$out/share/metainfo/org.editor_app.EditorApp.metainfo.xml"
install -D -m 644 resources/icons/editor-app.svg "$out/share/icons/hicolor/scalable/apps/org.editor_app.EditorApp.svg"
echo "Built $out; running its self-test..." >&2
QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 "$out/editor-app" --self-test
# The packaged command line renders a Hugo page's code with Chroma's rules (data files bundled).
hugo_site="$(mktemp -d)"
mkdir -p "$hugo_site/content/posts"
printf 'baseURL = "https://example.org/"\ntitle = "T"\n' > "$hugo_site/hugo.toml"
printf -- '---\ntitle: Code\n---\n\n```go\nfunc main() {}\n```\n' > "$hugo_site/content/posts/code.md"
if ! "$out/editor-app" render "$hugo_site/content/posts/code.md" | grep -q '<span'; then
  echo "The packaged app did not colour a Hugo page's code." >&2
  exit 1
fi
rm -rf "$hugo_site"
# Programs of the system (git here) run with the user's libraries, not the app's folder, which
# the bootloader puts in LD_LIBRARY_PATH (packaging/rthook_system_programs.py).
probe="$(mktemp -d)"
mkdir -p "$probe/bin" "$probe/site"
printf '#!/bin/sh\necho "${LD_LIBRARY_PATH:-}" > "%s/seen"\nexit 1\n' "$probe" > "$probe/bin/git"
chmod +x "$probe/bin/git"
(cd "$probe/site" && PATH="$probe/bin:$PATH" "$out/editor-app" sync status >/dev/null 2>&1) || true
if [ ! -f "$probe/seen" ] || grep -q "_internal" "$probe/seen"; then
  echo "The packaged app started git with its own libraries in LD_LIBRARY_PATH." >&2
  exit 1
fi
rm -rf "$probe"
echo "Self-test passed: $out/editor-app" >&2
