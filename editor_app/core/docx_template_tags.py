"""Template code the preview cannot draw, shown in the Word and PDF packs as the preview shows
it: a short placeholder saying what is left out and why.

The preview marks such a tag `<span class="liquid" title="Not drawn in the preview: why">`
around its code (`engines/templates.py`). In a pack that code stood as words of the page
(`{{ eleventyNavigation.key | navFiltered | … }}`), which a reviewer could edit and the import
take back as a change to the page. Each run of such tags (a loop's `{%- for %}`, `{%- if %}`,
`{% include %}`, `{%- endif %}`, `{%- endfor %}` in a row) becomes one placeholder, in
italics and brackets, with the first tag's reason. In the Word pack it sits in a locked
content control (`lock_left_out`: Word does not let it be edited), and the import reads no
words in it (`in_left_out`): typed over, its words ("navFiltered") were found in the page's
own template code and came back as a suggested edit to it.
"""

from __future__ import annotations

import html
import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LEFT_OUT_CLASS = "template-left-out"
_PREVIEW_SAYS = "Not drawn in the preview: "
_TAG = r'<span class="liquid"(?: title="[^"]*")?>[^<]*</span>'
_TAGS = re.compile(rf"{_TAG}(?:\s*{_TAG})*")
_TITLE = re.compile(r'<span class="liquid" title="([^"]*)">')


def template_placeholders(body_html: str) -> str:
    """`body_html` with each run of the preview's undrawn template tags as one placeholder."""
    return _TAGS.sub(_placeholder, body_html)


def _placeholder(match: re.Match[str]) -> str:
    title = _TITLE.match(match.group(0))
    reason = html.unescape(title.group(1)) if title else ""
    reason = reason.removeprefix(_PREVIEW_SAYS).rstrip(". ") or "the preview does not run it"
    words = html.escape(f"[template code left out: {reason}]", quote=False)
    return f'<em class="{LEFT_OUT_CLASS}">{words}</em>'


def lock_left_out(paragraph_element: Any, runs: list[Any]) -> None:
    """`runs` (the placeholder's, in `paragraph_element`) put in a locked content control."""
    if not runs:
        return
    sdt = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), LEFT_OUT_CLASS)
    lock = OxmlElement("w:lock")
    lock.set(qn("w:val"), "sdtContentLocked")
    properties.extend([tag, lock])
    content = OxmlElement("w:sdtContent")
    sdt.extend([properties, content])
    runs[0].addprevious(sdt)
    content.extend(runs)


def in_left_out(node: Any) -> bool:
    """True for words inside a placeholder's content control (no words of the page)."""
    for ancestor in node.iterancestors(qn("w:sdt")):
        tag = ancestor.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None and tag.get(qn("w:val")) == LEFT_OUT_CLASS:
            return True
    return False
