using Sqlitebind;
using Q = Sqlitebind.Sqlitebind;

namespace CSharpBehaviour;

/// <summary>Mirrors reallibs/test_sqlite.py against the real libsqlite3.so.0 (examples/sqlite).</summary>
public class RealLibSqliteTests
{
    [Fact]
    public void ExecAndQuery()
    {
        using var db = new Connection(":memory:");
        db.Exec("create table t(a integer, b text)");
        db.Exec("insert into t values (1, 'one'), (2, 'two')");
        Assert.Equal(2, db.Changes());
        Assert.Equal(2, db.LastInsertRowid());
        using var st = new Statement(db, "select a, b from t order by a");
        var rows = new List<(long, string?)>();
        while (st.Step() == Q.SQLITE_ROW) rows.Add((st.ColumnInt64(0), st.ColumnText(1)));
        Assert.Equal(new List<(long, string?)> { (1, "one"), (2, "two") }, rows);
    }

    [Fact]
    public void ErrorMessageFromTheHandle()
    {
        using var db = new Connection(":memory:");
        var e = Assert.Throws<SqliteError>(() => db.Exec("select * from missing_table"));
        Assert.Equal(Q.SQLITE_ERROR, e.Code);
        Assert.Contains("no such table: missing_table", e.Message);
        Assert.Contains("syntax error", Assert.Throws<SqliteError>(() => new Statement(db, "selec 1")).Message);
        Assert.Equal(Q.SQLITE_CANTOPEN,
            Assert.Throws<SqliteError>(() => new Connection("/nonexistent-dir/x.db", Q.SQLITE_OPEN_READONLY)).Code);
    }

    [Fact]
    public void ClosedHandlesThrow()
    {
        var db = new Connection(":memory:");
        var st = new Statement(db, "select 1");
        st.Dispose();
        Assert.Throws<ObjectDisposedException>(() => st.Step());
        db.Dispose();
        Assert.Throws<ObjectDisposedException>(() => db.Exec("select 1"));
        Assert.Throws<ObjectDisposedException>(() => new Statement(db, "select 1"));
    }
}
