using Bindgen.Model;
using System.Text.RegularExpressions;
using Bindgen.Spec;
using Bindgen.Tests.Support;

namespace Bindgen.Tests.Spec;

public class SpecSchemaTests
{
    [Fact]
    public void EveryNodeKindIsReachableFromTheRootAndEveryReferenceResolves()
    {
        var seen = new HashSet<string>();
        var todo = new Queue<string>([SpecSchema.Root]);
        while (todo.TryDequeue(out var kind))
        {
            if (!seen.Add(kind)) continue;
            foreach (var k in SpecSchema.Get(kind).Keys.Where(k => k.NodeKind != null))
                todo.Enqueue(SpecSchema.Get(k.NodeKind!).Kind);
        }
        Assert.Equal(SpecSchema.Nodes.Select(n => n.Kind).Order(), seen.Order());
    }

    [Fact]
    public void KeysAreUniqueAndShapesAreConsistent()
    {
        foreach (var node in SpecSchema.Nodes)
        {
            Assert.Equal(node.Keys.Count, node.Keys.Select(k => k.Key).Distinct().Count());
            foreach (var k in node.Keys)
            {
                Assert.Equal(k.Shape == ValueShape.Enum, k.AllowedValues.Count > 0);
                Assert.Equal(k.Shape is ValueShape.Node or ValueShape.OptionalNode or ValueShape.NodeMap or ValueShape.NameOrNode, k.NodeKind != null);
                Assert.False(string.IsNullOrWhiteSpace(k.Description), $"{node.Kind}.{k.Key} has no description");
            }
        }
    }

    [Fact]
    public void RequiredKeys() =>
        Assert.Equal(["root.module", "root.headers", "message_from.function", "message_from.arg",
                      "stream.input", "stream.output", "stream_side.data", "stream_side.length"],
            SpecSchema.Nodes.SelectMany(n => n.Keys.Where(k => k.Required).Select(k => $"{n.Kind}.{k.Key}")));

    [Fact]
    public void UnknownNodeKindThrows() => Assert.Throws<ArgumentException>(() => SpecSchema.Get("nope"));

    /// <summary>The full sample uses every key of the schema, so the model test covers them all.</summary>
    [Fact]
    public void FullSampleUsesEveryKey()
    {
        var text = File.ReadAllText(ExpectedFile.Case("spec/full.yaml"));
        var missing = SpecSchema.Nodes.SelectMany(n => n.Keys)
            .Where(k => !Regex.IsMatch(text, $@"(^|[\s{{,]){Regex.Escape(k.Key)}:", RegexOptions.Multiline))
            .Select(k => k.Key).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("lenght", new[] { "length", "length_unit" }, "length")]
    [InlineData("MODULE", new[] { "module", "headers" }, "module")]
    [InlineData("own", new[] { "borrowed", "owned" }, "owned")]
    [InlineData("xyz", new[] { "buffer", "length" }, null)]
    [InlineData("a", new[] { "in", "out" }, null)]
    [InlineData("nullabel", new[] { "nullable", "name" }, "nullable")]
    public void Suggestions(string word, string[] candidates, string? expected) =>
        Assert.Equal(expected, Suggest.Closest(word, candidates));
}
