"""`editor-app rename-file PAGE --to-date` on a Jekyll post linked by its address with the
file name's day: the links take the address the site publishes and are named; a page that
may still link to the old address another way is named for the author to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

POST = "_posts/2016-04-19-jekyll-3-0-4-released.markdown"
LINKING = "_posts/2016-05-18-jekyll-3-1-4-released.markdown"


def test_address_links_follow_and_the_rest_are_named(
    jekyll_docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = jekyll_docs / POST
    post.write_bytes(post.read_bytes().replace(b"date: 2016-04-19", b"date: 2016-04-21", 1))
    odd = jekyll_docs / "_docs/odd.md"
    odd.write_text(
        "---\ntitle: Odd\n---\n<http://jekyllrb.com/news/2016/4/19/jekyll-3-0-4-released>\n"
    )
    assert main(["rename-file", POST, "--to-date", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        f"links to change: {LINKING}",
        "may still link to /news/2016/04/19/jekyll-3-0-4-released/: _docs/odd.md",
    ]
    assert "Links to /news/2016/04/19/jekyll-3-0-4-released/ in 1 page would give " in out[2]
    assert main(["rename-file", POST, "--to-date"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].endswith(
        "1 page may still link to /news/2016/04/19/jekyll-3-0-4-released/, an address by the "
        "file name's old day that the site does not publish: check it."
    )
    assert "(/news/2016/04/21/jekyll-3-0-4-released/)" in (jekyll_docs / LINKING).read_text()
