"""Get latest in the window over a page where the author added a paragraph after the last one
and another author removed that last paragraph: the open page shows the new paragraph and not
the removed one, and no choice is asked (it was one, over a paragraph only one had touched)."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, team, wait_idle, window  # noqa: E402, F401
from sync_site import POST, replace_in  # noqa: E402

from editor_app.core import sync  # noqa: E402

LAST = "In the end the park kept its trees.\n"
NEW = "A year on, the trees are still there.\n"


def test_the_new_paragraph_follows_the_removal(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    replace_in(author / POST, "\n" + LAST, "")
    assert sync.push(author).shared
    page = editor / POST
    page.write_text(page.read_text() + "\n" + NEW)
    open_clone(qtbot, window, editor)
    assert window.open_document(page)
    bar = window.sync_bar

    bar.get_latest_action.trigger()

    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: LAST not in window.editor.toPlainText(), timeout=20000)
    text = window.editor.toPlainText()
    assert text.endswith("the plan changed.\n\n" + NEW)
    assert getattr(bar, "choice_dialog", None) is None
    assert not bar.choices_action.isVisible()
    assert page.read_text() == (author / POST).read_text() + "\n" + NEW
