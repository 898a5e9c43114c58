"""File > New on a Hugo site telling its languages by file name offers a Language choice:
French makes `slug.fr.md`, its archetype filled in with the French site title and params
(as `hugo new posts/slug.fr.md`); the row is hidden on sites in one language."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.core.document import Document
from editor_app.ui.dialogs import NewDocumentDialog

CONFIG = (
    "title = 'Multi'\ndefaultContentLanguage = 'en'\n[params]\nauthor = 'Jo'\n"
    "[languages.en]\nweight = 1\nlanguageName = 'English'\n[languages.fr]\nweight = 2\n"
    "languageName = 'Français'\ntitle = 'Multi FR'\n[languages.fr.params]\nauthor = 'Jean'\n"
)
ARCHETYPE = '---\ntitle: x\nsite: "{{ .Site.Title }}"\nby: "{{ .Site.Params.author }}"\n---\n'


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    _write(tmp_path / "hugo.toml", CONFIG)
    _write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    _write(tmp_path / "archetypes" / "posts.md", ARCHETYPE)
    return tmp_path


def test_a_french_page_from_the_new_dialog(
    qtbot,
    site: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site)
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        seen["shown"] = dialog.lang_box.isVisibleTo(dialog)
        seen["listed"] = [dialog.lang_box.itemText(i) for i in range(dialog.lang_box.count())]
        qtbot.keyClicks(dialog.title_edit, "Mon article")
        seen["english"] = dialog.file_name()
        dialog.lang_box.setCurrentIndex(1)
        seen["french"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen == {
        "shown": True,
        "listed": ["English (en)", "Français (fr)"],
        "english": "content/posts/mon-article.md",
        "french": "content/posts/mon-article.fr.md",
    }
    assert window.save_document()
    path = site / "content" / "posts" / "mon-article.fr.md"
    assert Document.load(path).front_matter == {
        "title": "Mon article", "site": "Multi FR", "by": "Jean"
    }  # fmt: skip


def test_no_language_row_on_a_site_in_one_language(
    qtbot,
    site: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    (site / "hugo.toml").write_text("title = 'One'\n", encoding="utf-8")
    window = quiet_window
    open_site(qtbot, window, site)
    seen: dict[str, object] = {}

    def look(dialog: NewDocumentDialog) -> int:
        seen["shown"] = dialog.lang_box.isVisibleTo(dialog)
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    window.new_document()
    assert seen == {"shown": False}


def test_with_a_french_page_open_the_dialog_starts_in_french(
    qtbot,
    site: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    _write(site / "content" / "posts" / "old.fr.md", "---\ntitle: Vieux\n---\n")
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(site / "content" / "posts" / "old.fr.md")
    seen: dict[str, object] = {}

    def look(dialog: NewDocumentDialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "Autre")
        seen["lang"], seen["file"] = dialog.lang_box.currentText(), dialog.file_name()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    window.new_document()
    assert seen == {"lang": "Français (fr)", "file": "content/posts/autre.fr.md"}


def test_a_translation_keeping_its_title_is_not_said_to_clash(
    qtbot,
    site: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    # "Old" is the English page's title: a French page may keep it (its translation).
    window = quiet_window
    open_site(qtbot, window, site)
    seen: dict[str, object] = {}

    def look(dialog: NewDocumentDialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "Old")
        seen["english"] = dialog.same_label.text()
        dialog.lang_box.setCurrentIndex(1)
        seen["french"] = dialog.same_label.text()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    window.new_document()
    assert seen == {
        "english": "A page with this title is already there: content/posts/old.md.",
        "french": "",
    }
