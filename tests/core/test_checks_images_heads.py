"""The images check reads an image's dimensions from its first bytes: 4 KB, and up to 64 KB
for a JPEG whose size comes after other data (EXIF, a thumbnail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _jpeg(width: int, height: int, size: int, sof_at: int) -> bytes:
    """A JPEG of `size` bytes whose frame header (with the dimensions) starts at `sof_at`."""
    data = b"\xff\xd8"
    while len(data) < sof_at:  # application segments (EXIF and such) up to there
        length = min(60_000, sof_at - len(data) - 2)
        data += b"\xff\xe1" + length.to_bytes(2, "big") + bytes(length - 2)
    sof = b"\xff\xc0\x00\x11\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big")
    data += sof
    return data + bytes(size - len(data))


@pytest.mark.parametrize(
    ("sof_at", "words"),
    [
        (100, "200 KB, 5000 x 10 pixels"),
        (4090, "200 KB, 5000 x 10 pixels"),  # across the first 4 KB
        (20_000, "200 KB, 5000 x 10 pixels"),
        (70_000, None),  # beyond 64 KB: not read, so only its size is known (not over)
    ],
)
def test_a_jpegs_dimensions_after_other_data(tmp_path: Path, sof_at: int, words: str | None):
    (tmp_path / "_config.yml").write_text("title: t\n")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "p.jpg").write_bytes(_jpeg(5000, 10, 200 * 1024, sof_at))
    (tmp_path / "index.md").write_text("---\ntitle: T\n---\n\n![The team](/assets/p.jpg)\n")
    found = [p.message for p in validate_site(Site.open(tmp_path), cache=False)]
    heavy = [m for m in found if m.startswith("The image 'p.jpg' is heavy")]
    tail = (
        ": it slows the page, most of all on phones. Save a smaller copy (about 1,600 pixels "
        "on its longer side is plenty) and use that."
    )
    assert heavy == ([f"The image 'p.jpg' is heavy ({words}){tail}"] if words else [])
