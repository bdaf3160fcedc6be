using System.CommandLine;
using Bindgen.Cli.Commands;

namespace Bindgen.Cli;

/// <summary>The command tree: Program runs it; the docs test reads it to check docs/cli.md names every command and option.</summary>
public static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand("bindgen: C headers + one bindings.yaml → CPython (classic, abi3), HPy, cffi, Cython and C# bindings")
        {
            GenCommand.Create(), BuildCommand.Create(), CheckCommand.Create(), IrCommand.Create(), InitCommand.Create(), SchemaCommand.Create(), CoverageCommand.Create(), PackageCommand.Create(),
        };
        root.Add(CliOptions.Verbose);
        root.Add(CliOptions.Quiet);
        return root;
    }
}
