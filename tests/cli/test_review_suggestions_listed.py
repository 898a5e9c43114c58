"""`editor-app review suggestions` after one was accepted: it says who accepted it, not that
"its words were changed since" (the acceptance changed them), and an open suggestion whose
words are gone says so in one plain clause. Each is placed in the words `review approve`
lists its blockers with ("line 12", "near line 12 (its words were edited since)")."""

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
    text = (site_copy / BRAND).read_text(encoding="utf-8")
    line = 1 + text[: text.index("bit of prose")].count("\n")
    assert f"  {second.id}  open, near line {line} (its words were edited since)" in lines
    assert ", (" not in out


def test_a_suggestion_is_placed_as_review_approve_places_it(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(site_copy)
    text = (site_copy / BRAND).read_text(encoding="utf-8")
    words_line = 1 + text[: text.index("quite a challenge")].count("\n")
    title_line = 1 + text[: text.index("\ntitle:") + 1].count("\n")
    code, out = run(capsys, "review", "suggest", BRAND, "--on", "quite a challenge",
                    "--replace", "a real challenge", "--author", "Ada")  # fmt: skip
    assert code == 0
    on_words = review.NoteStore(site_copy / BRAND).suggestions[0]
    assert out.startswith(f"{BRAND}: suggestion {on_words.id} (line {words_line}): "), out
    code, out = run(capsys, "review", "suggest", BRAND, "--field", "title",
                    "--replace", "A new title", "--author", "Ada")  # fmt: skip
    assert code == 0
    on_title = review.NoteStore(site_copy / BRAND).suggestions[1]
    assert f"suggestion {on_title.id} (the setting title, line {title_line}): " in out, out

    lines = run(capsys, "review", "suggestions", BRAND)[1].splitlines()
    assert f"  {on_words.id}  open, line {words_line}" in lines
    assert f"  {on_title.id}  open, the setting title, line {title_line}" in lines
