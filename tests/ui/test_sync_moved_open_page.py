"""The open page, saved with changes, moved by others: Get latest opens it at its new name with
those changes, and says so (it said "removed as others removed it, and closed", and the
changes stayed at the old name as a second copy of the page)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QTextCursor

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, wait_idle  # noqa: E402
from sync_site import OTHER, git  # noqa: E402
from test_sync_window import team, window  # noqa: E402, F401

MOVED = "_posts/2025-02-01-the-second-post.md"


def others_move_the_page(ben: Path, change: tuple[str, str] | None = None) -> None:
    """Ben moves OTHER to MOVED, its text changed by `change` (old, new) when given, and pushes."""
    git(ben, "mv", OTHER, MOVED)
    if change is None:
        git(ben, "commit", "-q", "-m", "Rename the second post")
    else:
        (ben / MOVED).write_text((ben / MOVED).read_text().replace(*change))
        git(ben, "commit", "-q", "-a", "-m", "Rename the second post")
    git(ben, "push", "-q")


def type_at_the_end_of_the_page(qtbot, main_window: MainWindow, ana: Path, words: str) -> None:  # noqa: ANN001
    """Ana's clone open in `main_window`, OTHER open in the editor and `words` typed at its end."""
    open_clone(qtbot, main_window, ana, timeout=30000)
    assert main_window.open_document(ana / OTHER)
    main_window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(main_window.editor, words)


def test_the_open_page_moved_by_others_opens_at_its_new_name(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team: tuple[Path, Path, Path],  # noqa: F811
    errors,  # noqa: ANN001
) -> None:
    server, ben, ana = team
    others_move_the_page(ben)
    type_at_the_end_of_the_page(qtbot, window, ana, "Words from Ana.")
    bar = window.sync_bar
    assert window.save_document()
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == (
        f"Got the latest: 1 page changed by others; {OTHER} was moved by others to "
        f"{MOVED.rsplit('/', 1)[1]}: "
        "your changes went with it. “Second post” is open at its new name."
    )
    doc = window.current_document()
    assert doc is not None and Path(doc.path) == ana / MOVED
    assert "Words from Ana." in window.editor.toPlainText()
    assert not (ana / OTHER).exists()
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert "Words from Ana." in git(server, "show", f"main:{MOVED}")
    assert errors == []


def test_unsaved_words_follow_the_page_moved_by_others(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team: tuple[Path, Path, Path],  # noqa: F811
    errors,  # noqa: ANN001
) -> None:
    """Typed, not saved: the page was said removed, and saving put it back at the old name,
    a second copy of the page for everyone."""
    _server, ben, ana = team
    others_move_the_page(ben, ("Another one", "Moved one"))
    type_at_the_end_of_the_page(qtbot, window, ana, "Unsaved words.")
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Got the latest: 1 page changed by others. “Second post” was moved by others to "
        f"{MOVED}: it is open there, with your unsaved words: save to keep them."
    )
    doc = window.current_document()
    assert doc is not None and Path(doc.path) == ana / MOVED and doc.is_modified
    # After a crash the words are offered under the new name only: the copy under the old
    # name offered to put the moved page back there ("restoring and saving puts it back").
    store = window.guard.copies.store
    assert store.get(ana / OTHER) is None
    kept = store.get(ana / MOVED)
    assert kept is not None and b"Unsaved words." in kept.data
    assert window.save_document()
    saved = (ana / MOVED).read_text()
    assert "Unsaved words." in saved and "Moved one" in saved
    assert not (ana / OTHER).exists()
    assert errors == []


def test_unsaved_words_stay_when_the_moved_page_cannot_be_read(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team: tuple[Path, Path, Path],  # noqa: F811
    errors,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    """The page at its new name cannot be read: that was said as if it had followed ("it is
    open there, with your unsaved words"), the page left at its old name with no word."""
    from editor_app.core.document import Document

    _server, ben, ana = team
    others_move_the_page(ben)
    type_at_the_end_of_the_page(qtbot, window, ana, "Unsaved words.")
    bar = window.sync_bar
    real_load = Document.load.__func__

    def load(cls, path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if Path(path).name == Path(MOVED).name:
            raise PermissionError(13, "Permission denied", str(path))
        return real_load(cls, path, *args, **kwargs)

    monkeypatch.setattr(Document, "load", classmethod(load))
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Got the latest: 1 page changed by others. “Second post” was moved by others to "
        f"{MOVED}, which could not be opened (permission denied): your unsaved words are "
        "still open here; make it readable and copy them into it."
    )
    doc = window.current_document()
    assert doc is not None and doc.is_modified and "Unsaved words." in window.editor.toPlainText()
    assert errors == []


def test_the_disk_watch_leaves_a_page_moved_by_get_latest_to_the_sharing_bar(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team: tuple[Path, Path, Path],  # noqa: F811
    errors,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    """When the file watch looked at the open page while the window's own Get latest was
    moving it (a slow machine), it said "deleted or moved by another program" in a box and
    kept a recovery copy under the old name, offered after the next crash as a page to put
    back there."""
    from editor_app.ui import disk_watch

    _server, ben, ana = team
    others_move_the_page(ben)
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(ana)
    bar = window.sync_bar
    qtbot.waitUntil(lambda: bar.isVisible() and not window.jobs.busy, timeout=30000)
    assert window.open_document(ana / OTHER)
    told: list[str] = []
    monkeypatch.setattr(
        disk_watch.FileDeletedNotice, "tell", classmethod(lambda cls, p, name: told.append(name))
    )
    guard = window.guard
    guard.sharing = True  # as while Get latest runs
    (ana / OTHER).rename(ana / MOVED)  # what Get latest did on disk
    guard.disk.check()  # the watch's timer fires before the bar's finish
    guard.sharing = False
    assert told == []
    assert guard.copies.store.get(ana / OTHER) is None
    assert errors == []
