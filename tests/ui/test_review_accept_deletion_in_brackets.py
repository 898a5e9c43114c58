"""Accepting a suggestion that deletes the first words inside brackets: "(rather big)" without
"rather" reads "(big)", not "( big)" (the space left after the bracket was kept), in the review
window and in the Drafts dialog alike (both accept through `review.accept_suggestion`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core import gitutil, review
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import click_and_wait, open_drafts, open_panel  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401
from sync_site import POST, git, replace_in  # noqa: E402

BRAND = "_resources/brand-narrative.md"


def test_the_review_window_accepts_a_deletion_after_a_bracket(
    qtbot,  # noqa: ANN001
    site_copy: Path,
    settings,  # noqa: ANN001
) -> None:
    path = site_copy / BRAND
    with path.open("a", encoding="utf-8") as page:
        page.write("\nThe story is (rather big) and short.\n")
    made = review.suggest(path, "rather", "", author="Sue")
    panel = open_panel(qtbot, site_copy, settings)
    assert panel.select_path(path)
    shown = panel.notes.suggestions
    assert shown.select(made.id)
    qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    text = path.read_text(encoding="utf-8")
    assert "The story is (big) and short." in text
    assert "( big)" not in text


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_the_drafts_dialog_accepts_a_deletion_after_a_bracket(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    from editor_app.core import sync_drafts
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy (quite wet) Tuesday")
    review.suggest(author / POST, "quite", "", author="Sue")
    assert sync_drafts.send_for_review(author, author / POST).shared
    dialog = open_drafts(qtbot, window, editor)
    dialog.notes.setCurrentRow(0)
    click_and_wait(
        qtbot, window, dialog.accept_button, lambda: "(accepted)" in dialog.notes.item(0).text()
    )
    shared = git(server, "show", f"{dialog.current.branch}:{POST}")
    assert "windy (wet) Tuesday" in shared
    assert "(wet)" in dialog.changes.toPlainText()
