"""A free-form group (Eleventy's `relatedLinks`, keys that are web addresses) is shown as rows
of address and text the author edits, adds to and removes from, without YAML; saving changes
only the lines of the rows touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

from editor_app.ui.form_group import GroupField

PAGE = "src/docs/data-js.md"  # relatedLinks: two addresses with their link text


@pytest.fixture
def eleventy(tmp_path: Path) -> Path:
    site = copy_shared_site("eleventy-website", tmp_path)
    return site


def _open(qtbot, window, site: Path) -> GroupField:  # noqa: ANN001
    open_site(qtbot, window, site)
    click_document(qtbot, window, site / PAGE)
    field = window.form.widgets["relatedLinks"]
    assert isinstance(field, GroupField)
    return field


def _type_over(qtbot, box, text: str) -> None:  # noqa: ANN001
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClicks(box, text)


def _type_letters(box, text: str) -> None:  # noqa: ANN001
    """Type `text` into `box` letter by letter (QTest's keyClicks takes Latin letters only)."""
    box.setFocus()
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))


def _diff(before: bytes, after: bytes) -> tuple[list[str], list[str]]:
    old, new = before.decode().splitlines(), after.decode().splitlines()
    return [line for line in old if line not in new], [line for line in new if line not in old]


def test_rows_show_the_addresses_and_texts(qtbot, quiet_window, eleventy: Path) -> None:
    field = _open(qtbot, quiet_window, eleventy)
    shown = [(name.text(), value.text()) for name, value in field.row_boxes()]
    assert shown == [
        (
            "/docs/config/#change-file-suffix-for-data-files",
            "Change the file suffix `.11tydata` for Data Files",
        ),
        (
            "/docs/watch-serve/#watch-javascript-dependencies",
            "Watch JavaScript Dependencies",
        ),
    ]
    assert field.row_boxes()[0][0].placeholderText() == "Web address"


def test_edit_one_text_and_add_a_row_changes_only_those_lines(
    qtbot, quiet_window, eleventy: Path
) -> None:
    path = eleventy / PAGE
    before = path.read_bytes()
    field = _open(qtbot, quiet_window, eleventy)
    _type_over(qtbot, field.row_boxes()[1][1], "Watching JavaScript dependencies")
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    name, value = field.row_boxes()[2]
    assert name.hasFocus()  # the new row's address is typed at once
    qtbot.keyClicks(name, "/docs/data-global/")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert value.hasFocus()
    qtbot.keyClicks(value, "Global Data Files")
    assert quiet_window.save_document()
    removed, added = _diff(before, path.read_bytes())
    assert removed == [
        "  /docs/watch-serve/#watch-javascript-dependencies: Watch JavaScript Dependencies"
    ]
    assert added == [
        "  /docs/watch-serve/#watch-javascript-dependencies: Watching JavaScript dependencies",
        "  /docs/data-global/: Global Data Files",
    ]
    lines = path.read_text().splitlines()
    at = lines.index("relatedLinks:")
    assert lines[at + 3] == "  /docs/data-global/: Global Data Files"  # in the group, last


def test_remove_a_row_takes_its_line_away(qtbot, quiet_window, eleventy: Path) -> None:
    path = eleventy / PAGE
    before = path.read_bytes()
    field = _open(qtbot, quiet_window, eleventy)
    qtbot.mouseClick(field.remove_buttons()[0], Qt.MouseButton.LeftButton)
    assert len(field.row_boxes()) == 1
    assert quiet_window.save_document()
    removed, added = _diff(before, path.read_bytes())
    assert removed == [
        "  /docs/config/#change-file-suffix-for-data-files: "
        "Change the file suffix `.11tydata` for Data Files"
    ]
    assert added == []


def test_a_name_given_twice_writes_nothing_until_put_right(
    qtbot, quiet_window, eleventy: Path
) -> None:
    path = eleventy / PAGE
    field = _open(qtbot, quiet_window, eleventy)
    first_name = field.row_boxes()[0][0].text()
    _type_over(qtbot, field.row_boxes()[1][0], first_name)
    links = quiet_window.current_document().front_matter["relatedLinks"]
    assert len(links) == 2  # the second row is not written over the first: no text lost
    assert links[first_name] == "Change the file suffix `.11tydata` for Data Files"
    assert "Two rows are named" in field.not_kept_note()
    assert field.problem_label.isVisible()  # said in words under the rows, not only in red
    assert "Nothing is saved until then." in field.problem_label.text()
    assert quiet_window.form.not_kept()  # the window says so on saving
    _type_over(qtbot, field.row_boxes()[1][0], "/docs/watch-serve/")
    assert not field.not_kept()
    assert not field.problem_label.isVisible()
    assert quiet_window.save_document()
    assert "  /docs/watch-serve/: Watch JavaScript Dependencies" in path.read_text().splitlines()


def test_an_empty_group_gets_its_first_row(qtbot, quiet_window, eleventy: Path) -> None:
    page = eleventy / "src/docs/languages/webc.md"  # `relatedLinks:` with nothing under it
    open_site(qtbot, quiet_window, eleventy)
    click_document(qtbot, quiet_window, page)
    field = quiet_window.form.widgets["relatedLinks"]
    assert isinstance(field, GroupField)
    assert field.row_boxes() == []
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    name, value = field.row_boxes()[0]
    qtbot.keyClicks(name, "/docs/languages/")
    qtbot.keyClicks(value, "Template Languages")
    assert quiet_window.save_document()
    lines = page.read_text().splitlines()
    at = lines.index("relatedLinks:")
    assert lines[at + 1] == "  /docs/languages/: Template Languages"


def test_in_a_narrow_window_tab_goes_from_address_to_text(
    qtbot, quiet_window, eleventy: Path
) -> None:
    quiet_window.resize(1024, 700)
    field = _open(qtbot, quiet_window, eleventy)
    qtbot.waitUntil(lambda: field.stacked)  # each text under its address
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    name, value = field.row_boxes()[2]
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "/docs/data-global/")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    qtbot.wait(50)  # the form lays its tab order again once the row is there
    assert value.hasFocus()  # not the row's remove button, which a space then pressed
    qtbot.keyClicks(value, "Global Data Files")
    assert quiet_window.current_document().front_matter["relatedLinks"]["/docs/data-global/"] == (
        "Global Data Files"
    )


def test_ctrl_z_brings_a_removed_row_back(qtbot, quiet_window, eleventy: Path) -> None:
    path = eleventy / PAGE
    before = path.read_bytes()
    field = _open(qtbot, quiet_window, eleventy)
    qtbot.mouseClick(field.remove_buttons()[0], Qt.MouseButton.LeftButton)
    assert len(field.row_boxes()) == 1
    focused = quiet_window.focusWidget()
    assert field.isAncestorOf(focused)  # the next row's address: the author stays in the group
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [name.text() for name, _ in field.row_boxes()] == [
        "/docs/config/#change-file-suffix-for-data-files",
        "/docs/watch-serve/#watch-javascript-dependencies",
    ]
    quiet_window.save_document()
    assert path.read_bytes() == before


def test_a_group_holding_lists_is_shown_as_written(qtbot, quiet_window, eleventy: Path) -> None:
    path = eleventy / PAGE
    text = path.read_text()
    path.write_text(
        text.replace(
            "relatedLinks:\n", "relatedLinks:\n  /docs/more/:\n    - one\n    - two\n", 1
        )
    )
    open_site(qtbot, quiet_window, eleventy)
    click_document(qtbot, quiet_window, path)
    box = quiet_window.form.widgets["relatedLinks"].focus_target()
    assert box.isReadOnly()  # not an empty group, nor rows that would flatten the list
    assert "/docs/more/: one, two" in box.toPlainText()


def test_a_row_added_on_a_right_to_left_page_reads_from_the_right(
    qtbot, quiet_window, eleventy: Path
) -> None:
    """A row added after the form was built follows the page's direction, as its rows loaded
    with the page do: its Persian text is laid out from the right."""
    path = eleventy / PAGE
    path.write_text(path.read_text("utf-8").replace("---\n", "---\nlang: fa\n", 1), "utf-8")
    field = _open(qtbot, quiet_window, eleventy)
    loaded = field.row_boxes()[0][1]
    _type_letters(loaded, " راهنما")  # a row loaded with the page follows its direction
    assert loaded.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    _name, value = field.row_boxes()[2]
    assert value.layoutDirection() == Qt.LayoutDirection.RightToLeft  # empty: from the right
    _type_letters(value, "Git راهنما")
    assert value.layoutDirection() == Qt.LayoutDirection.RightToLeft
