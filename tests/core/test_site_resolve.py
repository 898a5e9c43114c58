"""`Site.resolve_inside` answers as `(root / relative).resolve()` kept inside the site would,
through links, loops, missing parts, `.` and `..` (it takes shortcuts for speed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import safe_paths
from editor_app.core.site import Site

CASES = [
    "a/b/f.png",
    "a/b/missing.png",
    "a/lb/f.png",
    "a/lb",
    "link_out/x.png",
    "link_out",
    "loop1",
    "loop1/x",
    "a/./b/f.png",
    "a/../a/b/f.png",
    "a//b/f.png",
    "a/b/f.png/",
    "a/b/f.png/x",
    "missing/dir/x.png",
    ".",
    "a/b/../../..",
    "ä/ü.png",
    "loop1//..",  # a loop, then ".." after a doubled "/": the site's root, as Path reads it
    "a//b/..//../b",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    if os.name != "posix":
        pytest.skip("symbolic links as POSIX makes them")
    base = tmp_path_factory.mktemp("resolve")
    root = base / "site"
    (root / "a" / "b").mkdir(parents=True)
    (base / "out").mkdir()
    (root / "a" / "b" / "f.png").write_bytes(b"")
    (base / "out" / "x.png").write_bytes(b"")
    (root / "_config.yml").write_text("title: x\n")
    (root / "link_out").symlink_to("../out")
    (root / "a" / "lb").symlink_to("b")
    (root / "loop2").symlink_to("loop1")
    (root / "loop1").symlink_to("loop2")
    return Site.open(root)


def _expected(site: Site, rel: str) -> Path | None:
    root = site.root.resolve()
    try:
        target = (site.root / rel).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    return target if target == root or target.is_relative_to(root) else None


@pytest.mark.parametrize("rel", CASES)
def test_resolve_inside_as_path_resolve(site: Site, rel: str) -> None:
    assert site.resolve_inside(rel) == _expected(site, rel)


def test_links_leaving_the_site_and_loops_are_refused(site: Site) -> None:
    assert site.resolve_inside("link_out/x.png") is None
    assert site.resolve_inside("loop1/x") is None
    assert site.resolve_inside("a/lb/f.png") == site.root.resolve() / "a" / "b" / "f.png"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "lb", "link_out", "loop1", ".", "..", "", "f.png", "x"]), max_size=5))
def test_any_path_of_these_parts(site: Site, parts: list[str]) -> None:
    rel = "/".join(parts)
    if rel and not rel.startswith("/"):
        assert site.resolve_inside(rel) == _expected(site, rel)


def _plausible_by_parts(text: str) -> bool:
    """`safe_paths.plausible_path` as first written (character by character, part by part),
    for ASCII text."""
    if not text or len(text) > safe_paths.MAX_PATH_CHARS:
        return False
    if any(ch < " " or ch == "\x7f" for ch in text):
        return False
    return all(len(p) <= safe_paths.MAX_NAME_BYTES for p in text.replace("\\", "/").split("/"))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(max_codepoint=127), max_size=8),
            st.sampled_from(["a" * 255, "a" * 256, "/", "\\", "\x7f", "\t"]),
        ),
        max_size=6,
    ).map("".join)
)
def test_plausible_ascii_paths_as_before(text: str) -> None:
    assert safe_paths.plausible_path(text) == _plausible_by_parts(text)
