using System.Diagnostics;
using Bindgen.Spec;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Spec;

/// <summary>The shipped schema is the generated one, and real specs validate against it (python3-jsonschema) while broken ones do not.</summary>
public class JsonSchemaTests
{
    static string SchemaPath => Path.Combine(ExpectedFile.RepoRoot(), "schema", "bindings.schema.json");

    [Fact]
    public void ShippedSchemaIsUpToDate() => ExpectedFile.Match(JsonSchemaWriter.Write(), SchemaPath);

    static (int Code, string Output) Validate(string yamlPath)
    {
        const string script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            doc = yaml.safe_load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
            def leaves(e):
                return [x for c in e.context for x in leaves(c)] if e.context else [e]
            for e in (x for e in errors for x in leaves(e)): print("/".join(map(str, e.absolute_path)), e.message)
            sys.exit(1 if errors else 0)
            """;
        var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c"); psi.ArgumentList.Add(script); psi.ArgumentList.Add(SchemaPath); psi.ArgumentList.Add(yamlPath);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }

    [Theory]
    [InlineData("examples/zlib/bindings.yaml")]
    [InlineData("examples/demo/bindings.yaml")]
    [InlineData("tests/cases/spec/full.yaml")]
    public void ExampleSpecsValidate(string relative)
    {
        var (code, output) = Validate(Path.Combine(ExpectedFile.RepoRoot(), relative));
        Assert.True(code == 0, output);
    }

    [Fact]
    public void ABrokenSpecDoesNotValidate()
    {
        var path = Path.Combine(CliRunner.TempDir(), "bad.yaml");
        File.WriteAllText(path, "module: m\nheaders: [a.h]\nfunctions:\n  f:\n    gil: hold\n    params:\n      p: {lenght: n}\n");
        var (code, output) = Validate(path);
        Assert.Equal(1, code);
        Assert.Contains("functions/f/gil", output);
        Assert.Contains("lenght", output);
    }
}
