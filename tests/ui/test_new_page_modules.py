"""File > New's modules keep to one job each, and room to grow under the house's ~500 lines:
the dialog apart from the other questions, the form's field writes apart from File > New."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import editor_app.ui

UI = Path(editor_app.ui.__file__).parent


def _lines(name: str) -> int:
    return len((UI / name).read_text(encoding="utf-8").splitlines())


def test_the_new_page_modules_have_room_to_grow() -> None:
    for name in ("new_page_flow.py", "new_page_dialog.py", "field_writes.py", "dialogs.py"):
        assert _lines(name) < 400, name


def test_the_form_writes_fields_without_loading_file_new() -> None:
    # The form's edits (ui/page_edits.py) go through field_writes alone: File > New's flow
    # and its dialog are not loaded with them.
    check = (
        "import sys, editor_app.ui.field_writes;"
        "print(sorted(n for n in sys.modules if n.endswith(('new_page_flow', 'new_page_dialog'))))"
    )
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_new_page_dialog_is_still_named_in_dialogs() -> None:
    from editor_app.ui import dialogs, new_page_dialog

    assert dialogs.NewDocumentDialog is new_page_dialog.NewDocumentDialog
