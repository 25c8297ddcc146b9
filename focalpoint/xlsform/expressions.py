"""Expressions: XLSForm relevant, constraint and calculate turned into focalpoint options.

Understood (see ``docs/forms.md``): relevant ``${f} = 'v'``, ``!=``, ``!= ''``,
``string-length(${f}) > 0``, ``selected(${f}, 'v')``, ``not(...)`` and alternatives on one
question joined by ``or``; constraint ``. >= n``, ``. <= n`` (and ``>``, ``<``),
``regex(., 'p')``, ``string-length(.)``, ``. <= today()``, ``. >= ${date}`` joined by ``and``;
calculate ``if(${x} >= n and ${x} <= m, 1, 0)``. Anything else gets a note and no option.
"""

from __future__ import annotations

import re
from typing import Any

from focalpoint.xlsform.context import Context, Item
from focalpoint.xlsform.xpath import (
    FLIP,
    NO_LITERAL,
    call,
    comparison,
    literal,
    norm,
    number,
    ref_name,
    split_top,
    strip_parens,
)

TEXT_TYPES = ("text", "long_text")
NUMBER_TYPES = ("integer", "decimal")
SELECT_TYPES = ("select_one", "select_many")
_TRUE_WORDS = frozenset({"1", "yes", "oui", "true", "true()", "ok"})
_FALSE_WORDS = frozenset({"0", "no", "non", "false", "false()", ""})
_OR = r"\s+or\s+"
_AND = r"\s+and\s+"

Rule = dict[str, Any]


# --------------------------------------------------------------------------- relevant


def relevant_rule(ctx: Context, item: Item) -> Rule | None:
    """The ``relevant`` option of ``item`` (its own condition, else its group's), or None.

    A question can hold one condition: the innermost is kept and the others are noted.
    """
    own = (item.elem.get("bind") or {}).get("relevant")
    conditions = [*item.conditions, *([(str(own), "")] if own else [])]
    if not conditions:
        return None
    *dropped, (expr, group) = conditions
    for other, other_group in dropped:
        ctx.note(
            "xlsform_group_relevant_dropped",
            field=item.name,
            expression=norm(other),
            group=other_group,
        )
    rule = _relevant(ctx, expr, item)
    if rule is None and group:
        ctx.note(
            "xlsform_group_relevant_unsupported",
            field=item.name,
            expression=norm(expr),
            group=group,
        )
    elif rule is None:
        ctx.note("xlsform_relevant_unsupported", field=item.name, expression=norm(expr))
    return rule


def _relevant(ctx: Context, expr: str, item: Item) -> Rule | None:
    alternatives = split_top(strip_parens(norm(expr)), _OR)
    if len(alternatives) == 1:
        return _atom(ctx, alternatives[0], item)
    target: str | None = None
    values: list[Any] = []
    for part in alternatives:
        rule = _atom(ctx, part, item)
        if rule is None or ("equals" not in rule and "in" not in rule):
            return None
        if target is not None and rule["field"] != target:
            return None
        target = rule["field"]
        values.extend([rule["equals"]] if "equals" in rule else rule["in"])
    return {"field": target, "in": values}


def _atom(ctx: Context, expr: str, item: Item) -> Rule | None:
    expr = strip_parens(expr)
    args = call(expr, "not")
    if args is not None:
        return _negation(ctx, args, item)
    args = call(expr, "selected")
    if args is not None:
        return _selected(ctx, args, item)
    return _compared(ctx, expr, item)


def _negation(ctx: Context, args: list[str], item: Item) -> Rule | None:
    rule = _atom(ctx, args[0], item) if len(args) == 1 else None
    if rule is None:
        return None
    if "filled" in rule:
        return {"field": rule["field"], "filled": not rule["filled"]}
    if "equals" in rule:
        return {"field": rule["field"], "not_equals": rule["equals"]}
    if "in" in rule and len(rule["in"]) == 1:
        return {"field": rule["field"], "not_equals": rule["in"][0]}
    return None


def _selected(ctx: Context, args: list[str], item: Item) -> Rule | None:
    """``selected(${f}, 'v')``: "v is chosen", for a select_one as for a select_many."""
    if len(args) != 2:
        return None
    ref, value = _ref(ctx, args[0], item), literal(args[1])
    if ref is None or value is NO_LITERAL:
        return None
    value = _value_for(ctx, ref, value)
    if ref.type == "select_many":
        return {"field": ref.id, "in": [value]}
    return {"field": ref.id, "equals": value}


def _compared(ctx: Context, expr: str, item: Item) -> Rule | None:
    found = comparison(expr)
    if found is None:
        return None
    left, op, right = found
    length_args = call(left, "string-length")
    if length_args is not None and len(length_args) == 1:
        return _filled_by_length(ctx, length_args[0], op, right, item)
    if ref_name(left) is None and ref_name(right) is not None:
        left, right, op = right, left, FLIP[op]
    ref, value = _ref(ctx, left, item), literal(right)
    if ref is None or value is NO_LITERAL or op not in ("=", "!="):
        return None
    if value == "":
        return {"field": ref.id, "filled": op == "!="}
    return {"field": ref.id, "equals" if op == "=" else "not_equals": _value_for(ctx, ref, value)}


def _filled_by_length(ctx: Context, arg: str, op: str, right: str, item: Item) -> Rule | None:
    ref = _ref(ctx, arg, item)
    if ref is None or number(right) != 0:
        return None
    if op in (">", "!="):
        return {"field": ref.id, "filled": True}
    if op == "=":
        return {"field": ref.id, "filled": False}
    return None


def _ref(ctx: Context, text: str, item: Item) -> Item | None:
    name = ref_name(text)
    return ctx.resolve(name, item) if name else None


def _value_for(ctx: Context, ref: Item, value: Any) -> Any:
    """A literal of an expression as the value stored for question ``ref``."""
    if ref.type in SELECT_TYPES:
        values = ctx.choices.values(ref.list_name, ref.raw_choices)
        return values.get(str(value), str(value))
    if ref.type in NUMBER_TYPES:
        found = number(value)
        return value if found is None else found
    word = str(value).strip().lower()
    if ref.type == "boolean" and word in _TRUE_WORDS | _FALSE_WORDS:
        return word in _TRUE_WORDS
    return str(value)


# --------------------------------------------------------------------------- calculate


def between(ctx: Context, expr: str, item: Item) -> Rule | None:
    """The computed rule of a "between" calculation such as ``if(${age} >= 18 and ...)``."""
    expr = strip_parens(norm(expr))
    args = call(expr, "if")
    if args is not None:
        if len(args) != 3 or not _is(args[1], _TRUE_WORDS) or not _is(args[2], _FALSE_WORDS):
            return None
        expr = strip_parens(args[0])
    found = _bounds(expr)
    if found is None:
        return None
    ref = ctx.resolve(found[0], item)
    if ref is None or ref.type not in NUMBER_TYPES:
        return None
    return {"op": "between", "field": ref.id, **found[1]}


def _is(text: str, words: frozenset[str]) -> bool:
    value = literal(text)
    return str(text if value is NO_LITERAL else value).strip().lower() in words


def _bounds(expr: str) -> tuple[str, dict[str, int | float]] | None:
    """``(name, {"min": n, "max": m})`` for ``${name} >= n and ${name} <= m`` (either part)."""
    target: str | None = None
    bounds: dict[str, int | float] = {}
    for clause in split_top(expr, _AND):
        found = comparison(strip_parens(clause))
        if found is None:
            return None
        left, op, right = found
        if ref_name(left) is None:
            left, right, op = right, left, FLIP[op]
        name, value = ref_name(left), number(right)
        if name is None or value is None or op not in (">=", "<="):
            return None
        if target is not None and name != target:
            return None
        target = name
        bounds["min" if op == ">=" else "max"] = value
    return (target, bounds) if target is not None else None


# --------------------------------------------------------------------------- constraint


def constraint_options(ctx: Context, expr: str, item: Item) -> dict[str, Any]:
    """The options (min, max, pattern...) expressing ``item``'s constraint ``expr``."""
    expr = strip_parens(norm(expr))
    if len(split_top(expr, _OR)) > 1:
        ctx.note("xlsform_constraint_unsupported", field=item.name, expression=expr)
        return {}
    options: dict[str, Any] = {}
    for clause in split_top(expr, _AND):
        found = _clause(ctx, strip_parens(clause), item)
        if found is None:
            ctx.note("xlsform_constraint_unsupported", field=item.name, expression=clause)
        else:
            options.update(found)
    return options


def _clause(ctx: Context, clause: str, item: Item) -> dict[str, Any] | None:
    args = call(clause, "regex")
    if args is not None:
        return _pattern(args, item.type)
    found = comparison(clause)
    if found is None:
        return None
    left, op, right = found
    if left != "." and call(left, "string-length") is None:
        left, right, op = right, left, FLIP[op]
    length_args = call(left, "string-length")
    if length_args is not None:
        size = number(right)
        if length_args != ["."] or not isinstance(size, int) or item.type not in TEXT_TYPES:
            return None
        return _length_bounds(op, size)
    if left != ".":
        return None
    if item.type in NUMBER_TYPES:
        return _number_bound(op, right, item.type)
    if item.type == "date":
        return _date_bound(ctx, op, right, item)
    return None


def _pattern(args: list[str], ftype: str) -> dict[str, Any] | None:
    if len(args) != 2 or args[0] != "." or ftype not in TEXT_TYPES:
        return None
    pattern = literal(args[1])
    if not isinstance(pattern, str):
        return None
    try:
        re.compile(pattern)
    except re.error:
        return None
    return {"pattern": pattern}


def _length_bounds(op: str, size: int) -> dict[str, int] | None:
    if op == "<=" and size >= 1:
        return {"max_length": size}
    if op == "<" and size >= 2:
        return {"max_length": size - 1}
    if op == ">=" and size >= 0:
        return {"min_length": size}
    if op == ">" and size >= 0:
        return {"min_length": size + 1}
    if op == "=" and size >= 1:
        return {"min_length": size, "max_length": size}
    return None


def _number_bound(op: str, right: str, ftype: str) -> dict[str, Any] | None:
    value = number(right)
    if value is None:
        return None
    if op in (">", "<") and ftype == "integer" and isinstance(value, int):
        op, value = (">=", value + 1) if op == ">" else ("<=", value - 1)
    if op == ">=":
        return {"min": value}
    if op == "<=":
        return {"max": value}
    return None


def _date_bound(ctx: Context, op: str, right: str, item: Item) -> dict[str, Any] | None:
    if op == "<=" and right.replace(" ", "") == "today()":
        return {"not_future": True}
    ref = _ref(ctx, right, item) if op == ">=" else None
    if ref is not None and ref.type == "date":
        return {"not_before": ref.id}
    return None
