"""Where each top-level key of a YAML header and its value sit, from the parser's events.

The offsets let an edit replace exactly one field's characters; `document_read` asks for them
only when an edit or a line number needs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml


@dataclass
class _Span:
    """Where one top-level key and its value sit in the front matter text (char offsets)."""

    key: str
    key_start: int
    colon: int  # offset just after the ':' that follows the key
    value_start: int
    value_end: int  # end of the value's content (trailing comments and blank lines excluded)
    kind: str  # empty | scalar | block_scalar | flow | block_seq | block_map | alias
    style: str | None = None  # the scalar's quoting style: None (plain), "'", '"', "|", ">"
    items: list[tuple[int, int]] = field(default_factory=list)  # block_seq item content spans


def _node(events: list[yaml.Event], start: int) -> tuple[int, list[yaml.Event]]:
    """The events of the node starting at `start`: (index after it, its events)."""
    depth, j = 0, start
    while True:
        ev = events[j]
        if isinstance(ev, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(ev, yaml.CollectionEndEvent):
            depth -= 1
        j += 1
        if depth == 0:
            return j, events[start:j]


def _events(text: str) -> list[yaml.Event] | None:
    """The parser's events for `text` (None if it cannot be parsed).

    The C parser gives the same events and character marks as the pure-Python one, several
    times faster (a header of 50,000 fields is located in about a second); the pure-Python
    one is asked when it refuses (it allows deeper nesting).
    """
    loaders = [yaml.SafeLoader]
    if hasattr(yaml, "CSafeLoader"):
        loaders.insert(0, yaml.CSafeLoader)
    for loader in loaders:
        try:
            return list(yaml.parse(text, Loader=loader))
        except yaml.YAMLError:
            continue
        except Exception:  # the C parser may raise plain errors on odd input
            continue
    return None


def top_level_spans(fm: str, events: list[yaml.Event]) -> list[_Span]:
    """Key and value positions of the top-level mapping of `fm`, from the parser's events."""
    spans: list[_Span] = []
    i = 0
    while i < len(events) and not isinstance(
        events[i], yaml.CollectionStartEvent | yaml.ScalarEvent
    ):
        i += 1
    if i >= len(events) or not isinstance(events[i], yaml.MappingStartEvent):
        return spans
    i += 1

    def content_end(evs: list[yaml.Event]) -> int:
        end, stack = evs[0].start_mark.index, []
        for ev in evs:
            if isinstance(ev, yaml.CollectionStartEvent):
                stack.append(ev.flow_style)
                if ev.flow_style:
                    end = max(end, ev.end_mark.index)
            elif isinstance(ev, yaml.CollectionEndEvent):
                if stack.pop():
                    end = max(end, ev.end_mark.index)
            elif isinstance(ev, yaml.ScalarEvent | yaml.AliasEvent):
                e = ev.end_mark.index
                if isinstance(ev, yaml.ScalarEvent) and ev.style in ("|", ">"):
                    e = block_scalar_end(fm, ev)
                end = max(end, e)
        return end

    while i < len(events) and not isinstance(events[i], yaml.MappingEndEvent):
        i, key_events = _node(events, i)
        i, value_events = _node(events, i)
        key_ev, val_ev = key_events[0], value_events[0]
        key_start = key_ev.start_mark.index
        key_end = content_end(key_events)
        if isinstance(key_ev, yaml.ScalarEvent) and len(key_events) == 1:
            key = key_ev.value
        else:
            key = fm[key_start:key_end]
        colon = fm.find(":", key_end)
        colon = key_end if colon < 0 else colon + 1
        start, end = val_ev.start_mark.index, content_end(value_events)
        style, items = None, []
        if isinstance(val_ev, yaml.AliasEvent):
            kind = "alias"
        elif isinstance(val_ev, yaml.ScalarEvent):
            style = val_ev.style or None  # the C parser writes "" for plain
            if style in ("|", ">"):
                kind = "block_scalar"
            elif start == end and val_ev.value == "" and style is None:
                kind, start, end = "empty", colon, colon
            else:
                kind = "scalar"
        elif val_ev.flow_style:
            kind = "flow"
        elif isinstance(val_ev, yaml.SequenceStartEvent):
            kind = "block_seq"
            j = 1
            while j < len(value_events) - 1:
                k, item_events = _node(value_events, j)
                item_start, item_end = item_events[0].start_mark.index, content_end(item_events)
                first = item_events[0]
                if isinstance(first, yaml.ScalarEvent) and item_start == item_end:
                    # an empty item ('- ' with nothing after): it runs to the line end
                    line_end = fm.find("\n", item_end)
                    line_end = len(fm) if line_end < 0 else line_end
                    item_end = len(fm[:line_end].rstrip("\r"))
                items.append((item_start, item_end))
                j = k
            end = max([end] + [e for _, e in items])
        else:
            kind = "block_map"
        spans.append(_Span(key, key_start, colon, start, end, kind, style, items))
    return spans


def block_scalar_end(fm: str, ev: yaml.ScalarEvent) -> int:
    """End of a block scalar's text, without the blank lines the parser runs on into."""
    end = ev.end_mark.index
    header = fm[ev.start_mark.index : fm.find("\n", ev.start_mark.index) + 1 or len(fm)]
    if "+" in header.split("#")[0]:
        # keep chomping: trailing blank lines belong to the value; leave the last break
        if fm.endswith("\r\n", 0, end):
            return end - 2
        return end - 1 if fm.endswith("\n", 0, end) else end
    # clip or strip: the value ends with its last non-blank line (that line's trailing
    # spaces included, as they are content), before that line's break
    text = fm[:end]
    stripped = text.rstrip(" \t\r\n")
    line_end = text.find("\n", len(stripped))
    if line_end < 0:
        return end
    if line_end > 0 and text[line_end - 1] == "\r":
        line_end -= 1
    return max(line_end, ev.start_mark.index)
