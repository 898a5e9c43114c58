"""Hugo's `humanize` and `urlize` in an archetype write what `hugo new` writes: acronyms in
capitals (`API`, not `SDK`), a capital only on the first word, camel case split, numbers as
ordinals; URLs in lower case with what is not ASCII percent-encoded. The expected words are
what `hugo new` (0.111) wrote; compared with the real `hugo` where it is installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write

from editor_app.core.archetype_functions import humanize, urlize
from editor_app.core.new_page import new_page_start
from editor_app.core.site import Site

# name: (humanize, urlize), as `hugo new` wrote them.
WORDS = {
    "hello-api": ("Hello API", "hello-api"),
    "use-html-and-json": ("Use HTML and JSON", "use-html-and-json"),
    "x-id": ("X ID", "x-id"),
    "myHTMLParser": ("My HTML parser", "myhtmlparser"),
    "version-2": ("Version 2", "version-2"),
    "42": ("42nd", "42"),
    "a_b_c": ("A b c", "a_b_c"),
    "what:now": ("What now", "whatnow"),
    "a.b": ("A.B", "a.b"),
    "HTTPServer": ("HTTP server", "httpserver"),
    "already Spaced": ("Already spaced", "already-spaced"),
    "über-api": ("Über API", "%C3%BCber-api"),
    "ok-url-uuid": ("OK URL UUID", "ok-url-uuid"),
    "api-vs-sdk": ("API vs sdk", "api-vs-sdk"),
    "CamelCase": ("Camel case", "camelcase"),
    "mIxEd": ("M ix ed", "mixed"),
    "über-straße": ("Über straße", "%C3%BCber-stra%C3%9Fe"),
}


@pytest.mark.parametrize("name", sorted(WORDS))
def test_humanize_and_urlize_as_hugo_wrote_them(name: str) -> None:
    assert (humanize(name), urlize(name)) == WORDS[name]


def _site(root: Path) -> Path:
    lines = "".join(
        f"w{i}: {{{{ humanize {json.dumps(n)} }}}} / {{{{ urlize {json.dumps(n)} }}}}\n"
        for i, n in enumerate(sorted(WORDS))
    )
    write(root / "hugo.toml", "title = 'S'\n")
    write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "archetypes" / "posts.md", f"---\ntitle: x\n---\n{lines}")
    return root


@needs_hugo
def test_humanize_and_urlize_are_what_hugo_new_writes(tmp_path: Path) -> None:
    ours, theirs = twins(_site(tmp_path / "site"), tmp_path)
    hugo_new(theirs, "posts/x.md")
    path = ours / "content" / "posts" / "x.md"
    data, note = new_page_start(Site.open(ours), "posts", "x", None, path=path)
    assert note is None
    path.write_bytes(data)
    assert tree(ours / "content") == tree(theirs / "content")
