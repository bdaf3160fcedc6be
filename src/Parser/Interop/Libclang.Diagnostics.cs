using System.Runtime.InteropServices;

namespace Bindgen.Parser.Interop;

// CXString, diagnostics and source locations.
internal static unsafe partial class Libclang
{
    [LibraryImport(Library)]
    internal static partial byte* clang_getCString(CXString @string);

    [LibraryImport(Library)]
    internal static partial void clang_disposeString(CXString @string);

    [LibraryImport(Library)]
    internal static partial uint clang_getNumDiagnostics(nint Unit);

    [LibraryImport(Library)]
    internal static partial nint clang_getDiagnostic(nint Unit, uint Index);

    [LibraryImport(Library)]
    internal static partial void clang_disposeDiagnostic(nint Diagnostic);

    [LibraryImport(Library)]
    internal static partial CXDiagnosticSeverity clang_getDiagnosticSeverity(nint Diagnostic);

    [LibraryImport(Library)]
    internal static partial CXString clang_getDiagnosticSpelling(nint Diagnostic);

    [LibraryImport(Library)]
    internal static partial CXSourceLocation clang_getDiagnosticLocation(nint Diagnostic);

    [LibraryImport(Library)]
    internal static partial void clang_getExpansionLocation(CXSourceLocation location, nint* file, uint* line, uint* column, uint* offset);

    [LibraryImport(Library)]
    internal static partial void clang_getSpellingLocation(CXSourceLocation location, nint* file, uint* line, uint* column, uint* offset);

    [LibraryImport(Library)]
    internal static partial void clang_getFileLocation(CXSourceLocation location, nint* file, uint* line, uint* column, uint* offset);

    [LibraryImport(Library)]
    internal static partial CXSourceLocation clang_getRangeStart(CXSourceRange range);

    [LibraryImport(Library)]
    internal static partial CXSourceLocation clang_getRangeEnd(CXSourceRange range);
}
