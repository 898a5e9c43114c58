"""The Drafts dialog names a page setting in a draft's suggested edits as the review window
and the form do: by the `label:` the site's schema gives it ("in Headline"), not by its key
in plain words ("in Title"); the labels are read from the draft's path in the site, without
git."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, review, sync_draft_suggestions, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_drafts  # noqa: E402
from sharing_helpers import team, window  # noqa: E402, F401
from sync_site import POST, replace_in  # noqa: E402

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


def test_the_labels_are_listed_at_once_without_asking_git(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The draft knows its page's path in the site: the labels need no git (which held the
    dialog on a busy disk), so the suggested edits are listed with the notes, at once."""
    _server, author, editor = team
    send_title_suggestion_to_headline_site(author, editor)

    # Git asked while the labels are read (the dialog asks it for other things).
    reading: list[bool] = []
    asked: list[object] = []
    labels_of, open_repo = (
        sync_draft_suggestions.draft_setting_labels,
        sync_draft_suggestions.open_repo,
    )

    def labels_watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        reading.append(True)
        try:
            return labels_of(*args, **kwargs)
        finally:
            reading.pop()

    def repo_watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if reading:
            asked.append(args)
        return open_repo(*args, **kwargs)

    monkeypatch.setattr(sync_draft_suggestions, "draft_setting_labels", labels_watched)
    monkeypatch.setattr(sync_draft_suggestions, "open_repo", repo_watched)
    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=20000)
    assert dialog.notes.count() == 1  # listed when the draft is shown, not later
    said = dialog.notes.item(0).text()
    assert said.startswith("Sue suggests: replace “"), said
    assert said.endswith("(in Headline)"), said  # the same label as before
    assert "reading" not in dialog.notes_label.text()
    assert not asked
