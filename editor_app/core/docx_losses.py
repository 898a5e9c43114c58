"""What a `.docx` holds that the Markdown cannot: pending tracked changes, equations, charts,
embedded objects, text boxes and mammoth's warnings, told in plain sentences (`docx_read`)."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from editor_app.core.errors import counted


def _losses(body: Any) -> list[str]:
    lost = []

    def count(tag: str) -> int:
        return sum(1 for _ in body.iter(tag))

    pending = count(qn("w:ins")) + count(qn("w:del"))
    if pending:
        lost.append(
            f"{counted(pending, 'tracked change')} still pending in Word: the text was taken "
            "as if they had been accepted."
        )
    maths = count("{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath")
    if maths:
        lost.append(f"{counted(maths, 'equation')}: not carried over.")
    charts = sum(
        1
        for el in body.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData")
        if not (el.get("uri") or "").endswith("/picture")
    )
    if charts:
        lost.append(
            f"{counted(charts, 'chart or diagram', 'charts or diagrams')}: not carried over."
        )
    objects = count(qn("w:object"))
    if objects:
        lost.append(f"{counted(objects, 'embedded object')}: not carried over.")
    return lost


def _text_boxes(body: Any) -> list[str]:
    """The text of each text box (a box is written twice in newer files: counted once)."""
    texts = []
    for box in body.iter(qn("w:txbxContent")):
        paragraphs = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in box.iter(qn("w:p")))
        texts.append(" ".join(" ".join(paragraphs).split()))
    return list(dict.fromkeys(texts))


def _box_report(boxes: list[str], markdown: str) -> list[str]:
    flat = " ".join(markdown.replace("\\", "").split())
    kept = [t for t in boxes if t and t[:40] in flat]
    gone = len(boxes) - len(kept)
    out = []
    if kept:
        out.append(
            f"{counted(len(kept), 'text box', 'text boxes')}: the text is kept as ordinary "
            "paragraphs, the box itself is gone."
        )
    if gone:
        out.append(f"{counted(gone, 'text box', 'text boxes')}: the text was not carried over.")
    return out


def _converter_messages(messages: list[Any]) -> list[str]:
    """mammoth's warnings worth telling, in plain words (unknown styles are not: they are
    read as ordinary paragraphs)."""
    out = []
    linked = 0
    for message in messages:
        text = message.message
        low = text.lower()
        if message.type != "warning" or "style" in low or "unlikely to display" in low:
            continue
        if "external image" in low:
            linked += 1
        else:
            out.append(text)
    if linked:
        out.append(
            f"{counted(linked, 'picture')} linked to a file outside the document: left out "
            "(insert the picture itself in Word to bring it along)."
        )
    return out
