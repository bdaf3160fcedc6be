import arrays as a

assert a.arr_sum(b"\x01\x02\x03") == 6
assert a.arr_sum_unsized(b"\x01\x02") == 1003
assert a.arr_sum_static(b"\x01\x01\x01\x01") == 2004
out = bytearray(8)
assert a.arr_fill(out) == 5 and out == bytearray(b"\x01\x02\x03\x04\x05\x00\x00\x00")
assert a.arr_divmod(17, 5) == (3, 2)
assert a.arr_bump(41) == 42
assert a.arr_strlen("h\u00e9") == 3
assert a.arr_count_text("a\0a\0", 0) == 2
assert a.arr_key_sum(bytes(range(16))) == 3120
print("ok")
