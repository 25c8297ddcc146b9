"""One input widget per field type, generated from the form JSON (no per-form widgets).

Every widget returns what was typed (text stays text: "trois" in a number field is kept, and
the domain's validation says what is wrong); ``domain.validation.prepare`` turns it into the
stored types when the record is checked or saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from focalpoint.domain.formatting import format_date, format_number
from focalpoint.domain.forms import Field
from focalpoint.domain.locations import Locations

PLACEHOLDERS = {"time": "hh:mm", "phone": "76 12 34 56", "integer": "0", "decimal": "0,0"}
AttachRequest = Callable[["AttachmentField"], None]


def _label(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("fr") or ""


class FieldWidget(QWidget):
    """Base: ``value()`` as typed, ``set_value()``, ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        """The value as typed (None when empty)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` (a stored value, or a previously typed one)."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus for this field."""
        return self


class TextField(FieldWidget):
    """text, integer, decimal, phone, time: one line, kept as typed."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = QLineEdit(self)
        if field.type in PLACEHOLDERS:
            self.edit.setPlaceholderText(PLACEHOLDERS[field.type])
        if field.max_length:
            self.edit.setMaxLength(field.max_length + 50)  # let the message say it, not truncate
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        if isinstance(value, float) and self.field.type == "decimal":
            text = format_number(value, self.lang, decimals=2).rstrip("0").rstrip(",.")
        else:
            text = "" if value is None else str(value)
        self.edit.setText(text)

    def focus_widget(self) -> QWidget:
        return self.edit


class LongTextField(FieldWidget):
    """long_text: several lines."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(90)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        return self.edit


class DateField(FieldWidget):
    """date: dd/mm/yyyy typed, or picked from a calendar."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.edit.setMaximumWidth(140)
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choisir dans le calendrier"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(lambda day: (self._pick(day), menu.close()))
        self._layout.addWidget(self.edit)
        self._layout.addWidget(self.button)
        self._layout.addStretch(1)

    def _pick(self, day: QDate) -> None:
        self.edit.setText(day.toString("dd/MM/yyyy"))

    def value(self) -> Any:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(format_date(value, self.lang) if isinstance(value, str) else "")

    def focus_widget(self) -> QWidget:
        return self.edit


class BooleanField(FieldWidget):
    """boolean: not answered / Oui / Non."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("—", None)
        self.combo.addItem(self.tr("Oui"), True)
        self.combo.addItem(self.tr("Non"), False)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)
        self._layout.addStretch(1)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(
            {True: 1, False: 2}.get(value, 0) if isinstance(value, bool) else 0
        )

    def focus_widget(self) -> QWidget:
        return self.combo


class SelectOneField(FieldWidget):
    """select_one: a drop-down list of the choices' labels."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("— Choisir —"), None)
        for choice in field.choices:
            self.combo.addItem(_label(choice.label, lang), choice.value)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo, 1)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value not in (None, ""):  # a value the form no longer lists: keep it
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class SelectManyField(FieldWidget):
    """select_many: one check box per choice, in two columns."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, choice in enumerate(field.choices):
            box = QCheckBox(_label(choice.label, lang), self)
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes[choice.value] = box
        self._layout.addLayout(grid, 1)

    def value(self) -> Any:
        return [v for v, box in self.boxes.items() if box.isChecked()] or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for v, box in self.boxes.items():
            box.setChecked(v in chosen)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class LocationField(FieldWidget):
    """location: région → cercle → commune from the reference list, locality typed freely."""

    def __init__(
        self, field: Field, lang: str, locations: Locations, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, parent)
        self.locations = locations
        self.region = QComboBox(self)
        self.cercle = QComboBox(self)
        self.commune = QComboBox(self)
        self.locality = QLineEdit(self)
        self.locality.setPlaceholderText(self.tr("Localité, quartier, village…"))
        self.region.addItem(self.tr("— Région —"), None)
        for region in locations.regions:
            self.region.addItem(region.name, region.code)
        self.region.currentIndexChanged.connect(self._fill_cercles)
        self.cercle.currentIndexChanged.connect(self._fill_communes)
        for widget in (self.region, self.cercle, self.commune):
            widget.currentIndexChanged.connect(self.changed)
        self.locality.textChanged.connect(self.changed)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.region, 0, 0)
        grid.addWidget(self.cercle, 0, 1)
        grid.addWidget(self.commune, 1, 0)
        grid.addWidget(self.locality, 1, 1)
        self._layout.addLayout(grid, 1)
        self._fill_cercles()

    def _fill_cercles(self) -> None:
        region = self.locations.region(self.region.currentData() or "")
        self.cercle.blockSignals(True)
        self.cercle.clear()
        self.cercle.addItem(self.tr("— Cercle —"), None)
        for cercle in region.cercles if region else ():
            self.cercle.addItem(cercle.name, cercle.code)
        self.cercle.setEnabled(region is not None)
        self.cercle.blockSignals(False)
        self._fill_communes()

    def _fill_communes(self) -> None:
        cercle = self.locations.cercle(
            self.region.currentData() or "", self.cercle.currentData() or ""
        )
        self.commune.blockSignals(True)
        self.commune.clear()
        self.commune.addItem(self.tr("— Commune —"), None)
        for commune in cercle.communes if cercle else ():
            self.commune.addItem(commune.name, commune.code)
        self.commune.setEnabled(bool(cercle and cercle.communes))
        self.commune.blockSignals(False)

    def value(self) -> Any:
        parts = {
            "region": self.region.currentData(),
            "cercle": self.cercle.currentData(),
            "commune": self.commune.currentData(),
            "localite": self.locality.text().strip() or None,
        }
        return {k: v for k, v in parts.items() if v} or None

    def set_value(self, value: Any) -> None:
        place = value if isinstance(value, Mapping) else {}
        for combo, key in (
            (self.region, "region"),
            (self.cercle, "cercle"),
            (self.commune, "commune"),
        ):
            combo.setCurrentIndex(max(combo.findData(place.get(key)), 0))
        self.locality.setText(str(place.get("localite") or ""))

    def focus_widget(self) -> QWidget:
        return self.region


class GpsField(FieldWidget):
    """gps: latitude and longitude in decimal degrees."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.lat = QLineEdit(self)
        self.lat.setPlaceholderText(self.tr("Latitude (ex. 16,27)"))
        self.lon = QLineEdit(self)
        self.lon.setPlaceholderText(self.tr("Longitude (ex. -0,04)"))
        for edit in (self.lat, self.lon):
            edit.textChanged.connect(self.changed)
            self._layout.addWidget(edit)

    def value(self) -> Any:
        lat, lon = self.lat.text().strip(), self.lon.text().strip()
        return {"lat": lat, "lon": lon} if lat or lon else None

    def set_value(self, value: Any) -> None:
        point = value if isinstance(value, Mapping) else {}
        self.lat.setText("" if point.get("lat") is None else str(point["lat"]).replace(".", ","))
        self.lon.setText("" if point.get("lon") is None else str(point["lon"]).replace(".", ","))

    def focus_widget(self) -> QWidget:
        return self.lat


class AttachmentField(FieldWidget):
    """attachment: files copied into the content-addressed store; the record keeps their hash."""

    def __init__(
        self, field: Field, lang: str, on_add: AttachRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, parent)
        self.items: list[dict[str, Any]] = []
        self.list = QListWidget(self)
        self.list.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("Ajouter un fichier…"), self)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.add_button.clicked.connect(lambda: on_add(self))
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self._layout.addWidget(self.list, 1)
        self._layout.addLayout(buttons)

    def add(self, attachment: Mapping[str, Any]) -> None:
        """Add a stored attachment (``{sha256, name, size, mime}``)."""
        self.items.append(dict(attachment))
        self._refresh()
        self.changed.emit()

    def _remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._refresh()
            self.changed.emit()

    def _refresh(self) -> None:
        self.list.clear()
        for item in self.items:
            size = format_number(max(1, round(int(item.get("size", 0)) / 1024)), self.lang)
            self.list.addItem(f"{item.get('name', '?')} ({size} Ko)")

    def value(self) -> Any:
        return list(self.items) or None

    def set_value(self, value: Any) -> None:
        self.items = [dict(v) for v in value] if isinstance(value, list) else []
        self._refresh()

    def focus_widget(self) -> QWidget:
        return self.add_button


class ComputedField(FieldWidget):
    """A computed value, shown read-only."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(True)
        self.edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout.addWidget(self.edit)
        self._value: Any = None

    def value(self) -> Any:
        return None  # computed by the form, never typed

    def set_value(self, value: Any) -> None:
        self._value = value
        text = (
            {True: self.tr("Oui"), False: self.tr("Non")}.get(value, "")
            if isinstance(value, bool)
            else str(value or "")
        )
        self.edit.setText(text)
