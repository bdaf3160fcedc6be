using Bindgen.Emitters.Common;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using static Bindgen.Emitters.Common.CApiLowering;

namespace Bindgen.Emitters.Hpy;

/// <summary>Functions, methods and constructors: one ParamModel per C parameter, the call, the error check, the results.</summary>
public sealed partial class HpyLowering
{
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

    FunctionModel LowerFunction(BoundFunction f, string kind, BoundHandle? owner)
    {
        var prefix = owner is null ? "bg" : HandlePrefix(owner.CType);
        var name = kind == "constructor" ? "new" : f.PyName;
        var display = owner is null ? f.PyName : kind == "constructor" ? owner.ClassName : $"{owner.ClassName}.{f.PyName}";
        var fnLit = CText.Literal(display);
        var visible = f.PyParams.ToList();
        var ps = new List<ParamModel>();
        var keepChecks = new List<string>();
        var detach = new List<string>();
        // A stream method's input comes first: every other argument moves one place on.
        int shift = f.Stream is null ? 0 : 1;
        if (f.Stream is { } stream)
            ps.Add(new ParamModel { Kind = "buffer", CName = "bg_in", PyName = CText.Literal(stream.InputName), Local = "bg_b_bg_in", Arg = 0 });
        foreach (var p in f.Params)
        {
            var i = visible.IndexOf(p);
            ps.Add(LowerParam(f, p, i < 0 ? i : i + shift, fnLit, keepChecks, detach));
        }

        var ret = LowerReturn(f.Return);
        var results = new List<string>();
        var trims = new List<TrimModel>();
        if (kind == "constructor")
        {
            var h = HandlePrefix(owner!.CType);
            if (f.Return.Kind == ReturnKind.Handle) results.Add($"{h}_wrap(ctx, &bg_rv, 1, 1)");
            else if (f.Params.FirstOrDefault(p => p.Role is StorageRole) is { } sp) results.Add($"{h}_wrap(ctx, &{Local(sp.CName)}, 1, 1)");
            else if (f.Params.FirstOrDefault(p => p.Role is OutRole { Type: HandleType ht } && ht.Handle == owner.CType) is { } op)
                results.Add($"{h}_wrap(ctx, &{Local(op.CName)}, 1, 1)");
        }
        else
        {
            foreach (var r in f.Results) results.Add(ResultExpr(f, r, trims, fnLit));
        }

        var selfArgs = kind == "method" ? "$self" : null;
        var sigArgs = (selfArgs is null ? [] : new[] { selfArgs }).Concat(f.Stream is { } st ? [st.InputName] : []).Concat(SignatureArgs(f));
        return new FunctionModel
        {
            PyName = f.PyName,
            CName = f.CName,
            Impl = $"{prefix}_impl_{name}",
            Fn = fnLit,
            Entry = $"{prefix}_fn_{name}",
            Def = $"{prefix}_def_{name}",
            CheckErr = f.Params.Any(p => p.Role is CallbackRole || p.Role is HandleRole hr && _m.Handle(hr.Handle).KeepsCallbacks),
            Sig = $"{prefix}_sig_{name}",
            DocLiteral = CText.Literal(PyText.SignatureDoc(kind == "constructor" ? owner!.ClassName : f.PyName, sigArgs, f.Doc,
                valid: PyText.DefaultsInOrder((shift == 0 ? [] : new[] { false }).Concat(visible.Where(p => !p.KeywordOnly).Select(p => p.Default is not null))))),
            Kind = kind,
            StateFn = kind == "module" ? "bg_module_state" : "bg_self_state",
            Args = (f.Stream is { } sa ? [new ArgModel(sa.InputName, true)] : new List<ArgModel>())
                .Concat(visible.Select(p => new ArgModel(p.PyName, p.Default is null, p.KeywordOnly))).ToList(),
            Params = ps,
            Return = ret,
            CallArgs = string.Join(", ", f.Params.Select(p => CallArg(f, p))),
            ReleaseGil = f.Gil == GilPolicy.Release,
            Error = f.ErrorCheck is null ? null : LowerErrorCheck(f, f.ErrorCheck),
            Results = results,
            Trims = trims,
            KeepChecks = keepChecks,
            Detach = detach,
            StreamCall = f.Stream is null ? "" : StreamCallOf(f, owner!),
            StreamInput = f.Stream is null ? "" : CText.Literal(f.Stream.InputName),
        };
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
                if (h.IsSelf)
                {
                    return ParamModel.Copy(pm, kind: "self", ctype: _m.Handle(h.Handle).PointerCSpelling, init: "NULL", objType: obj, structName: _m.Handle(h.Handle).ClassName);
                }
                if (p.TransferFull) detach.Add($"{obj}_AsStruct(ctx, bg_argv[{arg}])->ptr");
                return ParamModel.Copy(pm, kind: "handle", ctype: _m.Handle(h.Handle).PointerCSpelling, init: "NULL", nullable: h.Nullable,
                    handlePrefix: HandlePrefix(h.Handle), objType: obj);
            }
            case StructRefRole sr:
                return ParamModel.Copy(pm, kind: "structref", ctype: _m.Struct(sr.Struct).CSpelling, init: "NULL", nullable: sr.Nullable,
                    objType: StructObj(sr.Struct), typeField: StructTypeField(sr.Struct), structName: _m.Struct(sr.Struct).ClassName);
            case CallbackRole cb:
            {
                string keep = "", ownerExpr = "";
                int slot = 0;
                if (cb.Scope == CallbackScope.Forever)
                {
                    var owner = f.Params.First(x => x.Role is HandleRole);
                    var hr = (HandleRole)owner.Role;
                    keep = HandlePrefix(hr.Handle);
                    ownerExpr = hr.IsSelf ? "bg_self" : $"bg_argv[{f.PyParams.ToList().IndexOf(owner)}]";
                    if (!_keepSlots.TryGetValue(hr.Handle, out var slots)) _keepSlots[hr.Handle] = slots = new();
                    var key = f.CName + "/" + p.CName;
                    if (!slots.Contains(key)) slots.Add(key);
                    slot = slots.IndexOf(key);
                }
                var pmc = ParamModel.Copy(pm, kind: "callback", local: "bg_cb_" + p.CName, nullable: cb.Nullable, value: ownerExpr,
                    trampoline: "bg_tramp_" + CText.Ident(cb.Signature.Name), forever: cb.Scope == CallbackScope.Forever, keepList: keep);
                pmc.KeepSlot = slot;
                return pmc;
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
            CallbackRole cb => cb.Scope == CallbackScope.Forever
                ? $"(bg_cb_{p.CName} != 0 ? ({p.CSpelling})bg_tramp_{CText.Ident(cb.Signature.Name)}_forever : NULL)"
                : $"(!HPy_IsNull(bg_cb_{p.CName}.callable) ? ({p.CSpelling})bg_tramp_{CText.Ident(cb.Signature.Name)} : NULL)",
            UserDataRole ud => f.Param(ud.Callback).Role is CallbackRole { Scope: CallbackScope.Forever }
                ? $"(void *)(intptr_t)bg_cb_{ud.Callback}" : $"(void *)&bg_cb_{ud.Callback}",
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

    string ResultExpr(BoundFunction f, BoundResult r, List<TrimModel> trims, string fnLit)
    {
        switch (r.Source)
        {
            case ResultSource.Return:
                return f.Return.Kind switch
                {
                    ReturnKind.String => $"bg_from_cstr(ctx, (const char *)bg_rv, {(((StringType)f.Return.Type).Encoding == StringEncoding.Bytes ? 1 : 0)})",
                    ReturnKind.Handle => $"{HandlePrefix(((HandleType)f.Return.Type).Handle)}_wrap(ctx, &bg_rv, {(f.Return.Ownership == Ownership.Owned ? 1 : 0)}, 0)",
                    ReturnKind.Pointer => "HPyLong_FromUnsignedLongLong(ctx, (unsigned long long)(uintptr_t)bg_rv)",
                    _ => $"bg_to_py_{Conv(f.Return.Type)}(ctx, bg_rv)",
                };
            case ResultSource.Out:
            {
                var p = f.Param(r.Param!);
                var o = (OutRole)p.Role;
                return o.Type switch
                {
                    StringType st => $"bg_from_cstr(ctx, (const char *){Local(p.CName)}, {(st.Encoding == StringEncoding.Bytes ? 1 : 0)})",
                    HandleType ht => $"{HandlePrefix(ht.Handle)}_wrap(ctx, &{Local(p.CName)}, 1, 0)",
                    _ => $"bg_to_py_{Conv(o.Type)}(ctx, {Local(p.CName)})",
                };
            }
            case ResultSource.Inout:
            {
                var p = f.Param(r.Param!);
                return $"bg_to_py_{Conv(((InoutRole)p.Role).Type)}(ctx, {Local(p.CName)})";
            }
            case ResultSource.AllocBuffer:
            {
                var p = f.Param(r.Param!);
                if (ProducedLocal(p) is { } produced)
                {
                    var b = (BufferRole)p.Role;
                    var scale = b.LengthUnit == LengthUnit.Items && b.ElementSize > 1 ? $" * {b.ElementSize}" : "";
                    return $"bg_alloc_result(ctx, bg_ap_{p.CName}, bg_n_{p.CName}, (long long){produced}{scale})";
                }
                return $"bg_alloc_result(ctx, bg_ap_{p.CName}, bg_n_{p.CName}, -1)";
            }
            case ResultSource.ProducedLength:
            {
                var p = f.Param(r.Param!);
                return $"HPyLong_FromLongLong(ctx, (long long){ProducedLocal(p)})";
            }
            case ResultSource.StreamOutput:
                return "HPyBytes_FromStringAndSize(ctx, (const char *)bg_so, (HPy_ssize_t)bg_so_len)";
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

    ErrorCheckModel LowerErrorCheck(BoundFunction f, BoundErrorCheck check)
    {
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
            Exception = ExceptionOf(check.Error),
            Message = message,
        };
    }

    static string Ll(long v) => v == long.MinValue ? "LLONG_MIN" : v + "LL";
}
