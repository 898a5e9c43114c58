"""Hugo's `title`, `humanize` and `urlize` in an archetype write what `hugo new` writes:
AP-style titles (small words inside in lower case, not after `: `); acronyms in
capitals (`API`, not `SDK`), a capital only on the first word, camel case split, numbers as
ordinals; URLs in lower case with what is not ASCII percent-encoded. The expected words are
what `hugo new` (0.111) wrote; compared with the real `hugo` where it is installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write

from editor_app.core.archetype_functions import call, humanize, urlize
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


# text: `title` of it, as `hugo new` (0.111, AP style) wrote it.
TITLES = {
    "hello: the world": "Hello: The World", "it's a test": "It's a Test",
    "rock 'n' roll": "Rock 'N' Roll", "x/y and z": "X/Y and Z",
    "mcdonald's farm": "Mcdonald's Farm", "o'neil of the hill": "O'neil of the Hill",
    "ALL CAPS TITLE": "ALL CAPS TITLE", "iPhone review": "IPhone Review",
    "a tale of two cities": "A Tale of Two Cities",
    "war and peace: a novel": "War and Peace: A Novel", "to be or not to be": "To Be or Not to Be",
    "step-by-step guide": "Step-by-Step Guide", "in the middle": "In the Middle",
    "the-lord": "The-Lord", "vs. the world": "Vs. the World", "from a to z": "From a to Z",
    "what is it for": "What Is It For", "up and away": "Up and Away",
    "é the start": "É the Start", "one. two. three": "One. Two. Three",
    "(parens are here)": "(Parens Are Here)", "is it so": "Is It So",
    "x yet y": "X Yet Y", "x up y": "X Up Y", "x so y": "X So Y", "x nor y": "X nor Y",
    "x v. y": "X v. Y", "x per y": "X per Y", "War AND Peace": "War and Peace",
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(WORDS))
def test_humanize_and_urlize_as_hugo_wrote_them(name: str) -> None:
    assert (humanize(name), urlize(name)) == WORDS[name]


@pytest.mark.parametrize("text", sorted(TITLES))
def test_title_as_hugo_wrote_it(text: str) -> None:
    assert call("title", [text]) == TITLES[text]


def _site(root: Path) -> Path:
    lines = "".join(
        f"w{i}: {{{{ humanize {json.dumps(n)} }}}} / {{{{ urlize {json.dumps(n)} }}}}\n"
        for i, n in enumerate(sorted(WORDS))
    )
    lines += "".join(
        f"t{i}: {{{{ title {json.dumps(t)} }}}}\n" for i, t in enumerate(sorted(TITLES))
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
