using Scriban;

namespace Bindgen.Emitters.Common;

/// <summary>
/// The one place every emitter's Scriban context comes from. Scriban guards untrusted templates with limits whose
/// default is to cut text silently: LimitToString and the cumulative OutputLimit stop at 1 MiB, so the C of a
/// module with ~1,000 functions came out truncated and did not compile. Our templates are our own and output must
/// never be cut, so every limit is off; should one ever apply again it throws instead of truncating.
/// </summary>
public static class TemplateContexts
{
    /// <summary>A context with strict variables, no size/loop/recursion limits and "\n" line ends.</summary>
    public static TemplateContext Create() => new()
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        LoopLimit = 0,
        RecursiveLimit = 0,
        LimitToString = 0,
        OutputLimit = 0,
        OnStringLimit = ScriptLimitBehavior.Throw,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        NewLine = "\n",
    };
}
