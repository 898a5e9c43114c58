"""What an empty review queue says: "every page is final" where pages have a status field;
elsewhere the generator's own setting that keeps a page off the site."""

from __future__ import annotations

from pathlib import Path

from sync_site import make_synthetic_site

from editor_app.core import review
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


def said(root: Path) -> str:
    site = Site.open(root)
    return review.nothing_to_review(site, load_schema(site))


def test_a_site_with_a_status_field_is_every_page_final(tmp_path: Path) -> None:
    assert said(make_synthetic_site(tmp_path / "site")) == "Nothing to review: every page is final."


def test_a_hugo_site_without_status_names_draft_true(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "hugo.toml").write_text('title = "Docs"\n')
    (tmp_path / "content" / "intro.md").write_text("---\ntitle: Intro\n---\nHi.\n")
    assert said(tmp_path).startswith(
        "Nothing to review: no page has draft: true or published: false "
        "(this site's pages have no status field). A page waits here once its settings say "
        "draft: true"
    )
