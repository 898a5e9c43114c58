"""A flow list (`tags: [a, b]`) written anew in the shape of the one it replaces: its
spacing on one line, or its lines when an author spread it over several."""

from __future__ import annotations

import re
from collections.abc import Callable

from editor_app.core.document_yaml_text import _flow_text


def flow_list_as_written(
    value: list, quote: str | None, old: str, usual_tight: Callable[[], bool | None] | None = None
) -> str:
    """`value` as a flow list shaped as the list it replaces was (`old`): hugo-docs'
    `aliases: [/about-hugo/,/docs/]` keeps its commas without a space, `[ a, b ]` its
    spaces inside the brackets, a list over several lines its lines. A list with no comma
    (one item, or none) tells nothing of its spacing: `usual_tight()`, when given, tells how
    the other pages space theirs."""
    inner = old.strip()[1:-1] if old.strip().startswith("[") else ""
    if "\n" in old.strip() and inner.strip():
        return _flow_list_on_lines(value, quote, old.strip())
    tight = "\n" not in old and re.search(r",\S", inner) and not re.search(r",\s", inner)
    if "," not in inner and len(value) > 1 and usual_tight is not None:
        tight = usual_tight() is True
    padded = "\n" not in old and len(inner) > 2 and inner[0] == " " and inner[-1] == " "
    items = ("," if tight else ", ").join(_flow_text(item, quote) for item in value)
    return f"[ {items} ]" if padded else f"[{items}]"


def _flow_list_on_lines(value: list, quote: str | None, old: str) -> str:
    """`value` as a flow list over several lines, one item a line, shaped as `old` was:
    `[a,` then `  b]`, or `[` alone, the items, `]` alone (its trailing comma kept); a list
    an author spread over lines stays so."""
    newline = "\r\n" if "\r\n" in old else "\n"
    lines = old.replace("\r\n", "\n").split("\n")
    item_lines = [ln for ln in lines[1:] if ln.strip() and not ln.strip().startswith("]")]
    indent = (
        item_lines[0][: len(item_lines[0]) - len(item_lines[0].lstrip())] if item_lines else "  "
    )
    opens_alone = lines[0].strip() == "["
    closes_alone = lines[-1].strip() == "]"
    trailing = old[1:-1].rstrip().endswith(",")
    items = ("," + newline + indent).join(_flow_text(item, quote) for item in value)
    start = "[" + (newline + indent if opens_alone else "")
    end = ("," if trailing else "") + (
        newline + lines[-1][: len(lines[-1]) - len(lines[-1].lstrip())] + "]"
        if closes_alone
        else "]"
    )
    return start + items + end
