"""The self-test's check of the app's parts (core/bundle_check.py): all work from the source
tree, and a part a packaged build lost is named in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor_app import paths
from editor_app.core import bundle_check


def test_every_part_works(tmp_path: Path) -> None:
    assert bundle_check.bundle_problems(tmp_path / "parts") == []
    assert (tmp_path / "parts" / "pack.pdf").read_bytes().startswith(b"%PDF")


def test_a_picture_of_the_guide_left_out_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(paths.resources_dir() / "guide", resources / "guide")
    shutil.copytree(paths.resources_dir() / "sample-site", resources / "sample-site")
    picture = next((resources / "guide" / "images").iterdir())
    picture.unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    problems = bundle_check.bundle_problems(tmp_path / "parts")
    assert problems == [f"Guide: missing pictures: images/{picture.name}"]


def test_a_library_left_out_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "uharfbuzz", None)  # as if not bundled
    problems = bundle_check.bundle_problems(tmp_path / "parts")
    assert len(problems) == 1 and problems[0].startswith("PDF pack: ")
    assert "uharfbuzz" in problems[0]


def test_python_liquid_left_out_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from editor_app.core.engines import liquid_includes

    monkeypatch.setattr(liquid_includes, "Environment", None)  # as if `import liquid` failed
    problems = bundle_check.bundle_problems(tmp_path / "parts")
    assert problems == [
        "Jekyll include: the include was not run "
        f"({liquid_includes.LIQUID_MISSING})"
    ]
