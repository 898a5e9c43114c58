"""A new page whose file name is taken gets a number joined the way the pages beside it join
their words: hugo-docs' `commands` are `hugo_mod_init.md`, and a second "hugo mod init" was
`hugo_mod_init-2.md`; it is `hugo_mod_init_2.md`. Its functions, named as code is
(`ToFloat.md`), give `ToFloat2.md`; a name ending in a digit keeps `-2` (`Chapter1-2`, not
`Chapter12`). Slug-named pages keep `-2`, on each of the five sites' main collections."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site, shared_site_path

from editor_app.cli import main
from editor_app.core.page_create import proposed_path
from editor_app.core.site import Site


def _page(folder: Path, stem: str, title: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.md").write_text(f"---\ntitle: {title}\n---\n\nText.\n", encoding="utf-8")


def _hugo_site(root: Path) -> Site:
    root.mkdir()
    (root / "hugo.toml").write_text('title = "Docs"\n', encoding="utf-8")
    commands = root / "content" / "commands"
    for stem in ("hugo_build", "hugo_mod_init", "hugo_server"):
        _page(commands, stem, stem.replace("_", " "))
    steps = root / "content" / "steps"
    for stem, title in (
        ("StepOne", "Step One"),
        ("StepTwo", "Step Two"),
        ("Chapter1", "Chapter 1"),
    ):
        _page(steps, stem, title)
    guides = root / "content" / "guides"
    for stem, title in (("first-steps", "First steps"), ("going-live", "Going live")):
        _page(guides, stem, title)
    return Site.open(root)


def test_the_number_follows_the_pages_own_joiner(tmp_path: Path) -> None:
    site = _hugo_site(tmp_path / "site")
    assert proposed_path(site, "commands", "hugo mod init").name == "hugo_mod_init_2.md"
    assert proposed_path(site, "commands", "hugo").name == "hugo.md"
    assert proposed_path(site, "steps", "Step One").name == "StepOne2.md"
    assert proposed_path(site, "steps", "Chapter 1").name == "Chapter1-2.md"
    assert proposed_path(site, "guides", "Going live").name == "going-live-2.md"


def test_editor_app_new_makes_the_second_and_third_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "site"
    _hugo_site(root)
    made = []
    for _ in range(2):
        assert main(["new", "commands", "--title", "hugo mod init", str(root)]) == 0
        made.append(Path(capsys.readouterr().out.strip().splitlines()[0]).name)
    assert made == ["hugo_mod_init_2.md", "hugo_mod_init_3.md"]


# (site, collection, folder or None, a page there, the file a second page of its title gets).
MAIN_COLLECTIONS = [
    ("connectedbydata", "people", None, "adam-cantwell-corn.md", "adam-cantwell-corn-2.md"),
    ("connectedbydata", "topics", None, "civil-society.md", "civil-society-2.md"),
    (
        "opensource-guide",
        "articles",
        None,
        "leadership-and-governance.md",
        "leadership-and-governance-2.md",
    ),
    ("jekyll-docs", "docs", None, "assets.md", "assets-2.md"),
    ("hugo-docs", "commands", None, "hugo_mod_init.md", "hugo_mod_init_2.md"),
    ("hugo-docs", "functions", "content/en/functions/cast", "ToFloat.md", "ToFloat2.md"),
    (
        "hugo-docs",
        "methods",
        "content/en/methods/page",
        "AllTranslations.md",
        "AllTranslations2.md",
    ),
    ("hugo-docs", "quick-reference", None, "emojis.md", "emojis-2.md"),
    ("eleventy-website", "docs", None, "accessibility.md", "accessibility-2.md"),
]


@pytest.mark.parametrize(("name", "collection", "folder", "taken", "expected"), MAIN_COLLECTIONS)
def test_the_five_sites_main_collections(
    name: str, collection: str, folder: str | None, taken: str, expected: str
) -> None:
    site = Site.open(shared_site_path(name))
    base = site.root / folder if folder else site.collections[collection].folder
    title = next(
        e.title
        for e in site.documents(collection)
        if Path(e.path).resolve() == (base / taken).resolve()
    )
    assert proposed_path(site, collection, title, folder=folder).name == expected


@pytest.mark.parametrize(
    ("name", "collection"), [("jekyll-docs", "posts"), ("eleventy-website", "blog")]
)
def test_a_dated_post_of_the_same_day_and_title(
    tmp_path: Path, name: str, collection: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site(name, tmp_path)
    made = []
    for _ in range(2):
        assert main(["new", collection, "--title", "Release day", str(root)]) == 0
        made.append(Path(capsys.readouterr().out.strip().splitlines()[0]).name)
    assert made[1].endswith("-release-day-2" + Path(made[0]).suffix)
