"""An optional learned classifier for the abusive class: a local Hugging Face model.

Set ``PARTING_TEXT_MODEL`` to a folder holding a sequence-classification model saved
with ``save_pretrained`` (its config, weights and tokenizer); ``parting eval-text`` then
measures it beside the patterns. Nothing is ever downloaded: the folder is read with
``local_files_only``. Needs the ``models`` extra (transformers and torch).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from parting.errors import ConfigError, InputError, place
from parting.i18n import _

BATCH_SIZE = 64
MAX_TOKENS = 256

# Label names under which models publish the abusive class; otherwise the last label.
ABUSIVE_NAMES = ("abusive", "abuse", "hate", "hateful", "offensive", "toxic", "insult")


@dataclass
class AbuseModel:
    """A loaded model and its tokenizer; ``predict`` gives P(abusive) per text."""

    tokenizer: Any
    network: Any
    abusive_index: int
    batch_size: int = BATCH_SIZE

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities that each text is abusive, computed in batches."""
        import torch

        out: list[np.ndarray] = []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                batch = [text or "" for text in texts[start : start + self.batch_size]]
                encoded = self.tokenizer(
                    batch, padding=True, truncation=True, max_length=MAX_TOKENS,
                    return_tensors="pt",
                )  # fmt: skip
                logits = self.network(**encoded).logits
                out.append(_abusive_probability(logits, self.abusive_index).numpy())
        return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def load_model(directory: Path | str) -> AbuseModel:
    """Load the model saved in ``directory`` (offline, CPU, evaluation mode)."""
    folder = Path(directory)
    if not (folder / "config.json").is_file():
        raise InputError(
            _("this folder holds no saved model (config.json is missing)."),
            fix=_("Point PARTING_TEXT_MODEL at a folder written by save_pretrained()."),
            where=place(folder),
        )
    try:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
    except ImportError as error:
        raise ConfigError(
            _("a text model is configured but transformers is not installed."),
            fix=_("Install the 'models' extra, or unset PARTING_TEXT_MODEL."),
        ) from error
    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    network = AutoModelForSequenceClassification.from_pretrained(folder, local_files_only=True)
    network.eval()
    return AbuseModel(tokenizer, network, abusive_index(network.config.id2label))


def predict(model: AbuseModel, texts: Sequence[str]) -> np.ndarray:
    """P(abusive) for each text (the same as ``model.predict``)."""
    return model.predict(texts)


def abusive_index(id2label: dict[int, str]) -> int:
    """Which output is the abusive class: a label named so, else the last one."""
    for index, name in sorted(id2label.items()):
        if str(name).lower() in ABUSIVE_NAMES:
            return int(index)
    return max(int(index) for index in id2label) if id2label else 0


def _abusive_probability(logits: Any, index: int) -> Any:
    import torch

    if logits.shape[-1] == 1:
        return torch.sigmoid(logits[:, 0])
    return torch.softmax(logits, dim=-1)[:, index]
