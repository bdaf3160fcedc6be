using System.Runtime.InteropServices;
using System.Text;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Clang;

/// <summary>A position resolved to the file where the text was written out (macro uses map to their expansion point).</summary>
internal readonly record struct FilePos(nint File, int Line, int Column, int Offset);

/// <summary>A clang diagnostic flattened to plain data.</summary>
internal sealed record ClangDiagnostic(CXDiagnosticSeverity Severity, FilePos Position, string FileName, string Message);

/// <summary>Owns one CXIndex + CXTranslationUnit parsed from an in-memory main file.</summary>
internal sealed unsafe class TranslationUnit : IDisposable
{
    private void* _index;
    private readonly Dictionary<nint, string> _fileNames = new();

    public void* Handle { get; private set; }
    public string MainFileName { get; }

    private TranslationUnit(void* index, void* tu, string mainFileName)
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
                var unsaved = new CXUnsavedFile(Utf8(mainFileName), contentPtr, (nuint)contents.Length);
                void* tu;
                var error = clang_parseTranslationUnit2(index, Utf8(mainFileName), argv, args.Count, &unsaved, 1, (uint)flags, &tu);
                if (error != CXErrorCode.Success || tu == null)
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
            _fileNames[file] = name = clang_getFileName((void*)file).ToManaged();
        return name;
    }

    public static FilePos Expansion(CXSourceLocation location)
    {
        void* file;
        uint line, column, offset;
        clang_getExpansionLocation(location, &file, &line, &column, &offset);
        return new FilePos((nint)file, (int)line, (int)column, (int)offset);
    }

    /// <summary>The bytes clang parsed for a file (offsets of FilePos index into them).</summary>
    public ReadOnlySpan<byte> Contents(nint file)
    {
        ulong size;
        var p = clang_getFileContents(Handle, (void*)file, &size);
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
        if (Handle != null) clang_disposeTranslationUnit(Handle);
        if (_index != null) clang_disposeIndex(_index);
        Handle = null;
        _index = null;
    }
}
