"""Entry point of the frozen app: the same `deskmate` command as a source install."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # child processes (safe document parsing) re-enter here
    from assistant.cli import main

    sys.exit(main())
