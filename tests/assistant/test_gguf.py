"""The GGUF header reader: the real bundled model, and damaged files it must refuse."""
import pytest

from assistant.errors import InvalidModelFile
from assistant.gguf import GGML_BLOCKS, read_gguf
from tests.gguf_files import write_model
from tests.hostile_files import GGUF_DAMAGES


def test_reads_the_bundled_model(model_path):
    info = read_gguf(model_path)
    summary = info.summary()
    assert summary["architecture"] == "llama"
    assert summary["quantization"] == "Q4_1"
    assert summary["context_length"] == 8192
    assert 130e6 < summary["parameters"] < 140e6
    assert summary["name"] == "SmolLM2-135M-Instruct"
    assert info.chat_template and "<|im_start|>" in info.chat_template


def test_block_sizes_agree_with_the_gguf_package():
    import gguf

    for type_id, sizes in GGML_BLOCKS.items():
        if type_id in {t.value for t in gguf.GGMLQuantizationType}:
            assert gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(type_id)] == sizes, type_id


def test_a_valid_small_file_is_accepted(tmp_path):
    info = read_gguf(write_model(tmp_path / "ok.gguf"))
    assert info.name == "ok" and info.parameter_count == 128 and info.context_length == 256


@pytest.mark.parametrize("name, damage, reason", GGUF_DAMAGES, ids=[d[0] for d in GGUF_DAMAGES])
def test_damaged_files_are_refused_with_a_reason(tmp_path, name, damage, reason):
    path = write_model(tmp_path / "bad.gguf")
    damage(path)
    with pytest.raises(InvalidModelFile) as caught:
        read_gguf(path)
    assert reason in str(caught.value)
    assert "bad.gguf" in str(caught.value)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(InvalidModelFile, match="does not exist"):
        read_gguf(tmp_path / "nothing.gguf")


def test_oversized_chat_template_is_refused(tmp_path):
    path = write_model(tmp_path / "big.gguf", template="x" * (300 * 1024))
    with pytest.raises(InvalidModelFile, match="chat template larger"):
        read_gguf(path)
