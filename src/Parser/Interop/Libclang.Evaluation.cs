using System.Runtime.InteropServices;

namespace Bindgen.Parser.Interop;

// Constant evaluation of declarations and expressions.
internal static unsafe partial class Libclang
{
    [LibraryImport(Library)]
    internal static partial nint clang_Cursor_Evaluate(CXCursor C);

    [LibraryImport(Library)]
    internal static partial CXEvalResultKind clang_EvalResult_getKind(nint E);

    [LibraryImport(Library)]
    internal static partial long clang_EvalResult_getAsLongLong(nint E);

    [LibraryImport(Library)]
    internal static partial uint clang_EvalResult_isUnsignedInt(nint E);

    [LibraryImport(Library)]
    internal static partial ulong clang_EvalResult_getAsUnsigned(nint E);

    [LibraryImport(Library)]
    internal static partial double clang_EvalResult_getAsDouble(nint E);

    [LibraryImport(Library)]
    internal static partial byte* clang_EvalResult_getAsStr(nint E);

    [LibraryImport(Library)]
    internal static partial void clang_EvalResult_dispose(nint E);
}
