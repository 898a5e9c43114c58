"""Insert Image then Undo on connectedbydata: the picture the insert copied into
`assets/resources` stays while the window is open (Undo and Redo never touch the file: deleted on
Undo, it came back by Redo only while its page was open, and a link brought back otherwise
named a file gone), and is taken back when the window closes if no page holds it; a picture
the folder had before is never deleted, nor a copy another file of the site names. The
description is left for the author (the caret waits in the empty brackets), and one left as
the file's name words ('2025 03 10 cag') is told by Check as alt-text-poor."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QTextCursor

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document
from editor_app.ui.editor import MarkdownEditor


def _picture(site_copy: Path, tmp_path: Path, name: str) -> Path:
    source = tmp_path / "camera" / name
    source.parent.mkdir(exist_ok=True)
    shutil.copyfile(next((site_copy / "assets" / "resources").glob("*.png")), source)
    return source


def editor_on_site(editor: MarkdownEditor, site_copy: Path, text: str = "Text\n") -> Path:
    """`editor` on the site copy, its pictures going to `assets/resources` (returned), holding
    `text` with the caret at its end."""
    folder = site_copy / "assets" / "resources"
    editor.set_site(Site.open(site_copy), folder)
    editor.set_markdown(text)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return folder


def test_undo_keeps_the_copy_until_the_window_closes(
    qtbot, editor: MarkdownEditor, site_copy: Path, tmp_path: Path
) -> None:
    folder = editor_on_site(editor, site_copy, "Before\n\nAfter")
    editor.go_to_line(2)
    source = _picture(site_copy, tmp_path, "2031-01-05-bus-stop.png")
    before = sorted(p.name for p in folder.iterdir())
    assert editor.insert_image(source) == "/assets/resources/2031-01-05-bus-stop.png"
    assert editor.markdown() == "Before\n\n![](/assets/resources/2031-01-05-bus-stop.png)\n\nAfter"
    qtbot.keyClicks(editor, "The community action group")  # typed where the caret waits
    assert (
        "![The community action group](/assets/resources/2031-01-05-bus-stop.png)" in editor.markdown()
    )
    while editor.document().isUndoAvailable():
        editor.undo()
    assert editor.markdown() == "Before\n\nAfter"
    assert (folder / "2031-01-05-bus-stop.png").read_bytes() == source.read_bytes()
    editor.redo()
    assert (folder / "2031-01-05-bus-stop.png").read_bytes() == source.read_bytes()
    editor.undo()
    editor.take_back_undone_copies()  # the window closes
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing left behind


def test_a_picture_the_folder_had_or_a_page_names_stays(
    qtbot, editor: MarkdownEditor, site_copy: Path, tmp_path: Path
) -> None:
    folder = editor_on_site(editor, site_copy)
    had = next(folder.glob("*.png"))
    data = had.read_bytes()
    # The same picture as one the folder has: that file is used, and kept after Undo.
    assert editor.insert_image(had) is not None
    editor.undo()
    # A copy another page names by the time the window closes stays too.
    source = _picture(site_copy, tmp_path, "map-2031.png")
    url = editor.insert_image(source)
    other = site_copy / "_resources" / "a-page-naming-it.md"
    other.write_text(f"---\ntitle: A\n---\n\n![A map]({url})\n", encoding="utf-8")
    editor.undo()
    editor.take_back_undone_copies()
    assert had.read_bytes() == data
    assert (folder / "map-2031.png").exists()


def test_check_tells_a_description_left_as_the_file_name() -> None:
    text = "---\ntitle: T\n---\n\n![2025 03 10 cag](/assets/resources/2025-03-10-cag.png)\n"
    found = validate_document(Document.from_text(text, Path("page.md")))
    assert [p.code for p in found if p.code.startswith("alt-text")] == ["alt-text-poor"]
    fine = text.replace("2025 03 10 cag", "The community action group meeting")
    found = validate_document(Document.from_text(fine, Path("page.md")))
    assert [p.code for p in found if p.code.startswith("alt-text")] == []


def test_undo_and_typing_never_read_the_site(
    qtbot, editor: MarkdownEditor, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    from editor_app.core import asset_copies

    reads: list[Path] = []
    real = asset_copies.named_elsewhere

    def counted(root: Path, picture: Path) -> bool:
        reads.append(picture)
        return real(root, picture)

    monkeypatch.setattr(asset_copies, "named_elsewhere", counted)
    folder = editor_on_site(editor, site_copy)
    url = editor.insert_image(_picture(site_copy, tmp_path, "map-2032.png"))
    qtbot.keyClicks(editor, "A map of the town")
    while url in editor.markdown():
        editor.undo()
    editor.document().redo()  # as the widget's own Ctrl+Shift+Z does
    editor.document().undo()
    qtbot.keyClicks(editor, " and some more words typed after it")
    assert reads == [] and (folder / "map-2032.png").exists()
    editor.take_back_undone_copies()
    assert len(reads) == 1 and not (folder / "map-2032.png").exists()


def test_a_picture_saved_with_the_page_is_kept(
    qtbot, editor: MarkdownEditor, site_copy: Path, tmp_path: Path
) -> None:
    """Shown with the page when it is left (saved with it, or the author not saving): the
    page's picture, kept."""
    folder = editor_on_site(editor, site_copy)
    editor.insert_image(_picture(site_copy, tmp_path, "pier-2032.png"))
    editor.set_markdown("Another page\n")  # the page left holding it
    editor.take_back_undone_copies()
    assert (folder / "pier-2032.png").exists()
