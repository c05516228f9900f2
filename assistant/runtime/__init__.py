"""The process around the core: offline switches, bundled resources, logs, diagnostics, estimates."""
