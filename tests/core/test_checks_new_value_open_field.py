"""A value of its own in a field inferred as a choice is 'worth a look' only where the field
keeps to a few values: where other pages already have values of their own (a blog's guest
authors, each on one post), one more is a new author, not a slip. jekyll-docs told
'alfredxing' and 'mertkahyaoglu' (one post each, beside 'benbalter' and others) to check
their author."""

from __future__ import annotations

from pathlib import Path

from test_checks_mutants_header import found, make_site, resource

from editor_app.core.validate import validate_site

NEW = "'zulu' is not used for Stage anywhere else; the others use {}. Check that it is not a slip."
USUAL = ["alpha", "bravo", "charlie"]


def _pages(singles: list[str]) -> dict[str, str]:
    values = USUAL * 4 + singles
    pages = {f"_resources/r{i}.md": resource(i, stage=v) for i, v in enumerate(values)}
    pages["_resources/new.md"] = resource(99, stage="zulu")
    return pages


def test_a_new_value_where_others_have_values_of_their_own_is_no_slip(tmp_path: Path) -> None:
    problems = validate_site(make_site(tmp_path, _pages(["yankee", "xray"])), content=False)
    assert found(problems, "_resources/new.md") == []


def test_a_new_value_where_one_other_page_has_its_own_is_still_told(tmp_path: Path) -> None:
    problems = validate_site(make_site(tmp_path, _pages(["yankee"])), content=False)
    assert found(problems, "_resources/new.md") == [
        (6, "stage", "not-a-choice", "warning", NEW.format("'alpha', 'bravo', 'charlie'"))
    ]


def test_a_near_miss_is_still_an_error_among_values_of_their_own(tmp_path: Path) -> None:
    pages = _pages(["yankee", "xray"])
    pages["_resources/new.md"] = resource(99, stage="bravvo")
    problems = validate_site(make_site(tmp_path, pages), content=False)
    assert [p[3] for p in found(problems, "_resources/new.md")] == ["error"]
