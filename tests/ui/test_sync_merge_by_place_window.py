"""Get latest in the window where one paragraph of the open page is a choice: the Choices
window offers that paragraph alone, and the page shows the other author's words elsewhere
merged with the author's own (before, every place both changed was a choice, the page keeping
the author's words there)."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, team, wait_idle, window  # noqa: E402, F401
from sync_site import POST, replace_in  # noqa: E402

from editor_app.core import sync  # noqa: E402


def test_only_the_clashing_paragraph_is_offered(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    replace_in(author / POST, "three hundred letters", "four hundred letters")
    assert sync.push(author).shared
    replace_in(editor / POST, "in March", "in early March")
    replace_in(editor / POST, "three hundred letters", "five hundred angry letters")
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    bar = window.sync_bar

    bar.get_latest_action.trigger()

    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    dialog = bar.choice_dialog
    assert dialog.isVisible()
    assert [c.mine for c in dialog.waiting] == [
        "Residents had written five hundred angry letters about the park."
    ]
    assert "four hundred letters" in dialog.theirs.toPlainText()
    dialog.later.click()
    wait_idle(qtbot, window)
    assert "The council met on a windy Tuesday in early March." in window.editor.toPlainText()
    assert bar.choices_action.text() == "Choices (1)…"
