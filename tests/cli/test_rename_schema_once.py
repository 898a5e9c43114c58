"""`editor-app rename` works the site's schema out once, before any page changes, and uses it
for the new value's check, `--target`'s related pages and the warning after: inferring it
was most of a rename's time, done two or three times. Worked out after the pages changed, it
could no longer tell that `author` names people, and the warning of a written rename (not a
dry run) was lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

import editor_app.core.schema as schema_module
from editor_app.cli import main


def _counting_inference(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    infer = schema_module.infer_schema

    def counted(site: object) -> object:
        calls[0] += 1
        return infer(site)

    monkeypatch.setattr(schema_module, "infer_schema", counted)
    return calls


@pytest.mark.parametrize("target", [[], ["--target"]])
def test_the_schema_is_inferred_once_per_rename(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    target: list[str],
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    calls = _counting_inference(monkeypatch)
    field = "params.functions_and_methods.returnType"
    assert main(["rename", field, "string", "text", str(root), *target]) == 0
    assert "changed 124 files" in capsys.readouterr().err
    assert calls[0] == 1


def test_a_written_rename_still_warns_of_the_page_left_behind(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rename", "author", "Jeni Tennison", "Jeni T", str(site_copy)]) == 0
    err = capsys.readouterr().err
    assert "_people/jeni-tennison.md is titled 'Jeni Tennison' and no page there is " in err
    assert "--target renames that page too" in err
