"""A heavy image is told how to be lighter as its size in pixels calls for: connectedbydata's
500 KB cover of 601 x 848 pixels was told to "save a smaller copy (about 1,600 pixels wide is
plenty)", which would be bigger; it needs saving more compactly. A big one (4709 x 1759) is
still told to be made smaller."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document


def _heavy(rel: str) -> str:
    site = Site.open(shared_site_path("connectedbydata"))
    problems = validate_document(Document.load(site.root / rel), site)
    [found] = [p.message for p in problems if p.code == "image-heavy"]
    return found


def test_a_heavy_image_of_few_pixels_is_told_to_be_saved_more_compactly() -> None:
    assert _heavy("_resources/speculative-fiction-grab-a-byte.md") == (
        "The image 'grab-a-byte.png' is heavy (500 KB, 601 x 848 pixels): it slows the page, "
        "most of all on phones. Its size in pixels is fine: save it more compactly (a photo or "
        "a scan as a JPEG; a drawing, a logo or a screenshot through a PNG optimiser) and use "
        "that."
    )


def test_a_big_image_is_told_to_be_made_smaller() -> None:
    assert _heavy("_projects/2025-cwu.md") == (
        "The image 'cwu-logo.png' is heavy (245 KB, 4709 x 1759 pixels): it slows the page, "
        "most of all on phones. Save a smaller copy (about 1,600 pixels on its longer side is "
        "plenty) and use that."
    )
