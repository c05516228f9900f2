# rapidocr reads its YAML configs at import and its PP-OCRv6 ONNX models by path (assistant/readers/ocr.py
# names them from the package folder), so both go in the bundle; the engines Deskmate does not use stay out.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("rapidocr", includes=["*.yaml", "**/*.yaml", "models/*.onnx"])
hiddenimports = ["rapidocr.main", "rapidocr.inference_engine.onnxruntime"]
excludedimports = ["torch", "paddle", "openvino", "MNN", "tensorrt"]
