"""`editor-app schema > _schema.yml`, run in the site's folder as the printed schema itself
advises ("Save this as _schema.yml at the site root"): the shell empties the file before the
command reads it. The inferred schema is printed into it (exit 0), not "the file is empty"
(exit 2, leaving an empty file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


def test_saving_the_printed_schema_with_a_redirect_writes_it(sample_copy: Path) -> None:
    (sample_copy / "_schema.yml").unlink()  # a site with no schema of its own yet
    inferred = load_schema(Site.open(sample_copy))
    with (sample_copy / "_schema.yml").open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "editor_app", "schema"],
            cwd=sample_copy,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    text = (sample_copy / "_schema.yml").read_text(encoding="utf-8")
    assert text.startswith("# The fields of each collection") and "empty" not in text
    saved = load_schema(Site.open(sample_copy))
    assert saved.error is None
    assert saved.collections.keys() == inferred.collections.keys()


@pytest.mark.parametrize("blank", ["", "\n  \n"])
def test_a_blank_schema_file_prints_the_inferred_schema(
    sample_copy: Path, capsys: pytest.CaptureFixture[str], blank: str
) -> None:
    (sample_copy / "_schema.yml").write_text(blank, encoding="utf-8")
    assert main(["schema", str(sample_copy)]) == 0
    captured = capsys.readouterr()
    assert "# Inferred from the documents." in captured.out and "collections:" in captured.out
    assert "the file is empty" not in captured.out + captured.err


def test_jekyll_posts_dated_by_their_file_name_lack_no_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # jekyll-docs: three posts carry their date in the file name alone, as Jekyll allows;
    # saved as is, the printed schema declares `date` required and they were errors.
    site = copy_shared_site("jekyll-docs", tmp_path)
    assert main(["schema", str(site)]) == 0
    printed = capsys.readouterr().out
    (site / "_schema.yml").write_text(printed, encoding="utf-8")
    assert main(["validate", str(site / "_posts"), "--no-content", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"required-missing"' not in out
    # A tutorial has no date in its file name and none in its header: the printed schema
    # names it beside the date's `required`, left as a comment for the owner to decide.
    assert "1 of 9 pages lacks it: _tutorials/index.md" in printed
    assert main(["validate", str(site / "_tutorials" / "index.md"), "--format", "json"]) == 0
