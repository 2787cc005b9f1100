"""The close-dossier dialog: what the handler fixes before the system completes the Circular
02/2019 metadata (dates, document and page counts come from the filed documents)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.api.archive import DossierDetail

RETENTIONS = ("Vĩnh viễn", "70 năm", "50 năm", "30 năm", "20 năm", "10 năm", "5 năm")
"""The retention values implementations of Circular 02/2019 offer (a number of years also
works)."""


@dataclass(frozen=True)
class Closing:
    """What the dialog hands back."""

    title: str
    retention: str
    keywords: tuple[str, ...]
    description: str


class CloseDossierDialog(QDialog):
    """Title, retention, keywords and notes of a dossier about to be closed."""

    def __init__(self, dossier: DossierDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.title = QLineEdit(dossier.summary.title)
        self.title.setMaxLength(500)
        self.retention = QComboBox()
        self.retention.setEditable(True)
        self.retention.addItems(RETENTIONS)
        self.retention.setCurrentText(dossier.summary.retention)
        self.keywords = QLineEdit(", ".join(dossier.keywords))
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._check)
        self.retention.currentTextChanged.connect(self._check)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.title, self.retention, self.keywords,
                                              self.description), strict=True):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(620, 320)
        self._retranslate(dossier)
        self._check()

    def _retranslate(self, dossier: DossierDetail) -> None:
        self.setWindowTitle(self.tr("Close dossier"))
        self.intro.setText(self.tr(
            "Closing %1: remove drafts and duplicates first. Dates, document and page counts "
            "are completed from the %2 filed documents.").replace(
            "%1", dossier.summary.file_code).replace("%2", str(len(dossier.documents))))
        for label, text in zip(self.labels, (self.tr("Title:"), self.tr("Retention:"),
                                             self.tr("Keywords:"), self.tr("Notes:")),
                               strict=True):
            label.setText(text)
        self.keywords.setPlaceholderText(self.tr("Separated by commas"))

    def _check(self) -> None:
        ok = bool(self.title.text().strip()) and bool(self.retention.currentText().strip())
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)

    def value(self) -> Closing:
        """The fields as entered."""
        keywords = tuple(k.strip() for k in self.keywords.text().split(",") if k.strip())
        return Closing(self.title.text().strip(), self.retention.currentText().strip(),
                       keywords, self.description.toPlainText().strip())
