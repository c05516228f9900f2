"""Small GGUF files written by the tests with the `gguf` package's writer."""
import numpy as np


def write_model(path, tensors=2, template="{{ messages }}", rows=8):
    import gguf

    writer = gguf.GGUFWriter(str(path), "llama")
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
