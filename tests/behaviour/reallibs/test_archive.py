"""libarchive (examples/archive): a reader handle whose error text comes from the handle, a read loop
over borrowed entry objects, a tar written by the standard library's tarfile."""

import io
import tarfile

import pytest

FILES = {"a.txt": b"hello archive", "dir/b.bin": bytes(range(256)) * 40, "empty": b""}


@pytest.fixture(scope="module")
def tar_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("tar") / "sample.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name, data in FILES.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return str(path)


def open_reader(archive, path):
    reader = archive.Reader()
    reader.read_support_filter_all()
    reader.read_support_format_all()
    reader.read_open_filename(path)
    return reader


def test_version(archive):
    assert archive.archive_version_string().startswith("libarchive ")
    assert archive.archive_version_number() >= 3_000_000


def test_read_loop(archive, tar_path):
    seen = {}
    with open_reader(archive, tar_path) as reader:
        while True:
            rc, entry = reader.read_next_header()
            if rc == archive.ARCHIVE_EOF:
                break
            assert rc == archive.ARCHIVE_OK
            name, size = entry.pathname(), entry.size()
            buf = bytearray(size)
            got = reader.read_data(buf) if size else 0
            seen[name] = bytes(buf[:got])
    assert seen == FILES


def test_skip(archive, tar_path):
    with open_reader(archive, tar_path) as reader:
        names = []
        while True:
            rc, entry = reader.read_next_header()
            if rc == archive.ARCHIVE_EOF:
                break
            names.append(entry.pathname())
            reader.read_data_skip()
    assert names == list(FILES)


def test_error_string_from_the_handle(archive, tmp_path):
    with archive.Reader() as reader:
        reader.read_support_format_all()
        with pytest.raises(archive.ArchiveError) as excinfo:
            reader.read_open_filename(str(tmp_path / "missing.tar"))
        assert excinfo.value.code == archive.ARCHIVE_FATAL
        assert "missing.tar" in str(excinfo.value) or "No such file" in str(excinfo.value)
        assert reader.error_string() == str(excinfo.value) or reader.error_string() in str(excinfo.value)


def test_garbage_is_an_error(archive, tmp_path):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"\x01junk" * 300)
    with pytest.raises(archive.ArchiveError) as excinfo:
        open_reader(archive, str(junk))  # libarchive reads the first block when opening
    assert excinfo.value.code == archive.ARCHIVE_FATAL
    assert "Unrecognized archive format" in str(excinfo.value)


def test_closed_reader_raises(archive, tar_path):
    reader = open_reader(archive, tar_path)
    reader.close()
    reader.close()
    with pytest.raises(ValueError):
        reader.read_next_header()


@pytest.mark.parametrize("bad", [None, 42, b"bytes"])
def test_bad_input_is_type_error(archive, bad):
    with archive.Reader() as reader:
        with pytest.raises(TypeError):
            reader.read_open_filename(bad)
