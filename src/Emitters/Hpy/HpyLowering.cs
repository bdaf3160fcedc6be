using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.Hpy;

/// <summary>Lowers a BoundModule to the CPython view-model: C names, converters per C type, exception fields.</summary>
public sealed partial class HpyLowering
{
    readonly BoundModule _m;
    readonly bool _api09;
    readonly CValueLowering _values;
    readonly Dictionary<string, string> _excByName = new();
    /// <summary>Per handle: the scope-forever callback parameters ("method/param") in slot order.</summary>
    readonly Dictionary<string, List<string>> _keepSlots = new();


    public HpyLowering(BoundModule module, bool api09)
    {
        _m = module;
        _values = new CValueLowering(module, "bg_g_");
        _api09 = api09;
    }

    public static (int Major, int Minor) ParseVersion(string v)
    {
        var parts = v.Split('.');
        return (int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 0);
    }

    public ModuleModel Lower(GeneratorInfo info, string version)
    {
        var exceptions = LowerExceptions();
        var enums = _m.Enums.Select(_values.LowerEnum).ToList();
        var structs = _m.Structs.Select(_values.LowerStruct).ToList();
        var handles = _m.Handles.Select(LowerHandle).ToList();
        var functions = _m.Functions.Select(f => LowerFunction(f, "module", null)).ToList();
        var callbacks = _m.Callbacks.Select(LowerCallback).ToList();
        return new ModuleModel
        {
            HeaderLine = CText.Comment(info.HeaderLine),
            Name = _m.Name,
            DocLiteral = "NULL",
            Api09 = _api09,
            Version = version,
            Headers = _m.Headers.ToList(),
            Exceptions = exceptions,
            Conversions = _values.Conversions,
            Callbacks = callbacks,
            Structs = structs,
            Handles = handles,
            Enums = enums,
            Constants = _m.Constants.Select(c => new ConstantModel(c.CName, c.Kind switch
            {
                ConstantKind.Int when c.Unsigned => $"HPyLong_FromUnsignedLongLong(ctx, (unsigned long long)({c.Value}))",
                ConstantKind.Int => $"HPyLong_FromLongLong(ctx, (long long)({c.Value}))",
                ConstantKind.Float => $"HPyFloat_FromDouble(ctx, (double)({c.Value}))",
                _ => $"HPyUnicode_FromString(ctx, {CText.Literal(c.Value)})",
            })).ToList(),
            Functions = functions,
            Variables = _m.Variables.Select(v => new ConstantModel(v.PyName, v.Type is StringType
                ? $"bg_from_cstr(ctx, (const char *){v.CName}, 0)" : $"bg_to_py_{Conv(v.Type)}(ctx, {v.CName})")).ToList(),
            StreamHelpers = StreamLowering.Helpers(_m),
            Globals = new[] { "bg_g_bytes", "bg_g_bytearray", "bg_g_slice_all", "bg_g_keep" }
                .Concat(exceptions.Select(e => "bg_g_" + e.Field)).Concat(structs.Select(s => s.TypeField)).Concat(handles.Select(h => h.TypeField))
                .Concat(enums.Where(e => e.Base != "").Select(e => e.Field)).ToList(),
        };
    }

    // ---- exceptions ----

    List<ExceptionModel> LowerExceptions()
    {
        var result = new List<ExceptionModel>();
        var pending = _m.Errors.GroupBy(e => e.ExceptionClass).Select(g => g.First()).ToList();
        foreach (var e in pending.Where(e => BuiltinExceptions.Contains(e.ExceptionClass)))
            _excByName[e.ExceptionClass] = "NULL, ctx->h_" + e.ExceptionClass;
        pending = pending.Where(e => !BuiltinExceptions.Contains(e.ExceptionClass)).ToList();
        // Bases first: a class may derive from another class of the module.
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(e => !pending.Any(o => o != e && o.ExceptionClass == e.BaseClass)) ?? pending[0];
            pending.Remove(next);
            var field = "exc_" + CText.Ident(next.ExceptionClass);
            string baseExpr = BuiltinExceptions.Contains(next.BaseClass) ? "NULL, ctx->h_" + next.BaseClass
                : _excByName.TryGetValue(next.BaseClass, out var b) ? b : "NULL, ctx->h_RuntimeError";
            _excByName[next.ExceptionClass] = "&bg_g_" + field + ", HPy_NULL";
            result.Add(new ExceptionModel
            {
                Name = next.ExceptionClass, Field = field, BaseExpr = baseExpr,
                QualifiedName = CText.Literal($"{_m.Name}.{next.ExceptionClass}"),
            });
        }
        return result;
    }

    string ExceptionOf(string errorName) => _excByName[_m.Error(errorName).ExceptionClass];

    // ---- conversions, enums, structs: shared with the other C-API emitter ----

    public string Conv(BoundType t) => _values.Conv(t);
    string StructObj(string s) => _values.StructObj(s);
    string StructTypeField(string s) => _values.StructTypeField(s);
    string HandlePrefix(string h) => _values.HandlePrefix(h);
    string HandleObj(string h) => _values.HandleObj(h);

    // ---- handles, callbacks ----

    HandleModel LowerHandle(BoundHandle h)
    {
        var ctor = h.Constructor is null ? null : LowerFunction(h.Constructor, "constructor", h);
        var methods = h.Methods.Select(m => LowerFunction(m, "method", h)).ToList();
        return new HandleModel
        {
            ClassName = h.ClassName,
            ObjType = HandleObj(h.CType),
            TypeField = "bg_g_type_" + CText.Ident(h.ClassName),
            Prefix = HandlePrefix(h.CType),
            PtrType = h.PointerCSpelling,
            QualifiedName = CText.Literal($"{_m.Name}.{h.ClassName}"),
            DocLiteral = CText.Literal(h.Constructor is null ? (h.Doc ?? "") :
                PyText.SignatureDoc(h.ClassName, SignatureArgs(h.Constructor), h.Doc ?? h.Constructor.Doc,
                    valid: PyText.DefaultsInOrder(h.Constructor.PyParams.Where(p => !p.KeywordOnly).Select(p => p.Default is not null)))),
            Destructor = h.Destructor ?? "",
            Allocated = h.Allocate,
            Constructor = ctor,
            Methods = methods,
            KeepSlots = _keepSlots.TryGetValue(h.CType, out var slots) ? slots.Count : 0,
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
                    StringType st => $"bg_from_cstr(ctx, (const char *)bg_p{i}, {(st.Encoding == StringEncoding.Bytes ? 1 : 0)})",
                    PointerType => $"HPyLong_FromUnsignedLongLong(ctx, (unsigned long long)(uintptr_t)bg_p{i})",
                    _ => $"bg_to_py_{Conv(p.Type)}(ctx, bg_p{i})",
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
