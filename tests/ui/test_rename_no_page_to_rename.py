"""Rename or Merge a Value offers to rename the page a value names only when a page goes by
it: merging the mistyped topic 'Heal' into 'Health' offered 'Also rename the page “Heal” in
Topics itself', a page no one had made."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.ui.main_window import MainWindow

CAG = "_resources/case-study-cag.md"  # topics: Public sector, Health


def test_a_value_no_page_goes_by_has_no_page_to_rename(
    qtbot, quiet_window: MainWindow, site_copy: Path
) -> None:
    page = site_copy / CAG
    text = page.read_text(encoding="utf-8")
    assert "  - Health\n" in text
    page.write_text(text.replace("  - Health\n", "  - Health\n  - Heal\n", 1), encoding="utf-8")
    window = quiet_window
    open_site(qtbot, window, site_copy)
    assert window.open_document(page)
    dialog = window.site_tools.open_rename()
    dialog.field_box.setCurrentIndex(dialog.field_box.findData("topics"))

    dialog.old_box.setCurrentIndex(dialog.old_box.findData("Heal"))
    qtbot.keyClicks(dialog.new_edit, "Health")
    assert not dialog.target_check.isVisible()
    assert not dialog.target_check.isChecked()
    assert "merged" in dialog.hint.text()

    # A topic with its own page still offers it, named as it is.
    dialog.old_box.setCurrentIndex(dialog.old_box.findData("Health"))
    assert dialog.target_check.isVisible()
    assert "“Health” in Topics" in dialog.target_check.text()
    dialog.close()
