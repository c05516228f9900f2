"""Model files: GGUF validation, the registry of known models, per-model settings, fit and downloads."""
