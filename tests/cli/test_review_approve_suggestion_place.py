"""`editor-app review approve` refused by suggested edits: one whose words are still in the
page says its line plainly (not "near line N (its words were edited since)", which is for
words edited after it was made), and one on a setting since removed from the header says so
instead of a line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cli_helpers import run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND  # noqa: E402

OLD = "a short public facing story"


@pytest.fixture
def in_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(site_copy)
    return site_copy


def _blockers(capsys) -> list[tuple[str, int | None, str]]:
    code, out, _err = run(capsys, "review", "approve", BRAND, "--json")
    assert code == 1
    return [(b["kind"], b["line"], b["where"]) for b in json.loads(out)["blockers"]]


def test_a_suggestion_on_words_still_there_says_its_line(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(i + 1 for i, text in enumerate(lines) if OLD in text)
    assert run(capsys, "review", "suggest", BRAND, "--on", OLD, "--replace", "a story")[0] == 0

    assert _blockers(capsys) == [("suggestion", line, f"line {line}")]
    code, out, _err = run(capsys, "review", "approve", BRAND)
    assert code == 1 and f"  - Line {line}: Open suggestion by " in out
    assert "near line" not in out


def test_a_suggestion_on_a_setting_removed_since_says_so(in_site: Path, capsys) -> None:
    path = in_site / BRAND
    assert run(capsys, "review", "suggest", BRAND, "--field", "author", "--replace", "Ada")[0] == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("author: Jonathan Smith\n", "", 1), encoding="utf-8")

    assert _blockers(capsys) == [("suggestion", None, "the setting author, no longer in the page")]
