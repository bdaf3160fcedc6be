using System.Text.RegularExpressions;
using Bindgen.Model.C;

namespace Bindgen.Tests.Parser;

/// <summary>Specific facts about real headers (zlib, sqlite, lzma) that bindings depend on.</summary>
public class SystemHeaderFactsTests
{
    private static readonly Lazy<CHeader> Zlib = new(() => ParserCases.ParseHeaders(["zlib.h", "zconf.h"], []));

    [Fact]
    public void ZlibMacros()
    {
        var zlib = Zlib.Value;
        var zNull = Macro(zlib, "Z_NULL");
        Assert.Equal(CMacroKind.Integer, zNull.Kind);
        Assert.Equal(0, zNull.IntValue);
        Assert.Equal("0", zNull.Expression);
        Assert.Equal(15, Macro(zlib, "MAX_WBITS").IntValue);
        Assert.Equal(-2, Macro(zlib, "Z_STREAM_ERROR").IntValue);

        var written = Regex.Match(File.ReadAllText("/usr/include/zlib.h"), "#define ZLIB_VERSION \"([^\"]+)\"").Groups[1].Value;
        var version = Macro(zlib, "ZLIB_VERSION");
        Assert.Equal(CMacroKind.String, version.Kind);
        Assert.Equal(written, version.StringValue);
        Assert.DoesNotContain(zlib.Macros, m => m.Name is "ZEXTERN" or "OF" or "zlib_version");
    }

    [Fact]
    public void ZlibTypedefChainIsKept()
    {
        var uLongf = Assert.IsType<CTypedefType>(Zlib.Value.FindTypedef("uLongf")!.Target);
        Assert.Equal("uLong", uLongf.Name);
        var primitive = Assert.IsType<CPrimitiveType>(uLongf.Target);
        Assert.Equal(CPrimitiveKind.ULong, primitive.Primitive);
        Assert.False(primitive.IsSigned);
        Assert.Equal(8, primitive.Size);
    }

    [Fact]
    public void ZlibStreamRecord()
    {
        var zlib = Zlib.Value;
        var typedef = Assert.IsType<CRecordType>(zlib.FindTypedef("z_stream")!.Target);
        Assert.Equal("z_stream_s", typedef.Name);
        Assert.Equal("struct z_stream_s", typedef.Spelling);
        var record = zlib.FindRecord("z_stream_s")!;
        Assert.False(record.IsAnonymous);
        Assert.Equal(112, record.Size);
        Assert.Equal(8, record.Align);
        Assert.Equal(
            ["next_in", "avail_in", "total_in", "next_out", "avail_out", "total_out", "msg", "state", "zalloc", "zfree", "opaque", "data_type", "adler", "reserved"],
            record.Fields.Select(f => f.Name));
        Assert.Equal([0L, 64, 128, 192, 256, 320, 384, 448, 512, 576, 640, 704, 768, 832], record.Fields.Select(f => f.OffsetBits));
        Assert.Equal("number of bytes available at next_in", record.Fields[1].Doc);

        // zalloc is alloc_func: a pointer to a function whose typedef names its parameters.
        var zalloc = Assert.IsType<CTypedefType>(record.Fields[8].Type);
        Assert.Equal("alloc_func", zalloc.Name);
        var fn = Assert.IsType<CFunctionType>(Assert.IsType<CPointerType>(zalloc.Target).Pointee);
        Assert.Equal(["opaque", "items", "size"], fn.ParamNames);
        Assert.Equal(3, fn.Params.Count);

        var state = Assert.IsType<CPointerType>(record.Fields[7].Type);
        Assert.Equal("internal_state", Assert.IsType<CRecordType>(state.Pointee).Name);
        Assert.False(zlib.FindRecord("internal_state")!.IsComplete);
    }

    [Fact]
    public void ZlibFunctions()
    {
        var zlib = Zlib.Value;
        var deflate = zlib.FindFunction("deflate")!;
        Assert.Equal(["strm", "flush"], deflate.Params.Select(p => p.Name));
        Assert.Equal("z_streamp", Assert.IsType<CTypedefType>(deflate.Params[0].Type).Name);
        Assert.StartsWith("deflate compresses as much data as possible", deflate.Doc);
        Assert.Equal("cdecl", deflate.CallingConvention);
        Assert.EndsWith("/usr/include/zlib.h", deflate.Location.File);
        Assert.True(deflate.Location.Line > 200);

        var gzprintf = zlib.FindFunction("gzprintf")!;
        Assert.True(gzprintf.IsVariadic);
        Assert.Contains(zlib.Diagnostics, d => d.Message == "function 'gzprintf' is variadic; skipped" && d.Location == gzprintf.Location);
        Assert.False(zlib.FindFunction("compress")!.IsVariadic);
    }

    [Fact]
    public void DefinesReachThePreprocessor()
    {
        // z_const is empty unless ZLIB_CONST is defined (a bare -DZLIB_CONST).
        static bool MsgIsConst(CHeader h) =>
            Assert.IsType<CPointerType>(h.FindRecord("z_stream_s")!.Fields.Single(f => f.Name == "msg").Type).Pointee.IsConst;
        Assert.False(MsgIsConst(Zlib.Value));
        var withConst = ParserCases.ParseHeaders(["zlib.h"], [], defines: [new("ZLIB_CONST", "")]);
        Assert.True(MsgIsConst(withConst));
    }

    [Fact]
    public void SqliteMacrosAndFunctions()
    {
        var sqlite = ParserCases.System("sqlite3.h");
        Assert.Equal(266, Macro(sqlite, "SQLITE_IOERR_READ").IntValue);
        Assert.Equal("(SQLITE_IOERR | (1<<8))", Macro(sqlite, "SQLITE_IOERR_READ").Expression);
        var written = Regex.Match(File.ReadAllText("/usr/include/sqlite3.h"), "#define SQLITE_VERSION +\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(written, Macro(sqlite, "SQLITE_VERSION").StringValue);
        // Pointer-valued macros are not constants the model can hold.
        Assert.DoesNotContain(sqlite.Macros, m => m.Name is "SQLITE_STATIC" or "SQLITE_TRANSIENT");

        var open = sqlite.FindFunction("sqlite3_open")!;
        Assert.Equal(["filename", "ppDb"], open.Params.Select(p => p.Name));
        var ppDb = Assert.IsType<CPointerType>(Assert.IsType<CPointerType>(open.Params[1].Type).Pointee);
        Assert.Equal("sqlite3", Assert.IsType<CTypedefType>(ppDb.Pointee).Name);
        Assert.False(sqlite.FindRecord("sqlite3")!.IsComplete);
        Assert.Contains(sqlite.Variables, v => v.Name == "sqlite3_version");
    }

    [Fact]
    public void LzmaThroughIncludeGlobs()
    {
        var lzma = ParserCases.System("lzma.h", "lzma_*", "LZMA_*");
        var major = Macro(lzma, "LZMA_VERSION_MAJOR").IntValue;
        var minor = Macro(lzma, "LZMA_VERSION_MINOR").IntValue;
        var patch = Macro(lzma, "LZMA_VERSION_PATCH").IntValue;
        Assert.StartsWith($"{major}.{minor}.{patch}", Macro(lzma, "LZMA_VERSION_STRING").StringValue);
        Assert.True(Macro(lzma, "LZMA_VERSION").Unsigned);

        var ret = lzma.FindEnum("lzma_ret")!;
        Assert.True(ret.IsAnonymous);
        Assert.Equal(0, ret.Constants.Single(c => c.Name == "LZMA_OK").Value);
        Assert.True(lzma.FindRecord("lzma_stream")!.IsAnonymous);
        Assert.NotNull(lzma.FindFunction("lzma_code"));
        // Without the globs nothing is declared in lzma.h itself.
        Assert.Empty(ParserCases.System("lzma.h").Functions);
    }

    private static CMacro Macro(CHeader header, string name) =>
        header.Macros.SingleOrDefault(m => m.Name == name) ?? throw new Xunit.Sdk.XunitException($"macro {name} missing");
}
