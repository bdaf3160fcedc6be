"""Run by CffiEmitterTests against the module generated from small.yaml (API or ABI mode)."""
import array

import small

assert small.small_add(2, 3) == 5
assert small.small_sum(b"\x01\x02\x03") == 6
buf = bytearray(4)
assert small.small_fill(buf, 7) == 2 and buf == b"\x07\x07\x00\x00"
try:
    small.small_fill(bytearray(1), 7)
except small.SmallError as exc:
    assert exc.code == -2 and "too small" in str(exc), exc
else:
    raise AssertionError("no SmallError")
assert small.small_div(7, 2) == 3
rec = small.small_make(small.small_color.GREEN)
assert (rec.pair.a, rec.pair.b, rec.bits, rec.flag, rec.tag, rec.weight) == (1, 2, 5, 1, [111, 107], 1.5), rec
seen = []
assert small.small_each(3, lambda i: seen.append(i) or i * 10) == 30 and seen == [0, 1, 2]
with small.SmallObj(4) as obj:
    assert obj.get() == 4
try:
    obj.get()
except ValueError:
    pass
else:
    raise AssertionError("use after close")
assert small.SMALL_LIMIT == 64 and small.SMALL_NEG == -3 and small.SMALL_NAME == "small" and small.SMALL_RATIO == 0.5
assert small.small_version() == 3                            # CPython: lib's own function
assert small.small_iota() == b"\x00\x01\x02\x03"              # alloc output, returned as bytes
assert small.small_sum(bytearray(b"\x01\x02")) == 3              # buffers other than bytes: through _rbuf
assert small.small_sum(memoryview(b"\x00\x05\x06")[1:]) == 11
assert small.small_sum16(array.array("h", [1, -2, 300])) == 299  # wider items: a char[] view cast to int16_t *
assert small.small_sum16(b"\x01\x00\x02\x00\x09") == 3          # bytes too; the odd byte is not an item
try:
    small.small_sum16(None)
except TypeError as exc:
    assert "values" in str(exc), exc
else:
    raise AssertionError("None accepted")
print("ok")
