#!/usr/bin/env python3
"""Writes a macOS .icns file from square PNG images.

The container is simple: the magic 'icns' and the file's length (big-endian, 4 bytes), then one
entry per image: a 4-byte type, the entry's length including its 8-byte header, and the PNG data
as it is. The type says the size; macOS picks the best one for each place it shows the icon.

    make-icns.py OUTPUT.icns IMAGE.png...
"""

import struct
import sys

# Types whose data may be PNG, by pixel size; the @2x types let Retina screens use the larger
# image for the smaller point size.
TYPES_BY_SIZE = {
    32: [b"ic11"],  # 16 pt @2x
    64: [b"ic12"],  # 32 pt @2x
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],  # 256 pt, and 128 pt @2x
    512: [b"ic09", b"ic14"],  # 512 pt, and 256 pt @2x
    1024: [b"ic10"],  # 512 pt @2x
}

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data, name):
    """Width and height from the PNG's IHDR chunk, which always comes first."""
    if data[:8] != PNG_MAGIC or data[12:16] != b"IHDR":
        sys.exit(f"{name}: not a PNG file")
    return struct.unpack(">II", data[16:24])


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    entries = []
    for name in argv[2:]:
        with open(name, "rb") as f:
            data = f.read()
        width, height = png_size(data, name)
        if width != height or width not in TYPES_BY_SIZE:
            sys.exit(f"{name}: {width}x{height} has no icns type (sizes: {sorted(TYPES_BY_SIZE)})")
        for kind in TYPES_BY_SIZE[width]:
            entries.append(kind + struct.pack(">I", 8 + len(data)) + data)
    body = b"".join(entries)
    with open(argv[1], "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    main(sys.argv)
