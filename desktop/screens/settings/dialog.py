"""Cài đặt: server address, interface language, scan folder and signing-token module.

Values are checked before anything is saved: a bad one is named and nothing changes. A field
left empty follows what IT set for the machine (``client.toml``), shown as its placeholder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import normalize_server_url
from desktop.i18n import LANGUAGE_NAMES
from desktop.screens.common import MessageLabel, set_form_labels
from desktop.settings import (
    LANGUAGE,
    LANGUAGES,
    SCAN_FOLDER,
    SERVER_URL,
    TOKEN_MODULE,
    Option,
    Settings,
)

PickFolder = Callable[[QWidget, str, str], str]
PickFile = Callable[[QWidget, str, str], str]


def _pick_folder(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def _pick_file(parent: QWidget, title: str, start: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, start)
    return chosen


def server_problem(url: str) -> str | None:
    """Why ``url`` is not a usable server address (untranslated key), or ``None``."""
    parts = urlsplit(normalize_server_url(url))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "server"
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return "server"
    return None


class SettingsDialog(QDialog):
    """Edits the user's settings; ``language_chosen`` tells the application to switch."""

    language_chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 pick_folder: PickFolder = _pick_folder, pick_file: PickFile = _pick_file,
                 ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._pick_folder, self._pick_file = pick_folder, pick_file
        self.server = QLineEdit()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.scan_folder, self.scan_browse = QLineEdit(), QPushButton()
        self.token_module, self.token_browse = QLineEdit(), QPushButton()
        self.scan_browse.clicked.connect(self._browse_scan_folder)
        self.token_browse.clicked.connect(self._browse_token_module)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        self._build()
        self._retranslate()
        self._load()

    def _build(self) -> None:
        self.form = QFormLayout()
        for field in (self.server, self.language,
                      self._with_button(self.scan_folder, self.scan_browse),
                      self._with_button(self.token_module, self.token_browse)):
            self.form.addRow(QLabel(), field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    @staticmethod
    def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        return row

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        set_form_labels(self.form, [self.tr("Server address"), self.tr("Language"),
                                    self.tr("Scan folder"), self.tr("Signing token module")])
        self.scan_browse.setText(self.tr("Choose…"))
        self.token_browse.setText(self.tr("Choose…"))
        self.server.setToolTip(self.tr("Used from the next sign-in."))
        self.scan_folder.setToolTip(self.tr("New PDFs the scanner saves here are offered for "
                                            "registration."))
        self.token_module.setToolTip(self.tr("The PKCS#11 library of the signing tokens "
                                             "(.dll, .so or .dylib), from the token's vendor."))
        self._show_inherited()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self._retranslate()
        super().changeEvent(event)

    def _show_inherited(self) -> None:
        none = self.tr("(none)")
        for edit, option in ((self.server, SERVER_URL), (self.scan_folder, SCAN_FOLDER),
                             (self.token_module, TOKEN_MODULE)):
            edit.setPlaceholderText(self.settings.inherited(option) or none)

    def _own(self, option: Option[str]) -> str:
        """The user's own value ('' when they follow the machine's or the default)."""
        return self.settings.get(option) if self.settings.source(option) == "user" else ""

    def _load(self) -> None:
        self.server.setText(self._own(SERVER_URL))
        self.language.setCurrentIndex(self.language.findData(self.settings.get(LANGUAGE)))
        self.scan_folder.setText(self._own(SCAN_FOLDER))
        self.token_module.setText(self._own(TOKEN_MODULE))

    # -- actions ----------------------------------------------------------------------------------

    def _browse_scan_folder(self) -> None:
        start = self.scan_folder.text() or str(Path.home())
        chosen = self._pick_folder(self, self.tr("Scan folder"), start)
        if chosen:
            self.scan_folder.setText(chosen)

    def _browse_token_module(self) -> None:
        start = self.token_module.text() or str(Path.home())
        chosen = self._pick_file(self, self.tr("Signing token module"), start)
        if chosen:
            self.token_module.setText(chosen)

    def restore_defaults(self) -> None:
        """Empty every field: each follows the machine's value or the default again."""
        for edit in (self.server, self.scan_folder, self.token_module):
            edit.clear()
        inherited = self.settings.inherited(LANGUAGE)
        self.language.setCurrentIndex(self.language.findData(inherited))
        self.message.clear_message()

    def problems(self) -> list[str]:
        """What is wrong with the entered values (translated), empty when all are usable."""
        found = []
        server = self.server.text().strip()
        if server and server_problem(server):
            found.append(self.tr("The server address must look like https://vanban.example.vn "
                                 "or 10.0.0.5:8400."))
        folder = self.scan_folder.text().strip()
        if folder and not Path(folder).is_dir():
            found.append(self.tr("The scan folder {path} does not exist.").format(path=folder))
        module = self.token_module.text().strip()
        if module and not Path(module).is_file():
            found.append(self.tr("The token module {path} does not exist.").format(path=module))
        return found

    def save(self) -> None:
        """Check, then store every value and close; on a problem, say so and store nothing."""
        problems = self.problems()
        if problems:
            self.message.show_message("\n".join(problems), "error")
            return
        server = self.server.text().strip()
        for option, value in ((SERVER_URL, normalize_server_url(server) if server else ""),
                              (SCAN_FOLDER, self.scan_folder.text().strip()),
                              (TOKEN_MODULE, self.token_module.text().strip())):
            if value:
                self.settings.set(option, value)
            else:
                self.settings.reset(option)
        self.settings.sync()
        language = str(self.language.currentData())
        changed = language != self.settings.get(LANGUAGE)
        self.accept()
        if changed:
            self.language_chosen.emit(language)
