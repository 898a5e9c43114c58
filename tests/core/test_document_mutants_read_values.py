"""Values written into a YAML header, and where each field sits: exact text for each case.

Written against the mutants of `tools/mutation.py document-read` that got through the other
document tests (`document_yaml_text.py`, `document_spans.py`). Equivalent mutants of those
modules (no test could tell them apart), grouped, with why (more are named in
`test_document_details.py`: `_dump_block`'s PyYAML options, `block_scalar_end`'s searches from
0, 1 or None, `value_source`'s prefix):

- `_scalar_text`'s default context ("value" spelt otherwise) and `_literal_block`'s and
  `_block_in_style`'s defaults (`folded`, `base`, `after`): every caller passes them.
- `_scalar_text`: `value >= 0` or `value > 1` for `value > 0` on an infinity; splitting the
  float's text on None, "E" or "XXeXX" to look for a dot in the mantissa: the whole text is
  looked at instead, and an exponent never holds a dot.
- `_double_quoted`: `< 0xFF`, `<= 256` and `<= 65536` for the escape sizes (U+00FF, U+0100
  and U+10000 are printable, never escaped), and the 8-digit escape made None: every
  character above U+FFFF is printable.
- `_same`: `zip(..., strict=...)` changed (lengths were compared just before); `a is b`
  returning False, and `id(a)` made `id(None)` in the pairs seen: every check compares a
  fresh reading of the header with values `_normalise` copied, so the two sides never
  share a container, and one container of the expected side never meets two different
  containers of the reading.
- `_yaml_ok` returning True on a non-YAML error: the loaders raise only YAML errors on
  snippets these functions write.
- `_plain_ok`: `and` for `or` where the read-back check refuses the same texts (a leading or
  trailing space, a line break, an empty text).
- `_plain_ok`'s `context == "item"` spelt otherwise: an item is then checked as a value, and
  a text reads back plain as an item exactly when it does as a value (every text of up to
  three of YAML's indicator characters, spaces and letters was tried).
- `_literal_block`: `len(lines) > 2` or `trailing >= 1` (a folded value reaching it has one
  line; no blank line to add for one final break); the non-printable test with `and` (the
  whole document is read back: a control character or a CR never survives it).
- `_block_in_style`: its non-printable test with `and`, `absorbed > trailing + 1`, a None
  line between folded paragraphs (joined as an empty line), the first non-empty line's
  default (a value with content has one), a two-digit indentation indicator allowed
  (YAML takes one digit: the read-back refuses it), `<` for `<=` between the indentations
  (a block's text is always indented deeper than its key).
- `_BlockHeader.parse`: `and` for `or` where the header is not valid YAML either way, and a
  default chomping indicator spelt otherwise (only `+` is looked for).
- `top_level_spans`: `i = 1` and `i += 2` while skipping to the top node (it is always the
  third event), `<=` for `<` before the mapping's end (always found first), the colon's
  search failing (`< 0`, `<= 0`, `and False`: a key of a block mapping is always followed by
  its colon), `or` in the empty-value test (an empty plain value has no width), an empty
  item's line end when no line break follows (`and False`, `<= 0`, `< 1`: the header text
  ends with one).
- `block_scalar_end`: the header line's end +2 (a block's header always has a line after
  it), `split(None)` (a `+` after a space is not YAML), `or True` and `endswith(..., None)`
  for a keep block (it always ends at a line break), `line_end <= 0`, `< 1`, `>= 0`, `> 1`
  (the key comes before: the line end is never that early).
- `_events`: `break` for `continue` after an error other than YAML's: neither parser raises
  one on any header tried (the generated broken headers of `test_document_yaml_errors.py`).
"""

from __future__ import annotations

import pytest

from editor_app.core.document import Document

PAGE = "---\ntitle: A\n---\nBody\n"


def edited(page: str, field: str, value: object) -> str:
    doc = Document.from_text(page)
    doc.set(field, value)
    return doc.text


# --- scalars written for a new field: the YAML that reads back as exactly that value


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (None, "x:"),
        (float("nan"), "x: .nan"),
        (float("inf"), "x: .inf"),
        (float("-inf"), "x: -.inf"),
        (1e20, "x: 1.0e+20"),
        (1e-7, "x: 1.0e-07"),
        (1.5e20, "x: 1.5e+20"),
        (False, "x: false"),
        (True, "x: true"),
        ("a\tb", 'x: "a\\tb"'),
        ("a\ufeffb", 'x: "a\\uFEFFb"'),
        ("a\uffffb", 'x: "a\\uFFFFb"'),
        ("\xa0\n\xa0", "x: |-\n  \xa0\n  \xa0"),
        ("Chapter X\nmore\nend X", "x: |-\n  Chapter X\n  more\n  end X"),
        ("X\nXX", "x: |-\n  X\n  XX"),
        ("a\n\nb", "x: |-\n  a\n\n  b"),
        ("a\nb\n\n", "x: |+\n  a\n  b\n"),
        ("a\nb\n\n\n", "x: |+\n  a\n  b\n\n"),
    ],
)
def test_a_new_field_is_written_as_yaml_that_reads_back(value: object, written: str) -> None:
    text = edited(PAGE, "x", value)
    assert text == f"---\ntitle: A\n{written}\n---\nBody\n"
    again = Document.from_text(text).get("x", "missing")
    assert again == value or (value != value and again != again)  # nan is not nan


@pytest.mark.parametrize(
    ("field", "written"), [("x:", "x:: v"), ("-", "-: v"), ("a b", "a b: v"), ("[a]", '"[a]": v')]
)
def test_a_field_name_is_quoted_only_when_it_must_be(field: str, written: str) -> None:
    text = edited(PAGE, field, "v")
    assert text == f"---\ntitle: A\n{written}\n---\nBody\n"
    assert Document.from_text(text).get(field) == "v"


def test_empty_values_in_lists() -> None:
    assert edited("---\ntags: [a, b]\n---\n", "tags", ["a", None]) == "---\ntags: [a, null]\n---\n"
    assert edited("---\ntags:\n- a\n- b\n---\n", "tags", ["a", None, "c"]) == (
        "---\ntags:\n- a\n-\n- c\n---\n"
    )
    assert edited("---\ntags:\n- a\n- b\n---\n", "tags", ["a", "x:"]) == (
        '---\ntags:\n- a\n- "x:"\n---\n'
    )


# --- the comparison behind every edit's check: aliases, loops, not-a-number


def test_a_list_whose_items_were_one_alias_can_be_changed() -> None:
    doc = Document.from_text("---\nm: [&x [1], *x]\n---\n")
    doc.set("m", [[1], [9]])
    assert doc.text == "---\nm: [[1], [9]]\n---\n"
    assert doc.get("m") == [[1], [9]]


@pytest.mark.parametrize(
    "header", ["a: &x [1]\nb: *x\n", "loop: &x [*x]\n", "loop: &x {a: *x}\n", "x: .nan\n"]
)
def test_a_field_is_added_beside_aliases_loops_and_not_a_number(header: str) -> None:
    assert edited(f"---\n{header}---\n", "title", "A") == f"---\n{header}title: A\n---\n"


# --- block texts (| and >): the file's own header kept, or written plainly


@pytest.mark.parametrize(
    ("page", "value", "result"),
    [
        # the comment after the header stays when the style can hold the value
        ("t: |  # note\n  x\n", "abc  \n", "t: |  # note\n  abc  \n"),
        ("t: >  # note\n  x\n", "abc  \n", "t: >  # note\n  abc  \n"),
        ("t: |  # note\n  x\n", "\xa0", "t: |-  # note\n  \xa0\n"),
        # a leading space needs an indentation indicator, counted from the key's indentation
        ("t: >\n  x\n", " lead", "t: >2-\n   lead\n"),
        ("t: >\n  x\n", " X", "t: >2-\n   X\n"),
        ("  t: |\n    x\n  n: 1\n", " lead", "  t: |-2\n     lead\n  n: 1\n"),
        ("  t: |\n    x\n  n: 1\n", " lead\nnext", "  t: |-2\n     lead\n    next\n  n: 1\n"),
        ("  t: >\n    x\n  n: 1\n", " lead", "  t: >2-\n     lead\n  n: 1\n"),
        # the keep indicator written before or after the indentation digit, kept
        ("t: |2+\n    x\nn: 1\n", "  y\n", "t: |2+\n    y\nn: 1\n"),
        ("t: |+2\n    x\nn: 1\n", "  y\n", "t: |+2\n    y\nn: 1\n"),
        # nothing left: quoted, not an empty block
        ("t: |\n  x\n", "", 't: ""\n'),
        ("t: |\n  x\n", "\t", 't: "\\t"\n'),
        ("t: |\n  x\n", "a\ufeffb", 't: "a\\uFEFFb"\n'),
        ("t: |\n  x\n", "a\ufeff\nb", 't: "a\\uFEFF\\nb"\n'),
    ],
)
def test_a_block_text_takes_a_new_value_in_its_own_style(
    page: str, value: str, result: str
) -> None:
    assert edited(f"---\n{page}---\nBody\n", "t", value) == f"---\n{result}---\nBody\n"


# --- where a block text ends: its blank lines, its comment, its last line


@pytest.mark.parametrize(
    ("header", "source", "value", "result"),
    [
        # a '+' in the text or in a comment is no keep indicator
        ("t: |\n  a + b\n\nn: 1\n", "|\n  a + b", "c\n", "t: |\n  c\n\nn: 1\n"),
        ("t: |  # a+b\n  x\n\nn: 1\n", "|  # a+b\n  x", "y\n", "t: |  # a+b\n  y\n\nn: 1\n"),
        # a last line of X or of a no-break space is text
        ("t: |\n  a\n  X\n\nn: 1\n", "|\n  a\n  X", "b\nX\n", "t: |\n  b\n  X\n\nn: 1\n"),
        (
            "t: |\n  a\n  \xa0\n\nn: 1\n",
            "|\n  a\n  \xa0",
            "b\n\xa0\n",
            "t: |\n  b\n  \xa0\n\nn: 1\n",
        ),
    ],
)
def test_a_block_text_ends_with_its_last_line(
    header: str, source: str, value: str, result: str
) -> None:
    doc = Document.from_text(f"---\n{header}---\n")
    assert doc.value_source("t") == source
    doc.set("t", value)
    assert doc.text == f"---\n{result}---\n"


def test_a_keep_block_in_crlf_lines_of_a_mixed_header_ends_after_its_own_break() -> None:
    page = "---\r\nt: |+\r\n  x\r\n\r\nn: 1\n---\n"
    doc = Document.from_text(page)
    assert doc.value_source("t") == "|+\n  x\n"
    doc.set("t", "y\n\n")
    assert doc.text == "---\r\nt: |+\r\n  y\r\n\r\nn: 1\n---\n"


# --- where each field sits: aliases, quoted keys, empty values and items


def test_fields_holding_aliases_are_located() -> None:
    doc = Document.from_text("---\na: &x 1\nb: [*x, 2]\nc: *x\n---\n")
    assert (doc.field_line("b"), doc.field_line("c")) == (3, 4)
    assert (doc.value_source("b"), doc.value_source("c")) == ("[*x, 2]", "*x")


def test_an_alias_used_as_a_name_is_located_as_written() -> None:
    doc = Document.from_text("---\na: &k name\n*k : 1\n*k : 2\n---\n")
    assert doc.front_matter == {"a": "name", "name": 2}
    assert doc.duplicate_keys == [("*k", 4)]
    assert doc.field_line("a") == 2


def test_quoted_names_are_located_by_their_text() -> None:
    doc = Document.from_text("---\n\"my key\": 1\n'other': 2\n---\n")
    assert (doc.field_line("my key"), doc.field_line("other")) == (2, 3)


def test_an_alias_value_is_replaced_keeping_the_spacing() -> None:
    page = "---\na: &x 1\nb:  *x\n---\n"
    assert edited(page, "b", 2) == "---\na: &x 1\nb:  2\n---\n"


def test_an_empty_value_before_a_comment_is_filled_in_keeping_the_comment() -> None:
    assert edited("---\nt:   # note\nn: 1\n---\n", "t", "x") == "---\nt: x # note\nn: 1\n---\n"


@pytest.mark.parametrize(
    ("items", "source", "value", "result"),
    [
        ("- a\n-   \n- c\n", "- a\n-   \n- c", ["a", "b", "c"], "- a\n- b\n- c\n"),
        ("- a\n-   \n- c\n", "- a\n-   \n- c", ["a", None, "d"], "- a\n-   \n- d\n"),
        ("- a\n-\n", "- a\n-", ["a", "b"], "- a\n- b\n"),
        ("- a\n-   # empty\n- c\n", "- a\n-   # empty\n- c", ["a", "b", "c"], "- a\n- b\n- c\n"),
    ],
)
def test_an_empty_list_item_runs_to_its_line_end(
    items: str, source: str, value: list, result: str
) -> None:
    doc = Document.from_text(f"---\ntags:\n{items}n: 1\n---\n")
    assert doc.value_source("tags") == source
    doc.set("tags", value)
    assert doc.text == f"---\ntags:\n{result}n: 1\n---\n"


# --- the parser that locates the fields: the C one first (a header of 50,000 fields is
# located in about a second), the pure-Python one when the C one refuses the text


def test_fields_are_located_by_the_c_parser_when_it_reads_the_header(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import yaml

    from editor_app.core import document_spans

    asked: list[type] = []
    real_parse = yaml.parse

    def spy(text: str, Loader: type) -> object:  # noqa: N803 - PyYAML's own name
        asked.append(Loader)
        return real_parse(text, Loader=Loader)

    monkeypatch.setattr(document_spans.yaml, "parse", spy)
    doc = Document.from_text("---\ntitle: A\ntags: [a, b]\n---\n")
    assert doc.field_line("tags") == 3
    assert asked == [yaml.CSafeLoader]


def test_the_pure_python_parser_locates_what_the_c_one_refuses() -> None:
    from editor_app.core.document_spans import _events

    # a tab at the start of a block text's line: refused by the C parser only
    events = _events("t: |\n  \tx\n")
    assert events is not None
    assert [e.value for e in events if hasattr(e, "value") and e.value is not None] == [
        "t",
        "\tx\n",
    ]
    assert _events("a: [b\n") is None  # refused by both
