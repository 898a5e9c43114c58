"""The window's title marks unsaved changes whatever is open, and names a page by its title
where its site keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
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


def test_a_right_to_left_title_keeps_the_parts_in_order(qtbot, window, site_copy: Path) -> None:
    """An Arabic first letter made the whole title run from the right: "app — site — page"."""
    page = site_copy / "_resources" / "2099-01-02-arabic.md"
    page.write_text("---\ntitle: كيف تساهم في مشروع\n---\nنص.\n", encoding="utf-8")
    open_site(qtbot, window, site_copy)
    window.open_document(page)
    title = window.windowTitle()
    assert title.startswith("\u200e\u2068كيف تساهم في مشروع[*]\u2069 — ")
    # Qt adds " — editor-app" to a title that does not end with it: it showed twice.
    assert title.endswith(" — editor-app")
    assert title.count("editor-app") == 1
    other = site_copy / "_resources" / "case-study-cag.md"
    window.open_document(other)
    assert "\u2068" not in window.windowTitle() and "\u200e" not in window.windowTitle()


def test_a_title_changed_and_saved_names_the_window(qtbot, window, site_copy: Path) -> None:
    """The list showed the new title once saved; the window's title kept the old one until
    the page was opened again."""
    page = site_copy / "_resources" / "ai-in-education.md"
    open_site(qtbot, window, site_copy)
    window.open_document(page)
    box = window.form.widgets["title"].focus_target()
    box.setFocus()
    box.end(False)
    qtbot.keyClicks(box, " (draft)")
    qtbot.waitUntil(lambda: window.isWindowModified(), timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    assert 'Workshop in a Box (draft)"' in page.read_text(encoding="utf-8")
    assert window.windowTitle().startswith(
        "Generative AI in Education - Workshop in a Box (draft)[*] — "
    )


def test_a_hugo_site_is_named_by_its_own_title(qtbot, window, tmp_path: Path) -> None:
    """hugo-docs' hugo.toml says title = "Hugo"; the window said "hugo-docs", the folder."""
    site = copy_shared_site("hugo-docs", tmp_path)
    open_site(qtbot, window, site)
    assert window.windowTitle() == "Hugo[*] — editor-app"
    assert window.statusBar().currentMessage().startswith("Opened Hugo: ")


def test_an_eleventy_page_is_named_as_the_list_names_it(qtbot, window, tmp_path: Path) -> None:
    """data-frontmatter.md has no title; the list calls it by its menu name, "Front Matter
    Data", and the window called it "data-frontmatter.md"."""
    site = copy_shared_site("eleventy-website", tmp_path)
    open_site(qtbot, window, site)
    page = site / "src" / "docs" / "data-frontmatter.md"
    assert "title:" not in page.read_text(encoding="utf-8").split("---")[1]
    window.open_document(page)
    assert window.windowTitle().startswith("Front Matter Data[*] — ")
