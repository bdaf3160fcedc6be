using Bindgen.Model.Binder;
using Bindgen.Model.C;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.CSharp;

/// <summary>
/// What every C# lowering needs: the namespace and class names, the C# name of each module type, and the
/// two type mappings (the public C# type of a bound value; the blittable type of a C type in a P/Invoke).
/// </summary>
internal sealed class CsContext
{
    public BoundModule Module { get; }
    public string Namespace { get; }
    public string ClassName { get; }
    /// <summary>The nested class of the [LibraryImport] declarations, qualified for use from any generated type.</summary>
    public string Native => "Native";
    /// <summary>Runtime helpers and callback trampolines, nested in the main class; other generated files alias them.</summary>
    public string Interop => "Interop";
    public string Trampolines => "Trampolines";
    public string Qualified(string nested) => $"global::{Namespace}.{ClassName}.{nested}";
    /// <summary>Extension `visibility`: the access modifier of every generated top-level type ("public" or "internal").</summary>
    public string Visibility { get; }
    /// <summary>Extension `project: false`: no &lt;module&gt;.csproj, for sources compiled into an existing project.</summary>
    public bool WritesProject { get; }
    /// <summary>The common base of the module's exception classes.</summary>
    public string ExceptionBase { get; }

    readonly Dictionary<string, BoundEnum> _enums;
    readonly Dictionary<string, BoundStruct> _structs;
    readonly Dictionary<string, BoundHandle> _handles;

    public CsContext(BoundModule module)
    {
        Module = module;
        var cs = module.Targets.CSharp;
        Namespace = cs?.Namespace ?? Naming.Pascal(module.Name);
        ClassName = cs?.Class ?? Naming.Pascal(module.Name);
        Visibility = cs?.Visibility ?? "public";
        WritesProject = cs?.Project ?? true;
        _enums = module.Enums.GroupBy(e => e.CName).ToDictionary(g => g.Key, g => g.First());
        _structs = module.Structs.GroupBy(s => s.CName).ToDictionary(g => g.Key, g => g.First());
        _handles = module.Handles.GroupBy(h => h.CType).ToDictionary(g => g.Key, g => g.First());
        Keepers = FindKeepers(module);
        var exceptionNames = module.Errors.Select(e => e.ExceptionClass).ToHashSet();
        ExceptionBase = ClassName + "Exception";
        while (exceptionNames.Contains(ExceptionBase)) ExceptionBase = "Native" + ExceptionBase;
    }

    public BoundHandle Handle(string record) => _handles[record];

    /// <summary>Handles that own scope: forever callables: the receiver of such a function, else its first handle argument.</summary>
    public IReadOnlySet<string> Keepers { get; private set; } = new HashSet<string>();

    static HashSet<string> FindKeepers(BoundModule module)
    {
        var set = new HashSet<string>();
        foreach (var f in module.AllFunctions)
        {
            if (!f.Params.Any(p => p.Role is CallbackRole { Scope: CallbackScope.Forever })) continue;
            var h = f.MethodOf ?? f.Params.Select(p => p.Role).OfType<HandleRole>().FirstOrDefault()?.Handle;
            if (h is not null) set.Add(h);
        }
        return set;
    }
    public BoundStruct? Struct(string record) => _structs.GetValueOrDefault(record);
    public BoundEnum? Enum(string cname) => _enums.GetValueOrDefault(cname);

    public string HandleClass(string record) => CsSyntax.Identifier(_handles[record].ClassName);
    public string StructName(string record) => CsSyntax.Identifier(_structs[record].ClassName);
    public string EnumName(BoundEnum e) => CsSyntax.Identifier(e.ClassName);
    public string DelegateName(BoundCallback cb) => Naming.Pascal(cb.Name);

    public static string IntName(int size, bool signed) => (size, signed) switch
    {
        (1, true) => "sbyte", (1, false) => "byte",
        (2, true) => "short", (2, false) => "ushort",
        (4, true) => "int", (4, false) => "uint",
        (8, true) => "long", (8, false) => "ulong",
        _ => throw new NotSupportedException($"no C# integer of {size} bytes"),
    };

    /// <summary>The C# type a bound value has in the public API.</summary>
    public string PublicType(BoundType t) => t switch
    {
        VoidType => "void",
        IntType i => IntName(i.Size, i.Signed),
        FloatType f => f.Size == 4 ? "float" : "double",
        BoolType => "bool",
        EnumType e => Enum(e.Enum) is { } be ? EnumName(be) : IntName(e.Size, e.Signed),
        StringType s => s.Encoding == StringEncoding.Bytes ? "byte[]" : "string",
        HandleType h => HandleClass(h.Handle),
        StructType s => StructName(s.Struct),
        PointerType => "nint",
        _ => throw new NotSupportedException(t.ToString()),
    };

    /// <summary>The blittable type a bound value crosses the P/Invoke boundary as.</summary>
    public string NativeType(BoundType t) => t switch
    {
        BoolType => "byte",
        StringType => "byte*",
        HandleType => "void*",
        PointerType => "void*",
        _ => PublicType(t),
    };

    /// <summary>Converts a public value expression to its native form.</summary>
    public static string ToNative(BoundType t, string expr) => t is BoolType ? $"(byte)({expr} ? 1 : 0)" : expr;

    /// <summary>Converts a native value expression to its public form (strings and handles are done by the caller).</summary>
    public static string FromNative(BoundType t, string expr) => t is BoolType ? $"{expr} != 0" : expr;

    /// <summary>The blittable C# spelling of a C type in a [LibraryImport] signature; null when it has none.</summary>
    public string? NativeType(CType t)
    {
        switch (t.Canonical)
        {
            case CPrimitiveType { Primitive: CPrimitiveKind.Void }: return "void";
            case CPrimitiveType { Primitive: CPrimitiveKind.Bool }: return "byte";
            case CPrimitiveType { Primitive: CPrimitiveKind.Float }: return "float";
            case CPrimitiveType { Primitive: CPrimitiveKind.Double }: return "double";
            case CPrimitiveType { Primitive: CPrimitiveKind.LongDouble or CPrimitiveKind.Int128 or CPrimitiveKind.UInt128 }: return null;
            case CPrimitiveType p: return IntName((int)p.Size, p.IsSigned);
            case CEnumType e:
                if (Enum(e.Name) is { } be) return EnumName(be);
                var ce = Module.Header.FindEnum(e.Name);
                return ce?.Underlying.Canonical is CPrimitiveType up ? IntName((int)up.Size, up.IsSigned) : "int";
            case CRecordType r: return Struct(r.Name) is not null ? StructName(r.Name) : null;
            case CPointerType p: return PointerTo(p.Pointee);
            case CArrayType a: return PointerTo(a.Element);
            default: return null;
        }
    }

    string PointerTo(CType pointee)
    {
        switch (pointee.Canonical)
        {
            case CPrimitiveType { Primitive: CPrimitiveKind.Void }: return "void*";
            case CPrimitiveType p when TypeFacts.IsCharLike(p): return "byte*";
            case CFunctionType f: return FunctionPointer(f) ?? "void*";
            case CRecordType r when Struct(r.Name) is null: return "void*";
            case CPointerType or CArrayType:
                var inner = NativeType(pointee);
                return inner is null ? "void*" : inner + "*";
            default:
                var n = NativeType(pointee);
                return n is null or "void" ? "void*" : n + "*";
        }
    }

    string? FunctionPointer(CFunctionType f)
    {
        var types = new List<string>();
        foreach (var p in f.Params) { if (NativeType(p) is not { } n) return null; types.Add(n); }
        if (NativeType(f.Return) is not { } r) return null;
        types.Add(r);
        return $"delegate* unmanaged[{CallConv(f.CallingConvention)}]<{string.Join(", ", types)}>";
    }

    /// <summary>The function pointer type of a callback signature, as its trampoline has it.</summary>
    public string FunctionPointer(BoundCallback cb) =>
        $"delegate* unmanaged[Cdecl]<{string.Join(", ", cb.Params.Select(p => NativeType(p.Type)).Append(NativeType(cb.Return)))}>";

    public static string CallConv(string cc) => cc.ToLowerInvariant() switch
    {
        "stdcall" => "Stdcall",
        "fastcall" => "Fastcall",
        "thiscall" => "Thiscall",
        _ => "Cdecl",
    };

    /// <summary>sizeof of a bound value's native form (for struct layout decisions).</summary>
    public (long Size, long Align) SizeOf(BoundType t) => t switch
    {
        IntType i => (i.Size, i.Size),
        FloatType f => (f.Size, f.Size),
        BoolType => (1, 1),
        EnumType e => (e.Size, e.Size),
        StructType s => (Struct(s.Struct)!.Size, Struct(s.Struct)!.Align),
        _ => (8, 8),
    };
}
