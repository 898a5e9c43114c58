"""Rename or Merge a Value offers a group's fields too, named as the form names them
("Params › Functions and methods › Return type"): the dialog listed top-level fields only,
though `rename_value` takes `params.x`. Renaming from it changes that one line in each page
using the value."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow
from editor_app.ui.rename_value import ConfirmRename

FIELD = "params.functions_and_methods.returnType"
LABEL = "Params › Functions and methods › Return type"
PAGE = "content/en/functions/math/Abs.md"


def _hugo_copy(tmp_path: Path) -> Path:
    site = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    for path in [site, *site.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return site


def test_a_group_s_field_is_offered_and_renamed(
    qtbot, quiet_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ConfirmRename, "ask", classmethod(lambda cls, parent, text: True))
    site = _hugo_copy(tmp_path)
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(site / PAGE)
    dialog = window.site_tools.open_rename()
    labels = [dialog.field_box.itemText(i) for i in range(dialog.field_box.count())]
    assert LABEL in labels
    assert "Params › Min version" in labels  # another collection's group, further down
    dialog.field_box.setCurrentIndex(dialog.field_box.findData(FIELD))
    olds = [dialog.old_box.itemData(i) for i in range(dialog.old_box.count())]
    assert "float64" in olds and "string" in olds
    dialog.old_box.setCurrentIndex(dialog.old_box.findData("float64"))
    qtbot.keyClicks(dialog.new_edit, "float")
    before = {p: p.read_bytes() for p in site.rglob("*.md")}
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    changed = {p for p in before if p.read_bytes() != before[p]}
    assert site / PAGE in changed and len(changed) == len(dialog.report.files) > 1
    for path in changed:
        old = before[path].decode("utf-8")
        assert path.read_text(encoding="utf-8") == old.replace(
            "returnType: float64\n", "returnType: float\n"
        )
    dialog.close()
