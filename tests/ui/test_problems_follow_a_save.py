"""A page saved: its rows in the Problems list are its problems now. Working down a whole
site's list, the author fixed a page's missing title and saved, and the problem stayed listed
as if the fix had not taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import open_site

PAGE = "_docs/rendering-process.md"


@pytest.fixture
def jekyll_docs(tmp_path: Path) -> Path:
    dest = copy_shared_site("jekyll-docs", tmp_path)
    return dest


def _fill_the_title_and_save(qtbot, window) -> None:  # noqa: ANN001
    box = window.form.widgets["title"].focus_target()
    assert box.hasFocus()  # the problem took the author there
    qtbot.keyClicks(box, "Rendering Process")
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)


def test_a_problem_fixed_and_saved_leaves_the_whole_site_list(
    qtbot, quiet_window, jekyll_docs: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, jekyll_docs)
    with qtbot.waitSignal(window.problemsShown, timeout=60000):
        window.checks.validate_whole_site()
    before = window.problems.problems()
    missing = [p for p in before if p.path.endswith(PAGE) and p.field == "title"]
    assert missing, [p.message for p in before if p.path.endswith(PAGE)]
    window.problems.problemActivated.emit(missing[0])  # as a click on its row
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=5000)
    _fill_the_title_and_save(qtbot, window)

    assert "title: Rendering Process" in (jekyll_docs / PAGE).read_text(encoding="utf-8")
    after = window.problems.problems()
    assert not [p for p in after if p.path.endswith(PAGE) and p.field == "title"]
    # The other pages' problems stay as they were checked, in the same order.
    assert [p for p in after if not p.path.endswith(PAGE)] == [
        p for p in before if not p.path.endswith(PAGE)
    ]
    assert window.problems.summary.text().startswith("Whole site:")


def test_a_problem_fixed_and_saved_leaves_this_pages_list(
    qtbot, quiet_window, jekyll_docs: Path
) -> None:
    window = quiet_window
    open_site(qtbot, window, jekyll_docs)
    assert window.open_document(jekyll_docs / PAGE)
    with qtbot.waitSignal(window.problemsShown, timeout=5000):
        qtbot.keyClick(window.editor, Qt.Key.Key_F7)
    title_problems = [p for p in window.problems.problems() if p.field == "title"]
    assert title_problems
    window.problems.problemActivated.emit(title_problems[0])
    _fill_the_title_and_save(qtbot, window)
    assert not [p for p in window.problems.problems() if p.field == "title"]
    assert window.problems.summary.text().startswith("This page:")
