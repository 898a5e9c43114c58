"""Random archetypes built of the parts editor-app follows (if / else if / else, with, range
over lists, groups and lists of groups, variables, trim markers, the usual functions over the
site's params) make what `hugo new` makes, wherever editor-app fills them in; where it
leaves a part out or does not follow a block, `hugo new` printed or did something editor-app
does not guess. The templates are the same on every run (a fixed seed); skipped without
`hugo`."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from test_archetype_hugo import HUGO, needs_hugo, write

from editor_app.core.archetypes import page_context, render
from editor_app.core.site import Site

CONFIG = """title = 'Fz'
[params]
s = 'str'
e = ''
z = 0
n = 3
f = 1.5
t = true
no = false
l = ['a', 'b', 'c']
el = []
[params.m]
k = 'v'
j = 2
[[params.lm]]
name = 'A'
[[params.lm]]
name = 'B'
"""
VALUES = [
    ".Site.Params.s", ".Site.Params.e", ".Site.Params.z", ".Site.Params.n", ".Site.Params.f",
    ".Site.Params.t", ".Site.Params.no", ".Site.Params.l", ".Site.Params.el", ".Site.Params.m",
    ".Site.Params.missing", ".Name", ".Section", ".Site.Title", '"lit"', '""', "0", "1", "true",
    "false",
]  # fmt: skip
FUNCTIONS = {
    "eq": 2, "ne": 2, "and": 2, "or": 2, "not": 1, "default": 2, "len": 1, "lt": 2, "gt": 2,
    "upper": 1, "lower": 1, "title": 1, "humanize": 1, "urlize": 1, "cond": 3, "print": 2,
}  # fmt: skip


class Templates:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def value(self, depth: int = 0) -> str:
        rnd = self.rnd
        if depth < 2 and rnd.random() < 0.25:
            pick = rnd.choice([*FUNCTIONS, "printf", "index", "isset", "delimit", "in"])
            if pick == "printf":
                return f'(printf "%v-%v" {self.value(depth + 1)} {self.value(depth + 1)})'
            if pick == "index":
                return f"(index .Site.Params.l {rnd.choice(['0', '2', '5'])})"
            if pick == "isset":
                return f'(isset .Site.Params "{rnd.choice(["s", "missing", "m"])}")'
            if pick == "delimit":
                return f'(delimit {rnd.choice([".Site.Params.l", ".Site.Params.el"])} ", ")'
            if pick == "in":
                return "(in .Site.Params.l " + rnd.choice(['"a"', '"x"', "1"]) + ")"
            args = " ".join(self.value(depth + 1) for _ in range(FUNCTIONS[pick]))
            return f"({pick} {args})"
        return rnd.choice(VALUES)

    def body(self, depth: int = 0) -> str:
        rnd, out = self.rnd, []
        for _ in range(rnd.randint(1, 3)):
            r = rnd.random()
            left, right = rnd.choice(["{{ ", "{{- "]), rnd.choice([" }}", " -}}"])
            if depth < 2 and r < 0.2:
                text = f"{left}if {self.value()}{right}A{self.body(depth + 1)}"
                if rnd.random() < 0.3:
                    text += f"{{{{ else if {self.value()} }}}}B{self.body(depth + 1)}"
                if rnd.random() < 0.4:
                    text += f"{{{{ else }}}}C{self.body(depth + 1)}"
                out.append(text + "{{ end }}")
            elif depth < 2 and r < 0.35:
                otherwise = "{{ else }}X" if rnd.random() < 0.3 else ""
                out.append(
                    f"{left}with {self.value()}{right}W{{{{ . }}}}{self.body(depth + 1)}"
                    f"{otherwise}{{{{ end }}}}"
                )
            elif depth < 2 and r < 0.5:
                source = rnd.choice([
                    ".Site.Params.l", ".Site.Params.el", ".Site.Params.m", ".Site.Params.lm",
                    ".Site.Params.missing",
                ])  # fmt: skip
                names = rnd.choice(["", "$i, $v := ", "$v := "])
                inner = "{{ $v }}" if "$v" in names else "{{ . }}"
                inner += "{{ $i }}" if "$i" in names else ""
                otherwise = "{{ else }}E" if rnd.random() < 0.3 else ""
                out.append(f"{left}range {names}{source}{right}[{inner}]{otherwise}{{{{ end }}}}")
            elif r < 0.7:
                out.append(f"{left}{self.value()}{right}")
            else:
                out.append(rnd.choice([" txt ", "\n", "  \n  ", "x"]))
        return "".join(out)


@needs_hugo
def test_random_archetypes_make_what_hugo_new_makes(tmp_path: Path) -> None:
    assert HUGO is not None
    write(tmp_path / "hugo.toml", CONFIG)
    write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    made = Templates(2026)
    templates = [f"---\ntitle: t\n---\n{made.body()}\n" for _ in range(30)]
    for i, text in enumerate(templates):
        write(tmp_path / "archetypes" / f"k{i}.md", text)
    site = Site.open(tmp_path)
    compared = 0
    for i, text in enumerate(templates):
        target = tmp_path / "content" / "posts" / f"p{i}.md"
        ours = render(text, page_context(site, "posts", "x", path=target, kind=f"k{i}"))
        done = subprocess.run(
            [HUGO, "new", "-k", f"k{i}", f"posts/p{i}.md"],
            cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if ours.shaped or ours.left_out:
            continue  # said, never guessed
        assert done.returncode == 0, (text, done.stderr)  # Hugo made it: no error missed
        assert ours.text == target.read_text(encoding="utf-8"), text
        compared += 1
    assert compared >= 20  # most of them followed
