"""Approve in the review window says which page was approved: the page leaves the queue and
the next one shows beside "Undo approval", so a silent approval read as about the page shown
(on a shared site it said only how the author gets the decision)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core import gitutil
from editor_app.ui.main_window import MainWindow
from editor_app.ui.review.window import ReviewWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND, BRIEFING, EDUCATION, replace_in  # noqa: E402
from test_review_window import main_window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def approve_in_queue(qtbot, window: MainWindow, site: Path, page: str) -> ReviewWindow:  # noqa: ANN001
    """`site` open, its review queue of three pages shown, `page` approved there by Ed Editor
    and gone from the queue; the review window."""
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(site)
    hook = window.review
    hook.queue_action.trigger()
    rw = hook.review_window
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() == 3, timeout=20000)
    assert rw.panel.select_path(site / page)
    rw.panel.author_edit.setText("Ed Editor")
    qtbot.mouseClick(rw.panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() == 2, timeout=20000)
    return rw


def test_the_window_says_which_page_was_approved(qtbot, git_site: Path, main_window) -> None:  # noqa: F811
    rw = approve_in_queue(qtbot, main_window, git_site, BRIEFING)
    assert rw.panel.current.path != (git_site / BRIEFING).resolve()  # the next one is shown
    said = rw.statusBar().currentMessage()
    assert said.startswith("Approved “Legitimate interests briefing paper”."), said
    assert rw.panel.undo_button.text() == "Undo approval"


def test_a_long_title_is_cut_so_the_line_fits(qtbot, git_site: Path, main_window) -> None:  # noqa: F811
    # "Generative AI in Education - Workshop in a Box" (46 characters) is cut at 40.
    rw = approve_in_queue(qtbot, main_window, git_site, EDUCATION)
    assert rw.statusBar().currentMessage() == "Approved “Generative AI in Education - Workshop i…”."


def test_a_title_another_page_shares_is_said_with_its_file(
    qtbot,
    git_site: Path,
    main_window,  # noqa: F811
) -> None:
    # Two pages of one title (as the guide's page and its Pidgin copy): which one, by its file.
    replace_in(
        git_site / BRAND, "title: Brand narrative", "title: Legitimate interests briefing paper"
    )
    rw = approve_in_queue(qtbot, main_window, git_site, BRIEFING)
    assert rw.statusBar().currentMessage() == (
        f"Approved “Legitimate interests briefing paper” ({BRIEFING})."
    )
