"""The shapes GoAT finds in a diagram's drawing characters, in the order it draws them:
lines, arrow heads, rounded corners, circles, bridges, then the text. A port of the finding
half of `canvas.go` in bep/goat 0.5.0 (Copyright 2016 Bryce Lampe, 2022 Bjørn Erik
Pedersen; MIT licence).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from editor_app.core.engines.goldmark_ext.goat_canvas import (
    JOINT_RUNES,
    NE,
    NONE,
    NW,
    SE,
    SW,
    Canvas,
    E,
    Index,
    N,
    S,
    W,
    diag_down,
    diag_up,
    east,
    is_dot,
    is_joint,
    is_triangle,
    left_right,
    n_east,
    n_west,
    north,
    s_east,
    s_west,
    south,
    up_down,
    west,
)
from editor_app.core.engines.goldmark_ext.goat_draw import (
    Bridge,
    Circle,
    Drawable,
    Line,
    RoundedCorner,
    Text,
    Triangle,
    half_step,
)

Walk = Callable[[int, int], Iterator[Index]]

# Per segment character: the walk, the line's orientation, what it may pass under.
_SEGMENTS: dict[str, tuple[Walk, int, tuple[str, ...]]] = {
    "-": (left_right, E, (*JOINT_RUNES, "<", ">", "(", ")")),
    "_": (left_right, E, (*JOINT_RUNES, "|")),
    "|": (up_down, S, (*JOINT_RUNES, "^", "v")),
    "/": (diag_up, NE, (*JOINT_RUNES, "o", "*", "<", ">", "^", "v", "|")),
    "\\": (diag_down, SE, (*JOINT_RUNES, "o", "*", "<", ">", "^", "v", "|")),
}


def shapes(c: Canvas) -> list[Drawable]:
    """Everything to draw, in GoAT's order."""
    out: list[Drawable] = []
    out += lines(c)
    out += triangles(c)
    out += [RoundedCorner(i, o) for i in left_right(c.width, c.height) if (o := c.is_rounded_corner(i)) != NONE]
    out += [Circle(i, c.rune_at(i) == "*") for i in up_down(c.width, c.height) if is_dot(c.rune_at(i))]
    for i in left_right(c.width, c.height):
        if (o := c.is_bridge(i)) != NONE:
            out += [half_step(north(i), S), half_step(south(i), N), Bridge(i, o)]
    out += text(c)
    return out


def segment_lines(c: Canvas, segment: str) -> list[Line]:
    """The lines drawn with `segment` (`-`, `_`, `|`, `/` or `\\`)."""
    walk, o, passes = _SEGMENTS[segment]
    found: list[Line] = []

    def snip(line: Line) -> Line:
        if line.goes_somewhere():
            found.append(line)
        return Line(o)

    current = Line(o)
    last = " "
    for idx in walk(c.width + 1, c.height + 1):
        r = c.rune_at(idx)
        is_pass = r in passes
        corner = c.is_rounded_corner(idx)
        just_passed = last in passes
        keep = (r == segment or is_pass) and corner == NONE
        # A rounded corner that is also a joint on a line across it (`'+--` over `|`).
        if corner != NONE and o != E and (c.part_of_vertical_line(idx) or c.part_of_diagonal_line(idx)):
            keep = True
        if is_pass and just_passed and o != S:  # never `|` to `>` on a diagonal, nor `))`
            current = snip(current)
        if just_passed and (is_dot(r) or is_triangle(r)):  # never `o` to `o`, `+` to `o`
            current = snip(current)
        if not current.started:
            if keep:
                current.set_start(idx)
        elif not keep:
            if not current.goes_somewhere() and last == segment:
                if not c.part_of_rounded_corner(current.start):
                    current.set_stop(idx)
                    current.lonely = True
            current = snip(current)
        elif is_pass:
            current.set_stop(idx)
            current = snip(current)
            current.set_start(idx)
        else:
            current.set_stop(idx)
        last = r
    return found


def lines(c: Canvas) -> list[Line]:
    at = c.rune_at
    mid = segment_lines(c, "-")
    up = segment_lines(c, "/")
    for ln in up:
        alone = ln.lonely
        if at(east(ln.start)) == "_":
            ln.tiny_left = True
        if at(north(ln.stop)) == "_":
            ln.tiny_right = True
        if not alone and at(n_east(ln.stop)) == "_":
            ln.tiny_right = True
        if not alone and at(west(ln.start)) == "_":
            ln.tiny_left = True
        if not alone and at(north(ln.stop)) == "\\":
            ln.tiny_right = True
        if not alone and at(south(ln.start)) == "\\":
            ln.tiny_left = True
    down = segment_lines(c, "\\")
    for ln in down:
        alone = ln.lonely
        if at(west(ln.stop)) == "_":
            ln.tiny_right = True
        if at(north(ln.start)) == "_":
            ln.tiny_left = True
        if not alone and at(n_west(ln.start)) == "_":
            ln.tiny_left = True
        if not alone and at(east(ln.stop)) == "_":
            ln.tiny_right = True
        if not alone and at(south(ln.stop)) == "/":
            ln.tiny_right = True
        if not alone and at(north(ln.start)) == "/":
            ln.tiny_left = True
    base = segment_lines(c, "_")
    for ln in base:
        ln.nudge_down = True
        a, b = ln.start, ln.stop
        if at(s_east(b)) == "|" or at(n_east(b)) == "|":
            ln.nudge_right = True
        if at(s_west(a)) == "|" or at(n_west(a)) == "|":
            ln.nudge_left = True
        if at(east(b)) == "/" or at(s_east(b)) == "\\":
            ln.tiny_right = True
        if at(west(a)) == "\\" or at(s_west(a)) == "/":
            ln.tiny_left = True
        if at(east(b)) == "\\":
            ln.nudge_right = ln.tiny_right = True
        if at(west(a)) == "/":
            ln.nudge_left = ln.tiny_left = True
        if at(south(b)) == "/":
            ln.tiny_right = True
        if at(south(a)) == "\\":
            ln.tiny_left = True
        if at(s_west(a)) == "'":
            ln.nudge_left = True
        if at(s_east(b)) == "'":
            ln.nudge_right = True
    vertical = segment_lines(c, "|")
    halves = [
        half_step(i, o) for i in up_down(c.width, c.height) if (o := c.part_of_half_step(i)) != NONE
    ]
    return mid + base + vertical + up + down + halves


# Arrow heads on a diagonal: `^` under `/` points NE, and so on.
_TAILS = {NW: (n_west, SE), NE: (n_east, NE), SE: (s_east, SE), SW: (s_west, NE)}


def triangles(c: Canvas) -> list[Drawable]:
    """Arrow heads, each after the short tail joining it to a line it touches."""
    out: list[Drawable] = []
    for i in up_down(c.width, c.height):
        r = c.rune_at(i)
        if not is_triangle(r):
            continue
        o = {"^": N, "v": S, "<": W, ">": E}[r]
        if r == "^":
            if c.rune_at(s_west(i)) == "/":
                o = NE
            elif c.rune_at(s_east(i)) == "\\":
                o = NW
        elif r == "v":
            if c.rune_at(n_east(i)) == "/":
                o = SW
            elif c.rune_at(n_west(i)) == "\\":
                o = SE
        nudge = False
        if o in (N, S):
            near = c.rune_at(north(i) if o == N else south(i))
            if near == "-" or (is_joint(near) and not is_dot(near)):
                nudge = True
                out.append(half_step(i, o))
        elif o in _TAILS:
            step, tail = _TAILS[o]
            other = step(i)
            near = c.rune_at(other)
            if near == "-" or (is_joint(near) and not is_dot(near)):
                nudge = True
                start, stop = (other, i) if o in (NW, SW) else (i, other)
                out.append(Line(tail, start=start, stop=stop, started=True))
        else:  # W or E
            nudge = is_dot(c.rune_at(west(i) if o == W else east(i)))
        out.append(Triangle(i, o, nudge))
    return out


# Box drawing diagonals Markdeep draws as lines.
_DIAGONALS = {"╱": NE, "╲": SE, "╳": NE}


def text(c: Canvas) -> list[Drawable]:
    """The text characters, by column, then line (the diagonals among them as lines)."""
    out: list[tuple[Index, str, Drawable]] = []
    for i, r in c.text.items():
        o = _DIAGONALS.get(r)
        if o is None:
            out.append((i, r, Text(i, r)))
        else:
            stop = n_east(i) if o == NE else s_east(i)
            out.append((i, r, Line(o, start=i, stop=stop, started=True, lonely=True)))
    out.sort(key=lambda t: (t[0][0], t[0][1], t[1]))
    return [d for _i, _r, d in out]


__all__ = ["W", "shapes"]
