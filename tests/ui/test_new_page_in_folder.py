"""File > New can put a page in another folder of its collection's pages: a French article in
the Open Source Guide's _articles/fr, where it takes the values every page there shares
(`lang: fr`). Only Save As could put it there before. The command line's `new --folder` does
the same (tests/cli)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.core import new_page_folders
from editor_app.core.document import Document
from editor_app.ui.dialogs import NewDocumentDialog
from editor_app.ui.new_page_dialog import NewPageQuestion


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    for folder in ("_articles", "_articles/fr", "_articles/es"):
        (dest / folder).mkdir(parents=True)
        for page in (source / folder).glob("*.md"):
            shutil.copy(page, dest / folder)
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


@pytest.fixture
def guide_window(qtbot, guide: Path, quiet_window):  # noqa: ANN001, ANN201
    """The window with the guide's copy open."""
    open_site(qtbot, quiet_window, guide)
    return quiet_window


def test_a_new_french_article_goes_in_the_french_folder_with_its_language(
    qtbot,
    guide: Path,
    guide_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    window = guide_window
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("articles"))
        assert dialog.folder_box.isVisibleTo(dialog)
        folders = [dialog.folder_box.itemText(i) for i in range(dialog.folder_box.count())]
        seen["folders"] = folders
        qtbot.keyClicks(dialog.title_edit, "Un guide tout neuf")
        seen["own"] = dialog.file_name()
        dialog.folder_box.setCurrentIndex(folders.index("_articles/fr"))
        seen["fr"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000) as opened:
        window.new_document()
    assert seen["folders"] == ["_articles", "_articles/es", "_articles/fr"]
    assert seen["own"] == "_articles/un-guide-tout-neuf.md"
    assert seen["fr"] == "_articles/fr/un-guide-tout-neuf.md"
    path = guide / "_articles" / "fr" / "un-guide-tout-neuf.md"
    assert opened.args[0] == path.resolve()
    doc = window.current_document()
    assert doc.front_matter["lang"] == "fr"
    assert doc.front_matter["title"] == "Un guide tout neuf"
    assert window.save_document()
    assert Document.load(path).front_matter["lang"] == "fr"


def test_the_folders_are_worked_out_once_not_at_each_key_typed_into_the_title(
    qtbot, guide_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = guide_window
    calls: list[str] = []
    real = new_page_folders.page_folders

    def counting(site, collection: str) -> list[str]:  # noqa: ANN001
        calls.append(collection)
        return real(site, collection)

    monkeypatch.setattr(new_page_folders, "page_folders", counting)
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("articles"))
        dialog.folder_box.setCurrentIndex(dialog.folder_box.findText("_articles/fr"))
        seen["opened"] = len(calls)
        qtbot.keyClicks(dialog.title_edit, "Un guide")
        seen["typed"] = len(calls)
        seen["name"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000) as opened:
        window.new_document()
    assert seen["name"] == "_articles/fr/un-guide.md"  # the name followed the typing
    assert seen["typed"] == seen["opened"]  # not asked again at each key typed
    assert calls and len(calls) == seen["opened"]  # nor when the page was made
    assert opened.args[0] == (window.site.root / "_articles" / "fr" / "un-guide.md").resolve()


def test_the_folder_row_shows_only_for_a_collection_with_several_folders(
    qtbot, guide: Path
) -> None:
    (guide / "_topics").mkdir()
    (guide / "_topics" / "a.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    folders = {"articles": ["_articles", "_articles/fr"], "topics": ["_topics"]}
    dialog = NewDocumentDialog(
        NewPageQuestion(
            [("articles", "Articles"), ("topics", "Topics")],
            lambda c, t, folder=None: f"{folder or folders[c][0]}/{t}.md",
            "topics",
            folders=lambda c: folders[c],
        )
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.folder_box.isVisibleTo(dialog)
    assert dialog.folder() is None
    dialog.collection_box.setCurrentIndex(0)
    assert dialog.folder_box.isVisibleTo(dialog)
    dialog.folder_box.setCurrentIndex(1)
    qtbot.keyClicks(dialog.title_edit, "x")
    assert dialog.file_name() == "_articles/fr/x.md"
    assert dialog.folder() == "_articles/fr"

    # Started from a French page: its folder is picked first.
    near = NewDocumentDialog(
        NewPageQuestion(
            [("articles", "Articles")],
            lambda c, t, folder=None: f"{folder or folders[c][0]}/{t}.md",
            "articles",
            folders=lambda c: folders[c],
            near="_articles/fr",
        )
    )
    qtbot.addWidget(near)
    assert near.folder() == "_articles/fr"
