"""images: alt-text-missing, alt-text-poor, image-heavy (sizes read from image headers)."""

from __future__ import annotations

from content_helpers import check_text, content_of  # noqa: F401

from editor_app.core.checks.image_info import image_size
from editor_app.core.checks.images import poor_alt


def test_poor_alt_texts() -> None:
    assert poor_alt("IMG_2041.jpg") and poor_alt("photo") and poor_alt("Image of a cat")
    assert poor_alt("Team at work", caption="Team at work")
    assert poor_alt("Members of the panel sitting round a table") is None


def test_image_sizes_from_headers() -> None:
    png = (
        b"\x89PNG\r\n\x1a\n"
        + b"\x00\x00\x00\rIHDR"
        + (640).to_bytes(4, "big")
        + (480).to_bytes(4, "big")
    )
    gif = b"GIF89a" + (320).to_bytes(2, "little") + (200).to_bytes(2, "little")
    jpeg = (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        b"\xff\xc0\x00\x11\x08" + (300).to_bytes(2, "big") + (400).to_bytes(2, "big") + b"\x03"
    )
    assert image_size(png) == (640, 480)
    assert image_size(gif) == (320, 200)
    assert image_size(jpeg) == (400, 300)
    assert image_size(b"not an image") is None
