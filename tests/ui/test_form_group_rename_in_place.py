"""A row's name changed in a free-form group (Eleventy's `relatedLinks`) keeps the row's
place in the page: only that row's line changes. The renamed key moved to the group's end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

PAGE = "src/docs/data-js.md"  # relatedLinks: two addresses with their link text
FIRST = "  /docs/config/#change-file-suffix-for-data-files: "


def test_a_renamed_first_row_keeps_its_line(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    site = copy_shared_site("eleventy-website", tmp_path)
    path = site / PAGE
    before = path.read_text(encoding="utf-8")
    quiet_window.resize(1024, 700)
    open_site(qtbot, quiet_window, site)
    click_document(qtbot, quiet_window, path)
    name_box = quiet_window.form.widgets["relatedLinks"].row_boxes()[0][0]
    name_box.setFocus()
    name_box.setCursorPosition(len("/docs/config"))
    qtbot.keyClicks(name_box, "uration")  # /docs/configuration/#change-file-suffix-...
    assert quiet_window.save_document()
    after = path.read_text(encoding="utf-8")
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert changed == [
        (
            FIRST + "Change the file suffix `.11tydata` for Data Files",
            "  /docs/configuration/#change-file-suffix-for-data-files: "
            "Change the file suffix `.11tydata` for Data Files",
        )
    ]


def test_renaming_in_the_middle_of_three_rows_keeps_the_order(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    site = copy_shared_site("eleventy-website", tmp_path)
    path = site / PAGE
    text = path.read_text(encoding="utf-8").replace(
        "relatedLinks:\n", "relatedLinks:\n  /docs/first/: First\n", 1
    )
    path.write_text(text, encoding="utf-8")
    open_site(qtbot, quiet_window, site)
    click_document(qtbot, quiet_window, path)
    field = quiet_window.form.widgets["relatedLinks"]
    name_box = field.row_boxes()[1][0]
    name_box.setFocus()
    name_box.selectAll()
    qtbot.keyClick(name_box, Qt.Key.Key_Delete)
    qtbot.keyClicks(name_box, "/docs/middle/")
    assert quiet_window.save_document()
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index("relatedLinks:")
    assert lines[at + 1 : at + 4] == [
        "  /docs/first/: First",
        "  /docs/middle/: Change the file suffix `.11tydata` for Data Files",
        "  /docs/watch-serve/#watch-javascript-dependencies: Watch JavaScript Dependencies",
    ]
