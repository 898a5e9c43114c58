"""Word documents built for the tests with python-docx: the things authors really send."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm


def png_bytes(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A small valid PNG."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def add_link(paragraph, text: str, url: str) -> None:
    """A real Word hyperlink (python-docx has no call for it)."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def case_study(path: Path, tmp: Path, title_property: str | None = None) -> Path:
    """Headings, bold and italic, lists, a table, a link, an image with alt text, comments."""
    document = docx.Document()
    if title_property:
        document.core_properties.title = title_property
    document.add_heading("Community energy in Leeds", level=1)
    p = document.add_paragraph("The project began in ")
    p.add_run("2021").bold = True
    p.add_run(" with a ")
    p.add_run("small grant").italic = True
    p.add_run(" from the council.")
    document.add_heading("What people said", level=2)
    document.add_paragraph("Residents met every month.", style="List Bullet")
    document.add_paragraph("Decisions were taken by vote.", style="List Bullet")
    document.add_paragraph("Collect the readings", style="List Number")
    document.add_paragraph("Share the savings", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Homes"
    table.cell(1, 0).text = "2022"
    table.cell(1, 1).text = "140"
    p = document.add_paragraph("Read the ")
    add_link(p, "full evaluation", "https://example.org/evaluation")
    p.add_run(" online.")
    picture = tmp / "meter.png"
    picture.write_bytes(png_bytes())
    document.add_picture(str(picture), width=Cm(2))
    pic = document.inline_shapes[0]._inline
    pic.docPr.set("descr", "A smart meter on a kitchen wall")
    p = document.add_paragraph("")
    first = p.add_run("The savings were shared fairly")
    p.add_run(" among members.")
    document.add_comment(first, "Which year was this?", author="Amira Khan", initials="AK")
    last = document.paragraphs[1].runs[3]  # "small grant"
    comment = document.add_comment(last, "How much was it?", author="Ben Ode", initials="BO")
    comment._comment_elm.set(qn("w:date"), "2025-03-04T10:00:00Z")  # written long ago
    document.save(path)
    return path


def stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_tracked_change(paragraph, old: str, new: str, author: str = "Reviewer") -> None:
    """Word's tracked replacement: `old` deleted and `new` inserted at the paragraph's end."""
    when = stamp(dt.datetime(2026, 1, 5, 10, 0))
    if old:
        d = OxmlElement("w:del")
        d.set(qn("w:id"), "901")
        d.set(qn("w:author"), author)
        d.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText")
        t.text = old
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        d.append(r)
        paragraph._p.append(d)
    if new:
        i = OxmlElement("w:ins")
        i.set(qn("w:id"), "902")
        i.set(qn("w:author"), author)
        i.set(qn("w:date"), when)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = new
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        i.append(r)
        paragraph._p.append(i)
