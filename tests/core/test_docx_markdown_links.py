"""Links from Word (or pasted) whose words hold brackets, or whose address holds a space: the
Markdown escaped `[` but not `]`, so "trusts [law]" ended the link at its `]` and the page
showed `[trusts [law]](https://...)` as text on every site; an address with a space was a
link for kramdown only. Now each is a link on all three renderers."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_import import html_to_markdown
from editor_app.core.render import Renderer

HTML = (
    '<p>See <a href="https://en.wikipedia.org/wiki/Trust_(law)">trusts [law]</a>, '
    '<a href="https://example.org/annual report.pdf">the report</a> and [x] in brackets.</p>'
)


def test_the_markdown_keeps_brackets_as_words() -> None:
    assert html_to_markdown(HTML) == (
        "See [trusts \\[law\\]](https://en.wikipedia.org/wiki/Trust_(law)), "
        "[the report](https://example.org/annual%20report.pdf) and \\[x\\] in brackets.\n"
    )


@pytest.mark.parametrize("engine", ["kramdown", "markdown-it", "goldmark"])
def test_each_renderer_shows_both_links(engine: str, tmp_path: Path) -> None:
    html = Renderer(None, engine=engine).render_body(html_to_markdown(HTML))
    assert '<a href="https://en.wikipedia.org/wiki/Trust_(law)">trusts [law]</a>' in html
    assert '<a href="https://example.org/annual%20report.pdf">the report</a>' in html
    assert "[x] in brackets" in html
