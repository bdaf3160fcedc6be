using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Bindgen.Parser.Interop;
using static Bindgen.Parser.Interop.Libclang.Native;

namespace Bindgen.Parser.Clang;

/// <summary>Managed conveniences over the flat interop: strings, children lists, type queries.</summary>
internal static unsafe class ClangExtensions
{
    public static string ToManaged(this CXString s)
    {
        var text = Marshal.PtrToStringUTF8((nint)clang_getCString(s)) ?? "";
        clang_disposeString(s);
        return text;
    }

    public static CXCursorKind Kind(this CXCursor c) => c.kind;

    public static string Spelling(this CXCursor c) => clang_getCursorSpelling(c).ToManaged();

    public static CXType Type(this CXCursor c) => clang_getCursorType(c);

    public static bool IsNull(this CXCursor c) => clang_Cursor_isNull(c) != 0;

    public static bool IsDefinition(this CXCursor c) => clang_isCursorDefinition(c) != 0;

    /// <summary>Decl cursors keep the Decl* in data0; the canonical decl identifies an entity across redeclarations.</summary>
    public static nint DeclKey(this CXCursor c) => clang_getCanonicalCursor(c).data0;

    public static List<CXCursor> Children(this CXCursor parent)
    {
        var list = new List<CXCursor>();
        var handle = GCHandle.Alloc(list);
        try
        {
            clang_visitChildren(parent, &CollectChild, (void*)GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        return list;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static CXChildVisitResult CollectChild(CXCursor cursor, CXCursor parent, void* data)
    {
        ((List<CXCursor>)GCHandle.FromIntPtr((nint)data).Target!).Add(cursor);
        return CXChildVisitResult.Continue;
    }

    public static string Spelling(this CXType t) => clang_getTypeSpelling(t).ToManaged();

    public static bool IsConst(this CXType t) => clang_isConstQualifiedType(t) != 0;

    public static bool IsVolatile(this CXType t) => clang_isVolatileQualifiedType(t) != 0;

    /// <summary>sizeof, with libclang's negative layout error codes folded to -1.</summary>
    public static long SizeOf(this CXType t) => Math.Max(clang_Type_getSizeOf(t), -1);

    public static long AlignOf(this CXType t) => Math.Max(clang_Type_getAlignOf(t), -1);

    /// <summary>Bit offset of a (possibly anonymous-member-nested) field by name; negative when not found.</summary>
    public static long OffsetOf(this CXType record, string field)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(field + "\0");
        fixed (byte* p = utf8) return clang_Type_getOffsetOf(record, p);
    }

    public static CXType Canonical(this CXType t) => clang_getCanonicalType(t);

    public static CXCursor Declaration(this CXType t) => clang_getTypeDeclaration(t);

    /// <summary>Strips `struct x` / `enum y` elaboration (and attributes) to the type it names.</summary>
    public static CXType Unelaborated(this CXType t)
    {
        while (true)
        {
            if (t.kind == CXTypeKind.Elaborated) t = clang_Type_getNamedType(t);
            else if (t.kind == CXTypeKind.Attributed) t = clang_Type_getModifiedType(t);
            else return t;
        }
    }

    public static bool SameAs(this CXType a, CXType b) => a.kind == b.kind && a.data0 == b.data0 && a.data1 == b.data1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CXSourceLocation Start(this CXSourceRange r) => clang_getRangeStart(r);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CXSourceLocation End(this CXSourceRange r) => clang_getRangeEnd(r);
}
