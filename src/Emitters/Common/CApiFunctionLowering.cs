using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.Common;

/// <summary>
/// The lowering the CPython and HPy emitters share: parameters, call arguments, returns, results, error
/// checks, callbacks and exceptions. Both walk the IR the same way; only the C each wraps values in differs,
/// and that is what the abstract members below supply (PyLong_* vs HPyLong_*(ctx, …), keep lists vs keep
/// slots, state fields vs HPyGlobals). This file: hooks, module, handles, exceptions, callbacks;
/// CApiParamLowering.cs: functions and parameters; CApiResultLowering.cs: returns, results, error checks.
/// </summary>
public abstract partial class CApiFunctionLowering<TModule, TFunction, THandle>
    where TModule : CApiModuleModel<TFunction, THandle>, new()
    where TFunction : CApiFunctionModel, new()
    where THandle : CApiHandleModel<TFunction>, new()
{
    protected readonly BoundModule _m;
    protected readonly CValueLowering _values;
    /// <summary>Where a class object lives: "" (a bg_state field) or "bg_g_" (an HPyGlobal).</summary>
    readonly string _globalPrefix;
    /// <summary>Exception class name → the C expression the target raises it with.</summary>
    protected readonly Dictionary<string, string> _excByName = new();

    protected CApiFunctionLowering(BoundModule module, string globalPrefix)
    {
        _m = module;
        _values = new CValueLowering(module, globalPrefix);
        _globalPrefix = globalPrefix;
    }

    // ---- what each target supplies ----

    /// <summary>The first argument of converters and wrappers: the module state (bg_st) or the HPy context (ctx).</summary>
    protected abstract string Ctx { get; }
    /// <summary>What bg_from_cstr takes before the string: "" or "ctx, ".</summary>
    protected abstract string CstrCtx { get; }
    /// <summary>A new Python int from a C pointer expression.</summary>
    protected abstract string PointerToPy(string expr);
    /// <summary>A new Python int from a long long expression.</summary>
    protected abstract string LongLongToPy(string expr);
    /// <summary>The bytes a stream method returns.</summary>
    protected abstract string StreamOutputToPy { get; }
    /// <summary>The result of an alloc buffer; produced is the local holding its used length, or null for all of it.</summary>
    protected abstract string AllocResult(BoundParam p, string? produced, List<TrimModel> trims);
    /// <summary>The checks and detaches a handle argument adds (self or the Python argument at arg).</summary>
    protected abstract void HandleParamEffects(BoundParam p, HandleRole h, string obj, int arg, List<string> keepChecks, List<string> detach);
    /// <summary>Where a scope-forever callback is kept: ownerExpr is the owning handle object (bg_self or bg_argv[i]).</summary>
    protected abstract ParamModel KeepForever(BoundFunction f, BoundParam p, ParamModel callback, HandleRole owner, string ownerExpr);
    /// <summary>The C function pointer passed for a callback parameter (NULL when no callable was given).</summary>
    protected abstract string CallbackCallArg(BoundParam p, CallbackRole cb);
    /// <summary>The user data passed with a scope-forever callback.</summary>
    protected abstract string ForeverUserData(string callback);
    /// <summary>The C expression a builtin exception class is raised with.</summary>
    protected abstract string BuiltinException(string name);
    /// <summary>The C expression a module-created exception class (in field) is raised with.</summary>
    protected abstract string ModuleException(string field);
    /// <summary>Adds a target's own members to a lowered function (its C symbols share prefix and name).</summary>
    protected virtual TFunction Complete(TFunction fm, BoundFunction f, string prefix, string name) => fm;
    /// <summary>Adds a target's own members to a lowered handle class, after its constructor and methods.</summary>
    protected virtual THandle Complete(THandle hm, BoundHandle h) => hm;

    // ---- conversions, enums, structs: CValueLowering ----

    public string Conv(BoundType t) => _values.Conv(t);
    protected string StructObj(string s) => _values.StructObj(s);
    protected string StructTypeField(string s) => _values.StructTypeField(s);
    protected string HandlePrefix(string h) => _values.HandlePrefix(h);
    protected string HandleObj(string h) => _values.HandleObj(h);

    // ---- the module ----

    /// <summary>The module members both targets share; each target then sets its own.</summary>
    protected TModule LowerModule(GeneratorInfo info)
    {
        var exceptions = LowerExceptions();
        var enums = _m.Enums.Select(_values.LowerEnum).ToList();
        var structs = _m.Structs.Select(_values.LowerStruct).ToList();
        var handles = _m.Handles.Select(LowerHandle).ToList();
        var functions = _m.Functions.Select(f => LowerFunction(f, "module", null)).ToList();
        var callbacks = _m.Callbacks.Select(LowerCallback).ToList();
        // Globals are read through the same converters (module __getattr__): register them before the list is taken.
        foreach (var v in _m.Variables.Where(v => v.Type is not StringType)) _values.Conv(v.Type);
        return new TModule
        {
            HeaderLine = CText.Comment(info.HeaderLine),
            Name = _m.Name,
            DocLiteral = "NULL",
            Headers = _m.Headers.ToList(),
            Exceptions = exceptions,
            Conversions = _values.Conversions,
            Callbacks = callbacks,
            Structs = structs,
            Handles = handles,
            Enums = enums,
            Functions = functions,
            StreamHelpers = StreamLowering.Helpers(_m),
        };
    }

    /// <summary>Where the module keeps its class objects: exceptions, structs, handles, enum classes.</summary>
    protected List<string> ClassObjectFields(TModule m) =>
        m.Exceptions.Select(e => _globalPrefix + e.Field).Concat(m.Structs.Select(s => s.TypeField)).Concat(m.Handles.Select(h => h.TypeField))
            .Concat(m.Enums.Where(e => e.Base != "").Select(e => e.Field)).ToList();

    // ---- exceptions, callbacks ----

    /// <summary>The module's exception classes, bases first (a class may derive from another of the module).</summary>
    List<ExceptionModel> LowerExceptions()
    {
        var result = new List<ExceptionModel>();
        var pending = _m.Errors.GroupBy(e => e.ExceptionClass).Select(g => g.First()).ToList();
        foreach (var e in pending.Where(e => BuiltinExceptions.Contains(e.ExceptionClass)))
            _excByName[e.ExceptionClass] = BuiltinException(e.ExceptionClass);
        pending = pending.Where(e => !BuiltinExceptions.Contains(e.ExceptionClass)).ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(e => !pending.Any(o => o != e && o.ExceptionClass == e.BaseClass)) ?? pending[0];
            pending.Remove(next);
            var field = "exc_" + CText.Ident(next.ExceptionClass);
            string baseExpr = BuiltinExceptions.Contains(next.BaseClass) ? BuiltinException(next.BaseClass)
                : _excByName.TryGetValue(next.BaseClass, out var b) ? b : BuiltinException("RuntimeError");
            _excByName[next.ExceptionClass] = ModuleException(field);
            result.Add(new ExceptionModel
            {
                Name = next.ExceptionClass, Field = field, BaseExpr = baseExpr,
                QualifiedName = CText.Literal($"{_m.Name}.{next.ExceptionClass}"),
            });
        }
        return result;
    }

    /// <summary>The trampoline of a callback typedef: each C argument converted to Python, the user data passed through.</summary>
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
                    StringType st => FromCstr($"bg_p{i}", st.Encoding == StringEncoding.Bytes),
                    PointerType => PointerToPy($"bg_p{i}"),
                    _ => ToPy(p.Type, $"bg_p{i}"),
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

    // ---- handles ----

    /// <summary>A handle class: its object, type, constructor (lowered first) and methods.</summary>
    THandle LowerHandle(BoundHandle h)
    {
        var ctor = h.Constructor is null ? null : LowerFunction(h.Constructor, "constructor", h);
        var methods = h.Methods.Select(m => LowerFunction(m, "method", h)).ToList();
        return Complete(new THandle
        {
            ClassName = h.ClassName,
            ObjType = HandleObj(h.CType),
            TypeField = _globalPrefix + "type_" + CText.Ident(h.ClassName),
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
        }, h);
    }
}
