"""`editor-app set PAGE --remove group.field` on a group's last field: the emptied group goes
too (it was left behind as `params: {}`, `[params]` or `"params": {}`), in YAML, TOML and JSON
headers, and only the group's lines change."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document

GLOSSARY = "content/en/quick-reference/glossary/cicd.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["set", *argv])
    return code, capsys.readouterr().err


def test_a_hugo_page_s_last_param_takes_params_with_it(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / GLOSSARY
    before = path.read_text(encoding="utf-8")
    assert "params:\n  reference: https://en.wikipedia.org/wiki/CI/CD\n" in before
    assert run(capsys, GLOSSARY, "--remove", "params.reference") == (0, "")
    assert path.read_text(encoding="utf-8") == before.replace(
        "params:\n  reference: https://en.wikipedia.org/wiki/CI/CD\n", "", 1
    )
    assert "params" not in Document.load(path).front_matter


def test_a_group_added_to_a_jekyll_page_and_taken_away_leaves_the_page_as_it_was(
    jekyll_docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = jekyll_docs
    page = "_docs/collections.md"
    before = (site / page).read_bytes()
    assert run(capsys, page, "seo={title: Collections}", "seo.image=/a.png") == (0, "")
    assert run(capsys, page, "--remove", "seo.title") == (0, "")
    assert b"seo:\n  image: /a.png\n" in (site / page).read_bytes()
    assert run(capsys, page, "--remove", "seo.image") == (0, "")
    assert (site / page).read_bytes() == before


@pytest.mark.parametrize(
    ("header", "field", "left"),
    [
        # YAML: a nested group emptied goes, its group keeps its other field; up to the top.
        ("---\nt: T\nparams:\n  deep:\n    z: 1\n  x: 2\nlast: 1\n---\nB\n", "params.deep.z",
         "---\nt: T\nparams:\n  x: 2\nlast: 1\n---\nB\n"),
        ("---\nt: T\nparams:\n  deep:\n    z: 1\nlast: 1\n---\nB\n", "params.deep.z",
         "---\nt: T\nlast: 1\n---\nB\n"),
        ("---\nt: T\nparams: {x: 1}\n---\nB\n", "params.x", "---\nt: T\n---\nB\n"),
        # TOML: the table goes; a table beside it stays.
        ('+++\nt = "T"\n\n[params]\nx = 1\n\n[other]\ny = 2\n+++\nB\n', "params.x",
         '+++\nt = "T"\n\n[other]\ny = 2\n+++\nB\n'),
        ('+++\nt = "T"\n[params]\nx = 1\n[params.deep]\nz = 3\n+++\nB\n', "params.deep.z",
         '+++\nt = "T"\n[params]\nx = 1\n+++\nB\n'),
        ('+++\nt = "T"\nparams = {x = 1}\n+++\nB\n', "params.x", '+++\nt = "T"\n+++\nB\n'),
        # JSON: the group and the comma before it when it was the last.
        ('{\n  "t": "T",\n  "params": {\n    "x": 1\n  },\n  "a": 2\n}\nB\n', "params.x",
         '{\n  "t": "T",\n  "a": 2\n}\nB\n'),
        ('{\n  "t": "T",\n  "params": {\n    "x": 1\n  }\n}\nB\n', "params.x",
         '{\n  "t": "T"\n}\nB\n'),
    ],
)  # fmt: skip
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_an_emptied_group_goes_in_every_header(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    header: str,
    field: str,
    left: str,
    newline: str,
) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(header.replace("\n", newline).encode())
    assert run(capsys, str(path), "--remove", field) == (0, "")
    assert path.read_bytes() == left.replace("\n", newline).encode()


def test_a_group_the_page_wrote_empty_is_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only a group emptied by this removal goes: `extra: {}` written by the author stays.
    path = tmp_path / "page.md"
    path.write_text("---\nextra: {}\nparams:\n  x: 1\n  y: 2\n---\nB\n")
    assert run(capsys, str(path), "--remove", "params.x") == (0, "")
    assert path.read_text() == "---\nextra: {}\nparams:\n  y: 2\n---\nB\n"
