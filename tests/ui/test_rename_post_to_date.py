"""A Jekyll post whose date field no longer matches its file name: the Problems panel's
"Rename File to Match Date" (and File > Rename File to Match Date…) renames it, saving the
unsaved edits first; the open page follows its new file and links to it follow too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui import post_rename_flow
from editor_app.ui.main_window import MainWindow

POST = "_posts/2013-05-06-jekyll-1-0-0-released.markdown"
RENAMED = "_posts/2013-05-09-jekyll-1-0-0-released.markdown"
LINKING = "_posts/2014-05-06-jekyll-turns-2-0-0.markdown"


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = copy_shared_site("jekyll-docs", tmp_path)
    post = root / POST
    post.write_bytes(
        post.read_bytes().replace(b'date: "2013-05-06 02:12:52', b'date: "2013-05-09 12:12:52')
    )
    return root


@pytest.fixture
def answers(monkeypatch):  # noqa: ANN001, ANN201
    asked: dict[str, list[str]] = {"save": [], "confirm": [], "refused": []}
    monkeypatch.setattr(
        post_rename_flow.SaveBeforeRename,
        "ask",
        classmethod(lambda c, p, n: asked["save"].append(n) or True),
    )
    monkeypatch.setattr(
        post_rename_flow.ConfirmRenameFile,
        "ask",
        classmethod(lambda c, p, t: asked["confirm"].append(t) or True),
    )
    monkeypatch.setattr(
        post_rename_flow.CannotRenameMessage,
        "show",
        classmethod(lambda c, p, t: asked["refused"].append(t)),
    )
    return asked


def test_the_problem_offers_the_rename_and_the_page_follows(
    qtbot, window: MainWindow, site: Path, answers
) -> None:  # noqa: ANN001
    linking_before = (site / LINKING).read_bytes()
    open_site(qtbot, window, site)
    assert window.open_document(site / POST)
    window.validate_current()
    tree = window.problems.tree
    # The page's one fixable problem is offered before any row is chosen.
    assert window.problems.fix_button.isVisible()
    rows = [i for i, p in enumerate(window.problems.problems()) if p.code == "date-mismatch"]
    assert rows
    item = tree.topLevelItem(rows[0])
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    button = window.problems.fix_button
    assert button.isVisible() and button.text() == "Rename File to Match Date"
    # An unsaved edit is saved first (after asking), then the file renamed.
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "Thanks!")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert answers["save"] and answers["confirm"]
    assert "Links to it in 1 page will name the new file." in answers["confirm"][0]
    assert not (site / POST).exists()
    assert (site / RENAMED).read_text(encoding="utf-8").rstrip().endswith("Thanks!")
    assert window.current_document().path == (site / RENAMED).resolve()
    assert not window.isWindowModified()
    assert (site / LINKING).read_bytes() == linking_before.replace(
        b"2013-05-06-jekyll-1-0-0-released", b"2013-05-09-jekyll-1-0-0-released"
    )
    assert "links to it changed in 1 page" in window.statusBar().currentMessage()
    assert not [p for p in window.problems.problems() if p.code == "date-mismatch"]
    assert not button.isVisible()


def test_file_menu_rename_refuses_a_name_taken(
    qtbot, window: MainWindow, site: Path, answers
) -> None:  # noqa: ANN001
    (site / RENAMED).write_text("---\ntitle: Another\n---\n", encoding="utf-8")
    open_site(qtbot, window, site)
    assert window.open_document(site / POST)
    action = window.post_rename.action
    qtbot.waitUntil(action.isEnabled)  # the checks it reads dates by loaded after the paint
    assert action in window.file_menu.actions()
    action.trigger()
    assert answers["refused"] == [
        "2013-05-09-jekyll-1-0-0-released.markdown already exists: the file was not renamed."
    ]
    assert (site / POST).exists()
    assert window.current_document().path == (site / POST).resolve()
    # A page whose name holds no date has nothing to rename.
    assert window.open_document(site / "_docs/posts.md")
    assert not action.isEnabled()
