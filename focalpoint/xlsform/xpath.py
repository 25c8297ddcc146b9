"""XPath reading: the small pieces of XLSForm expressions the conversion understands.

These helpers split, unwrap and recognise parts of an expression (``${name}`` references,
quoted strings, numbers, ``f(...)`` calls, comparisons) without evaluating anything.
"""

from __future__ import annotations

import re
from typing import Any

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_REF = re.compile(r"\$\{\s*([A-Za-z_][\w.\-]*)\s*\}|(?:\.\./)+([A-Za-z_][\w.\-]*)")
_COMPARISON = re.compile(r"!=|>=|<=|=|>|<")

# The operator seen from the other side: ``5 < .`` is ``. > 5``.
FLIP = {">=": "<=", "<=": ">=", ">": "<", "<": ">", "=": "=", "!=": "!="}
# What ``literal`` returns for text that is neither a quoted string nor a number.
NO_LITERAL: Any = object()


def norm(expr: object) -> str:
    """``expr`` with runs of white space made single spaces."""
    return " ".join(str(expr).split())


def _mask(expr: str) -> str:
    """``expr`` with quoted text and parenthesised content blanked, same length."""
    out: list[str] = []
    depth = 0
    quote: str | None = None
    for ch in expr:
        if quote is not None:
            out.append("\0")
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            out.append("\0")
        elif ch == "(":
            depth += 1
            out.append("(" if depth == 1 else "\0")
        elif ch == ")":
            depth -= 1
            out.append(")" if depth == 0 else "\0")
        else:
            out.append(ch if depth == 0 else "\0")
    return "".join(out)


def _closing(expr: str, open_at: int) -> int:
    """Index of the parenthesis closing the one at ``open_at`` (-1 if unbalanced)."""
    depth = 0
    quote: str | None = None
    for i in range(open_at, len(expr)):
        ch = expr[i]
        if quote is not None:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def strip_parens(expr: str) -> str:
    """``expr`` without the parentheses that enclose all of it: ``((a = 1))`` -> ``a = 1``."""
    expr = expr.strip()
    while expr.startswith("(") and _closing(expr, 0) == len(expr) - 1:
        expr = expr[1:-1].strip()
    return expr


def split_top(expr: str, separator: str) -> list[str]:
    """Split ``expr`` on the regex ``separator`` where it occurs outside quotes and parens."""
    parts: list[str] = []
    start = 0
    for match in re.finditer(separator, _mask(expr)):
        parts.append(expr[start : match.start()].strip())
        start = match.end()
    parts.append(expr[start:].strip())
    return parts


def call(expr: str, name: str) -> list[str] | None:
    """The arguments of ``name(...)`` when ``expr`` is exactly that call, else None."""
    match = re.match(rf"{re.escape(name)}\s*\(", expr)
    if match is None:
        return None
    open_at = match.end() - 1
    if _closing(expr, open_at) != len(expr) - 1:
        return None
    return split_top(expr[open_at + 1 : -1], r"\s*,\s*")


def comparison(expr: str) -> tuple[str, str, str] | None:
    """``(left, operator, right)`` for the first top-level comparison in ``expr``."""
    match = _COMPARISON.search(_mask(expr))
    if match is None:
        return None
    left, right = expr[: match.start()].strip(), expr[match.end() :].strip()
    if not left or not right:
        return None
    return left, match.group(), right


def ref_name(text: str) -> str | None:
    """The question name of a ``${name}`` (or ``../name``) reference, else None."""
    match = _REF.fullmatch(text.strip())
    if match is None:
        return None
    return match.group(1) or match.group(2)


def literal(text: str) -> Any:
    """A quoted string or a number literal, else ``NO_LITERAL``."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"" and text[0] not in text[1:-1]:
        return text[1:-1]
    value = number(text)
    return NO_LITERAL if value is None else value


def number(text: object) -> int | float | None:
    """The int or float written in ``text``, else None."""
    text = str(text).strip()
    if not _NUMBER.fullmatch(text):
        return None
    return float(text) if "." in text else int(text)
