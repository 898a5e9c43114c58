"""Choices, declared and inferred: each value outside them pinned by line, field, severity and
words, and where the rare-value rule starts and stops (mutation testing of
`core/checks/choices.py`, `tools/mutation.py checks-header`).

Surviving mutants that no test can tell apart (equivalent):
- `check_choice_value`, `check_choices`: `getattr` defaults for a field's `type` and `choices`
  (every field has both); the unused `multiple` argument; the label asked with no name (every
  field has a label); the closest choice asked with `closest_match`'s default cutoff, 0.6;
  every severity of a declared choice (a declared rule is always an error, and an error is
  the code's usual severity); `severity_for(ctx, None)` for `False`.
- `rare_value`: the page and context passed to `count_others` (unused); `break` for
  `continue` when no other value is common (then none is, for any item); a scalar saved value
  compared as a list of one or as text (the same for one value); a slip's `ERROR` left out or
  `None` (the code's usual severity is an error).
- `in_other_language` (asking through `common.site_answer`): `getattr(site, "language_of")`
  without a default (every site has it);
  answers for a page without a file or a language reader that fails (the rule only asks for
  saved pages); counting each page twice, or asking `most_common` for 2 or all (the first is
  the same); the fact's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks_mutants_header import found, make_site, resource

from editor_app.core.document import Document
from editor_app.core.validate import validate_document, validate_site

SCHEMA = """\
collections:
  people:
    fields:
      - name: title
  projects:
    fields:
      - name: title
  resources:
    fields:
      - name: title
      - name: status
        type: choice
        choices: [draft, final]
      - name: roles
        type: choices
        choices: [fellow, board, staff]
      - name: priority
        type: choice
        choices: [1, 2, 3]
      - name: eight
        type: choice
        choices: [c1, c2, c3, c4, c5, c6, c7, c8]
      - name: nine
        type: choice
        choices: [c1, c2, c3, c4, c5, c6, c7, c8, c9]
"""


def _declared(tmp_path: Path, lines: str) -> list[tuple]:
    page = f"---\ntitle: Planted\n{lines}---\nText.\n"
    site = make_site(tmp_path, {"_resources/planted.md": page}, SCHEMA)
    return found(validate_site(site, content=False), "_resources/planted.md")


def _not_allowed(value: str, label: str, listing: str, hint: str = "") -> str:
    return f"'{value}' is not one of the allowed values for {label} ({listing}).{hint}"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("status: drafft\n", [(3, "status", "not-a-choice", "error",
          _not_allowed("drafft", "Status", "draft, final", " Did you mean 'draft'?"))]),
        # A list given to a one-value choice: each value is checked.
        ("status: [draft, drafft]\n", [(3, "status", "not-a-choice", "error",
          _not_allowed("drafft", "Status", "draft, final", " Did you mean 'draft'?"))]),
        ("status: {a: 1}\n", [(3, "status", "not-a-choice", "error",
          _not_allowed("{'a': 1}", "Status", "draft, final"))]),
        ("roles: {a: 1}\n", [(3, "roles", "wrong-type", "error", "Roles should be a list.")]),
        ("roles: fellow\n", []),
        ("roles: boardd\n", [(3, "roles", "not-a-choice", "error",
          _not_allowed("boardd", "Roles", "fellow, board, staff", " Did you mean 'board'?"))]),
        ("roles: [fellow, boardd]\n", [(3, "roles", "not-a-choice", "error",
          _not_allowed("boardd", "Roles", "fellow, board, staff", " Did you mean 'board'?"))]),
        ('roles: ["", boardd]\n', [(3, "roles", "not-a-choice", "error",
          _not_allowed("boardd", "Roles", "fellow, board, staff", " Did you mean 'board'?"))]),
        # Choices written as numbers accept the same number written as text.
        ('priority: "2"\nroles: [boardd]\n', [(4, "roles", "not-a-choice", "error",
          _not_allowed("boardd", "Roles", "fellow, board, staff", " Did you mean 'board'?"))]),
        # Up to eight choices are listed in full, then the first eight and "...".
        ("eight: zz\n", [(3, "eight", "not-a-choice", "error",
          _not_allowed("zz", "Eight", "c1, c2, c3, c4, c5, c6, c7, c8"))]),
        ("nine: zz\n", [(3, "nine", "not-a-choice", "error",
          _not_allowed("zz", "Nine", "c1, c2, c3, c4, c5, c6, c7, c8, ..."))]),
    ],
)  # fmt: skip
def test_a_declared_choice_names_the_allowed_values(
    tmp_path: Path, lines: str, expected: list
) -> None:
    assert _declared(tmp_path, lines) == expected


# -- inferred: values no other page uses ----------------------------------------------------------

SLIP = "'{}' is not used for {} anywhere else. Did you mean '{}'?"


def _loose(tmp_path: Path, pages: dict[str, str]) -> list[tuple]:
    """Pages outside any collection: no schema lists their fields, the rare-value rule alone
    looks at their values."""
    site = make_site(tmp_path, {f"{name}.md": text for name, text in pages.items()})
    problems = [p for p in validate_site(site, content=False) if p.code == "not-a-choice"]
    return [(p.path, p.line, p.field, p.code, p.severity, p.message) for p in problems]


def _pages(field: str, values: list[str], **planted: str) -> dict[str, str]:
    pages = {f"p{i}": f"---\ntitle: P{i}\n{field}: {v}\n---\n" for i, v in enumerate(values)}
    pages.update({k: f"---\ntitle: {k}\n{field}: {v}\n---\n" for k, v in planted.items()})
    return pages


def test_a_slip_among_five_values_is_an_error(tmp_path: Path) -> None:
    pages = _pages("stage", ["draft"] * 4, slip="drafft")
    assert _loose(tmp_path, pages) == [
        ("slip.md", 3, "stage", "not-a-choice", "error", SLIP.format("drafft", "stage", "draft"))
    ]


def test_four_values_are_too_few_to_tell_a_slip(tmp_path: Path) -> None:
    assert _loose(tmp_path, _pages("stage", ["draft"] * 3, slip="drafft")) == []


def test_a_slip_among_twelve_different_values_is_found_not_among_thirteen(
    tmp_path: Path,
) -> None:
    others = [f"value{c}" for c in "abcdefghij"]
    twelve = _pages("stage", ["draft", "draft", *others], slip="drafft")
    assert [p[0] for p in _loose(tmp_path / "twelve", twelve)] == ["slip.md"]
    thirteen = _pages("stage", ["draft", "draft", *others, "valuek"], slip="drafft")
    assert _loose(tmp_path / "thirteen", thirteen) == []


def test_a_new_value_that_is_no_slip_is_left_alone_outside_choices(tmp_path: Path) -> None:
    assert _loose(tmp_path, _pages("stage", ["draft"] * 4, new="zulu")) == []


def test_a_slip_in_a_list_is_found_after_a_number_and_a_common_value(tmp_path: Path) -> None:
    pages = _pages("tags", ["[housing]"] * 4, slip="[5, housing, housng]")
    assert _loose(tmp_path, pages) == [
        ("slip.md", 3, "tags", "not-a-choice", "error", SLIP.format("housng", "tags", "housing"))
    ]


def test_two_common_values_alike_are_no_slips(tmp_path: Path) -> None:
    pages = _pages("tags", ["[housing]"] * 4 + ["[housings]"] * 2)
    assert _loose(tmp_path, pages) == []


def test_the_same_slip_in_two_fields_is_matched_with_each_fields_values(tmp_path: Path) -> None:
    pages = {f"p{i}": f"---\ntitle: P{i}\nstatus: final\nstage: finals\n---\n" for i in range(4)}
    pages["slip"] = "---\ntitle: Slip\nstatus: finall\nstage: finall\n---\n"
    assert _loose(tmp_path, pages) == [
        ("slip.md", 3, "status", "not-a-choice", "error", SLIP.format("finall", "status", "final"))
    ]


def test_a_new_page_not_yet_saved_is_told_of_a_slip(tmp_path: Path) -> None:
    pages = _pages("stage", ["draft"] * 5)
    site = make_site(tmp_path, {f"{k}.md": v for k, v in pages.items()})
    doc = Document.from_text("---\ntitle: New\nstage: drafft\n---\n", tmp_path / "new.md")
    assert [(p.line, p.message) for p in validate_document(doc, site, content=False)] == [
        (3, SLIP.format("drafft", "stage", "draft"))
    ]


# -- inferred choices: a value of its own --------------------------------------------------------

NEW = "'zulu' is not used for Stage anywhere else; the others use {}. Check that it is not a slip."
NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


@pytest.mark.parametrize(
    ("n", "listed"),
    [
        (6, "'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'"),
        (7, "'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', ..."),
        (8, "'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', ..."),
    ],
)
def test_a_new_value_of_an_inferred_choice_lists_six_usual_ones(
    tmp_path: Path, n: int, listed: str
) -> None:
    pages = {f"_resources/r{i}.md": resource(i, stage=v) for i, v in enumerate(NAMES[:n] * 3)}
    pages["_resources/new.md"] = resource(99, stage="zulu")
    assert found(validate_site(make_site(tmp_path, pages), content=False), "_resources/new.md") == [
        (6, "stage", "not-a-choice", "warning", NEW.format(listed))
    ]


def test_a_new_value_in_the_main_language_is_told_though_another_comes_first(
    tmp_path: Path,
) -> None:
    pages = {
        f"_resources/r{i}.md": resource(i, stage=v, lang="en") for i, v in enumerate(NAMES * 3)
    }
    pages["_resources/a0.md"] = resource(98, stage="alpha", lang="de")  # first of the index
    pages["_resources/new.md"] = resource(99, stage="zulu", lang="en")
    listed = "'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', ..."
    assert found(validate_site(make_site(tmp_path, pages), content=False), "_resources/new.md") == [
        (6, "stage", "not-a-choice", "warning", NEW.format(listed))
    ]


def test_an_inferred_list_is_told_of_a_slip_and_of_a_group_in_it(tmp_path: Path) -> None:
    values = ["[housing, x1]", "[housing, x2]", "[housing, x3]", "[x4]", "[x5]", "[x6]"]
    pages = {f"_resources/r{i}.md": resource(i, tags=v) for i, v in enumerate(values)}
    pages["_resources/slip.md"] = resource(50, tags="[housng]")
    pages["_resources/group.md"] = resource(51, tags="{a: 1}")
    problems = validate_site(make_site(tmp_path, pages), content=False)
    assert found(problems, "_resources/slip.md") == [
        (6, "tags", "not-a-choice", "error", SLIP.format("housng", "Tags", "housing"))
    ]
    assert found(problems, "_resources/group.md") == [
        (6, "tags", "wrong-type", "warning", "Tags should be a list.")
    ]


def test_a_value_differing_only_in_capitals_is_a_warning(tmp_path: Path) -> None:
    assert _loose(tmp_path, _pages("stage", ["draft"] * 4, caps="Draft")) == [
        (
            "caps.md",
            3,
            "stage",
            "not-a-choice",
            "warning",
            "'Draft' differs from 'draft', used for stage elsewhere, only in capitals. If they "
            "are the same, use 'draft'.",
        )
    ]
