"""Survey walk: pyxform's survey tree turned into sections of kept questions.

A top-level group becomes a section and questions outside any group go into a section
``general``; nested groups are flattened into their section (their relevant is passed on to
their questions). A repeat keeps its questions as columns; a repeat inside a repeat is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from focalpoint.xlsform.columns import unread_columns
from focalpoint.xlsform.context import Context, Item
from focalpoint.xlsform.expressions import SELECT_TYPES, between
from focalpoint.xlsform.names import slug
from focalpoint.xlsform.question_types import field_type
from focalpoint.xlsform.xpath import norm

Conditions = tuple[tuple[str, str], ...]


@dataclass(eq=False)
class SectionDraft:
    """A future section: its group (None for ``general``) and its kept questions."""

    group: Mapping[str, Any] | None
    items: list[Item] = field(default_factory=list)

    @property
    def name(self) -> str | None:
        """The group's XLSForm name, None for ``general``."""
        return None if self.group is None else str(self.group.get("name", ""))


def collect(survey: Mapping[str, Any], ctx: Context) -> list[SectionDraft]:
    """The sections of the survey with their questions, in order; calculations resolved."""
    sections: list[SectionDraft] = []
    general: SectionDraft | None = None
    for elem in survey.get("children", ()):
        if _is_auto_meta(elem):
            continue
        if elem.get("type") == "group":
            section = SectionDraft(group=elem)
            sections.append(section)
            _group_columns(ctx, elem)
            children = elem.get("children", ())
            _walk(ctx, children, section.items, None, _condition(elem), str(section.name))
            continue
        if general is None:
            general = SectionDraft(group=None)
            sections.append(general)
        _walk(ctx, [elem], general.items, None, (), "general")
    _resolve_calculations(sections, ctx)
    return sections


def _is_auto_meta(elem: Mapping[str, Any]) -> bool:
    """The ``meta`` group pyxform adds on its own (instanceID)."""
    control = elem.get("control") or {}
    return (
        elem.get("type") == "group" and elem.get("name") == "meta" and bool(control.get("bodyless"))
    )


def _condition(group: Mapping[str, Any]) -> Conditions:
    relevant = (group.get("bind") or {}).get("relevant")
    return ((str(relevant), str(group.get("name", ""))),) if relevant else ()


def _group_columns(ctx: Context, group: Mapping[str, Any]) -> None:
    for column in unread_columns(group):
        ctx.note("xlsform_group_column_ignored", group=group.get("name", ""), column=column)


def _walk(
    ctx: Context,
    elements: Iterable[Mapping[str, Any]],
    out: list[Item],
    repeat: Item | None,
    conditions: Conditions,
    where: str,
) -> None:
    """Append to ``out`` the questions kept among ``elements`` and the groups they hold.

    ``where`` names the section or repeat they go into.
    """
    for elem in elements:
        kind = elem.get("type")
        if kind == "group":
            ctx.note("xlsform_group_flattened", group=elem.get("name", ""), parent=where)
            _group_columns(ctx, elem)
            _walk(ctx, elem.get("children", ()), out, repeat, conditions + _condition(elem), where)
        elif kind == "repeat":
            _repeat(ctx, elem, out, repeat, conditions)
        elif kind == "loop":
            ctx.note("xlsform_loop_skipped", field=elem.get("name", ""))
        else:
            ftype = field_type(elem, ctx.notes)
            if ftype is not None:
                out.append(_new_item(ctx, elem, ftype, repeat, conditions))


def _repeat(
    ctx: Context,
    elem: Mapping[str, Any],
    out: list[Item],
    outer: Item | None,
    conditions: Conditions,
) -> None:
    name = str(elem.get("name", ""))
    if outer is not None:
        count = _count_questions(elem)
        ctx.note("xlsform_nested_repeat", field=name, repeat=outer.name, count=count)
        return
    item = _new_item(ctx, elem, "repeat", None, conditions)
    _walk(ctx, elem.get("children", ()), item.children, item, (), name)
    if not item.children:
        ctx.note("xlsform_repeat_empty", field=name)
        ctx.forget(item)
        return
    out.append(item)


def _count_questions(elem: Mapping[str, Any]) -> int:
    children = elem.get("children")
    if not children:
        return 1
    return sum(_count_questions(child) for child in children)


def _new_item(
    ctx: Context,
    elem: Mapping[str, Any],
    ftype: str,
    repeat: Item | None,
    conditions: Conditions,
) -> Item:
    name = str(elem.get("name", ""))
    field_id = ctx.new_id(slug(name))
    if field_id != name:
        ctx.note("xlsform_name_changed", field=name, id=field_id)
    item = Item(elem=elem, id=field_id, type=ftype, repeat=repeat, conditions=conditions)
    ctx.declare(item)
    if ftype in SELECT_TYPES:
        ctx.choices.count_use(item.list_name)
    return item


def _resolve_calculations(sections: Iterable[SectionDraft], ctx: Context) -> None:
    """Convert every calculation now, so that references to a dropped one do not resolve."""
    for item in (i for s in sections for top in s.items for i in (top, *top.children)):
        if item.type != "calculate":
            continue
        expr = str((item.elem.get("bind") or {}).get("calculate", ""))
        item.calculation = between(ctx, expr, item)
        if item.calculation is None:
            ctx.note("xlsform_calculate_unsupported", field=item.name, expression=norm(expr))
            ctx.forget(item)
