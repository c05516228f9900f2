"""Small GGUF files written by the tests with the `gguf` package's writer."""
import numpy as np


def write_model(path, tensors=2, template="{{ messages }}", rows=8, arch="llama"):
    import gguf

    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_name("tiny-test")
    writer.add_context_length(256)
    writer.add_file_type(0)
    if template is not None:
        writer.add_chat_template(template)
    for i in range(tensors):
        writer.add_tensor(f"weight.{i}", np.arange(8 * rows, dtype=np.float32).reshape(rows, 8))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def with_chat_template(source, destination, template):
    """A copy of a real, loadable model whose chat template is replaced by `template`."""
    import gguf
    from gguf.scripts.gguf_new_metadata import MetadataDetails, copy_with_new_metadata

    reader = gguf.GGUFReader(str(source), "r")
    arch = reader.fields["general.architecture"].contents()
    writer = gguf.GGUFWriter(str(destination), arch=arch, endianess=reader.endianess)
    copy_with_new_metadata(reader, writer,
                           {"tokenizer.chat_template": MetadataDetails(gguf.GGUFValueType.STRING, template)}, [])
    return destination
