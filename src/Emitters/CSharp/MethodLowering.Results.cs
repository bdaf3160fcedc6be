using Bindgen.Model.IR;
using Bindgen.Model.Plan;
using Bindgen.Model.Spec;

namespace Bindgen.Emitters.CSharp;

internal sealed partial class MethodLowering
{
    bool IsCtorSelf(BoundResult r) =>
        kind == MethodKind.Constructor &&
        ((r.Source == ResultSource.Return && f.Return.Kind == ReturnKind.Handle) ||
         (r.Source == ResultSource.Out && f.Param(r.Param!).Role is OutRole { Type: HandleType h } && h.Handle == owner!.CType));

    /// <summary>The public C# type and value expression of a result (outs and inouts are assigned separately).</summary>
    (string Type, string Value) ResultValue(BoundResult r)
    {
        switch (r.Source)
        {
            case ResultSource.Return:
                // A NULL return is an error under a null convention, so the result is never null.
                bool nonNull = Plan.ErrorCheck is { Test: FailureTest.Null };
                return f.Return.Kind switch
                {
                    ReturnKind.String or ReturnKind.Handle when nonNull => (cx.PublicType(f.Return.Type), "__result!"),
                    ReturnKind.String => (cx.PublicType(f.Return.Type) + "?", "__result"),
                    ReturnKind.Handle => (cx.PublicType(f.Return.Type) + "?", "__result"),
                    ReturnKind.Pointer => ("nint", "(nint)__ret"),
                    _ => (cx.PublicType(f.Return.Type), CsContext.FromNative(f.Return.Type, "__ret")),
                };
            case ResultSource.AllocBuffer:
                {
                    var p = f.Param(r.Param!);
                    var b = (BufferRole)p.Role;
                    var prod = ProducedOf(b);
                    if (prod is null) return ("byte[]", $"{L(p)}_buf");
                    var u = Plan.Buffer(p.CName);
                    var bytes = u.Scaled ? $"{prod} * {u.UnitBytes}" : prod;
                    return ("byte[]", $"{cx.Interop}.Trim({L(p)}_buf, {bytes})");
                }
            case ResultSource.ProducedLength:
                {
                    var b = (BufferRole)f.Param(r.Param!).Role;
                    return ("int", $"checked((int){ProducedOf(b)})");
                }
            default:
                throw new NotSupportedException(r.Source.ToString());
        }
    }

    void LowerReturn()
    {
        switch (f.Return.Kind)
        {
            case ReturnKind.String:
                var st = (StringType)f.Return.Type;
                var decode = st.Encoding == StringEncoding.Bytes ? "Bytes" : "Utf8";
                if (f.Return.StringVia is { } via)
                {
                    // A string struct (CXString): its text via the spec's function, then the struct is released by value, even when decoding throws.
                    var text = $"{cx.Interop}.{decode}({cx.Native}.{CsSyntax.Verbatim(via)}(__ret))";
                    if (f.Return.Free is { } sf)
                    {
                        _post.Line($"{cx.PublicType(st)}? __result;");
                        _post.Line($"try {{ __result = {text}; }} finally {{ {cx.Native}.{CsSyntax.Verbatim(sf)}(__ret); }}");
                    }
                    else _post.Line($"var __result = {text};");
                    break;
                }
                _post.Line($"var __result = {cx.Interop}.{decode}(__ret);");
                if (f.Return.Ownership == Ownership.Owned) _post.Line(FreeCall(f.Return.Free, "__ret"));
                break;
            case ReturnKind.Handle when kind == MethodKind.Constructor:
                _ctorPointer = "__ret";
                break;
            case ReturnKind.Handle:
                var cls = cx.PublicType(f.Return.Type);
                var owns = f.Return.Ownership == Ownership.Owned ? "true" : "false";
                _post.Line($"var __result = __ret == null ? null : new {cls}(new {cx.Interop}.Adopted((nint)__ret, {owns}));");
                _cleanupOnThrow.Add("__result?.Dispose();");
                break;
        }
    }

    MethodModel Assemble()
    {
        LowerReturn();
        if (_ctorPointer is not null && !_storage && owner!.Destructor is { } dtor)
        {
            var dt = cx.NativeType(cx.Module.Header.FindFunction(dtor)!.Params[0].Type) ?? "void*";
            _cleanupOnThrow.Add($"if ({_ctorPointer} != null) {cx.Native}.{CsSyntax.Verbatim(dtor)}(({dt}){_ctorPointer});");
        }

        var candidates = f.Results.Where(r => r.Source is ResultSource.Return or ResultSource.AllocBuffer or ResultSource.ProducedLength && !IsCtorSelf(r)).ToList();
        var primary = candidates.FirstOrDefault(r => r.Source == ResultSource.AllocBuffer)
                      ?? candidates.FirstOrDefault(r => r.Source == ResultSource.Return)
                      ?? candidates.FirstOrDefault();
        foreach (var r in candidates.Where(r => r != primary))
        {
            var (type, value) = ResultValue(r);
            var pname = r.Source switch
            {
                ResultSource.Return => "result",
                ResultSource.AllocBuffer => f.Param(r.Param!).CsName,
                _ => f.Param(r.Param!).CsName + "_produced",
            };
            _extraOuts.Add($"out {type} {pname}");
            _assign.Line($"{pname} = {value};");
        }
        var (returnType, returnValue) = primary is null ? ("void", null) : ResultValue(primary);

        var body = new CodeWriter();
        body.Append(_pre.Lines);
        bool errno = Plan.ErrorCheck is { Code: CodeSource.Errno };
        bool hasRet = f.Return.Kind != ReturnKind.Void;
        var nr = NativeReturnType;
        var call = $"{cx.Native}.{CsSyntax.Verbatim(f.CName)}({string.Join(", ", _args)})";
        bool wrapped = _fixed.Count > 0 || _unpin.Count > 0 || errno;
        if (errno) body.Line("int __errno;");
        if (hasRet && wrapped) body.Line($"{nr} __ret;");
        if (_unpin.Count > 0) body.Open("try");
        foreach (var fx in _fixed) body.Line(fx);
        if (_fixed.Count > 0 || errno) body.Open("");
        body.Line(hasRet ? (wrapped ? $"__ret = {call};" : $"{nr} __ret = {call};") : $"{call};");
        if (errno) body.Line("__errno = Marshal.GetLastPInvokeError();");
        if (_fixed.Count > 0 || errno) body.Close();
        if (_unpin.Count > 0)
        {
            body.Close();
            body.Open("finally");
            body.Append(_unpin);
            body.Close();
        }
        body.Append(_post.Lines);
        int pendingIndex = 0;
        foreach (var pc in _pendingChecks.Concat(_keeperChecks.Distinct()))
        {
            var e = $"__pending{pendingIndex++}";
            body.Open($"if ({pc} is {{ }} {e})");
            body.Append(_cleanupOnThrow);
            body.Line($"global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw({e});");
            body.Close();
        }
        if (Plan.ErrorCheck is { } check) ErrorCheck(body, check);
        if (_ctorPointer is not null)
        {
            body.Open($"if ({_ctorPointer} == null)");
            body.Line($"throw new {cx.ExceptionBase}(0, {CsSyntax.String(f.CName + " returned NULL")});");
            body.Close();
            body.Line($"SetHandle((nint){_ctorPointer});");
        }
        body.Append(_assign.Lines);
        if (returnValue is not null) body.Line($"return {returnValue};");

        var ps = _params.OrderBy(p => p.Order).Select(p => p.Text).Concat(_extraOuts).ToList();
        for (int i = ps.Count - 1, seenRequired = 0; i >= 0; i--)
        {
            if (!ps[i].Contains(" = ")) seenRequired = 1;
            else if (seenRequired == 1) ps[i] = ps[i][..ps[i].IndexOf(" = ", StringComparison.Ordinal)];
        }
        var paramList = string.Join(", ", ps);
        var name = f.CsName;
        // A member may not be named like its type (CS0542).
        if ((kind == MethodKind.Static && name == cx.ClassName) || (kind == MethodKind.Instance && name == cx.HandleClass(owner!.CType))) name += "_";
        var signature = kind switch
        {
            MethodKind.Static => $"public static {returnType} {name}({paramList})",
            MethodKind.Instance => $"public {returnType} {name}({paramList})",
            // A destructor in the shim library: the shim is loaded (or a clear exception thrown) before C creates anything.
            _ => $"public {cx.HandleClass(owner!.CType)}({paramList}) : base(nint.Zero, ownsHandle: {(owner.Destructor is { } d && cx.Module.InShim(d) ? "Native.RequireShim()" : "true")})",
        };
        string? expression = null;
        if (!wrapped && _pre.IsEmpty && _post.IsEmpty && _assign.IsEmpty && f.ErrorCheck is null && _extraOuts.Count == 0
            && _ctorPointer is null && (f.Return.Kind is ReturnKind.Void or ReturnKind.Value))
            expression = hasRet ? CsContext.FromNative(f.Return.Type, call) : call;
        return new MethodModel
        {
            Doc = CsSyntax.Doc(f.Doc ?? $"Calls {f.CName}."),
            Signature = signature,
            Body = expression is null ? body.Lines : [],
            Expression = expression,
        };
    }

    /// <summary>The call's plan (error check, buffer units, alloc sizes), decided once for every target.</summary>
    CallPlan Plan => CallPlanner.For(cx.Module, f);

    /// <summary>The plan's error check over __ret; integers compared as long (exact: negative is planned only for signed returns).</summary>
    void ErrorCheck(CodeWriter body, ErrorCheckPlan err)
    {
        var ex = CsSyntax.Identifier(err.ExceptionClass);
        string cond = err.Test switch
        {
            FailureTest.NotSuccess => err.Success.Count == 1 ? $"(long)__ret != {err.Success[0]}" : $"(long)__ret is not ({string.Join(" or ", err.Success)})",
            FailureTest.Negative => "(long)__ret < 0",
            FailureTest.MinusOne => "(long)__ret == -1",
            _ => "__ret == null",
        };
        string code = err.Code switch { CodeSource.Return => "(long)__ret", CodeSource.Errno => "__errno", _ => "0" };
        string message;
        switch (err.Message)
        {
            case MessageSource.HandleFunction:
                var p = f.Param(err.MessageArgParam!);
                var arg = _leases.TryGetValue(p.CName, out var lease) ? $"{lease}.Pointer" : _args[p.Index];
                message = $"{cx.Interop}.Utf8({cx.Native}.{CsSyntax.Verbatim(err.MessageFunction!)}(({(err.MessageArgType is { } t ? cx.NativeType(t) : null) ?? "void*"}){arg}))";
                break;
            case MessageSource.CodeFunction:
                message = $"{cx.Interop}.Utf8({cx.Native}.{CsSyntax.Verbatim(err.MessageFunction!)}(unchecked(({(err.MessageArgType is { } ct ? cx.NativeType(ct) : null) ?? "int"}){code})))";
                break;
            case MessageSource.Errno:
                message = "Marshal.GetPInvokeErrorMessage(__errno)";
                break;
            default:
                message = "null";
                break;
        }
        // The Python targets' wording (bg_raise_code/bg_raise_null, cffi _raise_*): one message on every target
        var fallback = err.Test == FailureTest.Null ? CsSyntax.String(f.CName + "() failed") : $"{CsSyntax.String(f.CName + "() failed with code ")} + {code}";
        body.Open($"if ({cond})");
        body.Append(_cleanupOnThrow);
        body.Line($"throw new {ex}({code}, {(message == "null" ? fallback : $"{message} ?? {fallback}")});");
        body.Close();
    }
}
