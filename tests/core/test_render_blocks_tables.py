"""A long table rendered in groups of rows gives exactly the HTML of the table rendered whole.

The emoji page's tables (thousands of cells) after edits inside them, with every engine, and
generated tables of every shape (short and long rows, marks of every kind in the cells,
quotes left open, a rule row, text right after the table) with random edits inside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines import ENGINE_NAMES
from editor_app.core.render import Renderer
from editor_app.core.render_cuts import split_parts, table_cuts
from editor_app.core.site import Site

EMOJIS = "content/en/quick-reference/emojis.md"
LAST_FLAG_ROW = "| [top](#flags) | :zambia:"


def _emoji_page() -> tuple[Site, Path]:
    root = shared_site_path("hugo-docs")
    return Site.open(root), root / EMOJIS


def _whole_renderer(site: Site | None, engine: str) -> Renderer:
    renderer = Renderer(site, engine=engine)
    renderer.parts.min_chars = 10**9  # never cut: the reference
    return renderer


def _whole(renderer: Renderer, body: str) -> str:
    return renderer.parts.render_whole(body, renderer.without_templates)


def _in_groups(renderer: Renderer) -> int:
    """How many parts of the last page are groups of a table's rows."""
    return sum(1 for join in renderer.parts.table_joins if join != (False, False))


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_edits_inside_the_emoji_tables_render_one_group_again(engine: str) -> None:
    site, path = _emoji_page()
    renderer, whole = Renderer(site, engine=engine), _whole_renderer(site, engine)
    doc = Document.load(path)
    body = doc.body
    assert renderer.render_body(body) == _whole(renderer, body)
    assert _in_groups(renderer) > 20  # its longest table is cut between rows
    row = body.index(LAST_FLAG_ROW)
    cell = row + len("| [top](#flags) | ")
    edits = {
        "word": body[:cell] + "word " + body[cell:],
        "quote": body[:cell] + "'open " + body[cell:],
        "link": body[:cell] + "[Usage] " + body[cell:],
        "row added": body[:row] + "| a | b | c |\n" + body[row:],
        "row removed": body[:row] + body[body.index("\n", row) + 1 :],
        "cell removed": body[:cell] + body[body.index("|", cell) + 1 :],
        "html": body[:cell] + "<b>x</b> " + body[cell:],
        "table ended": body[:row] + "\n" + body[row:],
    }
    for what, edited in edits.items():
        before = renderer.parts.rendered_parts
        assert renderer.render_body(edited) == _whole(renderer, edited), what
        if what in ("word", "quote", "row added"):
            assert renderer.parts.rendered_parts - before == 1, what  # its group alone
        doc.body = edited
        assert renderer.render_page(doc) == whole.render_page(doc), what
    doc.body = body
    assert renderer.render_page(doc) == whole.render_page(doc)


# Cells as authors write them, and a few that keep a table whole: most generated tables
# are cut, some are not.
SAFE_CELLS = [
    "word",
    "",
    " ",
    ":smile:",
    "`code`",
    "`a|b`",
    "a \\| b",
    "it's",
    "'open",
    'close"',
    '"said"',
    "&amp;",
    "*em*",
    "**strong",
    "_a_",
    "~~gone~~",
    "[Usage]",
    "[top](#flags)",
    "[x][Ref]",
    "![alt](a.png)",
    "https://example.org",
    "- item",
    "# not a heading",
]
# Rule marks (a row of them alone is kramdown's body separator), a footnote (the page is
# rendered whole), HTML, templates, math, a character reference.
ODD_CELLS = [
    "---",
    ":-:",
    "[^1]",
    "<b>x</b>",
    "<br>",
    "{{ site.url }}",
    "{% x %}",
    "$$x$$",
    "&#39;",
]
CELL = st.sampled_from(SAFE_CELLS * 40 + ODD_CELLS)
ROW_CELLS = st.lists(CELL, min_size=0, max_size=5)
ODD_ROWS = ["| - | - |", "|---|", "|===|", "no pipe", "|", "||", "| a | b | c | d | e |"]
ROW = st.one_of(
    ROW_CELLS.map(lambda cells: "| " + " | ".join(cells) + " |"),
    ROW_CELLS.map(lambda cells: "| " + " | ".join(cells) + " |"),
    ROW_CELLS.map(lambda cells: "| " + " | ".join(cells)),  # no closing pipe
    st.sampled_from(["| [top](#flags) | :ok: | `:ok:` |"] * 100 + ODD_ROWS),
)
HEADER = st.sampled_from(
    ["| a | b | c |"] * 4
    + ["| | ico | shortcode |"] * 4
    + ["| 'q' | b | c |", "| [x] | b | c |", "| a |"]
)
DELIMITER = st.sampled_from(
    ["| - | :-: | -: |"] * 4 + ["|---|---|---|"] * 3 + ["| :- | - |", "| - |", "---|---"]
)
BEFORE = st.sampled_from(
    ["Intro."] * 6 + ["Intro 'open.", "[Ref]: /ref", "- a list"] * 2 + ["<div>", "```", "{% raw %}"]
)
AFTER = st.sampled_from(
    ["\nAfter."] * 6
    + ["\nAfter 'quoted'.", "\n# Heading", "After, no blank line.", "\n</div>", "\n```"]
)


def _page(before: str, header: str, delimiter: str, rows: list[str], after: str) -> str:
    table = "\n".join([header, delimiter, *rows])
    return f"# Title\n\n{before}\n\n{table}\n{after}\n\n## Next\n\nLast words.\n"


# Edits typed inside a row: marks of every kind, a row or a blank line added.
TYPED = st.sampled_from(
    ["x", "|", " | ", "'", '"', "`", "[", "]", "<", ">", "*", "\\", "&", "{", "\n", "\n\n"]
    + ["\n| new | row |\n", "\n|---|\n", "{{ x }}", "[Ref]", "-", ":"]
)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@settings(max_examples=120, deadline=None)
@given(
    before=BEFORE,
    header=HEADER,
    delimiter=DELIMITER,
    rows=st.lists(ROW, min_size=6, max_size=24),
    after=AFTER,
    min_chars=st.sampled_from([1, 10, 30]),
    row_at=st.integers(0, 23),
    column=st.integers(0, 60),
    typed=TYPED,
)
def test_random_edits_inside_a_table_in_groups_equal_the_whole_render(
    engine: str,
    before: str,
    header: str,
    delimiter: str,
    rows: list[str],
    after: str,
    min_chars: int,
    row_at: int,
    column: int,
    typed: str,
) -> None:
    renderer, whole = Renderer(None, engine=engine), _whole_renderer(None, engine)
    renderer.parts.min_chars = min_chars
    page = _page(before, header, delimiter, rows, after)
    doc = Document.from_text("---\ntitle: A table\n---\n" + page)
    assert renderer.render_body(page) == _whole(renderer, page)
    assert renderer.render_page(doc) == whole.render_page(doc)
    k = row_at % len(rows)
    row = rows[k]
    edited_rows = rows[:k] + [
        row[: column % (len(row) + 1)] + typed + row[column % (len(row) + 1) :]
    ]
    edited = _page(before, header, delimiter, edited_rows + rows[k + 1 :], after)
    assert renderer.render_body(edited) == _whole(renderer, edited)
    doc.body = edited
    assert renderer.render_page(doc) == whole.render_page(doc)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_a_plain_long_table_is_rendered_in_groups(engine: str) -> None:
    rows = [f"| [top](#flags) | :flag{n}: | `:flag{n}:` | it's |" for n in range(60)]
    page = _page("Intro.", "| | ico | shortcode | note |", "| - | :-: | - | - |", rows, "\nEnd.")
    renderer = Renderer(None, engine=engine)
    renderer.parts.min_chars = 200
    assert renderer.render_body(page) == _whole(renderer, page)
    assert _in_groups(renderer) >= 5


FILLER = "Some words here.\n\n" * 4
LONG_TABLE = "| a | b |\n| - | - |\n" + "| one | two |\n" * 30
QUOTED_HEADER = LONG_TABLE.replace("| a |", "| 'a |", 1)


@pytest.mark.parametrize(
    ("page", "cut"),
    [
        (f"# T\n\n{FILLER}{LONG_TABLE}\nEnd.\n", True),
        (f"# T\n\n{FILLER}{LONG_TABLE}End, no blank line.\n", False),  # the table goes on
        (f"# T\n\n{FILLER}```\n\n{LONG_TABLE}\n```\n", False),  # inside fenced code
        (f"# T\n\n{FILLER}<div>\n\n{LONG_TABLE}\n</div>\n", False),  # inside HTML
        (f"# T\n\n{FILLER}{{% raw %}}\n\n{LONG_TABLE}\n{{% endraw %}}\n", False),  # template
        (f"# T\n\n{FILLER}{LONG_TABLE}| - | - |\n| c | d |\n\nEnd.\n", False),  # a rule row
        (f"# T\n\n{FILLER}{QUOTED_HEADER}\nEnd.\n", False),  # a quote in the header
        (f"# T\n\n{FILLER}Text\n{LONG_TABLE}\nEnd.\n", False),  # no blank line before
        (f"# T\n\n{FILLER}{LONG_TABLE.replace('| -', '| x', 1)}\nEnd.\n", False),  # no delimiter
    ],
)
def test_a_table_is_cut_only_where_it_stands_alone(page: str, cut: bool) -> None:
    cuts = table_cuts(page, min_chars=40)
    assert bool(cuts) is cut
    for at, header in cuts:
        assert page[at] == "|" and page[at - 1] == "\n"
        assert header == "| a | b |\n| - | - |\n"


def test_the_emoji_page_s_longest_part_is_cut_into_groups_of_rows() -> None:
    _, path = _emoji_page()
    parts = split_parts(Document.load(path).body, "goldmark")
    longest = max(parts, key=len)
    cuts = table_cuts(longest)
    assert len(cuts) >= 5
    pieces = [0, *(at for at, _ in cuts), len(longest)]
    assert all(b - a >= 1500 for a, b in zip(pieces, pieces[1:], strict=False))
