"""An edit of one field changes only that field's lines, in the file's own style: exact bytes of
the header after each kind of edit (tools/mutation.py document-edit: `document_edit.py`).

Each case is a header's lines before and after one `set` or `remove`; the body and the `---`
lines around the header are checked too, unchanged.

Mutation testing leaves these alive in `document_edit.py`; each is equivalent (with those named
in test_document_details.py):
- Searches for a line's start from 0, 1 or None (`rfind("\n", 1, ...)`) where the line sought
  is never the header's first or second: a list item or a nested key always follows its
  field's line.
- A header's text always ends in a line break (the closing line is found line by line), so
  every "no line break after it" branch (`len(fm) if brk < 0`, `fm += newline` before a
  field added, the `lead` before items added at the end, `end <= len(fm)` bounds) only meets
  texts that end in one.
- `restyle` defaults (`_replaced`, `_value_text`): every call for a block text passes it; the
  other calls write lists, groups or empty values, which have no style to keep. The second
  of `set`'s three tries (a block text written plainly after its own style failed) and the
  mutants that drop, repeat or reorder it: `_block_in_style` offers only text it has read back
  on its own, and no value and block text were found (a search over the block styles and
  odd values: tabs, blank lines, NEL, leading spaces) where its style fails in the page and
  the plain block works; `(True, True)` for the last try: a fallback never restyles.
- `continue` -> `break` after an edit that cannot be written: only a key that does not start
  its line gives none, and then no try can.
- `_value_text`: the kind of a new field spelt otherwise ("EMPTY"; only "flow", "block_seq"
  and "block_scalar" are compared), the old style passed as the quote (`or True`: only `'`
  and `"` are quotes), `prefix = ""` for None (`prefix or ...` follows), the restyling of a
  value that is not a block text (`or span is not None`: its line never starts with `|` or
  `>`, so no block header is read there).
- `_list_quote`/`_list_prefix`: `kind == "block_seq" or span.items` (only block lists have
  items), and the first character taken as the quote whatever it is (only `'` and `"` are).
- `_item_text`: PyYAML options at their defaults (`default_flow_style`, `sort_keys=None`),
  widths beyond 2**30, `rstrip(None)` of a dumped group (never ends in spaces), a tab in an
  item's prefix (`-\t` items do not read with the pure-Python parser, so they are never
  edited), `prefix.rstrip(None)` and `rstrip("XX \tXX")` (a prefix is spaces, tabs and one
  dash).
- `_item_prefix`: an item's prefix always ends in its space or tab (the item starts after
  it), so adding one is never needed, and one ending in a tab is never edited (see above).
- `_restyled_block`: a block's first line never ends at offset 0 or 1, its header never ends
  in "X", and `zip(strict=None)` is `zip(strict=False)`.
- `_replaced`: the colon sought back from a removed value (`or`, `>=`, "XX \tXX"): the
  character before the value's spaces is the colon itself, never a space or "X"; the spaces
  after an empty value (`in "XX \tXX"`): only spaces, tabs, a comment or the line break
  follow it.
- `_replaced_items`: the old items parsed again when the field's value is not a list of as
  many items (`or True`, `and`, the loader's arguments): a block list's span always has one
  item per value; `or "XX  - XX"`: every item of a list edited item by item has a prefix.
- `_replaced_map`: `old` taken whatever the span (`or True`: `set` always edits the last
  copy of a key, the one `front_matter` holds); `start == 0`/`== 1`/`<=` and the `brk`
  bounds (a group's first line always follows its key's line break); `not indent and ...`
  (a group's lines are always indented); the head and tail of the lines a nested edit left
  alone (lines outside them are written again from the nested edit, which kept them byte
  for byte); `lstrip("XX \tXX")` of less indented lines (blank lines and comments: no "X"
  at their start).
- `_edit_other_format`: `expected.pop(field)` without a default (a field removed is always
  there), the TOML remover's line ending (a removal only drops lines: no new line takes the
  file's ending), `new_fm = ""` for a TOML text tomlkit refuses (read already, so never),
  and "removed" spelt otherwise: no TOML or JSON removal was found that tomlkit or the JSON
  member search cannot do exactly, so that message is never shown.
- `set_raw_front_matter`: see test_document_details.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from editor_app.core.document import Document, FrontMatterError

REMOVE: Any = object()
LONG = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi"
LONG_AT_80 = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi\n  omicron pi"
)

# (header before, field, value or REMOVE, header after)
EDITS = [
    # -- a value replaced in place: the spacing after the colon is the file's own
    ("title:   x\ntags:   [a]\n", "tags", "b", "title:   x\ntags:   b\n"),
    ("a: &x 1\nb:   *x\n", "b", 2, "a: &x 1\nb:   2\n"),
    ("title :  x\n", "title", "y", "title :  y\n"),
    ("title : x\n", "title", None, "title :\n"),
    ("title: x\n", "title", None, "title:\n"),
    ("title: 'x'\n", "title", "it's", "title: 'it''s'\n"),
    ('title: "x"\n', "title", "y", 'title: "y"\n'),
    # a value ending in a line break stays on one line, quoted; two lines make a block
    ("title: x\n", "title", "line\n", 'title: "line\\n"\n'),
    ("title: x\n", "title", "\nline", "title: |-\n\n  line\n"),
    # a last line of spaces only: quoted (as a block's last line, the next edit left it behind)
    ("title: x\n", "title", "a\n ", 'title: "a\\n "\n'),
    # a value that becomes a list or group starts on the next line
    ("tags:   x\nother:\n  - a\n", "tags", ["b", "c"], "tags:\n  - b\n  - c\nother:\n  - a\n"),
    ("tags:\t x\nother:\n  - a\n", "tags", ["b", "c"], "tags:\n  - b\n  - c\nother:\n  - a\n"),
    ("meta:\nx: 1\n", "meta", {"a": 1, "b": 2}, "meta:\n  a: 1\n  b: 2\nx: 1\n"),
    ("meta:\n  a: 1   # c\n", "meta", ["x"], "meta:\n  - x   # c\n"),
    # -- an empty value given one: a comment after it stays, one space before it at least
    ("key: # c\n", "key", "v", "key: v  # c\n"),
    ("key:   # c\n", "key", "v", "key: v # c\n"),
    ("key:\t# c\n", "key", "v", "key: v \t# c\n"),
    ("key:\n", "key", "v", "key: v\n"),
    ("key:\n", "key", ["a", "b"], "key:\n  - a\n  - b\n"),
    ("key: # c\n", "key", ["a", "b"], "key:\n  - a\n  - b  # c\n"),
    # -- lists and groups emptied or turned into text
    ("tags:\n  - a\n", "tags", None, "tags:\n"),
    ("meta:\n  a: 1\n", "meta", None, "meta:\n"),
    ("tags:\n  - a\n", "tags", "s", "tags: s\n"),
    ("tags:\n  - a\n", "tags", [], "tags: []\n"),
    ("meta:\n  a: 1\n", "meta", {}, "meta: {}\n"),
    ("meta:\n  a: 1\n", "meta", "line1\nline2\n", "meta: |\n  line1\n  line2\n"),
    # -- a header indented as a whole: new lines take its indentation
    ("  title: x\n  tags: y\n", "tags", ["a", "b"], "  title: x\n  tags:\n    - a\n    - b\n"),
    ("  title: x\n  tags: y\n", "tags", "l1\nl2\n", "  title: x\n  tags: |\n    l1\n    l2\n"),
    ("  title: x\n  tags: y\n", "tags", {"a": 1}, "  title: x\n  tags:\n    a: 1\n"),
    ("\n  title: x\n  tags: y\n", "tags", ["a", "b"], "\n  title: x\n  tags:\n    - a\n    - b\n"),
    ("\n  title: x\n  tags: y\n", "tags", "l1\nl2\n", "\n  title: x\n  tags: |\n    l1\n    l2\n"),
    ("  title: x\n", "new", "v", "  title: x\n  new: v\n"),
    ("  title: x\n", "new", ["a"], "  title: x\n  new:\n    - a\n"),
    ("\n  title: x\n", "new", "v", "\n  title: x\n  new: v\n"),
    ("\n  title: x\n", "new", ["a"], "\n  title: x\n  new:\n    - a\n"),
    # -- a field added: its name quoted only when it must be, lists like the file's lists
    ("title: x\n", "-", "v", "title: x\n-: v\n"),
    ("title: x\n", "a b", "v", "title: x\na b: v\n"),
    ("title: x\n", "1", "v", 'title: x\n"1": v\n'),
    ("", "new", "v", "new: v\n"),
    ("title: x\n", "new", ["a", "b"], "title: x\nnew:\n  - a\n  - b\n"),
    (
        "title: x\ntags:\n    - a\n",
        "new",
        ["a", "b"],
        "title: x\ntags:\n    - a\nnew:\n    - a\n    - b\n",
    ),
    ("title: x\ntags:\n-   a\n", "new", ["a", "b"], "title: x\ntags:\n-   a\nnew:\n-   a\n-   b\n"),
    ("title: x\n", "new", {"a": 1}, "title: x\nnew:\n  a: 1\n"),
    ("title: x\n", "new", "two\nlines\n", "title: x\nnew: |\n  two\n  lines\n"),
    # -- a block list changed item by item: unchanged items keep their lines
    ("tags:\n  - a\n  - b\n", "tags", ["a", None, "b"], "tags:\n  - a\n  -\n  - b\n"),
    (
        "tags:\n  - a\n  - b\n",
        "tags",
        [{"name": "A", "url": "u"}, "b"],
        "tags:\n  - name: A\n    url: u\n  - b\n",
    ),
    ("tags:\n  - a\n  - b\n", "tags", [{"z": 1, "a": 2}], "tags:\n  - z: 1\n    a: 2\n"),
    ("tags:\n  - a\n  - b\n", "tags", [["x", "y"], "b"], "tags:\n  - [x, y]\n  - b\n"),
    ("tags:\n  - 'a'\n  - b\n", "tags", [["x", "y"], "b"], "tags:\n  - ['x', 'y']\n  - b\n"),
    ("tags:\n  - a\n  - b\n", "tags", ["a", "b", "c"], "tags:\n  - a\n  - b\n  - c\n"),
    ("tags:\n  - a\n  - b\n", "tags", ["x", "a", "b"], "tags:\n  - x\n  - a\n  - b\n"),
    ("tags:\n  - a\n  - b\n", "tags", ["a"], "tags:\n  - a\n"),
    ("tags:\n  - a\n  - b\n", "tags", ["b"], "tags:\n  - b\n"),
    ("tags:\n  - a\n  - b\n  - c\n", "tags", ["a", "X", "c"], "tags:\n  - a\n  - X\n  - c\n"),
    ("tags:\n  - a\n  - b\n  - c\n", "tags", ["a", "c"], "tags:\n  - a\n  - c\n"),
    ('tags:\n  -\n    "a"\n  - "b"\n', "tags", ["x", "y"], 'tags:\n  - "x"\n  - "y"\n'),
    ("tags: ['a', 'b']\n", "tags", ["a", "c"], "tags: ['a', 'c']\n"),
    ("tags: []\n", "tags", ["a", "c"], "tags: [a, c]\n"),
    ("x: &l\n  - a\ntags: *l\n", "tags", ["a", "c"], "x: &l\n  - a\ntags:\n  - a\n  - c\n"),
    ("tags:\n  - a\ntags:\n  - b\n", "tags", ["b", "c"], "tags:\n  - a\ntags:\n  - b\n  - c\n"),
    # -- block texts (| and >): their own header, indentation and width where they can
    ("t:  |\n  old\n", "t", "new\n", "t:  |\n  new\n"),
    ("t:  >-\n  old text\n", "t", "new", "t:  >-\n  new\n"),
    ("t: >\n    old text\n", "t", "a\n  b\n", "t: |\n    a\n      b\n"),
    ("t: >\n    old text\n", "t", "new one", "t: >-\n    new one\n"),
    ("t: >\n    old text\n", "t", "trailing \n", "t: >\n    trailing \n"),
    ("t: >\n    old\n", "t", ["a"], "t:\n  - a\n"),
    ("t: |2\n    old\n", "t", "new\n", "t: |2\n  new\n"),
    ("t: |\n    old\n", "t", "new\n", "t: |\n    new\n"),
    (
        "t: >-\n  one two three four five\n  six seven\n",
        "t",
        "alpha beta gamma delta epsilon zeta eta theta",
        "t: >-\n  alpha beta gamma delta\n  epsilon zeta eta theta\n",
    ),
    ("t: |\n  old\n\nnext: x\n", "t", "new\n", "t: |\n  new\n\nnext: x\n"),
    ("t: |\n  old\n", "t", " lead\n", "t: |2\n   lead\n"),
    ("t: >\n  old\n", "t", "x\n\n\n", "t: >+\n  x\n\n\n"),
    ("t: |-\n  old\n", "t", "x\ty", "t: |-\n  x\ty\n"),
    # -- a nested group changed key by key: comments and blank lines in it stay
    ("meta:\n  a: 1\n  b: 2\n", "meta", {"a": 1, "b": 3}, "meta:\n  a: 1\n  b: 3\n"),
    ("meta:\n  a: 1\n  b: 2\n", "meta", {"b": 2}, "meta:\n  b: 2\n"),
    (
        "meta:\n  a: 1\n  # note\n  b: 2\n",
        "meta",
        {"a": 5, "b": 2},
        "meta:\n  a: 5\n  # note\n  b: 2\n",
    ),
    ("meta:\n    a: 1\n\n    b: 2\n", "meta", {"a": 1, "b": 5}, "meta:\n    a: 1\n\n    b: 5\n"),
    ("meta:\n  a: 1\n \n  b: 2\n", "meta", {"a": 1, "b": 5}, "meta:\n  a: 1\n \n  b: 5\n"),
    ("meta: {a: 1}\n", "meta", {"a": 2}, "meta: {a: 2}\n"),
    (
        "meta:\n  a: 1\n  b: 2\n  c: 3\n",
        "meta",
        {"a": 1, "b": 9, "c": 3},
        "meta:\n  a: 1\n  b: 9\n  c: 3\n",
    ),
    (
        "meta:\n  a: 1\n  b: 2\n  c: 3\n",
        "meta",
        {"a": 9, "b": 2, "c": 9},
        "meta:\n  a: 9\n  b: 2\n  c: 9\n",
    ),
    ("meta:\n  a: 1\n  b: 2\n", "meta", {1: 1}, "meta:\n  1: 1\n"),
    (
        "meta:\n  # only a comment first\n  a: 1\n",
        "meta",
        {"a": 2},
        "meta:\n  # only a comment first\n  a: 2\n",
    ),
    # a comment in the group at another indentation stays where it is
    ("meta:\n  a: 1\n# c\n  b: 2\n", "meta", {"a": 1, "b": 3}, "meta:\n  a: 1\n# c\n  b: 3\n"),
    ("meta:\n  a: 1\n# c\n  b: 2\n", "meta", {"a": 5, "b": 2}, "meta:\n  a: 5\n# c\n  b: 2\n"),
    ("meta:\n  a: 1\n# c\n  b: 2\n", "meta", {"a": 1}, "meta:\n  a: 1\n# c\n"),
    ("meta:\n  a: 1\n # c\n  b: 2\n", "meta", {"b": 2}, "meta:\n # c\n  b: 2\n"),
    (
        "meta:\n    # note\n  a: 1\n  b: 2\n",
        "meta",
        {"a": 1, "b": 3},
        "meta:\n    # note\n  a: 1\n  b: 3\n",
    ),
    ("meta:\n\n  a: 1\n  b: 2\n", "meta", {"a": 1, "b": 3}, "meta:\n\n  a: 1\n  b: 3\n"),
    (
        "meta:\n  a: 1\n",
        "meta",
        {"a": 1, "b": "x\n\ny\n"},
        "meta:\n  a: 1\n  b: |\n    x\n\n    y\n",
    ),
    (
        "meta:\n  a: 1\n  b: 2\n",
        "meta",
        {"b": 2, "a": 1, "c": 3},
        "meta:\n  a: 1\n  b: 2\n  c: 3\n",
    ),
    ("meta:\n  a: 1\n\n  b: 2\n", "meta", {"a": 1}, "meta:\n  a: 1\n\n"),
    (
        "meta:\n  a:\n    - x\n  b: 2\n",
        "meta",
        {"a": ["x", "y"], "b": 2},
        "meta:\n  a:\n    - x\n    - y\n  b: 2\n",
    ),
    ("meta: # c\n  a: 1\n", "meta", {"a": 2}, "meta: # c\n  a: 2\n"),
    ("meta:\n  a: 1\n  b: &x 2\n", "meta", {"a": 3, "b": 2}, "meta:\n  a: 3\n  b: &x 2\n"),
    # -- a field removed: its lines only, and the blank lines after it when a block text
    # above would otherwise take them
    ("title: x\nt: |\n  a\n\nother: y\n", "other", REMOVE, "title: x\nt: |\n  a\n\n"),
    ("t: |\n  a\nother: y\n\n\nlast: z\n", "other", REMOVE, "t: |\n  a\n\n\nlast: z\n"),
    ("a: 1\nb: 2\nc: 3\n", "a", REMOVE, "b: 2\nc: 3\n"),
    ("a: 1\nb: 2\na: 3\n", "a", REMOVE, "b: 2\n"),
    ("t: |\n  a\nother: y\n\n  \nlast: z\n", "other", REMOVE, "t: |\n  a\n\n  \nlast: z\n"),
    ("t: |\n  a\nother: y\n\n", "other", REMOVE, "t: |\n  a\n\n"),
    # a block text that keeps its trailing blank lines (|+) would take them: they go too
    ("t: |+\n  a\nother: y\n\nlast: z\n", "other", REMOVE, "t: |+\n  a\nlast: z\n"),
    ("t: |+\n  a\nother: y\n\n  \n", "other", REMOVE, "t: |+\n  a\n"),
    ("t: |+\n  a\nother: y\nlast: z\n", "other", REMOVE, "t: |+\n  a\nlast: z\n"),
    ("t: |+\n  a\nother:\n  - y\n\nlast: z\n", "other", REMOVE, "t: |+\n  a\nlast: z\n"),
    (
        "t: |+\n  a\nother: y\n\nx: 1\nother: z\n\nlast: z\n",
        "other",
        REMOVE,
        "t: |+\n  a\nx: 1\nlast: z\n",
    ),
    ("t: |+\n  a\nother: y\r\n\r\nlast: z\n", "other", REMOVE, "t: |+\n  a\nlast: z\n"),
    # -- more block texts: the width the author wrapped at (the longest line, its trailing
    # spaces included), 80 when no line runs on into the next
    (
        "t: >\n  aaaa bbbb cccc  \n  dddd\n",
        "t",
        "aaaa bbbb cc dd eeee",
        "t: >-\n  aaaa bbbb cc dd\n  eeee\n",
    ),
    (
        "t: >\n  aaaa bbbb ccccX\n  dddd\n",
        "t",
        "aaaa bbbb cc dd eeee",
        "t: >-\n  aaaa bbbb cc dd\n  eeee\n",
    ),
    ("t: >\n  one\n\n  two\n", "t", LONG, "t: >-\n  " + LONG_AT_80 + "\n"),
    ("t: >\n  one\n    two\n", "t", LONG, "t: >-\n  " + LONG_AT_80 + "\n"),
    ("t: >\n  one\n  \ttwo\n", "t", LONG, "t: >-\n  " + LONG_AT_80 + "\n"),
    ("t: >\n    old text\n", "t", " lead", "t: >4-\n     lead\n"),
    ("t: >\n    old text\n", "t", "trail ", "t: >-\n    trail \n"),
    ("t: >\n    old text\n", "t", "a  b", "t: >-\n    a  b\n"),
    ("t: >\n    old text\n", "t", "", 't: ""\n'),
    ("t: >\n    old text\n", "t", "#x", "t: >-\n    #x\n"),
    ("t: >\n    old text\n", "t", " \n", 't: " \\n"\n'),
    ("t: >-  \n  old text\n", "t", "new", "t: >-  \n  new\n"),
    ("t: |\nnext: x\n", "t", "new\n", "t: |\n  new\nnext: x\n"),
    # -- lists: new items like the list's own first item, or like the file's first list
    (
        "cats:\n- c\ntags:\n    - a\n    -\n      b\n",
        "tags",
        ["x", "y"],
        "cats:\n- c\ntags:\n    - x\n    - y\n",
    ),
    ("tags:\n  - a\n  - b\n", "tags", [{"name": "X"}], "tags:\n  - name: X\n"),
    (
        "tags:\n  - a\n",
        "tags",
        [{"name": "X", "b": "Y"}, "c"],
        "tags:\n  - name: X\n    b: Y\n  - c\n",
    ),
    ("tags:\n  -\n  - b\n", "tags", [None, "c"], "tags:\n  -\n  - c\n"),
    # -- values only double quotes can hold (a NEL line break, a tab before a line break):
    # written on one line, in double quotes
    ("title: x\n", "f", ["a\x85b", "c"], 'title: x\nf:\n  - "a\\Nb"\n  - c\n'),
    ("title: x\n", "f", {"k": "a\x85b"}, 'title: x\nf: {"k": "a\\Nb"}\n'),
    ("title: x\n", "f", "a\x85b", 'title: x\nf: "a\\Nb"\n'),
    ("title: x\n", "f", [{"k": "b\x85c"}, "a"], 'title: x\nf: [{"k": "b\\Nc"}, "a"]\n'),
    ("f:\n  - a\n  - b\n", "f", ["a", "b\x85c"], 'f:\n  - a\n  - "b\\Nc"\n'),
    ("f:\n  - a\n  - b\n", "f", {"k": "b\x85c"}, 'f: {"k": "b\\Nc"}\n'),
    ("f:\n  - a\n", "f", [{"k": "b\x85c"}], 'f: [{"k": "b\\Nc"}]\n'),
    ("f:\n  k: 1\n", "f", {"k": "b\x85c"}, 'f:\n  k: "b\\Nc"\n'),
    ("f:\n  k: 1\n", "f", ["b\x85c"], 'f:\n  - "b\\Nc"\n'),
    ("f: old\n", "f", ["b\x85c"], 'f:\n  - "b\\Nc"\n'),
    ("f: old\n", "f", {"k": "b\x85c"}, 'f: {"k": "b\\Nc"}\n'),
    ("f: old\n", "f", [["b\x85c"]], 'f:\n  - ["b\\Nc"]\n'),
    ("f:\n", "f", ["b\x85c"], 'f:\n  - "b\\Nc"\n'),
    ("f:\n", "f", {"k": "b\x85c"}, 'f: {"k": "b\\Nc"}\n'),
    ("f: >\n  old\n", "f", "\t\n\n", 'f: "\\t\\n\\n"\n'),
    ("f: |\n  old\n", "f", "\t\n", 'f: "\\t\\n"\n'),
    ("f: 'x'\n", "f", "\n\t", 'f: "\\n\\t"\n'),
    ("f: [a]\n", "f", ["b\x85c"], 'f: ["b\\Nc"]\n'),
    ("f: {a: 1}\n", "f", {"k": "b\x85c"}, 'f: {k: "b\\Nc"}\n'),
    ("f:\n  - 'a'\n", "f", ["x", "b\x85c"], "f:\n  - 'x'\n  - \"b\\Nc\"\n"),
    # -- several items added at once between kept ones
    ("tags:\n  - a\n  - b\n", "tags", ["a", "x", "y", "b"], "tags:\n  - a\n  - x\n  - y\n  - b\n"),
    ("tags:\n  - a\n", "tags", ["a", "x", "y"], "tags:\n  - a\n  - x\n  - y\n"),
    # a more indented line (kept as it is by `>`) is never taken for a wrapped one
    ("t: >\n  one\n    two\n  three\n", "t", LONG, "t: >-\n  " + LONG_AT_80 + "\n"),
    ("t: >\n  one\n  \ttwo\n  three\n", "t", LONG, "t: >-\n  " + LONG_AT_80 + "\n"),
    # -- a header starting with a blank line
    ("\n  title: x\n", "title", ["a", "b"], "\n  title:\n    - a\n    - b\n"),
    ("\ntitle: x\n", "title", ["a", "b"], "\ntitle:\n  - a\n  - b\n"),
    ("\na: 1\nb: 2\n", "a", REMOVE, "\nb: 2\n"),
    # a comment between two changed keys of a group takes the group's indentation
    ("meta:\n  a: 1\n # c\n  b: 2\n", "meta", {"a": 5, "b": 6}, "meta:\n  a: 5\n  # c\n  b: 6\n"),
    # -- the first field's indentation, found on its own line
    ("# c\n\n  title: x\n", "new", "v", "# c\n\n  title: x\n  new: v\n"),
]


@pytest.mark.parametrize(("before", "field", "value", "after"), EDITS)
def test_an_edit_writes_exactly_these_lines(
    before: str, field: str, value: Any, after: str
) -> None:
    doc = Document.from_text("---\n" + before + "---\nBody\n")
    expected = dict(doc.front_matter)
    if value is REMOVE:
        doc.remove(field)
        expected.pop(field)
    else:
        doc.set(field, value)
        expected[field] = value
    assert doc.raw_front_matter == after
    assert doc.text == "---\n" + after + "---\nBody\n"
    assert Document.from_text(doc.text).front_matter == expected


# -- TOML and JSON headers: the file's own line endings, and a refusal that changes nothing

TOML_CRLF = [
    # A new key's text takes the header's 'literal' quotes.
    ("title = 'x'\r\n", "n", "v", "title = 'x'\r\nn = 'v'\r\n"),
    ("title = 'x'\r\n", "n", ["a", "b"], "title = 'x'\r\nn = ['a', 'b']\r\n"),
    ("title = 'x'\r\nn = 1\r\n", "n", REMOVE, "title = 'x'\r\n"),
    ("title = 'x'\r\n[params]\r\na = 1\r\n", "params", REMOVE, "title = 'x'\r\n"),
    (
        "title = 'x'\r\n[params]\r\na = 1\r\n",
        "params",
        {"a": 2, "b": 3},
        "title = 'x'\r\n[params]\r\na = 2\r\nb = 3\r\n",
    ),
]


@pytest.mark.parametrize(("before", "field", "value", "after"), TOML_CRLF)
def test_a_toml_edit_keeps_the_files_line_endings(
    before: str, field: str, value: Any, after: str
) -> None:
    doc = Document.from_text("+++\r\n" + before + "+++\r\nBody\r\n")
    if value is REMOVE:
        doc.remove(field)
    else:
        doc.set(field, value)
    assert doc.text == "+++\r\n" + after + "+++\r\nBody\r\n"


@pytest.mark.parametrize(
    ("text", "field", "value", "said"),
    [
        (
            "+++\ntitle = 'x'\n+++\nBody\n",
            "d",
            {1: 2},
            "The field 'd' could not be changed without affecting other settings.",
        ),
        (
            "---\na: &x 1\nb: *x\n---\nBody\n",
            "a",
            2,
            "The field 'a' could not be changed without affecting other settings.",
        ),
        (
            "---\na: &x [1]\nb: *x\n---\nBody\n",
            "a",
            [2],
            "The field 'a' could not be changed without affecting other settings.",
        ),
        (
            "---\na: &x\n  k: 1\nb:\n  <<: *x\n---\nBody\n",
            "a",
            {"k": 2},
            "The field 'a' could not be changed without affecting other settings.",
        ),
        (
            "---\na: &x 1\nb: *x\n---\nBody\n",
            "a",
            REMOVE,
            "The field 'a' could not be removed without affecting other settings.",
        ),
        (
            "---\na: &x\n  k: 1\nb:\n  <<: *x\n---\nBody\n",
            "a",
            REMOVE,
            "The field 'a' could not be removed without affecting other settings.",
        ),
    ],
)
def test_an_edit_that_would_change_another_field_is_refused_and_changes_nothing(
    text: str, field: str, value: Any, said: str
) -> None:
    doc = Document.from_text(text)
    before = dict(doc.front_matter)
    with pytest.raises(ValueError) as refused:
        if value is REMOVE:
            doc.remove(field)
        else:
            doc.set(field, value)
    assert str(refused.value) == said
    assert doc.text == text and not doc.is_modified
    assert doc.front_matter == before and doc.error is None
    doc.set("title", "still editable")
    assert doc.get("title") == "still editable"


COMPACT = (
    "The page settings are written in a compact form ({...}) that cannot be edited field by "
    "field; edit them as text."
)
TOML_NOT_LOSSLESS = (
    "These page settings (TOML) are written in a way that cannot be edited field by field "
    "without changing other lines, so they open read-only; edit them as text."
)
OTHER_FORM = (
    "The page settings are written in a form that cannot be edited field by field; edit them "
    "as text."
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("---\n{title: x}\n---\nB\n", COMPACT),
        ("---\n\n  {title: x}\n---\nB\n", COMPACT),
        ("---\n# settings\n{title: x}\n---\nB\n", OTHER_FORM),
        # a list of tables split by another table: tomlkit would move lines
        ("+++\n[[a]]\nb = 1\n[c]\nd = 1\n[[a]]\nb = 2\n+++\nB\n", TOML_NOT_LOSSLESS),
        ("+++\n\n[[a]]\nb = 1\n[c]\nd = 1\n[[a]]\nb = 2\n+++\nB\n", TOML_NOT_LOSSLESS),
    ],
)
def test_a_header_that_cannot_be_edited_field_by_field_says_so(text: str, said: str) -> None:
    doc = Document.from_text(text)
    assert doc.error is None and doc.fields_read_only_reason == said
    for edit in (lambda: doc.set("title", "y"), lambda: doc.remove("title")):
        with pytest.raises(FrontMatterError) as refused:
            edit()
        assert (refused.value.line, refused.value.message) == (2, said)
    assert doc.text == text
