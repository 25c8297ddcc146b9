"""The form model: forms are data (``forms/*.json``) parsed into frozen dataclasses.

The JSON format is documented by ``forms/form.schema.json`` and ``docs/forms.md``. This module
only turns an already schema-valid mapping into objects and answers questions about it; it never
reads files (``store`` and ``services`` do) and never validates records (``validation`` does).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

FIELD_TYPES: tuple[str, ...] = (
    "text",
    "long_text",
    "integer",
    "decimal",
    "date",
    "time",
    "boolean",
    "select_one",
    "select_many",
    "phone",
    "location",
    "gps",
    "repeat",
    "attachment",
)
LOCATION_LEVELS: tuple[str, ...] = ("region", "cercle", "commune", "localite")
RELEVANT_OPS: tuple[str, ...] = ("equals", "not_equals", "in", "filled")
CALCULATE_OPS: tuple[str, ...] = ("between",)

Label = Mapping[str, str]


@dataclass(frozen=True)
class Choice:
    """One allowed value of a select field, with its label per language."""

    value: str
    label: Label


@dataclass(frozen=True)
class Relevant:
    """Show a field only when another field (a sibling in a repeat, else top level) matches.

    ``op`` is one of ``RELEVANT_OPS``; ``value`` is unused for ``filled``.
    """

    field: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class Calculation:
    """A computed value. ``between``: True when ``field`` is within [low, high], None if empty."""

    op: str
    field: str
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Field:
    """One question of a form. Options that do not apply to the type stay at their default."""

    id: str
    type: str
    label: Label
    hint: Label | None = None
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    choices: tuple[Choice, ...] = ()
    relevant: Relevant | None = None
    calculate: Calculation | None = None
    not_future: bool = False
    not_before: str | None = None
    fields: tuple[Field, ...] = ()
    min_count: int | None = None
    max_count: int | None = None
    levels: tuple[str, ...] = LOCATION_LEVELS

    @property
    def is_computed(self) -> bool:
        """True for a read-only field whose value the form computes."""
        return self.calculate is not None

    def choice_values(self) -> tuple[str, ...]:
        """The allowed values of a select field, in form order."""
        return tuple(c.value for c in self.choices)

    def choice_label(self, value: str, lang: str = "fr") -> str:
        """The label of ``value`` in ``lang`` (the value itself when it is not a choice)."""
        for choice in self.choices:
            if choice.value == value:
                return choice.label.get(lang) or choice.label.get("fr") or value
        return value

    def subfield(self, field_id: str) -> Field | None:
        """The column ``field_id`` of a repeat, or None."""
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass(frozen=True)
class Section:
    """A titled group of fields shown together."""

    id: str
    label: Label
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Form:
    """A versioned form definition.

    ``region_field`` names the location field whose region becomes the record's region;
    ``title_field`` and ``date_field`` name what lists show; ``list_columns`` the list columns;
    ``category_field`` the select field lists filter by (programme, domain).
    """

    id: str
    version: int
    title: Label
    sections: tuple[Section, ...]
    region_field: str
    title_field: str
    date_field: str
    list_columns: tuple[str, ...] = ()
    category_field: str | None = None
    definition: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def fields(self) -> tuple[Field, ...]:
        """Every top-level field, section after section."""
        return tuple(f for s in self.sections for f in s.fields)

    def field(self, field_id: str) -> Field | None:
        """The top-level field ``field_id``, or None."""
        return next((f for f in self.fields if f.id == field_id), None)

    def iter_fields(self) -> Iterator[tuple[Field | None, Field]]:
        """Every field with its parent repeat (None at top level), depth first."""
        for f in self.fields:
            yield None, f
            for sub in f.fields:
                yield f, sub

    def repeats(self) -> tuple[Field, ...]:
        """The repeat fields (participant lists) of the form."""
        return tuple(f for f in self.fields if f.type == "repeat")


def parse_form(definition: Mapping[str, Any]) -> Form:
    """Build a ``Form`` from a mapping already valid against ``forms/form.schema.json``.

    Named choice lists (``choice_lists`` + a field's ``choice_list``) are resolved here.
    Raises ``KeyError`` or ``ValueError`` only for a mapping that skipped schema validation.
    """
    lists = {
        name: tuple(_parse_choice(c) for c in choices)
        for name, choices in definition.get("choice_lists", {}).items()
    }
    sections = tuple(
        Section(
            id=s["id"],
            label=dict(s["label"]),
            fields=tuple(_parse_field(f, lists) for f in s["fields"]),
        )
        for s in definition["sections"]
    )
    return Form(
        id=definition["id"],
        version=int(definition["version"]),
        title=dict(definition["title"]),
        sections=sections,
        region_field=definition["region_field"],
        title_field=definition["title_field"],
        date_field=definition["date_field"],
        list_columns=tuple(definition.get("list_columns", ())),
        category_field=definition.get("category_field"),
        definition=definition,
    )


def _parse_choice(raw: Mapping[str, Any]) -> Choice:
    return Choice(value=str(raw["value"]), label=dict(raw["label"]))


def _parse_relevant(raw: Mapping[str, Any] | None) -> Relevant | None:
    if raw is None:
        return None
    for op in RELEVANT_OPS:
        if op in raw:
            return Relevant(field=raw["field"], op=op, value=raw[op])
    raise ValueError(f"relevant without an operator: {sorted(raw)}")


def _parse_calculation(raw: Mapping[str, Any] | None) -> Calculation | None:
    if raw is None:
        return None
    return Calculation(op=raw["op"], field=raw["field"], low=raw.get("min"), high=raw.get("max"))


def _parse_field(raw: Mapping[str, Any], lists: Mapping[str, Sequence[Choice]]) -> Field:
    choices: tuple[Choice, ...] = ()
    if "choices" in raw:
        choices = tuple(_parse_choice(c) for c in raw["choices"])
    elif "choice_list" in raw:
        choices = tuple(lists[raw["choice_list"]])
    return Field(
        id=raw["id"],
        type=raw["type"],
        label=dict(raw["label"]),
        hint=dict(raw["hint"]) if "hint" in raw else None,
        required=bool(raw.get("required", False)),
        minimum=raw.get("min"),
        maximum=raw.get("max"),
        min_length=raw.get("min_length"),
        max_length=raw.get("max_length"),
        pattern=raw.get("pattern"),
        choices=choices,
        relevant=_parse_relevant(raw.get("relevant")),
        calculate=_parse_calculation(raw.get("calculate")),
        not_future=bool(raw.get("not_future", False)),
        not_before=raw.get("not_before"),
        fields=tuple(_parse_field(f, lists) for f in raw.get("fields", ())),
        min_count=raw.get("min_count"),
        max_count=raw.get("max_count"),
        levels=tuple(raw.get("levels", LOCATION_LEVELS)),
    )
