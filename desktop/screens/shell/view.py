"""The main window: navigation by role, the screens, status bar, notifications."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from desktop.api.models import LiveEvent
from desktop.context import ScreenContext
from desktop.demo import DemoAccount
from desktop.i18n import LANGUAGE_NAMES
from desktop.labels import event_title, roles_text, state_label
from desktop.navigation import NavEntry, entries_for
from desktop.screens.settings.dialog import SettingsDialog
from desktop.screens.shell.demo_menu import DemoMenu
from desktop.screens.shell.notifications import NotificationList, Toast
from desktop.settings import LANGUAGE, LANGUAGES, WINDOW_GEOMETRY, WINDOW_STATE

_STATE_COLOURS = {"connected": "#1e8e3e", "connecting": "#b58900", "reconnecting": "#b58900",
                  "unauthorized": "#c5221f", "stopped": "#80868b"}


class MainWindow(QMainWindow):
    """The workplace after login."""

    sign_out_requested = Signal()
    language_requested = Signal(str)
    """The person chose another interface language (``vi``, ``en``, ``fr``)."""
    demo_person_requested = Signal(str)
    """``phigiay demo``: continue as another demo person (their user name)."""

    def __init__(self, context: ScreenContext, *, entries: list[NavEntry] | None = None) -> None:
        super().__init__()
        self.context = context
        self.entries = entries if entries is not None else entries_for(context.me)
        self._state = "connecting"
        self.screens: dict[str, QWidget] = {}
        self.setMinimumSize(QSize(1000, 640))
        self._build_navigation()
        self._build_notifications()
        self._build_status_bar()
        self._build_menu()
        self._retranslate()
        self._restore_geometry()
        if self.entries:
            self.nav.setCurrentRow(0)

    # -- building ---------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(190)
        self.nav.setStyleSheet("#navigation { font-size: 11pt; }"
                               "#navigation::item { padding: 8px 6px; }")
        for entry in self.entries:
            item = QListWidgetItem(self.style().standardIcon(entry.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._on_nav)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)

    def _build_notifications(self) -> None:
        self.notifications = NotificationList()
        self.notification_dock = QDockWidget()
        self.notification_dock.setObjectName("notifications")
        self.notification_dock.setWidget(self.notifications)
        self.notification_dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notification_dock)
        self.notification_dock.hide()
        self.notification_dock.visibilityChanged.connect(self._on_dock_visibility)
        self.toast = Toast(self)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.style().standardIcon(
                self.style().StandardPixmap.SP_FileDialogDetailedView), self)
            self.tray.activated.connect(self._bring_to_front)
            self.tray.show()

    def _build_status_bar(self) -> None:
        me = self.context.me
        self.person_label = QLabel()
        self.agency_label = QLabel(me.agency.name)
        self.agency_label.setStyleSheet(
            "QLabel { border-left: 1px solid #b0b4b8; padding-left: 8px; margin-left: 4px; }")
        self.connection_label = QLabel()
        self.bell = QToolButton()
        self.bell.setAutoRaise(True)
        self.bell.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bell.setIcon(self.style().standardIcon(
            self.style().StandardPixmap.SP_MessageBoxInformation))
        self.bell.clicked.connect(self.toggle_notifications)
        status = self.statusBar()
        status.addWidget(self.person_label)
        status.addWidget(self.agency_label)
        status.addPermanentWidget(self.connection_label)
        status.addPermanentWidget(self.bell)
        self.notifications.unread_changed.connect(lambda count: self._update_bell())
        self.set_connection_state("connecting")

    def _build_menu(self) -> None:
        self.session_menu = self.menuBar().addMenu("")
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out_requested.emit)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.session_menu.addAction(self.settings_action)
        self.session_menu.addAction(self.sign_out_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.notifications_action = QAction(self)
        self.notifications_action.triggered.connect(self.toggle_notifications)
        self.view_menu.addAction(self.notifications_action)
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        current = self.context.settings.get(LANGUAGE)
        for code in LANGUAGES:
            action = self.language_menu.addAction(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))

    def _retranslate(self) -> None:
        me = self.context.me
        self.setWindowTitle(self.tr("phigiay — {agency}").format(agency=me.agency.name))
        for row, entry in enumerate(self.entries):
            self.nav.item(row).setText(entry.label())
        self.person_label.setText(self.tr("{name} — {roles}").format(
            name=me.user.full_name, roles=roles_text(me.user.roles)))
        self.notification_dock.setWindowTitle(self.tr("Notifications"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.settings_action.setText(self.tr("S&ettings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.notifications_action.setText(self.tr("&Notifications"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.set_connection_state(self._state)
        self._update_bell()

    def open_settings(self) -> SettingsDialog:
        """Show the settings dialog; a language chosen there switches the interface."""
        dialog = SettingsDialog(self.context.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_chosen.connect(self.language_requested.emit)
        dialog.open()
        return dialog

    def add_demo_menu(self, accounts: tuple[DemoAccount, ...]) -> DemoMenu:
        """The "Demo: switch person" menu (``phigiay demo`` only)."""
        self.demo_menu = DemoMenu(accounts, self.context.me.user.username, self)
        self.menuBar().addMenu(self.demo_menu)
        self.demo_menu.person_chosen.connect(self.demo_person_requested.emit)
        return self.demo_menu

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "quit_action"):
            self._retranslate()
        super().changeEvent(event)

    # -- navigation -------------------------------------------------------------------------

    def _on_nav(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.show_screen(self.entries[row].key)

    def show_screen(self, key: str) -> QWidget:
        """Show a screen by its navigation key, building it on first use."""
        entry = next(e for e in self.entries if e.key == key)
        if key not in self.screens:
            self.screens[key] = entry.create(self.context)
            self.stack.addWidget(self.screens[key])
            self._connect_screen(self.screens[key])
        self.stack.setCurrentWidget(self.screens[key])
        row = self.entries.index(entry)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self.screens[key]

    def _connect_screen(self, screen: QWidget) -> None:
        """Screens that lead elsewhere ask by signal (the dashboard's counts)."""
        work_list = getattr(screen, "work_list_requested", None)
        if work_list is not None:
            work_list.connect(self.open_work_list)
        meetings = getattr(screen, "meetings_requested", None)
        if meetings is not None:
            meetings.connect(self.open_meetings)

    def open_work_list(self, key: str) -> None:
        """Show one list of my work (``to_sign``, ``overdue``…) in the inbox."""
        if "inbox" in self.nav_keys():
            select_section = getattr(self.show_screen("inbox"), "select_section", None)
            if callable(select_section):
                select_section(key)

    def open_meetings(self) -> None:
        """Show the meeting room, if the person has it."""
        if "meetings" in self.nav_keys():
            self.show_screen("meetings")

    def nav_keys(self) -> list[str]:
        """The keys of the shown navigation entries, in order."""
        return [entry.key for entry in self.entries]

    # -- live state and notifications --------------------------------------------------------

    def set_connection_state(self, state: str) -> None:
        """Show the live connection's state (a ``StreamState`` value)."""
        self._state = state
        colour = _STATE_COLOURS.get(state, "#80868b")
        self.connection_label.setText(
            f"<span style='color:{colour}'>●</span> {state_label(state)}")
        self.connection_label.setToolTip(self.tr("Live updates from the server"))

    def on_live_event(self, event: LiveEvent) -> None:
        """A new event: screens that care refresh; news for the person (an event with a title)
        also goes into the list, a toast and the tray. State-only events (a speaker queue, a
        ballot cast…) arrive many times a minute in a meeting and are no news."""
        text = event_title(event, me=self.context.me.user.id)
        if text is not None:
            self.notifications.add(event, text)
            self.toast.show_text(text)
            if self.tray is not None:
                self.tray.showMessage("phigiay", text)
        for screen in self.screens.values():
            handler = getattr(screen, "on_live_event", None)
            if callable(handler):
                handler(event)

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def toggle_notifications(self) -> None:
        """Show or hide the notification panel."""
        self.notification_dock.setVisible(not self.notification_dock.isVisible())

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self.notifications.mark_read()
            self.toast.hide()

    def _update_bell(self) -> None:
        count = self.notifications.unread
        self.bell.setText(str(count) if count else "")
        self.bell.setToolTip(self.tr("%n unread notification(s)", "", count))

    # -- window state -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.context.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1200, 760)
        state = self.context.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    def save_geometry(self) -> None:
        """Remember size, position and panels."""
        self.context.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.context.settings.set(WINDOW_STATE, bytes(self.saveState().data()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
