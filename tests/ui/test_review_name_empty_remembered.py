"""The name question left empty, where git has a name for the site, signs with git's name and
is not asked again: the Drafts window asked it before each note, send back and approve, as
if the answer had not been heard ("asked once, then remembered" held only for a typed name)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from editor_app.ui.dialogs import ReviewerName, ask_reviewer_name


@pytest.fixture(autouse=True)
def _the_real_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real name box (the tests' default stand-in answers without one)."""
    monkeypatch.setattr(
        ReviewerName,
        "ask",
        classmethod(lambda cls, parent, unnamed_as="": ask_reviewer_name(parent, unnamed_as)),
    )


def _answer_boxes(seen: list[str], typed: str) -> QTimer:
    """Answers every name box that opens with `typed`, noting its label."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            seen.append(box.labelText())
            box.setTextValue(typed)
            box.accept()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    return timer


def _site(tmp_path: Path, git_name: str) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    subprocess.run(["git", "init", "-q", str(site)], check=True)
    if git_name:
        subprocess.run(["git", "-C", str(site), "config", "user.name", git_name], check=True)
    return site


def test_an_empty_answer_is_asked_once(qtbot, tmp_path: Path, settings: QSettings) -> None:  # noqa: ANN001
    site = _site(tmp_path, "Ed Editor")
    seen: list[str] = []
    timer = _answer_boxes(seen, "")
    assert ReviewerName.signing(settings, None, site) == "Ed Editor"
    assert len(seen) == 1 and "Left empty, they are signed Ed Editor" in seen[0]
    assert ReviewerName.signing(settings, None, site) == "Ed Editor"  # a note, then approve
    assert ReviewerName.signing(settings, None, site) == "Ed Editor"
    timer.stop()
    assert len(seen) == 1  # asked before the first only


def test_a_name_typed_later_replaces_git_name(qtbot, tmp_path: Path, settings: QSettings) -> None:  # noqa: ANN001
    site = _site(tmp_path, "Ed Editor")
    seen: list[str] = []
    timer = _answer_boxes(seen, "")
    assert ReviewerName.signing(settings, None, site) == "Ed Editor"
    timer.stop()
    settings.setValue("review/author", "Edith Editor")  # Tools > Your Name and E-mail…
    assert ReviewerName.signing(settings, None, site) == "Edith Editor"


def test_without_a_git_name_an_empty_answer_is_asked_again(
    qtbot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    site = _site(tmp_path, "")
    seen: list[str] = []
    timer = _answer_boxes(seen, "")
    ReviewerName.get(settings, None, site)
    ReviewerName.get(settings, None, site)
    timer.stop()
    assert len(seen) == 2  # nothing to sign with was chosen: the question stays
