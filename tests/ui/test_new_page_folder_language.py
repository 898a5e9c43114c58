"""File > New from a page of a Hugo language's own folder (`content/fr/...`, mounted for
French as gohugo.io mounts `content/en` for English) starts on that folder's language, and the
page is named as its French neighbours are (`slug.md` in `content/fr`): the dialog offered
English, the site's default, from a French page."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog

CONFIG = (
    "title = 'Multi'\ndefaultContentLanguage = 'en'\n"
    "[languages.en]\nweight = 1\nlanguageName = 'English'\n"
    "[languages.fr]\nweight = 2\nlanguageName = 'Français'\n"
    "[module]\n"
    "  [[module.mounts]]\n    source = 'content/en'\n    target = 'content'\n"
    "    [module.mounts.sites.matrix]\n      languages = ['en']\n"
    "  [[module.mounts]]\n    source = 'content/fr'\n    target = 'content'\n"
    "    [module.mounts.sites.matrix]\n      languages = ['fr']\n"
)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    _write(tmp_path / "hugo.toml", CONFIG)
    _write(tmp_path / "content" / "en" / "posts" / "old.md", "---\ntitle: Old\n---\n\nText.\n")
    _write(tmp_path / "content" / "fr" / "posts" / "vieux.md", "---\ntitle: Vieux\n---\n\nTexte.\n")
    return tmp_path


def test_new_from_a_french_folder_page_offers_french(
    qtbot,
    site: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(site / "content" / "fr" / "posts" / "vieux.md")
    seen: dict[str, object] = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        seen["language"] = dialog.lang_box.currentText()
        qtbot.keyClicks(dialog.title_edit, "Mon article")
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    window.new_document()
    assert seen == {"language": "Français (fr)", "file": "content/fr/posts/mon-article.md"}


def test_the_language_is_listed_by_the_label_hugo_docs_gives(
    qtbot, tmp_path: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """Hugo's newer `label` (hugo-docs: `label = 'English'`) names the language, as
    `languageName` did: the box showed the code "fr"."""
    _write(tmp_path / "hugo.toml", CONFIG.replace("languageName", "label"))
    _write(tmp_path / "content" / "en" / "posts" / "old.md", "---\ntitle: Old\n---\n\nText.\n")
    page = tmp_path / "content" / "fr" / "posts" / "vieux.md"
    _write(page, "---\ntitle: Vieux\n---\n\nTexte.\n")
    window = quiet_window
    open_site(qtbot, window, tmp_path)
    assert window.open_document(page)
    seen: dict[str, object] = {}

    def look(dialog: NewDocumentDialog) -> int:
        listed = range(dialog.lang_box.count())
        seen["listed"] = [(dialog.lang_box.itemText(i), dialog.lang_box.itemData(i)) for i in listed]
        seen["language"] = dialog.lang()
        return NewDocumentDialog.DialogCode.Rejected

    monkeypatch.setattr(NewDocumentDialog, "exec", look)
    window.new_document()
    # English too has a folder of its own (content/en): picked, the page goes there, not
    # into the French folder named plainly.
    assert seen == {"listed": [("English (en)", "en"), ("Français (fr)", "fr")], "language": "fr"}
