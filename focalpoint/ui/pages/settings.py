"""Paramètres: language, the author's name on records, where the data and the log are, and the
protection of the data (lock delay, passphrase, backups, panic wipe)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from focalpoint import protection, services
from focalpoint.domain.formatting import format_datetime
from focalpoint.ui.errors import show_error
from focalpoint.ui.lock_dialogs import NewPassphraseDialog, run_off_thread
from focalpoint.ui.session import lock_minutes

if TYPE_CHECKING:
    from focalpoint.ui.main_window import MainWindow


class SettingsPage(QWidget):
    """The laptop's settings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Paramètres"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if window.lang == "fr" else 1)
        self.language.currentIndexChanged.connect(self.change_language)
        self.author = QLineEdit(self)
        self.author.setPlaceholderText(self.tr("ex. Aminata Maïga (PF Gao)"))
        self.save_author = QPushButton(self.tr("Enregistrer le nom"), self)
        self.save_author.clicked.connect(self.store_author)
        form.addRow(self.tr("Langue"), self.language)
        form.addRow(self.tr("Nom de l'auteur des fiches"), self.author)
        form.addRow("", self.save_author)
        self.demo_button = QPushButton(self.tr("Créer les données de démonstration"), self)
        self.demo_button.setToolTip(
            self.tr("150 activités et 600 incidents fictifs, seulement si aucune fiche n'existe")
        )
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_result = QLabel(self)
        form.addRow(self.tr("Démonstration"), self.demo_button)
        form.addRow("", self.demo_result)
        form.addRow(self.tr("Dossier des données"), QLabel(str(window.data_dir.root), self))
        form.addRow(self.tr("Journal"), QLabel(str(window.data_dir.log_file), self))
        layout.addLayout(form)
        layout.addWidget(self._build_protection(window))
        layout.addStretch(1)
        window.runner.run(services.current_author, on_done=self.author.setText)
        self.show_backups()

    def _build_protection(self, window: MainWindow) -> QGroupBox:
        box = QGroupBox(self.tr("Sécurité des données"), self)
        form = QFormLayout(box)
        encrypted = protection.folder_state(window.data_dir) == protection.ENCRYPTED
        self.encryption = QLabel(
            self.tr("Chiffrées sur cet ordinateur (phrase secrète)")
            if encrypted
            else self.tr("Non chiffrées : données de démonstration seulement"),
            box,
        )
        form.addRow(self.tr("Données"), self.encryption)
        self.lock_delay = QSpinBox(box)
        self.lock_delay.setRange(0, 240)
        self.lock_delay.setSuffix(self.tr(" min"))
        self.lock_delay.setSpecialValueText(self.tr("jamais"))
        self.lock_delay.setValue(lock_minutes(window.settings))
        self.lock_delay.setEnabled(encrypted)
        self.lock_delay.valueChanged.connect(self.store_lock_delay)
        form.addRow(self.tr("Verrouiller après"), self.lock_delay)
        self.change_button = QPushButton(self.tr("Changer la phrase secrète…"), box)
        self.change_button.setEnabled(encrypted)
        self.change_button.clicked.connect(self.change_passphrase)
        self.passphrase_result = QLabel(box)
        form.addRow(self.tr("Phrase secrète"), self.change_button)
        form.addRow("", self.passphrase_result)
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"), box)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_state = QLabel(box)
        self.backup_state.setWordWrap(True)
        form.addRow(self.tr("Sauvegardes"), self.backup_button)
        form.addRow("", self.backup_state)
        self.wipe_button = QPushButton(self.tr("Effacer toutes les données…"), box)
        self.wipe_button.setObjectName("dangerButton")
        self.wipe_button.setToolTip(
            self.tr(
                "En cas de danger : détruit en quelques secondes tout ce qui est sur cet ordinateur"
            )
        )
        self.wipe_button.clicked.connect(self.wipe)
        form.addRow(self.tr("Urgence"), self.wipe_button)
        return box

    def store_lock_delay(self, minutes: int) -> None:
        """Keep the idle delay before the automatic lock (0: never) and apply it now."""
        self.window_.settings.setValue("lock_minutes", minutes)
        if self.window_.session is not None:
            self.window_.session.restart_idle_timer(minutes)

    def show_backups(self) -> None:
        """Say how many backups exist and when the newest was made."""
        found = protection.list_backups(self.window_.data_dir)
        if not found:
            self.backup_state.setText(self.tr("Aucune sauvegarde pour l'instant."))
            return
        self.backup_state.setText(
            self.tr("%n sauvegarde(s) ; la dernière le %1.", "", len(found)).replace(
                "%1", format_datetime(found[0].made, self.window_.lang)
            )
        )

    def backup_now(self) -> None:
        """Make a backup now, off the GUI thread."""
        self.backup_button.setEnabled(False)

        def done(_backup: Any) -> None:
            self.backup_button.setEnabled(True)
            self.show_backups()

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            show_error(self, error)

        self.window_.runner.run(protection.backup_now, on_done=done, on_error=failed)

    def change_passphrase(self) -> None:
        """Ask for the current and the new passphrase, then rewrap the key off the GUI thread."""
        dialog = NewPassphraseDialog(self, ask_old=True)
        data_dir = self.window_.data_dir

        def chosen(new: str, confirmation: str) -> None:
            old = dialog.old.text() if dialog.old is not None else ""

            def done(_result: Any, error: BaseException | None) -> None:
                if error is not None:
                    show_error(self, error)
                else:
                    self.passphrase_result.setText(self.tr("Phrase secrète changée."))

            run_off_thread(
                self,
                lambda: protection.change_passphrase(data_dir, old, new, confirmation),
                done,
            )

        dialog.chosen.connect(chosen)
        self.passphrase_dialog = dialog
        dialog.open()

    def wipe(self) -> None:
        """The panic wipe (after one confirmation)."""
        if self.window_.session is not None:
            self.window_.session.wipe(parent=self)

    def store_author(self) -> None:
        """Save the author's name (written on every new record)."""
        name = self.author.text().strip()
        self.window_.runner.run(lambda ws: services.set_setting(ws, "author", name))

    def load_demo(self) -> None:
        """Fill an empty data folder with the demo data set, off the GUI thread."""

        def done(report: services.DemoReport) -> None:
            if report.existing:
                self.demo_result.setText(
                    self.tr("Rien à faire : %n fiche(s) existent déjà.", "", report.existing)
                )
            else:
                self.demo_result.setText(
                    self.tr("Créées : %1 activités et %2 incidents.")
                    .replace("%1", str(report.activities))
                    .replace("%2", str(report.incidents))
                )
                self.window_.data_changed.emit(report.changes)

        self.window_.runner.run_long(
            lambda ws, ctx: services.load_demo(ws, progress=ctx.progress),
            label=self.tr("Création des données de démonstration…"),
            on_done=done,
        )

    def change_language(self) -> None:
        """Switch the app's language now (the window is rebuilt in the new language)."""
        lang = self.language.currentData()
        self.window_.settings.setValue("language", lang)
        self.window_.switch_language(lang)
