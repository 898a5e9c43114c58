"""A Hugo section known from its archetype before it holds a page (a fresh site with
`archetypes/posts.md` and an empty `content/`) is a kind of page: `hugo new posts/x.md` makes
its first page, and so does editor-app. Empty folders without an archetype, Hugo's other
folders and the archetypes folder of a Jekyll or Eleventy site make no collection. Where the
machine has `hugo`, the first page is compared with what `hugo new` makes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.archetype_find import archetype_kinds
from editor_app.core.page_create import new_document_noted
from editor_app.core.site import Site

HUGO = shutil.which("hugo")
needs_hugo = pytest.mark.skipif(HUGO is None, reason="hugo is not installed here")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)")
POSTS = '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\ntags: []\n---\n\nWrite here.\n'


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def fresh_site(root: Path) -> Path:
    """What `hugo new site` leaves (its empty folders too), plus `archetypes/posts.md`."""
    write(root / "hugo.toml", "baseURL = 'https://example.org/'\ntitle = 'Fresh'\n")
    for name in ("content", "layouts", "static", "data", "assets", "i18n", "themes"):
        (root / name).mkdir(parents=True, exist_ok=True)
    write(root / "archetypes" / "default.md", "---\ntitle: x\ndraft: true\n---\n")
    write(root / "archetypes" / "posts.md", POSTS)
    return root


def hugo_new(site: Path, target: str) -> Path:
    assert HUGO is not None
    usage = subprocess.run([HUGO, "new", "--help"], capture_output=True, text=True).stdout
    words = [HUGO, "new"] + (["content"] if re.search(r"^\s+content\s", usage, re.M) else [])
    done = subprocess.run([*words, target], cwd=site, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return site / "content" / target


def same_but_now(a: Path, b: Path) -> bool:
    """Both files alike once their time stamps are (each side makes its own now)."""
    return _STAMP.sub("<now>", a.read_text("utf-8")) == _STAMP.sub("<now>", b.read_text("utf-8"))


def test_section_with_only_an_archetype_is_a_kind_of_page(tmp_path: Path) -> None:
    site = Site.open(fresh_site(tmp_path / "site"))
    assert list(site.collections) == ["posts"]  # not layouts, static, data...
    posts = site.collections["posts"]
    assert posts.folder == tmp_path / "site" / "content" / "posts" and posts.label == "Posts"
    assert site.entries() == [] and archetype_kinds(site) == []


def test_first_page_made_in_a_section_with_no_folder_yet(tmp_path: Path) -> None:
    root = fresh_site(tmp_path / "site")
    path, note = new_document_noted(Site.open(root), "posts", "My First Post")
    assert path == root / "content" / "posts" / "my-first-post.md" and note is None
    text = path.read_text("utf-8")
    assert text.startswith('---\ntitle: "My First Post"\ndate: 2') and "Write here." in text
    again = Site.open(root)  # the page now counts as the section's
    assert [e.path for e in again.entries() if e.collection == "posts"] == [path]


@needs_hugo
def test_first_page_is_what_hugo_new_makes(tmp_path: Path) -> None:
    ours = fresh_site(tmp_path / "ours")
    theirs = fresh_site(tmp_path / "theirs")
    made = hugo_new(theirs, "posts/my-first-post.md")
    path, _note = new_document_noted(Site.open(ours), "posts", "My First Post")
    assert path.relative_to(ours) == made.relative_to(theirs)
    assert same_but_now(path, made)


@needs_hugo
def test_theme_and_bundle_archetypes_make_sections_as_hugo_does(tmp_path: Path) -> None:
    def make(root: Path) -> Path:
        fresh_site(root)
        write(root / "hugo.toml", "title = 'Fresh'\ntheme = 'plain'\n")
        head = '---\ntitle: "{{ replace .Name "-" " " | title }}"\n'
        write(
            root / "themes" / "plain" / "archetypes" / "events.md", head + "ev: {{ .Name }}\n---\n"
        )
        write(root / "archetypes" / "gallery" / "index.md", head + "g: {{ .Name }}\n---\n")
        write(root / "archetypes" / "gallery" / "notes.txt", "notes\n")
        return root

    ours, theirs = make(tmp_path / "ours"), make(tmp_path / "theirs")
    site = Site.open(ours)
    assert sorted(site.collections) == ["events", "gallery", "posts"]
    made_here = (("events", "Big Day", "events/big-day.md"), ("gallery", "Pics", "gallery/pics"))
    for section, title, target in made_here:
        hugo_new(theirs, target)
        path, _note = new_document_noted(site, section, title)
        made = theirs / "content" / target
        made = made / "index.md" if made.is_dir() else made
        assert path.relative_to(ours) == made.relative_to(theirs)
        assert path.read_bytes() == made.read_bytes()
    assert (ours / "content" / "gallery" / "pics" / "notes.txt").read_text() == "notes\n"


def test_empty_folders_without_an_archetype_are_no_collection(tmp_path: Path) -> None:
    root = fresh_site(tmp_path / "site")
    (root / "content" / "notes").mkdir()
    write(root / "content" / "about" / "_index.md", "---\ntitle: About\n---\n")
    write(root / "archetypes" / "_hidden.md", "---\n---\n")
    assert list(Site.open(root).collections) == ["posts"]


def test_section_folder_holding_only_its_index_joins_with_its_archetype(tmp_path: Path) -> None:
    root = fresh_site(tmp_path / "site")
    write(root / "content" / "posts" / "_index.md", "---\ntitle: Posts\n---\n")
    posts = Site.open(root).collections["posts"]
    assert posts.folders == (root / "content" / "posts",)


def test_archetype_named_like_a_deeper_folder_stays_a_kind(tmp_path: Path) -> None:
    """hugo-docs keeps `archetypes/glossary.md` for `quick-reference/glossary/` pages made
    with `--kind glossary`: no `glossary` section."""
    root = fresh_site(tmp_path / "site")
    write(root / "content" / "reference" / "a.md", "---\ntitle: A\n---\n")
    (root / "content" / "reference" / "terms").mkdir()
    write(root / "archetypes" / "terms.md", "---\ntitle: t\n---\n")
    site = Site.open(root)
    assert sorted(site.collections) == ["posts", "reference"]
    # `posts` has no folder yet: for `hugo new posts/x.md`, and `--kind posts` elsewhere.
    assert archetype_kinds(site) == ["posts", "terms"]


def test_multilingual_archetype_section_goes_to_the_default_language(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(
        root / "hugo.toml",
        "defaultContentLanguage = 'fr'\n[languages.en]\ncontentDir = 'content/en'\n"
        "[languages.fr]\ncontentDir = 'content/fr'\n",
    )
    write(root / "content" / "en" / "about.md", "---\ntitle: About\n---\n")
    write(root / "content" / "fr" / "about.md", "---\ntitle: Au sujet\n---\n")
    write(root / "archetypes" / "posts.md", POSTS)
    assert Site.open(root).collections["posts"].folders == (root / "content" / "fr" / "posts",)


@pytest.mark.parametrize("config", ["_config.yml", "eleventy.config.js"])
def test_archetypes_mean_nothing_off_hugo(tmp_path: Path, config: str) -> None:
    root = tmp_path / "site"
    write(root / config, "title: x\n" if config.endswith("yml") else "export default {};\n")
    write(root / "index.md", "---\ntitle: Home\n---\n")
    (root / "notes").mkdir()
    (root / "_notes").mkdir()
    write(root / "archetypes" / "notes.md", "---\ntitle: x\n---\n")
    assert "notes" not in Site.open(root).collections


def test_hugo_docs_news_is_a_section_glossary_a_kind() -> None:
    site = Site.open(shared_site_path("hugo-docs"))
    assert "news" in site.collections and "glossary" not in site.collections
    assert archetype_kinds(site) == ["glossary"]


def test_a_fresh_site_is_told_how_to_make_its_first_page(tmp_path: Path) -> None:
    root = fresh_site(tmp_path / "site")
    said = Site.open(root).no_pages_message()
    assert said == (
        f"No pages yet in {root}; its kinds of page (Posts) have none. Make the first with "
        "File > New, or: editor-app new posts --title TITLE"
    )
