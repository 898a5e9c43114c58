"""A page's long sentences beyond the three named are still each found by their line, in the
text, the JSON `editor-app validate` prints (a script checking the site sees every one) and the
window's Checklist: a 60-word sentence planted in a page with longer ones was only a count."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from editor_app.cli import main

PAGE = "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"
SIXTY_WORDS = (
    "We asked the people who came to the roundtable in Geneva and the webinar in March what "
    "they wanted the dialogue to hear, and they told us that the voices of people who live "
    "with these systems every day should be in the room when the rules are written, not "
    "heard only afterwards through a short consultation of some weeks."
)


def plant_sixty_words(site: Path) -> int:
    """The 60-word sentence as a paragraph after the page's opening lines; its line."""
    path = site / PAGE
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[17].startswith("We prepared a PAIRS")
    lines[18:18] = ["", SIXTY_WORDS]
    path.write_text("\n".join(lines), encoding="utf-8")
    return 20


def _more_lines(message: str) -> list[int]:
    """The lines the 'N more sentences' remark names."""
    found = re.search(
        r"more sentences? on this page runs? over \d+ words: lines? ([\d, and]+)\.\)", message
    )
    assert found, message
    return [int(n) for n in re.findall(r"\d+", found.group(1))]


def test_the_sixty_words_are_counted_and_found_by_line_in_the_json(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(SIXTY_WORDS.split()) == 60
    line = plant_sixty_words(site_copy)
    main(["validate", "--format", "json", str(site_copy / PAGE)])
    found = [p for p in json.loads(capsys.readouterr().out) if p["code"] == "sentence-long"]
    # The three longest are named (66, 63, 61 words); the planted one is among the rest...
    assert len(found) == 3
    assert all(p["line"] != line for p in found)
    assert not any("has 60 words" in p["message"] for p in found)
    last = found[-1]["message"]
    assert "(27 more sentences on this page run over 35 words: lines " in last
    # ...which the last one names by line, every one of them, the planted one too.
    named = _more_lines(last)
    assert line in named
    assert len(named) >= 20 and named == sorted(set(named))
