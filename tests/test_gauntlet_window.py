"""The gauntlet in the window: each shared site opens offscreen and lists its documents; a
document of each opens; an empty folder says it holds no pages. Skips without ../shared/sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.ui.compat import keep_none_alive

keep_none_alive()  # before any widget: see editor_app/ui/compat.py

from PySide6.QtCore import QSettings  # noqa: E402 - after the workaround above

from editor_app.core.site import Site  # noqa: E402
from editor_app.ui.dialogs import Choice, UnsavedChangesDialog  # noqa: E402
from editor_app.ui.main_window import MainWindow  # noqa: E402

SITES = ["connectedbydata", "opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website"]


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    from editor_app.ui import dialogs

    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append((title, text)))
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD))
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.errors_shown = errors
    w.resize(1024, 700)
    w.show()
    yield w
    w.close()
    qtbot.wait(50)
    w.deleteLater()
    qtbot.wait(10)


@pytest.mark.parametrize("name", SITES)
def test_each_site_opens_and_lists_its_documents(qtbot, window: MainWindow, name: str) -> None:  # noqa: ANN001
    folder = shared_site_path(name).resolve()
    with qtbot.waitSignal(window.siteOpened, timeout=60000):
        window.open_folder(folder)
    assert window.errors_shown == []
    site = window.site
    assert site is not None and site.root == folder
    assert window.library.collection_box.count() >= 1
    # The largest collection is shown first, and every one of its documents is listed.
    shown = window.library.current_collection()
    paths = window.library.paths()
    assert paths and len(paths) == len(site.documents(shown or None))
    # A document opens in the form, the editor and the preview.
    with qtbot.waitSignal(window.documentOpened, timeout=20000):
        assert window.open_document(paths[0])
    assert window.current_document() is not None
    assert window.current_document().path == paths[0].resolve()


def test_an_empty_folder_says_it_has_no_pages(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    empty = tmp_path / "empty"
    empty.mkdir()
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(empty)
    assert window.library.paths() == []
    expected = Site.open(empty).no_pages_message()
    assert window.problems.summary.text() == expected  # not "No problems found"
    assert expected not in window.statusBar().currentMessage()  # said once, in Problems
    window.validate_whole_site()
    assert window.problems.summary.text() == expected


def test_a_hostile_folder_opens_in_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    """Links out and in a loop, a FIFO page and a file name that is not UTF-8: listed or
    skipped, never a hang or a crash."""
    import os

    root = tmp_path / "site"
    notes = root / "_notes"
    notes.mkdir(parents=True)
    (root / "_config.yml").write_text("collections: [notes]\n")
    for name in ("ann", "bob"):
        (notes / f"{name}.md").write_text(f"---\ntitle: {name.title()}\n---\nText.\n")
    (notes / os.fsdecode(b"caf\xe9.md")).write_text("---\ntitle: Cafe\n---\n")
    outside = tmp_path / "outside.md"
    outside.write_text("---\ntitle: Outside\n---\n")
    (notes / "out.md").symlink_to(outside)
    (notes / "loop.md").symlink_to(notes / "loop.md")
    os.mkfifo(notes / "pipe.md")
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(root)
    assert window.errors_shown == []
    names = sorted(p.name for p in window.library.paths())
    assert len(names) == 3 and names[:2] == ["ann.md", "bob.md"]
    assert outside.read_text() == "---\ntitle: Outside\n---\n"


def test_a_file_name_that_is_not_utf8_is_listed_as_it_is(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # noqa: ANN001
    import os

    root = tmp_path / "site"
    (root / "_notes").mkdir(parents=True)
    (root / "_config.yml").write_text("collections: [notes]\n")
    odd = root / "_notes" / os.fsdecode(b"caf\xe9.md")
    odd.write_text("---\ntitle: Cafe\n---\n")
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(root)
    assert window.library.paths() == [odd.resolve()]


def test_what_could_not_be_worked_out_is_said(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    import os

    root = tmp_path / "site"
    (root / "_notes").mkdir(parents=True)
    (root / "_config.yml").write_text("collections: [notes]\n")
    (root / "_notes" / "a.md").write_text("---\ntitle: A\n---\n")
    os.mkfifo(root / "_notes" / "pipe.md")
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(root)
    assert "pipe.md" in window.problems.summary.text()
