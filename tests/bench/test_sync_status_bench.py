"""bench/sync_status.py runs on a tiny made-up shared site and reports its figures: the one walk
over the review branches runs fewer git programs than the four it replaced (no timing asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import sync_status  # noqa: E402


def test_sync_status_bench_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    # measure() sets git's settings for the whole process: each put back after the test.
    for name in (
        "GIT_CONFIG_NOSYSTEM",
        "GIT_CONFIG_GLOBAL",
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
    ):
        monkeypatch.setenv(name, "")
    figures = sync_status.measure(branches=3, pages=6, repeat=1)
    for copy in ("author", "editor"):
        f = figures[copy]
        assert all(f[k][0] > 0 for k in ("peer", "before", "after", "status"))
        assert 0 < f["after"][1] < f["before"][1]
