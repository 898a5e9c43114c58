"""`editor-app rename params.x OLD NEW`: a field inside a group, as `set params.x=` takes it
(it said 'no page has a field called ...'); a slip in a nested name is said with the name
meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

FIELD = "params.functions_and_methods.returnType"
PAGE = "content/en/functions/math/Abs.md"


def test_a_nested_field_is_renamed(hugo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (hugo / PAGE).read_text(encoding="utf-8")
    code = main(["rename", FIELD, "float64", "float"])
    out, err = capsys.readouterr()
    assert code == 0
    assert PAGE in out.splitlines()
    assert err.startswith("editor-app: changed ") and "no page has" not in err
    after = (hugo / PAGE).read_text(encoding="utf-8")
    assert after == before.replace("returnType: float64\n", "returnType: float\n")


def test_a_slip_in_a_nested_name_names_the_field_meant(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["rename", "params.functions_and_methods.retrnType", "a", "b", "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0
    assert (
        f"no page has a field called 'params.functions_and_methods.retrnType'; did you mean '{FIELD}'?"
        in err
    )


def test_a_group_named_for_a_value_inside_it_names_the_field(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "no page has 'float64' in params", as if params could hold it.
    code = main(["rename", "params", "float64", "float", "--dry-run"])
    err = capsys.readouterr().err
    assert code == 0
    assert err.endswith(
        f"would change 0 files: params is a group of fields; name the one holding the value, "
        f"e.g. {FIELD}\n"
    ), err
