"""File > New on a fresh Hugo site: the section known from `archetypes/posts.md` alone is
offered as a kind of page, and its first page is made there on the first Save."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.ui.dialogs import NewDocumentDialog


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    for name in ("content", "layouts", "static", "data", "assets", "i18n", "themes"):
        (tmp_path / name).mkdir()
    (tmp_path / "archetypes").mkdir()
    (tmp_path / "hugo.toml").write_text("title = 'Fresh'\n", encoding="utf-8")
    (tmp_path / "archetypes" / "default.md").write_text("---\ntitle: d\n---\n", encoding="utf-8")
    (tmp_path / "archetypes" / "posts.md").write_text(
        "---\ntitle: x\ndraft: true\n---\n\nWrite the post here.\n", encoding="utf-8"
    )
    return tmp_path


def test_first_page_of_an_archetype_section_from_file_new(
    qtbot, fresh: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, fresh)
    seen: dict = {}

    def fill_in(dialog: NewDocumentDialog) -> int:
        box = dialog.collection_box
        seen["kinds"] = [box.itemText(i) for i in range(box.count())]
        seen["archetype row"] = not dialog.kind_box.isHidden()
        qtbot.keyClicks(dialog.title_edit, "Hello there")
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen["kinds"] == ["Posts"] and seen["archetype row"] is False
    assert seen["file"] == "content/posts/hello-there.md"
    doc = window.current_document()
    assert doc.front_matter == {"title": "Hello there", "draft": True}
    assert window.save_document()
    page = fresh / "content" / "posts" / "hello-there.md"
    assert page.read_text(encoding="utf-8") == (
        "---\ntitle: Hello there\ndraft: true\n---\n\nWrite the post here.\n"
    )
    qtbot.waitUntil(lambda: page.resolve() in [p.resolve() for p in window.library.paths()])
