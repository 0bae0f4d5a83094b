"""A PNG written a band of rows at a time, so a 200-megapixel map never sits in
memory whole: each band is deflated on a worker thread (zlib lets go of the GIL)
while the next one is drawn, and the bands are written in order as they finish.

Each band is its own raw deflate stream ended with a sync flush, so the streams
simply follow one another (as pigz does); one zlib header goes in front, and the
Adler-32 of all the rows, combined from the bands', goes behind."""

from __future__ import annotations

import struct
import zlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
from PySide6.QtGui import QImage

# Level 1 with no row filter: about 4x faster than Qt's writer (libpng's default level
# and adaptive filters) for files about twice the size; a drawn map is mostly flat colour.
LEVEL = 1
WORKERS = 2
IN_FLIGHT = 3  # bands drawn but not yet written: bounds the memory a picture takes
SIGNATURE = b"\x89PNG\r\n\x1a\n"
ZLIB_HEADER = b"\x78\x01"  # deflate, 32 KiB window; (0x7801 % 31 == 0)
ADLER_BASE = 65521


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two pieces of data one after the other, from theirs."""
    a1, b1 = first & 0xFFFF, first >> 16
    a2, b2 = second & 0xFFFF, second >> 16
    a = (a1 + a2 - 1) % ADLER_BASE
    b = (b1 + b2 + second_length * (a1 - 1)) % ADLER_BASE
    return (b << 16) | a


def _deflate(rows: np.ndarray, level: int) -> tuple[bytes, int, int]:
    """One band as an IDAT chunk of a raw deflate stream (not final), its Adler-32 and length."""
    squeezer = zlib.compressobj(level, zlib.DEFLATED, -15, 9)
    data = squeezer.compress(rows) + squeezer.flush(zlib.Z_SYNC_FLUSH)
    return chunk(b"IDAT", data), zlib.adler32(rows), rows.nbytes


class PngStream:
    """Write ``height`` rows of ``width`` pixels to ``write`` (a function taking bytes):
    ``band(rows)`` gives an array to fill (a filter byte, then RGB or RGBA, per row),
    ``add(band)`` queues it, ``finish()`` writes the rest. Use it as a context manager,
    so that a failure or a cancel stops the workers."""

    def __init__(self, write, width: int, height: int, alpha: bool, dpi: float,
                 level: int = LEVEL, workers: int = WORKERS):
        self.write, self.width, self.height, self.level = write, width, height, level
        self.channels = 4 if alpha else 3
        self.rows = 0
        self.adler, self.length = 1, 0
        self.pending: deque[Future] = deque()
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="png")
        per_metre = round(dpi / 0.0254)
        header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
        self.write(SIGNATURE + chunk(b"IHDR", header) + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
                   + chunk(b"IDAT", ZLIB_HEADER))

    def __enter__(self) -> PngStream:
        return self

    def __exit__(self, kind, _value, _tb) -> None:
        self.pool.shutdown(wait=True, cancel_futures=kind is not None)

    def band(self, rows: int) -> np.ndarray:
        band = np.empty((rows, 1 + self.width * self.channels), np.uint8)
        band[:, 0] = 0  # filter type None
        return band

    def place(self, band: np.ndarray, x: int, image: QImage) -> None:
        """Copy a drawn tile (any QImage format) into ``band`` at column ``x``."""
        fmt = QImage.Format.Format_RGBA8888 if self.channels == 4 else QImage.Format.Format_RGB888
        tile = image.convertToFormat(fmt)  # RGBA8888 is not premultiplied, as PNG wants
        w, h = tile.width(), tile.height()
        pixels = np.frombuffer(tile.constBits(), np.uint8, tile.bytesPerLine() * h).reshape(h, -1)
        start = 1 + x * self.channels
        band[:h, start:start + w * self.channels] = pixels[:, :w * self.channels]

    def add(self, band: np.ndarray) -> None:
        self.rows += band.shape[0]
        if self.rows > self.height:
            raise ValueError("more rows than the picture has")
        self.pending.append(self.pool.submit(_deflate, band, self.level))
        self._drain(IN_FLIGHT)

    def _drain(self, keep: int) -> None:
        """Write the finished bands at the front; wait for the oldest while more than ``keep`` wait."""
        while self.pending and (len(self.pending) > keep or self.pending[0].done()):
            data, adler, length = self.pending.popleft().result()
            self.write(data)
            self.adler = adler32_combine(self.adler, adler, length)
            self.length += length

    def finish(self) -> None:
        if self.rows != self.height:
            raise ValueError(f"{self.rows} rows written of {self.height}")
        self._drain(0)
        end = zlib.compressobj(self.level, zlib.DEFLATED, -15).flush()  # an empty final block
        self.write(chunk(b"IDAT", end + struct.pack(">I", self.adler)) + chunk(b"IEND", b""))
