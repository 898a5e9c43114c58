"""`editor-app review suggestions` after one was accepted: it says who accepted it, not that
"its words were changed since" (the acceptance changed them), and an open suggestion whose
words are gone says so in one plain clause."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import review

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRAND, replace_in  # noqa: E402


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_accepted_and_lost_suggestions_are_listed_plainly(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(site_copy)
    for on, new in (("quite a challenge", "a real challenge"), ("bit of narrative", "story")):
        assert run(capsys, "review", "suggest", BRAND, "--on", on, "--replace", new,
                   "--author", "Ada")[0] == 0  # fmt: skip
    first, second = review.NoteStore(site_copy / BRAND).suggestions
    assert run(capsys, "review", "accept", BRAND, first.id, "--author", "Bo")[0] == 0
    replace_in(site_copy / BRAND, "bit of narrative", "bit of prose")  # the author rewrote it

    code, out = run(capsys, "review", "suggestions", BRAND)
    assert code == 0
    lines = out.splitlines()
    assert f"  {first.id}  accepted by Bo" in lines
    assert f"  {second.id}  open, but its words were changed since" in lines
    assert ", (" not in out
