"""Choose and download a model from the curated catalogue: the models that fit this computer first,
with their expected speed here, downloaded only when the user clicks (progress, pause and resume,
checksum, atomic move: assistant/models/downloads.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from assistant.llm.local import gpu_offload_supported
from assistant.models.downloads import CatalogueEntry, Download, DownloadProgress, DownloadState, load_catalogue
from assistant.models.fit import Machine, Recommendation, Verdict, recommend, this_machine
from assistant.workspace import Workspace
from ui.theme import RADII, TYPE_SCALE, colours
from ui.workers import JobSlot

ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the entry's position in `entries`
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3
BADGE_ROLE = Qt.ItemDataRole.UserRole + 4  # "Recommended" (translated) or ""
CARD_HEIGHT = 88


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes} min {secs:02d} s left" if minutes else f"{secs} s left"


def machine_here() -> Machine:
    """This computer's memory, cores and whether llama.cpp can use a GPU here."""
    return this_machine(gpu_offload_supported())


def _gb(n_bytes: int) -> str:
    return f"{n_bytes / 1024**3:.1f} GB" if n_bytes >= 1024**3 else f"{n_bytes / 1024**2:.0f} MB"


class FitTexts(QWidget):
    """The translated words for a machine and a model's fit (the core gives numbers and verdicts)."""

    def machine(self, machine: Machine) -> str:
        gpu = self.tr("GPU offload available") if machine.gpu_offload else self.tr("CPU only")
        return self.tr("%s memory (%s free) · %n CPU core(s) · %s", "", machine.cores) % (
            _gb(machine.ram_total_bytes), _gb(machine.ram_available_bytes), gpu)

    def verdict(self, verdict: Verdict) -> str:
        return {Verdict.FITS: self.tr("Fits"), Verdict.MAY_BE_SLOW: self.tr("May be slow"),
                Verdict.WILL_NOT_FIT: self.tr("Will not fit")}[verdict]

    def speed(self, tokens_per_s: float) -> str:
        rate = f"{tokens_per_s:.0f}" if tokens_per_s >= 10 else f"{tokens_per_s:.1f}"
        return self.tr("about %s tokens/s here") % rate

    def needs(self, option: Recommendation) -> str:
        return self.tr("needs about %s of memory") % _gb(option.fit.ram_needed_bytes)

    def meta(self, option: Recommendation, short: bool = False) -> str:
        """Speed, download size, memory and licence (`short`: speed and size only, for narrow cards)."""
        parts = [self.speed(option.tokens_per_s), option.entry.approx_size]
        return " · ".join(parts if short else [*parts, self.needs(option), option.entry.license])


class ModelCardDelegate(QStyledItemDelegate):
    """Draws each catalogue model as a card: name and badge, description, then size, licence,
    speed and fit."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 (Qt API)
        return QSize(max(option.rect.width(), 320), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        tokens = colours()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = QRectF(option.rect.adjusted(2, 3, -2, -3))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(card, RADII["md"], RADII["md"])
        painter.fillPath(path, QColor(tokens["selected"] if selected else tokens["base"]))
        painter.setPen(QPen(QColor(tokens["accent"] if selected or index.data(BADGE_ROLE) else tokens["border"]),
                            1.5 if selected else 1))
        painter.drawPath(path)
        inner = card.toRect().adjusted(14, 10, -14, -10)
        self._draw_title(painter, inner, index, tokens)
        self._draw_line(painter, inner.adjusted(0, 24, 0, 0), str(index.data(DESCRIPTION_ROLE) or ""),
                        tokens["muted"], TYPE_SCALE["body"])
        self._draw_meta(painter, inner.adjusted(0, 46, 0, 0), index, tokens)
        painter.restore()

    def _draw_title(self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex,
                    tokens: dict) -> None:
        badge = str(index.data(BADGE_ROLE) or "")
        font = QFont(painter.font())
        font.setPixelSize(TYPE_SCALE["title"])
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(tokens["text"]))
        badge_width = painter.fontMetrics().horizontalAdvance(badge) + 20 if badge else 0
        title = painter.fontMetrics().elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                                 Qt.TextElideMode.ElideRight, rect.width() - badge_width)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), 22), Qt.AlignmentFlag.AlignVCenter, title)
        if badge:
            small = QFont(font)
            small.setPixelSize(TYPE_SCALE["caption"])
            painter.setFont(small)
            width = painter.fontMetrics().horizontalAdvance(badge) + 16
            pill = QRectF(rect.right() - width, rect.top() + 2, width, 18)
            shape = QPainterPath()
            shape.addRoundedRect(pill, 9, 9)
            painter.fillPath(shape, QColor(tokens["accent"]))
            painter.setPen(QColor(tokens["accent_text"]))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)

    def _draw_line(self, painter: QPainter, rect: QRect, text: str, colour: str, size: int) -> None:
        font = QFont(painter.font())
        font.setPixelSize(size)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), 20), Qt.AlignmentFlag.AlignVCenter, elided)

    def _draw_meta(self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex,
                   tokens: dict) -> None:
        verdict_text, verdict = index.data(VERDICT_ROLE) or ("", Verdict.FITS)
        colour = {Verdict.FITS: tokens["success"], Verdict.MAY_BE_SLOW: tokens["notice_text"],
                  Verdict.WILL_NOT_FIT: tokens["danger"]}[verdict]
        font = QFont(painter.font())
        font.setPixelSize(TYPE_SCALE["small"])
        font.setBold(True)
        painter.setFont(font)
        verdict_width = painter.fontMetrics().horizontalAdvance(verdict_text) + 8
        painter.setPen(QColor(colour))
        painter.drawText(QRect(rect.right() - verdict_width, rect.top(), verdict_width, 20),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, verdict_text)
        self._draw_line(painter, QRect(rect.left(), rect.top(), rect.width() - verdict_width - 8, 20),
                        str(index.data(META_ROLE) or ""), tokens["muted"], TYPE_SCALE["small"])


class CatalogueDialog(QDialog):
    downloaded = Signal(str)  # path of the verified model file
    use_requested = Signal(str)  # the downloaded model, to load now

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, machine: Machine | None = None):
        """`machine`: what to fit the models to (default: this computer, checked now)."""
        super().__init__(parent)
        self.workspace = workspace
        self.machine = machine or machine_here()
        self.texts = FitTexts(self)
        self.options: list[Recommendation] = []
        self.downloaded_path: str | None = None
        self.jobs = JobSlot(self, on_item=self._progress, on_failed=self._failed, on_finished=self._finished)
        self.setWindowTitle(self.tr("Choose a model"))
        self.resize(700, 560)
        self._build()
        self.entries = load_catalogue()

    def _build(self) -> None:
        title = QLabel(self.tr("Models that fit this computer"))
        title.setObjectName("welcomeTitle")
        self.machine_label = QLabel(self.tr("This computer: %s") % self.texts.machine(self.machine))
        self.machine_label.setObjectName("muted")
        self.machine_label.setAccessibleName(self.tr("This computer"))
        intro = QLabel(self.tr("Downloads start only when you click Download. Files are checked against their "
                               "SHA-256 checksum before they are used. This is the only part of Deskmate that "
                               "uses the network."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("modelList")
        self.list.setAccessibleName(self.tr("Available models"))
        self.list.setItemDelegate(ModelCardDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget#modelList { border: none; background: transparent; }"
                                "QListWidget#modelList::item { background: transparent; }")
        self.list.itemDoubleClicked.connect(lambda _item: self.start())
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()  # until a download starts
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Download status"))
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setObjectName("primary")
        self.download_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.pause)
        self.pause_button.setEnabled(False)
        self.use_button = QPushButton(self.tr("Use this model"))
        self.use_button.clicked.connect(self._use_downloaded)
        self.use_button.hide()
        for button in (self.download_button, self.pause_button, self.use_button):
            button.setAccessibleName(button.text())
        self._layout(title, intro)

    def _layout(self, title: QLabel, intro: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.download_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.machine_label)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    # -- the list --------------------------------------------------------------------------------

    @property
    def entries(self) -> list[CatalogueEntry]:
        return [option.entry for option in self.options]

    @entries.setter
    def entries(self, entries: list[CatalogueEntry]) -> None:
        """Show these catalogue entries, rated for this machine, the recommended one first and chosen."""
        self.options = recommend(entries, self.machine)
        self.list.clear()
        for position, option in enumerate(self.options):
            item = QListWidgetItem(option.entry.name)
            item.setData(ENTRY_ROLE, position)
            item.setData(DESCRIPTION_ROLE, option.entry.description)
            item.setData(META_ROLE, self.texts.meta(option))
            item.setData(VERDICT_ROLE, (self.texts.verdict(option.fit.verdict), option.fit.verdict))
            item.setData(BADGE_ROLE, self.tr("Recommended") if option.recommended else "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, " · ".join(
                [option.entry.name, self.texts.verdict(option.fit.verdict), self.texts.meta(option)]))
            item.setToolTip(option.entry.description)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def select(self, entry_id: str) -> None:
        for row, option in enumerate(self.options):
            if option.entry.id == entry_id:
                self.list.setCurrentRow(row)

    def chosen(self) -> Recommendation | None:
        row = self.list.currentRow()
        return self.options[row] if 0 <= row < len(self.options) else None

    # -- the download ----------------------------------------------------------------------------

    def start(self) -> None:
        option = self.chosen()
        if self.jobs.busy or option is None:
            return
        entry = option.entry
        download = Download(entry.url, self.workspace.home / "models" / entry.filename, entry.sha256)
        self.download_button.setEnabled(False)
        self.pause_button.setEnabled(True)
        self.use_button.hide()
        self.progress.show()
        self.status.setText(self.tr("Connecting…"))
        self.jobs.start(lambda should_stop: download.run(should_stop=should_stop))

    def pause(self) -> None:
        self.jobs.stop()

    def _progress(self, progress: DownloadProgress) -> None:
        if progress.total_bytes:
            self.progress.setMaximum(1000)
            self.progress.setValue(int(1000 * progress.done_bytes / progress.total_bytes))
        speed = f"{progress.bytes_per_s / 1024**2:.1f} MB/s" if progress.bytes_per_s else ""
        texts = {DownloadState.DOWNLOADING: f"{progress.done_bytes / 1024**2:.0f} MB · {speed} · {_eta(progress.eta_s)}",
                 DownloadState.PAUSED: self.tr("Paused; click Download to resume."),
                 DownloadState.VERIFYING: self.tr("Checking the checksum…")}
        self.status.setText(texts[progress.state])

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _finished(self, path: Path | None) -> None:
        self.download_button.setEnabled(True)
        self.download_button.setText(self.tr("Download"))
        self.pause_button.setEnabled(False)
        if path is not None:
            self.downloaded_path = str(path)
            self.status.setText(self.tr("Done: %s") % path)
            self.use_button.show()
            self.downloaded.emit(str(path))

    def _use_downloaded(self) -> None:
        if self.downloaded_path:
            self.use_requested.emit(self.downloaded_path)
            self.accept()

    def reject(self) -> None:
        self.jobs.stop_and_wait()
        super().reject()
