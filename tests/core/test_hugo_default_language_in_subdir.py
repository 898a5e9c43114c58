"""Hugo with `defaultContentLanguageInSubdir = true` and two languages publishes every page of
the default language under its code, as `hugo` 0.111 builds this site: /en/plain/,
/en/posts/a/, /en/posts/bee/ (`slug:`), /en/manual/d/ (a `permalinks` template), /en/rel/
(`url: rel/`), and /abs/ only for `url: /abs/`; a link to /plain/ is broken. With one
language nothing moves under /en/."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CONFIG = """baseURL = "https://example.org/"
title = "T"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
[languages.en]
weight = 1
[languages.fr]
weight = 2
[permalinks]
docs = "/manual/:slug/"
"""
PAGES = {
    "plain.md": "title: Plain",
    "plain.fr.md": "title: Plain FR",
    "posts/_index.md": "title: Posts",
    "posts/a.md": "title: A",
    "posts/b.md": "title: B\nslug: bee",
    "abs.md": "title: Abs\nurl: /abs/",
    "rel.md": "title: Rel\nurl: rel/",
    "docs/d.md": "title: D",
}


def _site(root: Path, config: str, links: str) -> Site:
    (root / "hugo.toml").parent.mkdir(parents=True)
    (root / "hugo.toml").write_text(config, encoding="utf-8")
    for rel, header in {**PAGES, "links.md": "title: Links"}.items():
        page = root / "content" / rel
        page.parent.mkdir(parents=True, exist_ok=True)
        body = links if rel == "links.md" else "x"
        page.write_text(f"---\n{header}\n---\n\n{body}\n", encoding="utf-8")
    return Site.open(root)


def _broken(site: Site) -> list[str]:
    return [p.message for p in validate_site(site, content=False) if p.code == "broken-link"]


def test_every_default_language_page_is_under_its_code(tmp_path: Path) -> None:
    site = _site(tmp_path / "s", CONFIG, "x")
    found = {rel: site.url_for(site.root / "content" / rel) for rel in PAGES}
    assert found == {
        "plain.md": "/en/plain/",
        "plain.fr.md": "/fr/plain/",
        "posts/_index.md": "/en/posts/",
        "posts/a.md": "/en/posts/a/",
        "posts/b.md": "/en/posts/bee/",
        "abs.md": "/abs/",
        "rel.md": "/en/rel/",
        "docs/d.md": "/en/manual/d/",
    }


def test_a_link_without_the_code_is_broken(tmp_path: Path) -> None:
    links = (
        "[a](/en/plain/) [b](/en/posts/a/) [c](/en/posts/bee/) [d](/en/manual/d/) "
        "[e](/abs/) [f](/en/rel/) [g](/fr/plain/) [h](/en/docs/) [i](/en/) [j](/)\n\n"
        "[k](/plain/) [l](/posts/a/)"
    )
    assert _broken(_site(tmp_path / "s", CONFIG, links)) == [
        # (the guess: the first page whose last part is `plain`, here the French one)
        "The link to '/plain/' points at no page of this site. Did you mean '/fr/plain/'?",
        "The link to '/posts/a/' points at no page of this site. Did you mean '/en/posts/a/'?",
    ]


def test_with_one_language_nothing_moves(tmp_path: Path) -> None:
    one = CONFIG.replace("[languages.fr]\nweight = 2\n", "")
    site = _site(tmp_path / "s", one, "[a](/plain/) [b](/posts/bee/) [c](/rel/)")
    assert site.url_for(site.root / "content" / "posts" / "a.md") == "/posts/a/"
    assert _broken(site) == []
