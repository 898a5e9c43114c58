"""What `editor-app --self-test` checks beside the window: the parts of the app a packaged
build can lose (data files, libraries imported by name or late), each used once for real.

Each check does a user's thing on a copy of the sample site in a folder of its own: a Word
and a PDF review pack (Devanagari and emoji letters: text shaping and the system's fonts), a
Word document imported as a page, a Hugo page with TOML settings, Go code and a GoAT diagram,
an Eleventy page with a bare link, a Jekyll include run through Liquid (python-liquid), the spelling dictionary and the Guide's pictures. A few
seconds in all.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

_HUGO_PAGE = """+++
title = "Diagram"
+++

```go
func main() {}
```

```goat
A --> B
```
"""


def bundle_problems(workdir: Path) -> list[str]:
    """One line per part of the app that does not work ("Word pack: ..."); [] when all do."""
    from editor_app.paths import sample_site_dir

    site = workdir / "sample-site"
    shutil.copytree(sample_site_dir(), site)
    checks: list[tuple[str, Callable[[], str | None]]] = [
        ("Word pack", lambda: _word_pack(site, workdir)),
        ("PDF pack", lambda: _pdf_pack(site, workdir)),
        ("Word import", lambda: _word_import(site, workdir)),
        ("Hugo preview", lambda: _hugo_preview(workdir)),
        ("Eleventy preview", lambda: _eleventy_preview(workdir)),
        ("Jekyll include", lambda: _jekyll_include(workdir)),
        ("Spelling", _spelling),
        ("Guide", _guide),
    ]
    problems = []
    for name, check in checks:
        try:
            reason = check()
        except Exception as exc:  # noqa: BLE001 - any failure is the report, in one line
            reason = f"{type(exc).__name__}: {exc}"
        if reason:
            problems.append(f"{name}: {reason}")
    return problems


def _sample_page(site: Path, letters: str = "") -> Path:
    page = site / "_posts" / "2025-03-01-welcome.md"
    if letters:
        page.write_text(page.read_text(encoding="utf-8") + f"\n{letters}\n", encoding="utf-8")
    return page


def _word_pack(site: Path, workdir: Path) -> str | None:
    from editor_app.core.document import Document
    from editor_app.core.docx_export import export_docx
    from editor_app.core.site import Site

    target = workdir / "pack.docx"
    export_docx([Document.load(_sample_page(site))], target, Site.open(site))
    return None if target.stat().st_size > 0 else "the pack is empty"


def _pdf_pack(site: Path, workdir: Path) -> str | None:
    import uharfbuzz  # noqa: F401 - fpdf2 shapes joined scripts with it, imported late

    from editor_app.core.document import Document
    from editor_app.core.docx_export_pdf import export_pdf
    from editor_app.core.site import Site

    page = _sample_page(site, "नमस्ते 🎉")
    target = workdir / "pack.pdf"
    export_pdf([Document.load(page)], target, Site.open(site))
    return None if target.read_bytes().startswith(b"%PDF") else "the pack is not a PDF"


def _word_import(site: Path, workdir: Path) -> str | None:
    from editor_app.core.docx_import import import_docx
    from editor_app.core.site import Site

    source = workdir / "pack.docx"
    if not source.is_file():
        return "no Word file to import (the Word pack failed)"
    report = import_docx(source, Site.open(site), "posts", "Imported")
    return None if Path(report.path).is_file() else "no page was made"


def _hugo_preview(workdir: Path) -> str | None:
    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    root = workdir / "hugo"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "T"\n')
    page = root / "content" / "posts" / "diagram.md"
    page.write_text(_HUGO_PAGE, encoding="utf-8")
    doc = Document.load(page)
    if doc.get("title") != "Diagram":
        return "the TOML settings were not read"
    doc.set("title", "A diagram")
    if 'title = "A diagram"' not in doc.to_bytes().decode("utf-8"):
        return "the TOML settings were not written"
    html = Renderer(Site.open(page)).render_body(doc.body)
    if "<svg" not in html:
        return "the GoAT diagram was not drawn"
    if "<span" not in html:
        return "the Go code was not coloured"
    return None


def _eleventy_preview(workdir: Path) -> str | None:
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    root = workdir / "eleventy"
    root.mkdir()
    (root / "eleventy.config.js").write_text(
        "import markdownIt from 'markdown-it';\n"
        "export default function (c) { c.setLibrary('md', markdownIt({ linkify: true })); }\n"
    )
    (root / "page.md").write_text("---\ntitle: T\n---\nSee example.org today.\n")
    html = Renderer(Site.open(root / "page.md")).render_body("See https://example.org today.")
    return None if "<a " in html else "the link was not made"


def _jekyll_include(workdir: Path) -> str | None:
    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    root = workdir / "jekyll"
    (root / "_includes").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\n")
    (root / "_includes" / "list.html").write_text(
        "{% for n in include.names %}{% if n != 'b' %}<i>{{ n | upcase }}</i>{% endif %}"
        "{% endfor %}\n"
    )
    page = root / "page.md"
    page.write_text(
        "---\ntitle: T\nnames: [a, b, c]\n---\n\n{% include list.html names=page.names %}\n"
    )
    html = Renderer(Site.open(page)).render_page(Document.load(page))
    if "<i>A</i><i>C</i>" in html:
        return None
    reason = re.search(r'class="liquid" title="Not drawn in the preview: ([^"]*)"', html)
    return f"the include was not run ({reason[1].rstrip('.') if reason else 'no reason given'})"


def _spelling() -> str | None:
    from editor_app.core.spelling import SpellChecker

    checker = SpellChecker("en_GB", personal_path=Path("/nonexistent/personal.dic"))
    checker.load()
    if not checker.check("colour") or checker.check("colourr"):
        return "the British English dictionary does not answer"
    return None


def _guide() -> str | None:
    from editor_app.paths import resources_dir

    guide = resources_dir() / "guide" / "index.html"
    if not guide.is_file():
        return f"there is no {guide}"
    pictures = re.findall(r'<img[^>]+src="([^":]+)"', guide.read_text(encoding="utf-8"))
    missing = [src for src in pictures if not (guide.parent / src).is_file()]
    return f"missing pictures: {', '.join(missing[:3])}" if missing else None
