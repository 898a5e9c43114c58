"""A Jekyll collection's `index.md` is its home page, listing the documents, not one of them:
jekyll-docs' `_tutorials/index.md` (address /tutorials/home/) was told that Author and Date
are missing because every tutorial has them; its layout shows them only `{% if author %}`.
It still needs its title, and the tutorials still need their author."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site, shared_site_path
from test_checks_mutants_header import make_site, resource

from editor_app.core.collection_home import homes_lacking, is_collection_home
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_jekyll_docs_tutorials_home_is_not_told_it_lacks_author_and_date() -> None:
    site = Site.open(shared_site_path("jekyll-docs"))
    problems = validate_site(site, content=False, cache=False)
    assert [p for p in problems if p.path == "_tutorials/index.md"] == []


def test_a_tutorial_without_author_and_a_home_without_title_are_still_told(tmp_path: Path) -> None:
    root = copy_shared_site("jekyll-docs", tmp_path, "site")
    tutorial = root / "_tutorials" / "navigation.md"
    tutorial.write_text(tutorial.read_text(encoding="utf-8").replace("author: tomjoht\n", ""))
    home = root / "_tutorials" / "index.md"
    home.write_text(home.read_text(encoding="utf-8").replace("title: Tutorials\n", ""))
    problems = validate_site(Site.open(root), content=False, cache=False)
    told = sorted((p.path, p.field) for p in problems if p.code == "required-missing")
    assert ("_tutorials/navigation.md", "author") in told
    assert ("_tutorials/index.md", "title") in told
    assert ("_tutorials/index.md", "date") not in told


def test_a_document_named_otherwise_is_told_as_before(tmp_path: Path) -> None:
    pages = {f"_resources/r{i}.md": resource(i, source="Survey") for i in range(6)}
    pages["_resources/index.md"] = resource(50)
    pages["_resources/indexed.md"] = resource(51)
    problems = validate_site(make_site(tmp_path, pages), content=False)
    told = sorted((p.path, p.field) for p in problems if p.code == "required-missing")
    assert told == [("_resources/indexed.md", "source")]


def test_only_a_jekyll_index_file_is_a_collection_home() -> None:
    assert is_collection_home("index.md", "jekyll")
    assert is_collection_home("index.html", "jekyll")
    # A document whose name only starts with "index." has an address of its own.
    assert not is_collection_home("index.draft.md", "jekyll")
    assert not is_collection_home("indexed.md", "jekyll")
    assert not is_collection_home("index.md", "hugo")
    assert not is_collection_home("index.md", None)


def test_homes_lacking_counts_each_home_without_a_value_but_never_for_the_title() -> None:
    homes = [{}, {"author": ""}, {"author": "tomjoht"}, {"author": []}, {"author": None}]
    assert homes_lacking(homes, "author") == 4
    assert homes_lacking([{"author": "tomjoht"}], "author") == 0
    assert homes_lacking([{}, {"title": ""}], "title") == 0
    assert homes_lacking([], "title") == 0
    assert homes_lacking([], "author") == 0
