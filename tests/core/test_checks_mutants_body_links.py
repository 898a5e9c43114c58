"""Links to posts, files and collection pages (`checks/links.py`) on small planted sites: each
broken link pinned by line, code, severity and words; links that work give nothing (mutation
testing: `tools/mutation.py checks-body --part ...`).

Equivalent survivors (no test can tell them apart from the code as written):
- `_link_index`: `ctx.lock` (one thread in a test), the early return of an index already
  built (building it again gives the same index); the set of keys of a plain file name with
  or without the lowered stem twice.
- `_link_index`: `stem.upper()` for `stem.lower()` (the name then fails the plain-name test
  and is indexed by its slug, which is lowered); the page a custom address leads to stored as
  None (only `in` is asked of that dict).
- `_url_guess`: the memo key's parts spelt otherwise (`"URL"`, `"XXurlXX"`, `1.7`: only ever
  read with the key just written); the list of a collection's slugs made afresh each time
  instead of remembered (`slugs = None`, or looked up under `None`); no guess kept as `""`
  rather than None (both mean no "Did you mean" hint); the last part of the address taken with
  `rsplit("/")`, `rsplit("/", 2)` or `[+1]` (a normalised address always starts with "/", so
  its last part is the same each way).
- `_may_link_to_pages`: `max(0, i - 12)` vs. a wider look back (only the last characters
  before the address are compared).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import ERROR, validate_site


def _site(root: Path, pages: dict[str, str]) -> Site:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(
        "title: t\ncollections:\n  resources:\n    output: true\n    permalink: /resources/:name/\n"
        "  people:\n    output: true\n",
        encoding="utf-8",
    )
    base = {
        "_resources/annual-report.md": "---\ntitle: Annual report\n---\nHi.\n",
        "_resources/Our Plan 2024.md": "---\ntitle: Plan\n---\nHi.\n",
        "_resources/moved.md": "---\ntitle: M\nredirect_from: [/resources/old-a/, 3, ' ']\n"
        "aliases: /resources/old-b\n---\nx\n",
        "_resources/special.md": "---\ntitle: S\npermalink: /special-place/\n---\nx\n",
        "_people/ann.md": "---\ntitle: Ann\n---\nx\n",
        "_posts/2024-01-02-hello.md": "---\ntitle: Hello\n---\nHi.\n",
        "_posts/2024-03-04-other.md": "---\ntitle: Other\n---\nHi.\n",
    }
    base.update(pages)
    for rel, text in base.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return Site.open(root)


def _broken(tmp_path: Path, body: str) -> list[tuple]:
    site = _site(tmp_path, {"page.md": "---\ntitle: P\n---\n" + body})
    return [
        (p.line, p.field, p.severity, p.message)
        for p in validate_site(site)
        if p.path == "page.md" and p.code == "broken-link"
    ]


def test_links_that_work_give_nothing(tmp_path: Path) -> None:
    body = (
        "[a](/resources/annual-report/) [b](/resources/annual-report.html)\n"
        "[c](/resources/our-plan-2024/) [d](/resources/old-a) [e](/resources/old-b/)\n"
        "[f](/resources/annual-report/#part) [g](/resources/annual%2Dreport/?x=1)\n"
        '<a href="/people/ann.html">Ann</a> <A HREF=\'/resources/moved/\'>m</A>\n'
        "[h]: </resources/annual-report/>\n"
        "{% post_url 2024-01-02-hello %} {%- post_url '2024-03-04-other' -%}\n"
        "{% post_url 2024-01-02-hello.md %} {% post_url blog/2024-01-02-hello %}\n"
        "{% link _resources/annual-report.md %} {% link 'about.md' %}\n"
        "[i](/special-place/) [j](https://e.org/resources/nope) [k](/about/) [l](resources/nope)\n"
    )
    (tmp_path / "about.md").parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "about.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    assert _broken(tmp_path, body) == []


def test_each_broken_link_once_at_its_line(tmp_path: Path) -> None:
    body = (
        "x\n[a](/resources/annual-reprt) and [again](/resources/annual-reprt)\n"
        "[b](/people/zed/)\n"
        "   [c]: /resources/zzzzzzzz\n"
        "{{- site.baseurl -}}/x [d]({{ site.baseurl }}/resources/our-plan-2023)\n"
    )
    found = _broken(tmp_path, body)
    assert found == [
        (5, None, ERROR, "The link to '/resources/annual-reprt' points at no resource of this "
         "site. Did you mean '/resources/annual-report/'?"),
        (6, None, ERROR, "The link to '/people/zed/' points at no person of this site."),
        (7, None, ERROR, "The link to '/resources/zzzzzzzz' points at no resource of this site."),
        (8, None, ERROR, "The link to '/resources/our-plan-2023' points at no resource of this "
         "site. Did you mean '/resources/our-plan-2024/'?"),
    ]


def test_links_to_posts_that_are_not_there(tmp_path: Path) -> None:
    body = (
        "{% post_url 2024-01-02-helo %}\n\n{% post_url 'zzzz' %}\n\n"
        "{% raw %}{% post_url nope %}{% endraw %}\n\n{% link missing.pdf %}\n"
        "{% link ../../etc/passwd %}\n"
    )
    found = _broken(tmp_path, body)
    assert found == [
        (4, None, ERROR, "The link to the post '2024-01-02-helo' points at no post of this "
         "site, and the site cannot be built with it. Did you mean '2024-01-02-hello'?"),
        (6, None, ERROR, "The link to the post 'zzzz' points at no post of this site, and the "
         "site cannot be built with it."),
        (10, None, ERROR, "The link to 'missing.pdf' points at no file of this site, and the "
         "site cannot be built with it."),
        (11, None, ERROR, "The link to '../../etc/passwd' points at no file of this site, and "
         "the site cannot be built with it."),
    ]


def test_a_site_without_posts_gives_no_guess(tmp_path: Path) -> None:
    site = _site(tmp_path, {"page.md": "---\ntitle: P\n---\n{% post_url 2024-01-02-hello %}\n"})
    for p in (tmp_path / "_posts").iterdir():
        p.unlink()
    site = Site.open(tmp_path)
    found = [p.message for p in validate_site(site) if p.code == "broken-link"]
    assert found == [
        "The link to the post '2024-01-02-hello' points at no post of this site, and the site "
        "cannot be built with it."
    ]


def test_a_page_with_its_own_permalink_under_the_collections_address(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            "_resources/special.md": "---\ntitle: S\npermalink: /resources/elsewhere/\n---\nx\n",
            "page.md": "---\ntitle: P\n---\n[i](/resources/elsewhere/) [j](/resources/special/)\n",
        },
    )
    found = [(p.line, p.message[:40]) for p in validate_site(site) if p.code == "broken-link"]
    assert found == [(4, "The link to '/resources/special/' points")]
