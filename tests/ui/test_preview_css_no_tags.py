"""The preview's stylesheet holds no HTML tag, even in a comment.

The page's stylesheet is written into its <style> element; Qt's text view reads that element
as HTML, so a tag in a CSS comment (a `<p class="note">` written as an example) became a block
of the page parsed whole and the pieces no longer matched it.
"""

from __future__ import annotations

import re

from editor_app.paths import resources_dir

_TAG = re.compile(r"<[A-Za-z/!]")


def test_preview_css_has_no_html_tag() -> None:
    css = resources_dir() / "preview" / "preview.css"
    found = [
        f"line {number}: {line.strip()}"
        for number, line in enumerate(css.read_text(encoding="utf-8").splitlines(), 1)
        if _TAG.search(line)
    ]
    assert not found, found
