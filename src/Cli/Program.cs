using System.CommandLine;
using Bindgen.Cli;
using Bindgen.Cli.Commands;
using Bindgen.Model;

var root = new RootCommand("bindgen: C headers + one bindings.yaml → CPython (classic, abi3), HPy, cffi, Cython and C# bindings")
{
    GenCommand.Create(), BuildCommand.Create(), CheckCommand.Create(), IrCommand.Create(), InitCommand.Create(), SchemaCommand.Create(), CoverageCommand.Create(), PackageCommand.Create(),
};
root.Add(CliOptions.Verbose);
root.Add(CliOptions.Quiet);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var e in parse.Errors) Console.Error.WriteLine($"bindgen: {e.Message}");
    Console.Error.WriteLine("Try 'bindgen --help'.");
    return 2;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (BindgenException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("BINDGEN_DEBUG") != "1")
{
    Console.Error.WriteLine($"bindgen: internal error: {ex.GetType().Name}: {ex.Message} (set BINDGEN_DEBUG=1 for the stack trace, and please report it)");
    return 1;
}
