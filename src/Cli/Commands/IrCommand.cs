using System.CommandLine;
using Bindgen.Model;

namespace Bindgen.Cli.Commands;

/// <summary>`bindgen ir`: the bound IR as stable JSON on stdout, the debugging window between binder and emitters.</summary>
public static class IrCommand
{
    public static Command Create()
    {
        var spec = CliOptions.Spec();
        var cmd = new Command("ir", "Print the bound IR (every decision the binder made) as JSON") { spec };
        cmd.SetAction(r => Run(r.GetValue(spec)!, Log.From(r)));
        return cmd;
    }

    public static int Run(string specPath, Log log)
    {
        var result = Pipeline.Run(specPath, log);
        if (Pipeline.Report(result.Diagnostics, log.Verbose)) return 1;
        Console.Out.Write(ModelJson.Serialize(result.Module!, Directory.GetCurrentDirectory()));
        return 0;
    }
}
