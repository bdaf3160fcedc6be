import um

with um.UmCtx(um.um_mode.SLOW) as c:
    assert c.mode_of() == 2
assert um.um_mode.FAST == 1
assert um.um_add(um.um_point(x=2, y=3)) == 5
assert um.um_check(4) == 4
try:
    um.um_check(-2)
except um.UmError as e:
    assert "too slow" in str(e)
else:
    raise AssertionError("um_check(-2) should raise")
assert not hasattr(um, "um_unnamed"), "not named, not in um.h: stays out"
assert not hasattr(um, "um_strerror"), "named only as the message function: used for that, not bound by the default rules"
print("ok")
