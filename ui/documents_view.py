"""The Documents section: add files and folders, see what is indexed, watch folders for changes.

Indexing runs the core's IndexRun generator on a worker thread; Cancel stops it at the next
batch (within about a second) and keeps every document already committed. Added folders
are re-scanned when the view starts and whenever QFileSystemWatcher sees them change.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.documents import DocumentStatus
from assistant.documents.run import IndexProgress, IndexRun, IndexSummary
from assistant.workspace import Workspace
from ui.chat_view import Notice
from ui.workers import JobSlot

RESCAN_DELAY_MS = 1500  # changes come in bursts (a copy of many files): wait for quiet
MAX_WATCHED_DIRS = 2000  # inotify watches are a per-user budget: stay well inside it
MAX_WATCHED_FILES = 2000
BAR_STEPS = 1000
def bar_value(progress: IndexProgress) -> int:
    """Where the progress bar stands (0..BAR_STEPS): the run's share of work done, else of files."""
    if progress.fraction is not None:
        return round(progress.fraction * BAR_STEPS)
    return round(BAR_STEPS * progress.files_done / max(progress.files_total, 1))


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(seconds)
    return f"{seconds // 60} min {seconds % 60:02d} s left" if seconds >= 60 else f"{seconds} s left"


class DocumentsView(QWidget):
    indexing_finished = Signal(object)  # the IndexSummary, or None when the run failed

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.jobs = JobSlot(self, on_item=self._progressed, on_failed=self._failed, on_finished=self._finished)
        self._queued: list[Path] = []  # added while a run was going: indexed right after it
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)  # files added, removed or renamed
        self.watcher.fileChanged.connect(self._folder_changed)  # an indexed file was edited
        self._rescan = QTimer(self, singleShot=True, interval=RESCAN_DELAY_MS)
        self._rescan.timeout.connect(self.refresh_folders)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.add_files_button = self._button(self.tr("Add files…"), self.tr("Add files to the index"),
                                             self.choose_files)
        self.add_folder_button = self._button(self.tr("Add folder…"), self.tr("Add a folder and watch it"),
                                              self.choose_folder)
        self.refresh_button = self._button(self.tr("Re-scan"), self.tr("Re-scan added folders for changes"),
                                           self.refresh_folders)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the selected items from the index"),
                                          self.remove_selected)
        self.open_button = self._button(self.tr("Open"), self.tr("Open the selected file"), self.open_selected)
        bar = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.refresh_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.remove_button)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Indexed documents"))
        self.list.setHeaderLabels([self.tr("Status"), self.tr("Document"), self.tr("Pages"),
                                   self.tr("Chunks"), self.tr("Folder"), self.tr("Reason")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemDoubleClicked.connect(lambda item, _column: self._open(item.data(0, Qt.ItemDataRole.UserRole)))
        self.empty_label = QLabel(self.tr("No documents yet. Add files or folders, or drop them on the window."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Index summary"))
        self._build_progress()
        self.notice = Notice()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notice)
        layout.addLayout(self.progress_row)

    def _build_progress(self) -> None:
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Indexing status"))
        self.cancel_button = self._button(self.tr("Cancel"), self.tr("Stop indexing; finished files stay indexed"),
                                          self.cancel)
        self.progress_row = QHBoxLayout()
        self.progress_row.addWidget(self.progress, 1)
        self.progress_row.addWidget(self.progress_label, 2)
        self.progress_row.addWidget(self.cancel_button)
        self._show_progress(False)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    # -- listing -------------------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        texts: dict[str, str] = {DocumentStatus.INDEXED: self.tr("Indexed"), DocumentStatus.FAILED: self.tr("Failed"),
                                 DocumentStatus.UNAVAILABLE: self.tr("Unavailable")}
        return texts.get(status, status)

    def reload(self) -> None:
        index = self.workspace.documents
        documents = index.documents()
        folders = index.folders()
        self.list.clear()
        for document in documents:
            item = QTreeWidgetItem([self.status_text(document.status),
                                    os.path.basename(document.path), str(document.pages or ""),
                                    str(document.chunk_count or ""), os.path.dirname(document.path),
                                    document.reason or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, document.path)
            item.setToolTip(1, document.path)
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(documents))
        self.empty_label.setVisible(not documents)
        indexed = sum(d.status == DocumentStatus.INDEXED for d in documents)
        self.summary_label.setText(self.tr("%d indexed · %d failed · %n folder(s) watched", "", len(folders))
                                   % (indexed, sum(d.status == DocumentStatus.FAILED for d in documents)))
        watched = [f["path"] for f in folders if f["available"]]
        files = [d.path for d in documents if d.status == DocumentStatus.INDEXED
                 and any(d.path.startswith(folder.rstrip(os.sep) + os.sep) for folder in watched)]
        self._watch([Path(folder) for folder in watched], files[:MAX_WATCHED_FILES])

    def rows(self) -> list[tuple[str, str, str]]:
        """(status, file name, reason) of each listed document, for tests and accessibility."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(5)) for item in items if item is not None]

    # -- adding and removing -------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the index"))
        self.add_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to the index"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        if not paths:
            return
        self._queued += paths
        self.jobs.when_free(self._index_queued)

    def _index_queued(self) -> None:
        if self._queued:  # an earlier call took them all
            paths, self._queued = self._queued, []
            self._start(self.workspace.documents.add(paths))

    def refresh_folders(self) -> None:
        if self.busy:
            self._rescan.start()
            return
        if self.workspace.documents.folders() or self.workspace.documents.documents():
            self._start(self.workspace.documents.refresh())

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.workspace.documents.remove(item.data(0, Qt.ItemDataRole.UserRole))
        self.reload()

    def open_selected(self) -> None:
        for item in self.list.selectedItems()[:1]:
            self._open(item.data(0, Qt.ItemDataRole.UserRole))

    def _open(self, path: str) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.notice.show_message(self.tr("No application could open %s.") % path)

    # -- running -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def _start(self, run: IndexRun) -> None:
        self.progress.reset()  # the last run's value must not hold this run's bar back
        self.progress.setRange(0, 0)  # busy until the first files are counted
        self.progress_label.setText(self.tr("Looking for files…"))
        self._show_progress(True)
        self.jobs.start(lambda _should_stop: run, on_stop=run.cancel)  # iter(run) returns its IndexSummary

    def _progressed(self, progress: IndexProgress) -> None:
        if progress.files_total:  # the bar follows the work done, so it moves inside a long file too
            self.progress.setRange(0, BAR_STEPS)
            self.progress.setValue(max(self.progress.value(), bar_value(progress)))  # never backwards
        text = self.tr("%d of %n file(s) · %.1f chunks/s · %s", "", progress.files_total) % (
            progress.files_done, progress.chunks_per_s, format_eta(progress.eta_s))
        if progress.file and progress.file_pages:
            text += " · " + self.tr("%s: page %s of %s") % (
                Path(progress.file).name, f"{progress.file_page:,}", f"{progress.file_pages:,}")
        self.progress_label.setText(text)

    def cancel(self) -> None:
        if self.busy:
            self.progress_label.setText(self.tr("Stopping…"))
            self.jobs.stop()

    def _failed(self, message: str) -> None:
        self.notice.show_message(message)

    def _finished(self, summary: IndexSummary | None) -> None:
        self._show_progress(False)
        self.reload()
        if summary is not None:
            self._report(summary)
        self.indexing_finished.emit(summary)

    def _report(self, summary: IndexSummary) -> None:
        text = self.tr("Added %d, updated %d, unchanged %d, moved %d, removed %d.") % (
            summary.added, summary.updated, summary.unchanged, summary.moved, summary.removed)
        if summary.cancelled:
            text = self.tr("Indexing cancelled; finished files stay indexed. ") + text
        if summary.failed:
            text += " " + self.tr("%n file(s) could not be indexed (see Reason).", "", len(summary.failed))
        if summary.unavailable:
            text += " " + self.tr("Missing folders (kept): %s") % ", ".join(summary.unavailable)
        skipped = summary.skipped
        if skipped:
            by_count = sorted(skipped.items(), key=lambda item: -item[1])
            reasons = ", ".join(f"{count} {reason}" for reason, count in by_count)
            text += " " + self.tr("Skipped %n generated or vendored file(s) and folder(s): %s.", "",
                                  sum(skipped.values())) % reasons
        self.summary_label.setText(text)
        self.summary_label.setToolTip(self._skipped_examples(summary.skipped_examples))

    def _skipped_examples(self, examples: dict) -> str:
        if not examples:
            return ""
        lines = [f"{reason}: {', '.join(paths)}" for reason, paths in examples.items()]
        return "\n".join([self.tr("Left out as generated or vendored (Settings > Documents to include them):"),
                          *lines])

    def _show_progress(self, visible: bool) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(visible)
        for button in (self.refresh_button, self.remove_button):
            button.setEnabled(not visible)

    def stop_and_wait(self) -> None:
        self.jobs.stop_and_wait()

    # -- watching ------------------------------------------------------------------------------

    def _watch(self, folders: list[Path], files: list[str]) -> None:
        wanted: list[str] = list(files)
        for folder in folders:
            for root, dirs, _files in os.walk(folder):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                wanted.append(root)
                if len(wanted) >= MAX_WATCHED_DIRS + len(files):
                    break
        current = set(self.watcher.directories()) | set(self.watcher.files())
        keep = set(wanted)
        stale = [d for d in current if d not in keep]
        if stale:
            self.watcher.removePaths(stale)
        fresh = [d for d in wanted if d not in current]
        if fresh:
            self.watcher.addPaths(fresh)

    def _folder_changed(self, _path: str) -> None:
        self._rescan.start()
