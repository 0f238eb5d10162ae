namespace Wirewatch.Events.Quotes;

/// <summary>The working state of one extraction: quotes found so far and per-token marks (used cues, inside quotation marks, taken).</summary>
internal sealed class AttributionState(int tokens)
{
    public List<Quote> Quotes { get; } = [];

    /// <summary>How many of <see cref="Quotes"/> come from quotation marks (the first ones).</summary>
    public int DirectCount { get; set; }

    public bool[] UsedCue { get; } = new bool[tokens];

    public bool[] InDirect { get; } = new bool[tokens];

    /// <summary>Tokens that already belong to a quote's cue or content.</summary>
    public bool[] Taken { get; } = new bool[tokens];

    /// <summary>Tokens inside a long quotation with no cue: no cue of the model's.</summary>
    public bool[] Quoted { get; } = new bool[tokens];

    /// <summary>Quotation marks with no cue (terms, fragments): partial quotes inside reported speech.</summary>
    public List<QuotationMarks> Unattributed { get; } = [];
}
