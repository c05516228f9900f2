#!/usr/bin/env bash
# Rebuild llama-cpp-python in .venv for a GPU backend. Usage: scripts/build_llama_variant.sh cpu|cuda|metal|vulkan
# Afterwards `deskmate models list` and Help > About say whether GPU offload is available.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  cpu)    FLAGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" ;;
  cuda)   FLAGS="-DGGML_CUDA=on" ;;            # needs the CUDA toolkit (nvcc) on Linux or Windows
  metal)  FLAGS="-DGGML_METAL=on" ;;           # macOS on Apple silicon (also the default there)
  vulkan) FLAGS="-DGGML_VULKAN=on" ;;          # needs the Vulkan SDK; AMD, Intel and NVIDIA GPUs
  *) echo "usage: $0 cpu|cuda|metal|vulkan" >&2; exit 2 ;;
esac
VERSION=$(bash scripts/run_python.sh -c "from importlib.metadata import version; print(version('llama-cpp-python'))")
CMAKE_ARGS="$FLAGS" bash scripts/run_python.sh -m pip install --force-reinstall --no-deps --no-cache-dir \
  "llama-cpp-python==$VERSION"
bash scripts/run_python.sh -c "import llama_cpp; print('GPU offload:', bool(llama_cpp.llama_supports_gpu_offload()))"
