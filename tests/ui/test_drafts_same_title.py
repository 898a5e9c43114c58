"""Two drafts of one title (the guide's "Best Practices for Maintainers" in English and its
Nigerian Pidgin copy) are told apart in the Drafts list by their file, as the page list
tells such pages apart; both rows read the same, the file in their tooltips alone. The
message after approving one names it so too."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import answer, click_and_wait, open_drafts  # noqa: E402
from sharing_helpers import (
    shared_site_team,  # noqa: E402
    window,  # noqa: E402, F401
)
from sync_site import replace_in  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

ENGLISH = "_articles/best-practices.md"
PIDGIN = "_articles/pcm/best-practices.md"


def test_drafts_of_one_title_name_their_file(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = shared_site_team("opensource-guide", tmp_path, monkeypatch)
    for page in (ENGLISH, PIDGIN):
        replace_in(author / page, "\n---\n", "\npublished: false\n---\n")
        assert sync_drafts.send_for_review(author, author / page).shared
    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=20000)
    firsts = sorted(dialog.list.item(i).text().splitlines()[0] for i in range(2))
    assert firsts == [
        "Best Practices for Maintainers · best-practices.md",  # as the page list names them
        "Best Practices for Maintainers · pcm/best-practices.md",
    ]

    # Approved, the other one is shown: the message names the one approved by its file too.
    approved = dialog.shown_title(dialog.current)
    answer(monkeypatch, "ask_approval", (True, "Checked"))  # Check's warnings on the guide
    click_and_wait(qtbot, window, dialog.approve_button, lambda: dialog.list.count() == 1)
    assert approved.endswith("best-practices.md")
    assert dialog.message.text() == f"“{approved}”: approved with 1 warning and shared"
