"""SQLite (examples/sqlite): a handle opened through a `sqlite3 **` out parameter, errors whose message
comes from the handle, and a second handle class constructed from the first."""

import pytest


def test_version(sqlite):
    assert sqlite.sqlite3_libversion().startswith("3.")
    assert sqlite.sqlite3_libversion_number() >= 3_000_000


def test_exec_and_query(sqlite):
    with sqlite.Connection(":memory:") as db:
        db.exec("create table t(a integer, b text)")
        db.exec("insert into t values (1, 'one'), (2, 'two'), (3, 'three')")
        assert db.changes() == 3 and db.last_insert_rowid() == 3
        st = sqlite.Statement(db, "select a, b from t order by a")
        assert st.column_count() == 2
        rows = []
        while st.step() == sqlite.SQLITE_ROW:
            rows.append((st.column_int64(0), st.column_text(1)))
        assert rows == [(1, "one"), (2, "two"), (3, "three")]
        st.reset()
        assert st.step() == sqlite.SQLITE_ROW and st.column_text(1) == "one"
        st.close()


def test_error_message_from_the_handle(sqlite):
    with sqlite.Connection(":memory:") as db:
        with pytest.raises(sqlite.SqliteError) as excinfo:
            db.exec("select * from missing_table")
        assert excinfo.value.code == sqlite.SQLITE_ERROR
        assert "no such table: missing_table" in str(excinfo.value)
        with pytest.raises(sqlite.SqliteError) as excinfo:
            sqlite.Statement(db, "selec 1")
        assert "syntax error" in str(excinfo.value)
        assert db.errcode() == sqlite.SQLITE_ERROR


def test_open_failure(sqlite):
    with pytest.raises(sqlite.SqliteError) as excinfo:
        sqlite.Connection("/nonexistent-dir/x.db", sqlite.SQLITE_OPEN_READONLY)
    assert excinfo.value.code == sqlite.SQLITE_CANTOPEN


def test_closed_handles_raise(sqlite):
    db = sqlite.Connection(":memory:")
    st = sqlite.Statement(db, "select 1")
    st.close()
    st.close()  # idempotent
    with pytest.raises(ValueError):
        st.step()
    db.close()
    with pytest.raises(ValueError):
        db.exec("select 1")
    with pytest.raises(ValueError):
        sqlite.Statement(db, "select 1")


@pytest.mark.parametrize("bad", [None, 42, b"bytes"])
def test_bad_input_is_type_error(sqlite, bad):
    with pytest.raises(TypeError):
        sqlite.Connection(bad)
    with sqlite.Connection(":memory:") as db:
        with pytest.raises(TypeError):
            db.exec(bad)
