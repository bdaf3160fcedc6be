using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Bindgen.Spec;

/// <summary>
/// Turns YAML text into a RepresentationModel tree without ever throwing. The text is first read as events so
/// that a duplicate key can be reported (at the second occurrence) and dropped instead of aborting the load,
/// and so that exceptions without a position still get a sensible one.
/// </summary>
internal static class YamlDocumentReader
{
    /// <summary>The root node of the first document; null when the text has no document or is not valid YAML
    /// (then a diagnostic was reported, except for an empty document).</summary>
    public static YamlNode? Read(string text, SpecContext ctx, out bool syntaxError)
    {
        syntaxError = false;
        var events = ReadEvents(text, ctx);
        if (events == null) { syntaxError = true; return null; }
        var filtered = DropDuplicateKeys(events, ctx);
        var stream = new YamlStream();
        try
        {
            stream.Load(new ReplayParser(filtered));
        }
        catch (YamlException e)
        {
            ctx.Error(e.Start, YamlMessage(e));
            syntaxError = true;
            return null;
        }
        catch (Exception e)
        {
            ctx.Error(new Mark(0, 1, 1), $"invalid YAML: {e.Message}");
            syntaxError = true;
            return null;
        }
        if (stream.Documents.Count == 0) return null;
        for (int i = 1; i < stream.Documents.Count; i++)
            ctx.Error(stream.Documents[i].RootNode.Start, "a spec is a single YAML document; this second document is not allowed");
        return stream.Documents[0].RootNode;
    }

    private static string YamlMessage(YamlException e)
    {
        var m = string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        if (m.StartsWith("While ", StringComparison.Ordinal)) m = "w" + m[1..];
        return $"invalid YAML: {m}";
    }

    private static List<ParsingEvent>? ReadEvents(string text, SpecContext ctx)
    {
        var list = new List<ParsingEvent>();
        var open = new Stack<ParsingEvent>(); // collection starts not yet ended
        var anchors = new HashSet<string>();
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                list.Add(ev);
                if (ev is MappingStart or SequenceStart) open.Push(ev);
                else if (ev is MappingEnd or SequenceEnd && open.Count > 0) open.Pop();
                if (ev is NodeEvent { Anchor.IsEmpty: false } node) anchors.Add(node.Anchor.Value);
                if (ev is AnchorAlias alias && !anchors.Contains(alias.Value.Value))
                {
                    ctx.Error(alias.Start, $"invalid YAML: alias '*{alias.Value.Value}' has no anchor '&{alias.Value.Value}' before it");
                    return null;
                }
            }
            return list;
        }
        catch (YamlException e)
        {
            var message = YamlMessage(e);
            if (InnermostFlow(open) is { } flow && message.Contains("flow", StringComparison.Ordinal))
                message += $" (the {FlowName(flow)} opened at {flow.Start.Line}:{flow.Start.Column} is not closed)";
            ctx.Error(e.Start.Line > 0 ? e.Start : LastMark(list), message);
            return null;
        }
        catch (Exception)
        {
            // YamlDotNet throws InvalidOperationException on some unterminated flow collections.
            if (InnermostFlow(open) is { } flow)
                ctx.Error(flow.Start, $"invalid YAML: this {FlowName(flow)} is never closed");
            else ctx.Error(LastMark(list), "invalid YAML: unexpected text after this point");
            return null;
        }
    }

    private static ParsingEvent? InnermostFlow(Stack<ParsingEvent> open) =>
        open.FirstOrDefault(e => e is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });

    private static string FlowName(ParsingEvent flow) => flow is SequenceStart ? "flow list '['" : "flow mapping '{'";

    private static Mark LastMark(List<ParsingEvent> events) => events.Count > 0 ? events[^1].End : new Mark(0, 1, 1);

    private sealed class Frame
    {
        public required bool IsMapping;
        public required string Path;
        public bool ExpectKey = true;
        public string? CurrentKey;
        public int Index;
        public readonly Dictionary<string, Mark> Keys = new();
    }

    /// <summary>Removes the second and later occurrence of a scalar key (with its value), reporting each.</summary>
    private static List<ParsingEvent> DropDuplicateKeys(List<ParsingEvent> events, SpecContext ctx)
    {
        var result = new List<ParsingEvent>(events.Count);
        var stack = new Stack<Frame>();
        for (int i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            var top = stack.Count > 0 ? stack.Peek() : null;
            if (top is { IsMapping: true, ExpectKey: true } && ev is Scalar key)
            {
                if (top.Keys.TryGetValue(key.Value, out var first))
                {
                    ctx.Error(key.Start, $"duplicate key '{key.Value}' {SpecContext.Where(top.Path)} (first at {first.Line}:{first.Column})");
                    i = SkipNode(events, i + 1); // i now at the last event of the value
                    continue;
                }
                top.Keys[key.Value] = key.Start;
                top.CurrentKey = key.Value;
                top.ExpectKey = false;
                result.Add(ev);
                continue;
            }
            result.Add(ev);
            switch (ev)
            {
                case MappingStart or SequenceStart:
                    stack.Push(new Frame { IsMapping = ev is MappingStart, Path = ChildPath(top) });
                    break;
                case MappingEnd or SequenceEnd:
                    stack.Pop();
                    Advance(stack.Count > 0 ? stack.Peek() : null);
                    break;
                case Scalar or AnchorAlias:
                    Advance(top);
                    break;
            }
        }
        return result;
    }

    private static string ChildPath(Frame? parent) => parent == null ? "" :
        parent.IsMapping ? SpecContext.Join(parent.Path, parent.CurrentKey ?? "?") : $"{parent.Path}[{parent.Index}]";

    /// <summary>After a complete node inside <paramref name="f"/>: a mapping goes back to expecting a key.</summary>
    private static void Advance(Frame? f)
    {
        if (f == null) return;
        if (f.IsMapping) f.ExpectKey = !f.ExpectKey;
        else f.Index++;
    }

    /// <summary>Index of the last event of the node starting at <paramref name="start"/>.</summary>
    private static int SkipNode(List<ParsingEvent> events, int start)
    {
        int depth = 0, i = start;
        for (; i < events.Count; i++)
        {
            depth += events[i].NestingIncrease;
            if (depth <= 0) return i;
        }
        return i - 1;
    }

    private sealed class ReplayParser(List<ParsingEvent> events) : IParser
    {
        private int _i = -1;
        public ParsingEvent? Current => _i >= 0 && _i < events.Count ? events[_i] : null;
        public bool MoveNext() => ++_i < events.Count;
    }
}
