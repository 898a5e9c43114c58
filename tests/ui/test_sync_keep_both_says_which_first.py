"""Keep both paragraphs on the open page: both versions are in the editor, mine first, and the
status bar says so and what is left to do. A long paragraph with one word changed looked the
same twice with nothing saying which was which; and with the page open, the line was replaced
at once by "“PAGE” was changed by another program; showing the new version."."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.core import sync
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sharing_helpers  # noqa: E402
from sharing_helpers import open_clone  # noqa: E402
from sync_site import POST, replace_in  # noqa: E402

team = sharing_helpers.team
window = sharing_helpers.window

BASE = "Residents had written three hundred letters"
THEIRS = "Residents had written three hundred kind letters"
MINE = "Residents had written three thousand letters"


def test_keep_both_on_the_open_page_says_yours_first(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001
    _server, author, editor = team
    replace_in(author / POST, BASE, THEIRS)
    assert sync.push(author).shared
    replace_in(editor / POST, BASE, MINE)  # saved, not shared: a word beside theirs changed
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    dialog = bar.choice_dialog
    assert MINE in dialog.mine.toPlainText() and THEIRS in dialog.theirs.toPlainText()

    dialog.keep_both.click()

    said = (
        "Kept both paragraphs in “What happens when a council listens”, yours first: remove "
        "the one you do not want. Share my changes to send the result."
    )
    qtbot.waitUntil(lambda: THEIRS in window.editor.toPlainText(), timeout=5000)
    shown = window.editor.toPlainText()
    assert shown.index(MINE) < shown.index(THEIRS)
    assert window.statusBar().currentMessage() == said
    qtbot.wait(1500)  # the disk watch's look after the choice says nothing over it
    assert window.statusBar().currentMessage() == said
    assert not window.current_document().is_modified
