"""Emoji codes on Hugo sites that set `enableEmoji = true`: printed as Hugo prints them."""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

import pytest

from editor_app.core.engines.goldmark import GoldmarkEngine, site_enables_emoji
from editor_app.core.engines.goldmark_ext.emoji import emojify
from editor_app.core.render import Renderer
from editor_app.core.site import Site

TOOLS = Path(__file__).resolve().parents[3] / "tools"
sys.path.insert(0, str(TOOLS))

from engine_compare import normalise  # noqa: E402

# Pinned from Hugo 0.111 with the folder's own hugo.toml (`enableEmoji = true`):
# tools/goldmark_compare.py CASES --site CASES --pin
CASES = Path(__file__).parent / "goldmark_emoji_cases"
HUGO_DOCS = Path(__file__).resolve().parents[4] / "shared" / "sites" / "hugo-docs"


@pytest.mark.parametrize("case", sorted(CASES.glob("*.md")), ids=lambda p: p.stem)
def test_case_renders_as_hugo_printed_it(case: Path) -> None:
    engine = GoldmarkEngine.for_site(CASES)
    expected = case.with_suffix(".html").read_text("utf-8")
    assert normalise(engine.render(case.read_text("utf-8"))) == normalise(expected)


def test_codes_stay_as_written_when_the_site_does_not_ask() -> None:
    assert GoldmarkEngine().render("Hi :smile:\n") == "<p>Hi :smile:</p>\n"


def _site(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "text", "enabled"),
    [
        ("hugo.toml", "enableEmoji = true\n", True),
        ("config.toml", "title = 'x'\nenableemoji = true\n", True),
        ("hugo.yaml", "enableEmoji: true\n", True),
        ("config.json", '{"enableEmoji": true}', True),
        ("config/_default/hugo.toml", "enableEmoji = true\n", True),
        ("hugo.toml", "enableEmoji = false\n", False),
        ("hugo.toml", "[params]\nenableEmoji = true\n", False),
        ("hugo.toml", "title = 'no emoji'\n", False),
        ("hugo.toml", "enableEmoji = 'yes, please'\n", False),
    ],
)
def test_the_site_setting_is_read_where_hugo_reads_it(
    tmp_path: Path, name: str, text: str, enabled: bool
) -> None:
    root = _site(tmp_path, name, text)
    assert site_enables_emoji(root) is enabled
    html = GoldmarkEngine.for_site(root).render(":smile:\n")
    assert html == ("<p>😄</p>\n" if enabled else "<p>:smile:</p>\n")


def test_the_preview_of_a_hugo_site_shows_emoji(tmp_path: Path) -> None:
    root = _site(tmp_path, "hugo.toml", "enableEmoji = true\n")
    (root / "content").mkdir()
    page = root / "content" / "post.md"
    page.write_text("---\ntitle: Hello\n---\nWell done :tada:\n", "utf-8")
    html = Renderer(Site.open(root)).render_body(page.read_text("utf-8").split("---\n", 2)[2])
    assert "Well done 🎉" in html


def test_the_table_holds_hugos_own_choices() -> None:
    table = json.loads(
        (Path(emojify.__code__.co_filename).parent / "hugo_data" / "emoji.json").read_text()
    )
    assert len(table) > 4000
    assert (table[":cat:"], table[":pencil:"], table[":m:"]) == ("🐱", "✏", "ⓜ️")
    assert all(key.startswith(":") and key.endswith(":") for key in table)


def test_a_long_page_of_colons_stays_quick() -> None:
    # No timing: the scan must simply finish on text made of colons and code letters.
    text = (":" + "a" * 50) * 20_000 + ":smile:"
    assert emojify(text).endswith("😄")


def test_hugo_docs_emoji_page_shows_the_emoji() -> None:
    if not HUGO_DOCS.is_dir():
        pytest.skip("shared sites not found")
    root = HUGO_DOCS
    assert site_enables_emoji(root)
    text = (root / "content" / "en" / "quick-reference" / "emojis.md").read_text("utf-8")
    html = Renderer(Site.open(root)).render_body(text.split("---\n", 2)[2])
    assert "<code>😄</code>" in html and "<code>:smile:</code>" not in html


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_emojified_text_matches_hugo_on_generated_snippets() -> None:
    from engine_compare import goldmark_many

    pieces = [":", "::", "smile", "heart", "+1", " ", "x", "-", "_", "flag_Chad", "é", "10:30"]
    rnd = random.Random(7)
    texts = [
        "p " + "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20))) for _ in range(200)
    ]
    refs = goldmark_many(texts, CASES)
    engine = GoldmarkEngine.for_site(CASES)
    differing = [t for t, ref in zip(texts, refs, strict=True) if normalise(engine.render(t)) != normalise(ref)]
    assert differing == []
