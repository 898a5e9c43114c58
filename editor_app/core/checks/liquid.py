"""Liquid: `{{`/`{%` never closed, block tags without their end tag."""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor_app.core.checks.context import Context
from editor_app.core.checks.page import Page
from editor_app.core.checks.problem import ERROR, Problem, make_problem
from editor_app.core.checks.registry import Rule, register

_BLOCKS = {
    "if": "endif",
    "unless": "endunless",
    "case": "endcase",
    "for": "endfor",
    "tablerow": "endtablerow",
    "capture": "endcapture",
    "comment": "endcomment",
    "raw": "endraw",
    "verbatim": "endverbatim",  # Nunjucks (Eleventy)
    "highlight": "endhighlight",
}
_ENDS = {v: k for k, v in _BLOCKS.items()}
_MIDDLES = {"else": ("if", "unless", "case", "for"), "elsif": ("if", "unless"), "when": ("case",)}


def check_liquid(page: Page) -> Iterable[Problem]:
    """Unclosed `{{`/`{%`, and block tags (`if`, `for`, ...) without their end tag."""
    body = page.body
    # One-character search first: much faster than two-character ones, and most pages hold none.
    if "{" not in body or ("{{" not in body and "{%" not in body):
        return
    stack: list[tuple[str, int]] = []
    pos = 0
    n = len(body)
    while pos < n:
        if stack and stack[-1][0] in ("raw", "comment", "verbatim"):
            # Nothing inside raw or comment is Liquid, except its own end tag.
            m = re.compile(r"\{%-?\s*" + _BLOCKS[stack[-1][0]] + r"\s*-?%\}").search(body, pos)
            if m is None:
                break
            stack.pop()
            pos = m.end()
            continue
        i = body.find("{", pos)
        if i < 0 or i + 1 >= n:
            break
        nxt = body[i + 1]
        if nxt not in "{%":
            pos = i + 1
            continue
        closer = "}}" if nxt == "{" else "%}"
        end = body.find(closer, i + 2)
        other = body.find("{%", i + 2) if nxt == "%" else -1
        if end < 0 or 0 <= other < end:
            what = "{{" if nxt == "{" else "{%"
            yield make_problem(
                page,
                page.body_line(i),
                None,
                "liquid-unbalanced",
                f"'{what}' is opened here but never closed with '{closer}'. Add '{closer}', or, "
                "to show the characters as they are, put them in a code block.",
            )
            if end < 0:
                break
            pos = i + 2
            continue
        pos = end + 2
        if nxt == "{":
            continue
        inner = body[i + 2 : end].strip().lstrip("-").strip()
        tag = inner.split(None, 1)[0] if inner else ""
        line = page.body_line(i)
        if tag in _BLOCKS:
            stack.append((tag, line))
        elif tag in _ENDS:
            opener = _ENDS[tag]
            if any(t == opener for t, _ in stack):
                while stack[-1][0] != opener:
                    yield _unclosed_block(page, *stack.pop())
                stack.pop()
            else:
                yield make_problem(
                    page,
                    line,
                    None,
                    "liquid-unbalanced",
                    f"'{{% {tag} %}}' closes a '{{% {opener} %}}' that was never opened. "
                    f"Remove it, or add the missing '{{% {opener} ... %}}' above.",
                )
        elif tag in _MIDDLES and not any(t in _MIDDLES[tag] for t, _ in stack):
            inside = " or ".join("{% " + t + " %}" for t in _MIDDLES[tag])
            yield make_problem(
                page,
                line,
                None,
                "liquid-unbalanced",
                f"'{{% {tag} %}}' only works inside {inside}. Remove it, or add the missing tag.",
            )
    for t, ln in stack:
        yield _unclosed_block(page, t, ln)


def _unclosed_block(page: Page, tag: str, line: int) -> Problem:
    end = _BLOCKS[tag]
    return make_problem(
        page,
        line,
        None,
        "liquid-unbalanced",
        f"'{{% {tag} %}}' is opened here but never closed. Add '{{% {end} %}}' where it "
        "should end.",
    )


def _is_hugo(ctx: Context) -> bool:
    return getattr(ctx.site, "generator", None) == "hugo"


register(
    Rule(
        "liquid",
        {"liquid-unbalanced": ERROR},
        # Hugo reads no Liquid: `{{` in a Hugo page is its own business.
        check=lambda page, ctx: () if _is_hugo(ctx) else check_liquid(page),
        wants=lambda page: "{" in page.body,
    )
)
