"""`editor-app set GROUP.FIELD=...` where GROUP holds a list or a single value says so (it
said 'the page has no group of fields called ...' of a field the page has); a field given
twice is said (only the last value is written)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main

PAGE = "---\ntitle: A\nseo:\n  - name: a\nparams:\n  name: b\n---\nBody\n"


@pytest.mark.parametrize(
    ("assignment", "said"),
    [
        ("seo.name=x", "'seo' holds a list, not a group of fields, so 'seo.name' cannot be set"),
        ("title.x=x", "'title' holds a single value, not a group of fields, so 'title.x' cannot"),
        (
            "nope.x.y=x",
            "the page has no group of fields called 'nope' to set 'nope.x.y' in; to add the "
            "group, write nope='{x: {y: VALUE}}'",
        ),
        (
            "parms.name=x",
            "the page has no group of fields called 'parms' to set 'parms.name' in (did you mean "
            "'params.name'?)",
        ),
    ],
)
def test_what_the_field_holds_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assignment: str, said: str
) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert main(["set", str(path), assignment]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"editor-app: {path}: {said}"), err
    assert err.endswith("; the file was not changed\n") and err.count("\n") == 1
    assert path.read_text() == PAGE


def test_a_field_given_twice_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE)
    assert main(["set", str(path), "title=B", "title=C"]) == 0
    assert capsys.readouterr().err == (
        "editor-app: warning: 'title' is given 2 times; the last value is the one written\n"
    )
    assert path.read_text() == PAGE.replace("title: A", "title: C")


@pytest.mark.parametrize("name", [".x", "params.", "params..searchable", "..", "."])
def test_a_dot_with_no_name_beside_it_names_no_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # `params.=1` was "no group called 'params' to set 'params.' in (did you mean
    # 'params.'?)", `.x=1` "no group called ''... write ='{x: VALUE}'".
    root = copy_shared_site("hugo-docs", tmp_path)
    page = root / "content/en/quick-reference/emojis.md"
    before = page.read_bytes()
    said = (
        f"editor-app: {name!r} is not a field name: a field inside a group is written "
        "GROUP.FIELD, e.g. params.x; the file was not changed\n"
    )
    for argv in (["set", str(page), f"{name}=1"], ["set", str(page), "--remove", name]):
        assert main(argv) == 2
        assert capsys.readouterr().err == said
    assert page.read_bytes() == before
