"""File > New on a Hugo site can make a new section: ticked, the page is the section's own,
`slug/_index.md`, from the section's file archetype (a bundle archetype passed over), as
`hugo new posts/slug/_index.md`; closed unsaved, its folder goes again. The box is not
offered off Hugo sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_helpers import open_site

from editor_app.core.document import Document
from editor_app.ui.dialogs import NewDocumentDialog


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    _write(tmp_path / "hugo.toml", "title = 'S'\n")
    _write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    _write(tmp_path / "archetypes" / "posts" / "index.md", "---\ntitle: x\nfrom: bundle\n---\n")
    _write(tmp_path / "archetypes" / "posts" / "notes.md", "notes\n")
    _write(tmp_path / "archetypes" / "default.md", '---\ntitle: x\nn: "{{ .Name }}"\n---\n')
    return tmp_path


def _ask_section(qtbot, monkeypatch, seen: dict, accept: bool) -> None:  # noqa: ANN001
    def fill_in(dialog: NewDocumentDialog) -> int:
        seen["offered"] = dialog.section_box.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.title_edit, "Sub Section")
        seen["page"] = dialog.file_name()
        dialog.section_box.setChecked(True)
        seen["section"] = dialog.file_name()
        return (
            NewDocumentDialog.DialogCode.Accepted
            if accept
            else NewDocumentDialog.DialogCode.Rejected
        )

    monkeypatch.setattr(NewDocumentDialog, "exec", fill_in)


def test_a_new_section_from_the_new_dialog(
    qtbot,
    site: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site)
    seen: dict[str, object] = {}
    _ask_section(qtbot, monkeypatch, seen, accept=True)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    assert seen == {
        "offered": True,
        "page": "content/posts/sub-section/index.md",  # the bundle's page
        "section": "content/posts/sub-section/_index.md",
    }
    assert window.save_document()
    path = site / "content" / "posts" / "sub-section" / "_index.md"
    assert Document.load(path).front_matter == {"title": "Sub Section", "n": "sub-section"}
    assert [p.name for p in path.parent.iterdir()] == ["_index.md"]  # no bundle files


def test_a_new_section_closed_unsaved_leaves_no_folder(
    qtbot,
    site: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    window = quiet_window  # its "Save changes?" answers Don't save
    open_site(qtbot, window, site)
    _ask_section(qtbot, monkeypatch, {}, accept=True)
    with qtbot.waitSignal(window.documentOpened, timeout=10000):
        window.new_document()
    folder = site / "content" / "posts" / "sub-section"
    assert folder.is_dir()
    with qtbot.waitSignal(window.documentClosed, timeout=10000):
        assert window.documents.close_document()
    assert not folder.exists()


def test_no_section_box_off_hugo_sites(
    qtbot,
    tmp_path: Path,
    quiet_window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    _write(tmp_path / "_config.yml", "title: J\n")
    _write(tmp_path / "_posts" / "2024-01-01-a.md", "---\ntitle: A\n---\n")
    window = quiet_window
    open_site(qtbot, window, tmp_path)
    seen: dict[str, object] = {}
    _ask_section(qtbot, monkeypatch, seen, accept=False)
    window.new_document()
    assert seen["offered"] is False
