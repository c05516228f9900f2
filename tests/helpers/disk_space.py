"""Fill a small filesystem, for the disk-full tests' driver processes."""
import os
import shutil
import subprocess


def fill_disk(folder: str, leave_bytes: int = 0) -> str:
    """Write a filler file until the filesystem is full, then give `leave_bytes` back; returns its path."""
    filler = os.path.join(folder, "filler")
    # Unbuffered: a buffered file would try to flush what the full disk refused again on close.
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"x" * 65536)
        except OSError:
            pass
    if leave_bytes:
        os.truncate(filler, os.path.getsize(filler) - leave_bytes)
    return filler


def can_mount_privately() -> bool:
    """Whether this machine lets an unprivileged namespace mount a tiny tmpfs (to fill it)."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0
