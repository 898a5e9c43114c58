"""`editor-app new --lang fr` on a Hugo site that tells languages by file name makes
`slug.fr.md`, its archetype filled in with the French site title and params, as
`hugo new posts/slug.fr.md` makes it (compared where hugo is installed). The default
language's page keeps a plain name; a language the site does not tell by name is refused in
one line; a translation keeping its title is no clash."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write  # noqa: E402

ARCHETYPE = (
    '---\ntitle: "{{ replace .Name "-" " " | title }}"\nsite: "{{ .Site.Title }}"\n'
    'by: "{{ .Site.Params.author }}"\nlang: "{{ .Site.Language.Lang }}"\n---\n'
)
CONFIG = (
    "title = 'Multi'\ndefaultContentLanguage = 'en'\n[params]\nauthor = 'Jo'\n"
    "[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\ntitle = 'Multi FR'\n"
    "[languages.fr.params]\nauthor = 'Jean'\n"
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "hugo.toml", CONFIG)
    write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "archetypes" / "posts.md", ARCHETYPE)
    return root


def test_a_french_page_by_file_name(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "posts", "--title", "Mon Article", "--lang", "fr", str(site)]) == 0
    out, err = capsys.readouterr()
    path = Path(out.strip())
    assert path == site / "content" / "posts" / "mon-article.fr.md"
    assert Document.load(path).front_matter == {
        "title": "Mon Article", "site": "Multi FR", "by": "Jean", "lang": "fr"
    }  # fmt: skip
    assert err == ""
    # The English page of the same title: a plain name, and no clash with its translation.
    assert main(["new", "posts", "--title", "Mon Article", "--lang", "en", str(site)]) == 0
    out, err = capsys.readouterr()
    assert Path(out.strip()) == site / "content" / "posts" / "mon-article.md"
    assert Document.load(Path(out.strip())).front_matter["site"] == "Multi"
    assert err == ""


@pytest.mark.parametrize("lang", ["it", "FR"])
def test_a_language_not_told_by_name_is_refused(
    site: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    assert main(["new", "posts", "--title", "X", "--lang", lang, str(site)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "(it has: en, fr)" in err
    assert sorted(p.name for p in (site / "content" / "posts").iterdir()) == ["old.md"]


def test_a_language_with_its_own_content_folder_goes_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same section in that language's folder, made when no French page is there yet
    (it was refused: --folder names only a folder holding pages)."""
    folders = (
        "[languages.en]\ncontentDir = 'content/en'\n[languages.fr]\ncontentDir = 'content/fr'\n"
    )
    write(tmp_path / "hugo.toml", folders)
    write(tmp_path / "content" / "en" / "posts" / "a.md", "---\ntitle: A\n---\n")
    assert main(["new", "posts", "--title", "X", "--lang", "fr", str(tmp_path)]) == 0
    made = tmp_path / "content" / "fr" / "posts" / "x.md"
    assert capsys.readouterr().out.strip() == str(made)
    assert made.read_text(encoding="utf-8").startswith("---\ntitle: X\n")


def test_lang_off_hugo_sites_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "_config.yml", "title: J\n")
    write(tmp_path / "_posts" / "2024-01-01-a.md", "---\ntitle: A\n---\n")
    assert main(["new", "posts", "--title", "X", "--lang", "fr", str(tmp_path)]) == 2
    assert "names no page by its language" in capsys.readouterr().err


@needs_hugo
def test_the_french_page_is_what_hugo_new_makes(site: Path, tmp_path: Path) -> None:
    ours, theirs = twins(site, tmp_path)
    hugo_new(theirs, "posts/mon-article.fr.md")
    assert main(["new", "posts", "--title", "Mon Article", "--lang", "fr", str(ours)]) == 0
    assert tree(ours / "content") == tree(theirs / "content")


def test_a_french_bundle(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / "archetypes" / "gal" / "index.md", ARCHETYPE)
    write(site / "archetypes" / "gal" / "notes.md", "notes of {{ .Name }} on {{ .Site.Title }}\n")
    args = ["new", "posts", "--title", "Ma Galerie", "--kind", "gal", "--lang", "fr", str(site)]
    assert main(args) == 0
    index = Path(capsys.readouterr().out.strip())
    assert index == site / "content" / "posts" / "ma-galerie" / "index.fr.md"
    assert Document.load(index).front_matter == {
        "title": "Ma Galerie", "site": "Multi FR", "by": "Jean", "lang": "fr"
    }  # fmt: skip
    assert (index.parent / "notes.md").read_text() == "notes of notes on Multi FR\n"


def test_an_unknown_language_on_a_site_of_content_folders_names_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said 'its languages each have their own content folder (--folder)', which --lang
    now reaches."""
    folders = (
        "[languages.en]\ncontentDir = 'content/en'\n[languages.fr]\ncontentDir = 'content/fr'\n"
    )
    write(tmp_path / "hugo.toml", folders)
    write(tmp_path / "content" / "en" / "posts" / "a.md", "---\ntitle: A\n---\n")
    assert main(["new", "posts", "--title", "X", "--lang", "xx", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == "editor-app: this site has no language 'xx' (it has: en, fr)\n"
    assert not (tmp_path / "content" / "xx").exists()
