"""deskmate classify train | run | documents | list | show | delete | export | import

`classify run` labels one text, the rows of a CSV (--file) or the documents of a folder (--folder, into a
CSV); `classify documents` labels the indexed documents and keeps the labels in the index, where
`index search --label` and `ask --label` use them."""
from __future__ import annotations

import argparse
import sys
import time

from assistant.cli.common import open_workspace
from assistant.cli.output import print_json, table, when
from assistant.errors import InvalidInput
from assistant.runtime.generators import run_to_end
from assistant.tools.classify import Classifier, TrainingReport, label_file, label_text, read_examples, train
from assistant.tools.classify_documents import label_folder
from assistant.tools.classify_store import ClassifierStore, info
from assistant.tools.common import Progress
from assistant.tools.document_labels import LabellingSummary, forget_labels, label_counts, label_documents

PROGRESS_EVERY_S = 2.0  # without a terminal (a log, a pipe): one progress line at most this often


def register(commands, common) -> None:
    classify = commands.add_parser("classify", parents=[common], help="classifiers with your own labels",
                                   description="Teach Deskmate your own labels from examples (a CSV with a text "
                                               "and a label column, 10 or more examples a label), then label "
                                               "texts or whole CSV files with them.")
    actions = classify.add_subparsers(title="actions", metavar="ACTION", required=True)
    trainer = actions.add_parser("train", parents=[common], help="train a classifier from a CSV of examples")
    trainer.add_argument("--name", required=True, help="the classifier's name")
    trainer.add_argument("--file", required=True, metavar="CSV", help="the examples: a UTF-8 CSV file")
    trainer.add_argument("--text-column", required=True, metavar="COL", help="the column that holds the text")
    trainer.add_argument("--label-column", required=True, metavar="COL", help="the column that holds the label")
    trainer.add_argument("--replace", action="store_true", help="replace a classifier of that name")
    trainer.set_defaults(handler=run_train)

    runner = actions.add_parser("run", parents=[common], help="label one text, or every row of a CSV file")
    runner.add_argument("--name", required=True, help="the classifier to use")
    runner.add_argument("text", nargs="?", help="one text to label ('-': read stdin)")
    runner.add_argument("--file", metavar="IN", help="a CSV file whose rows to label")
    runner.add_argument("--column", metavar="COL", help="the CSV column that holds the text")
    runner.add_argument("--folder", metavar="DIR", help="label every document of a folder (one CSV row a file)")
    runner.add_argument("--out", metavar="OUT", help="where to write the rows with predicted and confidence")
    runner.add_argument("--save", action="store_true",
                        help="with --folder: keep the labels in the index instead of a CSV (as 'classify documents')")
    runner.set_defaults(handler=run_label)

    documents = actions.add_parser("documents", parents=[common], help="label your indexed documents, so search "
                                                                       "and ask can keep to one label",
                                   description="Label the indexed documents (all, or those in --folder) from the "
                                               "text already in the index, and keep the labels there; then "
                                               "'deskmate index search --label NAME=LABEL' and 'deskmate ask "
                                               "--label NAME=LABEL' look only at documents with that label. "
                                               "Documents labelled before are skipped unless --relabel.")
    documents.add_argument("--name", required=True, help="the classifier to use")
    documents.add_argument("--folder", metavar="DIR", help="only the indexed documents in this folder")
    documents.add_argument("--relabel", action="store_true", help="label again documents labelled before")
    documents.set_defaults(handler=run_documents)

    lister = actions.add_parser("list", parents=[common], help="the classifiers you have")
    lister.set_defaults(handler=run_list)
    shower = actions.add_parser("show", parents=[common], help="a classifier's labels, accuracy and confusion table")
    shower.add_argument("name")
    shower.set_defaults(handler=run_show)
    deleter = actions.add_parser("delete", parents=[common], help="delete a classifier")
    deleter.add_argument("name")
    deleter.set_defaults(handler=run_delete)
    exporter = actions.add_parser("export", parents=[common], help="write a classifier to one file to share")
    exporter.add_argument("name")
    exporter.add_argument("file", help="the file (or folder) to write")
    exporter.set_defaults(handler=run_export)
    importer = actions.add_parser("import", parents=[common], help="add a classifier someone exported")
    importer.add_argument("file")
    importer.add_argument("--name", help="store it under this name instead of its own")
    importer.add_argument("--replace", action="store_true", help="replace a classifier of that name")
    importer.set_defaults(handler=run_import)


def store(args: argparse.Namespace) -> ClassifierStore:
    return ClassifierStore(open_workspace(args).home)


class ProgressPrinter:
    """A progress line on stderr: rewritten in place on a terminal, else a line every few seconds."""

    def __init__(self, quiet: bool):
        self.quiet, self.terminal, self.last = quiet, sys.stderr.isatty(), 0.0

    def __call__(self, progress: Progress) -> None:
        if self.quiet:
            return
        if self.terminal:
            print(f"\r{progress.describe()}\033[K", end="", file=sys.stderr, flush=True)
        elif time.monotonic() - self.last >= PROGRESS_EVERY_S or progress.done == progress.total:
            self.last = time.monotonic()
            print(progress.describe(), file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.terminal and not self.quiet:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def report_text(labels: list[str], report: TrainingReport) -> str:
    rows = [[label, str(report.counts.get(label, 0)), f"{report.label_accuracy.get(label, 0):.2f}",
             *[str(n) for n in counts]] for label, counts in zip(labels, report.confusion)]
    headers = ["label", "examples", "accuracy", *[f"-> {label}" for label in labels]]
    lines = [f"Cross-validated accuracy {report.accuracy:.2f} ({report.folds} folds, {report.examples} examples, "
             f"{report.seconds:.1f} s)", "", "Confusion table (rows: the true label; columns: the predicted label):",
             table(rows, headers)]
    if report.skipped_rows or report.repeated:
        lines.append(f"\nLeft out: {report.skipped_rows} row(s) without a text or a label, "
                     f"{report.repeated} repeated example(s).")
    return "\n".join(lines)


def run_train(args: argparse.Namespace) -> int:
    examples = read_examples(args.file, args.text_column, args.label_column)
    workspace = open_workspace(args)
    classifiers = ClassifierStore(workspace.home)
    if classifiers.exists(args.name) and not args.replace:
        raise InvalidInput(f"A classifier named '{args.name}' exists already. Choose another name, or add --replace.")
    printer = ProgressPrinter(args.json)
    try:
        classifier = run_to_end(train(args.name, examples), printer)
    except KeyboardInterrupt:
        printer.end()
        print("Stopped; no classifier was saved.", file=sys.stderr)
        return 130
    printer.end()
    path = classifiers.save(classifier, replace=args.replace)
    forget_labels(workspace.store, classifier.name)  # given by the classifier it replaces
    if args.json:
        print_json({**info(classifier, path).to_dict(), "report": classifier.report.to_dict()})
        return 0
    print(report_text(classifier.labels, classifier.report))
    print(f"\nSaved '{classifier.name}' ({', '.join(classifier.labels)}). Use it with: "
          f"deskmate classify run --name \"{classifier.name}\" \"some text\"")
    return 0


def run_label(args: argparse.Namespace) -> int:
    if args.save:
        if not args.folder or args.text or args.file or args.column or args.out:
            raise InvalidInput("--save goes with --folder DIR alone: the labels are kept in the index, not in a file.")
        return run_documents(args)
    classifier = store(args).load(args.name)
    if args.folder:
        return label_whole_folder(args, classifier)
    if args.file:
        return label_whole_file(args, classifier)
    if args.column or args.out:
        raise InvalidInput("--column and --out go with --file IN.csv.")
    text = args.text
    if text is None or text == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise InvalidInput('Give a text, e.g. deskmate classify run --name tickets "I cannot log in", '
                               "or --file IN.csv --column COL --out OUT.csv.")
        text = sys.stdin.read()
    prediction = label_text(classifier, text)
    if args.json:
        print_json(prediction.to_dict())
    else:
        print(f"{prediction.label} (confidence {prediction.confidence:.2f})")
    return 0


def label_whole_file(args: argparse.Namespace, classifier: Classifier) -> int:
    if args.text:
        raise InvalidInput("Give either a text or --file, not both.")
    if not args.column or not args.out:
        raise InvalidInput("With --file, name the text column (--column COL) and the output file (--out OUT.csv).")
    return write_labels(args, label_file(classifier, args.file, args.column, args.out), "rows")


def label_whole_folder(args: argparse.Namespace, classifier: Classifier) -> int:
    if args.text or args.file or args.column:
        raise InvalidInput("--folder goes alone with --out OUT.csv (no text, --file or --column).")
    if not args.out:
        raise InvalidInput("Say where to write the labels with --out OUT.csv.")
    return write_labels(args, label_folder(classifier, args.folder, args.out), "files")


def write_labels(args: argparse.Namespace, labelling, unit: str) -> int:
    """Run a labelling generator to its end with progress; Ctrl+C leaves no output file."""
    printer = ProgressPrinter(args.json)
    try:
        summary = run_to_end(labelling, printer)
    except KeyboardInterrupt:
        printer.end()
        print(f"Stopped; {args.out} was not written.", file=sys.stderr)
        return 130
    printer.end()
    if args.json:
        print_json(summary.to_dict())
        return 0
    counts = ", ".join(f"{label or 'no text'} {n}" for label, n in summary.counts.items())
    print(f"{summary.rows} {unit} -> {summary.out_path} ({counts}; {summary.seconds:.1f} s)")
    return 0


def run_documents(args: argparse.Namespace) -> int:
    """Label the indexed documents; Ctrl+C keeps the batches labelled so far (the next run goes on)."""
    workspace = open_workspace(args)
    classifier = ClassifierStore(workspace.home).load(args.name)
    printer = ProgressPrinter(args.json)
    labelling = label_documents(workspace.documents, classifier, args.folder, getattr(args, "relabel", False))
    try:
        summary = run_to_end(labelling, printer)
    except KeyboardInterrupt:
        labelling.close()
        printer.end()
        labelled = sum(label_counts(workspace.store).get(classifier.name, {}).values())
        print(f"Stopped; {labelled} document(s) carry a label by '{classifier.name}' and keep it. Run the same "
              "command again to label the rest.", file=sys.stderr)
        return 130
    printer.end()
    if args.json:
        print_json(summary.to_dict())
        return 0
    print(labelled_text(summary))
    return 0


def labelled_text(summary: LabellingSummary) -> str:
    counts = ", ".join(f"{label} {n}" for label, n in summary.counts.items()) or "none"
    lines = [f"Labelled {summary.labelled} document(s) with '{summary.classifier}' ({counts}; {summary.seconds:.1f} s)."]
    if summary.already:
        lines.append(f"{summary.already} document(s) were labelled before and have not changed (--relabel to "
                     "label them again).")
    if summary.without_text:
        lines.append(f"{summary.without_text} document(s) have no indexed text and got no label.")
    example = next(iter(summary.counts), None)
    if example:
        name = f'"{summary.classifier}"' if " " in summary.classifier else summary.classifier
        lines.append(f"Search only those with: deskmate index search --label {name}={example} \"QUERY\" "
                     f"(or deskmate ask --label {name}={example} \"QUESTION\").")
    return "\n".join(lines)


def run_list(args: argparse.Namespace) -> int:
    infos = store(args).list()
    if args.json:
        print_json([item.to_dict() for item in infos])
        return 0
    if not infos:
        print("No classifiers yet. Train one with: deskmate classify train --name NAME --file examples.csv "
              "--text-column COL --label-column COL")
        return 0
    print(table([[item.name, ", ".join(item.labels), str(item.examples), f"{item.accuracy:.2f}", when(item.created)]
                 for item in infos], ["name", "labels", "examples", "accuracy", "trained"]))
    return 0


def run_show(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    classifiers = ClassifierStore(workspace.home)
    classifier = classifiers.load(args.name)
    documents = label_counts(workspace.store).get(classifier.name, {})
    if args.json:
        print_json({**info(classifier, classifiers.path(args.name)).to_dict(), "report": classifier.report.to_dict(),
                    "documents": documents})
        return 0
    print(f"{classifier.name}: {', '.join(classifier.labels)} (trained {when(classifier.created)}, "
          f"embedder {classifier.embedder})\n")
    print(report_text(classifier.labels, classifier.report))
    if documents:
        print("\nIndexed documents it labelled: " + ", ".join(f"{label} {n}" for label, n in documents.items()))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    ClassifierStore(workspace.home).delete(args.name)
    forgotten = forget_labels(workspace.store, args.name)
    print(f"Deleted '{args.name}'" + (f" and the labels it gave {forgotten} indexed document(s)." if forgotten else "."))
    return 0


def run_export(args: argparse.Namespace) -> int:
    path = store(args).export(args.name, args.file)
    print(f"Exported '{args.name}' to {path}. Import it elsewhere with: deskmate classify import {path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    classifier = ClassifierStore(workspace.home).import_file(args.file, args.name, args.replace)
    forget_labels(workspace.store, classifier.name)  # given by a classifier of that name it replaced
    print(f"Imported '{classifier.name}' ({', '.join(classifier.labels)}).")
    return 0
