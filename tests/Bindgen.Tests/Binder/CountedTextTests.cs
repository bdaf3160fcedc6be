using Bindgen.Cli;
using Bindgen.Model;
using Bindgen.Model.IR;
using Bindgen.Model.Spec;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Binder;

/// <summary>`string: utf8|bytes` + `length:` (SPEC.md, December): one role the binder decides, every emitter renders.</summary>
public class CountedTextTests
{
    static Pipeline.Result Bind(string header, string functions)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "t.h"), "#include <stddef.h>\n#include <stdint.h>\n" + header);
        File.WriteAllText(Path.Combine(dir, "bindings.yaml"), "module: t\nheaders: [t.h]\nfunctions:\n" + functions);
        return Pipeline.Run(Path.Combine(dir, "bindings.yaml"));
    }

    [Theory]
    [InlineData("const char *", "utf8")]
    [InlineData("const unsigned char *", "bytes")]
    [InlineData("const uint8_t *", "utf8")]
    [InlineData("const char s[]", "bytes")]
    public void ItIsAnInputBufferThatKnowsItsEncodingWithTheLengthHidden(string decl, string encoding)
    {
        var param = decl.Contains("[]") ? decl : decl + "s";
        var r = Bind($"int f({param}, size_t n);\n", $"  f: {{params: {{s: {{string: {encoding}, length: n}}}}}}\n");
        Assert.False(r.Diagnostics.HasErrors, string.Join("\n", r.Diagnostics.Items));
        var f = r.Module!.Functions.Single(x => x.CName == "f");
        var s = Assert.IsType<BufferRole>(f.Param("s").Role);
        Assert.Equal(BufferDirection.In, s.Direction);
        Assert.Equal(encoding == "utf8" ? StringEncoding.Utf8 : StringEncoding.Bytes, s.Text);
        Assert.Equal("n", s.LengthParam);
        Assert.Equal(LengthUnit.Bytes, s.LengthUnit);
        Assert.False(Assert.IsType<LengthRole>(f.Param("n").Role).Visible);
    }

    [Fact]
    public void ItNeedsAConstCharPointerAndAnIntegerLength()
    {
        var r = Bind("int f(char *s, size_t n);\nint g(const int *s, size_t n);\nint h(const char *s, size_t *n);\n",
            "  f: {params: {s: {string: utf8, length: n}}}\n" +
            "  g: {params: {s: {string: bytes, length: n}}}\n" +
            "  h: {params: {s: {string: utf8, length: n}}}\n");
        var errors = r.Diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.Message).ToList();
        Assert.Contains(errors, m => m.Contains("'s' of 'f' is 'char *'") && m.Contains("needs a const char"));
        Assert.Contains(errors, m => m.Contains("'s' of 'g' is 'const int *'"));
        Assert.Contains(errors, m => m.Contains("the length 'n' of string 's' of 'h' must be an integer"));
        Assert.Equal(3, errors.Count);
    }
}
