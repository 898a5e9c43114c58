"""Renaming a Jekyll post to the date of its date field: slug kept, post_url links follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.checks.problem import Problem
from editor_app.core.post_rename import CannotRename, apply_rename, plan_rename_to_date
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

POST = "_posts/2013-05-06-jekyll-1-0-0-released.markdown"
LINKING = "_posts/2014-05-06-jekyll-turns-2-0-0.markdown"


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    root = copy_shared_site("jekyll-docs", tmp_path)
    post = root / POST
    post.write_bytes(
        post.read_bytes().replace(b'date: "2013-05-06 02:12:52', b'date: "2013-05-09 12:12:52')
    )
    return root


def _mismatches(root: Path) -> list[Problem]:
    return [p for p in validate_site(Site.open(root)) if p.code == "date-mismatch"]


def test_the_post_takes_its_date_and_links_follow_byte_for_byte(site_root: Path) -> None:
    linking_before = (site_root / LINKING).read_bytes()
    post_before = (site_root / POST).read_bytes()
    site = Site.open(site_root)
    plan = plan_rename_to_date(site, site_root / POST)
    assert plan.new.name == "2013-05-09-jekyll-1-0-0-released.markdown"
    apply_rename(plan, site_root)
    assert plan.summary() == (
        "Renamed 2013-05-06-jekyll-1-0-0-released.markdown to "
        "2013-05-09-jekyll-1-0-0-released.markdown; links to it changed in 1 page."
    )
    assert not (site_root / POST).exists()
    # The post itself is not rewritten (its date, 12:12 +0200, is the 9th in Los Angeles too).
    assert (site_root / "_posts" / plan.new.name).read_bytes() == post_before
    # Only the name inside the tag changed in the page linking to it.
    assert (site_root / LINKING).read_bytes() == linking_before.replace(
        b"{% post_url 2013-05-06-jekyll-1-0-0-released %}",
        b"{% post_url 2013-05-09-jekyll-1-0-0-released %}",
    )
    # The example names in the docs are other posts' names: left alone.
    assert b"2010-07-21-name-of-post" in (site_root / "_docs/liquid/tags.md").read_bytes()
    assert not [p for p in _mismatches(site_root) if "1-0-0-released" in str(p.path)]


def test_a_name_already_taken_is_refused_and_nothing_changes(site_root: Path) -> None:
    taken = site_root / "_posts/2013-05-09-jekyll-1-0-0-released.markdown"
    taken.write_text("---\ntitle: other\n---\n", encoding="utf-8")
    linking_before = (site_root / LINKING).read_bytes()
    with pytest.raises(CannotRename, match="already exists"):
        plan_rename_to_date(Site.open(site_root), site_root / POST)
    assert (site_root / POST).exists()
    assert (site_root / LINKING).read_bytes() == linking_before


def test_links_in_a_sub_folder_and_with_the_extension(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_posts/news").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (root / "_posts/news/2024-01-02-hello.md").write_text(
        "---\ntitle: Hello\ndate: 2024-01-05\n---\nHi\n", encoding="utf-8"
    )
    page = root / "about.md"
    page.write_bytes(
        b"---\ntitle: About\n---\r\nSee [a]({% post_url /news/2024-01-02-hello %}),\r\n"
        b"[b]({%- post_url 2024-01-02-hello.md -%}), [c]({% post_url /other/2024-01-02-hello %})"
        b" and {% post_url 2024-01-02-hello-world %}.\r\n"
    )
    plan = plan_rename_to_date(Site.open(root), root / "_posts/news/2024-01-02-hello.md")
    apply_rename(plan, root)
    assert (root / "_posts/news/2024-01-05-hello.md").exists()
    assert page.read_bytes() == (
        b"---\ntitle: About\n---\r\nSee [a]({% post_url /news/2024-01-05-hello %}),\r\n"
        b"[b]({%- post_url 2024-01-05-hello.md -%}), [c]({% post_url /other/2024-01-02-hello %})"
        b" and {% post_url 2024-01-02-hello-world %}.\r\n"
    )


def test_a_date_that_agrees_is_not_renamed(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    post = root / "_posts/2024-01-02-hello.md"
    post.write_text("---\ntitle: Hello\ndate: 2024-01-02\n---\n", encoding="utf-8")
    with pytest.raises(CannotRename, match="already has the date"):
        plan_rename_to_date(Site.open(root), post)


def test_link_tags_naming_the_file_follow_it(site_root: Path) -> None:
    # Jekyll 4's `{% link %}` names the file by its path; the build stops when it is gone.
    page = site_root / "_docs/linking.md"
    text = (
        "---\ntitle: L\n---\n[a]({% link " + POST + " %}) [b]({%- link /" + POST + " -%}) "
        "[c]({% link _posts/2013-05-06-jekyll-1-0-0-released.md %})\n"
    )
    page.write_text(text, encoding="utf-8")
    site = Site.open(site_root)
    plan = plan_rename_to_date(site, site_root / POST)
    assert page in plan.tagged
    apply_rename(plan, site_root)
    new = "_posts/2013-05-09-jekyll-1-0-0-released.markdown"
    assert page.read_text(encoding="utf-8") == text.replace(POST, new)
