namespace Wirewatch.Eval.Regression;

/// <summary>Checks the events predicted for a PETRARCH unit record against its gold CAMEO codings.</summary>
public static class PetrarchRecordMatcher
{
    /// <summary>
    /// For each gold coding: type pass when some predicted event's type equals the PLOVER type
    /// <paramref name="toPlover"/> gives the gold code; root pass when some predicted CAMEO code starts with the
    /// gold code's first two digits.
    /// </summary>
    public static PetrarchOutcome Match(PetrarchRecord gold, IReadOnlyList<PredictedEvent> predicted, Func<string, string?> toPlover)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(toPlover);
        var outcomes = new List<PetrarchCodingOutcome>(gold.Codings.Count);
        foreach (var c in gold.Codings)
        {
            var type = toPlover(c.EventCode);
            bool typePass = false, rootPass = false;
            foreach (var e in predicted)
            {
                typePass |= type is not null && string.Equals(e.Type, type, StringComparison.Ordinal);
                rootPass |= SameRoot(e.Cameo, c.EventCode);
            }

            outcomes.Add(new PetrarchCodingOutcome(c.EventCode, type, typePass, rootPass));
        }

        return new PetrarchOutcome(outcomes, predicted.Count == 0);
    }

    /// <summary>Whether <paramref name="code"/> is a CAMEO event code: digits, with a root from 01 to 20 (the unit tests also use private 8xx and 9xx codes).</summary>
    public static bool IsCameo(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length < 2)
        {
            return false;
        }

        foreach (var ch in code)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        int root = ((code[0] - '0') * 10) + (code[1] - '0');
        return root is >= 1 and <= 20;
    }

    /// <summary>Whether two CAMEO codes share their root (the first two digits).</summary>
    public static bool SameRoot(string? predicted, string gold) =>
        predicted is { Length: >= 2 } && gold is { Length: >= 2 } && predicted.AsSpan(0, 2).SequenceEqual(gold.AsSpan(0, 2));
}
