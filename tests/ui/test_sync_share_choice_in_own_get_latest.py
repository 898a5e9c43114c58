"""Share my changes in the window when the server had moved on and the Get latest it runs
first leaves a choice: nothing is sent over it, the status bar says which page waits, and the
Choices window opens on it (this copy's version was shared, the other author's words left in
history alone)."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, team, wait_idle, window  # noqa: E402, F401
from sync_site import POST, git, replace_in  # noqa: E402

from editor_app.core import sync  # noqa: E402


def test_share_stops_at_a_choice_its_get_latest_left(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001, F811
    server, ben, ana = team
    replace_in(ben / POST, "three hundred letters", "four hundred letters")
    assert sync.push(ben).shared
    replace_in(ana / POST, "three hundred letters", "five hundred angry letters")
    open_clone(qtbot, window, ana)
    bar = window.sync_bar

    bar.share_action.trigger()

    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    assert window.statusBar().currentMessage() == (
        f"Nothing shared: 1 page waits for your choice, not shared: {POST} "
        "(make the choice, then share again)"
    )
    dialog = bar.choice_dialog
    assert "five hundred angry letters" in dialog.mine.toPlainText()
    assert "four hundred letters" in dialog.theirs.toPlainText()
    assert "four hundred letters" in git(server, "show", f"main:{POST}")
    dialog.later.click()
