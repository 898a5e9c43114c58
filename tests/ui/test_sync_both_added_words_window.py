"""Get latest in the window over a page the author added while another author added it too,
same settings, the same paragraph with words added in different places: the open page shows
one paragraph with both authors' words, and no choice is asked (it showed the sentence twice)."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, team, wait_idle, window  # noqa: E402, F401

from editor_app.core import sync  # noqa: E402

MEETUP = "_posts/2025-06-01-meetup.md"
HEADER = "---\ntitle: Meetup\nlayout: post\n---\n\n"


def test_one_paragraph_with_both_authors_words(qtbot, window: MainWindow, team) -> None:  # noqa: ANN001, F811
    _server, ben, ana = team
    (ben / MEETUP).write_text(HEADER + "Meet at the big park at noon, by the gate.\n")
    assert sync.push(ben).shared
    (ana / MEETUP).write_text(HEADER + "Meet at the park at noon, by the north gate.\n")
    open_clone(qtbot, window, ana)
    assert window.open_document(ana / MEETUP)
    bar = window.sync_bar

    bar.get_latest_action.trigger()

    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: "Meet at the big park at noon, by the north gate." in window.editor.toPlainText(),
        timeout=20000,
    )
    assert window.editor.toPlainText().count("Meet at") == 1
    assert getattr(bar, "choice_dialog", None) is None
    assert not bar.choices_action.isVisible()
    assert (ana / MEETUP).read_text() == (
        HEADER + "Meet at the big park at noon, by the north gate.\n"
    )
