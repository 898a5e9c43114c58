"""A section's own page (`posts/_index.md`) on a Hugo site whose `posts` archetype is a
bundle (`archetypes/posts/index.md`): `hugo new posts/_index.md` passes over the bundle to
the file archetypes (`posts.md`, else `default.md`) and names the page after its folder
(`.Name` `posts`); editor-app does the same, compared with `hugo new` where it is installed."""

from __future__ import annotations

from pathlib import Path

from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write

from editor_app.core.archetype_find import find_archetype
from editor_app.core.document import Document
from editor_app.core.new_page import new_page_start
from editor_app.core.site import Site

NAMES = (
    'd: "{{ .File.Dir }}"\np: "{{ .File.Path }}"\nb: "{{ .File.BaseFileName }}"\n'
    'l: "{{ .File.LogicalName }}"\nt: "{{ .File.TranslationBaseName }}"\n'
    'c: "{{ .File.ContentBaseName }}"\nn: "{{ .Name }}"\ns: "{{ .Section }}"\n'
)
TITLE = 'title: "{{ replace .Name "-" " " | title }}"\n'


def _site(root: Path, section_file: bool) -> Path:
    """`posts` with a bundle archetype, a `default.md`, and `posts.md` when `section_file`."""
    write(root / "hugo.toml", "title = 'S'\n")
    write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "content" / "posts" / "sub" / "x.md", "---\ntitle: X\n---\n")
    write(root / "archetypes" / "posts" / "index.md", f"---\n{TITLE}from: bundle\n---\nbody\n")
    write(root / "archetypes" / "posts" / "notes.md", "notes\n")
    write(root / "archetypes" / "default.md", f"---\n{TITLE}from: default\n{NAMES}---\n")
    if section_file:
        write(root / "archetypes" / "posts.md", f"---\n{TITLE}from: posts\n{NAMES}---\n")
    return root


def _make(root: Path, relative: str, title: str) -> Path:
    """The page `content/relative` as the window makes it from a path, then saved."""
    path = root / "content" / relative
    data, note = new_page_start(Site.open(root), "posts", title, None, path=path)
    assert note is None
    path.write_bytes(data)
    return path


def test_section_page_takes_the_file_archetype_not_the_bundle(tmp_path: Path) -> None:
    root = _site(tmp_path, section_file=False)
    page = _make(root, "posts/_index.md", "Posts")
    assert Document.load(page).front_matter == {
        "title": "Posts", "from": "default", "d": "posts/", "p": "posts/_index.md",
        "b": "_index", "l": "_index.md", "t": "_index", "c": "posts", "n": "posts", "s": "posts",
    }  # fmt: skip
    assert sorted(p.name for p in page.parent.iterdir()) == ["_index.md", "old.md", "sub"]
    # A page of the section still comes from the bundle.
    assert find_archetype(Site.open(root), "posts") == root / "archetypes" / "posts"


def test_section_file_archetype_wins_over_default(tmp_path: Path) -> None:
    root = _site(tmp_path, section_file=True)
    front = Document.load(_make(root, "posts/sub/_index.md", "Sub")).front_matter
    assert (front["from"], front["n"], front["c"], front["d"]) == (
        "posts",
        "sub",
        "sub",
        "posts/sub/",
    )


@needs_hugo
def test_section_pages_are_what_hugo_new_makes(tmp_path: Path) -> None:
    for section_file in (False, True):
        source = _site(tmp_path / f"site{section_file}", section_file)
        ours, theirs = twins(source, tmp_path / f"twins{section_file}")
        for relative, title in (("posts/_index.md", "Posts"), ("posts/sub/_index.md", "Sub")):
            hugo_new(theirs, relative)
            _make(ours, relative, title)
        assert tree(ours / "content") == tree(theirs / "content")
