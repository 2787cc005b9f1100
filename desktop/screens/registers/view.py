"""Sổ đăng ký và báo cáo: the registers of a year, their books as PDF (Decree 30 Phụ lục IV), and
per-unit processing statistics with CSV export (clerks and leaders)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.api.client import ApiClient
from desktop.api.documents import RegisterInfo, UnitStatistics
from desktop.context import ScreenContext
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.screens.document.panels import make_tree
from desktop.screens.document.pdfpages import PdfError, PdfPagesView
from desktop.tasks import run_in_background

Loaded = tuple[list[RegisterInfo], list[UnitStatistics]]


def load_year(api: ApiClient, year: int) -> Loaded:
    """Registers and statistics of a year (off the GUI thread)."""
    return api.registers(year), api.processing_statistics(year)


class RegistersView(QWidget):
    """Registers, register books and statistics."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.registers: list[RegisterInfo] = []
        self.statistics: list[UnitStatistics] = []
        self.book: tuple[str, str, bytes] | None = None
        """The shown book: direction, series, PDF."""
        self._build()
        self._retranslate()
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.year_label, self.reload_button = QLabel(), QPushButton()
        self.reload_button.clicked.connect(self.reload)
        self.message = MessageLabel()
        self.register_tree = make_tree(["", "", "", ""])
        self.register_tree.setMaximumHeight(150)
        self.register_tree.itemActivated.connect(lambda item, _c: self.open_selected())
        self.incoming_button, self.outgoing_button = QPushButton(), QPushButton()
        self.save_book_button = QPushButton()
        self.incoming_button.clicked.connect(lambda: self.open_book("incoming"))
        self.outgoing_button.clicked.connect(lambda: self.open_book("outgoing"))
        self.save_book_button.clicked.connect(self.save_book)
        self.save_book_button.setEnabled(False)
        self.book_view = PdfPagesView()
        self.book_view.set_zoom(0.75)
        self.book_label = QLabel()
        registers = QWidget()
        column = QVBoxLayout(registers)
        column.addWidget(self.register_tree)
        row = QHBoxLayout()
        for button in (self.incoming_button, self.outgoing_button, self.save_book_button):
            row.addWidget(button)
        row.addWidget(self.book_label, 1)
        column.addLayout(row)
        column.addWidget(self.book_view, 1)
        self.stats_tree = make_tree(["", "", "", "", "", "", ""])
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_csv)
        statistics = QWidget()
        column = QVBoxLayout(statistics)
        column.addWidget(self.stats_tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        column.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(registers, "")
        self.tabs.addTab(statistics, "")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Registers and reports"))
        self.year_label.setText(self.tr("Year:"))
        self.reload_button.setText(self.tr("Reload"))
        self.tabs.setTabText(0, self.tr("Registers"))
        self.tabs.setTabText(1, self.tr("Processing statistics"))
        self.register_tree.setHeaderLabels([self.tr("Register"), self.tr("Series"),
                                            self.tr("Year"), self.tr("Last number")])
        self.incoming_button.setText(self.tr("Open incoming register book"))
        self.outgoing_button.setText(self.tr("Open outgoing register book"))
        self.save_book_button.setText(self.tr("Save PDF…"))
        self.stats_tree.setHeaderLabels([
            self.tr("Unit"), self.tr("Received"), self.tr("Done on time"), self.tr("Done late"),
            self.tr("Open, on track"), self.tr("Overdue"), self.tr("Code")])
        self.export_button.setText(self.tr("Export CSV…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "export_button"):
            self._retranslate()
        super().changeEvent(event)

    def register_label(self, direction: str) -> str:
        """"Incoming register", "Outgoing register"."""
        return {"incoming": self.tr("Incoming register"),
                "outgoing": self.tr("Outgoing register")}.get(direction, direction)

    def series_label(self, series: str) -> str:
        """A number series in words."""
        return {"general": self.tr("General"), "confidential": self.tr("Confidential"),
                "normative": self.tr("Legal normative")}.get(series, series)

    def reload(self) -> None:
        """Fetch the year's registers and statistics."""
        api, year = self.context.api, self.year.value()
        run_in_background(lambda: load_year(api, year), on_done=self._on_loaded,
                          on_error=self._on_failed)

    def _on_loaded(self, loaded: Loaded) -> None:
        self.registers, self.statistics = loaded
        self.message.clear_message()
        self._fill()

    def _on_failed(self, exc: Exception) -> None:
        self.message.show_message(error_text(exc), "error")

    def _fill(self) -> None:
        self.register_tree.clear()
        for register in self.registers:
            item = QTreeWidgetItem([
                self.register_label(register.direction),
                self.series_label(register.series), str(register.year),
                str(register.last_number)])
            item.setData(0, Qt.ItemDataRole.UserRole, (register.direction, register.series))
            self.register_tree.addTopLevelItem(item)
        self.stats_tree.clear()
        for row in self.statistics:
            item = QTreeWidgetItem([row.unit_name, str(row.received), str(row.done_on_time),
                                    str(row.done_late), str(row.open_on_track),
                                    str(row.overdue), row.unit_code])
            for column in range(1, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if row.overdue:
                item.setForeground(5, Qt.GlobalColor.red)
            self.stats_tree.addTopLevelItem(item)
        if self.statistics:
            self.stats_tree.addTopLevelItem(self._total_row())

    def _total_row(self) -> QTreeWidgetItem:
        sums = [sum(getattr(r, name) for r in self.statistics)
                for name in ("received", "done_on_time", "done_late", "open_on_track", "overdue")]
        item = QTreeWidgetItem([self.tr("Total"), *map(str, sums), ""])
        font = item.font(0)
        font.setBold(True)
        for column in range(6):
            item.setFont(column, font)
            if column:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def open_selected(self) -> None:
        """Open the book of the selected register."""
        item = self.register_tree.currentItem()
        if item is not None:
            direction, series = item.data(0, Qt.ItemDataRole.UserRole)
            self.open_book(direction, series)

    def open_book(self, direction: str, series: str = "general") -> None:
        """Fetch and show a register book."""
        api, year = self.context.api, self.year.value()
        self.book_label.setText(self.tr("Loading…"))
        run_in_background(lambda: api.register_book(direction, year, series),
                          on_done=lambda pdf: self._on_book(direction, series, pdf),
                          on_error=self._on_failed)

    def _on_book(self, direction: str, series: str, pdf: bytes) -> None:
        try:
            self.book_view.set_pdf(pdf, fit_width=True)
        except PdfError as exc:
            self._on_failed(exc)
            return
        self.book = (direction, series, pdf)
        self.save_book_button.setEnabled(True)
        self.book_label.setText(self.tr("{register} {year}, {series} — %n page(s)", "",
                                        self.book_view.page_count).format(
            register=self.register_label(direction), year=self.year.value(),
            series=self.series_label(series)))

    def save_book(self) -> None:
        """Save the shown book as PDF."""
        if self.book is None:
            return
        direction, series, pdf = self.book
        name = f"so-{direction}-{self.year.value()}-{series}.pdf"
        target = self.context.pick_save_file(self.tr("Save register book"), name, "PDF (*.pdf)")
        if target is not None:
            run_in_background(lambda: target.write_bytes(pdf),
                              on_done=lambda _n: self._saved(str(target)),
                              on_error=self._on_failed)

    def export_csv(self) -> None:
        """Save the statistics as CSV (the server's own CSV)."""
        year = self.year.value()
        target = self.context.pick_save_file(self.tr("Export statistics"),
                                             f"thong-ke-xu-ly-{year}.csv", "CSV (*.csv)")
        if target is None:
            return
        api = self.context.api
        run_in_background(lambda: target.write_bytes(api.processing_statistics_csv(year)),
                          on_done=lambda _n: self._saved(str(target)), on_error=self._on_failed)

    def _saved(self, path: str) -> None:
        self.message.show_message(self.tr("Saved to {path}.").format(path=path), "success")
