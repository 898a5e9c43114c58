"""A page whose header could not be read when the site opened, repaired in the text and saved:
a field only it has gets its kind in the form at once (not a plain text box until the site is
opened again)."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.ui.form_kinds import LongTextField, TextField
from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_a_field_of_the_repaired_header_gets_its_kind(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    path = site_copy / "_resources" / "broken.md"
    original = "---\ntitle: Broken page\nspeakers: [Ann Lee, Bo Chen\n---\nThe body stays.\n"
    path.write_text(original, encoding="utf-8")
    open_site(qtbot, window, site_copy)
    assert window.open_document(path)
    assert not window.form.isEnabled()
    cursor = window.editor.document().find("Bo Chen")
    cursor.insertText("Bo Chen]")
    assert window.save_document()
    assert path.read_text(encoding="utf-8") == original.replace("Bo Chen", "Bo Chen]")
    assert window.form.isEnabled()
    # The list shows as a list of values, as on a page read when the site opened.
    qtbot.waitUntil(
        lambda: not isinstance(window.form.widgets.get("speakers"), (TextField, LongTextField)),
        timeout=10000,
    )
    assert window.form.widgets["speakers"].isEnabled()
    assert window.form.values()["speakers"] == ["Ann Lee", "Bo Chen"]
