using System.CommandLine;
using Bindgen.Cli;
using Bindgen.Model;

var root = CliRoot.Create();

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
