"""validate's last line says how many of the pages checked have problems ("in 1 of 3 pages"),
not only how many have some, which read as if only those were checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.cli.validate import _problems_text
from editor_app.core.validate import Problem


def _site(root: Path) -> Path:
    (root / "_config.yml").write_text("title: x\ncollections:\n  notes:\n    output: true\n")
    (root / "_notes").mkdir()
    for name in ("a", "b", "c"):
        (root / "_notes" / f"{name}.md").write_text(f"---\ntitle: {name.upper()}\n---\nHello.\n")
    return root


def _last_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(["validate", "--no-content", *argv])
    return capsys.readouterr().out.splitlines()[-1]


def test_the_summary_counts_the_pages_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path)
    assert _last_line(capsys, str(site)) == "No problems found in 3 pages."
    (site / "_notes" / "b.md").write_text('---\ntitle: "B\n---\nHello.\n')
    assert _last_line(capsys, str(site)) == "1 error and 0 warnings in 1 of 3 pages."
    assert _last_line(capsys, str(site / "_notes" / "b.md")) == "1 error and 0 warnings in 1 page."
    two = [str(site / "_notes" / "b.md"), str(site / "_notes" / "c.md")]
    assert _last_line(capsys, *two) == "1 error and 0 warnings in 1 of 2 pages."


def test_every_page_with_problems_and_big_numbers() -> None:
    problems = [Problem(f"p{i}.md", 1, None, "warning", "x", "Odd.") for i in range(2)]
    assert _problems_text(problems, 2).splitlines()[-1] == "0 errors and 2 warnings in all 2 pages."
    assert _problems_text(problems, 1012).splitlines()[-1] == (
        "0 errors and 2 warnings in 2 of 1,012 pages."
    )
