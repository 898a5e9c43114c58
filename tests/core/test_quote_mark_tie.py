"""A header quoting its text as often in ' as in ": `set` writes new text in ", as does `new`
in a collection whose pages quote their titles so (the tie `quote_mark` states; a tie read
as ' had every such page's new text in ')."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def test_set_writes_double_quotes_on_a_tie(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\na: 'one'\nb: \"two\"\ntitle: Old\n---\nText.\n", "utf-8")
    assert main(["set", str(page), "title=New words"]) == 0
    assert 'title: "New words"' in page.read_text("utf-8").splitlines()
    assert Document.load(page).front_matter["title"] == "New words"


def test_new_writes_double_quotes_on_a_tie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: S\n", "utf-8")
    for n, value in enumerate(["'one'", '"two"', "'three'", '"four"']):
        (site / "_posts" / f"2024-01-0{n + 1}-p{n}.md").write_text(
            f"---\ntitle: {value}\n---\nText.\n", "utf-8"
        )
    assert main(["new", "posts", "--title", "New words", str(site)]) == 0
    made = Path(capsys.readouterr().out.strip().splitlines()[0])
    assert made.read_text("utf-8").splitlines()[1] == 'title: "New words"'
