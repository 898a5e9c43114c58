"""A Hugo translation by file name (`posts/x.fr.md`) starts from the archetype with its own
language's values (`.Site.Title`, `.Site.Params.x`, `.Lang`...) and Hugo's `.Name` (`x`),
even in the default language's content folder, as `hugo new posts/x.fr.md` makes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write

from editor_app.core.document import Document
from editor_app.core.new_page import new_page_start
from editor_app.core.site import Site

ARCHETYPE = (
    '---\ntitle: "{{ replace .Name "-" " " | title }}"\nsite: "{{ .Site.Title }}"\n'
    'by: "{{ .Site.Params.author }}"\nlang: "{{ .Site.Language.Lang }}"\nsame: "{{ .Lang }}"\n'
    'n: "{{ .Name }}"\nc: "{{ .File.ContentBaseName }}"\nt: "{{ .File.TranslationBaseName }}"\n'
    'b: "{{ .File.BaseFileName }}"\nl: "{{ .File.LogicalName }}"\n---\n'
)
LANGUAGES = (
    "title = 'Multi'\ndefaultContentLanguage = 'en'\n[params]\nauthor = 'Jo'\n"
    "[languages.en]\n{en_dir}weight = 1\n[languages.fr]\n{fr_dir}weight = 2\n"
    "title = 'Multi FR'\n[languages.fr.params]\nauthor = 'Jean'\n"
)


def _site(root: Path, folders: bool) -> Path:
    """A site in English and French: by file name only, or with a content folder each."""
    en_dir = "contentDir = 'content/en'\n" if folders else ""
    fr_dir = "contentDir = 'content/fr'\n" if folders else ""
    write(root / "hugo.toml", LANGUAGES.format(en_dir=en_dir, fr_dir=fr_dir))
    posts = root / "content" / ("en/posts" if folders else "posts")
    write(posts / "old.md", "---\ntitle: Old\n---\n")
    write(root / "archetypes" / "posts.md", ARCHETYPE)
    return posts


def _make(root: Path, posts: Path, name: str, title: str) -> Path:
    """The new page `posts/name` as the window makes it (File > New, then Save)."""
    path = posts / name
    data, note = new_page_start(Site.open(root), "posts", title, None, path=path)
    assert note is None
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("folders", [False, True], ids=["by-name", "content-folders"])
def test_translation_by_file_name_gets_its_language(tmp_path: Path, folders: bool) -> None:
    posts = _site(tmp_path, folders)
    french = Document.load(_make(tmp_path, posts, "mon-article.fr.md", "Mon article"))
    assert french.front_matter == {
        "title": "Mon article", "site": "Multi FR", "by": "Jean", "lang": "fr", "same": "fr",
        "n": "mon-article", "c": "mon-article", "t": "mon-article", "b": "mon-article.fr",
        "l": "mon-article.fr.md",
    }  # fmt: skip
    english = Document.load(_make(tmp_path, posts, "my-post.md", "My Post"))
    assert (english.front_matter["site"], english.front_matter["lang"]) == ("Multi", "en")


def test_an_undeclared_language_is_part_of_the_name(tmp_path: Path) -> None:
    posts = _site(tmp_path, folders=False)
    front = Document.load(_make(tmp_path, posts, "notes.de.md", "Notes")).front_matter
    assert (front["lang"], front["site"], front["n"], front["t"]) == (
        "en", "Multi", "notes.de", "notes.de"
    )  # fmt: skip
    front = Document.load(_make(tmp_path, posts, "autre.FR.md", "Autre")).front_matter
    assert (front["lang"], front["n"]) == ("en", "autre.FR")  # Hugo: language names in lower case


@needs_hugo
@pytest.mark.parametrize("folders", [False, True], ids=["by-name", "content-folders"])
def test_translation_is_what_hugo_new_makes(tmp_path: Path, folders: bool) -> None:
    source = tmp_path / "site"
    _site(source, folders)
    ours, theirs = twins(source, tmp_path)
    posts = ours / "content" / ("en/posts" if folders else "posts")
    # (The typed title wins: each is the one Hugo's archetype makes from the name.)
    made = {"mon-article.fr.md": "Mon Article", "my-post.md": "My Post",
            "notes.de.md": "Notes.de", "autre.FR.md": "Autre.FR"}  # fmt: skip
    for name, title in made.items():
        hugo_new(theirs, f"posts/{name}")
        _make(ours, posts, name, title)
    assert tree(ours / "content") == tree(theirs / "content")
    shutil.rmtree(theirs)
