"""A field set inside a group with a slip of the keyboard (`params.functions_and_methods.
retrunType`) was added in silence; the same slip at the top level (`Title=`) is warned of.
Now it is warned of too, naming the field meant; a new field no name is near is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document

PAGE = "content/en/methods/page/RenderShortcodes.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["set", *argv])
    return code, capsys.readouterr().err


def test_a_slip_inside_a_group_is_warned_of_and_written(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, PAGE, "params.functions_and_methods.retrunType=int")
    assert code == 0
    assert err == (
        f"editor-app: warning: {PAGE}: No other page in methods has "
        "'params.functions_and_methods.retrunType', so the site probably ignores it. "
        "Did you mean 'params.functions_and_methods.returnType'?\n"
    )
    group = Document.load(hugo / PAGE).front_matter["params"]["functions_and_methods"]
    assert group["retrunType"] == "int"


@pytest.mark.parametrize(
    "assignment",
    ["params.functions_and_methods.returnType=int", "params.searchable=false", "params.a.b=1"],
)
def test_a_known_or_new_field_in_a_group_is_not(
    hugo: Path, capsys: pytest.CaptureFixture[str], assignment: str
) -> None:
    assert run(capsys, PAGE, assignment) == (0, "")
