"""The Drafts dialog's notes list keeps a Persian note's words in order, set apart from the
English words around them (as the review window's list does): its brackets stayed with it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import add_note, open_sent_draft  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_a_persian_note_in_the_drafts_dialog(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    dialog = open_sent_draft(qtbot, window, author, editor)
    add_note(qtbot, window, monkeypatch, dialog, "کدام روز؟ (which day)")
    assert dialog.notes.item(0).text() == "Test Reviewer: \u2068کدام روز؟ (which day)\u2069"
