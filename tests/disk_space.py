"""Fill a small filesystem, for the disk-full tests' driver processes."""
import os


def fill_disk(folder: str, leave_bytes: int = 0) -> str:
    """Write a filler file until the filesystem is full, then give `leave_bytes` back; returns its path."""
    filler = os.path.join(folder, "filler")
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"x" * 65536)
                handle.flush()
        except OSError:
            pass
    if leave_bytes:
        os.truncate(filler, os.path.getsize(filler) - leave_bytes)
    return filler
