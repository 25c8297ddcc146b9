"""Paramètres: language, the author's name on records, where the data and the log are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint import services

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
        layout.addStretch(1)
        window.runner.run(services.current_author, on_done=self.author.setText)

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
