"""GoAT diagrams (```` ```goat ````) drawn as the SVG Hugo makes: byte for byte the HTML of
Hugo 0.111's code block hook for bep/goat's own examples (`goat_cases/`, made by `hugo`),
and, where the machine has `hugo`, for every diagram of hugo-docs' pages, built afresh.
The sanitiser lets the drawing through, shapes and all, and nothing that runs or loads."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.engines.goldmark import GOAT_NOTE, GoldmarkEngine
from editor_app.core.engines.goldmark_ext.goat import MAX_CELLS, goat_html, natural_size
from editor_app.core.sanitize import sanitize_html

CASES = Path(__file__).parent / "goat_cases"
NAMES = sorted(p.stem for p in CASES.glob("*.txt"))
ATTRIBUTES = {"attributes": {"class": "small", "width": "200"}}
DIAGRAM_PAGES = (
    "configuration/http-cache.md",
    "content-management/diagrams.md",
    "functions/diagrams/Goat.md",
)


@pytest.mark.parametrize("name", NAMES)
def test_each_example_is_what_hugo_draws(name: str) -> None:
    source = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    expected = (CASES / f"{name}.html").read_text(encoding="utf-8")
    assert goat_html(source, ATTRIBUTES.get(name, {})) == expected


class _Shapes(HTMLParser):
    """Every element of a drawing with its attributes, in order (quotes and spacing aside)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inside = self._inside or tag == "svg"
        if self._inside and tag != "svg":
            self.found.append((tag, tuple(attrs)))

    def handle_data(self, data: str) -> None:
        if self._inside and data.strip():
            self.found.append(("#text", (("", data),)))


def shapes_of(html: str) -> list:
    parser = _Shapes()
    parser.feed(html)
    parser.close()
    return parser.found


@pytest.mark.parametrize("name", ["attributes", "line-decorations", "unicode"])
def test_the_sanitiser_keeps_every_shape(name: str) -> None:
    drawn = (CASES / f"{name}.html").read_text(encoding="utf-8")
    safe = sanitize_html(drawn)
    assert "<svg" in safe and len(shapes_of(drawn)) > 20
    assert shapes_of(safe) == shapes_of(drawn)


def test_engine_draws_the_block_and_says_nothing() -> None:
    engine = GoldmarkEngine()
    page = "Flow:\n\n```goat {.w-40}\n+--+\n|  |\n+--+\n```\n"
    html = engine.render(page)
    assert '<div class="goat svg-container w-40">' in html and "<path d='M 0,0 L 24,0'" in html
    assert "language-goat" not in html and engine.notes_for(page) == ()


def test_too_big_a_diagram_stays_text_and_is_said() -> None:
    engine = GoldmarkEngine()
    page = "```goat\n" + ("+" + "-" * 199 + "\n") * (MAX_CELLS // 200 + 1) + "```\n"
    assert '<code class="language-goat" data-lang="goat">+---' in engine.render(page)
    assert engine.notes_for(page) == (GOAT_NOTE,)
    assert engine.notes_for("> ```goat\n> .-.\n> ```\n") == ()


def test_preview_shows_a_diagram_at_its_own_size() -> None:
    safe = sanitize_html(goat_html("+--+\n", {}))
    sized = natural_size(safe)
    assert 'viewBox="0 0 40 25" style="width:40px;max-width:100%;height:auto">' in sized
    with_width = sanitize_html(goat_html("+--+\n", {"width": "300"}))
    assert natural_size(with_width) == with_width  # the page's own size kept


def _goat_blocks(text: str) -> list[tuple[str, str]]:
    """(info, text) of each top-level ```goat block (not those shown inside ````)."""
    found, lines, outer, i = [], text.split("\n"), False, 0
    while i < len(lines):
        if lines[i].startswith("````"):
            outer = not outer
        elif not outer and lines[i].startswith("```goat"):
            end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
            found.append((lines[i][3:], "\n".join(lines[i + 1 : end]) + "\n"))
            i = end
        i += 1
    return found


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed here")
def test_hugo_docs_diagrams_are_what_hugo_draws(tmp_path: Path) -> None:
    docs = shared_site_path("hugo-docs") / "content" / "en"
    site = tmp_path / "site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "content").mkdir()
    (site / "hugo.toml").write_text("disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n")
    (site / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
    (site / "layouts" / "_default" / "list.html").write_text("")
    ours: dict[str, str] = {}
    for rel in DIAGRAM_PAGES:
        for n, (info, body) in enumerate(_goat_blocks((docs / rel).read_text(encoding="utf-8"))):
            name = f"{Path(rel).stem.lower()}-{n}"
            page = f"---\ntitle: {name}\n---\n\n```{info}\n{body}```\n"
            (site / "content" / f"{name}.md").write_text(page, encoding="utf-8")
            ours[name] = GoldmarkEngine().render(page.split("---\n", 2)[2])
    assert len(ours) >= 10
    done = subprocess.run(
        ["hugo", "--quiet"], cwd=site, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    for name, html in ours.items():
        theirs = (site / "public" / name / "index.html").read_text(encoding="utf-8")
        assert shapes_of(html) == shapes_of(theirs), name
        assert html.strip() == theirs.strip(), name


def test_hugo_docs_diagram_pages_show_pictures_without_a_note() -> None:
    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    docs = shared_site_path("hugo-docs")
    renderer = Renderer(Site.open(docs))
    page = renderer.render_page(Document.load(docs / "content/en/content-management/diagrams.md"))
    assert page.count("<svg") == 8 and len(re.findall(r"<path d=", page)) == 430
    assert GOAT_NOTE not in page and "language-goat" not in page


_ALPHABET = "-_|/\\+.'*o<>^v()  " * 3 + '  abAB1&╱╲╳▒▓░▉┌─│\t#"<'


def _random_diagram(rng) -> str:  # noqa: ANN001 - random.Random
    lines = rng.randint(1, 12)
    return "\n".join(
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(lines)
    ).replace("`", "")


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed here")
def test_random_diagrams_are_what_hugo_draws(tmp_path: Path) -> None:
    import random

    rng = random.Random(20261207)
    site = tmp_path / "site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "content").mkdir()
    (site / "hugo.toml").write_text("disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n")
    (site / "layouts" / "_default" / "single.html").write_text("{{ .Content }}")
    (site / "layouts" / "_default" / "list.html").write_text("")
    ours = {}
    for n in range(120):
        page = f"```goat\n{_random_diagram(rng)}\n```\n"
        (site / "content" / f"d{n}.md").write_text(f"---\ntitle: d{n}\n---\n\n{page}")
        ours[n] = (page, GoldmarkEngine().render(page))
    done = subprocess.run(
        ["hugo", "--quiet"], cwd=site, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    for n, (page, html) in ours.items():
        theirs = (site / "public" / f"d{n}" / "index.html").read_text(encoding="utf-8")
        assert html.strip() == theirs.strip(), page


def test_any_diagram_draws_well_formed_svg() -> None:
    import random
    import xml.etree.ElementTree as ET

    rng = random.Random(7)
    for _ in range(200):
        html = goat_html(_random_diagram(rng), {})
        assert html is not None
        svg = html[html.index("<svg") : html.index("</svg>") + 6]
        assert ET.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"  # well formed


def test_a_page_with_diagrams_is_read_once_for_the_preview_and_its_notes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Whether a diagram was left as text is read from the page's HTML: the page is not
    parsed again for the notes (it was, on every keystroke, on each page with a goat block)."""
    from editor_app.core.document import Document
    from editor_app.core.render import Renderer
    from editor_app.core.site import Site

    docs = shared_site_path("hugo-docs")
    renderer = Renderer(Site.open(docs))
    engine, parser = renderer.engine, renderer.engine._md
    rendered: list[str] = []
    read: list[str] = []
    render, parse = engine.render, parser.parse
    monkeypatch.setattr(
        engine, "render", lambda text, env=None: rendered.append(text) or render(text, env)
    )
    monkeypatch.setattr(parser, "parse", lambda src, env=None: read.append(src) or parse(src, env))
    doc = Document.load(docs / "content/en/content-management/diagrams.md")
    page = renderer.render_page(doc)
    assert page.count("<svg") == 8 and GOAT_NOTE not in page
    assert rendered and len(read) == len(rendered)  # each text read by its render alone
    # A diagram too big to draw is still named, read from the same render.
    big = "```goat\n" + ("+" + "-" * 199 + "\n") * (MAX_CELLS // 200 + 1) + "```\n"
    (tmp_path / "big.md").write_text(doc.text + "\n" + big, encoding="utf-8")
    rendered.clear()
    read.clear()
    page = renderer.render_page(Document.load(tmp_path / "big.md"))
    assert GOAT_NOTE in page and page.count("<svg") == 8
    assert rendered and len(read) == len(rendered)
