"""The window's title marks unsaved changes whatever is open, and names a page by its title
where its site keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_the_title_always_has_the_unsaved_mark_place(
    qtbot, qtlog, window, site_copy: Path
) -> None:
    open_site(qtbot, window, site_copy)
    assert "[*]" in window.windowTitle()
    window.setWindowModified(True)  # Qt warns, and shows nothing, without the mark
    assert not [r.message for r in qtlog.records if "[*]" in r.message]


def test_a_page_titled_in_another_field_is_named_by_it(qtbot, window, site_copy: Path) -> None:
    page = site_copy / "_resources" / "2099-01-01-news.md"
    page.write_text("---\nnewstitle: Fresh news\n---\nBody.\n", encoding="utf-8")
    open_site(qtbot, window, site_copy)
    window.open_document(page)
    assert window.windowTitle().startswith("Fresh news[*] — ")
