"""`editor-app schema` proposes the sections most pages share, with how many have each."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from editor_app.cli import main


def test_schema_lists_the_inferred_sections_with_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    folder = tmp_path / "_resources"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"case-study-{name}.md").write_text(
            f"---\ntitle: {name}\n---\n## The challenge\n\nA.\n\n**What we did:** B.\n"
        )
    (folder / "case-study-d.md").write_text("---\ntitle: d\n---\n## The challenge\n\nA.\n")
    for i in range(3):
        (folder / f"report-{i}.md").write_text(f"---\ntitle: r{i}\n---\nText.\n")
    assert main(["schema", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert (
        "#   resources, files case-study-* (4 pages, in this order): The challenge (4), What we did (3)"
        in out
    )
    assert yaml.safe_load(out)["collections"]  # still a schema file to save
