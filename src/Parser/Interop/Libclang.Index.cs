using System.Runtime.InteropServices;

namespace Bindgen.Parser.Interop;

// Index and translation-unit lifetime (clang-c/Index.h).
internal static unsafe partial class Libclang
{
    internal const string Library = "clang";

    [LibraryImport(Library)]
    internal static partial nint clang_createIndex(int excludeDeclarationsFromPCH, int displayDiagnostics);

    [LibraryImport(Library)]
    internal static partial void clang_disposeIndex(nint index);

    [LibraryImport(Library)]
    internal static partial CXErrorCode clang_parseTranslationUnit2(
        nint CIdx, byte* source_filename, byte** command_line_args, int num_command_line_args,
        CXUnsavedFile* unsaved_files, uint num_unsaved_files, uint options, nint* out_TU);

    [LibraryImport(Library)]
    internal static partial void clang_disposeTranslationUnit(nint tu);

    [LibraryImport(Library)]
    internal static partial CXCursor clang_getTranslationUnitCursor(nint tu);

    [LibraryImport(Library)]
    internal static partial byte* clang_getFileContents(nint tu, nint file, nuint* size);

    [LibraryImport(Library)]
    internal static partial CXString clang_getFileName(nint SFile);

    [LibraryImport(Library)]
    internal static partial CXString clang_getClangVersion();
}
