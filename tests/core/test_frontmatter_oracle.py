"""python-frontmatter as an independent oracle: we read the same data it does from real files."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest

from editor_app.core.document import Document


def _real_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.md"))


def test_front_matter_matches_python_frontmatter_on_every_real_page(shared_site: Path) -> None:
    compared = 0
    for path in _real_pages(shared_site):
        doc = Document.load(path)
        if doc.error is not None or doc.decode_error:
            continue
        post = frontmatter.loads(path.read_text(encoding="utf-8-sig"))
        assert doc.front_matter == post.metadata, path.name
        # python-frontmatter strips the body; the text itself must be the same.
        assert doc.body.strip() == post.content.replace("\r\n", "\n").strip(), path.name
        compared += 1
    assert compared > 100


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: A\ntopics:\n  - Justice\n  - Health\n---\nBody\n",
        "---\r\ntitle: 'Quoted: yes'\r\ndate: 2025-05-19\r\n---\r\nBody\r\n",
        "---\nlisted: true\nlink:\n---\n",
    ],
)
def test_front_matter_matches_python_frontmatter_on_edge_cases(text: str) -> None:
    doc = Document.from_text(text)
    assert doc.front_matter == frontmatter.loads(text).metadata
