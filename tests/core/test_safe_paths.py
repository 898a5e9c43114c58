"""Values tried as paths: whatever a page says, the answer is a plain yes or no, never a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core import safe_paths
from editor_app.core.schema import load_schema
from editor_app.core.site import Site

ODD_VALUES = [
    "a" * 500,  # a sentence with no spaces, longer than any file name
    "This is a long sentence someone pasted into the image field. " * 10 + "/end",
    "x/" * 3000,  # longer than any path
    "bad\x00name.png",
    "../../../etc/passwd",
    "/../outside.png",
    "assets/\u202eevil.png",  # right-to-left override
    "assets/\u200bzero-width.png",
    "\ud800lone-surrogate.png",
    "C:\\Windows\\win.ini",
    "",
    "   ",
    "line\nbreak.png",
]


@pytest.mark.parametrize("value", ODD_VALUES)
def test_odd_values_are_simply_not_files(tmp_path: Path, value: str) -> None:
    (tmp_path / "assets").mkdir()
    assert safe_paths.is_file(tmp_path / "assets" / value) is False
    assert isinstance(safe_paths.exists(value), bool)  # an answer, never an error
    assert safe_paths.site_file(tmp_path, value) is None


def test_a_real_file_is_found_and_nothing_outside_is(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets" / "a.png").write_bytes(b"png")
    (tmp_path / "secret.png").write_bytes(b"png")
    assert safe_paths.site_file(site, "/assets/a.png") == (site / "assets" / "a.png").resolve()
    assert safe_paths.site_file(site, "assets/a.png") is not None
    assert safe_paths.site_file(site, "../secret.png") is None
    assert safe_paths.site_file(site, "assets/../../secret.png") is None
    # A link inside the site that leads out is not a file of the site either.
    (site / "assets" / "out.png").symlink_to(tmp_path / "secret.png")
    assert safe_paths.site_file(site, "assets/out.png") is None
    assert safe_paths.is_dir(site / "assets") and not safe_paths.is_file(site / "assets")


def test_a_fifo_is_no_file(tmp_path: Path) -> None:
    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)
    assert safe_paths.exists(fifo) and not safe_paths.is_file(fifo)


@given(st.text(max_size=600))
def test_any_text_gets_an_answer(value: str) -> None:
    root = Path(__file__).parent
    assert safe_paths.site_file(root, value) in (None, *[root.resolve() / value.lstrip("/")])
    assert isinstance(safe_paths.is_file(value), bool)
    assert isinstance(safe_paths.plausible_path(value), bool)


def test_schema_of_a_site_whose_values_are_prose_and_junk(tmp_path: Path) -> None:
    """The issue's own case: inferring images tried a 500-character value as a path."""
    (tmp_path / "_config.yml").write_text("collections: [notes]\n")
    (tmp_path / "assets" / "img").mkdir(parents=True)
    (tmp_path / "assets" / "img" / "a.png").write_bytes(b"png")
    notes = tmp_path / "_notes"
    notes.mkdir()
    prose = "word " * 120
    for i in range(20):
        value = "/assets/img/a.png" if i < 19 else "/" + "x" * 400 + "/" + prose.replace(" ", "")
        header = f'title: N{i}\nimage: "{value}"\nabout: "{prose}"\n'
        (notes / f"n{i}.md").write_text(f"---\n{header}---\n")
    (notes / "nul.md").write_text('---\ntitle: Nul\nimage: "/assets/\\0.png"\n---\n')
    schema = load_schema(Site.open(tmp_path))
    assert schema.collections["notes"].field("image").type == "image"
    assert any("not a file of the site" in n for n in schema.notes)


def test_a_header_of_thousands_of_fields_is_inferred(tmp_path: Path) -> None:
    """Ordering fields compared every pair (cubic): 50,000 fields took minutes."""
    (tmp_path / "_config.yml").write_text("collections: [notes]\n")
    notes = tmp_path / "_notes"
    notes.mkdir()
    for i in range(3):
        (notes / f"n{i}.md").write_text(f"---\ntitle: N{i}\nrole: x\n---\n")
    fields = "".join(f"field_{i}: value {i}\n" for i in range(5000))
    (notes / "wide.md").write_text(f"---\ntitle: Wide\n{fields}---\n")
    schema = load_schema(Site.open(tmp_path))
    names = [f.name for f in schema.collections["notes"].fields]
    assert len(names) == 5002
    assert names[:3] == ["title", "role", "field_0"] and names[-1] == "field_4999"
