"""The name and e-mail answer is kept one way, whether given before the first Share my
changes or in Tools > Your Name and E-mail… (`sync_identity.remember_answer`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.ui.dialogs import REVIEWER_KEY
from editor_app.ui.sync_identity import (
    ASKED_KEY,
    EMAIL_KEY,
    SharingNameDialog,
    before_first_share,
    remember_answer,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import git, isolate_git, make_synthetic_site, share  # noqa: E402


def test_an_answer_is_remembered_for_sharing(settings: QSettings) -> None:
    remember_answer(settings, "Ana Author", "ana@example.org")
    assert settings.value(REVIEWER_KEY) == "Ana Author"
    assert settings.value(EMAIL_KEY) == "ana@example.org"
    assert settings.value(ASKED_KEY) == "true"
    remember_answer(settings, "", "")  # the name cleared: git's name is used then
    assert settings.value(REVIEWER_KEY) is None
    assert settings.value(EMAIL_KEY) == ""


def test_a_name_cleared_before_the_first_share_is_forgotten_as_in_tools(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """It was kept by the first-share question and forgotten by the Tools one."""
    isolate_git(monkeypatch)
    _server, _author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    git(editor, "config", "--unset", "user.email")
    settings.setValue(REVIEWER_KEY, "Ana")
    monkeypatch.setattr(
        SharingNameDialog, "ask", classmethod(lambda cls, parent, name, email: ("", "a@b.org"))
    )
    assert before_first_share(settings, editor, None)
    assert settings.value(REVIEWER_KEY) is None
    assert settings.value(EMAIL_KEY) == "a@b.org"
