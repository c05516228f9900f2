# PyInstaller hook for llama-cpp-python: its shared libraries (libllama, libggml*) are loaded with
# ctypes from the package's lib/ folder, so PyInstaller cannot find them by import analysis.
from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

binaries = collect_dynamic_libs("llama_cpp")
datas = collect_data_files("llama_cpp", includes=["**/*.so*", "**/*.dylib", "**/*.dll", "**/*.metal"])
hiddenimports = ["llama_cpp.llama_chat_format", "llama_cpp._internals"]
