"""File > New on a Hugo site starts the page from the section's archetype, as `hugo new
content` would (core/archetypes.py); a part of the archetype not filled in is said in the
status bar, in one plain line."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.core.document import Document
from editor_app.ui.dialogs import NewDocumentDialog


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    write(tmp_path / "hugo.toml", "title = 'Small'\n")
    write(tmp_path / "content" / "posts" / "old.md", "+++\ntitle = 'Old'\n+++\n\nOld.\n")
    write(
        tmp_path / "archetypes" / "posts.md",
        "+++\ntitle = '{{ replace .Name \"-\" \" \" | title }}'\nslug = '{{ .Name }}'\n"
        "author = '{{ .Site.Params.author }}'\ndraft = true\n+++\n\nAbout {{ .Section }}.\n",
    )
    return tmp_path


def test_new_page_from_the_archetype_and_the_part_left_said(
    qtbot, hugo: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, hugo)

    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("posts"))
        qtbot.keyClicks(dialog.title_edit, "A day out")
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    doc = window.current_document()
    assert doc.text.startswith("+++\ntitle = 'A day out'\nslug = 'a-day-out'\nauthor = ''\n")
    assert doc.body.strip() == "About posts."
    said = window.statusBar().currentMessage()
    assert "archetypes/posts.md" in said and "author" in said and "\n" not in said
    assert window.save_document()
    assert Document.load(hugo / "content" / "posts" / "a-day-out.md").front_matter["draft"]
