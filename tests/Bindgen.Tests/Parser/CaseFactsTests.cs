using Bindgen.Model.C;

namespace Bindgen.Tests.Parser;

/// <summary>Targeted facts on the focused headers, independent of the expectation files.</summary>
public class CaseFactsTests
{
    [Fact]
    public void BitfieldsHaveWidthsAndBitOffsets()
    {
        var flags = ParserCases.Parse("structs.h").FindRecord("flags")!;
        Assert.Equal(["ready", "mode", "count", "tail"], flags.Fields.Select(f => f.Name));
        Assert.Equal([1, 3, 8, (int?)null], flags.Fields.Select(f => f.BitWidth));
        Assert.Equal([0L, 1, 8, 16], flags.Fields.Select(f => f.OffsetBits));
    }

    [Fact]
    public void AnonymousMembersAreNamedAfterTheirParent()
    {
        var header = ParserCases.Parse("structs.h");
        var parent = header.FindRecord("with_anonymous")!;
        var anon = parent.Fields.Where(f => f.IsAnonymous).ToList();
        Assert.Equal(["__anon0", "__anon1"], anon.Select(f => f.Name));
        Assert.Equal([32L, 64], anon.Select(f => f.OffsetBits));
        var union = header.FindRecord("with_anonymous__anon0")!;
        Assert.True(union.IsAnonymous);
        Assert.True(union.IsUnion);
        Assert.Equal("with_anonymous__anon0", Assert.IsType<CRecordType>(anon[0].Type).Name);

        var named = header.FindRecord("with_named_members")!;
        Assert.Equal("with_named_members_size", Assert.IsType<CRecordType>(named.Fields[0].Type).Name);
        Assert.NotNull(header.FindRecord("inner_tag"));
    }

    [Fact]
    public void RecordKinds()
    {
        var header = ParserCases.Parse("structs.h");
        Assert.True(header.FindRecord("packed_attr")!.IsPacked);
        Assert.Equal(5, header.FindRecord("packed_attr")!.Size);
        Assert.True(header.FindRecord("packed_pragma")!.IsPacked);
        Assert.False(header.FindRecord("point")!.IsPacked);

        var flexible = header.FindRecord("flexible")!;
        Assert.True(flexible.HasFlexibleArray);
        Assert.Null(Assert.IsType<CArrayType>(flexible.Fields[^1].Type).Length);

        var arrays = header.FindRecord("arrays")!;
        var grid = Assert.IsType<CArrayType>(arrays.Fields[1].Type);
        Assert.Equal(3, grid.Length);
        Assert.Equal(4, Assert.IsType<CArrayType>(grid.Element).Length);

        var opaque = header.FindRecord("opaque")!;
        Assert.False(opaque.IsComplete);
        Assert.Empty(opaque.Fields);
        Assert.Equal(-1, opaque.Size);

        // Declared forward, then defined: one record, complete, at its definition.
        var later = Assert.Single(header.Records, r => r.Name == "later");
        Assert.True(later.IsComplete);
        Assert.Equal(75, later.Location.Line);

        var complex = header.FindRecord("complex_t")!;
        Assert.True(complex.IsAnonymous);
        Assert.Null(header.FindTypedef("complex_t"));
        Assert.False(header.FindRecord("tagged_s")!.IsAnonymous);
        Assert.Equal("tagged_s", Assert.IsType<CRecordType>(header.FindTypedef("tagged_t")!.Target).Name);
    }

    [Fact]
    public void EnumValuesKeepTheirSign()
    {
        var header = ParserCases.Parse("enums.h");
        Assert.Equal(-2, header.FindEnum("signed_values")!.Constants[0].Value);
        Assert.Equal(4294967295L, header.FindEnum("big_unsigned")!.Constants[1].Value);
        Assert.Equal(1L << 40, header.FindEnum("wide")!.Constants[0].Value);
        Assert.Equal(16, header.FindEnum("derived")!.Constants.Single(c => c.Name == "D_C").Value);
        var anon = header.Enums.Single(e => e.Constants[0].Name == "ANON_FIRST");
        Assert.True(anon.IsAnonymous);
        Assert.Equal("__anon_enum_ANON_FIRST", anon.Name);
        Assert.True(header.FindEnum("mode_t_")!.IsAnonymous);
        Assert.Equal("the first", header.FindEnum("color")!.Constants[0].Doc);
    }

    [Fact]
    public void FunctionsParamsAndFlags()
    {
        var header = ParserCases.Parse("functions.h");
        var mix = header.FindFunction("fn_unnamed_mix")!;
        Assert.Equal(["p1", "data", "p3"], mix.Params.Select(p => p.Name));
        Assert.Equal([true, false, true], mix.Params.Select(p => p.Unnamed));
        Assert.True(header.FindFunction("fn_square")!.IsInline);
        Assert.True(header.FindFunction("fn_static")!.IsInline);
        Assert.False(header.FindFunction("fn_open")!.IsInline);
        Assert.False(header.FindFunction("fn_no_prototype")!.IsVariadic);
        Assert.True(header.FindFunction("fn_printf")!.IsVariadic);
        Assert.Single(header.Diagnostics);

        var wide = header.FindFunction("fn_wide")!;
        var signedness = wide.Params.Select(p => ((CPrimitiveType)p.Type).IsSigned).ToList();
        Assert.Equal([true, false, true, false, true, false, true, true, false], signedness);

        var ptrs = Assert.IsType<CPointerType>(header.FindFunction("fn_const_ptrs")!.Return);
        Assert.False(ptrs.IsConst);
        Assert.True(ptrs.Pointee.IsConst);
        Assert.True(((CPointerType)ptrs.Pointee).Pointee.IsConst);
        Assert.True(((CPointerType)header.FindFunction("fn_const_ptrs")!.Params[0].Type).Pointee.IsVolatile);
    }

    [Fact]
    public void PlainCharIsSigned()
    {
        var charT = Assert.IsType<CPrimitiveType>(ParserCases.Parse("typedefs.h").FindTypedef("char_t")!.Target);
        Assert.Equal(CPrimitiveKind.Char, charT.Primitive);
        Assert.True(charT.IsSigned);
    }

    [Fact]
    public void TypedefsAndConst()
    {
        var header = ParserCases.Parse("typedefs.h");
        var cptr = Assert.IsType<CPointerType>(header.FindTypedef("cuLongf_ptr")!.Target);
        var pointee = Assert.IsType<CTypedefType>(cptr.Pointee);
        Assert.Equal("uLongf", pointee.Name);
        Assert.True(pointee.IsConst);
        Assert.Equal("const uLongf", pointee.Spelling);
        Assert.True(pointee.Canonical.IsConst);
        Assert.Equal(CPrimitiveKind.ULong, ((CPrimitiveType)pointee.Canonical).Primitive);
        Assert.False(header.FindRecord("tree")!.IsComplete);
    }

    [Fact]
    public void FunctionPointerParamNames()
    {
        var header = ParserCases.Parse("funcptrs.h");
        var handler = (CFunctionType)((CPointerType)header.FindFunction("set_handler")!.Params[0].Type).Pointee;
        Assert.Equal(["signal", "context"], handler.ParamNames);
        var alloc = (CFunctionType)((CPointerType)header.FindTypedef("alloc_fn")!.Target).Pointee;
        Assert.Equal(["", "items", "size"], alloc.ParamNames);
        var field = (CFunctionType)((CPointerType)header.FindRecord("allocator")!.Fields[0].Type).Pointee;
        Assert.Equal(["opaque", "size"], field.ParamNames);
        Assert.Equal(-1, header.FindTypedef("compare_fn")!.Target.Size);
    }

    [Fact]
    public void MacroValues()
    {
        var macros = ParserCases.Parse("macros.h").Macros.ToDictionary(m => m.Name);
        Assert.Equal(298, macros["M_BUILT"].IntValue);
        Assert.Equal(4294967295L, macros["M_ALL_ONES"].IntValue);
        Assert.True(macros["M_ALL_ONES"].Unsigned);
        Assert.False(macros["M_NEG"].Unsigned);
        Assert.Equal(-1, macros["M_ULL_MAX"].IntValue);
        Assert.True(macros["M_ULL_MAX"].Unsigned);
        Assert.Equal(1.5, macros["M_FLOAT"].FloatValue);
        Assert.Equal("abcdef", macros["M_CONCAT"].StringValue);
        Assert.Equal("paren", macros["M_PAREN_STRING"].StringValue);
        Assert.Equal("tab\there \"quoted\" back\\slash\n", macros["M_ESCAPES"].StringValue);
        Assert.Equal("h\u00e9llo", macros["M_UTF8"].StringValue);
        Assert.Equal("42.0x1F", macros["M_VERSION_STRING"].StringValue);
        Assert.Equal(1234, macros["M_PASTE"].IntValue);
        Assert.Equal("(M_INT + M_HEX)", macros["M_MULTI_LINE"].Expression);
        Assert.Equal("built from other macros", macros["M_BUILT"].Doc);
        foreach (var dropped in new[] { "M_EMPTY", "M_KEYWORD", "M_TYPE", "M_CALL", "M_NULL_PTR", "M_BRACES", "M_FUNCTION_LIKE", "M_UNDEFINED_REF", "M_STRINGIFY_" })
            Assert.False(macros.ContainsKey(dropped), dropped);
    }

    [Fact]
    public void OnlyTheListedHeadersUnlessGlobbed()
    {
        var plain = ParserCases.Parse("includes/main.h");
        Assert.Equal(["main_function"], plain.Functions.Select(f => f.Name));
        Assert.Equal(["MAIN_CONSTANT"], plain.Macros.Select(m => m.Name));
        Assert.Empty(plain.Typedefs);
        Assert.Empty(plain.Records);
        Assert.Equal("sub_t", Assert.IsType<CTypedefType>(plain.Functions[0].Params[0].Type).Name);

        var globbed = ParserCases.Parse("includes/main.h", includeGlobs: ["sub_f*", "SUB_?ONSTANT", "sub_record"]);
        Assert.Equal(["sub_function", "main_function"], globbed.Functions.Select(f => f.Name));
        Assert.Equal(["SUB_CONSTANT", "MAIN_CONSTANT"], globbed.Macros.Select(m => m.Name));
        Assert.Equal(["sub_record"], globbed.Records.Select(r => r.Name));
        Assert.EndsWith("includes/sub.h", globbed.Records[0].Location.File);
    }

    [Fact]
    public void SeveralHeadersInOneTranslationUnit()
    {
        var header = ParserCases.ParseHeaders(["structs.h", "enums.h"], [ParserCases.Dir]);
        Assert.Equal([ParserCases.PathOf("structs.h"), ParserCases.PathOf("enums.h")], header.Headers);
        Assert.NotNull(header.FindRecord("point"));
        Assert.NotNull(header.FindEnum("color"));
    }

    [Fact]
    public void DefinesWithAndWithoutValues()
    {
        var none = ParserCases.Parse("defines.h");
        Assert.Equal(["bare_missing"], none.Functions.Select(f => f.Name));
        var both = ParserCases.Parse("defines.h", defines: [new("BARE", ""), new("VALUE", "3")]);
        Assert.Equal(["bare_defined", "value_is_three"], both.Functions.Select(f => f.Name));
    }

    [Fact]
    public void LocationsAreAbsoluteAndOneBased()
    {
        var point = ParserCases.Parse("structs.h").FindRecord("point")!;
        Assert.Equal(ParserCases.PathOf("structs.h"), point.Location.File);
        Assert.True(Path.IsPathRooted(point.Location.File));
        Assert.Equal(4, point.Location.Line);
        Assert.Equal(8, point.Location.Column);
    }

    [Fact]
    public void ParsingIsDeterministic()
    {
        var first = ParserCases.RelativeJson(ParserCases.System("sqlite3.h"));
        var second = ParserCases.RelativeJson(ParserCases.System("sqlite3.h"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void UnmodelledTypesSayWhy()
    {
        var header = ParserCases.Parse("unsupported.h");
        Assert.Contains("vector type", Assert.IsType<CUnsupportedType>(header.FindTypedef("vec4f")!.Target).Reason);
        Assert.Contains("_Complex", Assert.IsType<CUnsupportedType>(header.FindTypedef("complex_double")!.Target).Reason);
        Assert.Contains("_Atomic", Assert.IsType<CUnsupportedType>(header.FindTypedef("atomic_int_t")!.Target).Reason);
        Assert.Equal(CPrimitiveKind.Int128, Assert.IsType<CPrimitiveType>(header.FindTypedef("i128")!.Target).Primitive);
        Assert.False(Assert.IsType<CPrimitiveType>(header.FindTypedef("u128")!.Target).IsSigned);
        Assert.Equal(16, header.FindTypedef("vec4f")!.Target.Size);
    }
}
