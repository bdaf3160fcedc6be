using System.Text;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Clang;

/// <summary>A position resolved to the file where the text was written out (macro uses map to their expansion point).</summary>
internal readonly record struct FilePos(nint File, int Line, int Column, int Offset);

/// <summary>A clang diagnostic flattened to plain data.</summary>
internal sealed record ClangDiagnostic(CXDiagnosticSeverity Severity, FilePos Position, string FileName, string Message);

/// <summary>
/// Owns one CXIndex + CXTranslationUnit parsed from an in-memory main file: the generated SafeHandles
/// (src/Parser/Interop/Generated), with the raw pointer kept for the Native calls on the hot paths.
/// </summary>
internal sealed unsafe class TranslationUnit : IDisposable
{
    private CXIndex? _index;
    private CXTranslationUnit? _tu;
    private readonly Dictionary<nint, string> _fileNames = new();

    public void* Handle { get; private set; }
    public string MainFileName { get; }

    private TranslationUnit(CXIndex index, CXTranslationUnit tu, string mainFileName)
    {
        _index = index;
        _tu = tu;
        Handle = (void*)tu.DangerousGetHandle();
        MainFileName = mainFileName;
    }

    public static TranslationUnit Parse(string mainFileName, string mainFileContents, IReadOnlyList<string> args, CXTranslationUnit_Flags flags)
    {
        var index = new CXIndex(0, 0);
        var name = Encoding.UTF8.GetBytes(mainFileName + "\0");
        var contents = Encoding.UTF8.GetBytes(mainFileContents);
        fixed (byte* namePtr = name)
        fixed (byte* contentPtr = contents)
        {
            ReadOnlySpan<CXUnsavedFile> unsaved = [new CXUnsavedFile(namePtr, contentPtr, (nuint)contents.Length)];
            var error = Libclang.ClangParseTranslationUnit2(index, mainFileName, args as string[] ?? args.ToArray(), unsaved, (uint)flags, out var tu);
            if (error != CXErrorCode.Success || tu is null)
            {
                tu?.Dispose();
                index.Dispose();
                throw new Bindgen.Model.BindgenException($"libclang could not parse the headers (CXError_{error}); arguments: {string.Join(' ', args)}");
            }
            return new TranslationUnit(index, tu, mainFileName);
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
        Handle = null;
        _tu?.Dispose();
        _index?.Dispose();
        _tu = null;
        _index = null;
    }
}
