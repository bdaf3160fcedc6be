using System.CommandLine;
using Bindgen.Model;
using Bindgen.Model.Plan;

namespace Bindgen.Cli.Commands;

/// <summary>
/// `bindgen ir`: the bound IR as stable JSON on stdout, the debugging window between binder and emitters;
/// `--plan` prints the call plans instead (the window between the lowering pass and the emitters).
/// </summary>
public static class IrCommand
{
    public static Command Create()
    {
        var spec = CliOptions.Spec();
        var plan = new Option<bool>("--plan")
        {
            Description = "Print the call plans (error checks, buffer length units, alloc expressions: what every target renders) instead of the IR",
        };
        var cmd = new Command("ir", "Print the bound IR (every decision the binder made) as JSON") { spec, plan };
        cmd.SetAction(r => Run(r.GetValue(spec)!, Log.From(r), r.GetValue(plan)));
        return cmd;
    }

    public static int Run(string specPath, Log log, bool plan = false)
    {
        var result = Pipeline.Run(specPath, log);
        if (Pipeline.Report(result.Diagnostics, log.Verbose)) return 1;
        var cwd = Directory.GetCurrentDirectory();
        Console.Out.Write(plan ? ModelJson.Serialize(CallPlanner.PlanModule(result.Module!), cwd) : ModelJson.Serialize(result.Module!, cwd));
        return 0;
    }
}
