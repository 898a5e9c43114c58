"""Goldmark's `[markup.goldmark.parser.attribute] block = true`: `{.class #id}` lines.

Expected HTML as Hugo 0.111 printed it for a site setting `block = true`.
"""

from __future__ import annotations

from editor_app.core.engines.goldmark import GoldmarkEngine

BLOCK_ATTRIBUTES = {"parser": {"attribute": {"block": True}}}


def test_attributes_under_a_table_go_on_the_table() -> None:
    out = GoldmarkEngine(BLOCK_ATTRIBUTES).render("a|b\n:--|--\n`x`|1\n{.no-wrap #t}\n\nafter\n")
    assert out == (
        '<table class="no-wrap" id="t">\n<thead>\n<tr>\n<th style="text-align:left">a</th>\n'
        "<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        '<td style="text-align:left"><code>x</code></td>\n<td>1</td>\n</tr>\n</tbody>\n'
        "</table>\n<p>after</p>\n"
    )


def test_attributes_print_in_the_order_written() -> None:
    engine = GoldmarkEngine(BLOCK_ATTRIBUTES)
    assert engine.render("para\n{.c #i}\n") == '<p class="c" id="i">para</p>\n'
    assert engine.render("a|b\n--|--\n1|2\n{#i .c}\n").startswith('<table id="i" class="c">')


def test_without_block_attributes_the_line_stays_a_row() -> None:
    out = GoldmarkEngine().render("a|b\n--|--\n1|2\n{.c}\n")
    assert out.startswith("<table>\n") and "<td>{.c}</td>" in out
