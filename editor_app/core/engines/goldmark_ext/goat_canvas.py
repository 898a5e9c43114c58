"""GoAT's reading of an ASCII diagram: the grid of characters, which of them are text, and
what each drawing character joins (corners, lines, half steps, bridges).

A port of `canvas.go` of bep/goat 0.5.0, the library Hugo 0.111 draws ```` ```goat ````
blocks with (itself a port of Markdeep's diagrams). Copyright 2016 Bryce Lampe, 2022 Bjørn
Erik Pedersen; MIT licence (Expat). The order in which cells are visited is kept exactly:
it decides where lines start and stop, so the SVG comes out as Hugo's, byte for byte.
The shapes are found in `goat_shapes.py`; `goat_svg.py` draws them.
"""

from __future__ import annotations

from collections.abc import Iterator

Index = tuple[int, int]  # (x, y): column and line of a character

# Orientations (Go's iota order; only compared, never printed).
NONE, N, NE, NW, S, SE, SW, E, W = range(9)

JOINT_RUNES = (".", "'", "+", "*", "o")
RESERVED = frozenset("-_|v^><o*+.'/\\)( ")


def is_joint(r: str) -> bool:
    return r in JOINT_RUNES


def is_dot(r: str) -> bool:
    return r in ("o", "*")


def is_triangle(r: str) -> bool:
    return r in ("^", "v", "<", ">")


def east(i: Index) -> Index:
    return (i[0] + 1, i[1])


def west(i: Index) -> Index:
    return (i[0] - 1, i[1])


def north(i: Index) -> Index:
    return (i[0], i[1] - 1)


def south(i: Index) -> Index:
    return (i[0], i[1] + 1)


def n_west(i: Index) -> Index:
    return (i[0] - 1, i[1] - 1)


def n_east(i: Index) -> Index:
    return (i[0] + 1, i[1] - 1)


def s_west(i: Index) -> Index:
    return (i[0] - 1, i[1] + 1)


def s_east(i: Index) -> Index:
    return (i[0] + 1, i[1] + 1)


# -- the orders in which the grid is walked ---------------------------------------------------


def up_down(width: int, height: int) -> Iterator[Index]:
    """Column by column, each from the top."""
    for w in range(width):
        for h in range(height):
            yield (w, h)


def left_right(width: int, height: int) -> Iterator[Index]:
    """Line by line, each from the left."""
    for h in range(height):
        for w in range(width):
            yield (w, h)


def diag_down(width: int, height: int) -> Iterator[Index]:
    """Along the `\\` diagonals (x - y constant), from the lower left."""
    for total in range(-height + 1, width + 1):
        for w in range(width):
            h = w - total
            if 0 <= h < height:
                yield (w, h)


def diag_up(width: int, height: int) -> Iterator[Index]:
    """Along the `/` diagonals (x + y constant), from the upper left."""
    for total in range(width + height - 1):
        for w in range(width):
            h = total - w
            if 0 <= h < height:
                yield (w, h)


class Canvas:
    """The diagram's characters: `data` holds the drawing ones, `text` the rest."""

    def __init__(self, source: str) -> None:
        lines = source.split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # a final newline ends the last line, as Go's line scanner reads it
        self.data: dict[Index, str] = {}
        self.text: dict[Index, str] = {}
        self.width = 0
        for y, line in enumerate(lines):
            if line.endswith("\r"):
                line = line[:-1]
            for x, ch in enumerate(line):
                self.data[(x, y)] = ch
            self.width = max(self.width, len(line))
        self.height = len(lines)
        # Text first: what is left is the diagram (the order matters, see `is_text`).
        for idx in left_right(self.width, self.height):
            if self.is_text(idx):
                self.text[idx] = self.rune_at(idx)
        for idx in self.text:
            del self.data[idx]

    def rune_at(self, i: Index) -> str:
        return self.data.get(i, " ")

    def height_screen(self) -> int:
        return self.height * 16 + 8 + 1

    def width_screen(self) -> int:
        return (self.width + 1) * 8

    # -- text ---------------------------------------------------------------------------------

    def is_reserved(self, i: Index) -> bool:
        return self.rune_at(i) in RESERVED

    def is_text(self, i: Index) -> bool:
        if i in self.text:
            return True
        r = self.rune_at(i)
        if r == " ":
            return False
        if not self.is_reserved(i):
            return True
        if self.has_line_above_or_below(i):
            return False
        # Reserved but next to text ("foo----bar", "a-b"): text too.
        if west(i) in self.text or not self.is_reserved(east(i)):
            return True
        w, e = west(i), east(i)
        if not (self.rune_at(w) == " " and self.rune_at(e) == " "):
            return False
        if r in ("o", "*"):  # a circle on its own
            return False
        return not self.is_reserved(west(w)) or not self.is_reserved(east(e))

    def has_line_above_or_below(self, i: Index) -> bool:
        r = self.rune_at(i)
        if r in ("*", "o", "+", "v", "^"):
            return self.part_of_diagonal_line(i) or self.part_of_vertical_line(i)
        if r == "|":
            return self.part_of_vertical_line(i) or self.part_of_rounded_corner(i)
        if r in ("/", "\\"):
            return self.part_of_diagonal_line(i)
        if r == "-":
            return self.part_of_rounded_corner(i)
        if r in ("(", ")"):
            return self.part_of_vertical_line(i)
        return False

    # -- what a character belongs to ----------------------------------------------------------

    def part_of_vertical_line(self, i: Index) -> bool:
        this, above, below = self.rune_at(i), self.rune_at(north(i)), self.rune_at(south(i))
        if above == "|" or (this == "|" and is_joint(above)):
            return True
        return below == "|" or (this == "|" and is_joint(below))

    def part_of_diagonal_line(self, i: Index) -> bool:
        r = self.rune_at(i)
        n, s = self.rune_at(north(i)), self.rune_at(south(i))
        nw, se = self.rune_at(n_west(i)), self.rune_at(s_east(i))
        ne, sw = self.rune_at(n_east(i)), self.rune_at(s_west(i))
        if r == "/":
            return ne == r or sw == r or is_joint(ne) or is_joint(sw) or n == "\\" or s == "\\"
        if r == "\\":
            return nw == r or se == r or is_joint(nw) or is_joint(se) or n == "/" or s == "/"
        return nw == "\\" or ne == "/" or sw == "/" or se == "\\"

    def part_of_rounded_corner(self, i: Index) -> bool:
        r = self.rune_at(i)
        if r == "-":
            sides = (self.rune_at(west(i)), self.rune_at(east(i)))
            return "." in sides or "'" in sides
        if r == "|":
            above = (self.rune_at(n_west(i)), self.rune_at(n_east(i)))
            below = (self.rune_at(s_west(i)), self.rune_at(s_east(i)))
            return "." in above or "'" in below
        return False

    def is_rounded_corner(self, i: Index) -> int:
        """For `.`, `'` and the other joints: the corner's orientation, else NONE."""
        r = self.rune_at(i)
        if not is_joint(r):
            return NONE
        opens_up = r in ("'", "+")
        opens_down = r in (".", "+")
        right, left = self.rune_at(east(i)), self.rune_at(west(i))
        dash_right = right in ("-", "+", "_") or self.rune_at(n_east(i)) == "_"
        dash_left = left in ("-", "+", "_") or self.rune_at(n_west(i)) == "_"

        def vertical(j: Index) -> bool:
            c = self.rune_at(j)
            return c in ("|", "+", ")", "(") or is_dot(c)

        if opens_down and dash_right and vertical(s_west(i)):
            return NW
        if opens_down and dash_left and vertical(s_east(i)):
            return NE
        if opens_up and dash_left and vertical(n_east(i)):
            return SE
        if opens_up and dash_right and vertical(n_west(i)):
            return SW
        return NONE

    def part_of_half_step(self, i: Index) -> int:
        r = self.rune_at(i)
        if r not in ("'", ".", "|") or self.is_rounded_corner(i) != NONE:
            return NONE
        w, e = self.rune_at(west(i)), self.rune_at(east(i))
        n, s = self.rune_at(north(i)), self.rune_at(south(i))
        nw, ne = self.rune_at(n_west(i)), self.rune_at(n_east(i))
        if r == "'":
            if (nw == "_" and e == "-") or (w == "-" and ne == "_"):
                return N
        elif r == ".":
            if (w == "-" and e == "_") or (w == "_" and e == "-"):
                return S
        else:
            if n != "|" and (ne == "_" or nw == "_"):
                return N
            if n == "-":
                return N
            if s != "|" and (w == "_" or e == "_"):
                return S
            if s == "-":
                return S
        return NONE

    def is_bridge(self, i: Index) -> int:
        """`-)-` (E) or `-(-` (W), else NONE."""
        if self.rune_at(west(i)) != "-" or self.rune_at(east(i)) != "-":
            return NONE
        return {"(": W, ")": E}.get(self.rune_at(i), NONE)
