"""One rule says which quote mark authors use (`quote_marks.quote_mark`): the quotes
of a page's own header (`set`), of its collection's pages (`new`) and a TOML header's
'literal' strings agree. A header quoting three of its four values, in two marks, had its
new text written plain by `set` while `new` quoted it; a TOML header with one "basic" string
among 'literal' ones had its new text written "basic"."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def _set_line(path: Path, key: str, value: str) -> str:
    assert main(["set", str(path), f"{key}={value}"]) == 0
    line = next(ln for ln in path.read_text("utf-8").splitlines() if ln.startswith(key))
    assert Document.load(path).front_matter[key] == value
    return line


@pytest.mark.parametrize(
    ("values", "line"),
    [
        (["'one'", '"two"', '"three"', "four"], 'title: "New words"'),
        (["'one'", "'two'", '"three"', "four"], "title: 'New words'"),
        (["'one'", '"two"', "three", "four"], "title: New words"),
        (["'one'", "'two'", "'three'", "four"], "title: 'New words'"),
    ],
)
def test_a_header_and_its_collection_agree_on_the_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], values: list[str], line: str
) -> None:
    keys = "abcd"
    header = "".join(f"{k}: {v}\n" for k, v in zip(keys, values, strict=True))
    page = tmp_path / "page.md"
    page.write_text(f"---\n{header}title: Old\n---\nText.\n", "utf-8")
    assert _set_line(page, "title", "New words") == line
    capsys.readouterr()

    # `new` in a collection whose pages write their titles as this header writes its values.
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: S\n", "utf-8")
    for n, value in enumerate(values):
        (site / "_posts" / f"2024-01-0{n + 1}-p{n}.md").write_text(
            f"---\ntitle: {value}\n---\nText.\n", "utf-8"
        )
    assert main(["new", "posts", "--title", "New words", str(site)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert made.read_text("utf-8").splitlines()[1] == line


def test_toml_text_takes_the_mark_most_strings_use(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "+++\na = 'one'\nb = 'two'\nc = \"three\"\ntitle = \"It's\"\n+++\nText.\n", "utf-8"
    )
    assert main(["set", str(page), "title=New words"]) == 0
    assert "title = 'New words'" in page.read_text("utf-8").splitlines()
