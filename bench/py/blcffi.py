"""Hand-written cffi peer: thin Python functions over the API-mode _blcffi module."""
from _blcffi import ffi, lib

_checksum, _copy_out, _crc32, _get = lib.bl_checksum, lib.bl_copy_out, lib.bl_crc32, lib.bl_counter_get
_from_buffer, _new, _buffer = ffi.from_buffer, ffi.new, ffi.buffer


def checksum(data):
    return _checksum(_from_buffer(data), len(data))


def copy_out():
    buf = _new("uint8_t[1024]")
    _copy_out(buf, 1024)
    return _buffer(buf)[:]


def crc32(crc, data):
    return _crc32(crc, _from_buffer(data), len(data))


class Counter:
    __slots__ = ("_p",)

    def __init__(self, start):
        self._p = ffi.gc(lib.bl_counter_new(start), lib.bl_counter_free)

    def get(self):
        return _get(self._p)
