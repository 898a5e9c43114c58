"""A new page quotes its text as its kind's pages do, with their quote mark: most Jekyll posts
write `title: 'Jekyll 3.8.6 Released'` (75 of 102), and a new post was written
`title: "Jekyll 5.0 released"`. Double quotes stay where the pages use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document


def _site(root: Path, titles: list[str]) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: S\n", "utf-8")
    for n, title in enumerate(titles):
        (root / "_posts" / f"2024-01-0{n + 1}-p{n}.md").write_text(
            f"---\ntitle: {title}\n---\nText.\n", "utf-8"
        )
    return root


def _new_title_line(root: Path, title: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["new", "posts", "--title", title, str(root)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert Document.load(made).front_matter["title"] == title
    return made.read_text(encoding="utf-8").splitlines()[1]


@pytest.mark.parametrize(
    ("titles", "title", "line"),
    [
        (["'A'", "'B'", '"C"'], "It's new", "title: 'It''s new'"),
        (["'A'", "'B'", '"C"'], "New", "title: 'New'"),
        (['"A"', '"B"', "'C'"], "New", 'title: "New"'),
        (["A", "B", "'C'"], "New", "title: New"),
        (["'A'", "'B'"], "C:\\new", "title: 'C:\\new'"),  # a backslash kept as typed
    ],
)
def test_the_pages_quote_mark(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    titles: list[str],
    title: str,
    line: str,
) -> None:
    root = _site(tmp_path / "site", titles)
    assert _new_title_line(root, title, capsys) == line


def test_a_new_jekyll_post(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_shared_site("jekyll-docs", tmp_path)
    assert _new_title_line(root, "Jekyll 5.0 released", capsys) == "title: 'Jekyll 5.0 released'"
