"""Creating a page in another folder of its collection works out the collection's page folders
(a pass over its pages) once, and not at all when the caller already has them."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core import new_page_folders
from editor_app.core.document import Document
from editor_app.core.page_create import UnknownFolder, new_document, page_folders, proposed_path
from editor_app.core.site import Site


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def notes(tmp_path: Path) -> Site:
    """A site whose notes are in `_notes` and, in French, in `_notes/fr`."""
    write(tmp_path / "_config.yml", "collections: [notes]\n")
    write(tmp_path / "_notes" / "a.md", "---\ntitle: A\nlang: en\n---\n")
    for name in ("b", "c"):
        write(tmp_path / "_notes" / "fr" / f"{name}.md", f"---\ntitle: {name}\nlang: fr\n---\n")
    return Site.open(tmp_path)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The collections `page_folders` was asked about, in order."""
    calls: list[str] = []
    real = new_page_folders.page_folders

    def counting(site: Site, collection: str) -> list[str]:
        calls.append(collection)
        return real(site, collection)

    monkeypatch.setattr(new_page_folders, "page_folders", counting)
    return calls


def test_a_new_page_in_another_folder_works_out_the_folders_once(
    notes: Site, counted: list[str]
) -> None:
    path = new_document(notes, "notes", "Une note", folder="_notes/fr")
    assert path == notes.root / "_notes" / "fr" / "une-note.md"
    assert Document.load(path).front_matter["lang"] == "fr"
    assert counted == ["notes"]


def test_folders_already_worked_out_are_not_worked_out_again(
    notes: Site, counted: list[str]
) -> None:
    folders = page_folders(notes, "notes")
    assert folders == ["_notes", "_notes/fr"]
    counted.clear()
    for typed in ("U", "Un", "Une", "Une n"):
        path = proposed_path(notes, "notes", typed, folder="_notes/fr", folders=folders)
        assert path.parent == notes.root / "_notes" / "fr"
    assert counted == []
    # The folders given are the ones a page may go in: one they do not list is refused.
    with pytest.raises(UnknownFolder):
        proposed_path(notes, "notes", "Une note", folder="_notes/fr", folders=["_notes"])
    assert counted == []
