"""In the review window, a reviewer who gives no name signs notes and decisions with the name
git has in the site (its own user.name before the global one), the name the "your own
change" rule knows them by; it was the global user.name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.core import gitutil, review
from editor_app.core.site import Site
from editor_app.ui.dialogs import ReviewerName
from editor_app.ui.review import ReviewPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRIEFING, git, make_git_site  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def test_a_note_with_no_name_given_is_signed_with_the_sites_git_name(
    qtbot, site_copy: Path, tmp_path: Path, settings: QSettings, monkeypatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Seed Maintainers\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    make_git_site(site_copy)
    git(site_copy, "config", "user.name", "Docs Writer")
    said: list[str] = []
    # The question says the name an empty answer signs with; no name given.
    monkeypatch.setattr(
        ReviewerName,
        "ask",
        classmethod(lambda cls, parent, unnamed_as="": said.append(unnamed_as) or ""),
    )
    monkeypatch.setattr(ReviewPanel, "ask_note_text", classmethod(lambda cls, p, q: "Dates?"))
    panel = ReviewPanel(settings)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        panel.set_site(Site.open(site_copy))
    page = site_copy / BRIEFING
    assert panel.select_path(page)
    note = panel.add_note_on_selection()
    assert note is not None and note.author == "Docs Writer"
    assert said == ["Docs Writer"]
    assert panel.author_edit.text() == "Docs Writer"
    assert [n.author for n in review.NoteStore(page).notes] == ["Docs Writer"]
