#!/usr/bin/env bash
# Builds dist/editor-app.app on macOS (run from the repository root, Python 3.11 installed).
# Cannot be built on the Linux CI; see packaging/README.md.
set -euo pipefail
python3 -m venv .venv
.venv/bin/python -m pip install --upgrade pip
.venv/bin/python -m pip install -e ".[web]" "pyinstaller>=6.10"
.venv/bin/pyinstaller --noconfirm --clean packaging/editor-app.spec
QT_QPA_PLATFORM=offscreen dist/editor-app.app/Contents/MacOS/editor-app --self-test
echo "Built dist/editor-app.app"
