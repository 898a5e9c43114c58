"""`name_differs_from_date`: the rule behind offering File > Rename File to Match Date (and
`editor-app rename-file`): only a dated file name whose day is not its date field's."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.core.post_rename import name_differs_from_date
from editor_app.core.site import Site

POST = "_posts/2013-05-12-jekyll-1-0-2-released.markdown"


def test_only_a_day_other_than_the_date_fields_differs(tmp_path: Path) -> None:
    root = copy_shared_site("jekyll-docs", tmp_path)
    site = Site.open(root)
    post = root / POST
    # The post as the site has it: its name and its date agree.
    assert not name_differs_from_date(site, post)
    # Its date field as edited (not saved yet) gives another day.
    assert name_differs_from_date(site, post, {"date": "2013-05-19 12:00:00 +0200"})
    assert not name_differs_from_date(site, post, {"title": "no date"})
    assert not name_differs_from_date(site, post, {"date": "not a date"})
    post.write_bytes(
        post.read_bytes().replace(b'date: "2013-05-12 14:45:00', b'date: "2013-05-19 12:12:52')
    )
    assert name_differs_from_date(site, post)
    # No day in the name: nothing to rename.
    assert not name_differs_from_date(site, root / "_docs/posts.md")
