"""The generated stubs name exactly what the module has (see stubcheck.py); the zlib module's in test_zlib.py."""
from stubcheck import check_stub_names


def test_stub_names_match_the_demo_module(demo):
    check_stub_names(demo)
