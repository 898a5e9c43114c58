"""File > Export Review Pack… names a translated page's pack with its language
(`code-of-conduct.fa.docx`): the Open Source Guide's code of conduct has the same file name in
every language, so packs of two languages saved in one folder were written over each other."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import hugo_docs_with_language_folder, shared_site_path
from word_window_helpers import open_page_to_export

from editor_app.core.document import Document
from editor_app.core.docx_pack_name import pack_name
from editor_app.core.site import Site
from editor_app.ui.word_files import WordFiles


def _guide_articles(tmp_path: Path) -> Path:
    """The guide's settings and its code of conduct in English and Persian (a small copy)."""
    source = shared_site_path("opensource-guide")
    site = tmp_path / "opensource-guide"
    (site / "_articles" / "fa").mkdir(parents=True)
    shutil.copy(source / "_config.yml", site / "_config.yml")
    for rel in ("_articles/code-of-conduct.md", "_articles/fa/code-of-conduct.md"):
        shutil.copy(source / rel, site / rel)
    return site


def test_the_persian_code_of_conduct_is_proposed_with_its_language(
    qtbot, quiet_window, tmp_path: Path, monkeypatch
) -> None:
    site = _guide_articles(tmp_path)
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    suggested: list[Path] = []
    monkeypatch.setattr(
        WordFiles, "ask_export_target", classmethod(lambda cls, p, s: suggested.append(s))
    )
    window = quiet_window
    for rel in ("_articles/fa/code-of-conduct.md", "_articles/code-of-conduct.md"):
        open_page_to_export(qtbot, window, site, site / rel)
        window.word_files.export_action.trigger()
    assert [s.name for s in suggested] == ["code-of-conduct.fa.docx", "code-of-conduct.docx"]


def test_a_hugo_page_is_named_by_its_language_folder_or_name(tmp_path: Path) -> None:
    page = hugo_docs_with_language_folder(tmp_path, "fr", "fr", "---\ntitle: Intro\n---\n")
    site = Site.open(tmp_path)
    assert pack_name(site, page, Document.load(page).front_matter) == "introduction.fr.docx"
    english = tmp_path / "content" / "en" / "about" / "introduction.md"
    assert pack_name(site, english, {}, ".pdf") == "introduction.pdf"
    named = english.with_name("introduction.fr.md")  # Hugo's `.fr.md`: not named twice
    assert pack_name(site, named, {}) == "introduction.fr.docx"
