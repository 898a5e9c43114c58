"""The rule registry: each rule declares its codes, their severity, and the site facts it uses.

Two kinds of rule:

- a **page rule** (`check(page, ctx)`) runs once per document, after its cheap `wants(page)`
  test (a page with no `{` has nothing for the Liquid rule: 10,000 pages make this count);
- a **field rule** (`check_value(page, ctx, field, name, value, line)`) is handed each header
  value of its `field_types` that the one walk over the header (the `fields` page rule) could
  not vouch for cheaply.

`needs` names the `Context` facts a rule reads (`usage`, `unique`, `urls`, `link_index`,
`assets`, `settings`): each is worked out on first use, once per site, index and schema, and
shared; a rule switched off never asks, so its facts are never computed.

A site switches rules off by code in `_schema.yml` (`checks: {off: [code, ...]}`); a rule whose
codes are all off is not run at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from editor_app.core.checks.problem import CODES, SEVERITIES, Problem

if TYPE_CHECKING:
    from editor_app.core.checks.content_cache import ContentCache
    from editor_app.core.checks.context import Context
    from editor_app.core.checks.page import Page

PageCheck = Callable[["Page", "Context"], Iterable[Problem]]
ValueCheck = Callable[["Page", "Context", Any, str, Any, Any], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    """One family of checks: its codes (code -> usual severity) and how to run it."""

    name: str
    codes: dict[str, str]
    check: PageCheck | None = None
    wants: Callable[[Page], bool] | None = None
    field_types: tuple[str, ...] = ()
    check_value: ValueCheck | None = None
    needs: tuple[str, ...] = ()
    # "build": will the site build and show right; "content": is the page good (suggestions).
    kind: str = "build"
    # The generators whose sites the rule is for (none: every site); on another site it is
    # not run at all, rather than asked of each page to find it has nothing to say.
    generators: tuple[str, ...] = ()
    summary: str = field(default="", compare=False)


RULES: list[Rule] = []


def register(rule: Rule) -> Rule:
    """Add a rule (once per name) and its codes to `CODES`."""
    if any(r.name == rule.name for r in RULES):
        return rule
    for code, severity in rule.codes.items():
        if severity not in SEVERITIES:
            raise ValueError(f"{rule.name}: unknown severity {severity!r} for {code}")
        CODES.setdefault(code, severity)
    RULES.append(rule)
    return rule


def enabled(off: frozenset[str] | set[str], content: bool = False) -> list[Rule]:
    """The rules with at least one code still on (content rules only when asked for)."""
    return [
        r
        for r in RULES
        if (content or r.kind != "content") and (not off or any(c not in off for c in r.codes))
    ]


@dataclass(frozen=True)
class Plan:
    """The rules in force for one site: page rules in order, field rules by field type."""

    page_rules: tuple[Rule, ...]
    value_checks: dict[str, ValueCheck]
    off: frozenset[str]


def plan_for(off: frozenset[str], content: bool = False) -> Plan:
    """What runs when the codes in `off` are switched off (with the content checks or not)."""
    rules = enabled(off, content)
    value_checks: dict[str, ValueCheck] = {}
    for r in rules:
        if r.check_value is not None:
            for t in r.field_types:
                value_checks.setdefault(t, r.check_value)
    return Plan(tuple(r for r in rules if r.check is not None), value_checks, off)


def for_generator(plan: Plan, generator: str | None) -> Plan:
    """`plan` without the page rules that are for other generators' sites only."""
    rules = tuple(r for r in plan.page_rules if not r.generators or generator in r.generators)
    return plan if len(rules) == len(plan.page_rules) else replace(plan, page_rules=rules)


def run_page(
    page: Page, ctx: Context, content: bool = False, cache: ContentCache | None = None
) -> list[Problem]:
    """Every rule in force on one page (the engine: nothing else decides what runs); with
    `content`, the content checks too (suggestions: is the page good?), those remembered in
    `cache` when given (`checks/content_cache.py`) read back: rule by rule, or all at once
    when every one is (then only the rules it does not hold run)."""
    plan = ctx.content_plan if content else ctx.plan
    out: list[Problem] = []
    rules = plan.page_rules
    remembered = None
    if cache is not None and content and not page.decode_error:
        remembered = cache.start(page)
        if getattr(remembered, "whole", False):  # every cached rule read back: the others run
            out.extend(remembered.found)
            rules = cache.rules_left(plan)
            remembered = None
    decode_error = page.decode_error
    for rule in rules:
        if decode_error and rule.kind == "content":
            continue  # not text as written (binary, another encoding): nothing to read
        if remembered is not None and rule.name in remembered.rules:
            out.extend(remembered.run(rule, ctx))
            continue
        wants = rule.wants
        if wants is None or wants(page):
            out.extend(rule.check(page, ctx))  # type: ignore[misc]
    if remembered is not None:
        remembered.finish()
    if plan.off:
        out = [p for p in out if p.code not in plan.off]
    return out
