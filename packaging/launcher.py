"""Entry point of the frozen app: the same `deskmate` command as a source install."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # child processes (safe document parsing) re-enter here
    if sys.argv[1:2] == ["--bundle-check"]:  # packaging's own proof that the frozen libraries work
        import bundle_check

        sys.exit(bundle_check.main(sys.argv[2:]))
    from assistant.cli import main
    from ui.app import run  # a frozen app has no package metadata: hand the window over directly

    sys.exit(main(start_gui=run))
