"""Emoji codes (`:smile:`) as Hugo prints them when the site sets `enableEmoji = true`.

Hugo replaces the codes in the page's Markdown before Goldmark reads it, so they turn
everywhere, in code and link addresses too (its page reader, `pageparser`, finds them). Its table is its own
(the `kyokomi/emoji` package, GitHub's codes and more, with its own choices: `:cat:` is
🐱, `:pencil:` is ✏): `hugo_data/emoji.json` holds what the installed `hugo` (0.111)
prints for each of its 4,668 codes, copied by `tools/hugo_emoji_extract.py`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).resolve().parent / "hugo_data" / "emoji.json"


@cache
def _emoji() -> dict[str, str]:
    try:
        table = json.loads(_TABLE.read_text("utf-8"))
    except (OSError, ValueError):
        table = {}
    return {k: v for k, v in table.items() if isinstance(v, str)}


# From a colon, Hugo's page reader takes letters, digits, `_`, `-` and `+` up to the next
# colon as a code, byte by byte (so a character outside ASCII ends it); a code it does not
# know stays as written, its closing colon used up. A left-to-right search is the same.
_CODE = re.compile(r":[A-Za-z0-9_+-]+:")


def emojify(text: str) -> str:
    """`text` with its emoji codes replaced as Hugo 0.111's page reader does (`:no:x:`
    stays: the closing colon of an unknown code opens nothing)."""
    if ":" not in text:
        return text
    emojis = _emoji()
    return _CODE.sub(lambda m: emojis.get(m[0], m[0]), text)
