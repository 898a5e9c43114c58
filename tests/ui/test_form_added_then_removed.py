"""A setting the page did not have, added in the form and then taken away again, leaves the
file as it was: no empty `topics:` or `subtitle:` line appears on Save."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import click_document, open_site

PAGE = "_resources/2023-03-31-governance-board-minutes.md"  # no topics, no subtitle


@pytest.mark.parametrize(
    ("field", "value", "empty"), [("topics", ["Health"], []), ("subtitle", "Minutes", "")]
)
def test_added_then_removed_saves_the_file_unchanged(
    qtbot, quiet_window, site_copy: Path, field: str, value: object, empty: object
) -> None:
    window = quiet_window
    path = site_copy / PAGE
    before = path.read_bytes()
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, path)
    widget = window.form.widgets[field]
    widget.edited.emit(value)
    assert window.current_document().get(field) in (value, value[0] if isinstance(value, list) else value)
    widget.edited.emit(empty)
    assert field not in window.current_document().front_matter
    window.save_document()
    assert path.read_bytes() == before


def test_emptying_a_setting_the_page_had_keeps_its_line(
    qtbot, quiet_window, site_copy: Path
) -> None:
    window = quiet_window
    path = site_copy / PAGE
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, path)
    window.form.widgets["link"].edited.emit("")
    assert window.save_document()
    assert "\nlink:" in path.read_text(encoding="utf-8")  # emptied, not removed
