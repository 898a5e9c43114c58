"""A title emptied (`set PAGE title=`) or removed in a small collection is told by validate,
as in a big one: hugo-docs' Getting started has four pages, every other one titled. The one
page lacking it made the inferred title optional (3 of 4 filled), so validate said nothing,
though `set` warned of it and a page of a big collection (functions) was told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

PAGE = Path("content/en/getting-started/quick-start.md")


def _title_problems(capsys: pytest.CaptureFixture[str], page: Path) -> list[dict]:
    code, out, err = run(capsys, "validate", "--no-cache", "--no-content", "--json", str(page))
    assert code in (0, 1), err
    return [p for p in json.loads(out) if p["field"] == "title"]


@pytest.mark.parametrize(
    ("change", "said"),
    [(["title="], "Title is empty."), (["--remove", "title"], "Title is missing.")],
    ids=["emptied", "removed"],
)
def test_a_small_collection_asks_for_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: list[str], said: str
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / PAGE
    page.chmod(0o644)
    assert _title_problems(capsys, page) == []
    code, _, err = run(capsys, "set", str(page), *change)
    assert code == 0, err
    problems = _title_problems(capsys, page)
    assert len(problems) == 1, problems
    assert problems[0]["code"] == "required-missing"
    assert problems[0]["message"].startswith(said)
    assert "Every other page in Getting started has one" in problems[0]["message"]
