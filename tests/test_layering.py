"""The core and the command line never load Qt: enforced, not hoped for."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import editor_app.core, editor_app.cli
for m in pkgutil.walk_packages(editor_app.core.__path__, 'editor_app.core.'):
    importlib.import_module(m.name)
loaded = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))
print(','.join(loaded))
"""


def test_core_and_cli_do_not_import_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"Qt modules loaded by core/cli: {out}"


def test_ui_does_not_parse_yaml_or_markdown_itself() -> None:
    from pathlib import Path

    import editor_app.ui

    ui = Path(editor_app.ui.__file__).parent
    offenders = [
        p.name
        for p in ui.rglob("*.py")
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith(("import yaml", "from yaml", "import markdown", "from markdown"))
    ]
    assert offenders == []
