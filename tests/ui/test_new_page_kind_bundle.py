"""File > New on a Hugo site: an "Archetype" choice when the site has archetypes that are
no section's own (`hugo new --kind`), and a bundle archetype making the page's folder, its
other files written beside `index.md` on the first Save."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.core.document import Document
from editor_app.ui.dialogs import NewDocumentDialog


def write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    write(tmp_path / "hugo.toml", "title = 'Small'\n[params]\nauthor = 'Jo'\n")
    write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n\nOld.\n")
    write(tmp_path / "archetypes" / "posts.md", "---\ntitle: x\nfrom: posts\n---\n")
    write(
        tmp_path / "archetypes" / "gallery" / "index.md",
        "---\ntitle: x\nby: {{ .Site.Params.author }}\n---\n\nPictures of {{ .Name }}.\n",
    )
    write(tmp_path / "archetypes" / "gallery" / "cover.jpg", b"\xff\xd8 jpeg")
    return tmp_path


def _answer(qtbot, monkeypatch, title: str, kind: str | None, seen: dict) -> None:  # noqa: ANN001
    def fill_in(dialog: NewDocumentDialog) -> int:
        dialog.collection_box.setCurrentIndex(dialog.collection_box.findData("posts"))
        seen["kinds"] = [dialog.kind_box.itemText(i) for i in range(dialog.kind_box.count())]
        seen["shown"] = not dialog.kind_box.isHidden()
        if kind is not None:
            dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
        qtbot.keyClicks(dialog.title_edit, title)
        seen["file"] = dialog.file_name()
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)


def test_kind_picked_makes_a_bundle_written_on_first_save(
    qtbot, hugo: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, hugo)
    seen: dict = {}
    _answer(qtbot, monkeypatch, "Pics", "gallery", seen)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen["shown"] and seen["kinds"] == ["The section's own", "Gallery (a folder per page)"]
    assert seen["file"] == "content/posts/pics/index.md"
    doc = window.current_document()
    assert doc.front_matter == {"title": "Pics", "by": "Jo"}
    assert doc.body.strip() == "Pictures of pics."
    folder = hugo / "content" / "posts" / "pics"
    assert not (folder / "cover.jpg").exists()  # nothing but the folder until saved
    assert window.save_document()
    assert Document.load(folder / "index.md").front_matter["by"] == "Jo"
    assert (folder / "cover.jpg").read_bytes() == b"\xff\xd8 jpeg"
    said = window.statusBar().currentMessage()
    assert said == "Saved index.md, with cover.jpg from the archetype beside it."


def test_section_own_archetype_by_default(
    qtbot, hugo: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, hugo)
    seen: dict = {}
    _answer(qtbot, monkeypatch, "Plain", None, seen)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen["file"] == "content/posts/plain.md"
    assert window.current_document().front_matter == {"title": "Plain", "from": "posts"}


def test_no_archetype_row_without_other_kinds(
    qtbot, hugo: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    import shutil

    shutil.rmtree(hugo / "archetypes" / "gallery")
    window = quiet_window
    open_site(qtbot, window, hugo)
    seen: dict = {}
    _answer(qtbot, monkeypatch, "Plain", None, seen)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen["shown"] is False


def test_bundle_closed_unsaved_leaves_nothing(
    qtbot, hugo: Path, quiet_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    window = quiet_window  # its "Save changes?" answers Don't save
    open_site(qtbot, window, hugo)
    seen: dict = {}
    _answer(qtbot, monkeypatch, "Pics", "gallery", seen)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    folder = hugo / "content" / "posts" / "pics"
    assert folder.is_dir()
    with qtbot.waitSignal(window.documentClosed, timeout=10000):
        assert window.documents.close_document()
    assert not folder.exists()
    assert sorted(p.name for p in (hugo / "content" / "posts").iterdir()) == ["old.md"]
