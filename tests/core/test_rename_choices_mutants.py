"""What Rename or Merge a Value offers (`core/rename_choices.py`) at its edges, on a small site.

The names a relation's pages go by, by title or by a field of theirs; the new values offered,
in alphabetical order whatever the capitals, never a blank one.

Mutants named as equivalent (no test can tell them apart):
- `rename_fields`: the schema asked for collection `""` as for a real name (the schema has no
  collection called "", so no page is open either way).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.rename_choices import offered_names, target_names
from editor_app.core.schema_model import Field
from editor_app.core.site import Site
from editor_app.core.tool_support import ValueUse


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _people_site(root: Path) -> Site:
    """People pages named by title and by a `name:` field; one with an empty name, one with no
    title and a file name that is only a date (its title is empty)."""
    _write(root / "_config.yml", "collections: [people, posts]\n")
    _write(root / "_people" / "ann.md", "---\ntitle: Ann Smith\nname: Ann\n---\n")
    _write(root / "_people" / "bob.md", "---\ntitle: Bob Jones\nname: bob\n---\n")
    _write(root / "_people" / "cy.md", '---\ntitle: Cy Young\nname: ""\n---\n')
    _write(root / "_people" / "dee.md", "---\ntitle: Dee Lane\n---\n")
    _write(root / "_posts" / "2024-01-01-hello.md", "---\ntitle: Hello\nauthor: Ann\n---\n")
    return Site.open(root)


def test_pages_named_by_a_field_go_by_that_field_and_never_by_an_empty_one(
    tmp_path: Path,
) -> None:
    site = _people_site(tmp_path)
    by_name = Field("author", "relation", collection="people", key="name")
    assert target_names(site, by_name) == ["Ann", "bob"]


def test_pages_named_by_title_go_by_their_titles(tmp_path: Path) -> None:
    site = _people_site(tmp_path)
    titles = ["Ann Smith", "Bob Jones", "Cy Young", "Dee Lane"]
    assert target_names(site, Field("author", "relation", collection="people")) == titles
    # A relation whose naming field is left blank names pages by their titles too.
    assert target_names(site, Field("author", "relation", collection="people", key="")) == titles


def test_new_values_are_in_alphabetical_order_whatever_the_capitals(tmp_path: Path) -> None:
    site = _people_site(tmp_path)
    by_name = Field("author", "relation", collection="people", key="name")
    uses = [ValueUse("Zed", 1), ValueUse("Ann", 2)]
    assert offered_names(site, by_name, uses) == ["Ann", "bob", "Zed"]
    tags = Field("tags", "choices")
    uses = [ValueUse("beta", 1), ValueUse("Alpha", 1), ValueUse("alpha", 1), ValueUse("Zeta", 1)]
    assert offered_names(site, tags, uses) == ["Alpha", "alpha", "beta", "Zeta"]


def test_a_page_with_no_title_offers_no_blank_value(tmp_path: Path) -> None:
    _write(tmp_path / "_people" / "2024-01-01-.md", "---\nrole: guest\n---\n")
    site = _people_site(tmp_path)
    author = Field("author", "relation", collection="people")
    assert "" in target_names(site, author)  # the page goes by no name at all
    offered = offered_names(site, author, [ValueUse("Ann", 1)])
    assert offered == ["Ann", "Ann Smith", "Bob Jones", "Cy Young", "Dee Lane"]
