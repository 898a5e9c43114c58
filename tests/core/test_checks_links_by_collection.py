"""Links to a collection's pages are judged against that collection's file names, which are
worked out on the first link to it: a site whose pages link to one collection never works
out the names of the others, and a link to each is still judged (and a close name offered)
as when every name was worked out at once."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks.context import context_for, schema_for
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CONFIG = """title: t
collections:
  events:
    output: true
    permalink: /events/:name/
  notes:
    output: true
    permalink: /notes/:name/
  people:
    output: true
    permalink: /people/:name/
"""


def _site(root: Path, body: str) -> Site:
    root.mkdir()
    (root / "_config.yml").write_text(CONFIG)
    for folder, names in (("_events", ["spring-fair", "winter-talk"]), ("_people", ["jane"])):
        (root / folder).mkdir()
        for name in names:
            (root / folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\nText.\n")
    (root / "_notes").mkdir()
    (root / "_notes" / "a.md").write_text(f"---\ntitle: A\n---\n{body}\n")
    (root / "_notes" / "old.md").write_text(
        "---\ntitle: Old\nredirect_from: /events/autumn-walk/\n---\nText.\n"
    )
    return Site.open(root)


def _broken(problems: list) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in problems if p.code == "broken-link"]


def test_only_the_collections_linked_to_are_worked_out(tmp_path: Path) -> None:
    site = _site(
        tmp_path / "one",
        "See [the fair](/events/spring-fiar/), [winter](/events/winter-talk/) and "
        "[autumn](/events/autumn-walk/).",
    )
    found = _broken(validate_site(site, content=False))
    assert found == [
        (
            4,
            "The link to '/events/spring-fiar/' points at no event of this site. "
            "Did you mean '/events/spring-fair/'?",
        )
    ]
    index = context_for(site, schema_for(site)).link_index
    assert index is not None and index[2] == {"events"}  # people and notes: never worked out


def test_links_to_two_collections_are_each_judged(tmp_path: Path) -> None:
    site = _site(
        tmp_path / "two",
        "See [Jane](/people/jane/), [Jon](/people/jon/) and [the talk](/events/winter-tlak/).",
    )
    found = _broken(validate_site(site, content=False))
    assert sorted(found) == [
        (
            4,
            "The link to '/events/winter-tlak/' points at no event of this site. "
            "Did you mean '/events/winter-talk/'?",
        ),
        (4, "The link to '/people/jon/' points at no person of this site."),
    ]
    index = context_for(site, schema_for(site)).link_index
    assert index is not None and index[2] == {"people", "events"}
