using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.CPython;

/// <summary>Lowers a BoundModule to the CPython view-model: C names, converters per C type, exception fields.</summary>
public sealed partial class CPythonLowering
{
    readonly BoundModule _m;
    readonly bool _limited;
    readonly Dictionary<string, ConversionModel> _convs = new();
    readonly Dictionary<string, string> _excByName = new();

    static readonly HashSet<string> BuiltinExceptions =
    [
        "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
        "FloatingPointError", "ImportError", "IndexError", "KeyError", "LookupError", "MemoryError", "NameError",
        "NotImplementedError", "OSError", "OverflowError", "RecursionError", "ReferenceError", "RuntimeError",
        "StopIteration", "SyntaxError", "SystemError", "TypeError", "UnicodeError", "ValueError", "ZeroDivisionError",
        "BlockingIOError", "BrokenPipeError", "ChildProcessError", "ConnectionError", "ConnectionAbortedError",
        "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError",
        "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    ];

    public CPythonLowering(BoundModule module, bool limited)
    {
        _m = module;
        _limited = limited;
    }

    public static (int Major, int Minor) ParseVersion(string v)
    {
        var parts = v.Split('.');
        return (int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 0);
    }

    public ModuleModel Lower(GeneratorInfo info, string limitedApi)
    {
        var (maj, min) = ParseVersion(limitedApi);
        var exceptions = LowerExceptions();
        var enums = _m.Enums.Select(LowerEnum).ToList();
        var structs = _m.Structs.Select(LowerStruct).ToList();
        var handles = _m.Handles.Select(LowerHandle).ToList();
        var functions = _m.Functions.Select(f => LowerFunction(f, "module", null)).ToList();
        var callbacks = _m.Callbacks.Select(LowerCallback).ToList();
        return new ModuleModel
        {
            HeaderLine = CText.Comment(info.HeaderLine),
            Name = _m.Name,
            DocLiteral = "NULL",
            Limited = _limited,
            LimitedHex = $"0x{maj:X2}{min:X2}0000",
            LimitedFastcall = (maj, min).CompareTo((3, 10)) >= 0 ? 1 : 0,
            LimitedPyBuffer = (maj, min).CompareTo((3, 11)) >= 0 ? 1 : 0,
            Headers = _m.Headers.ToList(),
            Exceptions = exceptions,
            Conversions = _convs.Values.OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
            Callbacks = callbacks,
            Structs = structs,
            Handles = handles,
            Enums = enums,
            Constants = _m.Constants.Select(c => new ConstantModel(c.CName,
                c.Kind switch { ConstantKind.Int => 0, ConstantKind.Float => 1, _ => 2 }, CText.Literal(c.Value))).ToList(),
            Functions = functions,
            StateFields = exceptions.Select(e => e.Field).Concat(structs.Select(s => s.TypeField)).Concat(handles.Select(h => h.TypeField))
                .Concat(enums.Where(e => e.Base != "").Select(e => e.Field)).ToList(),
        };
    }

    // ---- exceptions ----

    List<ExceptionModel> LowerExceptions()
    {
        var result = new List<ExceptionModel>();
        var pending = _m.Errors.GroupBy(e => e.ExceptionClass).Select(g => g.First()).ToList();
        foreach (var e in pending.Where(e => BuiltinExceptions.Contains(e.ExceptionClass)))
            _excByName[e.ExceptionClass] = "PyExc_" + e.ExceptionClass;
        pending = pending.Where(e => !BuiltinExceptions.Contains(e.ExceptionClass)).ToList();
        // Bases first: a class may derive from another class of the module.
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(e => !pending.Any(o => o != e && o.ExceptionClass == e.BaseClass)) ?? pending[0];
            pending.Remove(next);
            var field = "exc_" + CText.Ident(next.ExceptionClass);
            string baseExpr = BuiltinExceptions.Contains(next.BaseClass) ? "PyExc_" + next.BaseClass
                : _excByName.TryGetValue(next.BaseClass, out var b) ? b : "PyExc_RuntimeError";
            _excByName[next.ExceptionClass] = "bg_st->" + field;
            result.Add(new ExceptionModel
            {
                Name = next.ExceptionClass, Field = field, BaseExpr = baseExpr,
                QualifiedName = CText.Literal($"{_m.Name}.{next.ExceptionClass}"),
            });
        }
        return result;
    }

    string ExceptionOf(string errorName) => _excByName[_m.Error(errorName).ExceptionClass];

    // ---- conversions ----

    /// <summary>The converter key for a value type, registering bg_from_py_KEY / bg_to_py_KEY.</summary>
    public string Conv(BoundType t)
    {
        var key = CText.Ident(t.CSpelling);
        if (_convs.ContainsKey(key)) return key;
        ConversionModel c = t switch
        {
            IntType i when i.Signed => new ConversionModel
            {
                Key = key, CType = t.CSpelling, Kind = "int",
                Min = i.Size == 8 ? "LLONG_MIN" : i.MinValue + "LL", Max = i.Size == 8 ? "LLONG_MAX" : i.MaxValue + "LL",
            },
            IntType i => new ConversionModel { Key = key, CType = t.CSpelling, Kind = "uint", Max = i.Size == 8 ? "ULLONG_MAX" : i.MaxValue + "ULL" },
            FloatType f => new ConversionModel { Key = key, CType = t.CSpelling, Kind = "float", Single = f.Size == 4 },
            BoolType => new ConversionModel { Key = key, CType = t.CSpelling, Kind = "bool" },
            EnumType e => EnumConv(key, e),
            StructType s => new ConversionModel
            {
                Key = key, CType = t.CSpelling, Kind = "struct", ObjType = StructObj(s.Struct), TypeField = StructTypeField(s.Struct),
                PyName = _m.Struct(s.Struct).ClassName,
            },
            _ => throw new InvalidOperationException($"no value conversion for {t}"),
        };
        _convs[key] = c;
        return key;
    }

    ConversionModel EnumConv(string key, EnumType e)
    {
        var it = new IntType(e.CSpelling, e.Size, e.Signed);
        var en = _m.Enums.FirstOrDefault(x => x.CName == e.Enum);
        return new ConversionModel
        {
            Key = key, CType = e.CSpelling, Kind = "enum", EnumSigned = e.Signed,
            Min = e.Signed ? (e.Size == 8 ? "LLONG_MIN" : it.MinValue + "LL") : "0",
            Max = e.Signed ? (e.Size == 8 ? "LLONG_MAX" : it.MaxValue + "LL") : (e.Size == 8 ? "ULLONG_MAX" : it.MaxValue + "ULL"),
            EnumField = en is null || en.Style == BoundEnumStyle.Int ? "" : EnumField(en),
        };
    }

    // ---- names ----

    static string EnumField(BoundEnum e) => "enum_" + CText.Ident(e.ClassName);
    string StructObj(string s) => "bg_obj_" + CText.Ident(_m.Struct(s).ClassName);
    string StructTypeField(string s) => "type_" + CText.Ident(_m.Struct(s).ClassName);
    string HandlePrefix(string h) => "bg_" + CText.Ident(_m.Handle(h).ClassName);
    string HandleObj(string h) => "bg_obj_" + CText.Ident(_m.Handle(h).ClassName);

    // ---- enums, structs, handles, callbacks ----

    EnumModel LowerEnum(BoundEnum e) => new()
    {
        ClassName = e.ClassName,
        Field = EnumField(e),
        Base = e.Style switch { BoundEnumStyle.IntEnum => "IntEnum", BoundEnumStyle.IntFlag => "IntFlag", _ => "" },
        Prefix = "bg_" + EnumField(e),
        Members = e.Members.Select(m => new EnumMemberModel(m.PyName, m.Value == long.MinValue ? "LLONG_MIN" : m.Value + "LL")).ToList(),
    };

    StructModel LowerStruct(BoundStruct s)
    {
        var prefix = "bg_" + CText.Ident(s.ClassName);
        return new StructModel
        {
            ClassName = s.ClassName,
            CType = s.CSpelling,
            ObjType = StructObj(s.CName),
            TypeField = StructTypeField(s.CName),
            Prefix = prefix,
            QualifiedName = CText.Literal($"{_m.Name}.{s.ClassName}"),
            DocLiteral = CText.Literal(PyText.SignatureDoc(s.ClassName,
                s.Fields.Select(f => f.PyName + "=" + (f.ArrayLength is null ? "0" : "()")), s.Doc)),
            Size = s.Size,
            Fields = s.Fields.Select(f => LowerField(prefix, s, f)).ToList(),
        };
    }

    FieldModel LowerField(string prefix, BoundStruct s, BoundField f)
    {
        string bmin = "0", bmax = "0";
        if (f.BitWidth is { } w && f.Type is IntType or EnumType)
        {
            bool signed = f.Type is IntType { Signed: true } || f.Type is EnumType { Signed: true };
            bmin = signed ? (-(1L << (w - 1))).ToString() + "LL" : "0LL";
            bmax = signed ? ((1L << (w - 1)) - 1).ToString() + "LL" : w >= 63 ? "LLONG_MAX" : ((1L << w) - 1).ToString() + "LL";
        }
        return new FieldModel
        {
            PyName = f.PyName,
            CName = f.CName,
            CType = f.Type.CSpelling,
            Conv = Conv(f.Type),
            Readonly = f.Readonly,
            IsBitfield = f.BitWidth is not null && f.Type is IntType or EnumType,
            BitMin = bmin,
            BitMax = bmax,
            IsArray = f.ArrayLength is not null,
            ArrayLength = f.ArrayLength ?? 0,
            Getter = $"{prefix}_get_{f.CName}",
            Setter = $"{prefix}_set_{f.CName}",
            DocLiteral = CText.LiteralOrNull(f.Doc),
        };
    }

    HandleModel LowerHandle(BoundHandle h)
    {
        var ctor = h.Constructor is null ? null : LowerFunction(h.Constructor, "constructor", h);
        return new HandleModel
        {
            ClassName = h.ClassName,
            ObjType = HandleObj(h.CType),
            TypeField = "type_" + CText.Ident(h.ClassName),
            Prefix = HandlePrefix(h.CType),
            PtrType = h.PointerCSpelling,
            QualifiedName = CText.Literal($"{_m.Name}.{h.ClassName}"),
            DocLiteral = CText.Literal(h.Constructor is null ? (h.Doc ?? "") :
                PyText.SignatureDoc(h.ClassName, SignatureArgs(h.Constructor), h.Doc ?? h.Constructor.Doc,
                    valid: PyText.DefaultsInOrder(h.Constructor.VisibleParams.Select(p => p.Default is not null)))),
            Destructor = h.Destructor ?? "",
            Constructor = ctor,
            Methods = h.Methods.Select(m => LowerFunction(m, "method", h)).ToList(),
        };
    }

    CallbackModel LowerCallback(BoundCallback cb)
    {
        var ps = new List<CallbackParamModel>();
        int arg = 0;
        for (int i = 0; i < cb.Params.Count; i++)
        {
            var p = cb.Params[i];
            bool ud = i == cb.UserDataIndex;
            ps.Add(new CallbackParamModel
            {
                CType = p.Type.CSpelling, Name = $"bg_p{i}", IsUserData = ud, Index = ud ? -1 : arg,
                ToPy = ud ? "" : p.Type switch
                {
                    StringType st => $"bg_from_cstr(bg_p{i}, {(st.Encoding == StringEncoding.Bytes ? 1 : 0)})",
                    PointerType => $"PyLong_FromVoidPtr((void *)bg_p{i})",
                    _ => $"bg_to_py_{Conv(p.Type)}(bg_st, bg_p{i})",
                },
            });
            if (!ud) arg++;
        }
        return new CallbackModel
        {
            Name = "bg_tramp_" + CText.Ident(cb.Name),
            ReturnCType = cb.Return.CSpelling,
            ReturnsVoid = cb.Return is VoidType,
            ReturnConv = cb.Return is VoidType ? "" : Conv(cb.Return),
            Params = ps,
            UserDataName = $"bg_p{cb.UserDataIndex}",
            ArgCount = arg,
        };
    }
}
