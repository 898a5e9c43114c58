"""`editor-app review report` on a site with nothing in review says so plainly (not "on 0
pages") and still writes the report, which says it too."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

NOTHING = "Nothing is in review yet: no page is a draft, unpublished or waiting for a decision."


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A site of one published page, in a folder of its own beside where the report goes."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: x\ncollections:\n  notes:\n    output: true\n")
    (root / "_notes").mkdir()
    (root / "_notes" / "a.md").write_text("---\ntitle: A\n---\nHello.\n")
    return root


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the report is written: outside the site."""
    return tmp_path / "report.html"


def test_an_empty_queue_is_said_plainly_and_the_report_written(
    site: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", "report", str(site), "-o", str(out)]) == 0
    said, err = capsys.readouterr()
    assert said == f"{NOTHING} Wrote an empty review report to {out}.\n" and err == ""
    assert NOTHING in out.read_text(encoding="utf-8")


def test_an_empty_folder_of_the_site_says_nothing_there(
    site: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", "report", str(site / "_notes"), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Nothing there is in review yet: ") and "0 pages" not in said
    assert out.is_file()


def test_a_queue_with_a_page_still_counts_it(
    site: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "_notes" / "b.md").write_text("---\ntitle: B\npublished: false\n---\nDraft.\n")
    assert main(["review", "report", str(site), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"Wrote the review report on 1 page to {out}.\n"
    assert NOTHING not in out.read_text(encoding="utf-8")
