"""A folder holding no pages at all (a mistyped or wrong folder) is refused in one line with
exit 2 by `review report` and `rename`, as `review queue`, `validate` and `schema` refuse it:
never an empty report or "changed 0 files" that reads as all being well."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["review", "report", "{folder}", "-o", "{out}"],
        ["rename", "tags", "old", "new", "{folder}"],
        ["review", "queue", "{folder}"],
    ],
)
def test_a_folder_without_pages_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    folder = tmp_path / "Documents"
    (folder / "notes").mkdir(parents=True)
    (folder / "notes" / "shopping.txt").write_text("milk\n", encoding="utf-8")
    out = tmp_path / "report.html"
    args = [a.format(folder=folder, out=out) for a in argv]
    assert main(args) == 2
    said, err = capsys.readouterr()
    assert said == ""
    # Said first, as validate says it: the folder is no site (no settings file).
    assert err.count("\n") == 1 and f"No site found in {folder}" in err, err
    assert not out.exists()
