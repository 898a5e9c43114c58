"""Fixtures of the command-line tests."""

from __future__ import annotations

import pytest

from editor_app.cli import progress


@pytest.fixture
def at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run counts as long enough to show its progress (StderrProgress)."""
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
