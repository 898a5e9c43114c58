"""Edges of the body rules (image_info, body_text, suggest, liquid, headings, link_text), each
pinned by its exact code, line, severity and words, so that a changed operator, bound or word
in these modules makes a test fail.

Equivalent survivors (no test can tell them apart from the code as written):
- `suggest.candidates`: `_SLACK` changed in size (1e-6 -> 2e-6 or 0.000001 spellings): only
  moves rapidfuzz's cutoff by a millionth, below any ratio two names can reach; `found.sort`
  key on the score vs. the index (`f[2]`): difflib breaks the ties the same way for names of
  equal ratio among the shortlist.
- `NameIndex.__init__`/`closest`: the lock (`threading.Lock` vs. `RLock`/None is never
  contended in a test), the memo written when `remember` is False then never read again.
- `body_text.blank`: the branch without a newline (`" " * len`) and the split-join branch give
  the same text for a match without newlines.
- `body_text.without_raw`: `"/*" in body or "{{" in body` for `and` (a cheap pre-check: the
  pattern itself decides).
- `liquid.check_liquid`: the one-character pre-check (`"{" not in body`) only saves time, the
  two-character tests after it decide.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks.body_text import blank, page_prose, prose, without_code, without_raw
from editor_app.core.checks.image_info import image_size
from editor_app.core.checks.suggest import NameIndex, candidates, close_match, closest_match
from editor_app.core.document import Document
from editor_app.core.validate import ERROR, SUGGESTION, validate_document


def _problems(body: str, title: str = "T", code: str | None = None) -> list:
    text = f"---\ntitle: {title}\n---\n" + body
    found = validate_document(Document.from_text(text, Path("page.md")), content=True)
    return [p for p in found if code is None or p.code == code]


def _triples(body: str, code: str, title: str = "T") -> list[tuple[int | None, str, str]]:
    return [(p.line, p.severity, p.message) for p in _problems(body, title, code)]


# --- image_info ---------------------------------------------------------------------------


def _png(w: int, h: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + w.to_bytes(4, "big") + h.to_bytes(4, "big")


def test_png_needs_its_whole_header() -> None:
    assert image_size(_png(70000, 3)) == (70000, 3)
    assert image_size(_png(5, 6)[:23]) is None
    assert image_size(_png(5, 6)[:24]) == (5, 6)


def test_gif_both_spellings_and_short_ones() -> None:
    gif = (300).to_bytes(2, "little") + (2).to_bytes(2, "little")
    assert image_size(b"GIF87a" + gif) == (300, 2)
    assert image_size(b"GIF89a" + gif) == (300, 2)
    assert image_size(b"GIF89a" + gif[:3]) is None
    assert image_size(b"GIF90a" + gif) is None


def _webp(kind: bytes, payload: bytes) -> bytes:
    return b"RIFF" + b"\x00\x00\x00\x00" + b"WEBP" + kind + payload


def test_webp_lossy() -> None:
    head = _webp(b"VP8 ", bytes(10) + (0xC000 | 640).to_bytes(2, "little") + (0x4000 | 480).to_bytes(2, "little"))
    assert len(head) == 30
    assert image_size(head) == (640, 480)
    assert image_size(head[:29]) is None


def test_webp_lossless() -> None:
    w, h = 1000, 700
    bits = (w - 1) | ((h - 1) << 14) | (1 << 28)
    head = _webp(b"VP8L", bytes(5) + bits.to_bytes(4, "little") + bytes(5))
    assert image_size(head) == (1000, 700)
    assert image_size(_webp(b"VP8L", bytes(5) + (0x3FFF).to_bytes(4, "little") + bytes(5))) == (
        0x4000,
        1,
    )


def test_webp_extended_and_unknown() -> None:
    head = _webp(b"VP8X", bytes(8) + (1919).to_bytes(3, "little") + (1079).to_bytes(3, "little"))
    assert len(head) == 30
    assert image_size(head) == (1920, 1080)
    assert image_size(_webp(b"ALPH", bytes(20))) is None
    assert image_size(b"RIFF\x00\x00\x00\x00WAVE" + bytes(30)) is None


def _sof(marker: int, h: int, w: int) -> bytes:
    return bytes([0xFF, marker, 0x00, 0x11, 0x08]) + h.to_bytes(2, "big") + w.to_bytes(2, "big")


def test_jpeg_skips_segments_padding_and_tables() -> None:
    app0 = b"\xff\xe0\x00\x10" + bytes(14)
    dht = b"\xff\xc4\x00\x04\x00\x00"  # a Huffman table, not a frame, though 0xC4
    jpeg = b"\xff\xd8" + b"\x00" + b"\xff\xff" + app0 + dht + _sof(0xC2, 300, 400) + bytes(4)
    assert image_size(jpeg) == (400, 300)
    for not_frame in (0xC8, 0xCC):
        seg = bytes([0xFF, not_frame, 0x00, 0x04, 0x00, 0x00])
        assert image_size(b"\xff\xd8" + seg + _sof(0xCF, 7, 9) + bytes(4)) == (9, 7)
    # restart markers and TEM have no length
    for bare in (0xD0, 0xD7, 0x01):
        assert image_size(b"\xff\xd8" + bytes([0xFF, bare]) + _sof(0xC0, 2, 3) + bytes(4)) == (3, 2)
    assert image_size(b"\xff\xd8" + b"\xff\xd8" + _sof(0xC0, 2, 3) + bytes(4)) == (3, 2)


def test_jpeg_frame_must_fit_in_what_was_read() -> None:
    jpeg = b"\xff\xd8" + _sof(0xC0, 300, 400)
    assert image_size(jpeg + b"\x00") == (400, 300)
    assert image_size(jpeg) is None
    assert image_size(b"\xff\xd8" + b"\xff\xe1\x00\x02" + _sof(0xC1, 5, 6) + bytes(1)) == (6, 5)
    assert image_size(b"\xff\xd8") is None


# --- body_text ----------------------------------------------------------------------------


def test_blank_keeps_lengths_and_newlines() -> None:
    import re

    m = re.search(r"a.*", "xxab\ncd\n\nef", re.S)
    assert m is not None
    assert blank(m) == "  \n  \n\n  "
    m2 = re.search(r"`x`", "a `x` b")
    assert m2 is not None and blank(m2) == "   "


def test_raw_verbatim_comment_and_hugo_examples_are_blanked() -> None:
    body = "a {% raw %}{{ x }}{% endraw %} b {%- verbatim -%}q{%- endverbatim -%} {% comment %}c"
    out = without_raw(body)
    assert len(out) == len(body)
    assert out.startswith("a ") and " b " in out
    assert "{" not in out and "q" not in out and out.rstrip() == "a" + out[1:].rstrip()
    # Hugo's shown shortcodes, both kinds, are examples; a real one stays
    assert without_raw("{{</* figure */>}} {{%/* x */%}} {{< y >}}").strip() == "{{< y >}}"
    assert without_raw("{{</* a */%}} {{< y >}}").startswith("{{</* a */%}}")
    assert without_raw("{{%/* x */%}}") == " " * 13
    assert without_raw("{{ a }} /* b */") == "{{ a }} /* b */"
    assert without_raw("{%raw%}x\ny{%endraw%}z") == "        \n           z"


def test_fences_and_code_spans_are_blanked_lines_kept() -> None:
    body = "p\n```py\n[a](/b)\n```\nq\n~~~\nx\n~~~~\nr `c` s ``d`e`` t\n"
    out = without_code(body)
    assert out.split("\n")[0] == "p" and out.split("\n")[4] == "q"
    assert out.count("\n") == body.count("\n")
    assert "[a]" not in out and "x" not in out
    assert out.split("\n")[8] == "r " + " " * 3 + " s " + " " * 7 + " t"
    assert without_code("a ` b") == "a ` b"
    assert without_code("~~~\n[a](/b)\n~~~\n") == "   \n       \n   \n"
    assert without_code("```\nopen to the end") == "   \n" + " " * 15
    assert prose("{% raw %}`x`{% endraw %} `y` z") == " " * 29 + "z"


def test_page_prose_is_remembered() -> None:
    class P:
        body = "a `b` c"
        cache: dict = {}

    assert page_prose(P) == "a     c"
    P.body = "changed"
    assert page_prose(P) == "a     c"


# --- suggest ------------------------------------------------------------------------------


def test_candidates_few_names_are_all_kept() -> None:
    names = [f"name-{i}" for i in range(32)]
    assert candidates("zzz", names, 0.9) is names
    many = names + ["name-x"]
    found = candidates("name-3", many, 0.7)
    assert "name-3" in found and len(found) == 8
    assert list(found) == sorted(found, key=many.index)
    assert candidates("qqqqqq", many, 0.7) == []


def test_close_match_with_many_names_is_difflibs() -> None:
    import difflib

    names = [f"2017-02-10-news-item-{i:05}" for i in range(200)]
    for word in ("2017-02-10-news-item-00037", "2017-02-10-news-itm-0037", "news"):
        want = difflib.get_close_matches(word, names, n=1, cutoff=0.7)
        assert close_match(word, names, 0.7) == (want[0] if want else None)
    # a ratio of exactly the cutoff still passes the filter: 'abcd' vs 'abce' is 0.75
    many = ["abce"] + [f"zz{i}" for i in range(40)]
    assert close_match("abcd", many, 0.75) == "abce"
    assert close_match("abcd", many, 0.76) is None


def test_closest_same_text_ignoring_case_first() -> None:
    assert closest_match(" Draft ", ["draft", "Draft"]) == "draft"
    assert closest_match("Colour", ["color", "colours"]) == "colours"
    assert closest_match("TITLEX", ["title", "Tags"]) == "title"
    assert closest_match("qqq", ["title"]) is None
    assert closest_match("titl", ["title"], cutoff=0.95) is None
    assert NameIndex(["a", 3, "b"]).names == ["a", "b"]


def test_name_index_remembers_only_when_asked() -> None:
    idx = NameIndex(["alpha", "beta"])
    assert idx.closest("alpa") == "alpha"
    assert idx._memo == {("alpa", 0.6): "alpha"}
    assert idx.closest("bet", 0.6, remember=False) == "beta"
    assert ("bet", 0.6) not in idx._memo
    idx.names.append("alpa")  # the memo answers, not a new search
    assert idx.closest("alpa") == "alpha"
    assert NameIndex(["Alpha"]).closest("ALPHAS") == "Alpha"
    assert NameIndex(["Alpha", "alpha"]).closest("ALPHA") == "Alpha"


# --- liquid -------------------------------------------------------------------------------


def test_unclosed_output_and_tag() -> None:
    assert _triples("a\n{{ x\n", "liquid-unbalanced") == [
        (5, ERROR, "'{{' is opened here but never closed with '}}'. Add '}}', or, to show the "
        "characters as they are, put them in a code block.")
    ]
    found = _triples("{% if a \n{% endif %}\n", "liquid-unbalanced")
    assert found[0][0] == 4 and "'{%' is opened here but never closed with '%}'. Add '%}'" in found[0][2]
    assert len(found) == 2 and "'{% endif %}' closes a '{% if %}' that was never opened." in found[1][2]
    assert found[1][0] == 5 and "add the missing '{% if ... %}' above." in found[1][2]


def test_clean_liquid_has_no_problem() -> None:
    body = (
        "{%- if a -%}x{% elsif b %}{% else %}{%- endif -%}\n{% for i in x %}{{ i }}{% endfor %}\n"
        "{% case a %}{% when 1 %}{% else %}{% endcase %}\n{% unless a %}{% else %}{% endunless %}\n"
        "{% raw %}{% if {{ {% endraw %}\n{% comment %}{% for{% endcomment %}\n"
        "{% verbatim %}{{ x {% endverbatim %}\n{% capture c %}x{% endcapture %}\n"
        "{% tablerow r in x %}{% endtablerow %}{% highlight py %}x{% endhighlight %}\n"
        "{ a } {x}% {%%} {\n"
    )
    assert _problems(body, code="liquid-unbalanced") == []


def test_each_block_needs_its_own_end() -> None:
    for tag, end in (
        ("if", "endif"), ("unless", "endunless"), ("case", "endcase"), ("for", "endfor"),
        ("tablerow", "endtablerow"), ("capture", "endcapture"), ("highlight", "endhighlight"),
    ):
        found = _triples(f"x\n{{% {tag} a %}}\n", "liquid-unbalanced")
        assert found == [
            (5, ERROR, f"'{{% {tag} %}}' is opened here but never closed. Add '{{% {end} %}}' "
            "where it should end.")
        ]
        assert _problems(f"{{% {tag} a %}}{{% {end} %}}", code="liquid-unbalanced") == []
    for tag in ("raw", "comment", "verbatim"):
        found = _triples(f"{{% {tag} %}} {{{{ x", "liquid-unbalanced")
        # an unclosed raw block: nothing after it is Liquid, the block alone is reported
        assert [(line, m.split(' here')[0]) for line, _s, m in found] == [
            (4, f"'{{% {tag} %}}' is opened")
        ]


def test_inner_blocks_closed_by_an_outer_end_are_reported() -> None:
    found = _triples("{% for a %}\n{% if b %}\n{% endfor %}\n", "liquid-unbalanced")
    assert [(line, m.split(" is")[0]) for line, _s, m in found] == [(5, "'{% if %}'")]
    found = _triples("{% if a %}{% if b %}{% endif %}\n{% endif %}{% endif %}", "liquid-unbalanced")
    assert [line for line, _s, _m in found] == [5]


def test_middle_tags_outside_their_block() -> None:
    found = _triples("x\n{% else %}\n{% elsif a %}\n{% when b %}\n", "liquid-unbalanced")
    assert found == [
        (5, ERROR, "'{% else %}' only works inside {% if %} or {% unless %} or {% case %} or "
         "{% for %}. Remove it, or add the missing tag."),
        (6, ERROR, "'{% elsif %}' only works inside {% if %} or {% unless %}. Remove it, or add "
         "the missing tag."),
        (7, ERROR, "'{% when %}' only works inside {% case %}. Remove it, or add the missing tag."),
    ]
    assert _problems("{% case a %}{% when 1 %}{% endcase %}{% for x %}{% else %}{% endfor %}",
                     code="liquid-unbalanced") == []
    assert len(_problems("{% for x %}{% when 1 %}{% endfor %}", code="liquid-unbalanced")) == 1
    assert len(_problems("{% for x %}{% elsif 1 %}{% endfor %}", code="liquid-unbalanced")) == 1


def test_a_tag_left_open_before_another_is_reported_and_scanning_goes_on() -> None:
    found = _triples("{% if a\n{% if b %}{% endif %}\n{{ c", "liquid-unbalanced")
    assert [(line, m[:4]) for line, _s, m in found] == [(4, "'{%'"), (6, "'{{'")]
    assert _problems("{{ a }}{", code="liquid-unbalanced") == []
    assert _problems("{% endif", code="liquid-unbalanced")[0].line == 4
    assert _problems("{%%}{%  %}", code="liquid-unbalanced") == []


def test_hugo_pages_are_not_read_as_liquid(tmp_path: Path) -> None:
    from editor_app.core.checks.liquid import _is_hugo

    class Ctx:
        site = type("S", (), {"generator": "hugo"})()

    assert _is_hugo(Ctx())
    Ctx.site = type("S", (), {"generator": "jekyll"})()
    assert not _is_hugo(Ctx())


# --- headings (structure) -----------------------------------------------------------------


def test_heading_repeating_the_title() -> None:
    found = _triples("# Our Plan.\n\ntext\n\n## Next\n", "heading-duplicate-title", title="'our plan:'")
    assert found == [
        (4, SUGGESTION, "This heading repeats the page's title, which the site shows above it "
         "already. Remove it, or make it a heading of its own.")
    ]
    assert _problems("## Our plan\n", "Our plan", "heading-duplicate-title") == []
    assert _problems("# Our plans\n", "Our plan", "heading-duplicate-title") == []


def test_skipped_heading_levels_words() -> None:
    found = _triples("### Three\n\n## Two\n\n#### Four\n\n##### Five\n", "heading-skipped")
    assert found == [
        (4, SUGGESTION, "This heading jumps from level 1 to level 3, which confuses people who "
         "move through a page by its headings. Make it a level 2 heading (## ...)."),
        (8, SUGGESTION, "This heading jumps from level 2 to level 4, which confuses people who "
         "move through a page by its headings. Make it a level 3 heading (### ...)."),
    ]
    assert _problems("## a\n\n### b\n\n# c\n\n## d\n", code="heading-skipped") == []


def test_many_skips_three_shown_the_last_counting_the_rest() -> None:
    body = "".join(f"# a{i}\n\n### b{i}\n\n" for i in range(4))
    found = _triples(body, "heading-skipped")
    assert [line for line, _s, _m in found] == [6, 10, 14]
    assert found[2][2].endswith("(## ...). (1 more heading on this page skips a level.)")
    assert found[1][2].endswith("(## ...).")
    body = "".join(f"# a{i}\n\n### b{i}\n\n" for i in range(5))
    found = _triples(body, "heading-skipped")
    assert found[2][2].endswith("(2 more headings on this page skip a level.)")
    body = "".join(f"# a{i}\n\n### b{i}\n\n" for i in range(3))
    assert _triples(body, "heading-skipped")[2][2].endswith("(## ...).")


# --- link_text ----------------------------------------------------------------------------


def test_unclear_link_words_and_punctuation() -> None:
    found = _triples("See [Here.](https://e.org/a) and [ read more: ](https://e.org/b).\n",
                     "link-text-unclear")
    assert found[0] == (
        4, SUGGESTION, "The link text 'Here.' does not say where it goes, which matters to people "
        "using screen readers or skimming. Use words that name the page, for example 'our annual "
        "report'.")
    assert len(found) == 2
    for word in ("this", "this link", "link", "click", "more", "learn more", "find out more",
                 "click this link", "this page", "go", "see here", "read this", "more info",
                 "more information", "details", "click here"):
        assert len(_problems(f"[{word}](https://e.org/)\n", code="link-text-unclear")) == 1, word
    assert _problems("[our report](https://e.org/)\n", code="link-text-unclear") == []


def test_bare_addresses_as_link_text() -> None:
    msg = "The link text '{}' is a bare web address. Use words that say where it goes."
    assert _triples("[www.e.org](https://e.org/)\n", "link-text-unclear") == [
        (4, SUGGESTION, msg.format("www.e.org"))
    ]
    assert _triples("[HTTP://E.ORG/x](https://e.org/)\n", "link-text-unclear") == [
        (4, SUGGESTION, msg.format("HTTP://E.ORG/x"))
    ]
    assert _problems("[go to www.e.org](https://e.org/)\n", code="link-text-unclear") == []
    assert _problems("[ftp://e.org](https://e.org/)\n", code="link-text-unclear") == []


def test_insecure_links_and_local_ones() -> None:
    found = _triples("[report](HTTP://example.org/" + "x" * 80 + ")\n", "link-insecure")
    assert found == [
        (4, SUGGESTION, "'HTTP://example.org/" + "x" * 38 + "...' starts with http://, which "
         "browsers mark as not secure. Check whether that site opens with https:// and, if it "
         "does, use that.")
    ]
    for local in ("http://localhost", "http://127.0.0.1:4000/", "http://[::1]/a", "http://LOCALHOST/"):
        assert _problems(f"[report]({local})\n", code="link-insecure") == [], local
    assert len(_problems("[report](http://localhost.example.org/)\n", code="link-insecure")) == 1
    assert _problems("[report](https://e.org)\n", code="link-insecure") == []


def test_first_few_insecure_links_and_one_more() -> None:
    body = "".join(f"[r{i}](http://e.org/{i})\n\n" for i in range(4))
    found = _triples(body, "link-insecure")
    assert [line for line, _s, _m in found] == [4, 6, 8]
    assert found[2][2].endswith(" (1 more link on this page is like this one.)")
    assert "more link" not in found[1][2]
    body = "".join(f"[r{i}](http://e.org/{i})\n\n" for i in range(3))
    assert "more link" not in _triples(body, "link-insecure")[2][2]


def test_rules_read_pages_with_only_setext_headings_or_capital_links() -> None:
    found = _triples("Our plan\n========\n\ntext\n", "heading-duplicate-title", title="Our plan")
    assert [line for line, _s, _m in found] == [4]
    found = _triples('<A HREF="http://e.org/x">the register</A>\n', "link-insecure")
    assert [(line, m[:19]) for line, _s, m in found] == [(4, "'http://e.org/x' st")]
    found = _triples('<a href="https://e.org/x">here</a>\n', "link-text-unclear")
    assert [line for line, _s, _m in found] == [4]


def test_a_heading_is_the_title_only_when_the_words_are_the_same() -> None:
    assert _problems("# Our planX\n", "Our plan", "heading-duplicate-title") == []
    assert _problems("# Our plan\n", "Our planX", "heading-duplicate-title") == []
    assert len(_problems("# Our plan:\n", "'Our plan.'", "heading-duplicate-title")) == 1
