"""`editor-app set` refuses files that are not pages (a site's settings file is never given a
header), and reaches a field inside a group (Hugo's `params.x`) instead of inventing a
top-level field whose name holds dots."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["set", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", ["_config.yml", "hugo.toml", "package.json", "notes"])
def test_a_settings_file_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b'baseURL = "https://example.org/"\n')
    code, out, err = run(capsys, str(path), "title=x")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "not a page" in err, err
    assert path.read_bytes() == b'baseURL = "https://example.org/"\n'


PAGE = (
    "---\ntitle: cast.ToInt\nparams:\n  functions_and_methods:\n    aliases: [int]\n"
    "    returnType: int\n    signatures: [cast.ToInt INPUT]\naliases: [/functions/int]\n"
    "---\n\nBody.\n"
)


def test_a_dotted_name_sets_the_field_inside_its_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ToInt.md"
    path.write_text(PAGE, encoding="utf-8")
    code, _, err = run(capsys, str(path), "params.functions_and_methods.returnType=int64")
    assert code == 0 and err == ""
    assert path.read_text(encoding="utf-8") == PAGE.replace("returnType: int\n", "returnType: int64\n")
    doc = Document.load(path)
    assert "params.functions_and_methods.returnType" not in doc.front_matter


def test_a_dotted_name_without_its_group_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ToInt.md"
    path.write_text(PAGE, encoding="utf-8")
    code, _, err = run(capsys, str(path), "param.returnType=int64")
    assert code == 2
    assert err.count("\n") == 1 and "param" in err and "not changed" in err, err
    assert path.read_text(encoding="utf-8") == PAGE


def test_a_field_whose_own_name_has_a_dot_is_set_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: A\nog.image: a.png\n---\nBody.\n", encoding="utf-8")
    code, _, err = run(capsys, str(path), "og.image=b.png")
    assert code == 0 and err == ""
    assert path.read_text(encoding="utf-8") == "---\ntitle: A\nog.image: b.png\n---\nBody.\n"


def test_two_fields_of_one_group_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ToInt.md"
    path.write_text(PAGE, encoding="utf-8")
    code, _, err = run(
        capsys,
        str(path),
        "params.functions_and_methods.returnType=int64",
        "params.functions_and_methods.aliases=[int, toInt]",
    )
    assert code == 0 and err == ""
    expected = PAGE.replace("returnType: int\n", "returnType: int64\n").replace(
        "aliases: [int]\n", "aliases: [int, toInt]\n"
    )
    assert path.read_text(encoding="utf-8") == expected
