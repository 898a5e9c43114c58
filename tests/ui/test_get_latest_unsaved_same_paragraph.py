"""Get latest while the open page has unsaved words: others' words changed elsewhere in the
same paragraph (another item of one list, another sentence) join the unsaved text, as Combine
both joins them. They were left out (the paragraph kept the unsaved version alone, "theirs is
in File > Page History…"), and saving put the other author's words out of the page."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, team, type_after, wait_idle, window  # noqa: E402, F401
from sync_site import POST, replace_in  # noqa: E402


def test_others_words_elsewhere_in_the_paragraph_join_the_unsaved_text(qtbot, window, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    type_after(qtbot, window, "in March.", " It rained all day.")
    replace_in(author / POST, "The council met", "The town council met")
    assert sync.push(author).shared
    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "town council" in window.editor.toPlainText(), timeout=5000)
    text = window.editor.toPlainText()
    assert "The town council met on a wet Tuesday in March. It rained all day." in text
    assert window.current_document().is_modified
    assert "Page History" not in window.statusBar().currentMessage()
