namespace Wirewatch.Eval.Acled;

/// <summary>
/// Micro F1 (every snippet has one gold and one predicted label, so it equals accuracy), macro F1 (mean over the
/// labels that occur in gold or predictions), and per-label figures; all in percent.
/// </summary>
public sealed record AcledScore(int Snippets, int Correct, double MicroF1, double MacroF1, IReadOnlyList<AcledLabelScore> PerLabel);
