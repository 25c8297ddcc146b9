"""Fields: a kept survey question turned into a focalpoint field definition.

Label and hint, required, choices, repeat columns and count, range bounds, constraint and
relevant are converted; a calculation this form cannot hold, an appearance and any other
column are noted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from focalpoint.xlsform.columns import unread_columns
from focalpoint.xlsform.context import Context, Item
from focalpoint.xlsform.expressions import SELECT_TYPES, constraint_options, relevant_rule
from focalpoint.xlsform.names import humanise
from focalpoint.xlsform.xpath import norm, number

Field = dict[str, Any]


def build_field(ctx: Context, item: Item) -> Field | None:
    """The field definition of ``item``, or None when nothing of it can be imported."""
    if item.type == "calculate":
        return _computed(ctx, item)
    columns = _columns(ctx, item) if item.type == "repeat" else []
    if item.type == "repeat" and not columns:
        return None
    out: Field = {"id": item.id, "type": item.type, **_texts(ctx, item)}
    bind = item.elem.get("bind") or {}
    if _required(ctx, item, bind.get("required")):
        out["required"] = True
    if item.type in SELECT_TYPES:
        out.update(_choices(ctx, item))
    if item.type == "repeat":
        out["fields"] = columns
        out.update(_repeat_count(ctx, item))
    if item.elem.get("type") == "range":
        out.update(_range_bounds(item.elem))
    if bind.get("constraint"):
        out.update(constraint_options(ctx, str(bind["constraint"]), item))
    if bind.get("calculate"):
        ctx.note("xlsform_calculation_ignored", field=item.name, expression=norm(bind["calculate"]))
    _relevant(ctx, item, out)
    _report_leftovers(ctx, item)
    return out


def _computed(ctx: Context, item: Item) -> Field | None:
    """A calculate question understood by ``expressions.between``: a computed boolean."""
    if item.calculation is None:
        return None
    out: Field = {"id": item.id, "type": "boolean", "label": _label(ctx, item)}
    out["calculate"] = item.calculation
    _relevant(ctx, item, out)
    for column in unread_columns(item.elem, with_appearance=True):
        ctx.note("xlsform_column_ignored", field=item.name, column=column)
    return out


def _columns(ctx: Context, item: Item) -> list[Field]:
    columns = [f for f in (build_field(ctx, child) for child in item.children) if f]
    if not columns:
        ctx.note("xlsform_repeat_empty", field=item.name)
    return columns


def _label(ctx: Context, item: Item) -> dict[str, str]:
    label = ctx.texts.get(item.elem.get("label"), item.name)
    if label is None:
        text = humanise(item.name)
        ctx.note("xlsform_label_missing", field=item.name, label=text)
        label = {"fr": text, "en": text}
    return label


def _texts(ctx: Context, item: Item) -> Field:
    out: Field = {"label": _label(ctx, item)}
    if item.elem.get("hint"):
        hint = ctx.texts.get(item.elem["hint"], f"{item.name} (hint)")
        if hint:
            out["hint"] = hint
    return out


def _required(ctx: Context, item: Item, raw: Any) -> bool:
    from pyxform.aliases import yes_no

    if raw in (None, ""):
        return False
    text = str(raw).strip()
    if text in yes_no:
        return bool(yes_no[text])
    ctx.note("xlsform_required_conditional", field=item.name, expression=norm(text))
    return False


def _choices(ctx: Context, item: Item) -> Field:
    option = ctx.choices.option(item.list_name, item.raw_choices)
    if item.elem.get("choice_filter"):
        expression = norm(item.elem["choice_filter"])
        ctx.note("xlsform_choice_filter_ignored", field=item.name, expression=expression)
    parameters = {k: v for k, v in (item.elem.get("parameters") or {}).items() if v}
    if parameters:
        shown = " ".join(f"{k}={v}" for k, v in parameters.items())
        ctx.note("xlsform_parameters_ignored", field=item.name, parameters=shown)
    return option


def _repeat_count(ctx: Context, item: Item) -> Field:
    count = (item.elem.get("control") or {}).get("jr:count")
    if not count:
        return {}
    value = number(count)
    if isinstance(value, int) and value >= 1:
        ctx.note("xlsform_repeat_count_max", field=item.name, count=value)
        return {"max_count": value}
    ctx.note("xlsform_repeat_count_unsupported", field=item.name, expression=norm(count))
    return {}


def _range_bounds(elem: Mapping[str, Any]) -> Field:
    params = elem.get("parameters") or {}
    low, high = (number(params.get(key, "")) for key in ("start", "end"))
    if low is not None and high is not None and low > high:
        low, high = high, low
    return {key: value for key, value in (("min", low), ("max", high)) if value is not None}


def _relevant(ctx: Context, item: Item, out: Field) -> None:
    rule = relevant_rule(ctx, item)
    if rule is not None:
        out["relevant"] = rule


def _report_leftovers(ctx: Context, item: Item) -> None:
    """Note the appearance (except ``multiline`` of a long text) and the unread columns."""
    appearance = str((item.elem.get("control") or {}).get("appearance", "")).split()
    ignored = [a for a in appearance if not (a == "multiline" and item.type == "long_text")]
    if ignored:
        ctx.note("xlsform_appearance_ignored", field=item.name, appearance=" ".join(ignored))
    for column in unread_columns(item.elem):
        ctx.note("xlsform_column_ignored", field=item.name, column=column)
