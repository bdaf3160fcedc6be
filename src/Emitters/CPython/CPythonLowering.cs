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
    readonly CValueLowering _values;
    readonly Dictionary<string, string> _excByName = new();


    public CPythonLowering(BoundModule module, bool limited)
    {
        _m = module;
        _values = new CValueLowering(module, "");
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
        var enums = _m.Enums.Select(_values.LowerEnum).ToList();
        var structs = _m.Structs.Select(_values.LowerStruct).ToList();
        var handles = _m.Handles.Select(LowerHandle).ToList();
        var functions = _m.Functions.Select(f => LowerFunction(f, "module", null)).ToList();
        var callbacks = _m.Callbacks.Select(LowerCallback).ToList();
        var variables = _m.Variables.Select(LowerVariable).ToList();
        return new ModuleModel
        {
            Variables = variables,
            HeaderLine = CText.Comment(info.HeaderLine),
            Name = _m.Name,
            DocLiteral = "NULL",
            Limited = _limited,
            LimitedHex = $"0x{maj:X2}{min:X2}0000",
            LimitedFastcall = (maj, min).CompareTo((3, 10)) >= 0 ? 1 : 0,
            LimitedPyBuffer = (maj, min).CompareTo((3, 11)) >= 0 ? 1 : 0,
            Headers = _m.Headers.ToList(),
            Exceptions = exceptions,
            Conversions = _values.Conversions,
            Callbacks = callbacks,
            Structs = structs,
            Handles = handles,
            Enums = enums,
            Constants = _m.Constants.Select(c => new ConstantModel(c.CName,
                c.Kind switch { ConstantKind.Int => 0, ConstantKind.Float => 1, _ => 2 }, CText.Literal(c.Value))).ToList(),
            Functions = functions,
            StreamHelpers = StreamLowering.Helpers(_m),
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
                    valid: PyText.DefaultsInOrder(h.Constructor.PyParams.Where(p => !p.KeywordOnly).Select(p => p.Default is not null)))),
            Destructor = h.Destructor ?? "",
            Allocated = h.Allocate,
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
                    StringType st => $"bg_from_cstr((const char *)bg_p{i}, {(st.Encoding == StringEncoding.Bytes ? 1 : 0)})",
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
