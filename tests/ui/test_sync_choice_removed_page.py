"""A page one author removed and the other changed: the Choices window's box showed the
page's settings' lines ("--- title: … ---") where `sync choices` named it by its title and
words. Both call one core rule now, sync_conflicts.kept_page_words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import sync, sync_conflicts
from editor_app.ui.sync_choices import ChoiceDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import OTHER, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


def test_a_page_removed_by_others_is_shown_by_its_title_and_words(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    isolate_git(monkeypatch)
    _server, ana, ben = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    (ben / OTHER).unlink()
    assert sync.push(ben).shared
    replace_in(ana / OTHER, "A finished page.", "A finished page, edited.")
    (choice,) = sync.pull(ana).conflicts
    words = sync_conflicts.kept_page_words(choice, choice.mine)
    assert words.startswith("“Second post”: ") and "A finished page, edited." in words
    assert "---" not in words

    repo = sync.open_repo(ana)
    dialog = ChoiceDialog(repo, sync_conflicts.load(repo))
    qtbot.addWidget(dialog)
    mine = dialog.mine.toPlainText()
    assert mine.startswith("Second post\n\n") and "A finished page, edited." in mine
    assert "<b>Second post</b>" in sync_conflicts.versions_html(choice)[0]
    assert "title:" not in mine
    assert "They removed this page." in dialog.theirs.toPlainText()
    # The buttons say what they do: "Keep theirs" of a removal did not say it removes.
    assert (dialog.keep_mine.text(), dialog.keep_theirs.text()) == ("Keep it", "Remove it too")
