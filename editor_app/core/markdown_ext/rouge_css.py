"""CSS and SCSS code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::CSS` and `Rouge::Lexers::Scss` (MIT; the word
lists are Rouge's): a known property before `:` is `nl`, another `py`; in values numbers
with their unit are one `m`, `url(...)` one `sx`, colour names `no`, keywords `nb`;
selectors `nt`, `.class` `nc`, `#id` `nf`, `:hover` `nd`; `@media` `k`. SCSS: variables
`nv`, `@include x` `k` + `nd`, interpolation `si`, and a statement ends at `;`, `{`, `}`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

CSS_ATTRIBUTES = frozenset(
    """
    align-content align-items align-self alignment-adjust alignment-baseline all
    anchor-point animation animation-delay animation-direction animation-duration
    animation-fill-mode animation-iteration-count animation-name animation-play-state
    animation-timing-function appearance azimuth backface-visibility background
    background-attachment background-clip background-color background-image
    background-origin background-position background-repeat background-size
    baseline-shift binding bleed bookmark-label bookmark-level bookmark-state
    bookmark-target border border-bottom border-bottom-color border-bottom-left-radius
    border-bottom-right-radius border-bottom-style border-bottom-width border-collapse
    border-color border-image border-image-outset border-image-repeat border-image-slice
    border-image-source border-image-width border-left border-left-color
    border-left-style border-left-width border-radius border-right border-right-color
    border-right-style border-right-width border-spacing border-style border-top
    border-top-color border-top-left-radius border-top-right-radius border-top-style
    border-top-width border-width bottom box-align box-decoration-break box-direction
    box-flex box-flex-group box-lines box-ordinal-group box-orient box-pack box-shadow
    box-sizing break-after break-before break-inside caption-side clear clip clip-path
    clip-rule color color-profile columns column-count column-fill column-gap
    column-rule column-rule-color column-rule-style column-rule-width column-span
    column-width content counter-increment counter-reset crop cue cue-after cue-before
    cursor direction display dominant-baseline drop-initial-after-adjust
    drop-initial-after-align drop-initial-before-adjust drop-initial-before-align
    drop-initial-size drop-initial-value elevation empty-cells filter fit fit-position
    flex flex-basis flex-direction flex-flow flex-grow flex-shrink flex-wrap float
    float-offset font font-family font-feature-settings font-kerning
    font-language-override font-size font-size-adjust font-stretch font-style
    font-synthesis font-variant font-variant-alternates font-variant-caps
    font-variant-east-asian font-variant-ligatures font-variant-numeric
    font-variant-position font-weight grid-cell grid-column grid-column-align
    grid-column-sizing grid-column-span grid-columns grid-flow grid-row grid-row-align
    grid-row-sizing grid-row-span grid-rows grid-template hanging-punctuation height
    hyphenate-after hyphenate-before hyphenate-character hyphenate-lines
    hyphenate-resource hyphens icon image-orientation image-rendering image-resolution
    ime-mode inline-box-align justify-content left letter-spacing line-break line-height
    line-stacking line-stacking-ruby line-stacking-shift line-stacking-strategy
    list-style list-style-image list-style-position list-style-type margin margin-bottom
    margin-left margin-right margin-top mark marker-offset marks mark-after mark-before
    marquee-direction marquee-loop marquee-play-count marquee-speed marquee-style mask
    max-height max-width min-height min-width move-to nav-down nav-index nav-left
    nav-right nav-up object-fit object-position opacity order orphans outline
    outline-color outline-offset outline-style outline-width overflow overflow-style
    overflow-wrap overflow-x overflow-y padding padding-bottom padding-left
    padding-right padding-top page page-break-after page-break-before page-break-inside
    page-policy pause pause-after pause-before perspective perspective-origin phonemes
    pitch pitch-range play-during pointer-events position presentation-level
    punctuation-trim quotes rendering-intent resize rest rest-after rest-before richness
    right rotation rotation-point ruby-align ruby-overhang ruby-position ruby-span size
    speak speak-as speak-header speak-numeral speak-punctuation speech-rate src stress
    string-set tab-size table-layout target target-name target-new target-position
    text-align text-align-last text-combine-horizontal text-decoration
    text-decoration-color text-decoration-line text-decoration-skip
    text-decoration-style text-emphasis text-emphasis-color text-emphasis-position
    text-emphasis-style text-height text-indent text-justify text-orientation
    text-outline text-overflow text-rendering text-shadow text-space-collapse
    text-transform text-underline-position text-wrap top transform transform-origin
    transform-style transition transition-delay transition-duration transition-property
    transition-timing-function unicode-bidi vertical-align visibility voice-balance
    voice-duration voice-family voice-pitch voice-pitch-range voice-range voice-rate
    voice-stress voice-volume volume white-space widows width word-break word-spacing
    word-wrap writing-mode z-index
    """.split()
)

CSS_BUILTINS = frozenset(
    """
    above absolute always armenian aural auto avoid left bottom baseline behind below
    bidi-override blink block bold bolder both bottom capitalize center center-left
    center-right circle cjk-ideographic close-quote collapse condensed continuous crop
    cross crosshair cursive dashed decimal decimal-leading-zero default digits disc
    dotted double e-resize embed expanded extra-condensed extra-expanded fantasy
    far-left far-right fast faster fixed georgian groove hebrew help hidden hide high
    higher hiragana hiragana-iroha icon inherit inline inline-table inset inside invert
    italic justify katakana katakana-iroha landscape large larger left left-side
    leftwards level lighter line-through list-item loud low lower lower-alpha
    lower-greek lower-roman lowercase ltr medium message-box middle mix monospace
    n-resize narrower ne-resize no-close-quote no-open-quote no-repeat none normal
    nowrap nw-resize oblique once open-quote outset outside overline pointer portrait px
    relative repeat repeat-x repeat-y rgb ridge right right-side rightwards s-resize
    sans-serif scroll se-resize semi-condensed semi-expanded separate serif show silent
    slow slower small-caps small-caption smaller soft solid spell-out square static
    status-bar super sw-resize table-caption table-cell table-column table-column-group
    table-footer-group table-header-group table-row table-row-group text text-bottom
    text-top thick thin top transparent ultra-condensed ultra-expanded underline
    upper-alpha upper-latin upper-roman uppercase url visible w-resize wait wider x-fast
    x-high x-large x-loud x-low x-small x-soft xx-large xx-small yes
    """.split()
)

CSS_CONSTANTS = frozenset(
    """
    indigo gold firebrick indianred yellow darkolivegreen darkseagreen mediumvioletred
    mediumorchid chartreuse mediumslateblue black springgreen crimson lightsalmon brown
    turquoise olivedrab cyan silver skyblue gray darkturquoise goldenrod darkgreen
    darkviolet darkgray lightpink teal darkmagenta lightgoldenrodyellow lavender
    yellowgreen thistle violet navy orchid blue ghostwhite honeydew cornflowerblue
    darkblue darkkhaki mediumpurple cornsilk red bisque slategray darkcyan khaki wheat
    deepskyblue darkred steelblue aliceblue gainsboro mediumturquoise floralwhite coral
    purple lightgrey lightcyan darksalmon beige azure lightsteelblue oldlace greenyellow
    royalblue lightseagreen mistyrose sienna lightcoral orangered navajowhite lime
    palegreen burlywood seashell mediumspringgreen fuchsia papayawhip blanchedalmond
    peru aquamarine white darkslategray ivory dodgerblue lemonchiffon chocolate orange
    forestgreen slateblue olive mintcream antiquewhite darkorange cadetblue moccasin
    limegreen saddlebrown darkslateblue lightskyblue deeppink plum aqua darkgoldenrod
    maroon sandybrown magenta tan rosybrown pink lightblue palevioletred mediumseagreen
    dimgray powderblue seagreen snow mediumblue midnightblue paleturquoise palegoldenrod
    whitesmoke darkorchid salmon lightslategray lawngreen lightgreen tomato hotpink
    lightyellow lavenderblush linen mediumaquamarine green blueviolet peachpuff
    """.split()
)

_VENDOR_PREFIXES = tuple(
    "-ah- -atsc- -hp- -khtml- -moz- -ms- -o- -rim- -ro- -tc- -wap- -webkit- -xv- mso- prince-".split()
)

# Rouge: /[\p{L}_-][\p{Word}\p{Cf}-]*/ (a letter, `_` or `-`, then word characters or `-`)
_IDENT = r"(?:[^\W\d]|[_-])[\w\u200b-\u200f\u2060-\u2064\ufeff-]*"
_NUMBER = r"-?(?:[0-9]+(\.[0-9]+)?|\.[0-9]+)"
_UNITS = (
    r"(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn"
    r"|s|ms|Hz|kHz)\b)?"
)


def _value_word(m: re.Match[str]) -> Runs:
    word = m.group(0)
    css = "no" if word in CSS_CONSTANTS else "nb" if word in CSS_BUILTINS else "n"
    return [(css, word)]


def _property(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    name = m.group(1)
    known = name in CSS_ATTRIBUTES or name.startswith(_VENDOR_PREFIXES)
    return [("nl" if known else "py", name), ("", m.group(2)), ("p", m.group(3))], ("stanza_value",)


_CSS_STATES = {
    "root": [
        ("mixin", "basics", ()),
        (rx(r"{"), "p", ("stanza",)),
        (rx(rf":[:]?{_IDENT}"), "nd", ()),
        (rx(rf"\.{_IDENT}"), "nc", ()),
        (rx(rf"#{_IDENT}"), "nf", ()),
        (rx(rf"@{_IDENT}"), "k", ("at_rule",)),
        (rx(_IDENT), "nt", ()),
        (rx(r"[~^*!%&\[\]()<>|+=@:;,./?-]"), "o", ()),
        (rx(r'"(\\\\|\\"|[^"])*"'), "s1", ()),
        (rx(r"'(\\\\|\\'|[^'])*'"), "s2", ()),
    ],
    "value": [
        ("mixin", "basics", ()),
        (rx(r"url\(.*?\)"), "sx", ()),
        (rx(r"#[0-9a-f]{1,6}", re.I), "m", ()),
        (rx(_NUMBER + _UNITS), "m", ()),
        (rx(r"[\[\]():\/.,]"), "p", ()),
        (rx(r'"(\\\\|\\"|[^"])*"'), "s1", ()),
        (rx(r"'(\\\\|\\'|[^'])*'"), "s2", ()),
        (rx(_IDENT), _value_word, ()),
    ],
    "at_rule": [
        (rx(rf"{{(?=\s*{_IDENT}\s*:)", re.S), "p", ("at_stanza",)),
        (rx(r"{"), "p", ("at_body",)),
        (rx(r";"), "p", ("#pop",)),
        ("mixin", "value", ()),
    ],
    "at_body": [("mixin", "at_content", ()), ("mixin", "root", ())],
    "at_stanza": [("mixin", "at_content", ()), ("mixin", "stanza", ())],
    "at_content": [(rx(r"}"), "p", ("#pop:2",))],
    "basics": [(rx(r"\s+"), "", ()), (rx(r"/\*(?:.*?)\*/", re.S), "c", ())],
    "stanza": [
        ("mixin", "basics", ()),
        (rx(r"}"), "p", ("#pop",)),
        (rx(rf"({_IDENT})(\s*)(:)", re.S), _property, ()),
    ],
    "stanza_value": [
        (rx(r";"), "p", ("#pop",)),
        (rx(r"(?=})"), "", ("#pop",)),
        (rx(r"!\s*important\b"), "cp", ()),
        (rx(r"^@.*?$"), "cp", ()),
        ("mixin", "value", ()),
    ],
}

CSS = RougeLexer(_CSS_STATES)

# -- SCSS (Rouge's SassCommon + Scss) -------------------------------------------------------

_ID = r"[\w-]+"


def _scss_word(m: re.Match[str]) -> Runs:
    word = m.group(0)
    css = "nb" if word in CSS_BUILTINS else "no" if word in CSS_CONSTANTS else "n"
    return [(css, word)]


def _scss_attribute(m: re.Match[str]) -> Runs:
    return [("nl" if m.group(0) in CSS_ATTRIBUTES else "na", m.group(0))]


_SCSS_STATES = {
    "root": [
        (rx(r"\s+"), "", ()),
        (rx(r"//.*?$"), "c1", ()),
        (rx(r"/[*].*?[*]/", re.S), "cm", ()),
        (rx(r"@import\b"), "k", ("value",)),
        ("mixin", "content_common", ()),
        (rx(r"(?=[^;{}][;}])"), "", ("attribute",)),
        (rx(r"(?=[^;{}:\[]+:[^a-z])"), "", ("attribute",)),
        (rx(r""), "", ("selector",)),
    ],
    "end_section": [(rx(r"\n"), "", ()), (rx(r"[;{}]"), "p", ("#reset",))],
    "content_common": [
        (rx(r"@for\b"), "k", ("for",)),
        (rx(r"@(debug|warn|if|each|while|else|return|media)"), "k", ("value",)),
        (rx(rf"(@mixin)(\s+)({_ID})"), ("k", "", "nf"), ("value",)),
        (rx(rf"(@function)(\s+)({_ID})"), ("k", "", "nf"), ("value",)),
        (rx(r"@extend\b"), "k", ("selector",)),
        (rx(rf"(@include)(\s+)({_ID})"), ("k", "", "nd"), ("value",)),
        (rx(rf"@{_ID}"), "k", ("selector",)),
        (rx(r"&"), "k", ("selector",)),
        (rx(rf"([$]{_ID})([ \t]*)(:)"), ("nv", "", "p"), ("value",)),
    ],
    "value": [
        ("mixin", "end_section", ()),
        (rx(r"[ \t]+"), "", ()),
        (rx(rf"[$]{_ID}"), "nv", ()),
        (rx(r"url[(]"), "sx", ("string_url",)),
        (rx(rf"{_ID}(?=\s*[(])"), "nf", ()),
        (rx(rf"%{_ID}"), "nd", ()),
        (rx(r"(true|false)\b"), "bp", ()),
        (rx(r"(and|or|not)\b"), "ow", ()),
        (rx(r"#[a-z0-9]{1,6}", re.I), "mh", ()),
        (rx(r"-?\d+(%|[a-z]+)?"), "m", ()),
        (rx(r"-?\d*\.\d+(%|[a-z]+)?"), "mi", ()),
        ("mixin", "has_strings", ()),
        ("mixin", "has_interp", ()),
        (rx(r"[~^*!&%<>\|+=@:,.\/?-]+"), "o", ()),
        (rx(r"[\[\]()]+"), "p", ()),
        (rx(r"/[*]"), "cm", ("inline_comment",)),
        (rx(r"//[^\n]*"), "c1", ()),
        (rx(_ID), _scss_word, ()),
    ],
    "has_interp": [(rx(r"[#][{]"), "si", ("interpolation",))],
    "has_strings": [(rx(r'"'), "s2", ("dq",)), (rx(r"'"), "s1", ("sq",))],
    "interpolation": [(rx(r"}"), "si", ("#pop",)), ("mixin", "value", ())],
    "selector": [
        ("mixin", "end_section", ()),
        ("mixin", "has_strings", ()),
        ("mixin", "has_interp", ()),
        (rx(r"[ \t]+"), "", ()),
        (rx(r":"), "nd", ("pseudo_class",)),
        (rx(r"[.]"), "nc", ("class",)),
        (rx(r"#"), "nn", ("id",)),
        (rx(r"%"), "nv", ("placeholder",)),
        (rx(_ID), "nt", ()),
        (rx(r"&"), "k", ()),
        (rx(r"[~^*!&\[\]()<>\|+=@:;,.\/?-]"), "o", ()),
    ],
    "dq": [
        (rx(r'"'), "s2", ("#pop",)),
        ("mixin", "has_interp", ()),
        (rx(r'(\\.|#(?![{])|[^\n"#])+'), "s2", ()),
    ],
    "sq": [
        (rx(r"'"), "s1", ("#pop",)),
        ("mixin", "has_interp", ()),
        (rx(r"(\\.|#(?![{])|[^\n'#])+"), "s1", ()),
    ],
    "string_url": [
        (rx(r"[)]"), "sx", ("#pop",)),
        (rx(r"(\\.|#(?![{])|[^\n)#])+"), "sx", ()),
        ("mixin", "has_interp", ()),
    ],
    "selector_piece": [("mixin", "has_interp", ()), (rx(r""), "", ("#pop",))],
    "pseudo_class": [(rx(_ID), "nd", ()), ("mixin", "selector_piece", ())],
    "class": [(rx(_ID), "nc", ()), ("mixin", "selector_piece", ())],
    "id": [(rx(_ID), "nn", ()), ("mixin", "selector_piece", ())],
    "placeholder": [(rx(_ID), "nv", ()), ("mixin", "selector_piece", ())],
    "for": [(rx(r"(from|to|through)"), "ow", ()), ("mixin", "value", ())],
    "attr_common": [("mixin", "has_interp", ()), (rx(_ID), _scss_attribute, ())],
    "attribute": [
        ("mixin", "attr_common", ()),
        (rx(r"([ \t]*)(:)"), ("", "p"), ("value",)),
    ],
    "inline_comment": [
        (rx(r"(\\#|#(?=[^\n{])|\*(?=[^\n\/])|[^\n#*])+"), "cm", ()),
        ("mixin", "has_interp", ()),
        (rx(r"[*]/"), "cm", ("#pop",)),
    ],
}

SCSS = RougeLexer(_SCSS_STATES)

# -- Sass, the indented syntax (Rouge's Sass: SassCommon plus Rouge's Indentation) -----------


class _SassBlocks:
    """Rouge's `Indentation`: a comment's more indented lines continue it."""

    def __init__(self) -> None:
        self.last = ""
        self.state: str | None = None
        self.indentation: str | None = None

    def starts_block(self, state: str) -> None:
        self.state = state
        self.indentation = self.last


def _sass_indentation(m: re.Match[str], blocks: _SassBlocks) -> tuple[Runs, tuple[str, ...]]:
    indent = m.group(0)
    blocks.last = indent
    if (
        blocks.state is not None
        and blocks.indentation is not None
        and indent.startswith(blocks.indentation)
        and indent != blocks.indentation
    ):
        return [("", indent)], (blocks.state,)
    blocks.state = blocks.indentation = None
    return [("", indent)], ("content",)


def _sass_comment(css: str, state: str):  # noqa: ANN202 (a rule's action)
    def action(m: re.Match[str], blocks: _SassBlocks) -> tuple[Runs, tuple[str, ...]]:
        blocks.starts_block(state)
        return [(css, m.group(0))], ("#pop",)

    return action


def _plain(action):  # noqa: ANN001, ANN202 (SCSS's context-free actions, in a lexer with one)
    return lambda m, _context: action(m)


_SASS_STATES = {
    **{
        name: [
            (rule[0], _plain(rule[1]) if callable(rule[1]) else rule[1], rule[2]) for rule in rules
        ]
        for name, rules in _SCSS_STATES.items()
        if name not in ("root", "end_section")
    },
    "root": [
        (rx(r"[ \t]*\n"), "", ()),
        (rx(r"[ \t]*"), _sass_indentation, ()),
    ],
    "content": [
        (rx(r"//.*?$"), _sass_comment("c1", "single_comment"), ()),
        (rx(r"/[*].*?\n"), _sass_comment("cm", "multi_comment"), ()),
        (rx(r"@import\b"), "k", ("import",)),
        ("mixin", "content_common", ()),
        (rx(rf"={_ID}"), "nf", ("value",)),
        (rx(rf"[+]{_ID}"), "nd", ("value",)),
        (rx(r":"), "na", ("old_style_attr",)),
        (rx(r"(?=[^\[\n]+?:([^a-z]|$))"), "", ("attribute",)),
        (rx(r""), "", ("selector",)),
    ],
    "single_comment": [(rx(r".*?$"), "c1", ("#pop",))],
    "multi_comment": [(rx(r".*?\n"), "cm", ("#pop",))],
    "import": [
        (rx(r"[ \t]+"), "", ()),
        (rx(r"\S+"), "s", ()),
        (rx(r"\n"), "", ("#pop",)),
    ],
    "old_style_attr": [("mixin", "attr_common", ()), (rx(r""), "", ("#pop", "value"))],
    "end_section": [(rx(r"\n"), "", ("#reset",))],
}

SASS = RougeLexer(_SASS_STATES, context=_SassBlocks)
