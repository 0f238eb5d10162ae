namespace Wirewatch.Models.Learning;

/// <summary>Scores every class for a list of hashed features; implemented by the trainer and by the saved model so that one decoder serves both.</summary>
public interface IClassScorer
{
    int ClassCount { get; }

    /// <summary>Writes the score of every class into <paramref name="scores"/> (cleared first).</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
