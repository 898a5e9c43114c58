"""A field emptied in the form on a page whose settings are TOML (`+++`): TOML has no empty
value, so the form's edit was refused ("TOML page settings have no empty value; remove the
field") while the box showed "No date", and the page was saved with the date still in it.
The field emptied is taken away, its line only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from window_helpers import open_site

PAGE = """+++
title = "A TOML page"
date = 2025-03-01T10:00:00Z
categories = ["releases"]
draft = true
+++

Body of the TOML page.
"""


def _site(tmp_path: Path) -> Path:
    root = tmp_path / "hugo-site"
    (root / "content" / "news").mkdir(parents=True)
    (root / "hugo.toml").write_text('title = "Small"\n', encoding="utf-8")
    (root / "content" / "news" / "toml-page.md").write_text(PAGE, encoding="utf-8")
    (root / "content" / "news" / "other.md").write_text(
        PAGE.replace("A TOML page", "Other"), encoding="utf-8"
    )
    return root


def test_a_date_emptied_on_a_toml_page_leaves_it(qtbot, quiet_window, tmp_path: Path) -> None:
    window = quiet_window
    root = _site(tmp_path)
    page = root / "content" / "news" / "toml-page.md"
    open_site(qtbot, window, root)
    assert window.open_document(page)
    date = window.form.widgets["date"]
    qtbot.mouseClick(date.clear_button, Qt.MouseButton.LeftButton)
    assert date.edit.text() == "No date"
    assert "date" not in window.current_document().front_matter
    assert window.save_document()
    assert page.read_text(encoding="utf-8") == PAGE.replace(
        "date = 2025-03-01T10:00:00Z\n", ""
    )
    window.form.widgets["title"].focus_target().setFocus()
    title = window.form.widgets["title"].focus_target()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the form's Undo
    assert str(window.current_document().front_matter.get("date")).startswith("2025-03-01")
