"""A Jekyll post's address holds the day of its date field as Jekyll reads it: a time written
as text (`2019-08-20 10:00:00 -0500` is no YAML time) and in the site's `timezone` too. The
address model took the file name's day then, so a link to the address the site publishes
was called broken, and one by the file name's day found."""

from __future__ import annotations

from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.site import Site


def test_the_published_day_is_the_date_field_s_in_the_site_s_time_zone() -> None:
    root = shared_site_path("jekyll-docs")
    site = Site.open(root)
    text_time = root / "_posts/2019-08-19-jekyll-4-0-0-released.markdown"  # 2019-08-20, -0500
    assert site.url_for(text_time) == "/news/2019/08/20/jekyll-4-0-0-released/"
    assert site.find_by_url("/news/2019/08/20/jekyll-4-0-0-released/") == text_time
    assert site.find_by_url("/news/2019/08/19/jekyll-4-0-0-released/") is None
    # 02:12 +0200 on 6 May is 5 May in America/Los_Angeles, where the site is built.
    zoned = root / "_posts/2013-05-06-jekyll-1-0-0-released.markdown"
    assert site.url_for(zoned) == "/news/2013/05/05/jekyll-1-0-0-released/"


def test_a_post_without_a_date_field_takes_its_file_name_s_day(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: x\n")
    post = tmp_path / "_posts/2020-01-02-hello.md"
    post.write_text("---\ntitle: Hello\n---\nBody\n")
    assert Site.open(tmp_path).url_for(post) == "/2020/01/02/hello.html"
