namespace Wirewatch.Eval.Regression;

/// <summary>How many of <see cref="Total"/> checks passed.</summary>
public readonly record struct PassRate(int Passed, int Total)
{
    /// <summary>Passed / Total, 0 when there was nothing to check.</summary>
    public double Rate => Total == 0 ? 0 : (double)Passed / Total;

    /// <summary>This count with one more check.</summary>
    public PassRate Add(bool passed) => new(Passed + (passed ? 1 : 0), Total + 1);
}
