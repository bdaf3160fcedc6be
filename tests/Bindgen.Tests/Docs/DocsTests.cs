using System.CommandLine;
using System.Text.RegularExpressions;
using Bindgen.Cli;
using Bindgen.Spec;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Docs;

/// <summary>
/// docs/spec.md and docs/cli.md stay in step with the code: every key of the spec loader's table is documented in
/// its node kind's section, every command, option and argument of the CLI in its command's section, and a key the
/// loader does not know is marked as not implemented (and loses that mark once it is). Milliseconds: text only.
/// </summary>
public class DocsTests
{
    const string NotYet = "**(not yet implemented: issue #18)**";

    static string Read(string name) => File.ReadAllText(Path.Combine(ExpectedFile.RepoRoot(), "docs", name));

    /// <summary>The text after MARKER up to the next heading.</summary>
    static string Section(string doc, string marker)
    {
        var start = doc.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"missing section marker {marker}");
        var end = Regex.Match(doc[start..], @"\n#{2,3} ") is { Success: true } m ? start + m.Index : doc.Length;
        return doc[start..end];
    }

    static IEnumerable<(string Key, string Row)> Rows(string section) =>
        Regex.Matches(section, @"^\| `(?<key>[a-z_0-9]+)` \|(?<rest>.*)$", RegexOptions.Multiline).Select(m => (m.Groups["key"].Value, m.Groups["rest"].Value));

    [Fact]
    public void EverySpecKeyIsInItsSectionOfSpecMd()
    {
        var doc = Read("spec.md");
        var missing = new List<string>();
        foreach (var node in SpecSchema.Nodes)
        {
            var documented = Rows(Section(doc, $"<!-- schema: {node.Kind} -->")).Select(r => r.Key).ToHashSet();
            missing.AddRange(node.KeyNames.Where(k => !documented.Contains(k)).Select(k => $"{node.Kind}.{k}"));
        }
        Assert.True(missing.Count == 0, $"docs/spec.md does not document: {string.Join(", ", missing)}");
    }

    [Fact]
    public void KeysTheLoaderDoesNotKnowAreMarkedNotImplementedAndOnlyThose()
    {
        var doc = Read("spec.md");
        var wrong = new List<string>();
        foreach (var node in SpecSchema.Nodes)
        {
            foreach (var (key, row) in Rows(Section(doc, $"<!-- schema: {node.Kind} -->")))
            {
                var known = node.Find(key) is not null;
                var marked = row.TrimStart().StartsWith(NotYet, StringComparison.Ordinal);
                if (!known && !marked) wrong.Add($"{node.Kind}.{key} is not a key of SpecSchema: mark it {NotYet}");
                if (known && marked) wrong.Add($"{node.Kind}.{key} is implemented: drop its not-implemented mark");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryCommandOptionAndArgumentIsInCliMd()
    {
        var doc = Read("cli.md");
        var root = CliRoot.Create();
        var missing = new List<string>();
        foreach (var option in root.Options.Where(o => o.Name != "--help"))
            foreach (var name in option.Aliases.Prepend(option.Name))
                if (!doc.Contains($"`{name}`")) missing.Add($"global {name}");
        foreach (var cmd in root.Subcommands)
        {
            var section = Section(doc, $"## `bindgen {cmd.Name}`");
            foreach (var option in cmd.Options.Where(o => o.Name != "--help"))
                foreach (var name in option.Aliases.Prepend(option.Name))
                    if (!section.Contains($"`{name}`")) missing.Add($"{cmd.Name} {name}");
            foreach (var argument in cmd.Arguments)
                if (!section.Contains($"`{argument.Name}`")) missing.Add($"{cmd.Name} {argument.Name}");
        }
        Assert.True(missing.Count == 0, $"docs/cli.md does not document: {string.Join(", ", missing)}");
        Assert.Contains("## Exit codes", doc);
    }

    [Fact]
    public void TheReadmeLinksTheDocsNotAFileOutsideTheRepository()
    {
        var readme = File.ReadAllText(Path.Combine(ExpectedFile.RepoRoot(), "README.md"));
        Assert.DoesNotContain("../shared/", readme);
        Assert.Contains("(docs/spec.md)", readme);
        Assert.Contains("(docs/cli.md)", readme);
    }
}
