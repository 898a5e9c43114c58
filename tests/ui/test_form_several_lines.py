"""A long text typed over several lines in the form is written as `editor-app set` writes
the same text: both go through the header's one writer (a YAML block `|-` indented as the
file's others), and the page reads back with every line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

from editor_app.cli import main
from editor_app.core.document import Document

PAGE = "content/en/methods/page/RenderShortcodes.md"
TYPED = "line one\n  line two: #x"


def site_copy(tmp_path: Path, name: str) -> Path:
    root = copy_shared_site("hugo-docs", tmp_path / name)
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    return root


def test_lines_typed_in_the_form_are_saved_as_set_writes_them(
    qtbot, quiet_window, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_command = site_copy(tmp_path, "command") / PAGE
    assert main(["set", str(by_command), f"description={TYPED}"]) == 0
    window = quiet_window
    root = site_copy(tmp_path, "form")
    path = root / PAGE
    open_site(qtbot, window, root)
    click_document(qtbot, window, path)
    box = window.form.widgets["description"].focus_target()
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    first, second = TYPED.split("\n")
    qtbot.keyClicks(box, first)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, second)
    assert window.save_document()
    assert path.read_bytes() == by_command.read_bytes()
    assert Document.load(path).get("description") == TYPED
