"""`editor-app schema SITE`: the schema in force, as YAML a site owner can save and adjust."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.schema import load_schema, schema_from_yaml
from editor_app.core.site import Site


def test_prints_the_declared_schema_of_the_sample_site(
    sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", str(sample_copy)]) == 0
    out = capsys.readouterr().out
    printed = schema_from_yaml(out, Site.open(sample_copy))
    assert printed.collections == load_schema(Site.open(sample_copy)).collections
    assert "label: Publication date" in out


def test_prints_an_inferred_schema_that_can_be_saved_and_used(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", str(site_copy / "_resources")]) == 0  # a folder inside the site
    out = capsys.readouterr().out
    assert "# Inferred from the documents." in out
    assert "collection: people" in out and "folder: assets/resources" in out
    assert "misspelling of `project`" in out  # notes travel as comments
    # The owner saves it: from then on it is the declared schema, unchanged.
    (site_copy / "_schema.yml").write_text(out, encoding="utf-8")
    assert main(["schema", str(site_copy)]) == 0
    again = capsys.readouterr().out
    assert "# Inferred" not in again
    # The same fields, but for the `required` the printed schema left as a comment, as
    # some pages lack the field: declared, it says nothing of them.
    assert "      # required: true  (" in out
    kept = [line for line in out.split("collections:", 1)[1].splitlines() if "# required" not in line]
    assert again.split("collections:", 1)[1].splitlines() == kept


def test_an_unusable_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", str(tmp_path / "no-such-folder")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no such folder" in captured.err


def test_a_broken_schema_file_exits_2_naming_the_line(
    sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sample_copy / "_schema.yml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if "type: relation" in line)
    lines[number - 1] = lines[number - 1].replace("relation", "relashun")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["schema", str(sample_copy)]) == 2
    err = capsys.readouterr().err
    assert f"_schema.yml, line {number}" in err
    assert "relashun" in err and "did you mean `relation`" in err


def test_the_command_runs_as_a_program(sample_copy: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "editor_app", "schema", str(sample_copy)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# The fields of each collection")
