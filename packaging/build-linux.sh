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
echo "Self-test passed: $out/editor-app" >&2
