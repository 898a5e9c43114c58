"""The Drafts dialog names a page setting in a draft's suggested edits as the review window
and the form do: by the `label:` the site's schema gives it ("in Headline"), not by its key
in plain words ("in Title")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil, review, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_drafts  # noqa: E402
from sync_site import POST, replace_in  # noqa: E402
from test_sync_window import team, window  # noqa: E402, F401

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_a_suggested_setting_is_named_by_its_label(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    team,  # noqa: ANN001, F811
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    review.suggest(author / POST, None, "When a council listens", field="title", author="Sue")
    assert sync_drafts.send_for_review(author, author / POST).shared
    # The editor's site names the title "Headline" in its form.
    replace_in(
        editor / "_schema.yml",
        "      - name: title\n",
        "      - name: title\n        label: Headline\n",
    )
    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: dialog.notes.count() == 1, timeout=20000)
    said = dialog.notes.item(0).text()
    assert said.startswith("Sue suggests: replace “"), said
    assert said.endswith("(in Headline)"), said
