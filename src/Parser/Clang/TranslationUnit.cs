using System.Runtime.InteropServices;
using System.Text;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang;

namespace Bindgen.Parser.Clang;

/// <summary>A position resolved to the file where the text was written out (macro uses map to their expansion point).</summary>
internal readonly record struct FilePos(nint File, int Line, int Column, int Offset);

/// <summary>A clang diagnostic flattened to plain data.</summary>
internal sealed record ClangDiagnostic(CXDiagnosticSeverity Severity, FilePos Position, string FileName, string Message);

/// <summary>Owns one CXIndex + CXTranslationUnit parsed from an in-memory main file.</summary>
internal sealed unsafe class TranslationUnit : IDisposable
{
    private nint _index;
    private readonly Dictionary<nint, string> _fileNames = new();

    public nint Handle { get; private set; }
    public string MainFileName { get; }

    private TranslationUnit(nint index, nint tu, string mainFileName)
    {
        _index = index;
        Handle = tu;
        MainFileName = mainFileName;
    }

    public static TranslationUnit Parse(string mainFileName, string mainFileContents, IReadOnlyList<string> args, CXTranslationUnit_Flags flags)
    {
        var index = clang_createIndex(0, 0);
        var allocations = new List<nint>();
        byte* Utf8(string s)
        {
            var p = Marshal.StringToCoTaskMemUTF8(s);
            allocations.Add(p);
            return (byte*)p;
        }
        try
        {
            var argv = stackalloc byte*[Math.Max(args.Count, 1)];
            for (var i = 0; i < args.Count; i++) argv[i] = Utf8(args[i]);
            var contents = Encoding.UTF8.GetBytes(mainFileContents);
            fixed (byte* contentPtr = contents)
            {
                var unsaved = new CXUnsavedFile { Filename = Utf8(mainFileName), Contents = contentPtr, Length = (nuint)contents.Length };
                nint tu;
                var error = clang_parseTranslationUnit2(index, Utf8(mainFileName), argv, args.Count, &unsaved, 1, (uint)flags, &tu);
                if (error != CXErrorCode.CXError_Success || tu == 0)
                {
                    clang_disposeIndex(index);
                    throw new Bindgen.Model.BindgenException($"libclang could not parse the headers ({error}); arguments: {string.Join(' ', args)}");
                }
                return new TranslationUnit(index, tu, mainFileName);
            }
        }
        finally
        {
            foreach (var p in allocations) Marshal.FreeCoTaskMem(p);
        }
    }

    public CXCursor Cursor => clang_getTranslationUnitCursor(Handle);

    public string FileName(nint file)
    {
        if (file == 0) return "";
        if (!_fileNames.TryGetValue(file, out var name))
            _fileNames[file] = name = clang_getFileName(file).ToManaged();
        return name;
    }

    public static FilePos Expansion(CXSourceLocation location)
    {
        nint file;
        uint line, column, offset;
        clang_getExpansionLocation(location, &file, &line, &column, &offset);
        return new FilePos(file, (int)line, (int)column, (int)offset);
    }

    /// <summary>The bytes clang parsed for a file (offsets of FilePos index into them).</summary>
    public ReadOnlySpan<byte> Contents(nint file)
    {
        nuint size;
        var p = clang_getFileContents(Handle, file, &size);
        return p == null ? ReadOnlySpan<byte>.Empty : new ReadOnlySpan<byte>(p, checked((int)size));
    }

    public List<ClangDiagnostic> Diagnostics(CXDiagnosticSeverity minimum)
    {
        var result = new List<ClangDiagnostic>();
        var count = clang_getNumDiagnostics(Handle);
        for (uint i = 0; i < count; i++)
        {
            var d = clang_getDiagnostic(Handle, i);
            try
            {
                var severity = clang_getDiagnosticSeverity(d);
                if (severity < minimum) continue;
                var pos = Expansion(clang_getDiagnosticLocation(d));
                result.Add(new ClangDiagnostic(severity, pos, FileName(pos.File), clang_getDiagnosticSpelling(d).ToManaged()));
            }
            finally
            {
                clang_disposeDiagnostic(d);
            }
        }
        return result;
    }

    public void Dispose()
    {
        if (Handle != 0) clang_disposeTranslationUnit(Handle);
        if (_index != 0) clang_disposeIndex(_index);
        Handle = 0;
        _index = 0;
    }
}
