"""The optional local model: loaded offline, batched, probabilities of the abusive class.

The test builds and saves a tiny BERT (2 layers, hidden size 32) with a word-level
tokenizer, so nothing is downloaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from parting.errors import InputError

torch = pytest.importorskip("torch", reason="torch is not installed (the 'models' extra)")
transformers = pytest.importorskip("transformers", reason="transformers is not installed")

WORDS = ["you", "idiot", "thanks", "for", "the", "files", "please", "pay"]


def save_tiny_model(folder: Path, bias: tuple[float, float]) -> Path:
    """A 2-layer BERT whose output is decided by the classifier bias alone."""
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    vocab = {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3}
    vocab.update({word: i + 4 for i, word in enumerate(WORDS)})
    core = Tokenizer(WordLevel(vocab, unk_token="[UNK]"))
    core.pre_tokenizer = Whitespace()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=core, unk_token="[UNK]", pad_token="[PAD]",
        cls_token="[CLS]", sep_token="[SEP]",
    )  # fmt: skip
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=37, max_position_embeddings=64, num_labels=2,
        id2label={0: "clean", 1: "abusive"}, label2id={"clean": 0, "abusive": 1},
    )  # fmt: skip
    torch.manual_seed(0)
    network = BertForSequenceClassification(config)
    with torch.no_grad():
        network.classifier.weight.zero_()
        network.classifier.bias.copy_(torch.tensor(bias))
    network.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def says_abusive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_tiny_model(tmp_path_factory.mktemp("abusive"), bias=(0.0, 3.0))


def test_a_saved_model_gives_one_probability_per_text_in_batches(says_abusive: Path) -> None:
    from parting.text.model import load_model, predict

    model = load_model(says_abusive)
    model.batch_size = 2
    texts = ["you idiot", "thanks for the files", "please pay", "", "unknown words here"]
    probabilities = predict(model, texts)
    assert probabilities.shape == (5,)
    assert np.allclose(probabilities, 1 / (1 + np.exp(-3.0)), atol=1e-5)


def test_the_abusive_output_is_found_by_its_label_name(tmp_path: Path) -> None:
    from parting.text.model import abusive_index, load_model

    model = load_model(save_tiny_model(tmp_path, bias=(3.0, 0.0)))
    assert model.abusive_index == 1
    assert model.predict(["you idiot"])[0] < 0.1
    assert abusive_index({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}) == 2
    assert abusive_index({0: "toxic", 1: "clean"}) == 0


def test_a_folder_without_a_model_is_named_in_the_error(tmp_path: Path) -> None:
    from parting.text.model import load_model

    with pytest.raises(InputError, match=r"config\.json"):
        load_model(tmp_path)


def test_eval_text_measures_the_model_beside_the_patterns(
    tmp_path: Path, says_abusive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parting.cli import app

    data = tmp_path / "data"
    data.mkdir()
    (data / "business_en.csv").write_text(
        "text,classes\nyou idiot,is_abusive\nthanks for the files,\n", encoding="utf-8"
    )
    monkeypatch.setenv("PARTING_TEXT_MODEL", str(says_abusive))
    result = CliRunner().invoke(app, ["eval-text", "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    model_scores = [s for s in json.loads(result.stdout)["scores"] if s["classifier"] == "model"]
    assert {s["label"] for s in model_scores} == {"is_abusive"}
    assert (sum(s["tp"] for s in model_scores), sum(s["fp"] for s in model_scores)) == (1, 1)
