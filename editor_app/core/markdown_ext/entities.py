"""Entities as characters, as kramdown prints them with `entity_output: as_char`.

Only entities written in Markdown text: kramdown leaves those inside raw HTML blocks as
written, and so do we (raw HTML is stashed before inline parsing).
"""

from __future__ import annotations

import html.entities
import re

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

ENTITY_RE = r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"
# The entity names kramdown knows (its Utils::Entities, HTML 4's 253 and `apos`); any other
# `&name;` is text to it, printed `&amp;name;`.
KRAMDOWN_ENTITY_NAMES = frozenset(
    "AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi Dagger Delta ETH "
    "Eacute Ecirc Egrave Epsilon Eta Euml Gamma Iacute Icirc Igrave Iota Iuml Kappa Lambda "
    "Mu Ntilde Nu OElig Oacute Ocirc Ograve Omega Omicron Oslash Otilde Ouml Phi Pi Prime "
    "Psi Rho Scaron Sigma THORN Tau Theta Uacute Ucirc Ugrave Upsilon Uuml Xi Yacute Yuml "
    "Zeta aacute acirc acute aelig agrave alefsym alpha amp and ang apos aring asymp atilde "
    "auml bdquo beta brvbar bull cap ccedil cedil cent chi circ clubs cong copy crarr cup "
    "curren dArr dagger darr deg delta diams divide eacute ecirc egrave empty emsp ensp "
    "epsilon equiv eta eth euml euro exist fnof forall frac12 frac14 frac34 frasl gamma ge "
    "gt hArr harr hearts hellip iacute icirc iexcl igrave image infin int iota iquest isin "
    "iuml kappa lArr lambda lang laquo larr lceil ldquo le lfloor lowast loz lrm lsaquo "
    "lsquo lt macr mdash micro middot minus mu nabla nbsp ndash ne ni not notin nsub ntilde "
    "nu oacute ocirc oelig ograve oline omega omicron oplus or ordf ordm oslash otilde "
    "otimes ouml para part permil perp phi pi piv plusmn pound prime prod prop psi quot "
    "rArr radic rang raquo rarr rceil rdquo real reg rfloor rho rlm rsaquo rsquo sbquo "
    "scaron sdot sect shy sigma sigmaf sim spades sub sube sum sup sup1 sup2 sup3 supe "
    "szlig tau there4 theta thetasym thinsp thorn tilde times trade uArr uacute uarr ucirc "
    "ugrave uml upsih upsilon uuml vellip weierp xi yacute yen yuml zeta zwj zwnj"
    .split()
)


# Where kramdown's table differs from HTML's: these pairs are swapped there.
_KRAMDOWN_OWN = {"lang": "\u232a", "rang": "\u2329", "lceil": "\u2309", "rceil": "\u2308"}


def entity_char(name: str) -> str | None:
    """The character an entity name (`copy`, `#8217`, `#x2014`) stands for, if any."""
    if name[0] == "#":
        try:
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        except ValueError:
            return None
        # No control characters (they would also collide with the parser's own markers),
        # surrogates or numbers past Unicode: those stay as written.
        if code < 32 and code not in (9, 10, 13) or 0x7F <= code <= 0x9F:
            return None
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return None
        return chr(code)
    if name not in KRAMDOWN_ENTITY_NAMES:
        return None
    return _KRAMDOWN_OWN.get(name) or html.entities.html5.get(name + ";")


class EntityInlineProcessor(InlineProcessor):
    """`&copy;` becomes `©`; `&amp; &lt; &gt;` stay escaped (the serializer escapes them);
    a name kramdown does not know (`&check;`, `&foo;`) is text."""

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (Python-Markdown's API)
        char = entity_char(m.group(1))
        if char is None:
            if m.group(1)[0] == "#":
                return None, None, None
            char = "&amp;" + m.group(0)[1:]  # an unknown name is text: `&amp;foo;`
        return AtomicString(char), m.start(0), m.end(0)


class EntitiesExtension(Extension):
    """kramdown's `entity_output: as_char`."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.inlinePatterns.register(EntityInlineProcessor(ENTITY_RE, md), "entity", 80)
