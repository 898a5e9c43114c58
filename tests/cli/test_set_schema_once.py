"""`editor-app set` works out the site's schema once per run: its own checks before writing and
the check after saving use the same one, the schema of the site as it was before the change.
So a value written with --anyway is judged by what its field held, not by a schema inferred
from that same value (two pages of numbers and one 'high' are no longer a number field)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

from editor_app.core import schema as schema_module

ARTICLE = "_articles/accessibility-best-practices-for-your-project.md"


def _count_schemas(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    made: list[object] = []
    real = schema_module.load_schema

    def counted(site):  # noqa: ANN001, ANN202
        made.append(site)
        return real(site)

    monkeypatch.setattr(schema_module, "load_schema", counted)
    return made


def test_the_schema_is_worked_out_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_shared_site("opensource-guide", tmp_path)
    made = _count_schemas(monkeypatch)
    code, _out, err = run(capsys, "set", str(root / ARTICLE), "title=Accessible projects")
    assert (code, err) == (0, "")
    assert len(made) == 1
    assert "title: Accessible projects\n" in (root / ARTICLE).read_text(encoding="utf-8")


def test_a_value_that_would_change_the_schema_is_judged_by_the_field_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_config.yml").write_text(
        "title: S\ncollections:\n  notes:\n    output: true\n", encoding="utf-8"
    )
    page = tmp_path / "_notes/a.md"
    page.write_text("---\ntitle: A\nlevel: 3\n---\nx\n", encoding="utf-8")
    (tmp_path / "_notes/b.md").write_text("---\ntitle: B\nlevel: 4\n---\nx\n", encoding="utf-8")
    code, _out, err = run(capsys, "set", str(page), "level=high", "--anyway")
    assert code == 1
    # The check's own words, as Check says them of a number field: the schema after the
    # change (one number, one word) would have let 'high' pass, and only the fallback spoke.
    assert err == (
        f"editor-app: {page} line 3: Level must be a number, not 'high'. Write only digits, "
        "without quotes; saved as given.\n"
    )
    assert page.read_text(encoding="utf-8") == "---\ntitle: A\nlevel: high\n---\nx\n"
