"""The New document dialog's title example comes from the chosen kind of page's own titles
(it said "e.g. What tenants told us about repairs" on every site)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.core.new_page_habits import example_title
from editor_app.core.site import Site
from editor_app.ui.dialogs import NewDocumentDialog
from editor_app.ui.main_window import MainWindow


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    root = copy_shared_site("opensource-guide", tmp_path)
    return root


def test_the_example_is_one_of_the_sites_own_titles(
    qtbot, window: MainWindow, guide: Path, monkeypatch
) -> None:  # noqa: ANN001
    seen: dict[str, str] = {}

    def look(dialog: NewDocumentDialog) -> int:
        for index in range(dialog.collection_box.count()):
            dialog.collection_box.setCurrentIndex(index)
            seen[dialog.collection()] = dialog.title_edit.placeholderText()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    open_site(qtbot, window, guide)
    window.new_document()
    site = Site.open(guide)
    assert seen and not any("tenants" in text for text in seen.values())
    for collection, text in seen.items():
        titles = {e.front_matter.get("title") for e in site.documents(collection)}
        assert text == "" or text.removeprefix("e.g. ") in titles


def test_the_newest_page_gives_the_example(site_copy: Path) -> None:
    site = Site.open(site_copy)
    resources = [
        e
        for e in site.documents("resources")
        if e.front_matter.get("date") and len(e.front_matter.get("title") or "") <= 42
    ]
    newest = max(resources, key=lambda e: str(e.front_matter["date"]))
    # The newest page whose title the Title box shows whole (not the longer newest).
    assert example_title(site, "resources") == newest.front_matter["title"]
    assert example_title(site, "resources") == "Strategic Roadmap 2026-2027"
    assert example_title(site, "no-such-kind") is None


def test_a_site_in_several_languages_gives_an_example_in_the_authors(
    qtbot, window: MainWindow, guide: Path, monkeypatch
) -> None:  # noqa: ANN001
    """opensource-guide's articles are in 20 language folders; the first by name is Arabic,
    and the dialog said "e.g. أفضل الممارسات للمشرفين" to an author writing English."""
    from PySide6.QtCore import QLocale

    shown: list[str] = []

    def look(dialog: NewDocumentDialog) -> int:
        shown.append(dialog.title_edit.placeholderText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    open_site(qtbot, window, guide)
    window.library.set_collection("articles")
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("en_GB"))
        window.new_document()
        QLocale.setDefault(QLocale("fr_FR"))
        window.new_document()
    finally:
        QLocale.setDefault(previous)
    site = Site.open(guide)

    def titles(lang: str) -> set[str]:
        return {
            e.front_matter.get("title")
            for e in site.documents("articles")
            if e.front_matter.get("lang") == lang
        }

    english, french = (text.removeprefix("e.g. ") for text in shown)
    assert english in titles("en") and french in titles("fr")
    assert english not in titles("ar")


def test_the_sites_default_language_comes_first(guide: Path) -> None:
    config = guide / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nlang: de\n", encoding="utf-8")
    site = Site.open(guide)
    title = example_title(site, "articles", language="en_GB")
    assert title in {
        e.front_matter.get("title")
        for e in site.documents("articles")
        if e.front_matter.get("lang") == "de"
    }


def test_a_kind_titled_in_another_field_gives_its_example(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    """eleventy-website's blog posts are titled in `newstitle` (their docs in `pageTitle`):
    the Title box showed no example there, where hugo-docs' showed 'e.g. cast.ToFloat'."""
    root = copy_shared_site("eleventy-website", tmp_path)
    seen: dict[str, str] = {}

    def look(dialog: NewDocumentDialog) -> int:
        for index in range(dialog.collection_box.count()):
            dialog.collection_box.setCurrentIndex(index)
            seen[dialog.collection()] = dialog.title_edit.placeholderText()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    open_site(qtbot, window, root)
    window.new_document()
    titles = {e.front_matter.get("newstitle") for e in Site.open(root).documents("blog")}
    assert seen["blog"].startswith("e.g. ")
    assert seen["blog"].removeprefix("e.g. ") in titles
