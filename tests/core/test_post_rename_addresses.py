"""A Jekyll post renamed to its date field's day: links written as its address with the file
name's day (which Jekyll never published: it publishes the post at its date field's day) are
changed to the address the site publishes, as the site's `permalink` settings make it; links
written another way are listed, never guessed at."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.post_rename import apply_rename, plan_rename_to_date
from editor_app.core.site import Site

POST = "_posts/2016-04-19-jekyll-3-0-4-released.markdown"
LINKING = "_posts/2016-05-18-jekyll-3-1-4-released.markdown"
OLD = "/news/2016/04/19/jekyll-3-0-4-released"
NEW = "/news/2016/04/21/jekyll-3-0-4-released"
EXTRA = (
    "\nSee [3.0.4]({{ site.baseurl }}" + OLD + ") and\n"
    '<a href="https://jekyllrb.com' + OLD + '/#top">this</a>, and ' + OLD + ".\n"
    "Not " + OLD + "-notes/ nor https://other.org/blog" + OLD + "/.\n"
)


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    """jekyll-docs, its 3.0.4 post dated two days after its file name (a link to it is written
    as /news/2016/04/19/...: the file name's day), keeping that address by redirect_from."""
    root = copy_shared_site("jekyll-docs", tmp_path)
    post = root / POST
    post.write_bytes(
        post.read_bytes().replace(
            b"date: 2016-04-19 10:26:12 -0700\n",
            b"date: 2016-04-21 10:26:12 -0700\nredirect_from: " + OLD.encode() + b"/\n",
        )
    )
    with (root / "_docs/history.md").open("a", encoding="utf-8") as history:
        history.write(EXTRA)
    return root


def test_address_links_take_the_published_day_and_only_they_change(site_root: Path) -> None:
    linking = (site_root / LINKING).read_bytes()
    history = (site_root / "_docs/history.md").read_bytes()
    post = (site_root / POST).read_bytes()
    site = Site.open(site_root)
    plan = plan_rename_to_date(site, site_root / POST)
    assert plan.still_linking == []
    apply_rename(plan, site_root)
    assert (site_root / LINKING).read_bytes() == linking.replace(
        b"[v3.0.4](" + OLD.encode() + b"/)", b"[v3.0.4](" + NEW.encode() + b"/)"
    )
    # Written with the site's own host, its baseurl, without the final slash: each kept so.
    new_extra = (
        "\nSee [3.0.4]({{ site.baseurl }}" + NEW + ") and\n"
        '<a href="https://jekyllrb.com' + NEW + '/#top">this</a>, and ' + NEW + ".\n"
        "Not " + OLD + "-notes/ nor https://other.org/blog" + OLD + "/.\n"
    )
    assert (site_root / "_docs/history.md").read_bytes() == history.replace(
        EXTRA.encode(), new_extra.encode()
    )
    # The redirect keeps the old address on purpose: the post moves, its bytes stay.
    assert (site_root / "_posts/2016-04-21-jekyll-3-0-4-released.markdown").read_bytes() == post
    assert sorted(p.name for p in plan.readdressed) == [Path(LINKING).name, "history.md"]
    assert plan.summary().endswith(
        f"Links to {OLD}/ in 2 pages now give {NEW}/, where the site publishes it (by its "
        "date field)."
    )


def test_a_link_written_another_way_is_listed_not_changed(site_root: Path) -> None:
    odd = site_root / "_docs/odd.md"
    odd.write_text("---\ntitle: Odd\n---\n[x](/news/2016/4/19/jekyll-3-0-4-released/)\n")
    plan = plan_rename_to_date(Site.open(site_root), site_root / POST)
    assert plan.still_linking == [odd]
    assert odd not in plan.pages
    assert "1 page may still link to " + OLD + "/" in plan.summary()


def test_an_address_not_worked_out_with_certainty_is_only_listed(site_root: Path) -> None:
    # A slug with a dot: Jekyll's slugify modes differ on it, so the address is not certain.
    name = "2022-12-21-jekyll-sass-converter-3.0-released.markdown"
    post = site_root / "_posts" / name
    post.write_bytes(post.read_bytes().replace(b"date: 2022-12-21", b"date: 2022-12-23", 1))
    page = site_root / "_docs/sass.md"
    text = "---\ntitle: S\n---\n[s](/news/2022/12/21/jekyll-sass-converter-3.0-released/)\n"
    page.write_text(text)
    site = Site.open(site_root)
    plan = plan_rename_to_date(site, post)
    assert plan.new.name == name.replace("2022-12-21", "2022-12-23")
    assert page in plan.still_linking and page not in plan.pages
    apply_rename(plan, site_root)
    assert page.read_text() == text


def test_an_address_that_does_not_hold_the_day_changes_no_link(site_root: Path) -> None:
    post = site_root / POST
    post.write_bytes(post.read_bytes().replace(b"author: parkr\n", b"permalink: /v304/\n", 1))
    plan = plan_rename_to_date(Site.open(site_root), post)
    assert plan.address is None and plan.readdressed == [] and plan.still_linking == []
    assert LINKING not in [p.relative_to(site_root).as_posix() for p in plan.pages]


def test_the_site_permalink_style_baseurl_and_categories_are_followed(tmp_path: Path) -> None:
    root = tmp_path / "blog"
    (root / "_posts").mkdir(parents=True)
    (root / "_data").mkdir()
    (root / "_config.yml").write_text("url: https://example.org\nbaseurl: /blog\n")
    (root / "_posts/2019-03-02-slug.md").write_text(
        "---\ntitle: S\ndate: 2019-03-05\ncategories: [News]\n---\nBody\n"
    )
    (root / "about.md").write_text(
        "---\ntitle: About\n---\n[a](/blog/news/2019/03/02/slug.html) "
        "[b](https://example.org/blog/news/2019/03/02/slug.html) [c](/news/2019/03/02/slug.html)"
        " [d](/blog/news/2019/03/02/slug.htmlx)\n"
    )
    (root / "_data/menu.yml").write_text("- url: /news/2019/03/02/slug.html\n")
    site = Site.open(root)
    plan = plan_rename_to_date(site, root / "_posts/2019-03-02-slug.md")
    apply_rename(plan, root)
    assert (
        (root / "about.md")
        .read_text()
        .endswith(
            "[a](/blog/news/2019/03/05/slug.html) "
            "[b](https://example.org/blog/news/2019/03/05/slug.html) [c](/news/2019/03/05/slug.html)"
            " [d](/blog/news/2019/03/02/slug.htmlx)\n"
        )
    )
    assert (root / "_data/menu.yml").read_text() == "- url: /news/2019/03/05/slug.html\n"


def test_a_document_named_by_its_file_moves_and_links_to_it_follow(tmp_path: Path) -> None:
    # connectedbydata's resources are published at /:collection/:name: the new file name is a
    # new address, so links that work today would break.
    root = copy_shared_site("connectedbydata", tmp_path)
    old = "/resources/2023-03-31-governance-board-minutes"
    new = "/resources/2023-04-11-governance-board-minutes"
    person = root / "_people/anna-steere.md"
    before = person.read_text(encoding="utf-8")
    person.write_text(
        before + f"\n[a]({old}) [b]({{{{ site.baseurl }}}}{old}.html) [c]({old}/)\n",
        encoding="utf-8",
    )
    site = Site.open(root)
    plan = plan_rename_to_date(site, root / "_resources/2023-03-31-governance-board-minutes.md")
    assert plan.address is not None and plan.address.moved
    assert (plan.address.old, plan.address.new) == (old, new)
    assert plan.still_linking == [person]  # `/x/` leads nowhere today: named, not changed
    apply_rename(plan, root)
    assert person.read_text(encoding="utf-8") == (
        before + f"\n[a]({new}) [b]({{{{ site.baseurl }}}}{new}.html) [c]({old}/)\n"
    )
    assert f"Its address changes from {old} to {new}: links to it in 1 page now give" in (
        plan.summary()
    )
