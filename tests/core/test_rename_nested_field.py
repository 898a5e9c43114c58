"""Rename or Merge a Value on a field inside a group (`params.x`, Hugo's nested values): each
page holding the value has that one line changed, everything else byte-identical. The core
took top-level fields only, and `rename params.x ...` found no page."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.document import Document
from editor_app.core.rename_value import field_value, rename_value
from editor_app.core.site import Site

FIELD = "params.functions_and_methods.returnType"


def test_field_value_reads_a_dotted_name_inside_groups() -> None:
    data = {"a.b": 1, "params": {"x": {"y": [1]}, "z": "t"}, "list": [{"k": 1}]}
    assert field_value(data, "a.b") == (True, 1)  # a name holding a dot is taken first
    assert field_value(data, "params.x.y") == (True, [1])
    assert field_value(data, "params.z") == (True, "t")
    assert field_value(data, "params.nothing") == (False, None)
    assert field_value(data, "params.z.deeper") == (False, None)
    assert field_value(data, "list.k") == (False, None)  # a list of groups is not a group


def test_hugo_docs_a_nested_value_renamed_on_its_line_only(tmp_path: Path) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    before = {p: p.read_bytes() for p in (root / "content").rglob("*.md")}
    holding = sorted(
        p for p in before if field_value(Document.load(p).front_matter, FIELD)[1] == "float64"
    )
    assert len(holding) > 5
    report = rename_value(Site.open(root), FIELD, "float64", "float")
    assert sorted(report.changed) == holding and not report.skipped
    for path, old in before.items():
        new = path.read_bytes()
        if path in holding:
            assert new == old.replace(b"    returnType: float64\n", b"    returnType: float\n")
            assert field_value(Document.load(path).front_matter, FIELD) == (True, "float")
        else:
            assert new == old, path


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "---\ntitle: A # t\nparams:\n  tags: [x, y] # why\n  other: x\n---\nBody\n",
            "---\ntitle: A # t\nparams:\n  tags: [y] # why\n  other: x\n---\nBody\n",
        ),
        (
            '+++\ntitle = "A"\n[params]\n  tags = ["x", "y"] # why\n  other = "x"\n+++\nBody\n',
            '+++\ntitle = "A"\n[params]\n  tags = ["y"] # why\n  other = "x"\n+++\nBody\n',
        ),
    ],
)
def test_a_nested_list_merges_its_value(tmp_path: Path, header: str, expected: str) -> None:
    (tmp_path / "hugo.toml").write_text('title = "Site"\n')
    page = tmp_path / "content" / "page.md"
    page.parent.mkdir()
    page.write_text(header)
    report = rename_value(Site.open(tmp_path), "params.tags", "x", "y")
    assert report.changed == [page]
    assert page.read_text() == expected
