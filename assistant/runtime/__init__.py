"""The process around the core: offline switches, bundled resources, logs, this computer's cores and memory, estimates."""
