"""`review queue`, `review report` of a folder, and `new` in a folder that is no site (stray
Markdown, one page with `published: false`) refuse as `validate` does: exit 2, one line saying
no site was found, nothing listed or made. A real site keeps working."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def _stray_markdown(root: Path) -> None:
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "a.md").write_text("# A note\n", encoding="utf-8")
    (root / "draft.md").write_text("---\ntitle: X\npublished: false\n---\nHi.\n", encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [
        ["review", "queue", "{folder}"],
        ["review", "report", "{folder}"],
        ["new", "posts", "--title", "Hello", "{folder}"],
    ],
)
def test_a_folder_that_is_no_site_is_refused_in_one_line(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stray_markdown(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    code = main([part.replace("{folder}", str(tmp_path)) for part in command])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", out
    assert err.count("\n") == 1 and "No site found" in err, err
    assert sorted(tmp_path.rglob("*")) == before


def test_a_site_still_has_its_queue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    (tmp_path / "_posts" / "2024-01-01-a.md").write_text(
        "---\ntitle: A\npublished: false\n---\nText.\n", encoding="utf-8"
    )
    assert main(["review", "queue", str(tmp_path)]) == 0
    assert "2024-01-01-a.md" in capsys.readouterr().out
    assert main(["new", "posts", "--title", "Hello", str(tmp_path)]) == 0
