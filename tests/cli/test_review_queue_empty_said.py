"""`editor-app review queue` says what an empty queue means on the site, as the window does:
"every page is final" only where pages have a status field."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def _site(root: Path, status: bool) -> Path:
    root.mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\ncollections: {notes: {output: true}}\n")
    (root / "_notes").mkdir()
    for i in range(3):
        extra = "status: final\n" if status else ""
        (root / "_notes" / f"n{i}.md").write_text(f"---\ntitle: Note {i}\n{extra}---\nText.\n")
    return root


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (True, "Nothing to review: every page is final."),
        (False, "no page has published: false (this site's pages have no status field)"),
    ],
)
def test_an_empty_queue_says_what_it_means_on_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], status: bool, said: str
) -> None:
    site = _site(tmp_path / "site", status)
    assert main(["review", "queue", str(site)]) == 0
    out = capsys.readouterr().out
    assert said in out
    if not status:
        assert "every page is final" not in out
