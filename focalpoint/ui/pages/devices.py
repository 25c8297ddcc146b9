"""Appareils (secretariat only): the laptops of the network, enrolment, revocation, regions,
and publishing a form version.

The list comes from the server (``desk.list_devices``, off the GUI thread); offline, the page
shows the last list fetched and when. An enrolment shows the new token once, with its QR
code, and never again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint import desk
from focalpoint.domain.formatting import format_number
from focalpoint.domain.locations import Locations
from focalpoint.domain.messages import message
from focalpoint.ui.desk_text import days_since, moment_text, regions_text, role_text, since_text
from focalpoint.ui.errors import error_text, show_error, show_notice
from focalpoint.ui.models.headed import HeadedTableModel
from focalpoint.ui.widgets import LazyPage

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
DeviceNameRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = 7
COL_NAME, COL_ROLE, COL_REGIONS, COL_SYNC, COL_WAITING, COL_VERSION, COL_REVOKED = range(COLUMNS)
REVOKED_COLOUR = QColor("#8a8a8a")
SILENT_COLOUR = QColor("#b35c00")  # not synced for more than desk.STALE_DAYS days


class DevicesModel(HeadedTableModel):
    """The laptops: name, role, regions, last sync, records waiting, app version, revoked."""

    def __init__(self, locations: Locations | None, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[desk.DeviceRow] = []
        self.locations = locations
        self.lang = lang
        self.headers = [
            self.tr("Nom"),
            self.tr("Rôle"),
            self.tr("Régions"),
            self.tr("Dernière synchronisation"),
            self.tr("En attente"),
            self.tr("Version"),
            self.tr("Révoqué"),
        ]

    def set_rows(self, rows: list[desk.DeviceRow]) -> None:
        """Replace every row (active laptops first, by name)."""
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda d: (d.revoked_at is not None, d.name.casefold()))
        self.endResetModel()

    def device(self, row: int) -> desk.DeviceRow:
        """The laptop at ``row``."""
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        device = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(device, index.column())
        if role == DeviceNameRole:
            return device.name
        if role == Qt.ItemDataRole.ForegroundRole and device.revoked_at:
            return REVOKED_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_SYNC:
            days = days_since(device.last_sync_at or device.created_at)
            return SILENT_COLOUR if days is not None and days > desk.STALE_DAYS else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_SYNC:
            return moment_text(device.last_sync_at, self.lang) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_WAITING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, device: desk.DeviceRow, column: int) -> str:
        if column == COL_NAME:
            return device.name
        if column == COL_ROLE:
            return role_text(device.role)
        if column == COL_REGIONS:
            codes = ["*"] if device.role == desk.SECRETARIAT else device.regions
            return regions_text(codes, self.locations)
        if column == COL_SYNC:
            return since_text(device.last_sync_at)
        if column == COL_WAITING:
            return "" if device.waiting is None else format_number(device.waiting, self.lang)
        if column == COL_VERSION:
            return device.app_version
        return moment_text(device.revoked_at, self.lang) if device.revoked_at else ""


class RegionList(QListWidget):
    """The regions of the reference list, each with a check box."""

    def __init__(self, locations: Locations, checked: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        for region in locations.regions:
            item = QListWidgetItem(region.name, self)
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if region.code in checked else Qt.CheckState.Unchecked
            )
        self.setMinimumHeight(160)

    def codes(self) -> list[str]:
        """The codes of the regions checked."""
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        """Check exactly ``codes``."""
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in codes
                else Qt.CheckState.Unchecked
            )


Submit = Callable[["EnrolDialog"], None]


class EnrolDialog(QDialog):
    """Name, role and regions of a new laptop; « Enrôler » asks the server (the dialog stays
    open, with the French message, if it refuses)."""

    def __init__(self, locations: Locations, submit: Submit, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrôler un appareil"))
        self._submit = submit
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("ex. gao-2"))
        self.name.setMaxLength(64)
        self.role = QComboBox(self)
        self.role.addItem(role_text(desk.FOCAL_POINT), desk.FOCAL_POINT)
        self.role.addItem(role_text(desk.SECRETARIAT), desk.SECRETARIAT)
        self.regions = RegionList(locations, [], self)
        self.all_regions = QLabel(self.tr("Le secrétariat voit toutes les régions."), self)
        self.all_regions.setObjectName("hint")
        self.all_regions.hide()
        self.role.currentIndexChanged.connect(self._role_changed)
        form = QFormLayout()
        form.addRow(self.tr("Nom de l'appareil"), self.name)
        form.addRow(self.tr("Rôle"), self.role)
        form.addRow(self.tr("Régions"), self.regions)
        form.addRow("", self.all_regions)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Enrôler"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _role_changed(self) -> None:
        secretariat = self.role.currentData() == desk.SECRETARIAT
        self.regions.setEnabled(not secretariat)
        self.all_regions.setVisible(secretariat)

    def chosen(self) -> tuple[str, str, list[str]]:
        """(name, role, region codes) as filled in."""
        role = str(self.role.currentData())
        regions = [] if role == desk.SECRETARIAT else self.regions.codes()
        return self.name.text().strip(), role, regions

    def submit(self) -> None:
        """Ask the server (through the page); the page closes the dialog when it is done."""
        self.ok_button.setEnabled(False)
        self._submit(self)

    def failed(self) -> None:
        """The server refused: let the person correct and try again."""
        self.ok_button.setEnabled(True)


class TokenDialog(QDialog):
    """The new laptop's token, shown this once: selectable text, its QR code, a warning."""

    def __init__(self, enrolment: desk.Enrolment, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jeton de %s") % enrolment.device.name)
        warning = QLabel(
            self.tr(
                "Ce jeton ne sera plus jamais affiché. Transmettez-le maintenant au point "
                "focal (ou scannez le QR code depuis l'ordinateur à relier), puis fermez "
                "cette fenêtre. Perdu, il faudra révoquer l'appareil et en enrôler un nouveau."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setObjectName("warning")
        warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.token = QLineEdit(enrolment.token, self)
        self.token.setReadOnly(True)
        self.token.setMinimumWidth(420)
        self.token.setStyleSheet("font-family: monospace;")
        self.token.selectAll()
        copy = QPushButton(self.tr("Copier"), self)
        copy.clicked.connect(self.copy_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        token_row.addWidget(copy)
        server = QLabel(enrolment.server_url, self)
        server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        if enrolment.qr_png and pixmap.loadFromData(enrolment.qr_png, "PNG"):
            side = max(220, min(pixmap.width(), 320))
            self.qr.setPixmap(
                pixmap.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )
        self.qr.setAccessibleName(self.tr("QR code d'enrôlement"))
        form = QFormLayout()
        form.addRow(self.tr("Appareil"), QLabel(enrolment.device.name, self))
        form.addRow(self.tr("Serveur"), server)
        form.addRow(self.tr("Jeton"), token_row)
        done = QDialogButtonBox(self)
        done.addButton(self.tr("J'ai transmis le jeton"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.qr)
        layout.addWidget(done)
        self.finished.connect(lambda _r: self.token.clear())  # not left in the widget

    def copy_token(self) -> None:
        """Put the token on the clipboard."""
        QGuiApplication.clipboard().setText(self.token.text())


class RegionsDialog(QDialog):
    """Choose a laptop's new regions."""

    def __init__(self, device: desk.DeviceRow, locations: Locations, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Régions de %s") % device.name)
        self.regions = RegionList(locations, list(device.regions), self)
        note = QLabel(
            self.tr(
                "À sa prochaine synchronisation, l'appareil recevra toutes les fiches de ses "
                "nouvelles régions et ne verra plus celles des autres."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.regions)
        layout.addWidget(note)
        layout.addWidget(buttons)


class DevicesPage(LazyPage):
    """The laptops of the network and what the secretariat does with them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.fetched_at = ""
        self.online = False
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it here)
        self.model = DevicesModel(window.locations, window.lang, self)
        heading = QLabel(self.tr("Appareils"), self)
        heading.setObjectName("pageTitle")
        self.enrol_button = QPushButton(self.tr("Enrôler un appareil…"), self)
        self.revoke_button = QPushButton(self.tr("Révoquer…"), self)
        self.regions_button = QPushButton(self.tr("Changer les régions…"), self)
        self.refresh_button = QPushButton(self.tr("Actualiser"), self)
        self.publish_button = QPushButton(self.tr("Publier un formulaire…"), self)
        self.enrol_button.clicked.connect(self.open_enrol)
        self.revoke_button.clicked.connect(self.confirm_revoke)
        self.regions_button.clicked.connect(self.open_regions)
        self.refresh_button.clicked.connect(self.refresh)
        self.publish_button.clicked.connect(self.choose_form)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for button in (
            self.enrol_button,
            self.revoke_button,
            self.regions_button,
            self.refresh_button,
            self.publish_button,
        ):
            top.addWidget(button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REGIONS, QHeaderView.ResizeMode.Stretch)
        self.fetched = QLabel(self)
        self.fetched.setObjectName("hint")
        self.fetched.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fetched)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self._fetch_pending = True  # ask the server the first time the page shows
        self._select_after = ""

    # -- the list -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the cached list at once, then (first time) ask the server."""
        self.window_.runner.run(desk.cached_devices, on_done=self._cached)
        if self._fetch_pending:
            self._fetch_pending = False
            self.refresh()

    def _cached(self, cached: tuple[list[desk.DeviceRow], str]) -> None:
        self.mark_loaded()
        rows, fetched_at = cached
        if self.online and fetched_at <= self.fetched_at:
            return  # the server's answer arrived first
        self.fetched_at = fetched_at
        self.model.set_rows(rows)
        self._show_fetched()

    def refresh(self) -> None:
        """Ask the server for the list (off the GUI thread)."""
        self.refresh_button.setEnabled(False)
        self.window_.runner.run_network(
            lambda ws, _ctx: desk.list_devices(ws),
            label=self.tr("Liste des appareils…"),
            on_done=self._listed,
            on_error=self._offline,
        )

    def _listed(self, rows: list[desk.DeviceRow]) -> None:
        self.refresh_button.setEnabled(True)
        self.online = True
        self.model.set_rows(rows)
        if self._select_after:
            self.select(self._select_after)
            self._select_after = ""
        self._show_fetched()
        self.window_.runner.run(desk.cached_devices, on_done=self._fetched_time)

    def _fetched_time(self, cached: tuple[list[desk.DeviceRow], str]) -> None:
        self.fetched_at = cached[1]
        self._show_fetched()

    def _offline(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.online = False
        self._show_fetched(error)

    def _show_fetched(self, error: BaseException | None = None) -> None:
        lang = self.window_.lang
        if error is None and self.online:
            self.fetched.setText(
                self.tr("Liste à jour (%s).") % moment_text(self.fetched_at, lang)
                if self.fetched_at
                else self.tr("Liste à jour.")
            )
            return
        if self.fetched_at:
            text = self.tr("Hors connexion : liste du %s.") % moment_text(self.fetched_at, lang)
        else:
            text = self.tr("La liste n'a encore jamais été chargée depuis le serveur.")
        if error is not None:
            text += " " + error_text(error, lang)
        self.fetched.setText(text)

    def selected(self) -> desk.DeviceRow | None:
        """The laptop selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.device(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        """Select the laptop named ``name``."""
        for row, device in enumerate(self.model.rows):
            if device.name == name:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        device = self.selected()
        active = device is not None and not device.revoked_at
        self.revoke_button.setEnabled(active)
        self.regions_button.setEnabled(active and device.role != desk.SECRETARIAT)  # type: ignore[union-attr]

    def _changed(self, device: desk.DeviceRow, text: str) -> None:
        """After a change on the server: show it, then the list as the server has it now."""
        self.result.setText(text)
        self._select_after = device.name
        self.refresh()

    # -- enrol --------------------------------------------------------------------------------

    def open_enrol(self) -> EnrolDialog:
        """Open the enrolment dialog."""
        dialog = EnrolDialog(self.window_.locations, self.enrol, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def enrol(self, dialog: EnrolDialog) -> None:
        """Enrol the laptop described in ``dialog`` on the server; show its token once."""
        name, role, regions = dialog.chosen()
        self.window_.runner.run_network(
            lambda ws, _ctx: desk.enrol_device(ws, name, role, regions),
            label=self.tr("Enrôlement…"),
            on_done=lambda enrolment: self._enrolled(dialog, enrolment),
            on_error=lambda error: (dialog.failed(), show_error(dialog, error)),
        )

    def _enrolled(self, dialog: EnrolDialog, enrolment: desk.Enrolment) -> None:
        logger.info("device enrolled from the app")
        dialog.accept()
        token = TokenDialog(enrolment, self)
        self.dialog = token
        token.open()
        self._changed(enrolment.device, self.tr("Appareil « %s » enrôlé.") % enrolment.device.name)

    # -- revoke -------------------------------------------------------------------------------

    def confirm_revoke(self) -> QMessageBox | None:
        """Ask before revoking the selected laptop's token."""
        device = self.selected()
        if device is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Révoquer un appareil"))
        box.setText(
            self.tr(
                "Révoquer « %s » ? Son jeton sera refusé dès maintenant ; ce qu'il n'a pas "
                "encore envoyé restera sur l'ordinateur. Cela ne peut pas être annulé."
            )
            % device.name
        )
        revoke = box.addButton(self.tr("Révoquer"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: box.clickedButton() is revoke and self.revoke(device.name))
        self.dialog = box
        box.open()
        return box

    def revoke(self, name: str) -> None:
        """Revoke ``name`` on the server."""
        self.window_.runner.run_network(
            lambda ws, _ctx: desk.revoke_device(ws, name),
            label=self.tr("Révocation…"),
            on_done=lambda device: self._changed(
                device, self.tr("Appareil « %s » révoqué.") % device.name
            ),
            on_error=lambda error: show_error(self, error),
        )

    # -- regions ------------------------------------------------------------------------------

    def open_regions(self) -> RegionsDialog | None:
        """Choose new regions for the selected laptop."""
        device = self.selected()
        if device is None:
            return None
        dialog = RegionsDialog(device, self.window_.locations, self)
        dialog.accepted.connect(lambda: self.reassign(device.name, dialog.regions.codes()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def reassign(self, name: str, regions: list[str]) -> None:
        """Give ``name`` the regions ``regions`` on the server."""
        self.window_.runner.run_network(
            lambda ws, _ctx: desk.reassign_device(ws, name, regions),
            label=self.tr("Changement des régions…"),
            on_done=lambda device: self._changed(
                device,
                self.tr("Régions de « %1 » : %2.")
                .replace("%1", device.name)
                .replace("%2", regions_text(device.regions, self.window_.locations)),
            ),
            on_error=lambda error: show_error(self, error),
        )

    # -- forms --------------------------------------------------------------------------------

    def choose_form(self) -> None:
        """Pick a form file (.json or XLSForm .xlsx) and publish it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Publier un formulaire"),
            "",
            self.tr("Formulaires (*.json *.xlsx)"),
        )
        if path:
            self.publish(Path(path))

    def publish(self, path: Path) -> None:
        """Publish the form version in ``path``; laptops receive it at their next sync."""
        self.publish_button.setEnabled(False)
        self.window_.runner.run_network(
            lambda ws, _ctx: desk.publish_form(ws, path),
            label=self.tr("Publication du formulaire…"),
            on_done=self._published,
            on_error=lambda error: (self.publish_button.setEnabled(True), show_error(self, error)),
        )

    def _published(self, published: tuple[int, str, list[Any]]) -> None:
        self.publish_button.setEnabled(True)
        version, form_id, notes = published
        lang = self.window_.lang
        text = (
            self.tr(
                "Version %1 du formulaire « %2 » publiée : les ordinateurs la recevront à leur "
                "prochaine synchronisation."
            )
            .replace("%1", str(version))
            .replace("%2", form_id)
        )
        if notes:
            text += "\n" + self.tr("Remarques sur la conversion du XLSForm :")
            for code, params in notes:
                text += "\n• " + message(code, lang, **params)
        self.result.setText(text)
        self.dialog = show_notice(self, text)
