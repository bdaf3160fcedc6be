using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.Common;

/// <summary>The shared lowering of functions: signature, Python arguments, one ParamModel per C parameter, the call arguments.</summary>
public abstract partial class CApiFunctionLowering<TModule, TFunction, THandle>
{
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
                    allocExpr: CallPlanner.For(_m, f).Alloc(p.CName).Render(AllocOperand, fn => fn));
            case BufferRole { IsUtf8Text: true } t:
                // Counted UTF-8 text: a str's bytes in the same bg_buf a buffer uses, so its hidden length and the call read it alike.
                return ParamModel.Copy(pm, kind: "text", local: "bg_b_" + p.CName, nullable: t.Nullable);
            case BufferRole b:
                return ParamModel.Copy(pm, kind: "buffer", local: "bg_b_" + p.CName, nullable: b.Nullable, writable: b.Direction != BufferDirection.In, itemSize: b.ElementSize);
            case LengthRole l:
            {
                var buf = f.Param(l.Buffer);
                var br = (BufferRole)buf.Role;
                var u = CallPlanner.For(_m, f).Buffer(buf.CName);
                var unit = u.Scaled ? $" / {u.UnitBytes}" : "";
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

    /// <summary>An alloc operand in C: a converted input buffer's data pointer (as void *, which C converts to the callee's
    /// pointer type without a cast warning), otherwise the parameter's converted C local.</summary>
    static string AllocOperand(AllocOperand o) =>
        o.Kind == AllocOperandKind.InputBuffer ? $"(void *)bg_b_{o.Param}.buf" : Local(o.Param);

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
}
