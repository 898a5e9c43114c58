"""`validate --format json` names each problem's site (`site`, the site's folder in full)
beside `path`, which stays from the site's root as the JSON contract says: with pages of two
sites in one call, two `index.md` were one path. The text names a page of another site than
the current folder's in full, for the same reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

_BAD = "---\ntitle: Launch\ndate: 2024-02-30\n---\nText.\n"


def _small_site(root: Path) -> Path:
    root.mkdir()
    (root / "_config.yml").write_text("title: Blog\n")
    (root / "index.md").write_text(_BAD)
    return root


def test_two_sites_pages_are_told_apart_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = copy_shared_site("jekyll-docs", tmp_path, "docs")
    (docs / "index.md").write_text(_BAD)
    blog = _small_site(tmp_path / "blog")
    monkeypatch.chdir(docs)
    code, out, _err = run(
        capsys, "validate", "--format", "json", "--no-content", "index.md", str(blog)
    )
    assert code == 1
    rows = [r for r in json.loads(out) if r["code"] == "invalid-date"]
    assert [(r["path"], r["site"]) for r in rows] == [
        ("index.md", docs.resolve().as_posix()),
        ("index.md", blog.resolve().as_posix()),
    ]
    # The fields scripts read are where they were, `site` after them.
    assert list(rows[0]) == ["path", "line", "field", "severity", "code", "message", "site"]


def test_the_text_names_the_other_sites_page_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    here = _small_site(tmp_path / "here")
    there = _small_site(tmp_path / "there")
    monkeypatch.chdir(here)
    code, out, _err = run(capsys, "validate", "--no-content", ".", str(there))
    assert code == 1
    files = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert files[:2] == ["index.md", (there.resolve() / "index.md").as_posix()]
