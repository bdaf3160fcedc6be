"""ctypes peer: the bench library called through ctypes, written the way ctypes users write it."""
import ctypes
import os

lib = ctypes.CDLL(os.environ.get("BENCHLIB_SO", "libbench.so"))
lib.bl_noargs.argtypes = []
lib.bl_noargs.restype = ctypes.c_int
lib.bl_add.argtypes = [ctypes.c_int, ctypes.c_int]
lib.bl_add.restype = ctypes.c_int
lib.bl_checksum.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
lib.bl_checksum.restype = ctypes.c_int
lib.bl_copy_out.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
lib.bl_copy_out.restype = None
lib.bl_crc32.argtypes = [ctypes.c_uint32, ctypes.c_char_p, ctypes.c_size_t]
lib.bl_crc32.restype = ctypes.c_uint32
lib.bl_counter_new.argtypes = [ctypes.c_int]
lib.bl_counter_new.restype = ctypes.c_void_p
lib.bl_counter_free.argtypes = [ctypes.c_void_p]
lib.bl_counter_free.restype = None
lib.bl_counter_get.argtypes = [ctypes.c_void_p]
lib.bl_counter_get.restype = ctypes.c_int

_checksum, _copy_out, _crc32, _get = lib.bl_checksum, lib.bl_copy_out, lib.bl_crc32, lib.bl_counter_get


def checksum(data):
    return _checksum(data, len(data))


def copy_out():
    buf = ctypes.create_string_buffer(1024)
    _copy_out(buf, 1024)
    return buf.raw


def crc32(crc, data):
    return _crc32(crc, data, len(data))


class Counter:
    def __init__(self, start):
        self._p = lib.bl_counter_new(start)

    def get(self):
        return _get(self._p)

    def __del__(self):
        lib.bl_counter_free(self._p)
