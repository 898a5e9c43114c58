"""Review actions never write outside the site: a page reached through a link leading out of
the site folder (the page itself, or a folder on the way) is refused with one plain line, and
nothing is written there; a folder with no pages says so instead of "nothing to review"."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.fixture
def site_with_links(tmp_path: Path) -> tuple[Path, Path]:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (site / "_posts" / "2025-01-01-inside.md").write_text(
        "---\ntitle: Inside\nstatus: draft\n---\nSome words here.\n", encoding="utf-8"
    )
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "page.md").write_text("---\ntitle: Out\n---\nSome words here.\n", "utf-8")
    (site / "_posts" / "2025-01-02-link.md").symlink_to(outside / "page.md")
    (site / "_posts" / "folder").symlink_to(outside, target_is_directory=True)
    return site, outside


@pytest.mark.parametrize("page", ["_posts/2025-01-02-link.md", "_posts/folder/page.md"])
@pytest.mark.parametrize(
    "action",
    [
        ["note", "--on", "Some words", "--text", "a note"],
        ["suggest", "--on", "Some words", "--replace", "Other words"],
        ["send-back", "--reason", "no"],
        ["mark-reviewed"],
    ],
)
def test_a_page_reached_through_a_link_out_of_the_site_is_refused(
    site_with_links: tuple[Path, Path], capsys: pytest.CaptureFixture[str], page: str, action
) -> None:
    site, outside = site_with_links
    before = sorted(p.name for p in outside.rglob("*"))
    code = main(["review", action[0], str(site / page), *action[1:]])
    err = capsys.readouterr().err
    assert code == 2
    assert "outside the site folder" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in outside.rglob("*")) == before  # nothing written there
    assert not (outside / ".review").exists()


def test_a_page_inside_the_site_still_takes_notes(
    site_with_links: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    site, _ = site_with_links
    page = site / "_posts" / "2025-01-01-inside.md"
    assert main(["review", "note", str(page), "--on", "Some words", "--text", "ok"]) == 0


def test_the_queue_of_a_folder_without_pages_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An empty folder is no site: refused as validate refuses it, not "Nothing to review".
    assert main(["review", "queue", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "No site found" in err and "Nothing to review" not in err


def test_a_draft_whose_header_cannot_be_read_is_in_the_queue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (site / "_posts" / "2025-01-01-ok.md").write_text(
        "---\ntitle: Fine\nstatus: final\n---\nText.\n", encoding="utf-8"
    )
    (site / "_posts" / "2025-01-02-bad.md").write_text(
        "---\ntitle: Broken\nstatus: draft\ndate: 2025-02-30\n---\nText.\n", encoding="utf-8"
    )
    assert main(["review", "queue", str(site)]) == 0
    out = capsys.readouterr().out
    assert "2025-01-02-bad.md" in out and "cannot read" in out
