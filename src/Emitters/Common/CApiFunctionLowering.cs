using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.Common;

/// <summary>
/// The lowering the CPython and HPy emitters share: parameters, call arguments, returns, results, error
/// checks, callbacks and exceptions. Both walk the IR the same way; only the C each wraps values in differs,
/// and that is what the abstract members below supply (PyLong_* vs HPyLong_*(ctx, …), keep lists vs keep
/// slots, state fields vs HPyGlobals).
/// </summary>
public abstract class CApiFunctionLowering<TModule, TFunction, THandle>
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

    // ---- signatures ----

    IEnumerable<string> SignatureArgs(BoundFunction f) =>
        PyText.WithStar(f.PyParams.Select(p => (p.Default is null ? p.PyName : $"{p.PyName}={DefaultPy(p)}", p.KeywordOnly)));

    string DefaultPy(BoundParam p)
    {
        var d = p.Default!;
        if (d.Kind == ScalarKind.String && p.Role is ValueRole { Type: EnumType et } && EnumMember(et, d.Text) is { } m) return m.Value.ToString();
        return PyText.Literal(d, p.Role is StringRole);
    }

    BoundEnumMember? EnumMember(EnumType et, string text) =>
        _m.Enums.FirstOrDefault(e => e.CName == et.Enum)?.Members.FirstOrDefault(m => m.CName == text || m.PyName == text);

    /// <summary>The __doc__ literal of a function, method or constructor (its signature first).</summary>
    string FunctionDoc(BoundFunction f, string kind, BoundHandle? owner)
    {
        var selfArgs = kind == "method" ? "$self" : null;
        var sigArgs = (selfArgs is null ? [] : new[] { selfArgs }).Concat(f.Stream is { } st ? [st.InputName] : []).Concat(SignatureArgs(f));
        return CText.Literal(PyText.SignatureDoc(kind == "constructor" ? owner!.ClassName : f.PyName, sigArgs, f.Doc,
            valid: PyText.DefaultsInOrder((f.Stream is null ? [] : new[] { false }).Concat(f.PyParams.Where(p => !p.KeywordOnly).Select(p => p.Default is not null)))));
    }

    /// <summary>The Python arguments: a stream method's input first, then the visible parameters.</summary>
    static List<ArgModel> ArgsOf(BoundFunction f) =>
        (f.Stream is { } sa ? [new ArgModel(sa.InputName, true)] : new List<ArgModel>())
            .Concat(f.PyParams.Select(p => new ArgModel(p.PyName, p.Default is null, p.KeywordOnly))).ToList();

    // ---- functions ----

    /// <summary>A module function (owner null), a method or a constructor of owner.</summary>
    TFunction LowerFunction(BoundFunction f, string kind, BoundHandle? owner)
    {
        var prefix = owner is null ? "bg" : HandlePrefix(owner.CType);
        var name = kind == "constructor" ? "new" : f.PyName;
        var display = owner is null ? f.PyName : kind == "constructor" ? owner.ClassName : $"{owner.ClassName}.{f.PyName}";
        var fnLit = CText.Literal(display);
        var keepChecks = new List<string>();
        var detach = new List<string>();
        // Order matters: lowering registers converters, which are emitted in first-use order.
        var ps = LowerParams(f, fnLit, keepChecks, detach);
        var ret = LowerReturn(f.Return);
        var trims = new List<TrimModel>();
        var results = LowerResults(f, kind, owner, fnLit, trims);
        return Complete(new TFunction
        {
            PyName = f.PyName,
            CName = f.CName,
            Impl = $"{prefix}_impl_{name}",
            Fn = fnLit,
            Entry = $"{prefix}_fn_{name}",
            Sig = $"{prefix}_sig_{name}",
            DocLiteral = FunctionDoc(f, kind, owner),
            Kind = kind,
            StateFn = kind == "module" ? "bg_module_state" : "bg_self_state",
            Args = ArgsOf(f),
            Params = ps,
            Return = ret,
            CallArgs = string.Join(", ", f.Params.Select(p => CallArg(f, p))),
            ReleaseGil = f.Gil == GilPolicy.Release,
            Error = LowerErrorCheck(f),
            Results = results,
            Trims = trims,
            KeepChecks = keepChecks,
            Detach = detach,
            StreamCall = f.Stream is null ? "" : StreamCallOf(f, owner!),
            StreamInput = f.Stream is null ? "" : CText.Literal(f.Stream.InputName),
        }, f, prefix, name);
    }

    /// <summary>One ParamModel per C parameter (a stream method's input first), filling keepChecks and detach.</summary>
    List<ParamModel> LowerParams(BoundFunction f, string fnLit, List<string> keepChecks, List<string> detach)
    {
        var visible = f.PyParams.ToList();
        var ps = new List<ParamModel>();
        // A stream method's input comes first: every other argument moves one place on.
        int shift = f.Stream is null ? 0 : 1;
        if (f.Stream is { } stream)
            ps.Add(new ParamModel { Kind = "buffer", CName = "bg_in", PyName = CText.Literal(stream.InputName), Local = "bg_b_bg_in", Arg = 0 });
        foreach (var p in f.Params)
        {
            var i = visible.IndexOf(p);
            ps.Add(LowerParam(f, p, i < 0 ? i : i + shift, fnLit, keepChecks, detach));
        }
        return ps;
    }

    /// <summary>What a function returns to Python: a constructor its new object, anything else its results.</summary>
    List<string> LowerResults(BoundFunction f, string kind, BoundHandle? owner, string fnLit, List<TrimModel> trims)
    {
        var results = new List<string>();
        if (kind == "constructor")
        {
            var h = HandlePrefix(owner!.CType);
            if (f.Return.Kind == ReturnKind.Handle) results.Add($"{h}_wrap({Ctx}, &bg_rv, 1, 1)");
            else if (f.Params.FirstOrDefault(p => p.Role is StorageRole) is { } sp) results.Add($"{h}_wrap({Ctx}, &{Local(sp.CName)}, 1, 1)");
            else if (f.Params.FirstOrDefault(p => p.Role is OutRole { Type: HandleType ht } && ht.Handle == owner.CType) is { } op)
                results.Add($"{h}_wrap({Ctx}, &{Local(op.CName)}, 1, 1)");
        }
        else
        {
            foreach (var r in f.Results) results.Add(ResultExpr(f, r, trims, fnLit));
        }
        return results;
    }

    /// <summary>The call of a stream method's C loop (Common/StreamLowering): self's pointer, the value params, the input, the outputs.</summary>
    static string StreamCallOf(BoundFunction f, BoundHandle owner)
    {
        var args = f.Params.Where(p => p.Role is HandleRole { IsSelf: true } or ValueRole).Select(p => Local(p.CName));
        return $"{StreamLowering.HelperName(owner, f)}({string.Join(", ", args)}, bg_b_bg_in.buf, (size_t)bg_b_bg_in.len, &bg_rv, &bg_so, &bg_so_len)";
    }

    ParamModel LowerParam(BoundFunction f, BoundParam p, int arg, string fnLit, List<string> keepChecks, List<string> detach)
    {
        var local = Local(p.CName);
        var pm = new ParamModel { Kind = "fixed", CName = p.CName, PyName = CText.Literal(p.PyName), Local = local, Arg = arg };
        switch (p.Role)
        {
            case ValueRole v:
                return ParamModel.Copy(pm, kind: "conv", ctype: v.Type.CSpelling, init: DefaultC(p, ZeroInit(v.Type)), conv: Conv(v.Type));
            case InoutRole io:
                return ParamModel.Copy(pm, kind: "inout", ctype: io.Type.CSpelling, init: DefaultC(p, ZeroInit(io.Type)), conv: Conv(io.Type));
            case StringRole s:
                return ParamModel.Copy(pm, kind: "str", ctype: "const char *", init: DefaultC(p, "NULL"), nullable: s.Nullable, bytes: s.Encoding == StringEncoding.Bytes);
            case BufferRole { Alloc: not null } b:
                return ParamModel.Copy(pm, kind: "alloc", local: "bg_a_" + p.CName, itemSize: b.ElementSize,
                    allocExpr: b.Alloc.Render(Local, fn => fn));
            case BufferRole b:
                return ParamModel.Copy(pm, kind: "buffer", local: "bg_b_" + p.CName, nullable: b.Nullable, writable: b.Direction != BufferDirection.In, itemSize: b.ElementSize);
            case LengthRole l:
            {
                var buf = f.Param(l.Buffer);
                var br = (BufferRole)buf.Role;
                var unit = br.LengthUnit == LengthUnit.Items && br.ElementSize > 1 ? $" / {br.ElementSize}" : "";
                var value = br.Alloc is not null ? $"bg_n_{buf.CName}{unit}" : $"bg_b_{buf.CName}.len{unit}";
                return ParamModel.Copy(pm, kind: br.Alloc is not null ? "latelen" : "len", ctype: l.ValueCType, init: "0", value: value);
            }
            case ProducedRole pr:
                return ParamModel.Copy(pm, kind: "produced", ctype: pr.ValueCType, init: "0");
            case OutRole o:
                return LowerOut(pm, o);
            case HandleRole h:
            {
                var obj = HandleObj(h.Handle);
                HandleParamEffects(p, h, obj, arg, keepChecks, detach);
                if (h.IsSelf)
                    return ParamModel.Copy(pm, kind: "self", ctype: _m.Handle(h.Handle).PointerCSpelling, init: "NULL", objType: obj, structName: _m.Handle(h.Handle).ClassName);
                return ParamModel.Copy(pm, kind: "handle", ctype: _m.Handle(h.Handle).PointerCSpelling, init: "NULL", nullable: h.Nullable,
                    handlePrefix: HandlePrefix(h.Handle), objType: obj);
            }
            case StructRefRole sr:
                return ParamModel.Copy(pm, kind: "structref", ctype: _m.Struct(sr.Struct).CSpelling, init: "NULL", nullable: sr.Nullable,
                    objType: StructObj(sr.Struct), typeField: StructTypeField(sr.Struct), structName: _m.Struct(sr.Struct).ClassName);
            case CallbackRole cb:
            {
                var forever = cb.Scope == CallbackScope.Forever;
                var pmc = ParamModel.Copy(pm, kind: "callback", local: "bg_cb_" + p.CName, nullable: cb.Nullable,
                    trampoline: "bg_tramp_" + CText.Ident(cb.Signature.Name), forever: forever);
                if (!forever) return pmc;
                var owner = f.Params.First(x => x.Role is HandleRole);
                var hr = (HandleRole)owner.Role;
                return KeepForever(f, p, pmc, hr, hr.IsSelf ? "bg_self" : $"bg_argv[{f.PyParams.ToList().IndexOf(owner)}]");
            }
            case UserDataRole:
                return ParamModel.Copy(pm, kind: "userdata");
            case StorageRole st:
            {
                var h = _m.Handle(st.Handle);
                return ParamModel.Copy(pm, kind: "storage", ctype: h.PointerCSpelling, init: "NULL", structName: h.StorageCType,
                    cleanup: $"free((void *){local});");
            }
            default:
                return pm;
        }
    }

    ParamModel LowerOut(ParamModel pm, OutRole o)
    {
        switch (o.Type)
        {
            case StringType:
                var free = o.Ownership == Ownership.Owned && o.Free is not null ? $"if ({pm.Local} != NULL) {o.Free}((void *){pm.Local});" : "";
                return ParamModel.Copy(pm, kind: "out", ctype: o.Type.CSpelling, init: "NULL", cleanup: free);
            case HandleType ht:
                var dtor = _m.Handle(ht.Handle).Destructor;
                return ParamModel.Copy(pm, kind: "out", ctype: _m.Handle(ht.Handle).PointerCSpelling, init: "NULL",
                    cleanup: dtor is null ? "" : $"if ({pm.Local} != NULL) {dtor}({pm.Local});");
            default:
                return ParamModel.Copy(pm, kind: "out", ctype: o.Type.CSpelling, init: ZeroInit(o.Type), conv: Conv(o.Type));
        }
    }

    string CallArg(BoundFunction f, BoundParam p)
    {
        var local = Local(p.CName);
        return p.Role switch
        {
            ValueRole or HandleRole or StructRefRole => local,
            StringRole => $"({p.CSpelling}){local}",
            InoutRole or OutRole or ProducedRole => "&" + local,
            LengthRole l => l.IsPointer ? "&" + local : local,
            BufferRole { Alloc: not null } b => $"({b.PointerCType})bg_ap_{p.CName}",
            BufferRole b => $"({b.PointerCType})bg_b_{p.CName}.buf",
            CallbackRole cb => CallbackCallArg(p, cb),
            UserDataRole ud => f.Param(ud.Callback).Role is CallbackRole { Scope: CallbackScope.Forever }
                ? ForeverUserData(ud.Callback) : $"(void *)&bg_cb_{ud.Callback}",
            FixedRole fx => $"({p.CSpelling})({fx.CValue})",
            _ => local,
        };
    }

    ReturnModel LowerReturn(BoundReturn r)
    {
        switch (r.Kind)
        {
            case ReturnKind.Void:
                return new ReturnModel { IsVoid = true };
            case ReturnKind.String:
                return new ReturnModel
                {
                    CType = r.CSpelling, Init = "NULL",
                    Cleanup = r.Ownership == Ownership.Owned && r.Free is not null ? $"if (bg_rv != NULL) {r.Free}((void *)bg_rv);" : "",
                };
            case ReturnKind.Handle:
                var h = _m.Handle(((HandleType)r.Type).Handle);
                return new ReturnModel
                {
                    CType = r.CSpelling, Init = "NULL",
                    Cleanup = r.Ownership == Ownership.Owned && h.Destructor is not null ? $"if (bg_rv != NULL) {h.Destructor}(bg_rv);" : "",
                };
            case ReturnKind.Pointer:
                return new ReturnModel { CType = r.CSpelling, Init = "NULL" };
            default:
                if (!r.Hidden) Conv(r.Type);
                return new ReturnModel { CType = r.CSpelling, Init = ZeroInit(r.Type) };
        }
    }

    /// <summary>A C string as a new Python str (or bytes when bytes is set).</summary>
    protected string FromCstr(string expr, bool bytes) => $"bg_from_cstr({CstrCtx}(const char *){expr}, {(bytes ? 1 : 0)})";

    /// <summary>A C value as a new Python object through its converter.</summary>
    protected string ToPy(BoundType t, string expr) => $"bg_to_py_{Conv(t)}({Ctx}, {expr})";

    string ResultExpr(BoundFunction f, BoundResult r, List<TrimModel> trims, string fnLit)
    {
        switch (r.Source)
        {
            case ResultSource.Return:
                return f.Return.Kind switch
                {
                    ReturnKind.String => FromCstr("bg_rv", ((StringType)f.Return.Type).Encoding == StringEncoding.Bytes),
                    ReturnKind.Handle => $"{HandlePrefix(((HandleType)f.Return.Type).Handle)}_wrap({Ctx}, &bg_rv, {(f.Return.Ownership == Ownership.Owned ? 1 : 0)}, 0)",
                    ReturnKind.Pointer => PointerToPy("bg_rv"),
                    _ => ToPy(f.Return.Type, "bg_rv"),
                };
            case ResultSource.Out:
            {
                var p = f.Param(r.Param!);
                var o = (OutRole)p.Role;
                return o.Type switch
                {
                    StringType st => FromCstr(Local(p.CName), st.Encoding == StringEncoding.Bytes),
                    HandleType ht => $"{HandlePrefix(ht.Handle)}_wrap({Ctx}, &{Local(p.CName)}, 1, 0)",
                    _ => ToPy(o.Type, Local(p.CName)),
                };
            }
            case ResultSource.Inout:
            {
                var p = f.Param(r.Param!);
                return ToPy(((InoutRole)p.Role).Type, Local(p.CName));
            }
            case ResultSource.AllocBuffer:
            {
                var p = f.Param(r.Param!);
                if (ProducedLocal(p) is { } produced)
                {
                    var b = (BufferRole)p.Role;
                    var scale = b.LengthUnit == LengthUnit.Items && b.ElementSize > 1 ? $" * {b.ElementSize}" : "";
                    return AllocResult(p, $"(long long){produced}{scale}", trims);
                }
                return AllocResult(p, null, trims);
            }
            case ResultSource.ProducedLength:
            {
                var p = f.Param(r.Param!);
                return LongLongToPy($"(long long){ProducedLocal(p)}");
            }
            case ResultSource.StreamOutput:
                return StreamOutputToPy;
            default:
                throw new InvalidOperationException(r.Source.ToString());
        }
    }

    /// <summary>The local holding how much C wrote into a buffer: its pointer length or its produced param.</summary>
    static string? ProducedLocal(BoundParam buffer)
    {
        var b = (BufferRole)buffer.Role;
        if (b.ProducedParam is { } pp) return Local(pp);
        if (b.LengthIsPointer && b.LengthParam is { } lp) return Local(lp);
        return null;
    }

    ErrorCheckModel? LowerErrorCheck(BoundFunction f)
    {
        if (f.ErrorCheck is not { } check) return null;
        var e = _m.Error(check.Error);
        var cond = e.Kind switch
        {
            ErrorKind.ReturnCode => "!(" + string.Join(" || ", e.Success.Select(v => $"(long long)bg_rv == {Ll(v)}")) + ")",
            ErrorKind.Null => "bg_rv == NULL",
            ErrorKind.Errno => "(long long)bg_rv == -1LL",
            _ => "(long long)bg_rv < 0",
        };
        if (e.Kind == ErrorKind.ReturnCode && e.Success.Count == 0) cond = "0";
        string message = "NULL";
        if (e.MessageFunction is { } mf && e.Kind != ErrorKind.Null) message = $"(const char *){mf}(bg_rv)";
        else if (e.MessageFromFunction is { } mff && check.MessageFromParam is { } mp) message = $"(const char *){mff}({Local(mp)})";
        return new ErrorCheckModel
        {
            Kind = e.Kind switch { ErrorKind.Errno => "errno", ErrorKind.Null => "null", _ => "code" },
            Condition = cond,
            Exception = _excByName[_m.Error(check.Error).ExceptionClass],
            Message = message,
        };
    }

    static string Ll(long v) => v == long.MinValue ? "LLONG_MIN" : v + "LL";

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
