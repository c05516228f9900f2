"""The GGUF header reader: the real bundled model, and damaged files it must refuse."""
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import InvalidModelFile
from assistant.models import gguf
from assistant.models.gguf import GGML_BLOCKS, read_gguf
from assistant.workspace import Workspace
from tests.helpers.gguf_files import write_model
from tests.helpers.hostile_files import GGUF_DAMAGES


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


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.gguf"
    path.write_bytes(b"")
    with pytest.raises(InvalidModelFile, match="not a GGUF"):
        read_gguf(path)


def write_with_vocabulary(path, tokens: int = 100):
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_token_list([f"token-{i:04d}" for i in range(tokens)])
    writer.add_token_types([1] * tokens)
    writer.add_array("test.short_list", ["a", "bb"])
    writer.add_tensor("weight", np.zeros((8, 8), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def test_long_arrays_keep_their_length_and_short_ones_their_items(tmp_path):
    info = read_gguf(write_with_vocabulary(tmp_path / "vocab.gguf"))
    assert info.get("tokenizer.ggml.tokens") == {"array_length": 100}
    assert info.get("tokenizer.ggml.token_type") == {"array_length": 100}
    assert info.get("test.short_list") == ["a", "bb"]


def test_a_vocabulary_cut_short_is_refused_with_the_exact_reason(tmp_path):
    path = write_with_vocabulary(tmp_path / "cut.gguf")
    data = path.read_bytes()
    path.write_bytes(data[:data.index(b"token-0050") + 3])  # inside the 51st token's text
    with pytest.raises(InvalidModelFile) as caught:
        read_gguf(path)
    assert ("cut.gguf' is damaged or truncated: the value of tokenizer.ggml.tokens needs 10 bytes "
            "but only 3 remain") in str(caught.value)


def test_a_vocabulary_token_with_a_hostile_length_is_refused(tmp_path):
    path = write_with_vocabulary(tmp_path / "long.gguf")
    data = bytearray(path.read_bytes())
    struct.pack_into("<Q", data, data.index(b"token-0070") - 8, 2**64 - 1)
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidModelFile, match=f"tokenizer.ggml.tokens needs {2**64 - 1:,} bytes"):
        read_gguf(path)


def test_an_alignment_that_is_not_a_number_is_refused(tmp_path):
    import gguf

    path = tmp_path / "aligned.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_string("general.alignment", "thirty-two")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.close()
    with pytest.raises(InvalidModelFile, match="general.alignment is not a positive whole number"):
        read_gguf(path)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")
def test_the_file_is_not_left_mapped_or_open(tmp_path):
    good = write_with_vocabulary(tmp_path / "unmapped-good.gguf")
    read_gguf(good)
    bad = write_model(tmp_path / "unmapped-bad.gguf")
    bad.write_bytes(bad.read_bytes()[:200])
    with pytest.raises(InvalidModelFile):
        read_gguf(bad)
    maps = Path("/proc/self/maps").read_text()
    open_files = [os.readlink(fd) for fd in Path("/proc/self/fd").iterdir() if fd.is_symlink()]
    assert "unmapped-" not in maps and not [name for name in open_files if "unmapped-" in name]


PROBE = """
import os, sys
from assistant.models.gguf import read_gguf
def marker(name):
    try:
        os.stat("/deskmate-marker-" + name)
    except OSError:
        pass
marker("start")
read_gguf(sys.argv[1])
marker("end")
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (installed by make setup)")
def test_reading_the_bundled_model_makes_no_syscall_per_field(tmp_path, model_path):
    """Today's reader: about a dozen system calls (stat, open, map, close). The reader it replaced
    made 198,000 lseek() calls for this file, one or more per field."""
    log = tmp_path / "read.strace"
    subprocess.run(["strace", "-f", "-o", str(log), sys.executable, "-c", PROBE, str(model_path)],
                   check=True, timeout=120, capture_output=True)
    lines = log.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if "deskmate-marker-start" in line)
    end = next(i for i, line in enumerate(lines) if "deskmate-marker-end" in line)
    calls = [line.split(None, 1)[1].split("(", 1)[0] for line in lines[start + 1:end]]
    assert 0 < len(calls) < 40, calls
    assert sum(call in ("lseek", "read", "pread64") for call in calls) < 10, calls


def test_a_model_load_parses_the_header_once(isolated_home, model_path, monkeypatch):
    parsed = []
    parse = gguf._parse
    monkeypatch.setattr(gguf, "_parse", lambda reader, path: parsed.append(path) or parse(reader, path))
    space = Workspace(isolated_home)
    try:
        space.engine()
        assert parsed == [model_path]
        parsed.clear()
        space.switch_model(None)  # the fit check and the load share one read
        assert parsed == [model_path]
    finally:
        space.close()
