"""The Drafts dialog names a page setting in a draft's suggested edits as the review window
and the form do: by the `label:` the site's schema gives it ("in Headline"), not by its key
in plain words ("in Title"); reading the labels (git is asked) runs off the UI thread."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from editor_app.core import gitutil, review, sync_draft_suggestions, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_drafts  # noqa: E402
from sync_site import POST, replace_in  # noqa: E402
from test_sync_window import team, window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def send_title_suggestion_to_headline_site(author: Path, editor: Path) -> None:
    """The author sends a draft suggesting a new title (by Sue); the editor's site names the
    title "Headline" in its form."""
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    review.suggest(author / POST, None, "When a council listens", field="title", author="Sue")
    assert sync_drafts.send_for_review(author, author / POST).shared
    replace_in(
        editor / "_schema.yml",
        "      - name: title\n",
        "      - name: title\n        label: Headline\n",
    )


def test_a_suggested_setting_is_named_by_its_label(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    send_title_suggestion_to_headline_site(author, editor)
    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: dialog.notes.count() == 1, timeout=20000)
    said = dialog.notes.item(0).text()
    assert said.startswith("Sue suggests: replace “"), said
    assert said.endswith("(in Headline)"), said


def test_the_labels_are_read_off_the_ui_thread_the_dialog_answering_meanwhile(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    send_title_suggestion_to_headline_site(author, editor)
    # Reading the labels asks git where the repository is: slow here, as on a busy disk.
    read_on: list[threading.Thread] = []
    labels_of = sync_draft_suggestions.draft_setting_labels

    def slow_labels(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        read_on.append(threading.current_thread())
        time.sleep(1.5)
        return labels_of(*args, **kwargs)

    monkeypatch.setattr(sync_draft_suggestions, "draft_setting_labels", slow_labels)
    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: bool(read_on), timeout=20000)
    assert read_on[0] is not threading.main_thread()
    # Meanwhile the dialog answers (its timers run) and says it reads them.
    assert "reading its suggested edits" in dialog.notes_label.text()
    assert dialog.notes.count() == 0
    ticks: list[int] = []
    QTimer.singleShot(50, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)
    assert dialog.notes.count() == 0  # still reading: the timer was not held up by it

    qtbot.waitUntil(lambda: dialog.notes.count() == 1, timeout=20000)
    said = dialog.notes.item(0).text()
    assert said.startswith("Sue suggests: replace “"), said
    assert said.endswith("(in Headline)"), said  # the same label as before
    assert "reading" not in dialog.notes_label.text()
    assert len(read_on) == 1  # once per draft page
