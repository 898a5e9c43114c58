"""A collection whose permalink has no final `/` (`:collection/:name`) is built as files,
`resources/case-study-dfe.html`: `/resources/case-study-dfe` and `.html` reach a page, while
`/resources/case-study-dfe/` asks for a folder that is not there (GitHub Pages answers 404)."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CONFIG = """title: t
collections:
  resources:
    output: true
    permalink: :collection/:name
  events:
    output: true
    permalink: /events/:name/
"""


def _site(root: Path, body: str) -> Site:
    root.mkdir()
    (root / "_config.yml").write_text(CONFIG)
    (root / "_resources").mkdir()
    (root / "_resources" / "case-study-dfe.md").write_text("---\ntitle: DfE\n---\nText.\n")
    (root / "_resources" / "own.md").write_text(
        "---\ntitle: Own\npermalink: /resources/own-place\n---\nText.\n"
    )
    (root / "_resources" / "kept.md").write_text(
        "---\ntitle: Kept\nredirect_from: /resources/kept/\n---\nText.\n"
    )
    (root / "_events").mkdir()
    (root / "_events" / "fair.md").write_text("---\ntitle: Fair\n---\nText.\n")
    (root / "_events" / "a.md").write_text(f"---\ntitle: A\n---\n{body}\n")
    return Site.open(root)


def _broken(site: Site) -> list[str]:
    return [p.message for p in validate_site(site, content=False) if p.code == "broken-link"]


def test_a_final_slash_on_a_page_built_as_a_file_is_a_broken_link(tmp_path: Path) -> None:
    site = _site(tmp_path / "s", "See [the study](/resources/case-study-dfe/).")
    assert _broken(site) == [
        "The link to '/resources/case-study-dfe/' points at no resource of this site. "
        "Did you mean '/resources/case-study-dfe'?"
    ]


def test_a_page_own_permalink_without_final_slash_is_a_file_too(tmp_path: Path) -> None:
    site = _site(tmp_path / "s", "See [own](/resources/own-place/) and [own](/resources/own-place).")
    assert _broken(site) == [
        "The link to '/resources/own-place/' points at no resource of this site."
    ]


def test_the_addresses_that_reach_the_page_pass(tmp_path: Path) -> None:
    site = _site(
        tmp_path / "s",
        "[a](/resources/case-study-dfe), [b](/resources/case-study-dfe.html), "
        "[c](/events/fair/), [d](/events/fair), [e](/resources/kept/), [f](/resources/kept)",
    )
    assert _broken(site) == []
