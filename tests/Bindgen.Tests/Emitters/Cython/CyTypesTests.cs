using Bindgen.Emitters.Cython;
using Bindgen.Model.C;

namespace Bindgen.Tests.Emitters.Cython;

public class CyTypesTests
{
    static CPrimitiveType Prim(CPrimitiveKind k, string spelling) => new(k) { Spelling = spelling };
    static readonly CPrimitiveType Int = Prim(CPrimitiveKind.Int, "int");
    static readonly CPrimitiveType Void = Prim(CPrimitiveKind.Void, "void");
    static readonly CPrimitiveType Char = Prim(CPrimitiveKind.Char, "char");

    [Theory]
    [InlineData("const Bytef *", "const _c.Bytef *")]
    [InlineData("struct demo_shape", "_c.demo_shape")]
    [InlineData("unsigned long", "unsigned long")]
    [InlineData("_Bool", "bint")]
    [InlineData("uint8_t *", "uint8_t *")]
    [InlineData("char **", "char **")]
    [InlineData("size_t", "size_t")]
    [InlineData("XML_Parser", "_c.XML_Parser")]
    public void IrSpellingsBecomePyxTypes(string c, string cython) => Assert.Equal(cython, CyTypes.Pyx(c));

    [Fact]
    public void KeywordNamesKeepTheirCName()
    {
        Assert.Equal("in_ \"in\"", CyTypes.Name("in"));
        Assert.Equal("value", CyTypes.Name("value"));
        Assert.Equal("lambda_", CyTypes.Ident("lambda"));
    }

    [Fact]
    public void DeclaratorsFollowCRules()
    {
        var voidPtr = new CPointerType(Void) { Spelling = "void *" };
        var fn = new CFunctionType(Int, [voidPtr, Int], false, "cdecl") { Spelling = "int (void *, int)", ParamNames = ["user", "value"] };
        var fnPtr = new CPointerType(fn) { Spelling = "int (*)(void *, int)" };
        Assert.Equal("int (*visit)(void *user, int value) noexcept", CyTypes.Declare(fnPtr, "visit"));

        var constChar = Char with { IsConst = true, Spelling = "const char" };
        Assert.Equal("const char *s", CyTypes.Declare(new CPointerType(constChar) { Spelling = "const char *" }, "s"));

        var arr = new CArrayType(Prim(CPrimitiveKind.UChar, "unsigned char"), 4) { Spelling = "unsigned char[4]" };
        Assert.Equal("unsigned char tag[4]", CyTypes.Declare(arr, "tag"));
        Assert.Equal("unsigned char (*p)[4]", CyTypes.Declare(new CPointerType(arr) { Spelling = "unsigned char (*)[4]" }, "p"));

        var td = new CTypedefType("uLong", Prim(CPrimitiveKind.ULong, "unsigned long")) { Spelling = "uLong" };
        Assert.Equal("uLong n", CyTypes.Declare(td, "n"));
        Assert.Null(CyTypes.Declare(Prim(CPrimitiveKind.Int128, "__int128"), "x"));
        Assert.Null(CyTypes.Declare(new CTypedefType("va_list", Int) { Spelling = "va_list" }, "ap"));
    }
}
