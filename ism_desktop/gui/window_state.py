"""The window's size, place, maximized state, splitters and columns, remembered per user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMainWindow, QSplitter
from typing_extensions import override

from ism_desktop.gui.screen_fit import FRAME_ALLOWANCE, clamp_into, screen_of

if TYPE_CHECKING:
    from PySide6.QtWidgets import QHeaderView

GROUP = "ventana"
PREFERRED_SIZE = QSize(1280, 800)
# The form's paper-like grid needs this much; the list of metas gets the rest of its share.
FORM_MIN_WIDTH = 740
LIST_SHARE = 0.36
LIST_MIN_WIDTH, LIST_MAX_WIDTH = 250, 760


# The list's column of the % against the modified target, shown only when the list has room
# for it beside the names (the form shows both percentages of the meta chosen).
MODIFIED_COLUMN, NARROW_LIST = 2, 400


def list_width(window_width: int) -> int:
    """The default width of the list of metas for a window this wide."""
    share = min(max(round(window_width * LIST_SHARE), LIST_MIN_WIDTH), LIST_MAX_WIDTH)
    return max(min(share, window_width - FORM_MIN_WIDTH), LIST_MIN_WIDTH)


class FormRoom(QObject):
    """Keeps the form its width as the window narrows, taking it from the list of metas.

    A splitter gives a narrower window's loss all to the form (the list keeps its width): the
    yellow box then went behind a sideways scroll bar. A list left narrow shows one % column.
    """

    def __init__(
        self, splitter: QSplitter, header: QHeaderView | None = None, wanted: int | None = None
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._header = header  # the list's: a narrow list leaves out its second % column
        # The list's width before the window narrowed it: given back as the window widens.
        self.wanted = wanted
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._moved_by_hand)
        self.fit_columns()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # After the splitter has shared out the new width (a filter runs before it does).
        if watched is self._splitter and isinstance(event, QResizeEvent):
            narrowed = event.size().width() < event.oldSize().width()
            QTimer.singleShot(0, self._fit if narrowed else self.give_back)
        return False

    def _fit(self) -> None:
        sizes = self._splitter.sizes()
        if len(sizes) == 2 and sizes[1] < FORM_MIN_WIDTH and sizes[0] > LIST_MIN_WIDTH:
            total = sum(sizes)
            left = max(LIST_MIN_WIDTH, total - FORM_MIN_WIDTH)
            self.wanted = self.wanted or sizes[0]
            self._splitter.setSizes([left, total - left])
            self.fit_columns()

    def give_back(self) -> None:
        """The list's width back, as far as the window now has room for it and the form."""
        sizes = self._splitter.sizes()
        if self.wanted is None or len(sizes) != 2:
            return
        total = sum(sizes)
        left = min(self.wanted, max(total - FORM_MIN_WIDTH, sizes[0]))
        if left > sizes[0]:
            self._splitter.setSizes([left, total - left])
            self.fit_columns()
        if left >= self.wanted:
            self.wanted = None

    def _moved_by_hand(self, _position: int, _index: int) -> None:
        self.wanted = None  # the person's own width from now on
        self.fit_columns()

    def fit_columns(self) -> None:
        """In a narrow list, the names take the second % column's room («AP…D.» told nothing)."""
        sizes = self._splitter.sizes()
        if self._header is not None and sizes:
            self._header.setSectionHidden(MODIFIED_COLUMN, sizes[0] < NARROW_LIST)


class WindowState:
    """Restores the window on a screen that may have changed since, and saves it on closing.

    In two steps: the window's place before it is first shown (its frame paints before the
    data is loaded), its splitters and columns once they exist.
    """

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        self._window = window
        self._settings = settings
        self._splitters: dict[str, QSplitter] = {}
        self._headers: dict[str, QHeaderView] = {}
        self._width = PREFERRED_SIZE.width()
        self._room: FormRoom | None = None

    def place(self) -> bool:
        """Place the window (before it is shown) as it was, or to fit a first-time screen.

        Returns whether it opens maximized; the caller shows it so. (Setting that state here
        would touch Qt's namespace of flags, which costs tens of milliseconds the first time,
        before the window's first paint.)
        """
        saved = self._settings.value(f"{GROUP}/geometria")
        maximized = _flag(self._settings.value(f"{GROUP}/maximizada"))
        area = screen_of(None, saved.center() if isinstance(saved, QRect) else None)
        area_rect = area.availableGeometry()
        if isinstance(saved, QRect) and saved.isValid():
            # A monitor unplugged or a smaller one: pull the window back onto this screen.
            self._window.setGeometry(clamp_into(saved, area_rect))
        else:
            room = area_rect.size() - FRAME_ALLOWANCE
            maximized = PREFERRED_SIZE.width() > room.width() or (
                PREFERRED_SIZE.height() > room.height()
            )
            self._window.setGeometry(
                clamp_into(QRect(area_rect.topLeft(), PREFERRED_SIZE), area_rect)
            )
            self._window.move(area_rect.center() - self._window.rect().center())
        self._width = area_rect.width() if maximized else self._window.width()
        return maximized

    def restore(
        self,
        main_splitter: QSplitter,
        splitters: dict[str, QSplitter],
        headers: dict[str, QHeaderView],
    ) -> None:
        """Put the splitters and columns back as they were; remember them from now on."""
        self._splitters, self._headers = splitters, headers
        width = self._width
        saved_width = self._settings.value(f"{GROUP}/ancho")
        # Splitters saved on a wider window could leave the form no room: start afresh then.
        if str(saved_width).isdigit() and int(str(saved_width)) <= width:
            for name, splitter in splitters.items():
                state = self._settings.value(f"{GROUP}/divisiones/{name}")
                if isinstance(state, QByteArray):
                    splitter.restoreState(state)
        else:
            main_splitter.setSizes([list_width(width), width - list_width(width)])
        for name, header in headers.items():
            state = self._settings.value(f"{GROUP}/columnas/{name}")
            if isinstance(state, QByteArray):
                header.restoreState(state)
        # A list narrowed by the window, closed so: given back when the window widens again.
        saved = str(self._settings.value(f"{GROUP}/lista_a_devolver", 0))
        wanted = (int(saved) or None) if saved.isdigit() else None
        self._room = FormRoom(main_splitter, headers.get("metas"), wanted)
        QTimer.singleShot(0, self._room.give_back)  # the window may open as wide as it was

    def save(self) -> None:
        """Remember how the window is now."""
        window = self._window
        wanted = None if self._room is None else self._room.wanted
        self._settings.setValue(f"{GROUP}/lista_a_devolver", wanted or 0)
        self._settings.setValue(f"{GROUP}/geometria", window.normalGeometry())
        self._settings.setValue(f"{GROUP}/maximizada", window.isMaximized())
        self._settings.setValue(f"{GROUP}/ancho", window.width())
        for name, splitter in self._splitters.items():
            self._settings.setValue(f"{GROUP}/divisiones/{name}", splitter.saveState())
        for name, header in self._headers.items():
            self._settings.setValue(f"{GROUP}/columnas/{name}", header.saveState())
        self._settings.sync()


def _flag(value: object) -> bool:
    # INI files give back "true"/"false" as text.
    return value is True or str(value).lower() == "true"
