"""The first start (no folder given, none opened before) opens the user's own copy of the
sample site, in the user's data folder: trying the editor out never changes the app's own
files (read-only where the app is installed; in a source checkout, part of its history)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from editor_app.core.document import Document
from editor_app.core.store import user_data_dir
from editor_app.paths import sample_site_dir
from editor_app.ui.app import start_folder


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_first_start_opens_a_copy_of_the_sample(settings: QSettings) -> None:
    bundled = _files(sample_site_dir())
    folder = start_folder(None, settings)
    assert folder == user_data_dir() / "sample-site"
    assert _files(folder) == bundled
    # The author tries the editor: the copy changes, the app's sample does not.
    page = next((folder / "_resources").glob("*.md"))
    doc = Document.load(page)
    doc.set("title", "Trying the editor")
    doc.save()
    assert _files(sample_site_dir()) == bundled
    # Started again: the same copy, as the author left it (not copied over).
    assert start_folder(None, settings) == folder
    assert Document.load(page).front_matter["title"] == "Trying the editor"
