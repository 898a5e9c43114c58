"""Hugo's `{{< code-toggle >}}` box switches between its YAML, TOML and JSON tabs in the
preview, as on the site, without script: a radio button per tab (hidden), its label as the
tab, and the panel after the checked one's label shown by the preview's CSS. The page's
HTML passes the sanitiser, which must keep those buttons clickable and their labels tied
to them, and nothing that runs.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.render import Renderer
from editor_app.core.sanitize import sanitize_html
from editor_app.core.site import Site
from editor_app.paths import resources_dir

FRONT_MATTER = "content/en/content-management/front-matter.md"
INTRODUCTION = "content/en/configuration/introduction.md"  # 12 boxes
_TAG = re.compile(r"<(input|label)\b([^>]*)>")
_ATTR = re.compile(r'([\w-]+)(?:="([^"]*)")?')


def _boxes(page: str) -> list[str]:
    starts = [m.start() for m in re.finditer('<div class="code-toggle">', page)]
    return [page[a:b] for a, b in zip(starts, [*starts[1:], len(page)], strict=True)]


def _tabs(box: str) -> list[tuple[str, dict[str, str]]]:
    """Each radio button and label of a box, in order, with its attributes."""
    return [(m[1], dict(_ATTR.findall(m[2]))) for m in _TAG.finditer(box)]


def _check_box(box: str) -> str:
    """Asserts the box is three tabs that switch alone; gives the group's name."""
    tabs = _tabs(box)
    assert [t for t, _ in tabs] == ["input", "label"] * 3
    inputs = [a for t, a in tabs if t == "input"]
    labels = [a for t, a in tabs if t == "label"]
    names = {a["name"] for a in inputs}
    assert len(names) == 1  # one group: checking a tab unchecks the others
    assert all(a["type"] == "radio" and "disabled" not in a for a in inputs)
    assert [("checked" in a) for a in inputs] == [False, True, False]  # TOML shown first
    assert [a["for"] for a in labels] == [a["id"] for a in inputs]
    # Each label is followed by its format's panel (what `:checked + label + panel` shows).
    for fmt in ("yaml", "toml", "json"):
        assert re.search(
            rf'<label for="[^"]+-{fmt}">{fmt}</label>\s*<div class="code-toggle-panel"'
            rf' data-lang="{fmt}">\s*<div class="highlight"><pre',
            box,
        )
    return names.pop()


@pytest.fixture
def hugo_copy(tmp_path: Path) -> Path:
    hugo_docs = shared_site_path("hugo-docs")
    root = tmp_path / "hugo-docs"
    for rel in ("hugo.toml", "data/docs.yaml", FRONT_MATTER, INTRODUCTION):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(hugo_docs / rel, root / rel)
    return root


def test_each_box_of_a_page_is_three_tabs_that_switch_alone(hugo_copy: Path) -> None:
    renderer = Renderer(Site.open(hugo_copy))
    page = renderer.render_page(Document.load(hugo_copy / INTRODUCTION))
    boxes = _boxes(page)
    assert len(boxes) == 12
    names = [_check_box(box) for box in boxes]
    assert len(set(names)) == 12  # no two boxes share a group
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert "<script" not in page and not re.search(r"\son\w+=", page)
    # The first box: the file name, then the tabs in the theme's order.
    assert boxes[0].startswith('<div class="code-toggle">\n<p class="code-toggle-file">hugo.</p>')


def test_front_matter_box_names_its_file_and_shows_the_delimiters(hugo_copy: Path) -> None:
    page = Renderer(Site.open(hugo_copy)).render_page(Document.load(hugo_copy / FRONT_MATTER))
    box = next(b for b in _boxes(page) if "content/example.md" in b)
    _check_box(box)
    assert '<p class="code-toggle-file">content/example.md</p>' in box  # fm: no dot after it


def test_the_same_box_in_two_parts_of_a_page_gets_two_groups(tmp_path: Path) -> None:
    """A long page is drawn in parts, each remembered: the same box in two parts is drawn
    the same, and the page names the second apart."""
    filler = "Some words of text here. " * 40
    box = "{{< code-toggle file=hugo >}}\ntitle = 'x'\n{{< /code-toggle >}}\n\nAfter.\n"
    body = f"# One\n\n{filler}\n\n{box}\n## Two\n\n{filler}\n\n{box}\n{box}\n## Three\n\n{box}"
    page_file = tmp_path / "page.md"
    page_file.write_text(f"---\ntitle: T\n---\n{body}", "utf-8")
    renderer = Renderer(None, engine="goldmark")
    renderer.generator = "hugo"
    renderer.parts.min_chars = 100
    assert len(renderer.parts.render_parts(body, renderer.without_templates)) >= 3
    page = renderer.render_page(Document.load(page_file))
    names = [_check_box(b) for b in _boxes(page)]
    assert len(names) == 4 and len(set(names)) == 4
    ids = re.findall(r' id="(code-toggle[^"]+)"', page)
    assert len(ids) == 12 == len(set(ids))
    # Drawn whole, the same boxes: the same names.
    renderer.parts.min_chars = 10**9
    renderer.forget_parts()
    assert [_check_box(b) for b in _boxes(renderer.render_page(Document.load(page_file)))] == names


def test_the_percent_form_is_drawn_as_the_same_box() -> None:
    renderer = Renderer(None, engine="goldmark")
    renderer.generator = "hugo"
    angle = renderer.render_body("{{< code-toggle file=hugo >}}\na = 1\n{{< /code-toggle >}}\n")
    percent = renderer.render_body("{{% code-toggle file=hugo %}}\na = 1\n{{% /code-toggle %}}\n")
    assert percent == angle and _check_box(percent)
    assert "a: 1" in re.sub(r"<[^>]+>", "", percent)
    # A tag must end with the sign it opened with: left as written (a placeholder).
    mixed = renderer.render_body("{{% code-toggle %>}}\na = 1\n{{% /code-toggle %}}\n")
    assert "code-toggle-panel" not in mixed


def test_the_sanitiser_keeps_tabs_clickable_and_nothing_that_runs() -> None:
    dirty = (
        '<input type="radio" name="g" id="g-a" checked onclick="alert(1)" onfocus="x()">'
        '<label for="g-a" onmouseover="alert(2)" style="color:red">a</label>'
        '<input type="radio" name="g" id="g-b" disabled>'
        '<script>alert(3)</script><form action="https://x.example/"><input name="q">'
        '<input type="checkbox" checked><input type="text" value="typed"><input type="submit">'
        "</form><button>b</button>"
    )
    clean = sanitize_html(dirty)
    assert '<input type="radio" name="g" id="g-a" checked="">' in clean
    assert '<label for="g-a" style="color:red">a</label>' in clean
    assert '<input type="radio" name="g" id="g-b">' in clean  # radio buttons stay clickable
    assert "alert" not in clean and "<script" not in clean and "<form" not in clean
    assert "<button" not in clean and "x.example" not in clean
    # Every other input stays a box shown, never typed into (and no text or submit ones).
    others = [t for t in re.findall(r"<input\b[^>]*>", clean) if 'type="radio"' not in t]
    assert len(others) == 4 and all('disabled=""' in t for t in others)
    assert all('type="checkbox"' in t or "type=" not in t for t in others)


def test_the_preview_stylesheet_shows_the_checked_tab_s_panel_only() -> None:
    css = (resources_dir() / "preview" / "preview.css").read_text("utf-8")
    rules = dict(re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S)))
    rules = {" ".join(k.split()): v for k, v in rules.items()}
    assert "display: none" in rules[".code-toggle-panel"]
    shown = rules[".code-toggle > input:checked + label + .code-toggle-panel"]
    assert "display: block" in shown


def test_a_comment_line_inside_a_percent_box_is_no_place_to_cut_the_page() -> None:
    from editor_app.core.render_cuts import cut_points

    filler = "Some words of text here. " * 60
    text = (
        f"# One\n\n{filler}\n\n{{{{% code-toggle file=hugo %}}}}\na = 1\n\n"
        f"# a comment in the settings\nb = 2\n{{{{% /code-toggle %}}}}\n\nAfter.\n\n## Two\n\n{filler}\n"
    )
    cuts = cut_points(text, "goldmark", min_chars=100)
    assert text.index("# a comment") not in cuts and text.index("## Two") in cuts
