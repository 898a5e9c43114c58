"""Images on small planted sites (`checks/images.py`): where an image's file is looked for,
the limits of a heavy image to the byte and pixel, and the alt-text fields beside an image
field (mutation testing: `tools/mutation.py checks-body --part ...`).

Equivalent survivors (no test can tell them apart from the code as written):
- `_heavy`: the remembered "?" marker spelt otherwise (no path's words are ever "?" or its
  replacement). (The bytes read for the dimensions are pinned to the byte in
  `test_checks_mutants_body_more.py`.)
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_site

SCHEMA = """\
collections:
  resources:
    fields:
      - {name: title, type: text}
      - {name: image, type: image, folder: /assets/resources/}
      - {name: photo, type: image}
      - {name: photo-alt, type: text}
"""


def _png(w: int, h: int, size: int) -> bytes:
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + w.to_bytes(4, "big") + h.to_bytes(4, "big")
    return head + bytes(size - len(head))


def _site(root: Path, pages: dict[str, str], files: dict[str, bytes]) -> Site:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(
        "title: t\ncollections:\n  resources:\n    output: true\n", encoding="utf-8"
    )
    (root / "_schema.yml").write_text(SCHEMA, encoding="utf-8")
    for rel, text in pages.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return Site.open(root)


def _heavy(site: Site, rel: str) -> list[tuple]:
    return [
        (p.line, p.field, p.message.split(":")[0])
        for p in validate_site(site)
        if p.path == rel and p.code == "image-heavy"
    ]


def test_heavy_limits_to_the_byte_and_pixel(tmp_path: Path) -> None:
    files = {
        "a/at-limit.png": _png(10, 10, 500 * 1024),
        "a/over.png": _png(10, 10, 500 * 1024 + 1),
        "a/mb.png": _png(10, 10, 1048576),
        "a/wide-small.png": _png(9000, 10, 100 * 1024),
        "a/wide.png": _png(9000, 10, 100 * 1024 + 1),
        "a/tall.png": _png(10, 4001, 200 * 1024),
        "a/px-limit.png": _png(4000, 4000, 200 * 1024),
        "a/unknown.png": bytes(600 * 1024),
    }
    body = "".join(f"![The view {i}](/{rel})\n\n" for i, rel in enumerate(files))
    site = _site(tmp_path, {"_resources/p.md": "---\ntitle: P\n---\n" + body}, files)
    assert _heavy(site, "_resources/p.md") == [
        (6, None, "The image 'over.png' is heavy (500 KB, 10 x 10 pixels)"),
        (8, None, "The image 'mb.png' is heavy (1.0 MB, 10 x 10 pixels)"),
        (12, None, "The image 'wide.png' is heavy (100 KB, 9000 x 10 pixels)"),
        (14, None, "The image 'tall.png' is heavy (200 KB, 10 x 4001 pixels)"),
        (18, None, "The image 'unknown.png' is heavy (600 KB)"),
    ]


def test_where_an_images_file_is_looked_for(tmp_path: Path) -> None:
    big = _png(5000, 10, 200 * 1024)
    files = {
        "_resources/here.png": big,
        "assets/x y.png": big,
        "assets/resources/field.png": big,
        "field2.png": big,
    }
    body = (
        "![The view](here.png)\n\n![The view](./here.png?v=1)\n\n"
        "![The view]({{site.baseurl}}/assets/x%20y.png#a)\n\n"
        "![The view](https://e.org/here.png)\n\n![The view](//e.org/here.png)\n\n"
        "![The view](data:image/png;base64,AAAA)\n\n![The view](/missing.png)\n\n"
        "![The view]({{ page.image }})\n"
    )
    site = _site(
        tmp_path,
        {
            "_resources/p.md": "---\ntitle: P\nimage: field.png\nphoto: /field2.png\n"
            "photo-alt: Ann\n---\n" + body,
        },
        files,
    )
    assert _heavy(site, "_resources/p.md") == [
        (3, "image", "The image 'field.png' is heavy (200 KB, 5000 x 10 pixels)"),
        (4, "photo", "The image '/field2.png' is heavy (200 KB, 5000 x 10 pixels)"),
        (7, None, "The image 'here.png' is heavy (200 KB, 5000 x 10 pixels)"),
        (9, None, "The image 'here.png' is heavy (200 KB, 5000 x 10 pixels)"),
        (11, None, "The image 'x y.png' is heavy (200 KB, 5000 x 10 pixels)"),
    ]
    assert [p.severity for p in validate_site(site) if p.code == "image-heavy"] == [SUGGESTION] * 5


def test_alt_fields_beside_image_fields(tmp_path: Path) -> None:
    pages = {
        # photo-alt declared but missing: reported at the image field's line
        "_resources/a.md": "---\ntitle: A\nphoto: x.png\n---\nx\n",
        # an undeclared alt name the page uses
        "_resources/b.md": "---\ntitle: B\nimage: x.png\nimage_alt: Image\n---\nx\n",
        "_resources/c.md": "---\ntitle: C\nimage: x.png\nimageAlt: The sea\n---\nx\n",
        "_resources/d.md": "---\ntitle: D\nimage: [x.png]\nimage_alt: ''\n---\nx\n",
        "_resources/e.md": "---\ntitle: E\nimage: x.png\nalt: ''\n---\nx\n",
        "_resources/f.md": "---\ntitle: F\nimage: x.png\n---\nx\n",
    }
    site = _site(tmp_path, pages, {"assets/resources/x.png": b"x", "x.png": b"x"})
    found = [
        (p.path, p.line, p.field, p.code, p.message)
        for p in validate_site(site)
        if p.code in ("alt-text-missing", "alt-text-poor")
    ]
    assert found == [
        ("_resources/a.md", 3, "photo-alt", "alt-text-missing",
         "The image 'x.png' has no alt text in 'photo-alt'. Describe what it shows in a few words."),
        ("_resources/b.md", 4, "image_alt", "alt-text-poor",
         "The alt text 'Image' only says it is an image. Say what the image shows."),
        ("_resources/e.md", 4, "alt", "alt-text-missing",
         "The image 'x.png' has no alt text in 'alt'. Describe what it shows in a few words."),
    ]
