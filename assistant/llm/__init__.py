"""Language models behind one contract: the bundled local engine and an office inference server."""
