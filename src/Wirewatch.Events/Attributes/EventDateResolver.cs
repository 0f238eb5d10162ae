using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Attributes;

/// <summary>Finds the time expression of an event trigger and resolves it against the publication date.</summary>
public static class EventDateResolver
{
    /// <summary>Reason given when the sentence has no time expression.</summary>
    public const string FallbackReason = "no date in the sentence; before publication";

    /// <summary>
    /// The date of the event whose trigger is <paramref name="triggerToken"/>: first a time expression attached to the trigger in
    /// the parse (obl:tmod / obl:unmarked, obl with a temporal head, advmod "ago", nmod:tmod), then one attached to a word the
    /// trigger hangs from (its verb, then a reporting verb above it), then the nearest one in the sentence; otherwise the
    /// publication date with precision "week" (basis publication-fallback).
    /// </summary>
    public static EventDate Resolve(Document document, int triggerToken, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((uint)triggerToken >= (uint)document.TokenCount)
        {
            throw new ArgumentOutOfRangeException(nameof(triggerToken));
        }

        int sentence = document.SentenceLayer.SentenceOf(triggerToken);
        IReadOnlyList<TimeExpression> expressions = TimeExpressionFinder.Find(document, sentence, published);
        if (expressions.Count == 0)
        {
            return Fallback(published);
        }

        var view = new SentenceParse(document, sentence);
        TimeExpression? best = null;
        int bestScore = int.MaxValue;
        int bestDistance = int.MaxValue;
        string how = string.Empty;
        foreach (TimeExpression expression in expressions)
        {
            (int score, string reason) = Score(view, triggerToken, expression);
            int distance = Math.Min(Math.Abs(expression.FirstToken - triggerToken), Math.Abs(expression.EndToken - 1 - triggerToken));
            if (score < bestScore || (score == bestScore && distance < bestDistance))
            {
                best = expression;
                bestScore = score;
                bestDistance = distance;
                how = reason;
            }
        }

        EventDate date = best!.Date;
        return date with { Reason = $"{date.Reason} ({how})" };
    }

    /// <summary>The publication-fallback date: the day of publication at week precision, no span.</summary>
    public static EventDate Fallback(DateOnly published) =>
        new(published, null, DatePrecision.Week, DateBasis.PublicationFallback, -1, -1, FallbackReason);

    private static (int Score, string Reason) Score(SentenceParse view, int trigger, TimeExpression expression)
    {
        int attach = expression.AttachToken;
        if (attach < 0)
        {
            return (100, "nearest time expression in the sentence");
        }

        if (expression.FirstToken <= trigger && trigger < expression.EndToken)
        {
            return (100, "nearest time expression in the sentence");
        }

        int governor = view.Head(attach);
        int current = trigger;
        int cost = 0;
        for (int steps = 0; current >= 0 && steps < 16; steps++)
        {
            if (governor == current)
            {
                return cost == 0 ? (0, "attached to the trigger") : (cost, "attached to a word governing the trigger");
            }

            // Climbing out of a reported clause or a coordinated clause: the date belongs to another predicate, so weaker evidence.
            bool boundary = view.Is(current, "ccomp") || view.Is(current, "parataxis") || view.Is(current, "conj") || view.Is(current, "advcl");
            cost += boundary ? 5 : 1;
            current = view.Head(current);
        }

        return (100, "nearest time expression in the sentence");
    }
}
