"""GoAT's shapes and the SVG each one draws itself as: a port of the drawing half of
`svg.go` and the shape types of `canvas.go` in bep/goat 0.5.0 (Copyright 2016 Bryce Lampe,
2022 Bjørn Erik Pedersen; MIT licence). Numbers are printed as Go prints them: whole pixels
for paths, circles and text, `%f` of float32 values for the arrow heads.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from editor_app.core.engines.goldmark_ext.goat_canvas import NE, NONE, NW, SE, SW, E, Index, N, S, W


def pixel(i: Index) -> tuple[int, int]:
    return i[0] * 8, i[1] * 16


def _f32(value: float) -> float:
    """`value` as Go's float32 holds it."""
    return struct.unpack("f", struct.pack("f", value))[0]


@dataclass
class Line:
    """A straight segment between two cells, with the nudges that meet its neighbours."""

    orientation: int
    start: Index = (0, 0)
    stop: Index = (0, 0)
    started: bool = False
    nudge_down: bool = False
    nudge_left: bool = False
    nudge_right: bool = False
    tiny_left: bool = False
    tiny_right: bool = False
    lonely: bool = False  # a segment all by itself, centred on the midline
    chop: int = NONE  # N or S: a half step keeps only that half

    def set_start(self, i: Index) -> None:
        if not self.started:
            self.start = self.stop = i
            self.started = True

    def set_stop(self, i: Index) -> None:
        if self.started:
            self.stop = i

    def goes_somewhere(self) -> bool:
        return self.start != self.stop

    def horizontal(self) -> bool:
        return self.orientation in (E, W)

    def draw(self, out: list[str]) -> None:
        (sx, sy), (ex, ey) = pixel(self.start), pixel(self.stop)
        o = self.orientation
        if self.lonely:
            if o == NE:
                sx, ex, sy, ey = sx - 4, ex - 4, sy + 8, ey + 8
            elif o == SE:
                sx, ex, sy, ey = sx - 4, ex - 4, sy - 8, ey - 8
            elif o == S:
                sy, ey = sy - 8, ey - 8
            if self.chop == N:
                ey -= 8
            elif self.chop == S:
                sy += 8
        if self.nudge_down:
            ey += 8
            if self.horizontal():
                sy += 8
        if self.nudge_left:
            sx -= 8
        if self.nudge_right:
            ex += 8
        if self.tiny_left:
            sx -= 4
            sy += 8 if o == NE else -8 if o == SE else 0
        if self.tiny_right:
            ex += 4
            ey += -8 if o == NE else 8 if o == SE else 0
        out.append(f"<path d='M {sx},{sy} L {ex},{ey}' fill='none' stroke='currentColor'></path>\n")


def half_step(i: Index, chop: int) -> Line:
    return Line(S, start=i, stop=(i[0], i[1] + 1), started=True, lonely=True, chop=chop)


# Rotation of the arrow head, and whether it sits 4 pixels over (the diagonal ones).
_TRIANGLE_TURN = {N: (270, False), NE: (300, True), NW: (240, True), W: (180, False),
                  E: (0, False), S: (90, False), SW: (120, True), SE: (60, True)}  # fmt: skip
_NUDGE = {N: 8, S: 8, W: -8, E: -8}


@dataclass
class Triangle:
    """An arrow head: `^`, `v`, `<` or `>`."""

    start: Index
    orientation: int
    nudge: bool = False

    def draw(self, out: list[str]) -> None:
        px, py = pixel(self.start)
        x, y = _f32(px), _f32(py)
        x0, y0 = x + 8, y
        x1, y1 = x - 4, _f32(y - _f32(5.6))  # Go: y - 0.35*16, in float32
        x2, y2 = x - 4, _f32(y + _f32(5.6))
        turn, diagonal = _TRIANGLE_TURN.get(self.orientation, (0.0, False))
        shift = 0
        if diagonal:
            shift = 4 + (6 if self.nudge else 0)
        elif self.nudge:
            shift = _NUDGE.get(self.orientation, 0)
        x0, x1, x2 = x0 + shift, x1 + shift, x2 + shift
        out.append(
            f"<polygon points='{x0:f},{y0:f} {x1:f},{y1:f} {x2:f},{y2:f}' fill='currentColor' "
            f"transform='rotate({float(turn):f}, {x:f}, {y:f})'></polygon>\n"
        )


@dataclass
class Circle:
    """`o` (hollow) or `*` (filled)."""

    start: Index
    bold: bool = False

    def draw(self, out: list[str]) -> None:
        x, y = pixel(self.start)
        fill = "currentColor" if self.bold else "#fff"
        out.append(f"<circle cx='{x}' cy='{y}' r='6' stroke='currentColor' fill='{fill}'></circle>\n")


_ARC = {NW: (8, 0, -8, 16, 0), NE: (-8, 0, 8, 16, 1), SE: (8, -16, -8, 0, 1), SW: (-8, -16, 8, 0, 0)}


@dataclass
class RoundedCorner:
    """A quarter circle where `.` or `'` turns a line."""

    start: Index
    orientation: int

    def draw(self, out: list[str]) -> None:
        x, y = pixel(self.start)
        sx, sy, ex, ey, sweep = _ARC.get(self.orientation, (-x, -y, -x, -y, 0))
        out.append(
            f"<path d='M {x + sx},{y + sy} A 16,16 0 0,{sweep} {x + ex},{y + ey}' fill='none' "
            "stroke='currentColor'></path>\n"
        )


@dataclass
class Bridge:
    """`-)-` or `-(-`: a line hopping over another."""

    start: Index
    orientation: int

    def draw(self, out: list[str]) -> None:
        x, y = pixel(self.start)
        sweep = 0 if self.orientation == W else 1
        out.append(
            f"<path d='M {x},{y - 8} A 9,9 0 0,{sweep} {x},{y + 8}' fill='none' "
            "stroke='currentColor'></path>\n"
        )


# Markdeep draws these block characters as grey squares.
_SHADES = {"▉": -64, "▓": 64, "▒": 128, "░": 191}
_XML = {"&": "&amp;", ">": "&gt;", "<": "&lt;"}


@dataclass
class Text:
    """One character of text."""

    start: Index
    contents: str

    def draw(self, out: list[str]) -> None:
        x, y = pixel(self.start)
        shade = _SHADES.get(self.contents, 0)
        if shade:
            fill = f"rgb({shade},{shade},{shade})" if shade > 0 else "currentColor"
            out.append(f"<rect x='{x - 4}' y='{y - 8}' width='8' height='16' fill='{fill}'></rect>")
            return
        c = _XML.get(self.contents, self.contents)
        out.append(
            f"<text text-anchor='middle' x='{x}' y='{y + 4}' fill='currentColor' "
            f"style='font-size:1em'>{c}</text>\n"
        )


Drawable = Line | Triangle | Circle | RoundedCorner | Bridge | Text
