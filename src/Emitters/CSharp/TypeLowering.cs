using System.Globalization;
using Bindgen.Model.IR;

namespace Bindgen.Emitters.CSharp;

public sealed record EnumMemberModel(IReadOnlyList<string> Doc, string Name, string Value);
public sealed record EnumModel(IReadOnlyList<string> Doc, bool Flags, string Name, string Underlying, IReadOnlyList<EnumMemberModel> Members);
public sealed record ConstantModel(IReadOnlyList<string> Doc, string Type, string Name, string Value);
public sealed record ExceptionModel(IReadOnlyList<string> Doc, string Name, string Base);
public sealed record DelegateModel(IReadOnlyList<string> Doc, string Declaration);
public sealed record TrampolineModel(string Signature, IReadOnlyList<string> Body);

/// <summary>Enums, macro constants, exception classes and callback delegates (with their [UnmanagedCallersOnly] trampolines).</summary>
internal sealed class TypeLowering(CsContext cx)
{
    public EnumModel Enum(BoundEnum e)
    {
        var c = cx.Module.Header.FindEnum(e.CName);
        var under = CsContext.IntName(e.Size, e.Signed);
        var members = e.Members.Select(m =>
        {
            bool fits = e.Signed || m.Value >= 0;
            var value = fits ? m.Value.ToString(CultureInfo.InvariantCulture) : $"unchecked(({under})({m.Value}))";
            return new EnumMemberModel(CsSyntax.Doc(c?.Constants.FirstOrDefault(x => x.Name == m.CName)?.Doc), m.CsName, value);
        }).ToList();
        return new EnumModel(CsSyntax.Doc(e.Doc), e.Style == BoundEnumStyle.IntFlag, cx.EnumName(e), under, members);
    }

    public ConstantModel Constant(BoundConstant k)
    {
        var doc = cx.Module.Header.Macros.FirstOrDefault(m => m.Name == k.CName)?.Doc
                  ?? cx.Module.Header.Enums.SelectMany(e => e.Constants).FirstOrDefault(x => x.Name == k.CName)?.Doc;
        var name = CsSyntax.Identifier(k.CName);
        if (name == cx.ClassName) name += "_";
        switch (k.Kind)
        {
            case ConstantKind.String:
                return new ConstantModel(CsSyntax.Doc(doc), "string", name, CsSyntax.String(k.Value));
            case ConstantKind.Float:
                var v = k.Value switch
                {
                    "Infinity" or "inf" => "double.PositiveInfinity",
                    "-Infinity" or "-inf" => "double.NegativeInfinity",
                    "NaN" or "nan" => "double.NaN",
                    _ => k.Value,
                };
                return new ConstantModel(CsSyntax.Doc(doc), "double", name, v);
            default:
                string type;
                if (k.Unsigned) type = ulong.TryParse(k.Value, out var u) && u <= uint.MaxValue ? "uint" : "ulong";
                else type = long.TryParse(k.Value, out var l) && l is >= int.MinValue and <= int.MaxValue ? "int" : "long";
                return new ConstantModel(CsSyntax.Doc(doc), type, name, k.Value);
        }
    }

    public IReadOnlyList<ExceptionModel> Exceptions()
    {
        var byName = cx.Module.Errors.GroupBy(e => e.ExceptionClass).ToDictionary(g => g.Key, g => g.First());
        return byName.Keys.OrderBy(n => n, StringComparer.Ordinal).Select(n =>
        {
            var e = byName[n];
            var b = byName.ContainsKey(e.BaseClass) && e.BaseClass != n ? CsSyntax.Identifier(e.BaseClass) : cx.ExceptionBase;
            var doc = CsSyntax.Doc($"Raised when a C call fails under the '{e.Name}' error convention ({e.Kind}); Code is the C code, Message the C message.");
            return new ExceptionModel(doc, CsSyntax.Identifier(n), b);
        }).ToList();
    }

    string CallbackParamType(BoundType t) => t is StringType s ? cx.PublicType(s) + "?" : cx.PublicType(t);

    IEnumerable<(BoundCallbackParam P, string Name)> Visible(BoundCallback cb) =>
        cb.Params.Select((p, i) => (p, i)).Where(x => x.i != cb.UserDataIndex).Select(x => (x.p, CsSyntax.Identifier(x.p.Name.TrimEnd('_'))));

    public DelegateModel Delegate(BoundCallback cb)
    {
        var ps = string.Join(", ", Visible(cb).Select(x => $"{CallbackParamType(x.P.Type)} {x.Name}"));
        var doc = cx.Module.Header.FindTypedef(cb.Name)?.Doc;
        return new DelegateModel(CsSyntax.Doc(doc ?? $"A C# callable for the C callback type {cb.CTypeSpelling}."),
            $"{cx.Visibility} delegate {cx.PublicType(cb.Return)} {cx.DelegateName(cb)}({ps});");
    }

    public TrampolineModel Trampoline(BoundCallback cb)
    {
        var del = cx.DelegateName(cb);
        var names = cb.Params.Select((p, i) => i == cb.UserDataIndex ? "__user_data" : "__" + p.Name.TrimEnd('_')).ToList();
        var nps = string.Join(", ", cb.Params.Select((p, i) => $"{cx.NativeType(p.Type)} {names[i]}"));
        var args = string.Join(", ", cb.Params.Select((p, i) => (p, i)).Where(x => x.i != cb.UserDataIndex).Select(x => x.p.Type switch
        {
            StringType { Encoding: Bindgen.Model.Spec.StringEncoding.Bytes } => $"{cx.Interop}.Bytes({names[x.i]})",
            StringType => $"{cx.Interop}.Utf8({names[x.i]})",
            PointerType => $"(nint){names[x.i]}",
            _ => CsContext.FromNative(x.p.Type, names[x.i]),
        }));
        bool isVoid = cb.Return is VoidType;
        var w = new CodeWriter();
        w.Line($"var __state = {cx.Interop}.CallbackState<{del}>.From({names[cb.UserDataIndex]});");
        w.Line(isVoid ? "if (__state is null) return;" : "if (__state is null) return default;");
        w.Open("try");
        w.Line(isVoid ? $"__state.Callback({args});" : $"return {CsContext.ToNative(cb.Return, $"__state.Callback({args})")};");
        w.Close();
        w.Open("catch (global::System.Exception __e)");
        w.Line("__state.Capture(__e);");
        if (!isVoid) w.Line("return default;");
        w.Close();
        return new TrampolineModel($"internal static {cx.NativeType(cb.Return)} {del}({nps})", w.Lines);
    }
}
