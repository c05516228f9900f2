"""A pure-Python GGUF header reader that validates a file before llama.cpp sees it.

It reads the metadata and tensor table through a read-only memory map (no system call per
field), and checks that every count, length and tensor extent lies inside the file. A truncated
or hostile file raises InvalidModelFile with a reason a person can understand.
"""
from __future__ import annotations

import mmap
import os
import struct
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from assistant.errors import InvalidModelFile

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_CHAT_TEMPLATE_BYTES = 256 * 1024
MAX_DIMS = 8
KEEP_ARRAY_ITEMS = 64  # longer arrays (vocabularies) are skipped, only their length kept

# value type id -> struct format (scalars only)
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_STRUCTS = {fmt: struct.Struct(fmt) for fmt in _SCALARS.values()}
_U64 = _STRUCTS["<Q"]

# ggml tensor type id -> (elements per block, bytes per block)
GGML_BLOCKS = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 40), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210),
    15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18),
    21: (256, 110), 22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4),
    27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66), 39: (32, 17), 40: (64, 36), 41: (128, 18),
}

FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4",
}


@dataclass
class TensorInfo:
    name: str
    dims: tuple[int, ...]
    ggml_type: int
    offset: int

    @property
    def n_elements(self) -> int:
        count = 1
        for dim in self.dims:
            count *= dim
        return count

    def n_bytes(self) -> int | None:
        block = GGML_BLOCKS.get(self.ggml_type)
        if block is None:
            return None
        elements, size = block
        return -(-self.n_elements // elements) * size


@dataclass
class GGUFInfo:
    path: Path
    version: int
    file_size: int
    data_offset: int
    metadata: dict = field(default_factory=dict)
    tensors: list[TensorInfo] = field(default_factory=list)

    def get(self, key: str, default=None):
        return self.metadata.get(key, default)

    @property
    def architecture(self) -> str:
        return str(self.get("general.architecture", "unknown"))

    def arch_value(self, suffix: str, default=None):
        return self.get(f"{self.architecture}.{suffix}", default)

    @property
    def name(self) -> str:
        """The file name without its quantization suffix: what people recognise in a download list."""
        stem = self.path.stem
        quant = self.quantization.lower()
        for separator in (".", "-", "_"):
            if stem.lower().endswith(separator + quant):
                return stem[: -len(quant) - 1]
        return stem

    @property
    def context_length(self) -> int | None:
        return self.arch_value("context_length")

    @property
    def quantization(self) -> str:
        file_type = self.get("general.file_type")
        if file_type is None:
            return "unknown"
        return FILE_TYPES.get(int(file_type), f"type {file_type}")

    @property
    def parameter_count(self) -> int:
        return sum(t.n_elements for t in self.tensors)

    @property
    def chat_template(self) -> str | None:
        return self.get("tokenizer.chat_template")

    @property
    def license(self) -> str | None:
        return self.get("general.license")

    def summary(self) -> dict:
        return {
            "name": self.name,
            "general_name": self.get("general.name"),
            "path": str(self.path),
            "size_bytes": self.file_size,
            "architecture": self.architecture,
            "parameters": self.parameter_count,
            "context_length": self.context_length,
            "quantization": self.quantization,
            "license": self.license,
            "has_chat_template": self.chat_template is not None,
            "gguf_version": self.version,
        }


class _Reader:
    """Bounded little-endian reads at an offset in one buffer (the memory-mapped file): no syscall
    per field. Every length is checked against the file size before it is used."""

    def __init__(self, data, size: int, label: str):
        self.data, self.size, self.label = data, size, label
        self.pos = 0

    @property
    def remaining(self) -> int:
        return self.size - self.pos

    def _claim(self, count: int, what: str) -> int:
        """Move past `count` bytes and return where they start; refuse if the file is too short."""
        if count < 0 or count > self.remaining:
            raise InvalidModelFile(
                f"{self.label} is damaged or truncated: {what} needs {count:,} bytes "
                f"but only {self.remaining:,} remain in the file."
            )
        start, self.pos = self.pos, self.pos + count
        return start

    def bytes(self, count: int, what: str) -> bytes:
        start = self._claim(count, what)
        return self.data[start:start + count]

    def scalar(self, fmt: str, what: str):
        layout = _STRUCTS[fmt]
        return layout.unpack_from(self.data, self._claim(layout.size, what))[0]

    def u32(self, what: str) -> int:
        return self.scalar("<I", what)

    def u64(self, what: str) -> int:
        return self.scalar("<Q", what)

    def string(self, what: str) -> str:
        return self.bytes(self.u64(f"the length of {what}"), what).decode("utf-8", errors="replace")

    def skip(self, count: int, what: str) -> None:
        self._claim(count, what)

    def skip_strings(self, count: int, what: str) -> None:
        """Walk past `count` strings by their lengths, decoding none (a vocabulary of 151k tokens).

        The fast walk checks the bounds once at the end (a length past the end makes the next
        read fail); only a file that does not fit is walked again, carefully, for the reason."""
        data, pos, length_at = self.data, self.pos, _U64.unpack_from
        try:
            for _ in repeat(None, count):
                pos += 8 + length_at(data, pos)[0]
        except (struct.error, OverflowError):
            pos = self.size + 1
        if pos > self.size:
            self._walk_strings_carefully(count, what)  # raises the reason
            return
        self.pos = pos

    def _walk_strings_carefully(self, count: int, what: str) -> None:
        """Raise the reason at the first string that does not fit in the file."""
        for _ in range(count):
            self.string(what)


def _read_value(reader: _Reader, value_type: int, key: str, depth: int = 0):
    if value_type in _SCALARS:
        return reader.scalar(_SCALARS[value_type], f"the value of {key}")
    if value_type == _STRING:
        return reader.string(f"the value of {key}")
    if value_type == _ARRAY and depth < 3:
        return _read_array(reader, key, depth + 1)
    raise InvalidModelFile(f"{reader.label} has an unknown value type {value_type} for {key}.")


def _read_array(reader: _Reader, key: str, depth: int):
    item_type = reader.u32(f"the item type of {key}")
    count = reader.u64(f"the length of {key}")
    item_size = struct.calcsize(_SCALARS[item_type]) if item_type in _SCALARS else 8
    if count * item_size > reader.remaining:
        raise InvalidModelFile(
            f"{reader.label} is damaged: {key} claims {count:,} items, more than the file holds."
        )
    if count > KEEP_ARRAY_ITEMS and item_type in _SCALARS:
        reader.skip(count * item_size, key)
        return {"array_length": count}
    if count > KEEP_ARRAY_ITEMS and item_type == _STRING:
        reader.skip_strings(count, f"the value of {key}")
        return {"array_length": count}
    items = [_read_value(reader, item_type, key, depth) for _ in range(count)]
    return items if count <= KEEP_ARRAY_ITEMS else {"array_length": count}


def _read_tensor(reader: _Reader, index: int) -> TensorInfo:
    name = reader.string(f"the name of tensor {index}")
    n_dims = reader.u32(f"the dimensions of {name}")
    if n_dims > MAX_DIMS:
        raise InvalidModelFile(f"{reader.label} is damaged: tensor {name} claims {n_dims} dimensions.")
    dims = tuple(reader.u64(f"a dimension of {name}") for _ in range(n_dims))
    return TensorInfo(name, dims, reader.u32(f"the type of {name}"), reader.u64(f"the offset of {name}"))


def _check_tensor_extents(info: GGUFInfo, label: str) -> None:
    data_size = info.file_size - info.data_offset
    for tensor in info.tensors:
        n_bytes = tensor.n_bytes() or 0
        if tensor.offset + n_bytes > data_size:
            raise InvalidModelFile(
                f"{label} is truncated or damaged: tensor {tensor.name} ends past the end of the "
                f"file ({tensor.offset + n_bytes:,} > {data_size:,} bytes of tensor data)."
            )


def read_gguf(path: str | os.PathLike) -> GGUFInfo:
    """Read and validate a GGUF file's header; raise InvalidModelFile with a reason if it is unsafe.

    The file is memory-mapped (read-only) and parsed at offsets: a vocabulary of 151k tokens costs
    no system call per field, which keeps a model load fast even under strace."""
    path = Path(path)
    label = f"'{path.name}'"
    if not path.is_file():
        raise InvalidModelFile(f"Model file {path} does not exist or is not a file.")
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size < 24:  # also: an empty file cannot be mapped
            raise InvalidModelFile(f"{label} is not a GGUF model file (choose a .gguf file).")
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            info = _parse(_Reader(data, len(data), label), path)
    _check_metadata(info, label)
    _check_tensor_extents(info, label)
    return info


def _parse(reader: _Reader, path: Path) -> GGUFInfo:
    label = reader.label
    if reader.bytes(4, "the magic") != GGUF_MAGIC:
        raise InvalidModelFile(f"{label} is not a GGUF model file (choose a .gguf file).")
    version = reader.u32("the version")
    if version not in SUPPORTED_VERSIONS:
        raise InvalidModelFile(
            f"{label} uses GGUF version {version}, which Deskmate cannot read "
            f"(supported: {', '.join(map(str, SUPPORTED_VERSIONS))}). Convert it with a current llama.cpp."
        )
    n_tensors, n_kv = reader.u64("the tensor count"), reader.u64("the metadata count")
    if n_tensors * 24 > reader.size or n_kv * 12 > reader.size:
        raise InvalidModelFile(f"{label} is damaged: it claims more tensors or metadata than the file holds.")
    info = GGUFInfo(path=path, version=version, file_size=reader.size, data_offset=0)
    for _ in range(n_kv):
        key = reader.string("a metadata key")
        info.metadata[key] = _read_value(reader, reader.u32(f"the type of {key}"), key)
    info.tensors = [_read_tensor(reader, i) for i in range(n_tensors)]
    alignment = _alignment(info, label)
    info.data_offset = -(-reader.pos // alignment) * alignment
    return info


def _alignment(info: GGUFInfo, label: str) -> int:
    value = info.get("general.alignment", 32)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidModelFile(f"{label} is damaged: its general.alignment is not a positive whole number.")
    return value or 32


def _check_metadata(info: GGUFInfo, label: str) -> None:
    template = info.chat_template
    if template is not None and len(template.encode("utf-8")) > MAX_CHAT_TEMPLATE_BYTES:
        raise InvalidModelFile(f"{label} has a chat template larger than {MAX_CHAT_TEMPLATE_BYTES // 1024} KB; refused.")
    if info.data_offset > info.file_size:
        raise InvalidModelFile(f"{label} is truncated: its tensor data starts past the end of the file.")
    if not info.tensors:
        raise InvalidModelFile(f"{label} contains no tensors; it is not a usable model.")
