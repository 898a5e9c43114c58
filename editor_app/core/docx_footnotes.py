"""Word footnotes and endnotes in a draft: as the site's own footnotes (`text[^1]`, and
`[^1]: the note` at the end) where its renderer shows them (kramdown; Goldmark unless turned
off; markdown-it with the `markdown-it-footnote` plugin), else as a raised number (`¹`) and
a numbered list at the end. mammoth writes them as links to a numbered list at the end, each
item ending in a back arrow; Markdown kept neither link, so a draft showed "[1]" in the text
and a list of notes ending in stray "↑" arrows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bs4 import BeautifulSoup, Tag

# Where a note's reference stands while the text becomes Markdown (private-use characters,
# never escaped and never typed).
_OPEN, _CLOSE = "\ue010", "\ue011"
_KINDS = ("footnote", "endnote")


def footnotes_shown(site: Any) -> bool:
    """Whether the site's renderer shows Markdown footnotes (`[^1]`)."""
    from editor_app.core.engines import make_engine

    try:
        engine = make_engine(site)
    except Exception:  # an engine that cannot be made for this site: keep the notes as text
        return False
    if engine.name == "kramdown":
        return True
    if engine.name == "goldmark":
        return bool(getattr(getattr(engine, "settings", None), "footnote", False))
    plugins = getattr(engine, "plugins", ()) or ()
    return any(str(p).rsplit("/", 1)[-1] == "markdown-it-footnote" for p in plugins)


def take_notes(html: str) -> tuple[str, list[str]]:
    """mammoth's HTML with each note reference made a marker (numbered in the order the text
    refers to them) and the notes' list taken out; the notes' HTML, in that order."""
    if not any(f'href="#{kind}-' in html for kind in _KINDS):
        return html, []
    soup = BeautifulSoup(html, "html.parser")
    numbers: dict[str, int] = {}
    for link in soup.find_all("a", href=True):
        target = str(link["href"]).lstrip("#")
        if not target.startswith(tuple(f"{k}-" for k in _KINDS)) or "-ref-" in target:
            continue
        numbers.setdefault(target, len(numbers) + 1)
        outer: Tag = link
        while outer.parent is not None and outer.parent.name == "sup":
            outer = outer.parent
        outer.replace_with(f"{_OPEN}{numbers[target]}{_CLOSE}")
    notes: dict[int, str] = {}
    for item in soup.find_all("li", id=True):
        number = numbers.get(str(item["id"]))
        if number is None:
            continue
        for back in item.find_all("a", href=True):
            if "-ref-" in str(back["href"]):
                back.decompose()  # the "↑" back to the text: the site makes its own
        notes[number] = item.decode_contents()
        listing = item.parent
        item.decompose()
        if listing is not None and listing.name in ("ol", "ul") and not listing.find("li"):
            listing.decompose()
    return str(soup), [notes.get(n, "") for n in range(1, len(numbers) + 1)]


_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def put_notes(
    markdown: str, notes: list[str], to_markdown: Callable[[str], str], footnotes: bool = True
) -> str:
    """The Markdown with each marker a footnote reference (`[^1]`) and the notes defined at
    its end, a note of several paragraphs indented under its first line. Without `footnotes`
    (a renderer that has none): a raised number (`¹`) and the notes as a numbered list at
    the end, which any site shows."""
    if not notes:
        return markdown
    for number in range(1, len(notes) + 1):
        mark = f"[^{number}]" if footnotes else str(number).translate(_RAISED)
        markdown = markdown.replace(f"{_OPEN}{number}{_CLOSE}", mark)
    lines = []
    for number, note in enumerate(notes, start=1):
        paragraphs = [p.strip() for p in to_markdown(note).strip().split("\n\n") if p.strip()]
        indent = "    " if footnotes else " " * (len(str(number)) + 2)
        text = f"\n\n{indent}".join(p.replace("\n", f"\n{indent}") for p in paragraphs)
        lines.append(f"[^{number}]: {text or '(empty)'}" if footnotes else f"{number}. {text}")
    if footnotes:
        return markdown.rstrip("\n") + "\n\n" + "\n\n".join(lines) + "\n"
    # A rule first, as Word draws one above its notes: a list ending the text would
    # otherwise run on into the notes' list.
    return markdown.rstrip("\n") + "\n\n---\n\n" + "\n".join(lines) + "\n"
